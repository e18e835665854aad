// Cleaning up after a run that is gone (the watchdog, the Action's post step) starts by taking the state dir's lock: a live run or cleanup holding it is someone else's, and is left alone.
import { existsSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import { lockStateDir, type StateLock } from '../state-lock.js';

export type CleanupLock =
  | { kind: 'locked'; lock: StateLock }
  /** A live process holds the state dir (a run, a cleanup); `pid` when it could be learned. */
  | { kind: 'held'; pid: number | undefined }
  /** The state dir is gone: there is nothing to lock (nor a registry to read); not recreated. */
  | { kind: 'missing' };

/**
 * Takes the lock, trying again for up to `waitMs`: the runner's lock is freed by the kernel as its
 * process ends, a moment after its heartbeat pipe closes, and a watchdog that is finishing its
 * own cleanup lets go within moments too. Anything holding it longer is live.
 */
export async function lockForCleanup(stateDir: string, waitMs: number): Promise<CleanupLock> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    if (!existsSync(stateDir)) return { kind: 'missing' };
    const held = await lockStateDir(stateDir);
    if (held.locked) return { kind: 'locked', lock: held.lock };
    if (Date.now() >= deadline) return { kind: 'held', pid: held.pid };
    await delay(100);
  }
}

/** The line said when a live holder is left alone. */
export function heldByAnother(stateDir: string, pid: number | undefined): string {
  const holder = pid ? ` (pid ${pid})` : '';
  return `another testwarden run or cleanup${holder} holds the state dir ${JSON.stringify(stateDir)}: nothing was cleaned up or marked (a run there first cleans up what an earlier one left)`;
}
