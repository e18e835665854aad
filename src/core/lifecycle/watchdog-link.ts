// The watchdog process's side of the heartbeat pipes: its stdin and stdout, when the runner made them (a socket or pipe; /dev/null or a terminal is no link).
import { fstatSync } from 'node:fs';
import type { WatchdogLink } from './heartbeat.js';

/** The link over this process's stdin and stdout, or undefined when stdin is not a pipe. */
export function linkFromStdio(): WatchdogLink | undefined {
  let stat;
  try {
    stat = fstatSync(0);
  } catch {
    return undefined;
  }
  if (!stat.isSocket() && !stat.isFIFO()) return undefined;
  // A runner that is gone makes writes fail with EPIPE: never a reason for the watchdog to crash.
  process.stdout.on('error', () => undefined);
  return { fromRunner: process.stdin, toRunner: process.stdout };
}
