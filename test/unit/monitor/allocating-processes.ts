// Real processes for the monitor's tests: a detached parent whose children each fill a buffer of a given size, killed by pid after each test.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { listProcesses } from '../../../src/core/tracker/proc-table.js';
import { memoryCgroup, type MemoryCgroup } from '../../support/memory-cgroup.js';
import { noticeSkipped } from '../../support/skip-notice.js';
import { waitFor } from '../../support/wait-for.js';

export interface AllocatingTree {
  /** The parent: leader of its own process group, like a unit. */
  pid: number;
  /** Its children; the second one, when asked for, runs in a session of its own (setsid). */
  childPids: number[];
}

const started: number[] = [];

/** `node -e ALLOCATE <MiB>`: fills that many MiB (every page touched), says `ready <pid>`, then waits. */
const ALLOCATE =
  "const b = Buffer.alloc(Number(process.argv[1]) * 1024 * 1024); b.fill(1); console.log('ready ' + process.pid); setInterval(() => b[0]++, 1e6);";

/** A parent that starts one child per entry of `childMb` and reports their pids once all are ready. */
const parentScript = (parentMb: number, childMb: readonly number[], setsidSecond: boolean) => `
const { spawn } = require('node:child_process');
const own = Buffer.alloc(${parentMb} * 1024 * 1024); own.fill(1);
const sizes = ${JSON.stringify(childMb)};
const pids = [];
let ready = 0;
for (const [i, mb] of sizes.entries()) {
  const child = spawn(process.execPath, ['-e', ${JSON.stringify(ALLOCATE)}, String(mb)], {
    stdio: ['ignore', 'pipe', 'inherit'], detached: ${setsidSecond} && i === 1,
  });
  pids[i] = child.pid;
  child.stdout.once('data', () => { if (++ready === sizes.length) console.log('ready ' + pids.join(' ')); });
}
setInterval(() => own[0]++, 1e6);
`;

/** Waits (with a deadline) for a `ready …` line on the process's stdout. */
function readyLine(child: ReturnType<typeof spawn>, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(
      () => reject(new Error(`no "ready" line within ${timeoutMs} ms: ${text}`)),
      timeoutMs,
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const line = text.split('\n').find((l) => l.startsWith('ready'));
      if (line) {
        clearTimeout(timer);
        resolve(line);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited (${code}) before ready: ${text}`));
    });
  });
}

/**
 * Starts a detached parent filling `parentMb`, with children filling `childMb` each; `ready`
 * settles once every page is touched (watch `pid` before that to see the allocation happen).
 */
export function spawnAllocatingTree(
  parentMb: number,
  childMb: readonly number[] = [],
  options: { setsidSecond?: boolean; cgroupDir?: string } = {},
): { pid: number; ready: Promise<AllocatingTree> } {
  let program = process.execPath;
  let args =
    childMb.length === 0
      ? ['-e', ALLOCATE, String(parentMb)]
      : ['-e', parentScript(parentMb, childMb, options.setsidSecond ?? false)];
  if (options.cgroupDir !== undefined) {
    // Join the cgroup before allocating: v1 does not move charges made before the move.
    args = ['-c', 'echo $$ > "$0/cgroup.procs" && exec "$@"', options.cgroupDir, program, ...args];
    program = '/bin/sh';
  }
  const child = spawn(program, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (child.pid === undefined) throw new Error('spawn failed');
  const pid = child.pid;
  started.push(pid);
  const ready = readyLine(child, 20_000).then((line) => {
    const childPids = childMb.length === 0 ? [] : line.split(' ').slice(1).map(Number);
    started.push(...childPids);
    return { pid, childPids };
  });
  return { pid, ready };
}

/** spawnAllocatingTree, resolved once every page is touched. */
export function startAllocatingTree(
  parentMb: number,
  childMb: readonly number[] = [],
  options: { setsidSecond?: boolean; cgroupDir?: string } = {},
): Promise<AllocatingTree> {
  return spawnAllocatingTree(parentMb, childMb, options).ready;
}

/** Alive and not a zombie. */
export function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** The started pids and every descendant of theirs (a parent that failed before reporting its children). */
function withDescendants(pids: readonly number[]): number[] {
  const all = new Set(pids);
  const table = listProcesses();
  for (let grew = true; grew;) {
    grew = false;
    for (const stat of table) {
      if (all.has(stat.ppid) && !all.has(stat.pid)) {
        all.add(stat.pid);
        grew = true;
      }
    }
  }
  return [...all];
}

/** SIGKILL to every process these tests started, by pid, then waits until none runs. */
export async function killStarted(): Promise<void> {
  const pids = withDescendants(started.splice(0));
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  await waitFor(`processes ${pids.join(', ')} to end`, () => pids.every((pid) => !isRunning(pid)));
}

/** A memory cgroup for a unit, removed by removeCgroups; undefined (with a notice) where none can be made. */
export function makeMemoryCgroup(): string | undefined {
  const cgroup = memoryCgroup();
  if (typeof cgroup === 'string') {
    noticeSkipped('a unit cgroup test of the monitor', cgroup);
    return undefined;
  }
  cgroups.push(cgroup);
  return cgroup.dir;
}

const cgroups: MemoryCgroup[] = [];

export async function removeCgroups(): Promise<void> {
  for (const cgroup of cgroups.splice(0)) await cgroup.remove();
}
