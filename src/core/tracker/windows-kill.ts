// Ends process trees on Windows: `taskkill /F /T` on the unit's leader and on each recorded descendant still carrying its start time (Windows has no process groups and no SIGTERM for console programs).
import type { KnownProcess } from './process-info.js';
import { processTable, type ProcessTable } from './process-table.js';

export interface WindowsKillTarget {
  /** The unit's leader, killed with its live tree unless its pid now belongs to another process. */
  leader?: { pid: number; startTime?: number | undefined } | undefined;
  processes?: readonly KnownProcess[] | undefined;
}

/**
 * Which of the target's pids may be killed: one query checks every start time at once (a pid
 * reused by an unrelated process is left alone). A leader with no recorded start time is the
 * process testwarden holds a handle on, whose pid cannot be reused while the handle is open.
 */
export function windowsKillList(
  target: WindowsKillTarget,
  table: ProcessTable = processTable(),
): KnownProcess[] {
  const named = [
    ...(target.leader ? [target.leader.pid] : []),
    ...(target.processes ?? []).map((p) => p.pid),
  ];
  if (named.length === 0) return [];
  const live = new Map(table.list(named).map((p) => [p.pid, p.startTime]));
  const found: KnownProcess[] = [];
  const leader = target.leader;
  const now = leader && live.get(leader.pid);
  if (leader && now !== undefined && (!leader.startTime || now === leader.startTime))
    found.push({ pid: leader.pid, startTime: now });
  for (const p of target.processes ?? [])
    if (live.get(p.pid) === p.startTime && !found.some((f) => f.pid === p.pid)) found.push(p);
  return found;
}

/** Kills the target's verified processes with their trees; returns those it asked taskkill to end. */
export async function killOnWindows(
  target: WindowsKillTarget,
  table: ProcessTable = processTable(),
): Promise<KnownProcess[]> {
  const found = windowsKillList(target, table);
  if (found.length > 0) await table.killTrees?.(found.map((p) => p.pid));
  return found;
}
