// Markdown for a merged report ($GITHUB_STEP_SUMMARY of the merge job): totals, problems with the shard set, failed units, one line per input report.

import { formatDuration, plural } from '../format.js';
import { code, markdownText, table } from '../text/markdown.js';
import type { RunReport } from '../types.js';
import { isFailure } from './failure.js';
import { totalsTable } from './totals-table.js';
import type { ShardReport } from './report-schema.js';

export interface MergeSummaryInput {
  report: RunReport;
  /** The reports merged, each with where it came from (a path as the user should see it). */
  inputs: readonly { source: string; report: ShardReport }[];
  /** From `shardProblems`. */
  problems: readonly string[];
}

const SHOWN_FAILURES = 50;

export function renderMergeSummary(input: MergeSummaryInput): string {
  const { report, inputs, problems } = input;
  const t = report.totals;
  const parts = [
    `### testwarden: merged ${plural(inputs.length, 'report')}: ${headline(report)}`,
    totalsTable(t),
  ];
  if (problems.length > 0) {
    parts.push(
      `**The reports do not add up to the whole suite:**\n\n${problems.map((p) => `- ${markdownText(p)}`).join('\n')}`,
    );
  }
  const failed = report.units.filter(isFailure);
  if (failed.length > 0) {
    const rows = failed
      .slice(0, SHOWN_FAILURES)
      .map((u) => [
        code(u.id),
        u.outcome,
        markdownText(u.message ?? ''),
        formatDuration(u.durationMs),
      ]);
    const more =
      failed.length > SHOWN_FAILURES ? `\n\n…and ${failed.length - SHOWN_FAILURES} more.` : '';
    parts.push(
      `#### ${plural(failed.length, 'unit')} did not pass\n\n${table(['Unit', 'Outcome', 'Why', 'Duration'], rows)}${more}`,
    );
  }
  const rows = inputs.map(({ source, report: r }) => [
    code(source),
    r.shard ? `${r.shard.index}/${r.shard.total} (${r.shard.mode})` : '—',
    r.reason ? `${r.status} (${r.reason})` : r.status,
    String(r.units.length),
    String(r.units.filter(isFailure).length),
    formatDuration(r.durationMs),
    markdownText(r.startedAt),
  ]);
  parts.push(
    `#### Reports\n\n${table(['Report', 'Shard', 'Status', 'Units', 'Not passed', 'Duration', 'Started'], rows)}`,
  );
  return `${parts.join('\n\n')}\n`;
}

function headline(report: RunReport): string {
  const failing = report.totals.failed + report.totals.timedOut + report.totals.resourceExceeded;
  if (report.status === 'passed') return `passed (${plural(report.totals.units, 'unit')})`;
  if (report.status === 'failed' && failing > 0)
    return `failed (${failing} of ${report.totals.units} units)`;
  if (report.status === 'failed') return 'failed (incomplete)';
  return `${report.status}${report.reason ? ` (${report.reason})` : ''}`;
}
