// Temporary folders for tests, removed after each test that made one — after whatever still
// writes into them (a CLI run a failed assertion left running) has ended.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];
const endings = new Set<() => Promise<unknown>>();

afterEach(async () => {
  const pending = [...endings];
  endings.clear();
  await Promise.all(pending.map((end) => end()));
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(prefix = 'tw-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/**
 * Registers how to end something a test started that may write into its temp folders; it is
 * called after the test unless `forget` (the returned function) was called first.
 */
export function endBeforeRemoval(end: () => Promise<unknown>): () => void {
  endings.add(end);
  return () => endings.delete(end);
}
