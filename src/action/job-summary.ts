// The job summary of a finished run (docs/action.md): totals, the shard, resume note, why it stopped and how to resume, failed units with their log tails, leaks, slowest units, memory peak.

import { failedTestPlace, failedTests, type FailedTest } from '../core/report/failed-tests.js';
import { formatBytes, formatDuration, plural } from '../core/format.js';
import type { RunReport, StopReason, UnitResult } from '../core/types.js';
import type { CheckpointRun } from '../core/checkpoint/checkpoint-runs.js';
import { isFailure } from '../core/report/failure.js';
import { renderTimelineMarkdown } from '../core/report/mermaid.js';
import { totalsTable } from '../core/report/totals-table.js';
import { code, details, markdownText, table } from '../core/text/markdown.js';
import { logTail } from './log-text.js';

export interface SummaryContext {
  checkpointKey: string;
  /** The attempt whose checkpoint this run resumed from, when known. */
  resumedFromAttempt?: number | undefined;
  reportJson?: string | undefined;
  /** Earlier runs from the checkpoint, drawn in the timeline after a resume. */
  checkpointRuns?: readonly CheckpointRun[] | undefined;
}

const SHOWN_FAILURES = 20;
const TAIL_LINES = 30;
const SHOWN_LEAKS = 30;
const SLOWEST = 5;

export function renderRunSummary(report: RunReport, context: SummaryContext): string {
  const t = report.totals;
  const parts = [
    `### testwarden: ${headline(report)}`,
    totalsTable(t, { fromCheckpoint: true, durationMs: report.durationMs }),
  ];
  if (report.shard) {
    const { index, total, units, mode } = report.shard;
    const how =
      mode === 'durations' ? 'by recorded durations' : 'by a hash of the unit ids (no durations)';
    parts.push(
      `Shard ${index} of ${total}: ${t.units} of the suite's ${plural(units, 'unit')}, split ${how}.`,
    );
  }
  if (report.resumed) {
    const from =
      context.resumedFromAttempt !== undefined
        ? `attempt ${context.resumedFromAttempt}`
        : 'an earlier attempt';
    parts.push(
      `> Resumed from ${from}: ${plural(t.fromCheckpoint, 'unit')} skipped (done in the checkpoint).`,
    );
  }
  if (report.reason) parts.push(stopSection(report, report.reason));
  parts.push(
    ...failureSection(report.units),
    ...leakSection(report.units),
    ...slowestSection(report.units),
  );
  const peak = report.units.reduce<UnitResult | undefined>(
    (top, u) => (u.peakRssBytes > (top?.peakRssBytes ?? 0) ? u : top),
    undefined,
  );
  if (peak)
    parts.push(`Memory peak of one unit: ${formatBytes(peak.peakRssBytes)} (${code(peak.id)}).`);
  if (report.tracking) parts.push(`Tracking: ${report.tracking.description}.`);
  const pictures = renderTimelineMarkdown(report, { checkpointRuns: context.checkpointRuns ?? [] });
  if (pictures !== '') parts.push(pictures);
  const report_ = context.reportJson ? ` · report ${code(context.reportJson)}` : '';
  parts.push(`<sub>checkpoint key ${code(context.checkpointKey)}${report_}</sub>`);
  return `${parts.join('\n\n')}\n`;
}

function headline(report: RunReport): string {
  const t = report.totals;
  const bad = report.units.filter(isFailure).length;
  switch (report.status) {
    case 'passed':
      return `✅ ${plural(t.passed, 'unit')} passed`;
    case 'failed':
      return `❌ ${bad} of ${plural(t.units, 'unit')} failed`;
    case 'shutdown':
      return `⚠️ stopped on the ${report.reason ?? 'resource'} threshold (exit 42)`;
    case 'interrupted':
      return `⏹️ interrupted (${report.reason ?? 'stopped'})`;
  }
}

/** Units a resume will not run again: passed (flaky too) and those really skipped. */
export function doneUnits(units: readonly UnitResult[]): number {
  return units.filter(
    (u) =>
      u.outcome === 'passed' || (u.outcome === 'skipped' && (u.attempts > 0 || u.fromCheckpoint)),
  ).length;
}

