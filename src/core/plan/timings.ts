// The durations history shards are balanced by: timings.json, an average per unit over recent runs, read as untrusted input and written atomically.
import * as z from '../zod-mini.js';
import { readBounded } from '../checkpoint/read-bounded.js';
import { writeFileAtomic } from '../report/write-files.js';
import type { UnitResult } from '../types.js';
import { isRecordedTime, MAX_DURATION_MS, MAX_ID_LENGTH } from '../value-limits.js';

export const TIMINGS_FILE = 'timings.json';
export const TIMINGS_FORMAT_VERSION = 1;
/** Largest file read or written: about 200,000 entries with 60-character ids. */
export const TIMINGS_MAX_BYTES = 32 * 1024 * 1024;
export const TIMINGS_MAX_UNITS = 200_000;
/**
 * Weight of the newest duration in the moving average. A single slow run on a busy machine moves
 * a unit's estimate by 30 %, not all the way; a unit that really got slower is within 10 % of its
 * new duration after six runs. The last value alone would let one noisy run reshuffle the shards.
 */
export const TIMINGS_NEWEST_WEIGHT = 0.3;
/** Entries not updated for this long are dropped: the unit was deleted or renamed. */
export const TIMINGS_MAX_AGE_MS = 90 * 24 * 60 * 60 * 1000;

const entrySchema = z.object({
  durationMs: z.number().check(z.nonnegative(), z.maximum(MAX_DURATION_MS)),
  runs: z.number().check(z.int(), z.positive(), z.maximum(Number.MAX_SAFE_INTEGER)),
  updatedAt: z.iso.datetime({ offset: true }).check(
    z.refine((t) => isRecordedTime(Date.parse(t)), {
      message: 'not a time testwarden could have recorded',
    }),
  ),
});

export type TimingEntry = z.infer<typeof entrySchema>;

export interface Timings {
  formatVersion: typeof TIMINGS_FORMAT_VERSION;
  /** Prototype-less: a unit id such as "__proto__" is an ordinary key. */
  units: Record<string, TimingEntry>;
}

export interface ReadTimingsResult {
  /** Empty when the file is missing or unusable. */
  timings: Timings;
  /** Why the file or some entries were ignored. */
  warnings: string[];
}

export function emptyTimings(): Timings {
  return {
    formatVersion: TIMINGS_FORMAT_VERSION,
    units: Object.create(null) as Record<string, TimingEntry>,
  };
}

/** Reads the history; never throws: a bad file means no history (hash split), with a warning. */
export function readTimings(path: string): ReadTimingsResult {
  const result: ReadTimingsResult = { timings: emptyTimings(), warnings: [] };
  const ignore = (why: string) => {
    result.warnings.push(`timings ${path} ${why}; ignored`);
    return result;
  };
  const text = readBounded(path, TIMINGS_MAX_BYTES);
  if (text.kind === 'missing') return result;
  if (text.kind === 'unusable') return ignore(text.why);
  let document: unknown;
  try {
    document = JSON.parse(text.content.replace(/^\uFEFF/, ''));
  } catch {
    return ignore('is not valid JSON');
  }
  if (!isObject(document)) return ignore('is not a JSON object');
  if (document.formatVersion !== TIMINGS_FORMAT_VERSION) {
    return ignore(
      `has format version ${String(JSON.stringify(document.formatVersion) ?? 'none').slice(0, 40)}, expected ${TIMINGS_FORMAT_VERSION}`,
    );
  }
  if (!isObject(document.units)) return ignore('has no "units" object');
  let invalid = 0;
  for (const [id, raw] of Object.entries(document.units)) {
    const entry = entrySchema.safeParse(raw);
    if (entry.success && id !== '' && id.length <= MAX_ID_LENGTH)
      result.timings.units[id] = entry.data;
    else invalid++;
  }
  if (invalid > 0) {
    result.warnings.push(`timings ${path}: ${invalid} invalid entries dropped`);
  }
  return result;
}

/** Whether a result's duration says how long the unit takes: it ran here and ran to its end. */
export function isRepresentative(result: UnitResult): boolean {
  return (
    !result.fromCheckpoint &&
    result.attempts > 0 &&
    (result.outcome === 'passed' || result.outcome === 'failed') &&
    Number.isFinite(result.durationMs) &&
    result.durationMs >= 0
  );
}

/**
 * Folds this run's durations into the history, in place: a unit's duration is its whole cost in
 * the shard (every attempt). Units that did not run here, were interrupted, timed out or exceeded
 * their resources keep their entry: those durations were cut short. A preset unit also records
 * each of its files (Go: packages), which is what batches and a preset's shards are split by;
 * a batch records only its files (its id names a place in one split, not a piece of the suite).
 * Old entries are dropped.
 */
