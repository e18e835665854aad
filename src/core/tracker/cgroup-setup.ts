// One-time, opt-in preparation of a cgroup v2 subtree a non-root user may manage (e.g. GitHub's hosted runners, with passwordless sudo).
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { scrubbedEnv } from '../plan/unit-env.js';
import { WANTED_CONTROLLERS, enableControllers } from './cgroup.js';
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
 *   <mount>/testwarden                 root's, no processes: hands its controllers down
 *   <mount>/testwarden/u<uid>          owned by the user, no processes: may enable controllers
 *   <mount>/testwarden/u<uid>/runner-<pid>   this process (and the children it spawns, until they move)
 *   <mount>/testwarden/u<uid>/testwarden-<runId>/u1-…   unit cgroups, made by createRunCgroup
 *
 * One subtree per user: a user who owned a subtree shared with another could move the other's
 * processes within it, and taking it over would break the other's running units.
 */
export interface PrepareOptions {
  /** Must be true: the privileged steps run through `sudo -n` (skipped when already root). */
  sudo: true;
  /** The process to move into the subtree; default this one. */
  pid?: number;
  /** Owner of the subtree; default this process's uid and gid. */
  uid?: number;
  gid?: number;
  /** Parent folder under the v2 mount; default `testwarden`. The user's subtree is `u<uid>` in it. */
  name?: string;
}

export interface PreparedSubtree {
  /** The user's delegated subtree. */
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
  const parent = join(mount.mountPoint, options.name ?? DELEGATED_SUBTREE);
  const path = join(parent, userSubtreeName(uid));
  const holder = join(path, `runner-${pid}`);
  const delegated = (dir: string) => [
    dir,
    ...['cgroup.procs', 'cgroup.threads', 'cgroup.subtree_control'].map((f) => join(dir, f)),
  ];

  const privileged = async (program: string, args: string[], input?: string) =>
    asRoot ? run(program, args, input) : run('sudo', ['-n', program, ...args], input);
  await privileged('mkdir', ['-p', holder]);
  await privileged('chown', [`${uid}:${gid}`, ...delegated(path), ...delegated(holder)]);
  // Neither holds a process itself, so both may hand memory and pids to everything below.
  const controllers = wantedControllers(parent);
  if (controllers !== '') {
    await privileged('tee', [join(parent, 'cgroup.subtree_control')], controllers).catch(
      () => undefined, // Membership and cgroup.kill need no controller.
    );
  }
  enableControllers(path);
  // The one step the user cannot do: leaving the root-owned cgroup it runs in.
  await privileged('tee', [join(holder, 'cgroup.procs')], `${pid}\n`);
  pruneHolders(path, holder);
  return { path, holder, support: detectCgroupSupport() };
}

/**
 * Leaves of earlier runs whose process is gone are removed. A leaf of a live process stays even
 * while empty: another run may be between its `mkdir` and moving its process in.
 */
function pruneHolders(path: string, keep: string): void {
  for (const name of readdirSync(path)) {
    const pid = /^runner-(\d+)$/.exec(name)?.[1];
    if (pid === undefined || join(path, name) === keep || existsSync(`/proc/${pid}`)) continue;
    try {
      rmdirSync(join(path, name));
    } catch {
      // EBUSY: a process of its run is still in it.
    }
  }
}

/** The user's subtree under the parent folder. */
export function userSubtreeName(uid: number): string {
  return `u${uid}`;
}

/** `+memory +pids` as far as the parent offers them ('' when it offers neither). */
function wantedControllers(parent: string): string {
  try {
    const offered = readFileSync(join(parent, 'cgroup.controllers'), 'utf8').trim().split(/\s+/);
    return WANTED_CONTROLLERS.filter((c) => offered.includes(c))
      .map((c) => `+${c}`)
      .join(' ');
  } catch {
    return '';
  }
}

function run(program: string, args: string[], input?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      program,
      args,
      { timeout: 15_000, killSignal: 'SIGKILL', env: scrubbedEnv(process.env) },
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
