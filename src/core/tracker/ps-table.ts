// The POSIX table without /proc (macOS): one `ps` per sweep, with fields Linux procps accepts too, so the same code runs and is tested on Linux.
import { spawn, spawnSync } from 'node:child_process';
import type { ProcessInfo, ProcessTable } from './process-info.js';

/**
 * `stat` gives the state (Z: zombie), `rss` is in KiB, `lstart` the start time to the second,
 * `command` comes last so spaces in it cannot shift the other fields. macOS and procps both
 * print `lstart` as `Sat Dec  5 16:49:43 2026` in the C locale; TZ=UTC makes it UTC.
 */
export const PS_FIELDS = 'pid=,ppid=,pgid=,stat=,rss=,lstart=,command=';

/** `ps` arguments for every process or for the given pids (`-ww`: command lines untruncated). */
export function psArgs(pids?: readonly number[]): string[] {
  return pids ? ['-ww', '-o', PS_FIELDS, '-p', pids.join(',')] : ['-A', '-ww', '-o', PS_FIELDS];
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
    command: (m[12] ?? '').trimEnd(),
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
