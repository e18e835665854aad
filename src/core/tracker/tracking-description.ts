// Says which tracking is in force (reports, the job summary, the console) and what this platform's table cannot do, once per run.
import { processTable, type ProcessTable } from './process-table.js';
import { SWEEP_INTERVAL_MS } from './process-sweeper.js';
import type { TrackingRecord } from '../types.js';

export function trackingRecord(
  mode: 'cgroup' | 'process',
  table: ProcessTable = processTable(),
): TrackingRecord {
  const every = `${SWEEP_INTERVAL_MS[table.kind] / 1000} s`;
  const description =
    mode === 'cgroup'
      ? 'a cgroup per unit, with process groups and the /proc marker scan'
      : table.kind === 'proc'
        ? 'process groups and the /proc marker scan'
        : table.kind === 'ps'
          ? `process groups and descent recorded from ps every ${every} (no cgroups or marker scan here)`
          : `descent recorded from a CIM query every ${every}, trees ended with taskkill /F /T (no process groups, marker scan or grace period on Windows)`;
  return { mode, processTable: table.kind, description };
}

/** What the run should say once, before any unit, about this platform's limits. */
export function platformNotices(
  table: ProcessTable = processTable(),
): { level: 'info' | 'warning'; message: string }[] {
  const notices: { level: 'info' | 'warning'; message: string }[] = [];
  if (table.kind === 'proc') return notices;
  table.list([process.pid]);
  if (table.problem)
    notices.push({
      level: 'warning',
      message: `the process table cannot be read (${table.problem}): only each unit's own process group can be ended, and leaks outside it are not found`,
    });
  const every = `${SWEEP_INTERVAL_MS[table.kind] / 1000} s`;
  if (table.kind === 'ps')
    notices.push({
      level: 'info',
      message: `no cgroups or marker scan on this platform: a unit's processes are its process group and what ps shows descending from it (swept every ${every}); a daemon re-parented before a sweep saw it is not found (docs/tracking.md)`,
    });
  if (table.kind === 'windows')
    notices.push({
      level: 'info',
      message: `Windows: a unit's processes are what a CIM query shows descending from it (every ${every}); they are ended with taskkill /F /T at once, so --grace-period has no effect; no process groups or marker scan (docs/tracking.md)`,
    });
  return notices;
}
