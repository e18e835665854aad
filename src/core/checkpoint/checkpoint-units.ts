// The checkpoint's units in memory: one column per field over the run's unit list, found by position (today's list, the usual case) or by id, and turned into JSON block by block so that rewriting the file after one more unit re-encodes one block, not the run.
import type { Outcome } from '../types.js';
import { OUTCOMES } from '../vocabulary.js';

/** One finished unit, as the checkpoint keeps it. Times are whole milliseconds since the epoch. */
export interface CheckpointUnit {
  outcome: Outcome;
  attempts: number;
  flaky: boolean;
  durationMs: number;
  tests: { passed: number; failed: number; skipped: number };
  exitCode: number | null;
  peakRssBytes: number;
  /** When the unit's last attempt ended. */
  finishedAt: number;
  /** When its first attempt started, and which job slot ran it: for timelines. */
  startedAt?: number;
  lane?: number;
}

/**
 * The columns, exactly as in the file (format 2), in the order written there. `outcome` is the
 * position in `OUTCOMES`, or null for a unit of the list that has no record (not finished); the
 * other columns are then 0 (or null) and mean nothing. Times are whole milliseconds:
 * `startedAt` after the time base, `finishedAt` after `startedAt + durationMs` (0 for a unit that
 * ran once: it ended when its only attempt did), or after the time base when `startedAt` is null.
 */
export interface UnitColumns {
  id: string[];
  outcome: (number | null)[];
  attempts: number[];
  /** 1 for a unit that passed on a retry, else 0. */
  flaky: number[];
  durationMs: number[];
  passed: number[];
  failed: number[];
  skipped: number[];
  exitCode: (number | null)[];
  peakRssBytes: number[];
  finishedAt: number[];
  startedAt: (number | null)[];
  lane: (number | null)[];
}

export type ColumnName = keyof UnitColumns;

/** What a column holds for a unit without a record: null where null is a value, else 0. */
export function emptyValue(name: Exclude<ColumnName, 'id'>): 0 | null {
  return name === 'outcome' || name === 'exitCode' || name === 'startedAt' || name === 'lane'
    ? null
    : 0;
}

/**
 * Why a record's times cannot be kept exactly (format 2 stores them as whole milliseconds after
 * the time base, `finishedAt` after `startedAt + durationMs`), or undefined when they can.
 */
export function timeProblem(
  entry: Pick<CheckpointUnit, 'durationMs' | 'finishedAt' | 'startedAt'>,
  timeBase: number,
): string | undefined {
  const safe = (v: number) => Number.isSafeInteger(v);
  if (!safe(entry.finishedAt) || entry.finishedAt < 0) return 'finishedAt: not a time after 1970';
  if (entry.startedAt !== undefined && entry.startedAt < 0)
    return 'startedAt: not a time after 1970';
  if (entry.startedAt === undefined) {
    return safe(entry.finishedAt - timeBase) ? undefined : 'finishedAt: too far from the time base';
  }
  if (!safe(entry.startedAt) || !safe(entry.startedAt - timeBase))
    return 'startedAt: not a time near the time base';
  const expectedEnd = entry.startedAt + entry.durationMs;
  if (!safe(expectedEnd) || !safe(entry.finishedAt - expectedEnd))
    return 'durationMs: too long for its start and end';
  return undefined;
}

export const COLUMN_NAMES = [
  'id',
  'outcome',
  'attempts',
  'flaky',
  'durationMs',
  'passed',
  'failed',
  'skipped',
  'exitCode',
  'peakRssBytes',
  'finishedAt',
  'startedAt',
  'lane',
] as const satisfies readonly ColumnName[];

/** Units per encoded block: small enough that one re-encode is cheap, large enough to keep the part count low. */
const BLOCK = 1024;

const OUTCOME_CODE: ReadonlyMap<Outcome, number> = new Map(OUTCOMES.map((o, i) => [o, i]));

export class CheckpointUnits {
  /** The time the time columns count from (ms since the epoch). */
  readonly timeBase: number;
  readonly #c: UnitColumns;
  #recorded: number;
  #index: Map<string, number> | undefined;
  /** Encoded blocks per column (JSON text without the brackets). */
  readonly #blocks: Buffer[][] = COLUMN_NAMES.map(() => []);
  readonly #stale: boolean[] = [];

  private constructor(columns: UnitColumns, timeBase: number, index?: Map<string, number>) {
    this.#c = columns;
    this.timeBase = timeBase;
    this.#index = index;
    let recorded = 0;
    for (const code of columns.outcome) if (code !== null) recorded++;
    this.#recorded = recorded;
  }

