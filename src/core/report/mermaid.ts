// Mermaid pictures of a run for the GitHub job summary: a gantt timeline of the units that matter per lane and an xychart of memory and CPU with the thresholds and the shutdown.
import { formatDuration } from '../format.js';
import type { CheckpointRun } from '../checkpoint/checkpoint-runs.js';

import type { RunReport } from '../types.js';
import { renderMachineChart } from './mermaid-xychart.js';
import {
  pickUnits,
  timedUnits,
  timelineRuns,
  type TimelinePick,
  type TimelineRun,
  type TimelineUnit,
} from './timeline-data.js';

export interface TimelineMarkdownOptions {
  /** The checkpoint's run history (`RunCheckpoint.runs`): earlier runs get a table. */
  checkpointRuns?: readonly CheckpointRun[] | undefined;
  /** Units the gantt shows one by one (default 30); the rest fold into one bar per lane. */
  maxUnits?: number;
  /** Points of the memory/CPU chart (default 60). */
  chartPoints?: number;
  /** Heading level of the section's titles (default 4: `####`). */
  headingLevel?: number;
}

/**
 * The run's pictures as a Markdown section for the job summary (GitHub renders ```mermaid
 * blocks): the timeline, the memory/CPU chart, and the earlier runs of a resumed checkpoint.
 * Bounded whatever the run's size (a few KB for 5,000 units).
 */
export function renderTimelineMarkdown(
  report: RunReport,
  options: TimelineMarkdownOptions = {},
): string {
  const h = '#'.repeat(options.headingLevel ?? 4);
  const runs = timelineRuns(report, { checkpointRuns: options.checkpointRuns });
  const current = runs[runs.length - 1] as TimelineRun;
  const units = timedUnits(report.units).filter((u) => !u.fromCheckpoint);
  const parts: string[] = [];
  if (units.length > 0) {
    const pick = pickUnits(units, { maxShown: options.maxUnits ?? 30 });
    parts.push(`${h} Timeline`, fence(renderGantt(pick, report)), `<sub>${ganttNote(pick)}</sub>`);
  }
  const chart = renderMachineChart(report, current, options.chartPoints ?? 60);
  if (chart) parts.push(`${h} Memory and CPU`, fence(chart.mermaid), `<sub>${chart.note}</sub>`);
  const earlier = runs.filter((r) => !r.current);
  if (earlier.length > 0) parts.push(`${h} Earlier runs of this checkpoint`, runsTable(runs));
  return parts.length > 0 ? `${parts.join('\n\n')}\n` : '';
}

function fence(body: string): string {
  return `\`\`\`mermaid\n${body}\n\`\`\``;
}

/** A gantt chart: one section per lane, the picked units in it, then its "other units". */
export function renderGantt(pick: TimelinePick, report: RunReport): string {
  const span = report.durationMs;
  const lines = [
    'gantt',
    `  title ${label(`Units per lane, ${count(pick.shown)} of ${count(pick.shown + pick.folded + pick.omitted.units)} shown`)}`,
    '  dateFormat x',
    `  axisFormat ${span < 3_000 ? '%M:%S.%L' : span < 60_000 ? '%M:%S' : span < 3_600_000 ? '%H:%M:%S' : '%H:%M'}`,
    '  todayMarker off',
  ];
  let task = 0;
  for (const lane of pick.lanes) {
    lines.push(`  section Lane ${lane.lane + 1}`);
    for (const u of [...lane.units].sort((a, b) => a.startedAt - b.startedAt)) {
      // Starting with the duration, no label can start with a keyword (`click`, `section` …).
      const text = `${formatDuration(u.durationMs)} ${shortId(u.id)} ${outcomeWord(u)}`;
      lines.push(`  ${label(text)} :${tags(u)}u${++task}, ${ms(u.startedAt)}, ${end(u, span)}`);
    }
    const f = lane.folded;
    if (f) {
      const text = `${count(f.count)} other unit${f.count === 1 ? '' : 's'}, ${formatDuration(f.busyMs)} busy`;
      lines.push(`  ${label(text)} :done, f${++task}, ${ms(f.startedAt)}, ${end(f, span)}`);
    }
  }
  if (report.stoppedAt !== undefined) {
    const why = report.reason ?? 'stop';
    lines.push(
      '  section Run',
      `  ${label(`stopped (${why})`)} :milestone, m1, ${ms(report.stoppedAt)}, ${ms(report.stoppedAt)}`,
    );
  }
  return lines.join('\n');
}

const count = (n: number) => n.toLocaleString('en-US');

/** A bar at least 0.3 % of the run wide, so the shortest unit still shows. */
function end(bar: { startedAt: number; endedAt: number }, spanMs: number): number {
  return ms(Math.max(bar.endedAt, bar.startedAt + Math.max(1, Math.ceil(spanMs * 0.003))));
}

/** `dateFormat x` reads whole milliseconds only. */
function ms(at: number): number {
  return Math.round(at);
}

function tags(u: TimelineUnit): string {
  if (u.outcome === 'failed' || u.outcome === 'resource-exceeded') return 'crit, ';
  if (u.outcome === 'timed-out') return 'crit, active, ';
  if (u.outcome === 'interrupted' || u.flaky) return 'active, ';
  return '';
}

function outcomeWord(u: TimelineUnit): string {
  if (u.flaky) return 'flaky';
  return u.outcome === 'passed' ? '' : u.outcome;
}

/** Text Mermaid cannot read as syntax: no colon, hash, semicolon, quote, bracket of its own, no newline. */
export function label(text: string): string {
  return text
    .replace(/[^\p{L}\p{N} ._/@+=,()…-]/gu, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
}

/** The end of a long unit id (the file name matters most). */
function shortId(id: string, max = 40): string {
  return id.length <= max ? id : `…${id.slice(-(max - 1))}`.replace(/^…[^/]*\//, '…/');
}

function ganttNote(pick: TimelinePick): string {
  const parts = [
    `${pick.shown} unit${pick.shown === 1 ? '' : 's'} shown: those that did not pass, then the slowest`,
  ];
  if (pick.folded > 0) parts.push(`${pick.folded} more folded into one grey bar per lane`);
  if (pick.omitted.lanes > 0) {
    parts.push(`${pick.omitted.lanes} more lanes (${pick.omitted.units} units) left out`);
  }
  parts.push('red: failed, timed out or over its memory limit; light: interrupted or flaky');
  return `${parts.join('; ')}.`;
}

function runsTable(runs: readonly TimelineRun[]): string {
  const rows = runs.map((r) => {
    const how = r.reason === null ? 'ended' : `stopped: ${r.reason}`;
    const ended = r.current ? `this run (${how})` : how;
    const attempt = r.attempt !== undefined ? String(r.attempt) : '';
    return `| ${attempt} | ${new Date(r.startedAt).toISOString()} | ${formatDuration(r.endedAt - r.startedAt)} | ${ended} |`;
  });
  return ['| Attempt | Started | Lasted | Ended |', '| --- | --- | --- | --- |', ...rows].join(
    '\n',
  );
}
