// Reads the last lines of a unit's log without loading the whole file.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** The last `bytes` of a file as text (control characters other than tab and newline removed). */
export function readTailText(path: string, bytes = 64 * 1024): string {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return '';
  }
  try {
    const size = fstatSync(fd).size;
    const length = Math.min(size, bytes);
    const buffer = Buffer.alloc(length);
    readSync(fd, buffer, 0, length, size - length);
    // eslint-disable-next-line no-control-regex
    return buffer.toString('utf8').replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g, '');
  } finally {
    closeSync(fd);
  }
}

/** The last `count` lines of a log file. */
export function readTailLines(path: string, count = 20): string[] {
  const text = readTailText(path).replace(/\r\n/g, '\n').replace(/\n+$/, '');
  if (text === '') return [];
  return text.split('\n').slice(-count);
}
