// Folds a per-test event stream into per-test results and counts; the counts are the tests' own statuses summed.
import type { FileError, FrameworkCounts, TestCounts, TestResult } from '../types.js';
import type { TestEvent, TestId, TestStatus } from './test-events.js';

export interface StreamProblems {
  /** Lines that were not JSON or not a known event (an unterminated last line is not counted here). */
  badLines: number;
  /** The stream's last line was cut short (the writer was killed mid-line); it was ignored. */
  truncatedLastLine: boolean;
  /** The stream was larger than the reader's limit; the rest was not read. */
  cutAtMaxBytes: boolean;
  /** Results beyond `maxTests` were counted but not kept one by one. */
  testsNotKept: number;
  /** A `run-start` line named a schema version this reader does not know. */
  unknownVersion?: number;
}

export interface TestRunResults {
  framework?: string;
  /** The framework said it finished (`run-end`); false after a kill or crash. */
  finished: boolean;
  tests: TestResult[];
  /** Tests that started and never ended: running when the process stopped (a hang, a crash). */
  unfinished: TestId[];
  /** Tests a collect-only run listed. */
  collected: TestId[];
  fileErrors: FileError[];
  counts: FrameworkCounts;
  /** What the framework itself reported at the end, when it did (a cross-check, not the source of counts). */
  frameworkSummary?: Record<string, number>;
  problems: StreamProblems;
}

export function emptyCounts(): FrameworkCounts {
  return { passed: 0, failed: 0, skipped: 0, todo: 0, xfail: 0, xpass: 0, errors: 0 };
}

/**
 * The counts every report carries: xpass is passed, todo and xfail are skipped (as pytest's JUnit
 * and Jest's own JSON put them); errors (files that failed to load, pytest's setup and teardown
 * errors) stay apart, as the frameworks' own summaries keep them.
 */
export function toTestCounts(counts: FrameworkCounts): TestCounts {
  return {
    passed: counts.passed + counts.xpass,
    failed: counts.failed,
    skipped: counts.skipped + counts.todo + counts.xfail,
    errors: counts.errors,
  };
}

/**
 * Each id's key, made once: an event's is asked for by the numbering, the results, the
 * checkpoint's records and the slow-test watch (ids are not changed once made).
 */
const keys = new WeakMap<TestId, string>();

/** The key two events of one test share (file, titles, node id, and which of the tests of that name). */
export function testKey(id: TestId): string {
  let key = keys.get(id);
  if (key === undefined) {
    const base = JSON.stringify([id.file, id.nodeId ?? null, ...id.titles]);
    key = id.occurrence !== undefined && id.occurrence > 1 ? `${base}#${id.occurrence}` : base;
    keys.set(id, key);
  }
  return key;
}

/**
 * Numbers the tests of one framework process that share a file and titles, in the order it
 * reports them: a start opens the next number, an end closes the oldest open one of its name
 * (or takes the next number when none is open: a skipped test is often reported without a
 * start). One per stream, so each attempt numbers its tests from 1 again; and each framework
 * process of a stream (its `run-start`) too: a rerun split over several processes has each run
 * its tests as the one process before it did (node:test announces, in every process, the tests
 * its name pattern leaves out, and closes them).
 */
export class Occurrences {
  readonly #next = new Map<string, number>();
  readonly #open = new Map<string, number[]>();

  number<E extends TestEvent>(event: E): E {
    if (event.type === 'run-start') {
      this.#next.clear();
      this.#open.clear();
      return event;
    }
    if (event.type !== 'test-start' && event.type !== 'test-end' && event.type !== 'group-end')
      return event;
    // A stream's event has no number: its own key is the one of its name (and made once).
    const key = testKey(
      'occurrence' in event
        ? { file: event.file, titles: event.titles, nodeId: event.nodeId }
        : event,
    );
    let occurrence: number | undefined;
    if (event.type !== 'test-start') occurrence = this.#open.get(key)?.shift();
    // Another try of the test of this name that ended last: that test's number, opened again.
    if (occurrence === undefined && 'retry' in event && event.retry) {
      occurrence = (this.#next.get(key) ?? 2) - 1;
      if (event.type === 'test-start') {
        const open = this.#open.get(key);
        if (open) open.push(occurrence);
        else this.#open.set(key, [occurrence]);
      }
    }
    if (occurrence === undefined) {
      occurrence = this.#next.get(key) ?? 1;
      this.#next.set(key, occurrence + 1);
      if (event.type === 'test-start') {
        const open = this.#open.get(key);
        if (open) open.push(occurrence);
        else this.#open.set(key, [occurrence]);
      }
    }
    return occurrence > 1 ? { ...event, occurrence } : event;
  }
}

/** The framework category each test status is counted in. */
export const COUNTED_AS: Record<TestStatus, keyof FrameworkCounts> = {
  passed: 'passed',
  failed: 'failed',
  skipped: 'skipped',
  todo: 'todo',
  xfail: 'xfail',
  xpass: 'xpass',
  error: 'errors',
};

/** The framework counts of tests that ended with these statuses. */
export function countStatuses(statuses: Iterable<TestStatus>): FrameworkCounts {
  const counts = emptyCounts();
  for (const status of statuses) counts[COUNTED_AS[status]]++;
  return counts;
}

/** Accumulates events one at a time, so a stream of any length is folded in one pass. */
export class TestResultsBuilder {
  readonly #maxTests: number;
  readonly #results: TestRunResults = {
    finished: false,
    tests: [],
    unfinished: [],
    collected: [],
    fileErrors: [],
    counts: emptyCounts(),
    problems: { badLines: 0, truncatedLastLine: false, cutAtMaxBytes: false, testsNotKept: 0 },
  };
  /** Started-minus-ended per test key, with the id to report if it never ends. */
  readonly #running = new Map<string, { id: TestId; open: number }>();
  readonly #occurrences = new Occurrences();

