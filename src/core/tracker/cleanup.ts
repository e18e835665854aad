// Cleanup without the runner: kills every process and removes every container a run in a state dir left behind (registry, marker scan, labels); idempotent.
import type { ContainerEngine } from '../containers/engine.js';
import type { ContainerLeak, ProcessLeak } from '../types.js';
import {
  describeInfo,
  describePid,
  describeProcess,
  scanRunProcesses,
  type FoundProcess,
} from './leak-scan.js';
import { DescentRecorder } from './descent.js';
import {
  processTable,
  sameProcessAlive,
  withCommands,
  type ProcessInfo,
  type ProcessTable,
} from './process-table.js';
import { existsSync } from 'node:fs';
import { openCgroup, removeCgroupTree } from './cgroup.js';
import { cleanupContainers } from './cleanup-containers.js';
import { isSameProcessAlive, listProcesses } from './proc-table.js';
import { sortClaims, type Claims, type IgnoredEntry } from './registry-claims.js';
import { Registry } from './registry.js';
import { terminate } from './terminate.js';

export interface CleanupOptions {
  /** SIGTERM to SIGKILL (default 2 s: cleanup runs when time is short). */
  graceMs?: number;
  /** Clean up even while the runner that wrote the registry is alive. */
  force?: boolean;
  /** The engine to use; by default one is detected (none answering: containers are skipped). */
  engine?: ContainerEngine | null;
  /** Processes never to touch (the caller, its parents). */
  exclude?: readonly number[];
  /** The run the caller cleans up for, when it knows it from elsewhere than the registry (watchdog, post step). */
  runId?: string | undefined;
}

export interface CleanupReport {
  processes: ProcessLeak[];
  containers: ContainerLeak[];
  /** Registry entries whose target carries no proof that the run made it: reported, never touched. */
  ignored: IgnoredEntry[];
  warnings: string[];
  /** The runner (or another cleanup) was alive and `force` was not given: nothing was done. */
  runnerAlive?: { pid: number | undefined };
}

export type { IgnoredEntry };

/**
 * The registry is a list of claims (units can write the state dir): a group is signalled only
 * while its leader is alive with its recorded start time and the run's marker, a cgroup is
 * killed and removed only inside the run's own subtree, a container is removed only by full id
 * with the run's label. Everything else is reported in `ignored` and left alone.
 */
export async function cleanupStateDir(
  stateDir: string,
  options: CleanupOptions = {},
): Promise<CleanupReport> {
  const registry = new Registry(stateDir);
  const read = registry.readChecked();
  const warnings: string[] = [];
  // Unreadable is not "nothing to clean up": say so, naming the file.
  if (read.problem) throw new Error(`cannot read the registry ${read.problem}`);
  if (read.skipped > 0)
    warnings.push(`${read.skipped} malformed line(s) in ${registry.path} were skipped`);
  const claims = sortClaims(read.entries, { runId: options.runId, stateDir });
  const { runIds, ignored } = claims;
  if (runIds.length === 0) return { processes: [], containers: [], ignored, warnings };

  const alive = claims.runs.find(
    (r) => r.pid !== process.pid && sameProcessAlive(r.pid, r.startTime),
  );
  if (alive && !options.force) {
    return {
      processes: [],
      containers: [],
      ignored: [],
      warnings: [
        `the run ${alive.runId} is still in progress (pid ${alive.pid}); nothing was cleaned up`,
      ],
      runnerAlive: { pid: alive.pid },
    };
  }

  const exclude = new Set([process.pid, ...(options.exclude ?? [])]);
  const cgroupMembers = new Map<number, FoundProcess>();
  const table = processTable();
  const find = (): FoundProcess[] => {
    const found = new Map<number, FoundProcess>();
    if (table.kind !== 'proc') {
      for (const p of findByDescent(table, claims)) found.set(p.pid, p);
    } else {
      const table = listProcesses();
      for (const unit of claims.provenGroups) {
        // Proven when sorted; checked again each round: once the leader is gone (or its pid
        // reused) the number may lead someone else's group, and members are found by marker.
        if (!isSameProcessAlive(unit.pid, unit.startTime)) continue;
        for (const p of table) {
          if (
            p.pgrp === unit.pid &&
            p.startTime >= unit.startTime &&
            p.state !== 'Z' &&
            p.state !== 'X'
          ) {
            found.set(p.pid, describeProcess(p));
          }
        }
      }
      for (const runId of runIds) for (const p of scanRunProcesses(runId)) found.set(p.pid, p);
    }
    for (const pid of exclude) found.delete(pid);
    return [...found.values()];
  };

  // cgroups hold everything, even what escaped the marker and the group: end them first, whole.
  for (const path of claims.provenCgroups) {
    if (!existsSync(path)) continue;
    for (const pid of openCgroup(path).pids()) {
      const p = exclude.has(pid) ? undefined : describePid(pid);
      if (p) cgroupMembers.set(pid, p);
    }
    await removeCgroupTree(path, { kill: true, timeoutMs: 2000 }).catch(() => false);
  }
  const seen = new Map<number, FoundProcess>(cgroupMembers);
  let alivePs = find();
  for (let round = 0; round < 5 && alivePs.length > 0; round++) {
    for (const p of alivePs) if (!seen.has(p.pid)) seen.set(p.pid, p);
    await terminate({ processes: alivePs }, { graceMs: options.graceMs ?? 2000 });
    alivePs = find();
  }
  const stillAlive = new Set(alivePs.map((p) => p.pid));
  const processes: ProcessLeak[] = [...seen.values()].map((p) => ({
    kind: 'process',
    pid: p.pid,
    command: p.command,
    action: stillAlive.has(p.pid) ? 'kill-failed' : 'killed',
  }));
  for (const p of processes)
    if (p.action === 'kill-failed')
      warnings.push(`process ${p.pid} survived SIGKILL: ${p.command}`);

  const containers = await cleanupContainers(options, runIds, claims.containers, ignored, warnings);
  if (
    processes.every((p) => p.action === 'killed') &&
    containers.every((c) => c.action === 'removed')
  ) {
    registry.add({ kind: 'cleaned', at: Date.now() });
  }
  return { processes, containers, ignored, warnings };
}

/**
 * Without /proc (macOS, Windows): each unit's group while its number is still the unit's, and
 * its descendants, those the run recorded and those now under them, from one sweep.
 */
function findByDescent(
  table: ProcessTable,
  pending: Pick<Claims, 'units' | 'descendants'>,
): FoundProcess[] {
  const sweep = table.list();
  const found: ProcessInfo[] = [];
  for (const unit of pending.units) {
    const descent = new DescentRecorder(
      { pid: unit.pid, startTime: unit.startTime },
      { groups: table.groups },
    );
    descent.remember(
      pending.descendants.filter(
        (d) => d.unitPid === unit.pid && d.unitStartTime === unit.startTime,
      ),
    );
    descent.record(sweep);
    found.push(...descent.alive(sweep));
    // The leader itself, while it is still the process the run started.
    const leader = sweep.find((p) => p.pid === unit.pid);
    if (leader && !leader.zombie && leader.startTime === unit.startTime) found.push(leader);
  }
  return withCommands(found, table).map(describeInfo);
}
