// Counts the tests of a TAP stream found in a unit's log, with tapjs's parser fed only TAP-shaped lines.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Parser, type FinalResults } from 'tap-parser';
import type { TestCounts } from '../types.js';

const TAP_LINE = /^\s*(?:TAP version \d+|\d+\.\.\d+|(?:not )?ok\b|Bail out!|#|---|\.\.\.)/;
const TOP_LEVEL_TAP = /^(?:TAP version \d+|\d+\.\.\d+|(?:not )?ok\b)/;

/** Test counts of the top-level TAP stream in a log file, or undefined when there is none. */
export async function countTapInFile(path: string): Promise<TestCounts | undefined> {
  let sawTap = false;
  const results = await new Promise<FinalResults>((resolve, reject) => {
    const parser = new Parser(resolve);
    const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
    lines.on('line', (line) => {
      if (!TAP_LINE.test(line)) return;
      if (TOP_LEVEL_TAP.test(line)) sawTap = true;
      parser.write(`${line}\n`);
    });
    lines.on('close', () => parser.end());
    lines.on('error', reject);
  });
  if (!sawTap || results.count === 0) return undefined;
  const skipped = results.skip + results.todo;
  return { passed: Math.max(0, results.pass - skipped), failed: results.fail, skipped };
}
