// Ends process trees: SIGTERM to the group and the named pids, the grace period, then SIGKILL; pids are checked against their start time first (on Windows: taskkill, no grace period).
import { isSameProcessAlive, listProcesses, readStat } from './proc-table.js';
import { findProcess, processTable, type ProcessTable } from './process-table.js';
import type { KnownProcess } from './process-info.js';
import { killOnWindows } from './windows-kill.js';

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
export function groupIsOurs(target: TerminateTarget, table = processTable()): boolean {
  if (target.pgid === undefined) return false;
  if (target.leaderStartTime === undefined) return true;
  const owner = table.kind === 'proc' ? readStat(target.pgid) : findProcess(target.pgid, table);
  return owner === undefined || owner.startTime === target.leaderStartTime;
}

/** The named processes still alive with their recorded start time (one `ps` for all of them). */
function liveProcesses(target: TerminateTarget, table: ProcessTable): KnownProcess[] {
  const named = target.processes ?? [];
  if (named.length === 0) return [];
  if (table.kind === 'proc') return named.filter((p) => isSameProcessAlive(p.pid, p.startTime));
  const live = new Map(
    table
      .list(named.map((p) => p.pid))
      .filter((p) => !p.zombie)
      .map((p) => [p.pid, p.startTime]),
  );
  return named.filter((p) => live.get(p.pid) === p.startTime);
}

/** Whether any live (non-zombie) process is left in the target. */
export function targetAlive(target: TerminateTarget, table = processTable()): boolean {
  if (liveProcesses(target, table).length > 0) return true;
  if (target.pgid === undefined || !groupIsOurs(target, table)) return false;
  const pgid = target.pgid;
  if (table.kind === 'proc')
    return listProcesses().some((p) => p.pgrp === pgid && p.state !== 'Z' && p.state !== 'X');
  if (table.kind === 'ps') {
    const members = table.list().filter((p) => p.pgrp === pgid);
    if (table.problem === undefined) return members.some((p) => !p.zombie);
  }
  // Without a readable table (or groups), the pid or group number is all that can be asked.
  try {
    process.kill(table.groups ? -pgid : pgid, 0);
    return true;
  } catch {
    return false;
  }
}

export function signalTarget(
  target: TerminateTarget,
  signal: NodeJS.Signals,
  table = processTable(),
): void {
  if (target.pgid !== undefined && groupIsOurs(target, table)) {
    try {
      process.kill(-target.pgid, signal);
    } catch {
      // ESRCH: the group is empty already.
    }
  }
  for (const p of liveProcesses(target, table)) {
    try {
      process.kill(p.pid, signal);
    } catch {
      // Gone since the check.
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
  const table = processTable();
  if (table.kind === 'windows') return terminateOnWindows(target, table);
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

/**
 * Windows: no groups, no SIGTERM for console programs. taskkill /F /T ends the leader's live
 * tree and each named process still carrying its start time; then the pids are polled.
 */
async function terminateOnWindows(target: TerminateTarget, table: ProcessTable): Promise<boolean> {
  const leader =
    target.pgid === undefined ? undefined : { pid: target.pgid, startTime: target.leaderStartTime };
  const killed = await killOnWindows({ leader, processes: target.processes }, table);
  if (killed.length === 0) return true;
  const started = new Map(killed.map((p) => [p.pid, p.startTime]));
  // One query per poll (it takes a while on Windows, so polls are naturally spaced out).
  const remaining = () =>
    table.list([...started.keys()]).filter((p) => p.startTime === started.get(p.pid));
  return pollUntil(() => remaining().length === 0, Date.now() + 5000);
}
