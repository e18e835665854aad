// Decides whether a cgroup path read from the registry (untrusted: units can write the state dir) is one testwarden made for the run, before anything in it is killed or removed.
import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { candidateParents, cgroupLocation, DELEGATED_SUBTREE } from './cgroup-detect.js';
import { runCgroupName, unitCgroupName } from './cgroup.js';

export type CgroupProof =
  /** The real path (symlinks resolved) to act on. */
  | { kind: 'proven'; path: string }
  /** Nothing there any more: nothing to do. */
  | { kind: 'gone' }
  | { kind: 'refused'; why: string };

/** Where this machine's run cgroups can be: the v2 mount and the parents detection would pick. */
export interface CgroupRoots {
  mount: string | undefined;
  parents: ReadonlySet<string>;
}

/**
 * The parents a run cgroup may have on this machine, by the same logic that creates them: the
 * top of the v2 mount, a prepared per-user subtree (`testwarden/u<uid>`, any uid: root may clean
 * up after a user's run), and this process's own cgroup (the runner's, for the watchdog and
 * the post step, which share it).
 */
export function cgroupRootsHere(): CgroupRoots {
  const where = cgroupLocation();
  if (!where) return { mount: undefined, parents: new Set() };
  const parents = new Set(candidateParents(where.mount, where.ownDir, true).map((c) => c.dir));
  return { mount: where.mount, parents };
}

/** A run's own cgroup: `<parent>/testwarden-<runId>` under a parent from `roots`. */
export function proveRunCgroup(path: unknown, runId: string, roots: CgroupRoots): CgroupProof {
  const real = resolvePath(path, roots);
  if (real.kind !== 'proven') return real;
  const expected = runCgroupName(runId);
  if (basename(real.path) !== expected)
    return refused(`its name is not ${expected}, the cgroup of run ${runId}`);
  const parent = dirname(real.path);
  if (!roots.parents.has(parent) && !isDelegatedSubtree(parent, roots.mount ?? ''))
    return refused(`it is not under a folder testwarden creates run cgroups in`);
  return real;
}

/** A unit's cgroup: `<run cgroup>/u<attempt>-<hash>-<name>` (or `-<n>` after it). */
export function proveUnitCgroup(
  path: unknown,
  unit: { runId: string; unitId: string; attempt: number },
  roots: CgroupRoots,
): CgroupProof {
  const real = resolvePath(path, roots);
  if (real.kind !== 'proven') return real;
  const run = proveRunCgroup(dirname(real.path), unit.runId, roots);
  if (run.kind !== 'proven')
    return run.kind === 'gone' ? run : refused(`its parent is not the run's cgroup: ${run.why}`);
  const name = unitCgroupName(unit.unitId, unit.attempt);
  const own = basename(real.path);
  if (own !== name && !(own.startsWith(`${name}-`) && /^\d+$/.test(own.slice(name.length + 1))))
    return refused(`its name is not ${name}, the cgroup of that unit attempt`);
  return real;
}

function resolvePath(path: unknown, roots: CgroupRoots): CgroupProof {
  if (typeof path !== 'string' || !isAbsolute(path) || path.includes('\0'))
    return refused('not an absolute path');
  if (path.split('/').includes('..')) return refused('it contains ".."');
  if (roots.mount === undefined) return refused('no cgroup v2 hierarchy is mounted here');
  let real: string;
  try {
    real = realpathSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'gone' };
    return refused(`cannot resolve it (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  if (!real.startsWith(`${roots.mount}/`))
    return refused(`it is not inside the cgroup v2 hierarchy ${roots.mount}`);
  return { kind: 'proven', path: real };
}

function isDelegatedSubtree(dir: string, mount: string): boolean {
  return dirname(dir) === join(mount, DELEGATED_SUBTREE) && /^u\d+$/.test(basename(dir));
}

function refused(why: string): CgroupProof {
  return { kind: 'refused', why };
}
