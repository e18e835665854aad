// One pass over /proc per unit sample that skips processes known to be older than every watched unit: opening /proc files is what costs, and those processes cannot belong to a unit.
import { readdirSync } from 'node:fs';
import { parseStat, procReads, type ProcStat } from '../tracker/proc-table.js';
import { readKernelFile } from './read-kernel-file.js';

export function readProcStat(pid: number): ProcStat | undefined {
  procReads.count += 1;
  const text = readKernelFile(`/proc/${pid}/stat`, 4096);
  return text === undefined ? undefined : parseStat(pid, text);
}

export class ProcessScanner {
  /** pid → start time of processes that started before the horizon: not read again while they live. */
  private readonly older = new Map<number, number>();
  private horizon = 0;
  private scans = 0;

  /** @param fullEvery every this many scans everything is read again (bounds the harm of a pid reused between two scans). */
  constructor(private readonly fullEvery = 60) {}

  /**
   * Every process that started at or after `horizon` (clock ticks since boot, /proc/<pid>/stat
   * field 22): a unit's processes all started no earlier than its leader, so the oldest watched
   * leader's start time is a safe horizon. Pass 0 to read every process.
   */
  scan(horizon: number): ProcStat[] {
    this.scans += 1;
    if (horizon < this.horizon || this.scans % this.fullEvery === 0) this.older.clear();
    this.horizon = horizon;
    let names: string[];
    try {
      names = readdirSync('/proc');
    } catch {
      return [];
    }
    const found: ProcStat[] = [];
    const alive = new Set<number>();
    for (const name of names) {
      const c = name.charCodeAt(0);
      if (c < 48 || c > 57) continue;
      const pid = Number(name);
      alive.add(pid);
      if (this.older.has(pid)) continue;
      const stat = readProcStat(pid);
      if (!stat) continue;
      if (stat.startTime < horizon) this.older.set(pid, stat.startTime);
      else found.push(stat);
    }
    // A pid that vanished may come back as another process: forget it.
    for (const pid of this.older.keys()) if (!alive.has(pid)) this.older.delete(pid);
    return found;
  }
}
