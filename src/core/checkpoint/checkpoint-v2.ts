// Checkpoint format 2: the units as columns over the run's unit list (one array per field), checked value by value as untrusted input; a file laid out like today's list is used without copying.
import * as z from '../zod-mini.js';
import {
  isRecordedTime,
  isWholeIn,
  MAX_ATTEMPTS,
  MAX_BYTES,
  MAX_DURATION_MS,
  MAX_EXIT_CODE,
  MAX_JOBS,
  MAX_TESTS,
  MIN_EXIT_CODE,
} from '../value-limits.js';
import { OUTCOMES } from '../vocabulary.js';
import { CHECKPOINT_FORMAT_VERSION, checkpointHeaderSchema } from './checkpoint-format.js';
import {
  COLUMN_NAMES,
  CheckpointUnits,
  emptyValue,
  type ColumnName,
  type UnitColumns,
} from './checkpoint-units.js';
import { type EntryProblems, printable } from './read-problems.js';

/**
 * A column is checked for being an array here and value by value in `decodeUnitsV2`: a schema
 * per element (zod's `z.array(z.number())`) costs about 120 ms at 100,000 units, a typed loop a
 * few milliseconds, and a bad value must drop only its own unit, not the file.
 */
const column = z.custom<unknown[]>((value) => Array.isArray(value), {
  message: 'expected an array',
});

const columnsShape = Object.fromEntries(COLUMN_NAMES.map((name) => [name, column])) as Record<
  ColumnName,
  typeof column
>;

/** Formats 2 and 3 share the unit columns; 3 adds `testStatusCodes` and `tests` (read in checkpoint-tests-read.ts). */
export const checkpointDocumentSchemaV2 = z.extend(checkpointHeaderSchema, {
  formatVersion: z.union([z.literal(2), z.literal(CHECKPOINT_FORMAT_VERSION)]),
  /** Times in the unit columns are milliseconds after this one (ms since the epoch). */
  timeBase: z.number().check(z.int(), z.minimum(0), z.maximum(Number.MAX_SAFE_INTEGER)),
  /** What the numbers of the `outcome` column stand for. */
  outcomeCodes: z.array(z.string().check(z.maxLength(64))).check(z.maxLength(64)),
  units: z.object(columnsShape),
});

export type CheckpointDocumentV2 = z.infer<typeof checkpointDocumentSchemaV2>;

/** The file's legend in this version's codes (-1: an outcome this version does not know). */
function codeMap(legend: readonly string[]): Int8Array {
  const ours = new Map<string, number>(OUTCOMES.map((o, i) => [o, i]));
  return Int8Array.from(legend, (name) => ours.get(name) ?? -1);
}

const NONE = 0;
const RECORDED = 1;
const INVALID = 2;
const BAD_ID = 3;

/** What a column's values must be, checked for recorded entries only: whole numbers in [min, max], or null where allowed. */
interface Kind {
  min: number;
  max: number;
  nullable: boolean;
  expected: string;
}

const whole = (min: number, max: number, expected: string, nullable = false): Kind => ({
  min,
  max,
  nullable,
  expected,
});

/** Bounded by what testwarden writes (value-limits.ts): a lane of 10⁹ would make a picture loop. */
const KINDS: Readonly<Record<Exclude<ColumnName, 'id' | 'outcome'>, Kind>> = {
  attempts: whole(0, MAX_ATTEMPTS, `a whole number from 0 to ${MAX_ATTEMPTS}`),
  flaky: whole(0, 1, '0 or 1'),
  durationMs: whole(0, MAX_DURATION_MS, 'whole milliseconds ≥ 0, under a year'),
  passed: whole(0, MAX_TESTS, `a whole number from 0 to ${MAX_TESTS}`),
  failed: whole(0, MAX_TESTS, `a whole number from 0 to ${MAX_TESTS}`),
  skipped: whole(0, MAX_TESTS, `a whole number from 0 to ${MAX_TESTS}`),
  exitCode: whole(MIN_EXIT_CODE, MAX_EXIT_CODE, 'a 32-bit whole number or null', true),
  peakRssBytes: whole(0, MAX_BYTES, 'whole bytes ≥ 0, at most 1 PiB'),
  // Offsets: the times they make are checked below.
  finishedAt: whole(Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, 'whole milliseconds'),
  startedAt: whole(
    Number.MIN_SAFE_INTEGER,
    Number.MAX_SAFE_INTEGER,
    'whole milliseconds after timeBase or null',
    true,
  ),
  lane: whole(0, MAX_JOBS - 1, `a job slot from 0 to ${MAX_JOBS - 1} or null`, true),
};

