// Names one process for good (pid + start time) and checks it is still that process, cheaply when asked again and again; through the platform's process table where /proc does not exist.
import { closeSync, openSync, readSync } from 'node:fs';
import { isSameProcessAlive, parseStat, readStat } from '../tracker/proc-table.js';
import { processTable, sameProcessAlive, startTimeOfPid } from '../tracker/process-table.js';

const onProc = () => processTable().kind === 'proc';

/** When the process started, in the process table's unit (clock ticks since boot on Linux); 0 when unknown. */
export function startTimeOf(pid: number): number {
  return onProc() ? (readStat(pid)?.startTime ?? 0) : startTimeOfPid(pid);
}

/**
 * True while `pid` is alive and is still the process that started at `startTime` (a zombie
 * counts as gone). A start time of 0 (unknown) is checked by pid only.
 */
export function isProcessAlive(pid: number, startTime: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (onProc()) return isSameProcessAlive(pid, startTime);
  if (startTime !== 0) return sameProcessAlive(pid, startTime);
  return pidExists(pid);
}

function pidExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export type ProbeState = 'running' | 'stopped' | 'gone';

/**
 * Asks "is that process still alive?" many times, cheaply. On Linux it keeps `/proc/<pid>/stat`
 * open and rereads it (one syscall): the open file stays bound to that very process, so once it
 * is reaped reads fail (ESRCH) even if the pid is handed out again. Elsewhere the start time is
 * checked once through the process table, then the pid is asked with signal 0: once it is gone
 * it stays gone for the probe (a pid reused between two asks would need the whole pid range
 * cycled in between).
 */
export class ProcessProbe {
  readonly #pid: number;
  readonly #startTime: number;
  readonly #proc = onProc();
  #fd: number | undefined;
  #gone = false;
  readonly #buffer = Buffer.allocUnsafe(1024);

  constructor(pid: number, startTime: number) {
    this.#pid = pid;
    this.#startTime = startTime;
    if (!isProcessAlive(pid, startTime)) {
      this.#gone = true;
      return;
    }
    if (!this.#proc) return;
    try {
      this.#fd = openSync(`/proc/${pid}/stat`, 'r');
    } catch {
      this.#gone = true;
    }
    // Opened after the check: make sure the file is of the same process.
    if (!this.#gone && !this.alive()) this.close();
  }

  alive(): boolean {
    return this.state() !== 'gone';
  }

  /**
   * `stopped`: alive but stopped by a signal (SIGSTOP, Ctrl-Z) or held by a debugger (`T`, `t`),
   * so it cannot run however long it waits. Without /proc a live process counts as running.
   */
  state(): ProbeState {
    if (this.#gone) return 'gone';
    if (!this.#proc) {
      if (!pidExists(this.#pid)) this.#gone = true;
      return this.#gone ? 'gone' : 'running';
    }
    if (this.#fd === undefined) return 'gone';
    let state = '?';
    try {
      const n = readSync(this.#fd, this.#buffer, 0, this.#buffer.length, 0);
      const stat = parseStat(this.#pid, this.#buffer.toString('latin1', 0, n));
      if (stat === undefined || stat.startTime !== this.#startTime) this.#gone = true;
      else state = stat.state;
    } catch {
      this.#gone = true;
    }
    if (state === 'Z' || state === 'X') this.#gone = true;
    if (this.#gone) return 'gone';
    return state === 'T' || state === 't' ? 'stopped' : 'running';
  }

  close(): void {
    if (this.#fd !== undefined) {
      try {
        closeSync(this.#fd);
      } catch {
        // Closed already.
      }
      this.#fd = undefined;
    }
  }
}
