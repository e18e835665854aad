// The checkpoint's per-test records of preset units (format 3): each test's latest status as it finishes, kept as rows and turned into JSON block by block, so a rewrite after one more test re-encodes one block.
import { TEST_STATUSES, type TestId, type TestStatus } from '../frameworks/test-events.js';
import { testKey } from '../frameworks/test-results.js';

/** What a test's row can say: how it ended, or `running` (it started and has not ended: a hang if the run stops here). */
export const TEST_RECORD_STATUSES = [...TEST_STATUSES, 'running'] as const;
export type TestRecordStatus = (typeof TEST_RECORD_STATUSES)[number];

/** Statuses a resumed run does not repeat: everything but a failure, an error and a test that never ended. */
const SETTLED: ReadonlySet<TestRecordStatus> = new Set<TestRecordStatus>([
  'passed',
  'skipped',
  'todo',
  'xfail',
  'xpass',
]);

export function isSettledStatus(status: TestRecordStatus): boolean {
  return SETTLED.has(status);
}

export interface TestRecord extends TestId {
  status: TestRecordStatus;
  durationMs?: number;
  /** Passed after failing in an earlier attempt of the same run. */
  flaky: boolean;
}

/** One row as kept in memory; `file` is an index into the unit's file table. */
interface Row {
  file: number;
  titles: string[];
  nodeId: string | undefined;
  /** Which of the tests with this file and titles (not written: rows keep their order, and reading them back numbers them again). */
  occurrence: number;
  status: number;
  durationMs: number | null;
  flaky: 0 | 1;
}

const STATUS_CODE: ReadonlyMap<TestRecordStatus, number> = new Map(
  TEST_RECORD_STATUSES.map((s, i) => [s, i]),
);
const FAILED_CODES = new Set([STATUS_CODE.get('failed')!, STATUS_CODE.get('error')!]);

const COMMA = Buffer.from(',');
const CLOSE = Buffer.from(']}');

/** Rows per encoded block. */
const BLOCK = 1024;

/** pytest's node id as the file and titles spell it: stored only when a test's own differs. */
export function derivedNodeId(file: string, titles: readonly string[]): string {
  return [file, ...titles].join('::');
}

/**
 * The key of a test's row: its file, titles and node id, the node id only when it is not the one
 * the file and titles spell (as the row stores it), so a row read back matches the test's events.
 */
export function recordKey(id: TestId): string {
  let key = recordKeys.get(id);
  if (key === undefined) {
    const own = id.nodeId !== undefined && id.nodeId !== derivedNodeId(id.file, id.titles);
    // Without a node id, the id's own key is the row's (and made once for both).
    key = testKey(
      own || id.nodeId === undefined
        ? id
        : { file: id.file, titles: id.titles, occurrence: id.occurrence },
    );
    recordKeys.set(id, key);
  }
  return key;
}

/** Each id's row key, made once (an event's is asked for by the records, the attempt and the slow-test watch). */
const recordKeys = new WeakMap<TestId, string>();

/** The tests of one preset unit. */
export class UnitTestRecords {
  /**
   * The last attempt that ran reported to its end (the framework finished, no test left running):
   * every test not settled here is a row. False while a run is under way and after a cut one.
   */
  finished: boolean;
  readonly #files: string[] = [];
  readonly #fileIndex = new Map<string, number>();
  #filesJson = '';
  readonly #rows: (Row | undefined)[] = [];
  readonly #byKey = new Map<string, number>();
  readonly #blocks: Buffer[] = [];
  readonly #stale: boolean[] = [];
  /**
   * Rows that failed in an earlier attempt, of this run (a retry) or of the run it resumes (a
   * failed row carried from the checkpoint): passing later makes them flaky.
   */
  readonly #failedBefore = new Set<number>();
  /** Rows adopted per file and titles, to number repeated names. */
  readonly #adopted = new Map<string, number>();
  #size = 0;

  constructor(finished = false) {
    this.finished = finished;
  }

  /** How many tests have a row. */
  get size(): number {
    return this.#size;
  }

  /** Sets a test's row (adding it at the end when new). A pass after a failure (this run's or a resumed one's) is flaky. */
  set(id: TestId, status: TestRecordStatus, durationMs?: number): void {
    this.#setKeyed(recordKey(id), id, status, durationMs);
  }

