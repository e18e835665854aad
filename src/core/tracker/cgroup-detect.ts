// Finds where testwarden may create cgroups: the cgroup v2 mount (pure or hybrid), this process's own cgroup, and a parent it can write to.
import { accessSync, constants, existsSync, mkdirSync, readFileSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';

/** The folder under the v2 mount where prepareDelegatedSubtree makes each non-root user's subtree (`u<uid>`). */
export const DELEGATED_SUBTREE = 'testwarden';

export interface CgroupSupport {
  available: boolean;
  /** The directory run cgroups are created in (absolute path under the v2 mount). */
  root?: string;
  /** Where cgroup v2 is mounted (`/sys/fs/cgroup`, or `/sys/fs/cgroup/unified` in hybrid mode). */
  mount?: string;
  /** Whether cgroups there have `cgroup.kill` (kernel 5.14+); without it kill() SIGKILLs member by member. */
  hasKill?: boolean;
  /** Why cgroups are (not) usable, for `--tracking cgroup` errors and `--tracking auto` logs. */
  reason: string;
}

export interface CgroupMount {
  mountPoint: string;
  /** The cgroup the mount shows as its top (`/` unless a subtree was bind-mounted). */
  root: string;
}

/** cgroup2 mounts from /proc/self/mountinfo, `/sys/fs/cgroup` first, then the hybrid `unified`. */
export function findCgroup2Mounts(mountinfo: string): CgroupMount[] {
  const mounts: CgroupMount[] = [];
  for (const line of mountinfo.split('\n')) {
    const [left, right] = line.split(' - ');
    if (!left || !right || right.split(' ')[0] !== 'cgroup2') continue;
    const fields = left.split(' ');
    const root = unescape(fields[3] ?? '/');
    const mountPoint = unescape(fields[4] ?? '');
    if (mountPoint !== '') mounts.push({ mountPoint, root });
  }
  const rank = (m: CgroupMount) =>
    m.mountPoint === '/sys/fs/cgroup' ? 0 : m.mountPoint === '/sys/fs/cgroup/unified' ? 1 : 2;
  return mounts.sort((a, b) => rank(a) - rank(b));
}

function unescape(field: string): string {
  return field.replace(/\\([0-7]{3})/g, (_, octal: string) =>
    String.fromCharCode(parseInt(octal, 8)),
  );
}

/** The `0::` (v2) path of a /proc/<pid>/cgroup file, or undefined on a v1-only machine. */
export function parseOwnCgroup(procCgroup: string): string | undefined {
  const line = procCgroup.split('\n').find((l) => l.startsWith('0::'));
  return line?.slice(3).replace(/ \(deleted\)$/, '');
}

/** The absolute directory of a v2 cgroup path as seen through a mount. */
export function cgroupDir(mount: CgroupMount, cgroupPath: string): string | undefined {
  const base = mount.root === '/' ? '' : mount.root;
  if (base !== '' && cgroupPath !== base && !cgroupPath.startsWith(`${base}/`)) return undefined;
  return join(mount.mountPoint, cgroupPath.slice(base.length)).replace(/(.)\/+$/, '$1');
}

export interface DetectOptions {
  /** For tests: file contents instead of /proc/self/mountinfo and /proc/self/cgroup. */
  mountinfo?: string;
  procCgroup?: string;
  isRoot?: boolean;
}

/**
 * Where this process may create cgroups and move its children into them. Moving a process
 * needs write access to `cgroup.procs` of the destination and of the common ancestor of the
 * source and destination cgroups, so a parent is usable when this process's own cgroup is
 * inside it and writable (a delegated subtree), or when running as root. Candidates, in order:
 * the prepared `testwarden` subtree, our own cgroup, the top of the v2 mount (root only).
 * Each is tried by really creating and removing a probe cgroup.
 */
export function detectCgroupSupport(options: DetectOptions = {}): CgroupSupport {
  if (process.platform !== 'linux')
    return { available: false, reason: 'cgroups exist on Linux only' };
  let mountinfo: string;
  let procCgroup: string;
  try {
    mountinfo = options.mountinfo ?? readFileSync('/proc/self/mountinfo', 'utf8');
    procCgroup = options.procCgroup ?? readFileSync('/proc/self/cgroup', 'utf8');
  } catch (error) {
    return { available: false, reason: `cannot read /proc: ${(error as Error).message}` };
  }
  const mount = findCgroup2Mounts(mountinfo)[0];
  if (!mount)
    return { available: false, reason: 'no cgroup v2 hierarchy is mounted (cgroup v1 only)' };
  const own = parseOwnCgroup(procCgroup);
  if (own === undefined)
    return {
      available: false,
      mount: mount.mountPoint,
      reason: 'this process has no cgroup v2 path',
    };
  const ownDir = cgroupDir(mount, own);
  const isRoot = options.isRoot ?? process.getuid?.() === 0;
  const candidates = candidateParents(mount.mountPoint, ownDir, isRoot);

  const refusals: string[] = [];
  for (const { dir, why } of candidates) {
    const probe = probeParent(dir);
    if (probe.ok) {
      return {
        available: true,
        root: dir,
        mount: mount.mountPoint,
        hasKill: probe.hasKill,
        reason: `cgroups under ${why}`,
      };
    }
    refusals.push(`${dir}: ${probe.error}`);
  }
  const hint = isRoot
    ? ''
    : '; as a non-root user, prepare a delegated subtree first (see docs/tracking.md)';
  return {
    available: false,
    mount: mount.mountPoint,
    reason: `cannot create cgroups (${refusals.join('; ') || 'no writable parent'})${hint}`,
  };
}

/**
 * The parents a run cgroup may be created in, in the order they are tried: this user's
 * prepared subtree (when this process was moved into it), this process's own cgroup, the top
 * of the mount (root only). Cleanup accepts a recorded cgroup only under one of these.
 */
export function candidateParents(
  mountPoint: string,
  ownDir: string | undefined,
  isRoot: boolean,
): { dir: string; why: string }[] {
  const candidates: { dir: string; why: string }[] = [];
  const delegated = join(mountPoint, DELEGATED_SUBTREE, `u${process.getuid?.() ?? 0}`);
  if (ownDir?.startsWith(`${delegated}/`)) {
    candidates.push({ dir: delegated, why: `the prepared subtree ${delegated}` });
  }
  if (ownDir) candidates.push({ dir: ownDir, why: `this process's own cgroup ${ownDir}` });
  if (isRoot)
    candidates.push({
      dir: mountPoint,
      why: `the top of the cgroup v2 mount (running as root)`,
    });
  return candidates;
}

/** Where cgroup v2 is mounted and this process's own cgroup there; undefined without cgroup v2. */
export function cgroupLocation(
  options: Pick<DetectOptions, 'mountinfo' | 'procCgroup'> = {},
): { mount: string; ownDir: string | undefined } | undefined {
  if (process.platform !== 'linux') return undefined;
  try {
    const mountinfo = options.mountinfo ?? readFileSync('/proc/self/mountinfo', 'utf8');
    const procCgroup = options.procCgroup ?? readFileSync('/proc/self/cgroup', 'utf8');
    const mount = findCgroup2Mounts(mountinfo)[0];
    if (!mount) return undefined;
    const own = parseOwnCgroup(procCgroup);
    return {
      mount: mount.mountPoint,
      ownDir: own === undefined ? undefined : cgroupDir(mount, own),
    };
  } catch {
    return undefined;
  }
}

function probeParent(dir: string): { ok: true; hasKill: boolean } | { ok: false; error: string } {
  try {
    accessSync(dir, constants.W_OK);
    accessSync(join(dir, 'cgroup.procs'), constants.W_OK);
  } catch (error) {
    return { ok: false, error: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
  const probe = join(dir, `testwarden-probe-${process.pid}-${Date.now()}`);
  try {
    mkdirSync(probe);
  } catch (error) {
    return { ok: false, error: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
  const hasKill = existsSync(join(probe, 'cgroup.kill'));
  try {
    rmdirSync(probe);
  } catch {
    // Empty by construction; a failure here would only leave an empty directory.
  }
  return { ok: true, hasKill };
}
