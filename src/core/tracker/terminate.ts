// Ends process trees: SIGTERM to the group and the named pids, the grace period, then SIGKILL; pids are checked against their start time first.
import { hasProc, isSameProcessAlive, listProcesses, readStat } from './proc-table.js';

export interface KnownProcess {
  pid: number;
  startTime: number;
}

export interface TerminateTarget {
  /** A process group testwarden started (the unit's). */
  pgid?: number;
  /**
   * Start time of the group's leader. Once the leader has exited and its group emptied, the
   * number can be handed out again and lead someone else's group: with this set, the group is
   * left alone when a live process owns the number with another start time.
   */
  leaderStartTime?: number;
  /** Single processes (leaks outside the group), signalled only while their start time matches. */
  processes?: readonly KnownProcess[];
}

export interface TerminateOptions {
  graceMs: number;
  /** Checked while waiting: when it turns true the grace period ends at once. */
  skipGrace?: () => boolean;
}

/** False when the group number now belongs to a process that is not the recorded leader. */
export function groupIsOurs(target: TerminateTarget): boolean {
  if (target.pgid === undefined) return false;
  if (!hasProc || target.leaderStartTime === undefined) return true;
  const owner = readStat(target.pgid);
  return owner === undefined || owner.startTime === target.leaderStartTime;
}

/** Whether any live (non-zombie) process is left in the target. */
export function targetAlive(target: TerminateTarget): boolean {
  if (target.processes?.some((p) => isSameProcessAlive(p.pid, p.startTime))) return true;
  if (target.pgid === undefined || !groupIsOurs(target)) return false;
  if (hasProc) {
    const pgid = target.pgid;
    return listProcesses().some((p) => p.pgrp === pgid && p.state !== 'Z' && p.state !== 'X');
  }
  try {
    process.kill(-target.pgid, 0);
    return true;
  } catch {
    return false;
  }
}

export function signalTarget(target: TerminateTarget, signal: NodeJS.Signals): void {
  if (target.pgid !== undefined && groupIsOurs(target)) {
    try {
      process.kill(-target.pgid, signal);
    } catch {
      // ESRCH: the group is empty already.
    }
  }
  for (const p of target.processes ?? []) {
    if (!hasProc || isSameProcessAlive(p.pid, p.startTime)) {
      try {
        process.kill(p.pid, signal);
      } catch {
        // Gone since the check.
      }
    }
  }
}

/** Polls `done` with a short, growing interval until it is true or `deadline` (ms since epoch) passes. */
export async function pollUntil(
  done: () => boolean,
  deadline: number,
  stop?: () => boolean,
): Promise<boolean> {
  let interval = 5;
  for (;;) {
    if (done()) return true;
    if (Date.now() >= deadline || stop?.()) return done();
    await new Promise((resolve) =>
      setTimeout(resolve, Math.min(interval, Math.max(1, deadline - Date.now()))),
    );
    interval = Math.min(interval * 2, 50);
  }
}

/**
 * SIGTERM, wait up to the grace period for everything to go, SIGKILL what is left, and wait
 * (bounded) for the kernel to finish. Returns true when nothing is left.
 */
export async function terminate(
  target: TerminateTarget,
  options: TerminateOptions,
): Promise<boolean> {
  if (!targetAlive(target)) return true;
  if (options.graceMs > 0 && !options.skipGrace?.()) {
    signalTarget(target, 'SIGTERM');
    // A stopped process only acts on SIGTERM once continued.
    signalTarget(target, 'SIGCONT');
    const gone = await pollUntil(
      () => !targetAlive(target),
      Date.now() + options.graceMs,
      options.skipGrace,
    );
    if (gone) return true;
  }
  signalTarget(target, 'SIGKILL');
  return pollUntil(() => !targetAlive(target), Date.now() + 2000);
}
