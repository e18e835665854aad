// A run's or a unit's test counts in words, the same on the console, in summaries, pages and JUnit properties.
import type { FrameworkCounts, TestCounts } from '../types.js';

/** What the frameworks name apart inside `passed` (xpass) and `skipped` (todo, xfail). */
export type CountsDetail = Pick<FrameworkCounts, 'todo' | 'xfail' | 'xpass'>;

/**
 * `964 passed, 0 failed, 0 skipped`, and `, 2 errors` when files failed to load (as Vitest and
 * pytest say it). With `detail`, the categories a framework names apart follow their total
 * (`25 skipped (1 xfailed)`), so the line reads as the framework's own summary does.
 */
export function testCountsText(t: TestCounts, detail?: CountsDetail): string {
  const within = (parts: [number, string][]) => {
    const named = parts.filter(([n]) => n > 0).map(([n, name]) => `${n} ${name}`);
    return named.length > 0 ? ` (${named.join(', ')})` : '';
  };
  const passed = `${t.passed} passed${within([[detail?.xpass ?? 0, 'xpassed']])}`;
  const skipped = `${t.skipped} skipped${within([
    [detail?.todo ?? 0, 'todo'],
    [detail?.xfail ?? 0, 'xfailed'],
  ])}`;
  const text = `${passed}, ${t.failed} failed, ${skipped}`;
  return t.errors > 0 ? `${text}, ${t.errors} ${t.errors === 1 ? 'error' : 'errors'}` : text;
}

/** The detail of a run: the sum over its units' per-test results (units without them add nothing). */
export function countsDetail(
  units: readonly { testCases?: { counts: FrameworkCounts } }[],
): CountsDetail {
  const detail: CountsDetail = { todo: 0, xfail: 0, xpass: 0 };
  for (const unit of units) {
    const counts = unit.testCases?.counts;
    if (!counts) continue;
    detail.todo += counts.todo;
    detail.xfail += counts.xfail;
    detail.xpass += counts.xpass;
  }
  return detail;
}
