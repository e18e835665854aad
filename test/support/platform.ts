// Tests that need Linux (/proc, cgroups, setsid, Linux's process groups as the suite uses them): skipped elsewhere with a notice saying why.
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
