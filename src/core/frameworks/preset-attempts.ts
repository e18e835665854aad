// A preset unit's attempts at test level: what each attempt runs (resume and retries: only what is not settled), its events recorded in the checkpoint as they come, and the unit's per-test results over all of them.
import { join as shellJoin, quote as shellQuote } from 'shlex';
import {
  isSettledStatus,
  recordKey,
  type TestRecord,
  type TestRecordStatus,
  type UnitTestRecords,
} from '../checkpoint/checkpoint-tests.js';
import type { RunCheckpoint } from '../checkpoint/run-checkpoint.js';
import { rmSync, writeFileSync } from 'node:fs';
import type { AttemptEnd, TestCases, TestCounts, TestResult, Unit } from '../types.js';
import { MAX_ARG_CHARS, type Invocation, type Preset, type PresetContext } from './preset.js';
import type { TestEvent, TestId } from './test-events.js';
import { planRerun } from './rerun-selection.js';
import { EventsTail } from './tail-events.js';
import { COUNTED_AS, emptyCounts, toTestCounts } from './test-results.js';
import { SlowTimers } from '../report/slow-watch.js';

/** How often a running attempt's event stream is looked at for new lines. */
export const TAIL_INTERVAL_MS = 50;

export interface PresetAttemptsOptions {
  preset: Preset;
  context: PresetContext;
  extraArgs: readonly string[];
  checkpoint: RunCheckpoint;
  /** The run's units: a batch (one with `files`) runs its files, the others the whole suite. */
  units: readonly Unit[];
  /**
   * The path of an attempt's helper file with this extension (`settled.txt`: pytest's list of
   * settled node ids; `sh`: the script of a rerun too long for one argument).
   */
  helperFile: (unitId: string, attempt: number, extension: string) => string;
  notice: (level: 'info' | 'warning', message: string) => void;
  /** `--slow-timeout` at test level: told when a test runs longer (undefined period: off). */
  slowTests?: {
    periodMs: number | undefined;
    onSlow: (unitId: string, test: TestId, overMs: number) => void;
  };
}

/** The command of an attempt that runs less than the whole suite. */
export interface AttemptCommand {
  program: string;
  args: string[];
  env: Record<string, string>;
}

export class PresetAttempts {
  readonly #o: PresetAttemptsOptions;
  /** Per unit, the tests reported by its current attempt. */
  readonly #reported = new Map<string, Set<string>>();
  /** Per unit, the status each test not settled had when its current attempt began. */
  readonly #unsettled = new Map<string, Map<string, TestRecordStatus>>();
  /** Per unit, each test's result as its latest attempt reported it (failure, teardown errors). */
  readonly #details = new Map<string, Map<string, TestResult>>();
  readonly #fileErrors = new Map<string, Map<string, TestCases['fileErrors'][number]>>();
  /** Per batch, the files its framework process runs. */
  readonly #scopes = new Map<string, readonly string[]>();

  /** Per unit and test, the timer that says it is slow. */
  readonly #slow: SlowTimers;

  constructor(options: PresetAttemptsOptions) {
    this.#slow = new SlowTimers(options.slowTests?.periodMs);
    this.#o = options;
    for (const unit of options.units) if (unit.files) this.#scopes.set(unit.id, unit.files);
  }

  /** The files a batch runs (undefined: the whole suite). */
  scopeOf(unitId: string): readonly string[] | undefined {
    return this.#scopes.get(unitId);
  }

