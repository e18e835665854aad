// One interface over the machine's process table: Linux /proc, `ps` (macOS, and Linux when asked), Windows CIM; chosen once per process, by platform or TESTWARDEN_PROCESS_TABLE.
import { InternalError, UsageError } from '../errors.js';
import { createProcTable } from './proc-process-table.js';
import { createPsTable } from './ps-table.js';
import type { ProcessInfo, ProcessTable, ProcessTableKind } from './process-info.js';

export type { ProcessInfo, ProcessTable, ProcessTableKind };

/** Forces a table (`proc`, `ps`); `ps` runs on Linux too, which is how the macOS table is tested. */
export const PROCESS_TABLE_ENV = 'TESTWARDEN_PROCESS_TABLE';

/** The table this platform uses, unless the environment variable names another that runs here. */
export function chooseProcessTableKind(
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv,
): ProcessTableKind {
  const native: ProcessTableKind =
    platform === 'win32' ? 'windows' : platform === 'linux' ? 'proc' : 'ps';
  const wanted = env[PROCESS_TABLE_ENV];
  if (wanted === undefined || wanted === '') return native;
  const allowed: ProcessTableKind[] =
    platform === 'win32' ? ['windows'] : platform === 'linux' ? ['proc', 'ps'] : ['ps'];
  if (!(allowed as string[]).includes(wanted)) {
    throw new UsageError(
      `${PROCESS_TABLE_ENV}: expected ${allowed.join(' or ')} on ${platform}, got ${JSON.stringify(wanted)}`,
    );
  }
  return wanted as ProcessTableKind;
}

// The Windows table (and its CSV parser) is loaded on Windows only, the one platform where
// `chooseProcessTableKind` can answer `windows`.
const windowsTable =
  process.platform === 'win32'
    ? (await import('./windows-table.js')).createWindowsTable
    : undefined;

const factories: Record<ProcessTableKind, () => ProcessTable> = {
  proc: createProcTable,
  ps: createPsTable,
  windows: () => {
    if (windowsTable === undefined)
      throw new InternalError('the Windows process table runs on Windows only');
    return windowsTable();
  },
};
let current: ProcessTable | undefined;

/** The table in force in this process; the first call validates the environment variable. */
export function processTable(): ProcessTable {
  current ??= factories[chooseProcessTableKind(process.platform, process.env)]();
  return current;
}

/** Replaces the table in force (tests inject one; undefined chooses again). */
export function useProcessTable(table: ProcessTable | undefined): void {
  current = table;
}

/** The live (non-zombie) process with this pid, if any. */
export function findProcess(pid: number, table = processTable()): ProcessInfo | undefined {
  const found = table.list([pid]).find((p) => p.pid === pid);
  return found && !found.zombie ? found : undefined;
}

/** The process's start time in the table's unit, 0 when it is gone or unreadable. */
export function startTimeOfPid(pid: number, table = processTable()): number {
  return findProcess(pid, table)?.startTime ?? 0;
}

/** True while a live process has this pid and this start time. */
export function sameProcessAlive(pid: number, startTime: number, table = processTable()): boolean {
  return findProcess(pid, table)?.startTime === startTime;
}

/**
 * These processes with their command lines: full sweeps of `proc` and `ps` leave them out (they
 * cost as much as the rest of a sweep), so the few that a report names are looked up by pid in
 * one more query. A pid now held by another process (its start time changed) keeps no command.
 */
export function withCommands(
  processes: readonly ProcessInfo[],
  table = processTable(),
): ProcessInfo[] {
  const missing = processes.filter((p) => p.command === undefined).map((p) => p.pid);
  if (missing.length === 0) return [...processes];
  const named = new Map(table.list([...new Set(missing)]).map((p) => [p.pid, p]));
  return processes.map((p) => {
    const now = named.get(p.pid);
    return p.command === undefined && now?.startTime === p.startTime
      ? { ...p, command: now.command }
      : p;
  });
}
