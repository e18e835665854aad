// Reads Linux /proc: a process's start time, group and state from `stat`, its command line and environment.
import { closeSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';

export interface ProcStat {
  pid: number;
  comm: string;
  state: string;
  ppid: number;
  pgrp: number;
  session: number;
  /** Field 22: start time in clock ticks since boot; with the pid it names one process for good. */
  startTime: number;
  /** Resident set size in pages (field 24). */
  rssPages: number;
}

export const hasProc = process.platform === 'linux' && safeExists('/proc/self/stat');

/** Reads of /proc made through this module (how tests prove another table left /proc alone). */
export const procReads = { count: 0 };

function safeExists(path: string): boolean {
  try {
    readFileSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Parses `/proc/<pid>/stat`; the command may contain spaces and parentheses, so split after the last `)`. */
export function parseStat(pid: number, text: string): ProcStat | undefined {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < open) return undefined;
  const rest = text.slice(close + 2).split(' ');
  // rest[0] is field 3 (state); field N is rest[N - 3].
  const num = (field: number) => Number(rest[field - 3]);
  return {
    pid,
    comm: text.slice(open + 1, close),
    state: rest[0] ?? '?',
    ppid: num(4),
    pgrp: num(5),
    session: num(6),
    startTime: num(22),
    rssPages: num(24),
  };
}

// One reused buffer: a stat line is well under 1 KiB, and scans read hundreds of them.
const statBuffer = Buffer.allocUnsafe(4096);

export function readStat(pid: number): ProcStat | undefined {
  procReads.count += 1;
  let fd: number;
  try {
    fd = openSync(`/proc/${pid}/stat`, 'r');
  } catch {
    return undefined;
  }
  try {
    const n = readSync(fd, statBuffer, 0, statBuffer.length, 0);
    return parseStat(pid, statBuffer.toString('latin1', 0, n));
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** Every process's stat, cheap enough (about 1–3 ms for a few hundred) to call in a loop; `minPid`/`maxPid` skip the rest unread. */
export function listProcesses(range?: { minPid: number; maxPid: number }): ProcStat[] {
  const out: ProcStat[] = [];
  procReads.count += 1;
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return out;
  }
  for (const name of names) {
    const c = name.charCodeAt(0);
    if (c < 48 || c > 57) continue;
    const pid = Number(name);
    if (range && (pid < range.minPid || pid > range.maxPid)) continue;
    const stat = readStat(pid);
    if (stat) out.push(stat);
  }
  return out;
}

/** The NUL-separated environment of a process, or undefined when it is gone or not ours to read. */
export function readEnviron(pid: number): Buffer | undefined {
  procReads.count += 1;
  try {
    return readFileSync(`/proc/${pid}/environ`);
  } catch {
    return undefined;
  }
}

/** The command line as one string with spaces, or the comm name for kernel threads and zombies. */
export function readCommandLine(pid: number, fallback = ''): string {
  procReads.count += 1;
  try {
    const raw = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    const text = raw.replace(/\0+$/, '').split('\0').join(' ');
    return text === '' ? fallback : text;
  } catch {
    return fallback;
  }
}

/** True while a process with this pid and start time is alive and not a zombie. */
export function isSameProcessAlive(pid: number, startTime: number): boolean {
  const stat = readStat(pid);
  return (
    stat !== undefined && stat.startTime === startTime && stat.state !== 'Z' && stat.state !== 'X'
  );
}

/** Whether an environment block carries every `NAME=value` entry given. */
export function environHas(environ: Buffer, entries: readonly Buffer[]): boolean {
  for (const entry of entries) {
    let from = 0;
    let found = false;
    for (;;) {
      const at = environ.indexOf(entry, from);
      if (at < 0) break;
      const startsEntry = at === 0 || environ[at - 1] === 0;
      const endsEntry = at + entry.length === environ.length || environ[at + entry.length] === 0;
      if (startsEntry && endsEntry) {
        found = true;
        break;
      }
      from = at + 1;
    }
    if (!found) return false;
  }
  return true;
}

/** Kernel fork counter and pid bounds, used to skip processes that cannot be newer than a given one. */
export interface PidClock {
  /** Total forks since boot (`processes` in /proc/stat). */
  forks: number;
  /** Last pid handed out (5th field of /proc/loadavg). */
  lastPid: number;
}

export function readPidClock(): PidClock | undefined {
  procReads.count += 1;
  try {
    const stat = readFileSync('/proc/stat', 'latin1');
    const forks = Number(/^processes (\d+)/m.exec(stat)?.[1]);
    const lastPid = Number(readFileSync('/proc/loadavg', 'latin1').trim().split(' ')[4]);
    return Number.isFinite(forks) && Number.isFinite(lastPid) ? { forks, lastPid } : undefined;
  } catch {
    return undefined;
  }
}

let pidMaxCache: number | undefined;
export function pidMax(): number {
  if (pidMaxCache === undefined) {
    try {
      pidMaxCache = Number(readFileSync('/proc/sys/kernel/pid_max', 'latin1').trim()) || 32768;
    } catch {
      pidMaxCache = 32768;
    }
  }
  return pidMaxCache;
}

/**
 * The pids a process started after `firstPid` was born can have, when that is knowable:
 * without a wrap of the pid counter they lie between `firstPid` and the last pid handed out,
 * and no wrap can have happened if fewer forks than the distance to pid_max took place.
 */
export function pidsBornSince(
  firstPid: number,
  start: PidClock | undefined,
): { minPid: number; maxPid: number } | undefined {
  const now = readPidClock();
  if (!start || !now) return undefined;
  const forks = now.forks - start.forks;
  if (firstPid + forks >= pidMax() || now.lastPid < firstPid) return undefined;
  return { minPid: firstPid, maxPid: now.lastPid };
}
