// Counts the tests of a TAP stream found in a unit's log, with tapjs's parser fed only TAP-shaped lines.
import { open } from 'node:fs/promises';
import { Parser, type FinalResults } from 'tap-parser';
import type { TestCounts } from '../types.js';

const TAP_LINE = /^\s*(?:TAP version \d+|\d+\.\.\d+|(?:not )?ok\b|Bail out!|#|---|\.\.\.)/;
const TOP_LEVEL_TAP = /^(?:TAP version \d+|\d+\.\.\d+|(?:not )?ok\b)/;
/** Longer lines are not TAP worth reading; skipping them keeps memory flat for any output. */
const MAX_LINE = 64 * 1024;

/** First non-blank byte of a line is one a TAP line can start with: T, digit, o, n, B, #, - or . */
function mayBeTap(buffer: Buffer, at: number, end: number): boolean {
  let i = at;
  while (i < end && (buffer[i] === 32 || buffer[i] === 9)) i++;
  const c = buffer[i];
  return (
    i < end &&
    c !== undefined &&
    (c === 84 ||
      (c >= 48 && c <= 57) ||
      c === 111 ||
      c === 110 ||
      c === 66 ||
      c === 35 ||
      c === 45 ||
      c === 46)
  );
}

/**
 * Calls `onLine` for each line of a file that may be TAP, reading through one reused buffer:
 * memory stays the same whatever the file's size, and other lines never become strings.
 */
async function forEachCandidateLine(path: string, onLine: (line: string) => void): Promise<void> {
  const file = await open(path, 'r');
  try {
    const size = (await file.stat()).size;
    const buffer = Buffer.allocUnsafe(Math.min(2 * MAX_LINE, size + 1));
    let filled = 0;
    let skipping = false; // inside a line longer than MAX_LINE
    for (;;) {
      const { bytesRead } = await file.read(buffer, filled, buffer.length - filled, null);
      const end = filled + bytesRead;
      let from = 0;
      for (let nl = buffer.indexOf(10, from); nl >= 0 && nl < end; nl = buffer.indexOf(10, from)) {
        if (!skipping && mayBeTap(buffer, from, nl))
          onLine(buffer.toString('utf8', from, nl).replace(/\r$/, ''));
        skipping = false;
        from = nl + 1;
      }
      if (bytesRead === 0) {
        if (!skipping && from < end && mayBeTap(buffer, from, end))
          onLine(buffer.toString('utf8', from, end));
        return;
      }
      if (end - from >= Math.min(MAX_LINE, buffer.length)) {
        skipping = true;
        filled = 0;
      } else {
        buffer.copy(buffer, 0, from, end);
        filled = end - from;
      }
    }
  } finally {
    await file.close();
  }
}

/** Test counts of the top-level TAP stream in a log file, or undefined when there is none. */
export async function countTapInFile(path: string): Promise<TestCounts | undefined> {
  let sawTap = false;
  const parser = new Parser();
  const results = new Promise<FinalResults>((resolve) => parser.on('complete', resolve));
  await forEachCandidateLine(path, (line) => {
    if (!TAP_LINE.test(line)) return;
    if (TOP_LEVEL_TAP.test(line)) sawTap = true;
    parser.write(`${line}\n`);
  });
  parser.end();
  const final = await results;
  if (!sawTap || final.count === 0) return undefined;
  const skipped = final.skip + final.todo;
  return { passed: Math.max(0, final.pass - skipped), failed: final.fail, skipped };
}
