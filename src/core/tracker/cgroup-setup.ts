// One-time, opt-in preparation of a cgroup v2 subtree a non-root user may manage (e.g. GitHub's hosted runners, with passwordless sudo).
import { execFile } from 'node:child_process';
import { readFileSync, readdirSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { enableControllers } from './cgroup.js';
import {
  DELEGATED_SUBTREE,
  detectCgroupSupport,
  findCgroup2Mounts,
  type CgroupSupport,
} from './cgroup-detect.js';

/**
 * Delegation rules (kernel cgroup-v2.rst, "Delegation"): a user manages a subtree when it owns
 * the directory and its `cgroup.procs`, `cgroup.threads` and `cgroup.subtree_control`; moving a
 * process needs write access to the destination's `cgroup.procs` and to that of the common
 * ancestor of source and destination. A runner process sits in a root-owned service cgroup, so
 * its common ancestor with any subtree is the root cgroup, which must not be handed out (cgroup
 * v2 has no uid check on migration: write access there would let the user move any process).
 * Instead, root moves this process once into a leaf of the subtree (`runner-<pid>`); from then
 * on the common ancestor of the runner and every unit cgroup is the subtree, which the user owns.
 *
 *   <mount>/testwarden            owned by the user, no processes: may enable controllers
 *   <mount>/testwarden/runner-<pid>   this process (and the children it spawns, until they move)
 *   <mount>/testwarden/testwarden-<runId>/u1-…   unit cgroups, made by createRunCgroup
 */
export interface PrepareOptions {
  /** Must be true: the privileged steps run through `sudo -n` (skipped when already root). */
  sudo: true;
  /** The process to move into the subtree; default this one. */
  pid?: number;
  /** Owner of the subtree; default this process's uid and gid. */
  uid?: number;
  gid?: number;
  /** Subtree name under the v2 mount; default `testwarden`. */
  name?: string;
}

export interface PreparedSubtree {
  /** The delegated subtree. */
  path: string;
  /** The leaf the process was moved into. */
  holder: string;
  /** detectCgroupSupport() for this process afterwards. */
  support: CgroupSupport;
}

/** Whether passwordless sudo works (`sudo -n true`); false when sudo is missing. */
export async function canSudo(): Promise<boolean> {
  try {
    await run('sudo', ['-n', 'true']);
    return true;
  } catch {
    return false;
  }
}

/** Only call when asked to (an explicit option): it changes the machine's cgroup tree and moves a process. */
export async function prepareDelegatedSubtree(options: PrepareOptions): Promise<PreparedSubtree> {
  const asRoot = process.getuid?.() === 0;
  if (!asRoot && !(await canSudo())) {
    throw new Error(
      'preparing a cgroup subtree needs root or passwordless sudo (`sudo -n true` failed)',
    );
  }
  const mount = findCgroup2Mounts(readFileSync('/proc/self/mountinfo', 'utf8'))[0];
  if (!mount) throw new Error('no cgroup v2 hierarchy is mounted');
  const uid = options.uid ?? process.getuid?.() ?? 0;
  const gid = options.gid ?? process.getgid?.() ?? 0;
  const pid = options.pid ?? process.pid;
  const path = join(mount.mountPoint, options.name ?? DELEGATED_SUBTREE);
  const holder = join(path, `runner-${pid}`);
  const delegated = (dir: string) => [
    dir,
    ...['cgroup.procs', 'cgroup.threads', 'cgroup.subtree_control'].map((f) => join(dir, f)),
  ];

  const privileged = async (program: string, args: string[], input?: string) =>
    asRoot ? run(program, args, input) : run('sudo', ['-n', program, ...args], input);
  await privileged('mkdir', ['-p', holder]);
  await privileged('chown', [`${uid}:${gid}`, ...delegated(path), ...delegated(holder)]);
  // The subtree holds no process itself, so it may hand memory and pids to everything below.
  enableControllers(path);
  // The one step the user cannot do: leaving the root-owned cgroup it runs in.
  await privileged('tee', [join(holder, 'cgroup.procs')], `${pid}\n`);
  pruneHolders(path, holder);
  return { path, holder, support: detectCgroupSupport() };
}

/** Empty `runner-*` leaves of earlier runs (their process exited) are removed; busy ones stay. */
function pruneHolders(path: string, keep: string): void {
  for (const name of readdirSync(path)) {
    if (!name.startsWith('runner-') || join(path, name) === keep) continue;
    try {
      rmdirSync(join(path, name));
    } catch {
      // EBUSY: its process is still alive.
    }
  }
}

function run(program: string, args: string[], input?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      program,
      args,
      { timeout: 15_000, killSignal: 'SIGKILL' },
      (error, _stdout, stderr) => {
        if (!error) return resolve();
        reject(
          new Error(`${program} ${args.join(' ')}: ${String(stderr).trim() || error.message}`, {
            cause: error,
          }),
        );
      },
    );
    // A command that exits without reading (mkdir, chown) closes the pipe: its status tells, not EPIPE.
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(input ?? '');
  });
}