  constructor(options: { maxTests?: number } = {}) {
    this.#maxTests = options.maxTests ?? 1_000_000;
  }

  get problems(): StreamProblems {
    return this.#results.problems;
  }

  /** Folds one event of the stream; returns it numbered (`occurrence`) as the results number it. */
  add(streamEvent: TestEvent): TestEvent {
    const event = this.#occurrences.number(streamEvent);
    this.#fold(event);
    return event;
  }

  #fold(event: TestEvent): void {
    const r = this.#results;
    switch (event.type) {
      case 'run-start':
        r.framework ??= event.framework;
        if (event.v !== 1) r.problems.unknownVersion = event.v;
        return;
      case 'collected':
        if (r.collected.length < this.#maxTests) r.collected.push(idOf(event));
        return;
      case 'test-start': {
        const key = testKey(event);
        const entry = this.#running.get(key);
        if (entry) entry.open++;
        else if (this.#running.size < this.#maxTests)
          this.#running.set(key, { id: idOf(event), open: 1 });
        return;
      }
      case 'group-end':
        this.#close(event);
        return;
      case 'test-end': {
        this.#close(event);
        if (event.retry && this.#replaceTry(event)) return;
        r.counts[COUNTED_AS[event.status]]++;
        r.counts.errors += event.teardownErrors ?? 0;
        if (r.tests.length >= this.#maxTests) {
          r.problems.testsNotKept++;
          return;
        }
        const result: TestResult = { ...idOf(event), status: event.status };
        if (event.durationMs !== undefined) result.durationMs = event.durationMs;
        if (event.failure) result.failure = event.failure;
        if (event.teardownErrors) result.teardownErrors = event.teardownErrors;
        r.tests.push(result);
        return;
      }
      case 'file-error':
        r.counts.errors++;
        if (r.fileErrors.length < this.#maxTests) {
          r.fileErrors.push(
            event.failure ? { file: event.file, failure: event.failure } : { file: event.file },
          );
        }
        return;
      case 'run-end':
        r.finished = true;
        if (event.summary) r.frameworkSummary = event.summary;
        return;
    }
  }

  /**
   * Unfinished are the innermost tests still running: a started group (a describe block whose
   * end is not reported) holding a started test is left out, the test inside it is named.
   */
  finish(): TestRunResults {
    const open = [...this.#running.values()].map((entry) => entry.id);
    const prefixes = new Set<string>();
    for (const id of open) {
      for (let n = 1; n < id.titles.length; n++)
        prefixes.add(testKey({ file: id.file, titles: id.titles.slice(0, n) }));
    }
    this.#results.unfinished = open.filter(
      (id) => !prefixes.has(testKey({ file: id.file, titles: id.titles })),
    );
    return this.#results;
  }

  /**
   * Puts another try's result in the place of the test's earlier one (its counts moved with it);
   * false when that one is not kept (past `maxTests`), which then counts this one as new.
   */
  #replaceTry(event: Extract<TestEvent, { type: 'test-end' }>): boolean {
    const r = this.#results;
    const key = testKey(event);
    let index = r.tests.length - 1;
    while (index >= 0 && testKey(r.tests[index]!) !== key) index--;
    if (index < 0) return false;
    const earlier = r.tests[index]!;
    r.counts[COUNTED_AS[earlier.status]]--;
    r.counts.errors -= earlier.teardownErrors ?? 0;
    r.counts[COUNTED_AS[event.status]]++;
    r.counts.errors += event.teardownErrors ?? 0;
    const result: TestResult = { ...idOf(event), status: event.status };
    if (event.durationMs !== undefined) result.durationMs = event.durationMs;
    if (event.failure) result.failure = event.failure;
    if (event.teardownErrors) result.teardownErrors = event.teardownErrors;
    r.tests[index] = result;
    return true;
  }

  #close(id: TestId): void {
    const key = testKey(id);
    const entry = this.#running.get(key);
    if (entry && --entry.open <= 0) this.#running.delete(key);
  }
}

function idOf(event: TestId): TestId {
  const id: TestId = { file: event.file, titles: event.titles };
  if (event.nodeId !== undefined) id.nodeId = event.nodeId;
  if (event.occurrence !== undefined) id.occurrence = event.occurrence;
  return id;
}
