// Tests that need Linux (/proc, cgroups, setsid, Linux's process groups as the suite uses them) or any POSIX system (sh, process groups, signals): skipped elsewhere with a notice saying why.
import { noticeSkipped } from './skip-notice.js';

export const ON_LINUX = process.platform === 'linux';

/** True (skip) off Linux, after printing the notice; for `describe.skipIf` / `it.skipIf`. */
export function linuxOnly(
  what: string,
  why: string,
  platform: NodeJS.Platform = process.platform,
): boolean {
  if (platform === 'linux') return false;
  noticeSkipped(what, `it needs Linux (${why}); this is ${platform}`);
  return true;
}

/**
 * True (skip) on Windows, after printing the notice: for tests that need a POSIX system (`sh`,
 * process groups and signals, POSIX file names), which macOS has too.
 */
export function posixOnly(
  what: string,
  why: string,
  platform: NodeJS.Platform = process.platform,
): boolean {
  if (platform !== 'win32') return false;
  noticeSkipped(what, `it needs a POSIX system (${why}); this is ${platform}`);
  return true;
}
