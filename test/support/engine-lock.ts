// A lock across test files (and processes) for tests that watch the container engine: a before/after diff is only exact when no other test starts containers meanwhile.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

const LOCK = join(tmpdir(), 'testwarden-test-engine.lock');

function holderAlive(): boolean {
  try {
    const pid = Number(readFileSync(join(LOCK, 'pid'), 'utf8'));
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function acquire(timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let interval = 20;
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      return;
    } catch {
      // Held: by a live test process, wait; by a dead one, take it over.
      if (!holderAlive()) {
        rmSync(LOCK, { recursive: true, force: true });
        continue;
      }
    }
    if (Date.now() > deadline)
      throw new Error(`the engine lock ${LOCK} stayed taken for ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, interval));
    interval = Math.min(interval * 2, 250);
  }
}

/** Holds the engine lock for the whole test file that calls it. */
export function useEngineLock(timeoutMs = 240_000): void {
  beforeAll(() => acquire(timeoutMs), timeoutMs + 1000);
  afterAll(() => rmSync(LOCK, { recursive: true, force: true }));
}
