// A unit's log as the Actions log and the job summary show it: the last lines, plain text, each cut to a readable length.
import { readTailLines } from '../core/report/log-tail.js';

/** Longest line shown: the job summary holds 1 MiB per step, and one minified line can exceed it. */
const MAX_LINE = 400;

/** The last `count` lines of a log (none if it is missing), each cut to a readable length. */
export function logTail(path: string | null, count: number): string[] {
  const lines = path ? readTailLines(path, count) : [];
  return lines.map((line) => (line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)} […]` : line));
}
