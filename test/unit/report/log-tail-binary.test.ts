// Binary output in a log tail: runs of binary lines become one "[binary output, N]" line; the text around them is kept.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTailLines, withoutBinary } from '../../../src/core/report/log-tail.js';
import { tempDir } from '../../support/temp-dir.js';

/** 8 KiB of random-looking bytes, the same for a seed on every run (a test that passes once passes always). */
function seededBytes(seed: number): Buffer {
  const blocks = Array.from({ length: 256 }, (_, block) =>
    createHash('sha256').update(`${seed}:${block}`).digest(),
  );
  return Buffer.concat(blocks);
}

/** Bytes no text log holds: every byte value, NUL included, in a fixed order. */
const BLOB = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));

describe('withoutBinary', () => {
  it('replaces a 4 KiB blob between text lines with one line, keeping the text', () => {
    const bytes = Buffer.concat([Buffer.from('before\n'), BLOB, Buffer.from('\nafter: ok\n')]);
    const text = withoutBinary(bytes);
    expect(text).toMatch(/^before\n\[binary output, 4\.0 KiB\]\nafter: ok\n$/);
    expect(text).not.toContain('\uFFFD');
  });

  it('random bytes give no U+FFFD and no stray fragment, for 200 seeds', () => {
    for (let seed = 0; seed < 200; seed++) {
      const text = withoutBinary(Buffer.concat([seededBytes(seed), Buffer.from('\nend\n')]));
      expect(text).not.toContain('\uFFFD');
      expect(text.split('\n').filter((l) => l !== '' && !l.startsWith('[binary output'))).toEqual([
        'end',
      ]);
    }
  });

  it('leaves text alone: UTF-8, colour, tabs, CRLF and a single bad byte in a long line', () => {
    const text = 'héllo wörld ✓\n\u001b[31mred\u001b[0m\tcol\r\nabc';
    const bytes = Buffer.concat([
      Buffer.from(text),
      Buffer.from([0xff]),
      Buffer.from(' and more text here\n'),
    ]);
    expect(withoutBinary(bytes)).toBe(`${text}\uFFFD and more text here\n`);
  });
});

describe('readTailLines', () => {
  it('gives a log that ends in binary data a readable tail', () => {
    const path = join(tempDir(), 'unit.log');
    writeFileSync(path, Buffer.concat([Buffer.from('starting\n'), BLOB]));
    expect(readTailLines(path)).toEqual(['starting', '[binary output, 4.0 KiB]']);
  });
});
