// Reads a closing summary line such as `12 passed, 1 failed, 2 skipped` (pytest, Jest, Vitest, Mocha style) from a log's tail.
import type { TestCounts } from '../types.js';

const COUNT = /(\d+)\s+(passed|passing|failed|failing|skipped|pending)\b/gi;
const KIND: Record<string, keyof TestCounts> = {
  passed: 'passed',
  passing: 'passed',
  failed: 'failed',
  failing: 'failed',
  skipped: 'skipped',
  pending: 'skipped',
};

/** Counts from the last line that names a number passed or failed; undefined when no line does. */
export function countSummaryLine(text: string): TestCounts | undefined {
  // eslint-disable-next-line no-control-regex
  const lines = text.replace(/\x1b\[[0-9;]*m/g, '').split(/\r?\n/);
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    const counts: TestCounts = { passed: 0, failed: 0, skipped: 0 };
    let named = false;
    for (const match of line.matchAll(COUNT)) {
      const kind = KIND[match[2]!.toLowerCase()]!;
      counts[kind] = Number(match[1]);
      if (kind !== 'skipped') named = true;
    }
    if (named) return counts;
  }
  return undefined;
}
