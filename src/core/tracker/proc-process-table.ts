// The Linux table: /proc/<pid>/stat read directly (1–3 ms for a few hundred processes); command lines are read only for the processes a caller names.
import { pageSize } from '../monitor/tree-memory.js';
import { listProcesses, readCommandLine, readStat, type ProcStat } from './proc-table.js';
import type { ProcessInfo, ProcessTable } from './process-info.js';

export function procInfo(stat: ProcStat, withCommand = false): ProcessInfo {
  return {
    pid: stat.pid,
    ppid: stat.ppid,
    pgrp: stat.pgrp,
    startTime: stat.startTime,
    zombie: stat.state === 'Z' || stat.state === 'X',
    rssBytes: Number.isFinite(stat.rssPages) ? stat.rssPages * pageSize : 0,
    command: withCommand ? readCommandLine(stat.pid, `[${stat.comm}]`) : undefined,
  };
}

export function createProcTable(): ProcessTable {
  let sweeps = 0;
  const list = (pids?: readonly number[]): ProcessInfo[] => {
    sweeps += 1;
    if (pids) {
      const out: ProcessInfo[] = [];
      for (const pid of pids) {
        const stat = readStat(pid);
        if (stat) out.push(procInfo(stat, true));
      }
      return out;
    }
    return listProcesses().map((stat) => procInfo(stat));
  };
  return {
    kind: 'proc',
    groups: true,
    environ: true,
    list,
    listAsync: (pids) => Promise.resolve(list(pids)),
    get sweeps() {
      return sweeps;
    },
    problem: undefined,
  };
}
