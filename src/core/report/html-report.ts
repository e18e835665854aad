// The self-contained HTML report (`--report-html`): one file with inline CSS, script and data, no network; a zoomable timeline, the memory/CPU chart, failures with log tails, leaks and the resume history.
import { renderAttemptLogs } from './html-attempt-logs.js';
import type { CheckpointRun } from '../checkpoint/checkpoint-runs.js';
import type { RunReport, UnitResult } from '../types.js';
import { CLIENT_SCRIPT } from './html-report-script.js';
import type { PageData, PageUnit } from './page-data.js';
import { escapeHtml } from '../text/html.js';
import { isFailure } from './failure.js';
import {
  renderFailures,
  renderHeader,
  renderHistory,
  renderLeaks,
  renderTotals,
} from './html-report-sections.js';
import { STYLE } from './html-report-style.js';
import { readTailLines } from './log-tail.js';
import { timedUnits, timelineRuns, type TimelineRun } from './timeline-data.js';
import { writeFileAtomic } from './write-files.js';

export interface HtmlReportOptions {
  /** The checkpoint's run history (`RunCheckpoint.runs`): earlier runs are drawn too. */
  checkpointRuns?: readonly CheckpointRun[] | undefined;
  /** Lines of each failed unit's log shown (default 40). */
  logTailLines?: number;
  /** The folder the page is written to: attempt logs are linked relative to it. */
  reportDir?: string;
}

/** Units whose log tails are embedded, and the bytes they may take, so 5,000 failures stay a few MB. */
const MAX_TAILS = 300;
const MAX_TAIL_BYTES = 1_500_000;
const MAX_LINE = 400;
const CHART_POINTS = 400;

export function renderHtmlReport(report: RunReport, options: HtmlReportOptions = {}): string {
  const runs = timelineRuns(report, {
    checkpointRuns: options.checkpointRuns,
    maxPoints: CHART_POINTS,
  });
  const failed = report.units.filter(isFailure);
  const tails = readTails(failed, options.logTailLines ?? 40);
  const units = timedUnits(report.units);
  const runIndex = (at: number, earlier: boolean) => {
    if (!earlier) return runs.length - 1;
    const i = runs.findIndex((r) => !r.current && at >= r.startedAt && at <= r.endedAt);
    return i >= 0 ? i : Math.max(0, runs.length - 2);
  };
  const pageUnits: PageUnit[] = units.map((u) => ({
    id: u.id,
    outcome: u.outcome,
    lane: u.lane,
    run: runIndex(u.startedAt, u.fromCheckpoint),
    start: u.startedAt,
    end: u.endedAt,
    duration: u.durationMs,
    ...(u.attempts > 1 ? { attempts: u.attempts } : {}),
    ...(u.flaky ? { flaky: true as const } : {}),
    ...(u.fromCheckpoint ? { earlier: true as const } : {}),
    ...(u.message !== undefined ? { message: u.message } : {}),
    ...(tails.has(u.id) ? { tail: tails.get(u.id)?.index } : {}),
  }));
  // A run's span covers its units, whatever its recorded times say.
  for (const u of pageUnits) {
    const r = runs[u.run] as TimelineRun;
    r.startedAt = Math.min(r.startedAt, u.start);
    r.endedAt = Math.max(r.endedAt, u.end);
  }
  const data: PageData = {
    runs: runs.map((r) => ({
      runId: r.runId,
      label: runLabel(r),
      start: r.startedAt,
      end: r.endedAt,
      reason: r.reason,
      current: r.current,
      samples: r.samples.map((p) => [p.at, p.memoryPercent, p.cpuPercent]),
    })),
    lanes: units.reduce((n, u) => Math.max(n, u.lane + 1), 1),
    stoppedAt: report.stoppedAt ?? null,
    thresholds: report.machine
      ? {
          memoryPercent: report.machine.thresholds.memoryPercent,
          cpuPercent: report.machine.thresholds.cpuPercent,
        }
      : null,
    units: pageUnits,
  };
  const hasMachine = runs.some((r) => r.samples.length > 0);
  const untimed = report.units.length - units.length;
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // The page may not load anything: everything it needs is inline.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">`,
    `<title>testwarden ${report.status}: ${escapeHtml(report.runId)}</title>`,
    `<style>${STYLE}</style></head><body>`,
    renderHeader(report),
    renderTotals(report),
    '<h2>Timeline</h2>',
    toolbar(),
    '<div id="timeline" class="chart"></div>',
    untimed > 0
      ? `<p class="meta">${untimed} unit${untimed === 1 ? '' : 's'} without a bar (not run in any recorded run).</p>`
      : '',
    hasMachine
      ? `<h2>Memory and CPU</h2><div class="legend"><span><i class="swatch memory"></i>memory</span><span><i class="swatch cpu"></i>CPU</span><span>dashed: thresholds</span><span><i class="swatch stop"></i>stop requested</span></div><div id="machine" class="chart"></div>`
      : '',
    renderFailures(failed, tails),
    renderAttemptLogs(report.units, options.reportDir),
    renderLeaks(report.units),
    renderHistory(runs, report),
    '<div id="tooltip" role="tooltip" hidden></div>',
    `<script type="application/json" id="report-data">${jsonForScript(data)}</script>`,
    `<script>${CLIENT_SCRIPT}</script>`,
    '</body></html>',
    '',
  ].join('\n');
}

/** Writes the report atomically (a reader never sees half a file). */
export function writeHtmlReport(
  path: string,
  report: RunReport,
  options: HtmlReportOptions = {},
): void {
  writeFileAtomic(path, renderHtmlReport(report, options));
}

function toolbar(): string {
  const outcomes = ['passed', 'flaky', 'failed', 'timed-out', 'resource-exceeded', 'interrupted'];
  const legend = outcomes
    .map((o) => `<span><i class="swatch ${o === 'flaky' ? 'flaky' : `o-${o}`}"></i>${o}</span>`)
    .join('');
  return `<div class="toolbar"><button id="zoom-in" type="button" title="Zoom in">+</button><button id="zoom-out" type="button" title="Zoom out">−</button><button id="zoom-reset" type="button">Reset</button><label>pan <input id="pan" type="range" min="0" max="1000" value="0" disabled></label><span class="meta">Ctrl + wheel zooms; hover or focus a bar for its details.</span><span class="legend">${legend}<span>faded: earlier run</span></span></div>`;
}

function runLabel(r: TimelineRun): string {
  const name =
    r.attempt !== undefined ? `attempt ${r.attempt}` : r.current ? 'this run' : 'earlier run';
  const how = r.reason !== null ? `stopped: ${r.reason}` : r.current ? '' : 'ended';
  return [name + (r.current && r.attempt !== undefined ? ' (this run)' : ''), how]
    .filter(Boolean)
    .join(' · ');
}

/** Log tails of the units that did not pass, numbered for the page, within the byte budget. */
function readTails(
  failed: readonly UnitResult[],
  count: number,
): Map<string, { index: number; lines: string[] }> {
  const tails = new Map<string, { index: number; lines: string[] }>();
  let bytes = 0;
  for (const u of failed) {
    if (u.log === null || tails.size >= MAX_TAILS || bytes >= MAX_TAIL_BYTES) continue;
    const lines = readTailLines(u.log, count).map((l) =>
      l.length > MAX_LINE ? `${l.slice(0, MAX_LINE)}…` : l,
    );
    bytes += lines.reduce((n, l) => n + l.length + 1, 0);
    tails.set(u.id, { index: tails.size, lines });
  }
  return tails;
}

/** JSON that cannot end the script element or open a comment in it. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
