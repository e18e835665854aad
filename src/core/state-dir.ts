// The state dir: where logs, JUnit files of units, the checkpoint and the registry live; checked writable before anything runs.
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from './errors.js';

export interface StateDir {
  root: string;
  logs: string;
  junit: string;
  /** True when the run keeps what earlier runs left (a resume): their logs stay beside the new ones. */
  kept?: boolean;
}

/** Creates the layout and proves it is writable; a UsageError names --state-dir otherwise. */
export function prepareStateDir(root: string, options: { fresh: boolean }): StateDir {
  const dir: StateDir = {
    root,
    logs: join(root, 'logs'),
    junit: join(root, 'junit'),
    kept: !options.fresh,
  };
  try {
    mkdirSync(root, { recursive: true });
    if (options.fresh) {
      rmSync(dir.logs, { recursive: true, force: true });
      rmSync(dir.junit, { recursive: true, force: true });
    }
    mkdirSync(dir.logs, { recursive: true });
    mkdirSync(dir.junit, { recursive: true });
    const probe = join(root, `.write-probe-${process.pid}`);
    writeFileSync(probe, 'x'.repeat(4096));
    unlinkSync(probe);
  } catch (error) {
    throw unwritableStateDir(root, error);
  }
  return dir;
}

/** The usage error for a state dir that cannot be created or written. */
export function unwritableStateDir(root: string, error: unknown): UsageError {
  const e = error as NodeJS.ErrnoException;
  return new UsageError(
    `--state-dir: expected a folder testwarden can write to, got ${JSON.stringify(root)} (${e.code ?? ''} ${e.message})`,
    { cause: error },
  );
}

/** The start of every file name of a unit: readable tail plus a short hash, so distinct ids never collide. */
export function unitFileStem(unitId: string): string {
  const hash = createHash('sha1').update(unitId).digest('hex').slice(0, 8);
  return `${unitId.replace(/[^A-Za-z0-9._-]+/g, '_').slice(-60)}-${hash}`;
}

/**
 * A file name for one attempt of a unit: `<stem>[.run<R>][.attempt<N>].<extension>`. `run` counts
 * the runs of the state dir that ran the unit (a resumed run is run 2), so neither a retry nor a
 * resume overwrites an earlier attempt's files.
 */
export function unitFileName(unitId: string, attempt: number, extension: string, run = 1): string {
  const suffix = `${run > 1 ? `.run${run}` : ''}${attempt > 1 ? `.attempt${attempt}` : ''}`;
  return `${unitFileStem(unitId)}${suffix}.${extension}`;
}
