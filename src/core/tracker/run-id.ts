// A run's id, sealed to the state dir the run was started in: a registry elsewhere (written by a unit, by hand, or copied) that names the run proves nothing about it.
import { createHash, randomBytes } from 'node:crypto';
import { realpathSync } from 'node:fs';

/** Hex digits of the seal: enough that no other folder's seal matches by chance. */
const SEAL_LENGTH = 12;

/** A fresh id for a run in `stateDir` (which must exist): `tw-<time>-<random>-<seal>`. */
export function newRunId(stateDir: string): string {
  return sealRunId(stateDir, `tw-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`);
}

/** `base` followed by the seal of `stateDir` (resolved to its real path, which must exist). */
export function sealRunId(stateDir: string, base: string): string {
  return `${base}-${seal(realpathSync(stateDir), base)}`;
}

/**
 * Whether `runId` was made for `stateDir`. The seal is no secret; what it rules out is another
 * folder's run: every process marker, cgroup name and container label of a run carries its id,
 * and the id carries the real path of the one state dir whose cleanup may act on them.
 */
export function startedIn(runId: string, stateDir: string): boolean {
  const cut = runId.lastIndexOf('-');
  if (cut <= 0) return false;
  let real: string;
  try {
    real = realpathSync(stateDir);
  } catch {
    return false;
  }
  return runId.slice(cut + 1) === seal(real, runId.slice(0, cut));
}

function seal(realStateDir: string, base: string): string {
  return createHash('sha256')
    .update(`testwarden run\0${realStateDir}\0${base}`)
    .digest('hex')
    .slice(0, SEAL_LENGTH);
}