  /** A list of units none of which has a record yet. The ids are copied. */
  static empty(ids: readonly string[], timeBase = 0): CheckpointUnits {
    // Written out, not built in a loop: the object keeps one shape, and the column loops stay fast.
    const n = ids.length;
    const empty = <T extends number | null>(name: Exclude<ColumnName, 'id'>) =>
      packed<T>(n, emptyValue(name));
    return new CheckpointUnits(
      {
        id: [...ids],
        outcome: empty('outcome'),
        attempts: empty('attempts'),
        flaky: empty('flaky'),
        durationMs: empty('durationMs'),
        passed: empty('passed'),
        failed: empty('failed'),
        skipped: empty('skipped'),
        exitCode: empty('exitCode'),
        peakRssBytes: empty('peakRssBytes'),
        finishedAt: empty('finishedAt'),
        startedAt: empty('startedAt'),
        lane: empty('lane'),
      },
      Math.floor(timeBase),
    );
  }

  /**
   * Takes columns over as they are (no copy). For the readers, which have checked every value:
   * equal lengths, unique ids, each entry either a valid record or `outcome: null` and zeros.
   * `index`, when the reader built one, maps each id to its position.
   */
  static adopt(
    columns: UnitColumns,
    timeBase: number,
    index?: Map<string, number>,
  ): CheckpointUnits {
    return new CheckpointUnits(columns, timeBase, index);
  }

  /** The unit list, in its order. */
  get ids(): readonly string[] {
    return this.#c.id;
  }

  /** How many units the list has. */
  get length(): number {
    return this.#c.id.length;
  }

  /** How many of them have a record. */
  get size(): number {
    return this.#recorded;
  }

