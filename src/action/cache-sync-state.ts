// The Actions-cache sync's record in the state dir, shared by main and post: the save counter (no key is tried twice) and the hash of the last upload (post does not upload it again).
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface CacheSyncState {
  runId: string;
  runAttempt: string;
  /** The last sequence number used in a save key. */
  seq: number;
  /** sha256 of the checkpoint the cache holds for this attempt (saved or restored), and its key. */
  savedHash?: string;
  savedKey?: string;
}

/** The stored record if it belongs to this run and attempt; a fresh one otherwise (missing, corrupt, older attempt). */
export async function loadCacheSyncState(
  file: string,
  run: { runId: string; runAttempt: string },
): Promise<CacheSyncState> {
  const fresh: CacheSyncState = { runId: run.runId, runAttempt: run.runAttempt, seq: 0 };
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return fresh;
  }
  const s = raw as Partial<CacheSyncState> | null;
  if (s?.runId !== fresh.runId || s.runAttempt !== fresh.runAttempt) return fresh;
  if (typeof s.seq !== 'number' || !Number.isSafeInteger(s.seq) || s.seq < 0) return fresh;
  return {
    ...fresh,
    seq: s.seq,
    ...(typeof s.savedHash === 'string' ? { savedHash: s.savedHash } : {}),
    ...(typeof s.savedKey === 'string' ? { savedKey: s.savedKey } : {}),
  };
}

export async function storeCacheSyncState(file: string, state: CacheSyncState): Promise<void> {
  await writeAtomically(file, JSON.stringify(state));
}

/** Temp file and rename: a reader (or a kill) never sees half a file. */
export async function writeAtomically(file: string, content: Buffer | string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.tmp-${process.pid}`;
  await writeFile(temporary, content);
  await rename(temporary, file);
}