  #setKeyed(key: string, id: TestId, status: TestRecordStatus, durationMs?: number): void {
    let index = this.#byKey.get(key);
    const code = STATUS_CODE.get(status)!;
    if (index === undefined || this.#rows[index] === undefined) {
      index = this.#rows.length;
      this.#byKey.set(key, index);
      this.#rows.push({
        file: this.#fileOf(id.file),
        titles: [...id.titles],
        nodeId:
          id.nodeId !== undefined && id.nodeId !== derivedNodeId(id.file, id.titles)
            ? id.nodeId
            : undefined,
        occurrence: id.occurrence ?? 1,
        status: code,
        durationMs: durationMs === undefined ? null : Math.round(durationMs),
        flaky: 0,
      });
      this.#size++;
    } else {
      const row = this.#rows[index]!;
      row.status = code;
      if (durationMs !== undefined) row.durationMs = Math.round(durationMs);
      if (status === 'passed' && this.#failedBefore.has(index)) row.flaky = 1;
      else if (status !== 'running') row.flaky = 0;
    }
    if (FAILED_CODES.has(code)) this.#failedBefore.add(index);
    this.#stale[Math.floor(index / BLOCK)] = true;
  }

  /** Removes a test's row (a test the framework no longer has). */
  delete(id: TestId): void {
    const key = recordKey(id);
    const index = this.#byKey.get(key);
    if (index === undefined) return;
    this.#byKey.delete(key);
    this.#rows[index] = undefined;
    this.#size--;
    this.#stale[Math.floor(index / BLOCK)] = true;
  }

  get(id: TestId): TestRecord | undefined {
    const index = this.#byKey.get(recordKey(id));
    return index === undefined ? undefined : this.#record(this.#rows[index]);
  }

  /** The rows, in the order their tests were first seen. */
  *records(): IterableIterator<TestRecord> {
    for (const row of this.#rows) {
      const record = this.#record(row);
      if (record) yield record;
    }
  }

  /**
   * Adds a row read from a file (already checked). Rows are in the order their tests were first
   * seen, so a repeated file and titles is the next test of that name.
   */
  adopt(read: TestRecord): void {
    const base = recordKey({ ...read, occurrence: undefined });
    const occurrence = (this.#adopted.get(base) ?? 0) + 1;
    this.#adopted.set(base, occurrence);
    const record: TestRecord = occurrence > 1 ? { ...read, occurrence } : read;
    this.#setKeyed(recordKey(record), record, record.status, record.durationMs);
    const index = this.#rows.length - 1;
    // A failure carried from the run this one resumes stays one (set above): the same test
    // passing now, with nothing but a new run between, is flaky, as on a retry.
    if (record.flaky) this.#rows[index]!.flaky = 1;
  }

  /** The JSON of this unit's section, in parts: `{"unit":…,"finished":…,"files":[…],"rows":[…]}`. */
  encode(unitId: string): Buffer[] {
    const blockCount = Math.ceil(this.#rows.length / BLOCK);
    for (let b = 0; b < blockCount; b++) {
      if (this.#stale[b] !== true && this.#blocks[b] !== undefined) continue;
      const parts: string[] = [];
      const end = Math.min(this.#rows.length, (b + 1) * BLOCK);
      for (let i = b * BLOCK; i < end; i++) {
        const row = this.#rows[i];
        if (row === undefined) continue;
        const cells: unknown[] = [row.file, row.titles, row.status, row.durationMs, row.flaky];
        if (row.nodeId !== undefined) cells.push(row.nodeId);
        parts.push(JSON.stringify(cells));
      }
      this.#blocks[b] = Buffer.from(parts.join(','), 'utf8');
      this.#stale[b] = false;
    }
    const out: Buffer[] = [
      Buffer.from(
        `{"unit":${JSON.stringify(unitId)},"finished":${this.finished},"files":[${this.#filesJson}],"rows":[`,
        'utf8',
      ),
    ];
    let first = true;
    for (let b = 0; b < blockCount; b++) {
      const block = this.#blocks[b]!;
      if (block.length === 0) continue;
      if (!first) out.push(COMMA);
      out.push(block);
      first = false;
    }
    out.push(CLOSE);
    return out;
  }

  #fileOf(file: string): number {
    let index = this.#fileIndex.get(file);
    if (index === undefined) {
      index = this.#files.length;
      this.#files.push(file);
      this.#fileIndex.set(file, index);
      this.#filesJson += (index === 0 ? '' : ',') + JSON.stringify(file);
    }
    return index;
  }

  #record(row: Row | undefined): TestRecord | undefined {
    if (row === undefined) return undefined;
    const file = this.#files[row.file]!;
    const record: TestRecord = {
      file,
      titles: row.titles,
      status: TEST_RECORD_STATUSES[row.status]!,
      flaky: row.flaky === 1,
    };
    if (row.nodeId !== undefined) record.nodeId = row.nodeId;
    if (row.occurrence > 1) record.occurrence = row.occurrence;
    if (row.durationMs !== null) record.durationMs = row.durationMs;
    return record;
  }
}

/** The per-test records of every preset unit of the run, by unit id. */
export class CheckpointTests {
  readonly #units = new Map<string, UnitTestRecords>();

  /** The unit's records, created empty when it has none and `create` is set. */
  of(unitId: string, create: true): UnitTestRecords;
  of(unitId: string, create?: false): UnitTestRecords | undefined;
  of(unitId: string, create = false): UnitTestRecords | undefined {
    let records = this.#units.get(unitId);
    if (records === undefined && create) {
      records = new UnitTestRecords();
      this.#units.set(unitId, records);
    }
    return records;
  }

  put(unitId: string, records: UnitTestRecords): void {
    this.#units.set(unitId, records);
  }

  remove(unitId: string): void {
    this.#units.delete(unitId);
  }

  get unitIds(): string[] {
    return [...this.#units.keys()];
  }

  /** Tests recorded over all units. */
  get size(): number {
    let n = 0;
    for (const records of this.#units.values()) n += records.size;
    return n;
  }

  /** The `tests` array of the file, in parts. */
  encode(): Buffer[] {
    const parts: Buffer[] = [Buffer.from('[')];
    let first = true;
    for (const [unitId, records] of this.#units) {
      if (!first) parts.push(COMMA);
      parts.push(...records.encode(unitId));
      first = false;
    }
    parts.push(Buffer.from(']'));
    return parts;
  }
}

/** Whether a status is a failure to rerun (failed, error) or a test that never ended. */
export function needsRerun(status: TestRecordStatus): boolean {
  return !SETTLED.has(status);
}

export type { TestStatus };
