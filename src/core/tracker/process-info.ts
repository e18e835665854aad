// What a process table says about a process, the table's interface, and a process known by pid and start time; the types the tables and their users share.

export type ProcessTableKind = 'proc' | 'ps' | 'windows';

export interface ProcessInfo {
  pid: number;
  ppid: number;
  /** Process group; undefined where there are none (Windows). */
  pgrp: number | undefined;
  /**
   * When the process started, in the table's own unit: clock ticks since boot (`proc`), seconds
   * since the epoch (`ps`, from `lstart`), microseconds since the epoch (`windows`). With the pid
   * it names one process for good; values of different tables are never compared.
   */
  startTime: number;
  /** A zombie (exited, not reaped) or dying process: it counts as gone. */
  zombie: boolean;
  rssBytes: number;
  /** The command line; `proc` leaves it out of full listings (read per process when needed). */
  command?: string | undefined;
}

export interface ProcessTable {
  readonly kind: ProcessTableKind;
  /** Whether units can lead process groups that a signal reaches at once (POSIX). */
  readonly groups: boolean;
  /** Whether another process's environment can be read (the marker scan: `proc` only). */
  readonly environ: boolean;
  /**
   * Every process, or only the given pids, in one sweep (one `ps` or one CIM query). An empty
   * list when the table cannot be read; `problem` then says why.
   */
  list(pids?: readonly number[]): ProcessInfo[];
  /** The same without blocking the event loop (used by samplers). */
  listAsync(pids?: readonly number[]): Promise<ProcessInfo[]>;
  /** Windows only: ends these processes and their live trees (`taskkill /F /T`). */
  killTrees?: (pids: readonly number[]) => Promise<void>;
  /** Sweeps made so far (the table's own account of its use). */
  readonly sweeps: number;
  /** Why the last sweep could not read the table (a missing `ps`, say), else undefined. */
  readonly problem: string | undefined;
}

/** A process testwarden saw: its pid and start time (the table's unit) name it for good. */
export interface KnownProcess {
  pid: number;
  startTime: number;
}
