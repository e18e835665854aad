// The POSIX table without /proc (macOS): one `ps` per sweep, with fields Linux procps accepts too, so the same code runs and is tested on Linux.
import { spawn, spawnSync } from 'node:child_process';
import type { ProcessInfo, ProcessTable } from './process-info.js';

/**
 * `stat` gives the state (Z: zombie), `rss` is in KiB, `lstart` the start time to the second
 * (stable from sweep to sweep, unlike `etime`, which macOS has only as `[[dd-]hh:]mm:ss` counted
 * from now), `command` comes last so spaces in it cannot shift the other fields. macOS and procps
 * both print `lstart` as `Sat Dec  5 16:49:43 2026` in the C locale; TZ=UTC makes it UTC.
 */
export const PS_FIELDS = 'pid=,ppid=,pgid=,stat=,rss=,lstart=,command=';

/**
 * A sweep of every process leaves the command out: procps reads `cmdline` and `environ` of
 * every process for it (4 files a process instead of 2), macOS one more sysctl a process, and
 * a sweep wants only the tree. Command lines come from a second look-up of the few pids that
 * turn out to matter (see withCommands).
 */
export const SWEEP_FIELDS = 'pid=,ppid=,pgid=,stat=,rss=,lstart=';

/**
 * `ps` arguments for every process, or with command lines (`-ww`: untruncated) for the given
 * pids. procps (Linux) reads every process for `-p` and only the named ones for `-q`, which
 * macOS's ps does not have; macOS's `-p` reads only the named ones.
 */
export function psArgs(pids?: readonly number[], platform = process.platform): string[] {
  if (!pids) return ['-A', '-o', SWEEP_FIELDS];
  return ['-ww', '-o', PS_FIELDS, platform === 'linux' ? '-q' : '-p', pids.join(',')];
}

/** The environment `ps` runs with: the C locale and UTC make `lstart` parseable and stable. */
export function psEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { PATH: env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C', TZ: 'UTC' };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LINE =
  /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(\S+)\s+(\d+)\s+[A-Z][a-z]{2}\s+([A-Z][a-z]{2})\s+(\d{1,2})\s+(\d{2}):(\d{2}):(\d{2})\s+(\d{4})(?: (.*))?$/;

/** One line of `ps -o PS_FIELDS`; undefined when it does not have that shape. */
export function parsePsLine(line: string): ProcessInfo | undefined {
  const m = LINE.exec(line);
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[6]!);
  if (month < 0) return undefined;
  const seconds =
    Date.UTC(Number(m[11]), month, Number(m[7]), Number(m[8]), Number(m[9]), Number(m[10])) / 1000;
  const state = m[4]!;
  return {
    pid: Number(m[1]),
    ppid: Number(m[2]),
    pgrp: Number(m[3]),
    startTime: seconds,
    zombie: state.startsWith('Z') || state.startsWith('X'),
    rssBytes: Number(m[5]) * 1024,
    // Absent from a sweep's fields (SWEEP_FIELDS); a listing with commands always has one.
    command: m[12]?.trimEnd(),
  };
}

export function parsePsOutput(text: string): ProcessInfo[] {
  const out: ProcessInfo[] = [];
  for (const line of text.split('\n')) {
    const info = parsePsLine(line);
    if (info) out.push(info);
  }
  return out;
}

/** `ps -p` exits 1 when none of the pids exists: that is an empty answer, not a failure. */
function answer(
  stdout: string,
  status: number | null,
  error: Error | undefined,
  stderr: string,
): { list: ProcessInfo[]; problem?: string } {
  if (error) return { list: [], problem: `ps could not run: ${error.message}` };
  const list = parsePsOutput(stdout);
  if (status !== 0 && !(status === 1 && list.length === 0 && stderr.trim() === ''))
    return { list, problem: `ps exited with ${status}: ${stderr.trim().slice(0, 200)}` };
  return { list };
}

export function createPsTable(program = 'ps'): ProcessTable {
  let sweeps = 0;
  let problem: string | undefined;
  const settle = (result: { list: ProcessInfo[]; problem?: string }) => {
    problem = result.problem;
    return result.list;
  };
  return {
    kind: 'ps',
    groups: true,
    environ: false,
    list(pids) {
      if (pids?.length === 0) return [];
      sweeps += 1;
      const r = spawnSync(program, psArgs(pids), {
        env: psEnv(),
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      return settle(answer(r.stdout ?? '', r.status, r.error, r.stderr ?? ''));
    },
    listAsync(pids) {
      if (pids?.length === 0) return Promise.resolve([]);
      sweeps += 1;
      return new Promise((resolve) => {
        const child = spawn(program, psArgs(pids), {
          env: psEnv(),
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        const out: Buffer[] = [];
        const err: Buffer[] = [];
        child.stdout.on('data', (b: Buffer) => out.push(b));
        child.stderr.on('data', (b: Buffer) => err.push(b));
        let failed: Error | undefined;
        child.once('error', (e) => {
          failed = e;
          resolve(settle(answer('', null, e, '')));
        });
        child.once('close', (status) => {
          if (failed) return;
          const text = Buffer.concat(out).toString('utf8');
          resolve(settle(answer(text, status, undefined, Buffer.concat(err).toString('utf8'))));
        });
      });
    },
    get sweeps() {
      return sweeps;
    },
    get problem() {
      return problem;
    },
  };
}
