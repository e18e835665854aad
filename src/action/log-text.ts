// A unit's log as the Actions log and the job summary show it: the last lines, with workflow commands in it made inert.
import { randomBytes } from 'node:crypto';
import { readTailLines } from '../core/report/log-tail.js';

/** The last `count` lines of a log (none if it is missing). */
export function logTail(path: string | null, count: number): string[] {
  return path ? readTailLines(path, count) : [];
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
