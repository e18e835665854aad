// A unit's log as the Actions log and the job summary show it: the last lines, with workflow commands in it made inert.
import { randomBytes } from 'node:crypto';
import { readTailLines } from '../core/report/log-tail.js';

/** Longest line shown: the job summary holds 1 MiB per step, and one minified line can exceed it. */
const MAX_LINE = 400;

/** The last `count` lines of a log (none if it is missing), each cut to a readable length. */
export function logTail(path: string | null, count: number): string[] {
  const lines = path ? readTailLines(path, count) : [];
  return lines.map((line) => (line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)} […]` : line));
}

/**
 * Lines to print inside a log group. A test's output may contain `::set-output`, `::add-mask`
 * or `::error` lines: between `::stop-commands::<token>` and `::<token>::` the runner prints
 * them as text instead of obeying them.
 */
export function inertLines(lines: readonly string[]): string[] {
  if (!lines.some((line) => line.includes('::'))) return [...lines];
  const token = `testwarden-${randomBytes(8).toString('hex')}`;
  return [`::stop-commands::${token}`, ...lines, `::${token}::`];
}
