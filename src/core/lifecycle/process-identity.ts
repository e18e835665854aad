// Names one process for good (pid + start time) and checks it is still that process, cheaply when asked again and again; a fallback where /proc does not exist.
import { closeSync, openSync, readSync } from 'node:fs';
import { hasProc, isSameProcessAlive, parseStat, readStat } from '../tracker/proc-table.js';

/** Clock ticks since boot when the process started; 0 where /proc does not exist. */
export function startTimeOf(pid: number): number {
  return hasProc ? (readStat(pid)?.startTime ?? 0) : 0;
}

/**
 * True while `pid` is alive and is still the process that started at `startTime` (a zombie
 * counts as gone). Without /proc the start time cannot be checked and only the pid is.
 */
export function isProcessAlive(pid: number, startTime: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (hasProc) return isSameProcessAlive(pid, startTime);
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Asks "is that process still alive?" many times, cheaply: on Linux it keeps `/proc/<pid>/stat`
 * open and rereads it (one syscall). The open file stays bound to that very process, so once it
 * is reaped reads fail (ESRCH) even if the pid is handed out again. Call close() when done.
 */
export class ProcessProbe {
  readonly #pid: number;
  readonly #startTime: number;
  #fd: number | undefined;
  #gone = false;
  readonly #buffer = Buffer.allocUnsafe(1024);

  constructor(pid: number, startTime: number) {
    this.#pid = pid;
    this.#startTime = startTime;
    if (!hasProc) return;
    if (!isSameProcessAlive(pid, startTime)) {
      this.#gone = true;
      return;
    }
    try {
      this.#fd = openSync(`/proc/${pid}/stat`, 'r');
    } catch {
      this.#gone = true;
    }
    // Opened after the check: make sure the file is of the same process.
    if (!this.#gone && !this.alive()) this.close();
  }

  alive(): boolean {
    if (this.#gone) return false;
    if (this.#fd === undefined) return hasProc ? false : isProcessAlive(this.#pid, this.#startTime);
    try {
      const n = readSync(this.#fd, this.#buffer, 0, this.#buffer.length, 0);
      const stat = parseStat(this.#pid, this.#buffer.toString('latin1', 0, n));
      const live =
        stat !== undefined &&
        stat.startTime === this.#startTime &&
        stat.state !== 'Z' &&
        stat.state !== 'X';
      if (!live) this.#gone = true;
    } catch {
      this.#gone = true;
    }
    return !this.#gone;
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
