// The runner's heartbeat: a small file rewritten from a timer, so a dead, stopped or blocked runner shows as a stale file to the watchdog.
import { readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startTimeOf } from './process-identity.js';

export const HEARTBEAT_FILE = 'heartbeat.json';

export interface Heartbeat {
  /** The runner that writes it. */
  pid: number;
  startTime: number;
  /** Wall-clock ms of the write; the watchdog only compares it with the previous value. */
  at: number;
  /** The run ended normally: the watchdog can leave. */
  ended?: true;
}

export interface HeartbeatHandle {
  readonly path: string;
  /** Stops the timer and writes the final `ended` beat; idempotent. */
  stop(): void;
}

/**
 * Writes `<stateDir>/heartbeat.json` now and then every `intervalMs` from an unref'd timer: the
 * beat comes from the event loop itself, so a loop blocked by a runaway synchronous call stops
 * beating just like a hung or SIGSTOPped process, and the timer never keeps the runner alive.
 */
export function startHeartbeat(
  stateDir: string,
  options: { intervalMs?: number } = {},
): HeartbeatHandle {
  const intervalMs = options.intervalMs ?? 1000;
  const path = join(stateDir, HEARTBEAT_FILE);
  const self = { pid: process.pid, startTime: startTimeOf(process.pid) };
  const beat = (ended: boolean) =>
    writeQuietly(path, { ...self, at: Date.now(), ...(ended ? { ended: true as const } : {}) });
  beat(false);
  const timer = setInterval(() => beat(false), intervalMs);
  timer.unref();
  let stopped = false;
  return {
    path,
    stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      beat(true);
    },
  };
}

/**
 * Temp file + rename, so a reader never sees half a beat. Never throws and never creates the
 * folder: a state dir removed under a running timer must stay removed.
 */
function writeQuietly(path: string, beat: Heartbeat): void {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, JSON.stringify(beat));
    renameSync(temp, path);
  } catch {
    try {
      unlinkSync(temp);
    } catch {
      // Never written.
    }
  }
}

/** The current beat, or undefined when the file is missing or not a heartbeat (read as untrusted). */
export function readHeartbeat(stateDir: string): Heartbeat | undefined {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(join(stateDir, HEARTBEAT_FILE), 'utf8'));
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { pid, startTime, at, ended } = value as Record<string, unknown>;
  if (!isCount(pid) || !isCount(startTime) || typeof at !== 'number' || !Number.isFinite(at))
    return undefined;
  return { pid, startTime, at, ...(ended === true ? { ended: true as const } : {}) };
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/**
 * Reads the heartbeat as often as the watchdog polls, cheaply: one `stat` per poll, and the file
 * itself only when it was replaced (every beat is a rename, so a new inode and mtime).
 */
export class HeartbeatReader {
  readonly #stateDir: string;
  readonly #path: string;
  #key = '';
  #beat: Heartbeat | undefined;

  constructor(stateDir: string) {
    this.#stateDir = stateDir;
    this.#path = join(stateDir, HEARTBEAT_FILE);
  }

  read(): Heartbeat | undefined {
    let key: string;
    try {
      const stat = statSync(this.#path, { throwIfNoEntry: false });
      key = stat ? `${stat.ino}:${stat.mtimeMs}:${stat.size}` : '';
    } catch {
      key = '';
    }
    if (key !== this.#key) {
      this.#key = key;
      this.#beat = key === '' ? undefined : readHeartbeat(this.#stateDir);
    }
    return this.#beat;
  }
}

/**
 * Tracks how long the heartbeat has not changed, on this process's monotonic clock: the two
 * processes' wall clocks are never compared, so a clock step cannot fake or hide a hang.
 */
export class HeartbeatWatch {
  #last: number | undefined;
  #changedAt: number;
  readonly #now: () => number;

  constructor(now: () => number = () => performance.now()) {
    this.#now = now;
    this.#changedAt = now();
  }

  /** Feeds one reading (`at` of the beat, undefined when unreadable); returns the ms since it last changed. */
  observe(at: number | undefined): number {
    const now = this.#now();
    if (at !== undefined && at !== this.#last) {
      this.#last = at;
      this.#changedAt = now;
    }
    return now - this.#changedAt;
  }
}
