// A run's or a unit's test counts in words, the same on the console, in summaries, pages and JUnit properties.
import type { TestCounts } from '../types.js';

/** `964 passed, 0 failed, 0 skipped`, and `, 2 errors` when files failed to load (as Vitest and pytest say it). */
export function testCountsText(t: TestCounts): string {
  const text = `${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`;
  return t.errors > 0 ? `${text}, ${t.errors} ${t.errors === 1 ? 'error' : 'errors'}` : text;
}
