// One cgroup v2 per run and one per unit attempt: exact membership, an atomic kill (cgroup.kill), removal, and the memory peak when the controller is on.
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmdirSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { detectCgroupSupport, type CgroupSupport } from './cgroup-detect.js';
import { pollUntil } from './terminate.js';

export interface RunCgroup {
  runId: string;
  path: string;
  /** SIGKILL everything in the run's cgroups (one write when cgroup.kill exists); true once empty. */
  kill(options?: KillOptions): Promise<boolean>;
  /** Removes the unit cgroups and the run cgroup once empty (`kill: true` kills what is left first). */
  remove(options?: { kill?: boolean }): Promise<boolean>;
}

export interface UnitCgroup {
  path: string;
  /** Moves a process (and all its threads) in. Throws when the pid is gone or not ours to move. */
  addProcess(pid: number): void;
  /** Members, including those of any cgroups the unit made below its own. */
  pids(): number[];
  /** Whether any process is still in it (`populated` in cgroup.events). */
  populated(): boolean;
  /** Sends a signal to every member (SIGTERM before the grace period); returns how many got it. */
  signal(signal: NodeJS.Signals): number;
  kill(options?: KillOptions): Promise<boolean>;
  /** rmdir once empty (waits briefly for members on their way out); false while processes remain. */
  remove(): Promise<boolean>;
  /** Highest memory use in bytes (memory.peak, kernel 5.19+ with the memory controller on), else undefined. */
  memoryPeak(): number | undefined;
}

export interface KillOptions {
  /** How long to wait for the cgroup to empty; default 5 s. */
  timeoutMs?: number;
  /** Default: when the kernel has it. false forces the member-by-member SIGKILL loop (older kernels). */
  useCgroupKill?: boolean;
}

/** Controllers turned on for unit cgroups when the parent offers them (memory gives memory.peak). */
export const WANTED_CONTROLLERS = ['memory', 'pids'];

/** `testwarden-<runId>` under the parent detectCgroupSupport found. Throws when cgroups are unavailable. */
export function createRunCgroup(
  runId: string,
  support: CgroupSupport = detectCgroupSupport(),
): RunCgroup {
  if (!support.available || !support.root)
    throw new Error(`cgroup tracking is not available: ${support.reason}`);
  const path = join(support.root, runCgroupName(runId));
  mkdirSync(path, { recursive: true });
  enableControllers(path);
  return {
    runId,
    path,
    kill: (options) => killCgroupTree(path, options),
    remove: (options) => removeCgroupTree(path, options),
  };
}

/** Directory name of a run's cgroup: the run id is what proves, at cleanup, that the cgroup is the run's. */
export function runCgroupName(runId: string): string {
  return `testwarden-${safeName(runId)}`;
}

/**
 * A run cgroup has no processes of its own, so the "no internal processes" rule lets it hand
 * controllers to its unit cgroups; whether any are offered depends on the parent (none in a
 * populated parent such as our own cgroup, none in hybrid mode here). Best effort.
 */
export function enableControllers(path: string): void {
  try {
    const offered = readFileSync(join(path, 'cgroup.controllers'), 'utf8').trim().split(/\s+/);
    const wanted = WANTED_CONTROLLERS.filter((c) => offered.includes(c));
    if (wanted.length > 0)
      writeFileSync(join(path, 'cgroup.subtree_control'), wanted.map((c) => `+${c}`).join(' '));
  } catch {
    // Not offered or not allowed: membership and cgroup.kill need no controller.
  }
}

/** Directory name of a unit attempt: ids contain `/`, so a hash of the id with a readable tail. */
export function unitCgroupName(unitId: string, attempt: number): string {
  const hash = createHash('sha256').update(unitId).digest('hex').slice(0, 12);
  const tail = safeName(unitId.split('/').pop() ?? '').slice(-40);
  return `u${attempt}-${hash}-${tail}`;
}

function safeName(text: string): string {
  return text
    .replace(/[^a-zA-Z0-9_.-]/g, '_')
    .replace(/^\.+/, '_')
    .slice(0, 100);
}

