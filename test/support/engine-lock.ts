// A lock across test files, processes and suites for tests that watch the container engine: a before/after diff is only exact when no other test starts containers meanwhile.
import { randomBytes } from 'node:crypto';
import { linkSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { sharedTemp } from './suite-scope.js';

/** In the folder every suite on the machine shares, not in this suite's own temp folder. */
const LOCK = join(sharedTemp(), 'testwarden-test-engine-lock');

/** `pid start-time nonce`: the start time tells a live holder from a new process given its pid. */
interface Holder {
  pid: number;
  startTime: string;
  nonce: string;
}

function startTimeOf(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

function readHolder(path: string): Holder | undefined {
  try {
    const [pid, startTime, nonce] = readFileSync(path, 'utf8').split(' ');
    return { pid: Number(pid), startTime: startTime ?? '', nonce: nonce ?? '' };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function alive(holder: Holder): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch {
    return false;
  }
  const now = startTimeOf(holder.pid);
  return now === undefined ? process.platform !== 'linux' : now === holder.startTime;
}

const me: Holder = {
  pid: process.pid,
  startTime: startTimeOf(process.pid) ?? '0',
  nonce: randomBytes(8).toString('hex'),
};

/** Takes the lock if free: the file appears, atomically, already holding our identity. */
function tryTake(): boolean {
  const mine = `${LOCK}.${me.nonce}`;
  writeFileSync(mine, `${me.pid} ${me.startTime} ${me.nonce}`);
  try {
    linkSync(mine, LOCK);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkSync(mine);
  }
}

/**
 * Removes a lock whose holder is dead. Moved aside first (atomic), then checked again: when
 * another process took the lock in between, its file is put back instead of removed.
 */
function breakStale(stale: Holder): void {
  const aside = `${LOCK}.stale-${me.nonce}`;
  try {
    renameSync(LOCK, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = readHolder(aside);
  if (moved && moved.nonce !== stale.nonce) {
    try {
      linkSync(aside, LOCK);
    } catch {
      // Taken again meanwhile: that holder's file is the lock now.
    }
  }
  unlinkSync(aside);
}

async function acquire(timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let interval = 20;
  while (!tryTake()) {
    const holder = readHolder(LOCK);
    if (holder && !alive(holder)) {
      breakStale(holder);
      continue;
    }
    if (Date.now() > deadline)
      throw new Error(`the engine lock ${LOCK} stayed taken for ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, interval));
    interval = Math.min(interval * 2, 250);
  }
}

/** Releases the lock only while this process holds it (no other process can take a live holder's lock). */
function release(): void {
  if (readHolder(LOCK)?.nonce === me.nonce) unlinkSync(LOCK);
}

/** Holds the engine lock for the whole test file that calls it. */
export function useEngineLock(timeoutMs = 240_000): void {
  beforeAll(() => acquire(timeoutMs), timeoutMs + 1000);
  afterAll(release);
}