/** Calls `reject` for each recorded entry whose value in `values` is not of `kind`. */
function checkColumn(
  values: unknown[],
  kind: Kind,
  status: Uint8Array,
  reject: (index: number) => void,
): void {
  const n = status.length;
  for (let i = 0; i < n; i++) {
    if (status[i] !== RECORDED) continue;
    const v = values[i];
    if (!(v === null ? kind.nullable : isWholeIn(v, kind.min, kind.max))) reject(i);
  }
}

/**
 * The units of a format-2 document. With `wanted` (today's unit ids), the result is laid out on
 * exactly that list: a file written for the same list is taken over as it is, any other is merged
 * by id (records of ids not in `wanted` are dropped and counted). Without it, the file's own list
 * (ids that are not strings, and repeated ids, left out). Invalid records are dropped and counted:
 * their units have no record, so they run again. The document's arrays become the units' columns
 * (no copy).
 */
export function decodeUnitsV2(
  document: CheckpointDocumentV2,
  wanted: readonly string[] | undefined,
  problems: EntryProblems,
): CheckpointUnits {
  const raw = document.units as Record<ColumnName, unknown[]>;
  const ids = raw.id;
  const n = ids.length;
  const base = document.timeBase;
  const codes = codeMap(document.outcomeCodes);
  const status = new Uint8Array(n);
  let invalidCount = 0;
  const invalid = (i: number, name: string, why: string) => {
    if (status[i] !== BAD_ID) status[i] = INVALID;
    invalidCount++;
    problems.firstInvalid ??= `${printable(JSON.stringify(ids[i]), 80)}: ${name}: ${why}`;
  };

  let badIds = 0;
  for (let i = 0; i < n; i++) {
    const id = ids[i];
    if (typeof id !== 'string' || id.length === 0) {
      status[i] = BAD_ID;
      badIds++;
      // Only a record is lost; an entry without one drops nothing.
      if (raw.outcome[i] !== null && raw.outcome[i] !== undefined) {
        invalidCount++;
        problems.firstInvalid ??= `units.id.${i}: expected a non-empty string`;
      }
    }
  }
  const outcome = raw.outcome;
  const identity = codes.length <= OUTCOMES.length && codes.every((c, i) => c === i);
  for (let i = 0; i < n; i++) {
    if (status[i] === BAD_ID) continue;
    const v = outcome[i];
    if (v === null) continue;
    if (Number.isInteger(v) && (v as number) >= 0 && (v as number) < codes.length) {
      if (codes[v as number]! >= 0) status[i] = RECORDED;
      else
        invalid(
          i,
          'outcome',
          `${printable(String(document.outcomeCodes[v as number]), 40)} is not an outcome this version knows`,
        );
    } else {
      invalid(i, 'outcome', `expected one of the ${codes.length} outcome codes or null`);
    }
  }
  for (const [name, kind] of Object.entries(KINDS)) {
    checkColumn(raw[name as ColumnName], kind, status, (i) =>
      invalid(i, name, `expected ${kind.expected}`),
    );
  }
  const passed = OUTCOMES.indexOf('passed');
  const now = Date.now();
  for (let i = 0; i < n; i++) {
    if (status[i] !== RECORDED) continue;
    if (raw.flaky[i] === 1 && codes[outcome[i] as number] !== passed) {
      invalid(i, 'flaky', 'only possible for a passed unit');
      continue;
    }
    // The columns are exact integers by now; their sums must be real times too. (A record on its
    // way in passes timeProblem, which asks the same of absolute times; one call per entry here
    // would cost a third of the read at 100,000 units.)
    const started = raw.startedAt[i] as number | null;
    const startedAt = started === null ? null : base + started;
    const finishedAt =
      (startedAt === null ? base : startedAt + (raw.durationMs[i] as number)) +
      (raw.finishedAt[i] as number);
    if (startedAt !== null && !isRecordedTime(startedAt, now))
      invalid(i, 'startedAt', 'not a time testwarden could have recorded');
    else if (!isRecordedTime(finishedAt, now))
      invalid(i, 'finishedAt', 'not a time testwarden could have recorded');
  }
  problems.invalid += invalidCount;

  // Every column as long as the list; entries without a valid record cleared, so nothing of an
  // invalid one is carried to the next file; codes in this version's numbering.
  for (const name of COLUMN_NAMES) {
    const values = raw[name];
    if (values.length > n) values.length = n;
    while (values.length < n) values.push(name === 'id' ? null : emptyValue(name));
  }
  if (!identity || invalidCount > 0 || status.includes(NONE)) {
    for (let i = 0; i < n; i++) {
      if (status[i] === RECORDED) {
        if (!identity) outcome[i] = codes[outcome[i] as number];
        continue;
      }
      for (const name of COLUMN_NAMES) if (name !== 'id') raw[name][i] = emptyValue(name);
    }
  }
  const columns = raw as unknown as UnitColumns;

  if (wanted !== undefined && badIds === 0 && n === wanted.length) {
    let same = true;
    for (let i = 0; i < n && same; i++) same = ids[i] === wanted[i];
    if (same) return CheckpointUnits.adopt(columns, base);
  }
  // Each id once (the first wins); the repeats' records are dropped.
  const index = new Map<string, number>();
  let repeats = 0;
  for (let i = 0; i < n; i++) {
    if (status[i] === BAD_ID) continue;
    const id = ids[i] as string;
    if (!index.has(id)) index.set(id, i);
    else {
      repeats++;
      if (status[i] === RECORDED) {
        problems.invalid++;
        problems.firstInvalid ??= `${printable(JSON.stringify(id), 80)}: id: repeated`;
      }
    }
  }
  const own =
    badIds === 0 && repeats === 0
      ? CheckpointUnits.adopt(columns, base, index)
      : compact(columns, base, [...index.values()]);
  return wanted === undefined ? own : layOnto(own, wanted, problems);
}

