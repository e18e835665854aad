// Reads a closing summary such as `12 passed, 1 failed, 2 skipped` (pytest, Jest, Vitest, Mocha, node:test spec) from a log's tail.
import { plainText } from '../text/control-chars.js';
import type { TestCounts } from '../types.js';

const COUNT =
  /(?<![\w-])(\d+)\s+(passed|passing|failed|failing|skipped|pending|todo|xfailed|xpassed|errors?)\b/gi;
const KIND: Record<string, keyof TestCounts> = {
  passed: 'passed',
  passing: 'passed',
  xpassed: 'passed',
  failed: 'failed',
  failing: 'failed',
  error: 'errors',
  errors: 'errors',
  skipped: 'skipped',
  pending: 'skipped',
  todo: 'skipped',
  xfailed: 'skipped',
};
/** Lines that count something other than tests: Jest's snapshots and suites, Vitest's files. */
const NOT_TESTS = /^\s*(?:Snapshots:|Test Suites:|Test Files\b)/i;
/** node:test's spec reporter ends with `ℹ tests 13`, `ℹ pass 9`, ... one total a line. */
const NODE_SPEC = /^\s*ℹ (tests|pass|fail|cancelled|skipped|todo) (\d+)\s*$/;
/** pytest frames its summary: `==== 3 skipped in 0.12s ====`; a skipped-only line counts there. */
const PYTEST_FRAME = /^=+ .* in [\d.]+s(?: \([^)]*\))? =+$/;

const PYTEST_TIME = / in [\d.]+s\b/;

/** Counts from the last summary in the text; undefined when there is none. */
export function countSummaryLine(text: string): TestCounts | undefined {
  const lines = plainText(text).split('\n');
  const node = countNodeSpec(lines);
  for (let i = lines.length - 1; i >= 0; i--) {
    if (node && i < node.at) return node.counts;
    const line = lines[i]!;
    if (NOT_TESTS.test(line)) continue;
    const found = countsIn(line);
    if (!found) continue;
    if (!found.named && !PYTEST_FRAME.test(line.trim())) continue;
    // Mocha prints one count a line (`5 passing`, `1 pending`, `2 failing`): the block is one summary.
    for (let j = i - 1; j >= 0 && isCountOnly(lines[j]!); j--) {
      const before = countsIn(lines[j]!)!;
      for (const kind of before.kinds)
        if (!found.kinds.has(kind)) found.counts[kind] = before.counts[kind];
    }
    return found.counts;
  }
  return node?.counts;
}

function countsIn(line: string) {
  const counts: TestCounts = { passed: 0, failed: 0, skipped: 0, errors: 0 };
  const kinds = new Set<keyof TestCounts>();
  let named = false;
  const timed = PYTEST_TIME.test(line);
  for (const match of line.matchAll(COUNT)) {
    const word = match[2]!.toLowerCase();
    // "1 error" is pytest's only on its timed summary line ("Found 1 error." is a compiler's).
    if (word.startsWith('error') && !timed) continue;
    const kind = KIND[word]!;
    counts[kind] += Number(match[1]);
    kinds.add(kind);
    if (kind !== 'skipped') named = true;
  }
  return kinds.size > 0 ? { counts, kinds, named } : undefined;
}

/** A line holding one count and nothing else but a duration: `  5 passing (20ms)`. */
function isCountOnly(line: string): boolean {
  return /^\s*\d+\s+(?:passing|failing|pending)(?:\s+\(\d+(?:\.\d+)?m?s\))?\s*$/.test(line);
}

/** The last block of node:test spec totals, with the index of its `tests` line. */
function countNodeSpec(lines: string[]): { counts: TestCounts; at: number } | undefined {
  for (let i = lines.length - 1; i >= 0; i--) {
    const head = NODE_SPEC.exec(lines[i]!);
    if (head?.[1] !== 'tests') continue;
    const totals: Record<string, number> = {};
    for (let j = i; j < lines.length; j++) {
      const m = NODE_SPEC.exec(lines[j]!);
      if (m) totals[m[1]!] = Number(m[2]);
      else if (!/^\s*ℹ /.test(lines[j]!)) break;
    }
    if (totals.pass === undefined || totals.fail === undefined) return undefined;
    return {
      counts: {
        passed: totals.pass,
        failed: totals.fail + (totals.cancelled ?? 0),
        skipped: (totals.skipped ?? 0) + (totals.todo ?? 0),
        errors: 0,
      },
      at: i,
    };
  }
  return undefined;
}