  /**
   * On resume: each batch runs again the files its records name, whatever batches this run's
   * durations would make (they changed with the run being resumed), so a file of a cut batch
   * never moves into a batch that is carried and does not run. Files no test of which was
   * recorded (not reached before the cut, or new) stay in their batch when it runs and has no
   * record (it never started, or its id is new: another --batch); the others go to the batches
   * that run, each to the one with the fewest files so far.
   */
  resumeScopes(toRun: readonly Unit[]): void {
    if (this.#scopes.size === 0) return;
    const owner = new Map<string, string>();
    for (const unitId of this.#scopes.keys()) {
      for (const record of this.#o.checkpoint.testsOf(unitId).records())
        if (!owner.has(record.file)) owner.set(record.file, unitId);
    }
    const running = [...new Set(toRun.filter((u) => this.#scopes.has(u.id)).map((u) => u.id))];
    const next = new Map<string, string[]>();
    for (const unitId of this.#scopes.keys()) next.set(unitId, []);
    const unrecorded: string[] = [];
    const planned = new Map<string, string>();
    for (const [unitId, files] of this.#scopes) {
      for (const file of files) {
        const recorded = owner.get(file);
        if (recorded !== undefined) next.get(recorded)!.push(file);
        else unrecorded.push(file);
        planned.set(file, unitId);
      }
    }
    // A batch that runs and has no record at all (it never started, or its id is new) keeps its
    // own files, so that its id still names them (with --batch 1, the file itself).
    const fresh = new Set(running.filter((id) => next.get(id)!.length === 0));
    const left = unrecorded.filter((file) => {
      const own = planned.get(file)!;
      if (fresh.has(own)) next.get(own)!.push(file);
      return !fresh.has(own);
    });
    for (const file of left.sort()) {
      const fewest = running.reduce<string | undefined>(
        (best, id) =>
          best === undefined || next.get(id)!.length < next.get(best)!.length ? id : best,
        undefined,
      );
      if (fewest !== undefined) next.get(fewest)!.push(file);
    }
    for (const [unitId, files] of next) {
      const before = this.#scopes.get(unitId)!;
      const after = files.sort();
      this.#scopes.set(unitId, after);
      if (running.includes(unitId) && JSON.stringify(before) !== JSON.stringify(after))
        this.#o.notice(
          'info',
          `${unitId}: resuming with the files its records name (${after.length}), not this run's split`,
        );
    }
  }

  /**
   * What attempt `attempt` of the unit runs: undefined for the whole suite (the plan's command),
   * which is what a first attempt without records runs, and any attempt when nothing is left to
   * choose. A resumed unit's first attempt and every retry run only what is not settled.
   */
  async command(unitId: string, attempt: number): Promise<AttemptCommand | undefined> {
    const records = this.#o.checkpoint.testsOf(unitId);
    const scope = this.#scopes.get(unitId);
    const whole = () =>
      scope
        ? asOneCommand(
            this.#o.preset.commands(this.#o.context, { files: scope }, this.#o.extraArgs),
          )
        : undefined;
    if (records.size === 0) return whole();
    const rerun = await planRerun({
      preset: this.#o.preset,
      context: this.#o.context,
      extraArgs: this.#o.extraArgs,
      records,
      deselectFile: this.#o.helperFile(unitId, attempt, 'settled.txt'),
      ...(scope ? { scope } : {}),
    });
    const what = attempt === 1 ? 'resuming' : `attempt ${attempt}`;
    if (rerun.kind === 'nothing') {
      this.#o.notice(
        'info',
        `${unitId}: ${what}: every test is settled (${rerun.settled}), but the unit failed; running ${scope ? 'the whole batch' : 'the whole suite'}`,
      );
      return whole();
    }
    const running =
      rerun.scope === 'tests'
        ? `${rerun.rerun} failed or unfinished ${rerun.rerun === 1 ? 'test' : 'tests'} again`
        : rerun.scope === 'files'
          ? `the files of ${rerun.rerun} failed or unfinished tests again, whole (${rerun.why})`
          : rerun.scope === 'all-but-settled'
            ? `the ${scope ? 'batch' : 'suite'} without its ${rerun.settled} settled tests (the last attempt was cut short)`
            : `${scope ? 'the whole batch' : 'the whole suite'}${rerun.why ? ` (${rerun.why})` : ''}`;
    this.#o.notice('info', `${unitId}: ${what}: running ${running}`);
    return asOneCommand(rerun.invocations, () => this.#o.helperFile(unitId, attempt, 'sh'));
  }

  /** Starts following the attempt's events into the checkpoint. */
  watch(unitId: string, path: string, events: 'file' | 'go-json'): EventsTail {
    // A stream an earlier run left at this path is not this attempt's.
    rmSync(path, { force: true });
    const records = this.#o.checkpoint.testsOf(unitId);
    records.finished = false;
    const reported = new Set<string>();
    this.#reported.set(unitId, reported);
    const unsettled = new Map<string, TestRecordStatus>();
    for (const r of records.records())
      if (!isSettledStatus(r.status)) unsettled.set(recordKey(r), r.status);
    this.#unsettled.set(unitId, unsettled);
    const tail = new EventsTail(path, {
      format: events === 'go-json' ? 'go' : 'testwarden',
      // Read while the framework runs (on a core it leaves free), not left for its end: what is
      // unread when it exits is read before the run can end (every 250 ms left up to 1,000
      // Mocha events, 60 ms of CPU, to read after the exit). A look that finds nothing costs
      // three system calls.
      intervalMs: TAIL_INTERVAL_MS,
      onEvent: (event) => {
        this.#watchSlow(unitId, event);
        if (event.type === 'test-end') reported.add(recordKey(event));
        if (event.type === 'file-error') reported.add(recordKey({ file: event.file, titles: [] }));
        this.#o.checkpoint.recordTestEvent(unitId, event);
      },
    });
    tail.start();
    return tail;
  }

  /**
   * A test that starts is timed until it ends; a test inside it (a node:test suite's, which is
   * reported as started too) takes over, so the line names the innermost test running.
   */
  #watchSlow(unitId: string, event: TestEvent): void {
    const slow = this.#o.slowTests;
    if (!slow || slow.periodMs === undefined) return;
    if (event.type === 'test-start') {
      // An enclosing suite is watched only while something is (node:test reports suites).
      for (let n = 1; n < event.titles.length && this.#slow.size > 0; n++)
        this.#slow.end(slowKey(unitId, { file: event.file, titles: event.titles.slice(0, n) }));
      const test: TestId = { file: event.file, titles: event.titles };
      if (event.nodeId !== undefined) test.nodeId = event.nodeId;
      // The reporter's own start time, unless it is not a plausible one (a clock apart).
      const at =
        event.time !== undefined && Math.abs(Date.now() - event.time) < 60_000
          ? event.time
          : Date.now();
      this.#slow.start(slowKey(unitId, event), (overMs) => slow.onSlow(unitId, test, overMs), at);
    } else if (event.type === 'test-end' || event.type === 'group-end') {
      this.#slow.end(slowKey(unitId, event));
    }
  }

  /**
   * Ends an attempt whose events were all read (`read`: their results, from the stopped tail):
   * when the framework reported to its end, marks the unit's records complete. A test waiting to
   * run again that the framework did not report is not taken for gone: the framework's own
   * selection missed it (node:test names a test written in a shared module by that module, not
   * by the test file that runs it), so its last result stands and `notRun` lists it (the
   * attempt cannot pass). Returns the unit's counts and per-test results over the run (carried
   * tests included), or undefined when it has no test at all.
   */
  endAttempt(
    unitId: string,
    end: AttemptEnd,
    read: { testCases: TestCases; reportedToEnd: boolean } | undefined,
  ): { tests: TestCounts; source: 'events'; testCases: TestCases; notRun: TestId[] } | undefined {
    this.#slow.endAll(slowKey(unitId));
    const records = this.#o.checkpoint.testsOf(unitId);
    const reported = this.#reported.get(unitId) ?? new Set<string>();
    // Go writes no end-of-run event: its process ending by itself is the end of its report.
    const frameworkEnded =
      (end.outcome === 'passed' || end.outcome === 'failed') &&
      end.signal === null &&
      end.exitCode !== null &&
      (read?.reportedToEnd === true || this.#o.preset.name === 'go');
    if (frameworkEnded) {
      this.#restoreAnnouncedOnly(unitId, records, reported);
      dropLoadedFileErrors(records, reported);
    }
    const running = [...records.records()].some((r) => r.status === 'running');
    const notRun: TestId[] = [];
    if (frameworkEnded && !running) {
      for (const record of records.records()) {
        if (!isSettledStatus(record.status) && !reported.has(recordKey(record)))
          notRun.push(idOf(record));
      }
      records.finished = true;
    }
    this.#o.checkpoint.testsChanged();
    if (records.size === 0) return undefined;
    const testCases = this.testCases(unitId, read?.testCases);
    return { tests: toTestCounts(testCases.counts), source: 'events', testCases, notRun };
  }

  /**
   * A test to run again that the framework announced and never reported, in a run it reported to
   * its end, did not run: Vitest and node:test announce the tests their name filter leaves out.
   * It keeps the result it had (and is then one the attempt did not run), rather than stay
   * "running" and drop out of the counts.
   */
  #restoreAnnouncedOnly(unitId: string, records: UnitTestRecords, reported: Set<string>): void {
    const before = this.#unsettled.get(unitId);
    if (!before || before.size === 0) return;
    for (const record of records.records()) {
      const key = recordKey(record);
      const status = before.get(key);
      if (record.status === 'running' && status !== undefined && status !== 'running')
        if (!reported.has(key)) records.set(idOf(record), status);
    }
  }

  /**
   * The unit's per-test results over the run: every test's latest status (carried ones from the
   * checkpoint included), failures and teardown errors from the attempt that reported them.
   */
  testCases(unitId: string, last: TestCases | undefined): TestCases {
    const records = this.#o.checkpoint.testsOf(unitId);
    const details = this.#details.get(unitId) ?? new Map<string, TestResult>();
    this.#details.set(unitId, details);
    for (const t of last?.tests ?? []) {
      const key = recordKey(t);
      const before = details.get(key);
      // A test that passes after failing keeps the failure it had, to show why it is flaky.
      const earlier = before?.failure && !t.failure ? before.failure : undefined;
      details.set(key, earlier ? { ...t, failure: earlier } : t);
    }
    const errors =
      this.#fileErrors.get(unitId) ?? new Map<string, TestCases['fileErrors'][number]>();
    this.#fileErrors.set(unitId, errors);
    for (const e of last?.fileErrors ?? []) errors.set(e.file, e);
    const tests: TestResult[] = [];
    const unfinished: TestRecord[] = [];
    const fileErrors: TestCases['fileErrors'] = [];
    const counts = emptyCounts();
    for (const record of records.records()) {
      if (record.status === 'running') {
        unfinished.push(record);
        continue;
      }
      const detail = details.get(recordKey(record));
      // A file's own record: a file that failed to load, or (pytest) a module skipped as a whole,
      // which pytest counts as one skipped test.
      if (record.titles.length === 0 && record.status === 'error') {
        fileErrors.push(errors.get(record.file) ?? { file: record.file });
        counts.errors++;
        continue;
      }
      const result: TestResult = { ...(detail ?? {}), ...idOf(record), status: record.status };
      if (record.durationMs !== undefined) result.durationMs = record.durationMs;
      if (record.flaky) result.flaky = true;
      if (detail?.status !== record.status || (record.status === 'passed' && !record.flaky))
        delete result.failure;
      counts[COUNTED_AS[record.status]]++;
      counts.errors += result.teardownErrors ?? 0;
      tests.push(result);
    }
    return { tests, unfinished: unfinished.map(idOf), fileErrors, counts };
  }
}

/** The key of a unit's test timers (`test` undefined: the prefix of all of them). */
function slowKey(unitId: string, test?: TestId): string {
  return `${JSON.stringify(unitId)}\u0000${test ? recordKey(test) : ''}`;
}

function idOf(record: TestRecord): TestId {
  const id: TestId = { file: record.file, titles: record.titles };
  if (record.nodeId !== undefined) id.nodeId = record.nodeId;
  if (record.occurrence !== undefined) id.occurrence = record.occurrence;
  return id;
}

/**
 * One command for the processes of a selection: the only one, or `sh` running each in turn (the
 * exit status is the last failing one's). The script is one argument of `sh -c` unless that would
 * be too long for the system (thousands of tests named): then it is written to `scriptFile()`.
 */
function asOneCommand(invocations: Invocation[], scriptFile?: () => string): AttemptCommand {
  if (invocations.length === 1) {
    const [program, ...args] = invocations[0]!.argv;
    return { program: program!, args, env: invocations[0]!.env };
  }
  // Each process gets its own variables on its line; the shell gets none of them, so no process
  // inherits another's (Mocha's choice of tests).
  const env: Record<string, string> = {};
  const script = [
    'status=0',
    ...invocations.map((i) => `${envPrefix(i.env)}${shellJoin(i.argv)} || status=$?`),
    'exit $status',
  ].join('\n');
  if (script.length <= MAX_ARG_CHARS || !scriptFile)
    return { program: 'sh', args: ['-c', script], env };
  const path = scriptFile();
  writeFileSync(path, `${script}\n`);
  return { program: 'sh', args: [path], env };
}

/**
 * A file that failed to load before and ran tests in this attempt (which reported to its end)
 * loaded: its error is over, and its tests stand for it. (A file still failing reports its error
 * again and keeps it.)
 */
function dropLoadedFileErrors(records: UnitTestRecords, reported: Set<string>): void {
  const ran = new Set<string>();
  for (const record of records.records())
    if (record.titles.length > 0 && reported.has(recordKey(record))) ran.add(record.file);
  for (const record of [...records.records()])
    if (
      record.titles.length === 0 &&
      record.status === 'error' &&
      ran.has(record.file) &&
      !reported.has(recordKey(record))
    )
      records.delete(idOf(record));
}

/** `NAME=value ` for each variable a process of a script gets (each its own: Mocha's choice). */
function envPrefix(env: Record<string, string>): string {
  return Object.entries(env)
    .map(([name, value]) => `${name}=${shellQuote(value)} `)
    .join('');
}

export type { PresetContext };
