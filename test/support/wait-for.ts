// The one way tests wait for something to happen: poll a condition with a deadline, never sleep a fixed time.
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