export function createUnitCgroup(
  run: Pick<RunCgroup, 'path'>,
  unitId: string,
  attempt: number,
): UnitCgroup {
  const base = join(run.path, unitCgroupName(unitId, attempt));
  for (let n = 0; ; n++) {
    const path = n === 0 ? base : `${base}-${n}`;
    try {
      mkdirSync(path);
      return openCgroup(path);
    } catch (error) {
      // A directory left from an earlier attempt with the same name: take the next free one.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || n >= 100) throw error;
    }
  }
}

/** A handle on an existing cgroup by path (e.g. from the registry, for `cleanup`). */
export function openCgroup(path: string): UnitCgroup {
  return {
    path,
    addProcess: (pid) => writeFileSync(join(path, 'cgroup.procs'), `${pid}\n`),
    pids: () => treePids(path),
    populated: () => isPopulated(path),
    signal: (signal) => {
      let sent = 0;
      for (const pid of treePids(path)) sent += sendSignal(pid, signal) ? 1 : 0;
      return sent;
    },
    kill: (options) => killCgroupTree(path, options),
    remove: () => removeCgroupTree(path),
    memoryPeak: () => {
      try {
        const value = Number(readFileSync(join(path, 'memory.peak'), 'utf8').trim());
        return Number.isFinite(value) ? value : undefined;
      } catch {
        return undefined;
      }
    },
  };
}

/** The members; none when the cgroup is gone. Any other error names the file: an unreadable list is not an empty one. */
function readPids(path: string): number[] {
  const file = join(path, 'cgroup.procs');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENODEV') return [];
    throw new Error(`cannot read ${file}: ${(error as Error).message}`, { cause: error });
  }
  return text
    .split('\n')
    .filter((l) => l !== '')
    .map(Number);
}

function childCgroups(path: string): string[] {
  try {
    return readdirSync(path, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => join(path, d.name));
  } catch {
    return [];
  }
}

function treePids(path: string): number[] {
  return [...readPids(path), ...childCgroups(path).flatMap(treePids)];
}

/** cgroup.events says `populated 0` once no process is left in the cgroup or below it. */
function isPopulated(path: string): boolean {
  try {
    return /^populated 1$/m.test(readFileSync(join(path, 'cgroup.events'), 'utf8'));
  } catch {
    return false; // Gone.
  }
}

function sendSignal(pid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(pid, signal);
    return true;
  } catch {
    return false; // Exited since the list was read.
  }
}

/**
 * cgroup.kill (kernel 5.14+) SIGKILLs the whole subtree at once, including processes forked
 * meanwhile. Without it, SIGKILL each member and read the list again until it is empty: a
 * process forking while we kill is caught on the next round.
 */
export async function killCgroupTree(path: string, options: KillOptions = {}): Promise<boolean> {
  if (!existsSync(path)) return true;
  const deadline = Date.now() + (options.timeoutMs ?? 5000);
  const killFile = join(path, 'cgroup.kill');
  if (options.useCgroupKill !== false && existsSync(killFile)) {
    writeFileSync(killFile, '1');
    return pollUntil(() => !isPopulated(path), deadline);
  }
  return pollUntil(() => {
    const members = treePids(path);
    for (const pid of members) sendSignal(pid, 'SIGKILL');
    return members.length === 0 && !isPopulated(path);
  }, deadline);
}

/**
 * Removes a cgroup and every cgroup below it once no process is left. With `kill`, what is
 * still inside is killed first (waiting up to `timeoutMs`, default 5 s); without, members get
 * `settleMs` (default 250 ms) to finish leaving, then a populated cgroup stays (leaks under
 * `--leaks warn`) and the result is false.
 */
export async function removeCgroupTree(
  path: string,
  options: { kill?: boolean; timeoutMs?: number; settleMs?: number } = {},
): Promise<boolean> {
  if (!existsSync(path)) return true;
  if (options.kill) await killCgroupTree(path, { timeoutMs: options.timeoutMs });
  const deadline = Date.now() + (options.settleMs ?? 250);
  if (!(await pollUntil(() => !isPopulated(path), deadline))) return false;
  // Children before parents; EBUSY only in the instant members are still leaving.
  return pollUntil(() => rmdirTree(path), Date.now() + 1000);
}

function rmdirTree(path: string): boolean {
  for (const child of childCgroups(path)) rmdirTree(child);
  try {
    rmdirSync(path);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
}
