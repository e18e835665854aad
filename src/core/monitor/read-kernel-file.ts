// Reads small kernel files (/proc, cgroupfs) through one reused buffer: cheaper than readFileSync, which stats and allocates on every call.
import { closeSync, openSync, readSync } from 'node:fs';

const buffer = Buffer.allocUnsafe(64 * 1024);

/**
 * The file's text, at most `limit` bytes (kernel files read here are far below 64 KiB),
 * or undefined when it is missing or unreadable. Synchronous, so the shared buffer is safe.
 */
export function readKernelFile(path: string, limit = buffer.length): string | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  try {
    let length = 0;
    const max = Math.min(limit, buffer.length);
    while (length < max) {
      const read = readSync(fd, buffer, length, max - length, null);
      if (read === 0) break;
      length += read;
    }
    return buffer.toString('latin1', 0, length);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** A file holding one number (`memory.current`); `max` (cgroup v2's "no limit") is Infinity. */
export function readNumberFile(path: string): number | undefined {
  const text = readKernelFile(path, 64)?.trim();
  if (text === undefined || text === '') return undefined;
  if (text === 'max') return Infinity;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** Picks `key value` lines (memory.stat) or `Key: value kB` lines (meminfo) into numbers. */
export function parseKeyedNumbers(text: string, keys: readonly string[]): Map<string, number> {
  const found = new Map<string, number>();
  for (const line of text.split('\n')) {
    const space = line.search(/[:\s]/);
    if (space <= 0) continue;
    const key = line.slice(0, space);
    if (!keys.includes(key)) continue;
    const value = Number.parseInt(line.slice(space + 1).replace(/^[:\s]+/, ''), 10);
    if (Number.isFinite(value)) found.set(key, value);
  }
  return found;
}
