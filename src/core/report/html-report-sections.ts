// The HTML report's static sections, readable without the script: header, totals, units that did not pass with their log tails, leaks, and the runs of the checkpoint.

import { formatDuration } from '../format.js';
import type { RunReport, UnitResult } from '../types.js';
import { escapeHtml } from '../text/html.js';
import type { TimelineRun } from './timeline-data.js';
import { testCountsText } from './test-counts-text.js';

export function renderHeader(report: RunReport): string {
  const reason = report.reason !== null ? ` (${escapeHtml(report.reason)})` : '';
  return [
    `<h1>testwarden run <code>${escapeHtml(report.runId)}</code></h1>`,
    `<p><span class="status ${report.status}">${report.status.toUpperCase()}${reason}</span> `,
    `<span class="meta">exit code ${report.exitCode} · ${formatDuration(report.durationMs)} · started ${escapeHtml(report.startedAt)}`,
    report.resumed ? ' · resumed from a checkpoint' : '',
    '</span></p>',
  ].join('');
}

export function renderTotals(report: RunReport): string {
  const t = report.totals;
  const cells: [string, number][] = [
    ['Units', t.units],
    ['Passed', t.passed],
    ['Failed', t.failed],
    ['Timed out', t.timedOut],
    ['Over memory', t.resourceExceeded],
    ['Interrupted', t.interrupted],
    ['Skipped', t.skipped],
    ['Flaky', t.flaky],
    ['From checkpoint', t.fromCheckpoint],
    ['Leaked', t.leaked],
  ];
  const head = cells.map(([name]) => `<th class="n">${name}</th>`).join('');
  const row = cells.map(([, n]) => `<td class="n">${n}</td>`).join('');
  const tests = testCountsText(t.tests);
  return `<h2>Totals</h2><table><tr>${head}</tr><tr>${row}</tr></table><p class="meta">Tests: ${tests}</p>`;
}

/**
 * Units that did not pass, each with its message and log tail (`tails` maps a unit id to its
 * lines; `<pre id="tail-N">` is what the timeline's tooltip shows). Past `shown`, ids only.
 */
/** Failures shown unfolded; the rest are one click away, so thousands do not make a endless page. */
const OPEN_FAILURES = 10;

export function renderFailures(
  failed: readonly UnitResult[],
  tails: ReadonlyMap<string, { index: number; lines: string[] }>,
): string {
  if (failed.length === 0) return '';
  const items = failed.map((u, i) => {
    const tail = tails.get(u.id);
    const head = `<span class="tag o-${u.outcome}">${u.outcome}</span> <code>${escapeHtml(u.id)}</code>${u.message ? ` — ${escapeHtml(u.message)}` : ''}`;
    if (!tail) return `<li>${head}</li>`;
    const body = tail.lines.length > 0 ? escapeHtml(tail.lines.join('\n')) : '(no output)';
    return `<li class="failure"><details${i < OPEN_FAILURES ? ' open' : ''}><summary>${head}</summary><pre id="tail-${tail.index}">${body}</pre></details></li>`;
  });
  return `<h2>Did not pass (${failed.length})</h2><ul>${items.join('')}</ul>`;
}

export function renderLeaks(units: readonly UnitResult[]): string {
  const rows: string[] = [];
  for (const u of units) {
    for (const leak of u.leaked) {
      const what =
        leak.kind === 'process'
          ? `process ${leak.pid}: <code>${escapeHtml(leak.command)}</code>`
          : `container ${escapeHtml(leak.name)} <code>${escapeHtml(leak.id.slice(0, 12))}</code>`;
      rows.push(
        `<tr><td><code>${escapeHtml(u.id)}</code></td><td>${what}</td><td>${leak.action}</td></tr>`,
      );
    }
  }
  if (rows.length === 0) return '';
  return `<h2>Leaks (${rows.length})</h2><table><tr><th>Unit</th><th>Left behind</th><th>Action</th></tr>${rows.join('')}</table>`;
}

export function renderHistory(runs: readonly TimelineRun[], report: RunReport): string {
  if (runs.length < 2) return '';
  const rows = runs.map((r) => {
    const ran = report.units.filter(
      (u) => u.startedAt !== undefined && u.startedAt >= r.startedAt && u.startedAt <= r.endedAt,
    ).length;
    const how = r.reason === null ? 'ended' : `stopped: ${escapeHtml(r.reason)}`;
    return `<tr><td>${r.attempt ?? ''}</td><td><code>${escapeHtml(r.runId)}</code>${r.current ? ' (this run)' : ''}</td><td>${new Date(r.startedAt).toISOString()}</td><td class="n">${formatDuration(r.endedAt - r.startedAt)}</td><td class="n">${ran}</td><td>${how}</td></tr>`;
  });
  return `<h2>Runs of this checkpoint</h2><table><tr><th>Attempt</th><th>Run</th><th>Started</th><th class="n">Lasted</th><th class="n">Units shown</th><th>Ended</th></tr>${rows.join('')}</table><p class="meta">A resumed run does not repeat units that passed before; the timeline shows each unit in the run that ran it last.</p>`;
}
