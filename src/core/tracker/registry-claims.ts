// Sorts what a registry claims into what the targets themselves prove (a leader with its start time and the run's marker, a cgroup in the run's own subtree) and what is reported but left alone.
import { markerEntries } from './leak-scan.js';
import {
  cgroupRootsHere,
  proveRunCgroup,
  proveUnitCgroup,
  type CgroupRoots,
} from './cgroup-proof.js';
import { environHas, isSameProcessAlive, readEnviron } from './proc-table.js';
import { processTable } from './process-table.js';
import { pendingEntries, type RegistryEntry } from './registry.js';
import { startedIn } from './run-id.js';

/** A registry entry cleanup did not act on, and why: the target carries no proof that the run made it. */
export interface IgnoredEntry {
  kind: 'run' | 'unit' | 'cgroup' | 'container';
  /** What the entry names (bounded; printed escaped: it is text from a file units can write). */
  target: string;
  why: string;
}

type UnitEntry = Extract<RegistryEntry, { kind: 'unit' }>;
type ContainerEntry = Extract<RegistryEntry, { kind: 'container' }>;

export interface Claims {
  /** The runs the registry is for (every entry naming another run is ignored). */
  runIds: string[];
  runs: Extract<RegistryEntry, { kind: 'run' }>[];
  /** Units of the run (for tables without /proc, whose sweeps check start times themselves). */
  units: UnitEntry[];
  /** Their recorded descendants (tables without /proc). */
  descendants: Extract<RegistryEntry, { kind: 'descendant' }>[];
  /** With /proc: units whose leader is alive with its recorded start time and carries the run's marker. */
  provenGroups: UnitEntry[];
  /** Real paths of cgroups inside the subtree testwarden made for the run. */
  provenCgroups: string[];
  /** Container entries of the run, still to be proven against the engine. */
  containers: ContainerEntry[];
  ignored: IgnoredEntry[];
}

/**
 * `runId`, when the caller knows it (the watchdog), is the only run acted on; otherwise the runs
 * named by the registry's `run` entries are, those whose id is sealed to `stateDir` (a run of
 * another folder is alive or dead elsewhere: its markers, cgroups and labels are not this
 * folder's to touch).
 */
export function sortClaims(
  entries: readonly RegistryEntry[],
  options: { runId?: string | undefined; stateDir?: string; roots?: CgroupRoots } = {},
): Claims {
  const pending = pendingEntries(entries);
  const ignored: IgnoredEntry[] = [];
  const { stateDir } = options;
  const runs = pending.runs.filter((r) => {
    if (options.runId !== undefined) return r.runId === options.runId;
    if (stateDir === undefined || startedIn(r.runId, stateDir)) return true;
    ignored.push({
      kind: 'run',
      target: bounded(r.runId),
      why: `run ${bounded(r.runId)} was not started in this state dir (${stateDir})`,
    });
    return false;
  });
  const runIds =
    options.runId !== undefined ? [options.runId] : [...new Set(runs.map((r) => r.runId))];
  const known = new Set(runIds);
  const ofRun = <E extends { runId: string }>(
    list: E[],
    kind: IgnoredEntry['kind'],
    target: (e: E) => string,
  ) =>
    list.filter((e) => {
      if (known.has(e.runId)) return true;
      ignored.push({
        kind,
        target: bounded(target(e)),
        why: `it names run ${bounded(e.runId)}, which this state dir does not record`,
      });
      return false;
    });
  const units = ofRun(pending.units, 'unit', (u) => `process group ${u.pid}`);
  const cgroupEntries = ofRun(pending.cgroups, 'cgroup', (c) => c.path);
  const containers = ofRun(pending.containers, 'container', (c) => c.id || c.name);

  const provenGroups: UnitEntry[] = [];
  const table = processTable();
  for (const unit of units) {
    // Tables without /proc have no environment to read: the start time alone, checked for the
    // leader and every descendant when they are swept, is the proof there.
    if (table.kind !== 'proc') continue;
    // A dead or reused leader is simply not the group any more: its members are found by marker.
    if (!isSameProcessAlive(unit.pid, unit.startTime)) continue;
    const environ = readEnviron(unit.pid);
    if (environ !== undefined && environHas(environ, markerEntries(unit.runId, unit.unitId)))
      provenGroups.push(unit);
    else
      ignored.push({
        kind: 'unit',
        target: `process group ${unit.pid}`,
        why:
          environ === undefined
            ? 'its leader environment cannot be read to check the run marker'
            : `its leader does not carry the marker of unit ${bounded(unit.unitId)}`,
      });
  }

  const roots = options.roots ?? cgroupRootsHere();
  const provenCgroups: string[] = [];
  const judge = (path: string, proof: ReturnType<typeof proveRunCgroup>) => {
    if (proof.kind === 'proven') provenCgroups.push(proof.path);
    else if (proof.kind === 'refused')
      ignored.push({ kind: 'cgroup', target: bounded(path), why: proof.why });
  };
  for (const unit of units)
    if (unit.cgroup !== undefined) judge(unit.cgroup, proveUnitCgroup(unit.cgroup, unit, roots));
  for (const entry of cgroupEntries)
    judge(entry.path, proveRunCgroup(entry.path, entry.runId, roots));

  return {
    runIds,
    runs,
    units,
    descendants: pending.descendants.filter((d) => known.has(d.runId)),
    provenGroups,
    provenCgroups: [...new Set(provenCgroups)],
    containers,
    ignored,
  };
}

/** Text from the registry, cut to a length a report can carry. */
export function bounded(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
