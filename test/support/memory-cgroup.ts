// Memory cgroups the tests make: with a limit, to run the CLI in (its monitor then measures memory in use against that limit, as in a container, not against the machine's RAM, which other processes share and move); without, as a unit's cgroup whose memory is read.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findOwnMemoryCgroup } from '../../src/core/monitor/cgroup-memory.js';
import { findCgroup2Mounts } from '../../src/core/tracker/cgroup-detect.js';
import { suiteToken } from './suite-scope.js';
import { waitFor } from './wait-for.js';

export interface MemoryCgroup {
  dir: string;
  /** Prefix for a command line: the program runs inside the cgroup, with its children. */
  launcher: string[];
  /** Removes the cgroup once every process in it has ended (an emptied cgroup may be busy for a moment). */
  remove(): Promise<void>;
}

/** Where a new memory cgroup can go: under ours on v1 (no rule against processes in inner nodes), at the top of the v2 mount. */
function parentDir(): { dir: string; limitFile: string } | string {
  if (process.platform !== 'linux') return 'memory cgroups exist on Linux only';
  if (process.getuid?.() !== 0) return 'making a memory cgroup needs root';
  const own = findOwnMemoryCgroup();
  if (own === undefined) return 'this process is in no memory cgroup';
  if (own.version === 1) return { dir: own.dir, limitFile: 'memory.limit_in_bytes' };
  const mount = findCgroup2Mounts(readFileSync('/proc/self/mountinfo', 'utf8'))[0];
  if (!mount) return 'no cgroup v2 mount';
  const controllers = readFileSync(join(mount.mountPoint, 'cgroup.subtree_control'), 'utf8');
  if (!controllers.split(/\s+/).includes('memory'))
    return `the memory controller is not enabled at ${mount.mountPoint}`;
  return { dir: mount.mountPoint, limitFile: 'memory.max' };
}

/** A fresh memory cgroup, limited to `limitBytes` when given, or why none can be made here. */
export function memoryCgroup(limitBytes?: number): MemoryCgroup | string {
  const parent = parentDir();
  if (typeof parent === 'string') return parent;
  const dir = join(parent.dir, `tw-mem-${suiteToken()}-${randomBytes(4).toString('hex')}`);
  mkdirSync(dir);
  try {
    if (limitBytes !== undefined) writeFileSync(join(dir, parent.limitFile), String(limitBytes));
  } catch (error) {
    rmdirSync(dir);
    throw error;
  }
  return {
    dir,
    launcher: ['sh', '-c', 'echo $$ > "$0/cgroup.procs" && exec "$@"', dir],
    async remove() {
      // The run's detached watchdog may outlive it by a moment.
      await waitFor(
        `the processes in ${dir} to end and the cgroup to go`,
        () => {
          try {
            rmdirSync(dir);
            return true;
          } catch (error) {
            if ((error as NodeJS.ErrnoException).code === 'EBUSY') return false;
            throw error;
          }
        },
        15_000,
      );
    },
  };
}
