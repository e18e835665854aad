// The one way tests wait for something to happen: poll a condition with a deadline, never sleep a fixed time.
import { readFileSync } from 'node:fs';
import { vi } from 'vitest';

/**
 * Polls `check` (every 20 ms, with vitest's real timers) until it gives a value other than
 * `undefined` or `false`, and returns that value; fails naming `what` after `timeoutMs` (a
 * deadline, not a wait: generous, because a loaded machine starts processes slowly).
 */
export async function waitFor<T>(
  what: string,
  check: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 30_000,
): Promise<T> {
  return vi.waitFor(
    async () => {
      const value = await check();
      if (value === undefined || value === false)
        throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
      return value;
    },
    { timeout: timeoutMs, interval: 20 },
  );
}

/**
 * Waits until the file at `path` holds a whole line with a pid (a unit's `echo $$ > x.pid`: the
 * shell creates the file before it writes the line, so the file can exist empty) and returns it.
 */
export async function waitForPid(what: string, path: string, timeoutMs = 30_000): Promise<number> {
  return waitFor(
    what,
    () => {
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch {
        return undefined; // not created yet
      }
      const pid = /^(\d+)\n/.exec(text)?.[1];
      return pid !== undefined && Number(pid) > 0 ? Number(pid) : undefined;
    },
    timeoutMs,
  );
}
