// Files the end-to-end tests write and read: a suite of unit files in a fresh folder, JSON reports, and the ledger units append to.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './temp-dir.js';

/** Writes unit files (name → source) into a fresh folder, removed after the test, and returns it. */
export function suiteDir(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, source] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), source);
  }
  return dir;
}

/** A suite of `<name>.js` units that all have the same source (they tell themselves apart by file name). */
export function sameUnits(names: readonly string[], source: string): string {
  return suiteDir(Object.fromEntries(names.map((name) => [`${name}.js`, source])));
}

export const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

/** The lines units appended to `ledger.txt`: which ran, in order. */
export const ledger = (dir: string) =>
  readFileSync(join(dir, 'ledger.txt'), 'utf8').trim().split('\n');

/** The lines a framework fixture's tests appended to the ledger at `path`, sorted (none yet: empty). */
export function ledgerOf(path: string): string[] {
  return existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter(Boolean).sort() : [];
}

/** How many tests the checkpoint in the state dir `state` holds as passed (none yet: 0). */
export function passedRows(state: string): number {
  try {
    const document = readJson(join(state, 'checkpoint.json'));
    const codes = document.testStatusCodes as string[];
    const rows = (document.tests as { rows: unknown[][] }[])[0]?.rows ?? [];
    return rows.filter((r) => codes[r[2] as number] === 'passed').length;
  } catch {
    return 0; // not written yet
  }
}