export function applyResults(
  timings: Timings,
  results: readonly UnitResult[],
  now = new Date(),
): number {
  const at = now.toISOString();
  let updated = 0;
  const fold = (id: string, ms: number) => {
    const previous = Object.hasOwn(timings.units, id) ? timings.units[id] : undefined;
    const durationMs =
      previous === undefined
        ? ms
        : TIMINGS_NEWEST_WEIGHT * ms + (1 - TIMINGS_NEWEST_WEIGHT) * previous.durationMs;
    timings.units[id] = {
      durationMs: Math.round(durationMs),
      runs: (previous?.runs ?? 0) + 1,
      updatedAt: at,
    };
    updated++;
  };
  for (const result of results) {
    if (!isRepresentative(result)) continue;
    if (!result.files) fold(result.id, result.durationMs);
    for (const [file, ms] of fileDurations(result)) fold(file, ms);
  }
  prune(timings, now.getTime());
  return updated;
}

/**
 * A preset unit's duration shared among its files in proportion to their tests' own durations
 * (innermost tests only: a parent's time holds its subtests'), so the files' times add up to
 * what the unit cost, framework start included. Files without timed tests share equally.
 */
export function fileDurations(result: UnitResult): Map<string, number> {
  const tests = result.testCases?.tests ?? [];
  const files = new Set<string>([...(result.files ?? []), ...tests.map((t) => t.file)]);
  const out = new Map<string, number>();
  if (files.size === 0) return out;
  const parents = new Set<string>();
  for (const t of tests)
    for (let k = 1; k < t.titles.length; k++)
      parents.add(JSON.stringify([t.file, ...t.titles.slice(0, k)]));
  const own = new Map<string, number>([...files].map((f) => [f, 0]));
  let total = 0;
  for (const t of tests) {
    if (parents.has(JSON.stringify([t.file, ...t.titles]))) continue;
    const ms = t.durationMs !== undefined && Number.isFinite(t.durationMs) ? t.durationMs : 0;
    own.set(t.file, (own.get(t.file) ?? 0) + Math.max(0, ms));
    total += Math.max(0, ms);
  }
  for (const [file, ms] of own)
    out.set(file, total > 0 ? (result.durationMs * ms) / total : result.durationMs / files.size);
  return out;
}

function prune(timings: Timings, now: number): void {
  const entries = Object.entries(timings.units);
  const kept = entries.filter(([, e]) => now - Date.parse(e.updatedAt) <= TIMINGS_MAX_AGE_MS);
  if (kept.length === entries.length && kept.length <= TIMINGS_MAX_UNITS) return;
  // Newest first; ids break ties so the result does not depend on the file's key order.
  kept.sort(
    ([a, x], [b, y]) => Date.parse(y.updatedAt) - Date.parse(x.updatedAt) || (a < b ? -1 : 1),
  );
  const units = Object.create(null) as Record<string, TimingEntry>;
  for (const [id, entry] of kept.slice(0, TIMINGS_MAX_UNITS)) units[id] = entry;
  timings.units = units;
}

/** Replaces the file in one step (temp file + rename); throws on a file-system error. */
export function writeTimings(path: string, timings: Timings): void {
  const text = `${JSON.stringify(timings)}\n`;
  if (Buffer.byteLength(text) > TIMINGS_MAX_BYTES) {
    throw new Error(
      `timings ${path} would be above the ${TIMINGS_MAX_BYTES}-byte limit a reader accepts; not written`,
    );
  }
  writeFileAtomic(path, text);
}

/**
 * Reads, folds in this run's results and writes back. Never throws: the history only balances
 * later runs, so a problem with it is a warning for this one.
 */
export function updateTimings(
  path: string,
  results: readonly UnitResult[],
  options: { now?: Date } = {},
): { timings: Timings; updated: number; warnings: string[] } {
  const { timings, warnings } = readTimings(path);
  const updated = applyResults(timings, results, options.now);
  if (updated === 0) return { timings, updated, warnings };
  try {
    writeTimings(path, timings);
  } catch (error) {
    warnings.push(`timings ${path} could not be written: ${(error as Error).message}`);
  }
  return { timings, updated, warnings };
}

/** Unit id → expected duration (ms), as `splitShards` takes it. */
export function timingsMap(timings: Timings): Map<string, number> {
  return new Map(Object.entries(timings.units).map(([id, e]) => [id, e.durationMs]));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
