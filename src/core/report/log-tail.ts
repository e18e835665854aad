// Reads the last lines of a unit's log without loading the whole file.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { formatBytes } from '../format.js';
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
    return plainText(withoutBinary(buffer));
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

/** Binary lines around a text line this short take it in: random bytes hold short runs that decode as text. */
const FRAGMENT = 16;

/**
 * The bytes as text, with each run of binary lines (a NUL, or more than a tenth of the
 * characters undecodable or control characters) replaced by `[binary output, 4.0 KiB]`: a unit
 * that prints an image or a core dump gets a readable tail, not lines of U+FFFD.
 */
export function withoutBinary(bytes: Buffer): string {
  const lines: Buffer[] = [];
  for (let start = 0; start <= bytes.length;) {
    const end = bytes.indexOf(0x0a, start);
    const stop = end < 0 ? bytes.length : end;
    lines.push(bytes.subarray(start, stop));
    start = stop + 1;
  }
  const binary = lines.map(isBinaryLine);
  for (let i = 1; i < lines.length - 1; i++) {
    if (!binary[i] && binary[i - 1] && binary[i + 1] && lines[i]!.length < FRAGMENT)
      binary[i] = true;
  }
  const out: string[] = [];
  let run = 0;
  lines.forEach((line, i) => {
    if (binary[i]) {
      run += line.length + 1;
      return;
    }
    if (run > 0) out.push(`[binary output, ${formatBytes(run)}]`);
    run = 0;
    out.push(line.toString('utf8'));
  });
  if (run > 0) out.push(`[binary output, ${formatBytes(run)}]`);
  return out.join('\n');
}

function isBinaryLine(line: Buffer): boolean {
  if (line.includes(0)) return true;
  let bad = 0;
  let all = 0;
  for (const ch of line.toString('utf8')) {
    all++;
    // Tab, CR and ESC (colour) are what text logs hold; other controls and U+FFFD are not.
    // eslint-disable-next-line no-control-regex
    if (ch === '\uFFFD' || /[\u0000-\u0008\u000b\u000c\u000e-\u001a\u001c-\u001f\u007f]/.test(ch))
      bad++;
  }
  return bad > 0 && bad * 10 > all;
}
