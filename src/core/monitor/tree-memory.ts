// Memory of a unit's process tree: its processes found by process group and by parent links in one pass over /proc, and their resident memory summed.
import { endianness } from 'node:os';
import { readFileSync } from 'node:fs';
import type { ProcStat } from '../tracker/proc-table.js';
import { ProcessScanner, readProcStat } from './process-scanner.js';

/** How to recognise a unit's processes: its group (the leader's pid) and the leader, whose descendants count even after they change group. */
export interface UnitProcessQuery {
  pgid: number;
  leaderPid: number;
}

/** The kernel's page size, from the auxiliary vector (AT_PAGESZ); arm64 machines may use 16 or 64 KiB. */
function readPageSize(): number {
  try {
    const auxv = readFileSync('/proc/self/auxv');
    const wide = process.arch.endsWith('64');
    const step = wide ? 16 : 8;
    const little = endianness() === 'LE';
    for (let at = 0; at + step <= auxv.length; at += step) {
      const read = (offset: number) =>
        wide
          ? Number(little ? auxv.readBigUInt64LE(offset) : auxv.readBigUInt64BE(offset))
          : little
            ? auxv.readUInt32LE(offset)
            : auxv.readUInt32BE(offset);
      const type = read(at);
      if (type === 0) break;
      if (type === 6) return read(at + step / 2);
    }
  } catch {
    // Not Linux, or /proc is hidden.
  }
  return 4096;
}

export const pageSize = readPageSize();

/** Every process's stat in one pass over /proc (about 10 µs per process, mostly opening the file). */
export function readProcessTable(): ProcStat[] {
  return new ProcessScanner().scan(0);
}

/** Parent pid → children, built once per table and shared by every unit looked up in it. */
export function childrenIndex(table: readonly ProcStat[]): Map<number, ProcStat[]> {
  const index = new Map<number, ProcStat[]>();
  for (const stat of table) {
    const siblings = index.get(stat.ppid);
    if (siblings) siblings.push(stat);
    else index.set(stat.ppid, [stat]);
  }
  return index;
}

/**
 * The unit's processes: members of its process group, the leader, and every descendant of
 * either (a ppid walk catches `setsid` and `set -m` children while their parent lives; those
 * re-parented to init are only caught by a cgroup or the marker scan).
 */
export function unitProcesses(
  table: readonly ProcStat[],
  query: UnitProcessQuery,
  children: Map<number, ProcStat[]> = childrenIndex(table),
): ProcStat[] {
  const found = new Map<number, ProcStat>();
  const queue: ProcStat[] = table.filter((s) => s.pgrp === query.pgid || s.pid === query.leaderPid);
  while (queue.length > 0) {
    const stat = queue.pop() as ProcStat;
    if (found.has(stat.pid)) continue;
    found.set(stat.pid, stat);
    for (const child of children.get(stat.pid) ?? []) queue.push(child);
  }
  return [...found.values()];
}

/** Resident memory of these processes, summed (shared pages count once per process, as `ps` shows them). */
export function sumRssBytes(stats: readonly ProcStat[]): number {
  let pages = 0;
  for (const stat of stats) if (Number.isFinite(stat.rssPages)) pages += stat.rssPages;
  return pages * pageSize;
}

/** Resident memory of a given set of pids (those gone count as zero). */
export function rssOfPids(pids: readonly number[]): number {
  const stats: ProcStat[] = [];
  for (const pid of pids) {
    const stat = readProcStat(pid);
    if (stat) stats.push(stat);
  }
  return sumRssBytes(stats);
}

/** A unit's tree memory now: its pids and their summed RSS; pass a table to share one /proc pass between units. */
export function treeMemory(
  query: UnitProcessQuery,
  table: readonly ProcStat[] = readProcessTable(),
  children?: Map<number, ProcStat[]>,
): { pids: number[]; rssBytes: number } {
  const processes = unitProcesses(table, query, children);
  return { pids: processes.map((p) => p.pid), rssBytes: sumRssBytes(processes) };
}