/** The entries at `keep` (positions, in order) of clean columns, as units of their own. */
function compact(columns: UnitColumns, base: number, keep: number[]): CheckpointUnits {
  const picked = Object.fromEntries(
    COLUMN_NAMES.map((name) => [name, keep.map((i) => columns[name][i])]),
  ) as unknown as UnitColumns;
  return CheckpointUnits.adopt(picked, base);
}

/**
 * `source`'s records laid onto the list `wanted`, matched by id. Records of ids not in `wanted`
 * are dropped and counted: they can never run.
 */
export function layOnto(
  source: CheckpointUnits,
  wanted: readonly string[],
  problems: EntryProblems,
): CheckpointUnits {
  const target = CheckpointUnits.empty(wanted, source.timeBase);
  const matched = new Uint8Array(source.length);
  let matchedRecords = 0;
  // Where the previous id was found, relative to its place in `wanted`: a list with units added
  // or removed keeps the same offset for long runs, so most ids are found without a lookup.
  let offset = 0;
  for (let j = 0; j < wanted.length; j++) {
    const i = source.indexOf(wanted[j]!, j + offset);
    if (i < 0) continue;
    offset = i - j;
    if (matched[i] === 1) continue;
    matched[i] = 1;
    if (source.outcomeAt(i) !== undefined) {
      target.copyFrom(source, i, j);
      matchedRecords++;
    }
  }
  const unknown = source.size - matchedRecords;
  if (unknown > 0) {
    problems.unknown += unknown;
    const first = source.ids.findIndex(
      (_, i) => matched[i] === 0 && source.outcomeAt(i) !== undefined,
    );
    problems.firstUnknown ??= source.ids[first];
  }
  return target;
}