  /**
   * The position of `id` in the list, or -1. With `hint`, the position where the caller expects
   * it (its index in today's list): checked first, so a list laid out like today's needs no lookup.
   */
  indexOf(id: string, hint?: number): number {
    if (hint !== undefined && this.#c.id[hint] === id) return hint;
    if (this.#index === undefined) {
      const index = new Map<string, number>();
      const ids = this.#c.id;
      for (let i = 0; i < ids.length; i++) if (!index.has(ids[i]!)) index.set(ids[i]!, i);
      this.#index = index;
    }
    return this.#index.get(id) ?? -1;
  }

  outcomeAt(index: number): Outcome | undefined {
    const code = this.#c.outcome[index];
    return code === null || code === undefined ? undefined : OUTCOMES[code];
  }

  /** The recorded duration at `index`, if that unit has a record. */
  durationAt(index: number): number | undefined {
    return this.outcomeAt(index) === undefined ? undefined : this.#c.durationMs[index];
  }

  at(index: number): CheckpointUnit | undefined {
    const c = this.#c;
    const outcome = this.outcomeAt(index);
    if (outcome === undefined) return undefined;
    const started = c.startedAt[index]!;
    const startedAt = started === null ? undefined : this.timeBase + started;
    const lane = c.lane[index];
    const durationMs = c.durationMs[index]!;
    return {
      outcome,
      attempts: c.attempts[index]!,
      flaky: c.flaky[index] === 1,
      durationMs,
      tests: { passed: c.passed[index]!, failed: c.failed[index]!, skipped: c.skipped[index]! },
      exitCode: c.exitCode[index]!,
      peakRssBytes: c.peakRssBytes[index]!,
      finishedAt:
        (startedAt === undefined ? this.timeBase : startedAt + durationMs) + c.finishedAt[index]!,
      ...(startedAt !== undefined ? { startedAt } : {}),
      ...(lane !== null && lane !== undefined ? { lane } : {}),
    };
  }

  get(id: string): CheckpointUnit | undefined {
    const index = this.indexOf(id);
    return index < 0 ? undefined : this.at(index);
  }

  has(id: string): boolean {
    const index = this.indexOf(id);
    return index >= 0 && this.#c.outcome[index] !== null;
  }

  /** Records `entry` for `id`, adding the id at the end of the list when it is not in it. */
  record(id: string, entry: CheckpointUnit): void {
    let index = this.indexOf(id);
    if (index < 0) index = this.#append(id);
    this.setAt(index, entry);
  }

  setAt(index: number, entry: CheckpointUnit): void {
    const c = this.#c;
    if (c.outcome[index] === null) this.#recorded++;
    c.outcome[index] = OUTCOME_CODE.get(entry.outcome)!;
    c.attempts[index] = entry.attempts;
    c.flaky[index] = entry.flaky ? 1 : 0;
    c.durationMs[index] = entry.durationMs;
    c.passed[index] = entry.tests.passed;
    c.failed[index] = entry.tests.failed;
    c.skipped[index] = entry.tests.skipped;
    c.exitCode[index] = entry.exitCode;
    c.peakRssBytes[index] = entry.peakRssBytes;
    const startedAt = entry.startedAt === undefined ? null : entry.startedAt - this.timeBase;
    c.startedAt[index] = startedAt;
    c.finishedAt[index] =
      entry.finishedAt -
      (entry.startedAt === undefined ? this.timeBase : entry.startedAt + entry.durationMs);
    c.lane[index] = entry.lane ?? null;
    this.#stale[Math.floor(index / BLOCK)] = true;
  }

  /** Copies the record at `from` in `source` (if any) to `to` here, without building an object. */
  copyFrom(source: CheckpointUnits, from: number, to: number): void {
    const s = source.#c;
    const c = this.#c;
    const outcome = s.outcome[from];
    if (outcome === null || outcome === undefined) return;
    if (c.outcome[to] === null) this.#recorded++;
    const shift = source.timeBase - this.timeBase;
    const started = s.startedAt[from]!;
    c.outcome[to] = outcome;
    c.attempts[to] = s.attempts[from]!;
    c.flaky[to] = s.flaky[from]!;
    c.durationMs[to] = s.durationMs[from]!;
    c.passed[to] = s.passed[from]!;
    c.failed[to] = s.failed[from]!;
    c.skipped[to] = s.skipped[from]!;
    c.exitCode[to] = s.exitCode[from]!;
    c.peakRssBytes[to] = s.peakRssBytes[from]!;
    c.startedAt[to] = started === null ? null : started + shift;
    c.finishedAt[to] = s.finishedAt[from]! + (started === null ? shift : 0);
    c.lane[to] = s.lane[from]!;
    this.#stale[Math.floor(to / BLOCK)] = true;
  }

  /** The recorded units, in list order. */
  *entries(): IterableIterator<[string, CheckpointUnit]> {
    for (let i = 0; i < this.#c.id.length; i++) {
      const entry = this.at(i);
      if (entry !== undefined) yield [this.#c.id[i]!, entry];
    }
  }

  /**
   * The JSON of the columns as an object (`{"id":[…],"outcome":[…],…}`), in parts. Blocks
   * unchanged since the last call are reused.
   */
  encode(): Buffer[] {
    const n = this.#c.id.length;
    const blockCount = Math.ceil(n / BLOCK);
    for (let b = 0; b < blockCount; b++) {
      if (this.#stale[b] !== true && this.#blocks[0]![b] !== undefined) continue;
      const from = b * BLOCK;
      const to = Math.min(n, from + BLOCK);
      COLUMN_NAMES.forEach((name, k) => {
        const text = JSON.stringify(this.#c[name].slice(from, to));
        // Numbers and null are ASCII, which latin1 encodes fastest; ids may be any text.
        const bytes = Buffer.from(text, name === 'id' ? 'utf8' : 'latin1');
        this.#blocks[k]![b] = bytes.subarray(1, bytes.length - 1);
      });
      this.#stale[b] = false;
    }
    const comma = Buffer.from(',');
    const parts: Buffer[] = [];
    COLUMN_NAMES.forEach((name, k) => {
      parts.push(Buffer.from(`${k === 0 ? '{' : '],'}${JSON.stringify(name)}:[`));
      const blocks = this.#blocks[k]!;
      for (let b = 0; b < blockCount; b++) {
        if (b > 0) parts.push(comma);
        parts.push(blocks[b]!);
      }
    });
    parts.push(Buffer.from(']}'));
    return parts;
  }

  #append(id: string): number {
    const c = this.#c;
    const index = c.id.length;
    c.id.push(id);
    c.outcome.push(null);
    for (const name of COLUMN_NAMES) {
      if (name === 'id' || name === 'outcome') continue;
      (c[name] as unknown[]).push(emptyValue(name));
    }
    this.#index?.set(id, index);
    this.#stale[Math.floor(index / BLOCK)] = true;
    return index;
  }
}

/** Templates to copy packed arrays from, grown to the longest list seen. */
const templates = { zero: [] as number[], null: [] as null[] };

/**
 * An array of `n` times `value`, packed: `new Array(n).fill()` makes a holey array, which
 * JSON.stringify serialises half as fast, and pushing each value costs 30 ns; a slice of a packed
 * template is a copy of memory.
 */
function packed<T extends number | null>(n: number, value: 0 | null): T[] {
  const template: (number | null)[] = value === 0 ? templates.zero : templates.null;
  while (template.length < n) template.push(value);
  return template.slice(0, n) as T[];
}
