// The test counts in words: the frameworks' own categories (todo, xfail, xpass) named inside the totals that hold them.
import { describe, expect, it } from 'vitest';
import { countsDetail, testCountsText } from '../../../src/core/report/test-counts-text.js';

const COUNTS = { passed: 1991, failed: 0, skipped: 25, errors: 0 };

describe('testCountsText', () => {
  it('without detail: the four totals', () => {
    expect(testCountsText(COUNTS)).toBe('1991 passed, 0 failed, 25 skipped');
    expect(testCountsText({ ...COUNTS, errors: 2 })).toBe(
      '1991 passed, 0 failed, 25 skipped, 2 errors',
    );
  });

  it('with detail: todo and xfail inside skipped, xpass inside passed; zeros left out', () => {
    expect(testCountsText(COUNTS, { todo: 0, xfail: 1, xpass: 0 })).toBe(
      '1991 passed, 0 failed, 25 skipped (1 xfailed)',
    );
    expect(testCountsText(COUNTS, { todo: 2, xfail: 1, xpass: 3 })).toBe(
      '1991 passed (3 xpassed), 0 failed, 25 skipped (2 todo, 1 xfailed)',
    );
    expect(testCountsText(COUNTS, { todo: 0, xfail: 0, xpass: 0 })).toBe(testCountsText(COUNTS));
  });

  it("a run's detail sums its units' per-test counts; units without them add nothing", () => {
    const counts = (todo: number, xfail: number, xpass: number) => ({
      testCases: { counts: { passed: 0, failed: 0, skipped: 0, errors: 0, todo, xfail, xpass } },
    });
    expect(countsDetail([counts(1, 2, 3), {}, counts(4, 0, 1)])).toEqual({
      todo: 5,
      xfail: 2,
      xpass: 4,
    });
  });
});
