// Finds what a unit left running: members of its process group and, on Linux, any process carrying its marker environment; elsewhere its recorded descendants.
import type { DescentRecorder } from './descent.js';
import { withCommands, type ProcessInfo, type ProcessTable } from './process-table.js';
import {
  environHas,
  hasProc,
  listProcesses,
  pidsBornSince,
  readCommandLine,
  readEnviron,
  readStat,
  type PidClock,
  type ProcStat,
} from './proc-table.js';

export interface UnitMarker {
  runId: string;
  unitId: string;
  /** The unit's process group (its leader's pid). */
  pgid: number;
  /** Clock ticks since boot when the unit started; older processes cannot be its leaks. */
  sinceTicks: number;
  /** The kernel's fork counter read just before the unit was spawned (narrows the scan to newer pids). */
  pidClock?: PidClock | undefined;
}

export interface FoundProcess {
  pid: number;
  startTime: number;
  /** Undefined where there are no process groups (Windows). */
  pgrp: number | undefined;
  command: string;
}

const ownPid = process.pid;

/** Marker entries as they appear in /proc/<pid>/environ. */
export function markerEntries(runId: string, unitId: string): Buffer[] {
  return [Buffer.from(`TESTWARDEN_RUN_ID=${runId}`), Buffer.from(`TESTWARDEN_UNIT=${unitId}`)];
}

/**
 * Live processes of the unit. Pids that cannot be newer than the unit are skipped unread (when
 * the pid counter provably did not wrap), start time is compared before `environ` is read, so
 * the scan costs little more than reading /proc's directory.
 */
export function scanUnitProcesses(marker: UnitMarker): FoundProcess[] {
  if (!hasProc) return [];
  const entries = markerEntries(marker.runId, marker.unitId);
  const found: FoundProcess[] = [];
  // A process with the leader's pid but another start time means the number was reused (our
  // group emptied): its group is someone else's, and only the marker counts. That holds for a
  // zombie owner too: a reused number's new leader may have exited and left its group behind.
  const owner = readStat(marker.pgid);
  const groupIsOurs = owner === undefined || owner.startTime === marker.sinceTicks;
  for (const p of listProcesses(pidsBornSince(marker.pgid, marker.pidClock))) {
    if (!isLive(p) || p.pid === ownPid || p.startTime < marker.sinceTicks) continue;
    if ((groupIsOurs && p.pgrp === marker.pgid) || hasMarker(p.pid, entries)) {
      found.push(describeProcess(p));
    }
  }
  return found;
}

/** Every live process of a run (any unit), for cleanup when the runner is gone. */
export function scanRunProcesses(runId: string): FoundProcess[] {
  if (!hasProc) return [];
  const entry = [Buffer.from(`TESTWARDEN_RUN_ID=${runId}`)];
  const found: FoundProcess[] = [];
  for (const p of listProcesses()) {
    if (!isLive(p) || p.pid === ownPid) continue;
    if (hasMarker(p.pid, entry)) {
      found.push(describeProcess(p));
    }
  }
  return found;
}

/** A process as reports name it: pid, start time, group and command line. */
export function describeProcess(p: ProcStat): FoundProcess {
  return {
    pid: p.pid,
    startTime: p.startTime,
    pgrp: p.pgrp,
    command: readCommandLine(p.pid, `[${p.comm}]`),
  };
}

/** The same, by pid; undefined when it is gone or a zombie. */
export function describePid(pid: number): FoundProcess | undefined {
  const stat = readStat(pid);
  return stat && isLive(stat) ? describeProcess(stat) : undefined;
}

function isLive(p: ProcStat): boolean {
  return p.state !== 'Z' && p.state !== 'X';
}

function hasMarker(pid: number, entries: readonly Buffer[]): boolean {
  const environ = readEnviron(pid);
  return environ !== undefined && environHas(environ, entries);
}

/**
 * Where there is no /proc (macOS, Windows, or `ps` forced): one sweep of the table, recorded
 * into the unit's descent, and the members alive in it (its group included where groups exist).
 */
export function scanUnitDescent(descent: DescentRecorder, table: ProcessTable): FoundProcess[] {
  const sweep = table.list();
  descent.record(sweep);
  return withCommands(descent.alive(sweep), table).map(describeInfo);
}

/** A table entry as reports name it. */
export function describeInfo(p: ProcessInfo): FoundProcess {
  return { pid: p.pid, startTime: p.startTime, pgrp: p.pgrp, command: p.command ?? '' };
}