function stopSection(report: RunReport, reason: StopReason): string {
  const done = doneUnits(report.units);
  const resume = `Re-run the job ("Re-run failed jobs") to resume: ${done} of ${plural(report.units.length, 'unit')} are done and will not run again; the other ${report.units.length - done} will.`;
  switch (reason) {
    case 'memory':
    case 'cpu':
      return `#### Stopped: ${reason} threshold\n\nThe machine's ${reason === 'memory' ? 'memory use' : 'CPU load'} stayed above the threshold, so testwarden stopped the running units and saved the checkpoint before the machine fell over. ${resume}`;
    case 'SIGINT':
    case 'SIGTERM':
    case 'SIGHUP':
      return `#### Stopped: ${reason}\n\nThe job was cancelled (${reason}): the running units were stopped and the checkpoint was saved (the post step uploads it). ${resume}`;
    case 'runner-lost':
      return `#### Stopped: runner lost\n\nThe runner stopped answering; what the units left was cleaned up. ${resume}`;
    case 'runner-stuck':
      return `#### Stopped: runner stuck\n\ntestwarden's own process sent no heartbeat to its watchdog for the heartbeat timeout (its event loop was blocked, or the machine starved it), so the watchdog had it stop the run: the running units were stopped and the checkpoint was saved. ${resume}`;
    case 'state-dir-unwritable':
      return `#### Stopped: state dir not writable\n\nThe state dir stopped being writable during the run (disk full, or the folder was removed), so testwarden stopped the running units and ended their processes; the log shows the file and the error. The checkpoint may be behind the results above. ${resume}`;
    case 'fail-fast':
      return `#### Stopped: failure limit\n\nNo unit started after the failure limit (fail-fast or max-failures) was reached; ${plural(report.units.filter((u) => u.attempts === 0 && !u.fromCheckpoint).length, 'unit')} did not run.`;
  }
}

function failureSection(units: readonly UnitResult[]): string[] {
  const failed = units.filter((u) => isFailure(u) && !u.fromCheckpoint);
  const carried = units.filter((u) => isFailure(u) && u.fromCheckpoint);
  if (failed.length === 0 && carried.length === 0) return [];
  const parts = ['#### Failed units'];
  for (const u of failed.slice(0, SHOWN_FAILURES)) {
    const summary = `${code(u.id)} ${markdownText(u.message ?? u.outcome)} (${formatDuration(u.durationMs)})`;
    const tests = failedTests(u);
    if (tests.length === 0) {
      parts.push(details(summary, logTail(u.log, TAIL_LINES)));
      continue;
    }
    // A preset unit: each failed test as the framework reported it, instead of the log's end.
    parts.push(details(summary, testLines(tests)));
  }
  if (failed.length > SHOWN_FAILURES)
    parts.push(`…and ${failed.length - SHOWN_FAILURES} more (see the report JSON).`);
  if (carried.length > 0)
    parts.push(
      `Failed in the checkpoint, not run again: ${carried.map((u) => code(u.id)).join(', ')}`,
    );
  return parts;
}

/** Failed tests shown per unit in the summary; the rest are in the report JSON. */
const SHOWN_TESTS = 20;

function testLines(tests: readonly FailedTest[]): string[] {
  const lines = tests
    .slice(0, SHOWN_TESTS)
    .flatMap((t) => [
      `✗ ${t.name}  (${failedTestPlace(t)})`,
      ...t.message.map((l) => `    ${l}`),
      '',
    ]);
  if (tests.length > SHOWN_TESTS)
    lines.push(`…and ${tests.length - SHOWN_TESTS} more (testCases in the report JSON)`);
  return lines;
}

function leakSection(units: readonly UnitResult[]): string[] {
  const rows = units.flatMap((u) =>
    u.leaked.map((leak) =>
      leak.kind === 'process'
        ? [code(u.id), 'process', `${leak.pid} ${code(leak.command)}`, leak.action]
        : [code(u.id), 'container', code(leak.name || leak.id), leak.action],
    ),
  );
  if (rows.length === 0) return [];
  const more = rows.length > SHOWN_LEAKS ? [`…and ${rows.length - SHOWN_LEAKS} more.`] : [];
  return [
    '#### Leaks',
    table(['Unit', 'Kind', 'What', 'Action'], rows.slice(0, SHOWN_LEAKS)),
    ...more,
  ];
}

function slowestSection(units: readonly UnitResult[]): string[] {
  const ran = units.filter((u) => u.attempts > 0 && !u.fromCheckpoint);
  if (ran.length < 2) return [];
  const slowest = [...ran].sort((a, b) => b.durationMs - a.durationMs).slice(0, SLOWEST);
  return [
    '#### Slowest units',
    table(
      ['Unit', 'Duration', 'Outcome'],
      slowest.map((u) => [code(u.id), formatDuration(u.durationMs), u.outcome]),
    ),
  ];
}
