// Finds the logs earlier runs of a state dir left for a unit (a resumed run keeps them), so a new run numbers its own attempts after them and the report lists every attempt's log.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { unitFileStem, type StateDir } from './state-dir.js';
import type { AttemptLog } from './types.js';

const NAME = /^(.+?-[0-9a-f]{8})(?:\.run(\d+))?(?:\.attempt(\d+))?\.log$/;

/** The logs folder's attempt logs by unit file stem, read once per state dir. */
const listings = new WeakMap<StateDir, Map<string, AttemptLog[]>>();

/**
 * The logs of `unitId` already in the state dir, oldest first (run, then attempt). A fresh state
 * dir was emptied when the run began: nothing is read for it.
 */
export function earlierAttemptLogs(state: StateDir, unitId: string): AttemptLog[] {
  if (!state.kept) return [];
  let byStem = listings.get(state);
  if (!byStem) {
    byStem = listLogs(state.logs);
    listings.set(state, byStem);
  }
  return byStem.get(unitFileStem(unitId)) ?? [];
}

/** The run number this run's attempts of a unit get: one after the last run that left a log. */
export function nextRun(earlier: readonly AttemptLog[]): number {
  return Math.max(0, ...earlier.map((l) => l.run)) + 1;
}

function listLogs(dir: string): Map<string, AttemptLog[]> {
  const byStem = new Map<string, AttemptLog[]>();
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    // The folder was created when the run was planned: only a missing one means "no logs".
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return byStem;
    throw error;
  }
  for (const name of names) {
    const match = NAME.exec(name);
    if (!match) continue;
    const entry = {
      run: Number(match[2] ?? 1),
      attempt: Number(match[3] ?? 1),
      log: join(dir, name),
    };
    const list = byStem.get(match[1]!) ?? [];
    list.push(entry);
    byStem.set(match[1]!, list);
  }
  for (const list of byStem.values()) list.sort((a, b) => a.run - b.run || a.attempt - b.attempt);
  return byStem;
}
