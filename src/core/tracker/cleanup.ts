// Cleanup without the runner: kills every process and removes every container a run in a state dir left behind (registry, marker scan, labels); idempotent.
import { findRunContainers, removeContainers } from '../containers/container-tracking.js';
import { listContainers } from '../containers/container-list.js';
import { detectEngine, type ContainerEngine } from '../containers/engine.js';
import type { ContainerLeak, ProcessLeak } from '../types.js';
import {
  describeInfo,
  describePid,
  describeProcess,
  scanRunProcesses,
  type FoundProcess,
} from './leak-scan.js';
import { DescentRecorder } from './descent.js';
import { processTable, sameProcessAlive, type ProcessTable } from './process-table.js';
import { existsSync } from 'node:fs';
import { killCgroupTree, openCgroup, removeCgroupTree } from './cgroup.js';
import { isSameProcessAlive, listProcesses } from './proc-table.js';
import { pendingEntries, Registry } from './registry.js';
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
}

export interface CleanupReport {
  processes: ProcessLeak[];
  containers: ContainerLeak[];
  warnings: string[];
  /** The runner was alive and `force` was not given: nothing was done. */
  runnerAlive?: { pid: number };
}

export async function cleanupStateDir(
  stateDir: string,
  options: CleanupOptions = {},
): Promise<CleanupReport> {
  const registry = new Registry(stateDir);
  const pending = pendingEntries(registry.read());
  const warnings: string[] = [];
  const runIds = [
    ...new Set([...pending.runs, ...pending.units, ...pending.containers].map((e) => e.runId)),
  ];
  if (runIds.length === 0) return { processes: [], containers: [], warnings };

  const alive = pending.runs.find(
    (r) => r.pid !== process.pid && sameProcessAlive(r.pid, r.startTime),
  );
  if (alive && !options.force) {
    return {
      processes: [],
      containers: [],
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
      for (const p of findByDescent(table, pending)) found.set(p.pid, p);
    } else {
      const table = listProcesses();
      for (const unit of pending.units) {
        // A group is ours only while its recorded leader is alive with its recorded start time:
        // a pid (and so a pgid) reused since then belongs to someone else. Members of a group
        // whose leader died are found by their marker below instead.
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

  const noteMembers = (path: string) => {
    for (const pid of openCgroup(path).pids()) {
      const p = exclude.has(pid) ? undefined : describePid(pid);
      if (p) cgroupMembers.set(pid, p);
    }
  };
  // cgroups hold everything, even what escaped the marker and the group: end them first, whole.
  for (const unit of pending.units) {
    if (unit.cgroup && existsSync(unit.cgroup)) {
      noteMembers(unit.cgroup);
      await killCgroupTree(unit.cgroup, { timeoutMs: 2000 }).catch(() => false);
      await removeCgroupTree(unit.cgroup).catch(() => false);
    }
  }
  for (const run of pending.cgroups) {
    if (!existsSync(run.path)) continue;
    noteMembers(run.path);
    await removeCgroupTree(run.path, { kill: true, timeoutMs: 2000 }).catch(() => false);
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

  const containers = await cleanupContainers(options, runIds, pending.containers, warnings);
  if (
    processes.every((p) => p.action === 'killed') &&
    containers.every((c) => c.action === 'removed')
  ) {
    registry.add({ kind: 'cleaned', at: Date.now() });
  }
  return { processes, containers, warnings };
}

/**
 * Without /proc (macOS, Windows): each unit's group while its number is still the unit's, and
 * its descendants, those the run recorded and those now under them, from one sweep.
 */
function findByDescent(
  table: ProcessTable,
  pending: ReturnType<typeof pendingEntries>,
): FoundProcess[] {
  const sweep = table.list();
  const found: FoundProcess[] = [];
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
    found.push(...descent.alive(sweep).map(describeInfo));
    // The leader itself, while it is still the process the run started.
    const leader = sweep.find((p) => p.pid === unit.pid);
    if (leader && !leader.zombie && leader.startTime === unit.startTime)
      found.push(describeInfo(leader));
  }
  return found;
}

async function cleanupContainers(
  options: CleanupOptions,
  runIds: readonly string[],
  recorded: readonly { id: string; name: string }[],
  warnings: string[],
): Promise<ContainerLeak[]> {
  const engine =
    options.engine === undefined ? await detectEngine().catch(() => undefined) : options.engine;
  if (!engine) {
    if (recorded.length > 0)
      warnings.push(
        `${recorded.length} recorded container(s) could not be checked: no container engine answers`,
      );
    return [];
  }
  const wanted = new Map<string, { id: string; name?: string }>();
  for (const runId of runIds) {
    try {
      for (const c of await findRunContainers(engine, runId))
        wanted.set(c.id, { id: c.id, name: c.name });
    } catch (error) {
      warnings.push(`could not list containers of run ${runId}: ${(error as Error).message}`);
    }
  }
  if (recorded.length > 0) {
    // Recorded containers count only while they still exist (most were removed at their unit's end).
    try {
      const present = await listContainers(engine);
      for (const c of recorded) {
        const match = present.find(
          (p) => p.id.startsWith(c.id) || c.id.startsWith(p.id) || p.name === c.name,
        );
        if (match && !wanted.has(match.id))
          wanted.set(match.id, { id: match.id, name: match.name });
      }
    } catch (error) {
      warnings.push(`could not list containers: ${(error as Error).message}`);
    }
  }
  const removed = await removeContainers(engine, [...wanted.values()]);
  for (const c of removed)
    if (c.action === 'remove-failed')
      warnings.push(`container ${c.name || c.id} could not be removed: ${c.error ?? ''}`);
  return removed.map(({ kind, id, name, action }) => ({ kind, id, name, action }));
}
