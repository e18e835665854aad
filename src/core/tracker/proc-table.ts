// Reads Linux /proc: a process's start time, group and state from `stat`, its command line and environment.
import { readdirSync, readFileSync } from 'node:fs';

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

export function readStat(pid: number): ProcStat | undefined {
  try {
    return parseStat(pid, readFileSync(`/proc/${pid}/stat`, 'latin1'));
  } catch {
    return undefined;
  }
}

/** Every process's stat, cheap enough (about 1–3 ms for a few hundred) to call in a loop. */
export function listProcesses(): ProcStat[] {
  const out: ProcStat[] = [];
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return out;
  }
  for (const name of names) {
    const c = name.charCodeAt(0);
    if (c < 48 || c > 57) continue;
    const stat = readStat(Number(name));
    if (stat) out.push(stat);
  }
  return out;
}

/** The NUL-separated environment of a process, or undefined when it is gone or not ours to read. */
export function readEnviron(pid: number): Buffer | undefined {
  try {
    return readFileSync(`/proc/${pid}/environ`);
  } catch {
    return undefined;
  }
}

/** The command line as one string with spaces, or the comm name for kernel threads and zombies. */
export function readCommandLine(pid: number, fallback = ''): string {
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
