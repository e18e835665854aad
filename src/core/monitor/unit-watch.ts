// The units a monitor watches: each one's tree memory (its cgroup's when readable, else summed RSS), its peak, and whether it went over its limit.
import { readCgroupMemory } from './cgroup-memory.js';
import type { ProcStat } from '../tracker/proc-table.js';
import { processTable, type ProcessInfo } from '../tracker/process-table.js';
import { sweeperFor } from '../tracker/process-sweeper.js';
import { ProcessScanner, readProcStat } from './process-scanner.js';
import { childrenIndex, pageSize, treeMemory } from './tree-memory.js';

/** A table entry in /proc's shape, so one tree walk serves every platform (groups absent: -1). */
function asProcStat(p: ProcessInfo): ProcStat {
  return {
    pid: p.pid,
    comm: '',
    state: p.zombie ? 'Z' : 'S',
    ppid: p.ppid,
    pgrp: p.pgrp ?? -1,
    session: 0,
    startTime: p.startTime,
    rssPages: p.rssBytes / pageSize,
  };
}

export interface WatchUnitOptions {
  /** The unit's process group (its leader's pid when spawned `detached`). */
  pgid: number;
  leaderPid: number;
  /** The unit's own cgroup; its memory files are used when present, else the tree's RSS is summed. */
  cgroupDir?: string | undefined;
  /** `--max-memory-per-test`: going over it calls onExceeded once. */
  maxMemoryBytes?: number | undefined;
  onExceeded?: ((peakBytes: number) => void) | undefined;
}

export interface Exceeded {
  options: WatchUnitOptions;
  peakBytes: number;
}

interface WatchedUnit {
  options: WatchUnitOptions;
  /** The leader's start time (clock ticks since boot); 0 when it was already gone. */
  startTicks: number;
  peakBytes: number;
  exceeded: boolean;
}

export class UnitWatch {
  private readonly units = new Map<string, WatchedUnit>();
  private readonly scanner = new ProcessScanner();

  get size(): number {
    return this.units.size;
  }

  /** Whether any unit has a memory limit (the monitor then samples units more often). */
  get anyLimited(): boolean {
    for (const unit of this.units.values()) {
      if (unit.options.maxMemoryBytes !== undefined) return true;
    }
    return false;
  }

  add(unitId: string, options: WatchUnitOptions): void {
    const startTicks =
      processTable().kind === 'proc' ? (readProcStat(options.leaderPid)?.startTime ?? 0) : 0;
    this.units.set(unitId, { options, startTicks, peakBytes: 0, exceeded: false });
  }

  /** Forgets a unit and returns its peak (undefined if it was not watched). */
  remove(unitId: string): number | undefined {
    const unit = this.units.get(unitId);
    this.units.delete(unitId);
    return unit?.peakBytes;
  }

  peakFor(unitId: string): number | undefined {
    return this.units.get(unitId)?.peakBytes;
  }

  /** Samples every unit (one /proc pass shared by all of them); returns those that just went over their limit. */
  sample(): Exceeded[] {
    const exceeded: Exceeded[] = [];
    let table: ProcStat[] | undefined;
    let children: ReturnType<typeof childrenIndex> | undefined;
    for (const unit of this.units.values()) {
      const { options } = unit;
      let bytes =
        options.cgroupDir === undefined
          ? undefined
          : readCgroupMemory(options.cgroupDir)?.workingSetBytes;
      if (bytes === undefined) {
        table ??= this.readTable();
        children ??= childrenIndex(table);
        bytes = treeMemory(options, table, children).rssBytes;
      }
      unit.peakBytes = Math.max(unit.peakBytes, bytes);
      const limit = options.maxMemoryBytes;
      if (limit !== undefined && !unit.exceeded && unit.peakBytes > limit) {
        unit.exceeded = true;
        exceeded.push({ options, peakBytes: unit.peakBytes });
      }
    }
    return exceeded;
  }

  /**
   * /proc: one pass now. Elsewhere the last sweep of the shared sweeper (it runs while units
   * do; `ps` or a CIM query is too slow to make here on every sample), so a peak may show one
   * sweep late.
   */
  private readTable(): ProcStat[] {
    const table = processTable();
    if (table.kind === 'proc') return this.scanner.scan(this.horizon());
    const sweeper = sweeperFor(table);
    void sweeper.sweep();
    return (sweeper.latest ?? []).filter((p) => !p.zombie).map(asProcStat);
  }

  /** No unit's process started before its leader: older processes need not be read. */
  private horizon(): number {
    let oldest = Infinity;
    for (const unit of this.units.values()) oldest = Math.min(oldest, unit.startTicks);
    return oldest === Infinity ? 0 : oldest;
  }
}
