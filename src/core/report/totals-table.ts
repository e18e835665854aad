// The totals table of a job summary (a run's or a merge's): one set of columns, one way to count.
import { formatDuration } from '../format.js';
import { table } from '../text/markdown.js';
import type { Totals } from '../types.js';
import { testCountsText } from './test-counts-text.js';

/** `fromCheckpoint` and `durationMs` add their columns (a merge has neither). */
export function totalsTable(
  t: Totals,
  extra: { fromCheckpoint?: boolean; durationMs?: number } = {},
): string {
  const columns: [string, string][] = [
    ['Units', String(t.units)],
    ['Passed', String(t.passed)],
    ['Failed', String(t.failed + t.resourceExceeded)],
    ['Timed out', String(t.timedOut)],
    ['Interrupted', String(t.interrupted)],
    ['Skipped', String(t.skipped)],
    ['Flaky', String(t.flaky)],
    ...(extra.fromCheckpoint
      ? [['From checkpoint', String(t.fromCheckpoint)] as [string, string]]
      : []),
    ['Leaked', String(t.leaked)],
    ['Tests', testCountsText(t.tests)],
    ...(extra.durationMs !== undefined
      ? [['Duration', formatDuration(extra.durationMs)] as [string, string]]
      : []),
  ];
  return table(
    columns.map(([name]) => name),
    [columns.map(([, value]) => value)],
  );
}
