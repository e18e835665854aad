// The one totals table of the run's and the merge's job summaries.
import { describe, expect, it } from 'vitest';
import { totalsTable } from '../../../src/core/report/totals-table.js';
import type { Totals } from '../../../src/core/types.js';

const TOTALS: Totals = {
  units: 9,
  passed: 3,
  failed: 1,
  timedOut: 2,
  resourceExceeded: 1,
  interrupted: 1,
  skipped: 1,
  flaky: 1,
  fromCheckpoint: 4,
  leaked: 2,
  tests: { passed: 30, failed: 2, skipped: 5, errors: 0 },
};

const rows = (markdown: string) =>
  markdown
    .trim()
    .split('\n')
    .filter((_, i) => i !== 1)
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );

describe('totalsTable', () => {
  it("a run's: resource-exceeded counts as failed, with the checkpoint and duration columns", () => {
    const [head, values] = rows(totalsTable(TOTALS, { fromCheckpoint: true, durationMs: 65_000 }));
    expect(Object.fromEntries(head!.map((h, i) => [h, values![i]]))).toEqual({
      Units: '9',
      Passed: '3',
      Failed: '2',
      'Timed out': '2',
      Interrupted: '1',
      Skipped: '1',
      Flaky: '1',
      'From checkpoint': '4',
      Leaked: '2',
      Tests: '30 passed, 2 failed, 5 skipped',
      Duration: '1m05s',
    });
  });

  it("a merge's: without the checkpoint and duration columns", () => {
    const [head] = rows(totalsTable(TOTALS));
    expect(head).not.toContain('From checkpoint');
    expect(head).not.toContain('Duration');
    expect(head).toHaveLength(9);
  });
});
