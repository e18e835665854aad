// Reads a small file whole without trusting it: size judged before reading, never blocking on a FIFO or device.
import { isAscii } from 'node:buffer';
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';

export type Bounded =
  { kind: 'missing' } | { kind: 'unusable'; why: string } | { kind: 'text'; content: string };

/** Reads at most `maxBytes`, judging the size before reading anything (and again on the open file). */
export function readBounded(path: string, maxBytes: number): Bounded {
  let fd: number | undefined;
  try {
    // stat first: opening a FIFO or a device could block or never end.
    const before = statSync(path);
    const problem = sizeProblem(before, maxBytes);
    if (problem !== undefined) return { kind: 'unusable', why: problem };
    fd = openSync(path, 'r');
    const opened = fstatSync(fd);
    const again = sizeProblem(opened, maxBytes);
    if (again !== undefined) return { kind: 'unusable', why: again };
    const buffer = Buffer.allocUnsafe(opened.size);
    let filled = 0;
    while (filled < buffer.length) {
      const n = readSync(fd, buffer, filled, buffer.length - filled, filled);
      if (n === 0) break;
      filled += n;
    }
    const bytes = buffer.subarray(0, filled);
    // Plain ASCII (what testwarden writes, unless ids hold other characters) decodes far faster as latin1.
    return { kind: 'text', content: bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'missing' };
    return {
      kind: 'unusable',
      why: `could not be read (${code ?? ''} ${(error as Error).message})`,
    };
  } finally {
    if (fd !== undefined) closeQuietly(fd);
  }
}

function sizeProblem(
  stats: { isFile(): boolean; size: number },
  maxBytes: number,
): string | undefined {
  if (!stats.isFile()) return 'is not a regular file';
  if (stats.size > maxBytes) return `is ${stats.size} bytes, above the ${maxBytes}-byte limit`;
  return undefined;
}

export function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // Nothing more to do with it.
  }
}
