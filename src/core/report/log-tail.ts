// Reads the last lines of a unit's log without loading the whole file.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { plainText } from '../text/control-chars.js';

/** The last `bytes` of a file as plain text (escape sequences and control characters other than tab and newline removed). */
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
    return plainText(buffer.toString('utf8'));
  } finally {
    closeSync(fd);
  }
}

/** The last `count` lines of a log file. */
export function readTailLines(path: string, count = 20): string[] {
  const text = readTailText(path).replace(/\n+$/, '');
  if (text === '') return [];
  return text.split('\n').slice(-count);
}
