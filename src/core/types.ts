// The shared vocabulary of a run: units, outcomes, how an attempt ends, leaks, results and the report (docs/cli.md).
import type { TestFailure, TestId, TestStatus } from './frameworks/test-events.js';
import type { ProcessTableKind } from './tracker/process-info.js';

export type Outcome =
  'passed' | 'failed' | 'timed-out' | 'resource-exceeded' | 'interrupted' | 'skipped';

/** Why a run stopped early (the report's `reason`). */
export type StopReason =
  | 'memory'
  | 'cpu'
  | 'SIGINT'
  | 'SIGTERM'
  | 'SIGHUP'
  | 'fail-fast'
  | 'runner-lost'
  | 'runner-stuck'
  | 'state-dir-unwritable';

export type LeakPolicy = 'kill' | 'fail' | 'warn';
export type TrackingMode = 'auto' | 'cgroup' | 'process';

export interface TestCounts {
  passed: number;
  failed: number;
  skipped: number;
  /**
   * Not tests: files that failed to load (collection, import, build errors) and pytest's
   * setup/teardown errors, counted apart as the frameworks' own summaries count them.
   */
  errors: number;
}

/** Where a unit's test counts came from. */
export type CountSource = 'junit' | 'tap' | 'summary-line' | 'events' | 'unit';

export interface Unit {
  /** Path relative to the working directory with `/` separators (or a --list-command line). */
  readonly id: string;
  /** What `{file}` expands to: the id, made safe from being read as an option. */
  readonly file: string;
  /** A preset batch: the framework's files (Go: packages) its one framework process runs. */
  readonly files?: readonly string[];
}

export interface ProcessLeak {
  kind: 'process';
  pid: number;
  command: string;
  action: 'killed' | 'left' | 'kill-failed';
}

export interface ContainerLeak {
  kind: 'container';
  id: string;
  name: string;
  action: 'removed' | 'left' | 'remove-failed';
  /**
   * Set when the container carries no proof that the unit made it: it only appeared while the
   * unit ran (another client on the engine may own it). Left alone unless asked.
   */
  unattributed?: true;
  /** Set when units ran side by side and the container could be any of theirs. */
  candidates?: string[];
}

export type Leak = ProcessLeak | ContainerLeak;

/** How one attempt ended: one case per way, each with its facts (messages are made from these). */
export type AttemptEnd =
  | { outcome: 'passed'; exitCode: 0; signal: null }
  | {
      outcome: 'failed';
      exitCode: number | null;
      signal: NodeJS.Signals | null;
      leakedUnderFailPolicy?: boolean;
      /**
       * The framework exited 0 but did not run this many of the tests it was asked to run again
       * (resume, retries): their last result stands, and the attempt cannot pass.
       */
      testsNotRun?: number;
      /** With --isolation container: the engine, not the unit, failed (exit 125–127). */
      engineProblem?: string;
    }
  | { outcome: 'failed'; exitCode: null; signal: null; startError: string }
  | {
      outcome: 'timed-out';
      timeoutMs: number;
      exitCode: number | null;
      signal: NodeJS.Signals | null;
    }
  | {
      outcome: 'resource-exceeded';
      limitBytes: number;
      peakRssBytes: number;
      exitCode: number | null;
      signal: NodeJS.Signals | null;
    }
  | {
      outcome: 'interrupted';
      reason: StopReason;
      exitCode: number | null;
      signal: NodeJS.Signals | null;
    };

export interface AttemptResult {
  unit: Unit;
  attempt: number;
  end: AttemptEnd;
  startedAt: number;
  durationMs: number;
  peakRssBytes: number;
  tests: TestCounts;
  countSource: CountSource;
  /** With --preset: every test the framework reported, and those still running when it ended. */
  testCases?: TestCases;
  leaked: Leak[];
  log: string;
}

/** Per-test results of a preset unit (additive in the report: absent without --preset). */
export interface TestCases {
  tests: TestResult[];
  unfinished: TestId[];
  fileErrors: FileError[];
  /** The framework's own categories (todo, xfail, xpass, errors kept apart). */
  counts: FrameworkCounts;
}

/** One attempt's log file; `outcome` is known for the attempts of this run. */
export interface AttemptLog {
  run: number;
  attempt: number;
  log: string;
  outcome?: Outcome;
}

/** A unit's final result as reported (docs/cli.md, "Report JSON"). */
export interface UnitResult {
  id: string;
  outcome: Outcome;
  fromCheckpoint: boolean;
  attempts: number;
  flaky: boolean;
  exitCode: number | null;
  signal: string | null;
  durationMs: number;
  peakRssBytes: number;
  tests: TestCounts;
  /** With --preset: the last attempt's per-test results. */
  testCases?: TestCases;
  /** A preset batch (--batch, --shard): the framework's files (Go: packages) it ran. */
  files?: string[];
  leaked: Leak[];
  log: string | null;
  /**
   * Every attempt's log, oldest first, when there is more than one: this run's retries and the
   * attempts of earlier runs a resume kept (`run` 1 is the first run of the state dir).
   */
  attemptLogs?: AttemptLog[];
  /** One line saying why a unit did not pass (absent when it passed). */
  message?: string;
  /**
   * Start time (ms since the epoch) of the first attempt. For checkpoint units, the time of the
   * earlier run that ran it, when the checkpoint recorded it.
   */
  startedAt?: number;
  /** End time (ms since the epoch) of the last attempt. */
  endedAt?: number;
  /** Which job slot (0 … jobs-1) ran it, for timelines. */
  lane?: number;
}

/** One point of the machine's thinned resource history (several samples merged keep their maxima). */
export interface MachinePoint {
  at: number;
  memoryPercent: number;
  cpuPercent: number | null;
}

export interface MachineRecord {
  /** At most a few hundred points, whatever the run's length. */
  samples: MachinePoint[];
  peak: { memoryPercent: number; cpuPercent: number | null } | null;
  thresholds: { memoryPercent: number | null; cpuPercent: number | null; windowMs: number };
}

export type RunStatus = 'passed' | 'failed' | 'shutdown' | 'interrupted';

export interface Totals {
  units: number;
  passed: number;
  failed: number;
  timedOut: number;
  resourceExceeded: number;
  interrupted: number;
  skipped: number;
  flaky: number;
  fromCheckpoint: number;
  leaked: number;
  tests: TestCounts;
}

export interface RunReport {
  version: 1;
  status: RunStatus;
  reason: StopReason | null;
  resumed: boolean;
  exitCode: number;
  durationMs: number;
  runId: string;
  startedAt: string;
  totals: Totals;
  units: UnitResult[];
  /** When a stop was requested (ms since the epoch), for timelines. */
  stoppedAt?: number;
  /** The machine's memory and CPU over the run. */
  machine?: MachineRecord;
  /** Set when the run was one shard of a suite (`--shard I/N`). */
  shard?: ShardInfo;
  /** Which tracking was in force (absent in merged reports). */
  tracking?: TrackingRecord;
}

export interface TestResult extends TestId {
  status: TestStatus;
  durationMs?: number;
  failure?: TestFailure;
  /** pytest: errors in teardown after the test's own result. */
  teardownErrors?: number;
  /** Passed on a retry after failing in an earlier attempt of the same run (`failure`: the earlier one). */
  flaky?: true;
}

export interface FileError {
  file: string;
  failure?: TestFailure;
}

/** The framework's own categories; `errors` holds files that failed to load and pytest's setup/teardown errors. */
export interface FrameworkCounts {
  passed: number;
  failed: number;
  skipped: number;
  todo: number;
  xfail: number;
  xpass: number;
  errors: number;
}

export type ShardMode = 'hash' | 'durations';

/** What a shard's report records so `merge` can tell a complete, consistent set of shards. */
export interface ShardInfo {
  index: number;
  total: number;
  /** How many units the whole suite had before the split. */
  units: number;
  mode: ShardMode;
  /** Digest of the whole assignment: shards that split the same way share it. */
  plan: string;
}

export interface TrackingRecord {
  /** `cgroup`: a cgroup per unit; `process`: process groups and the table below. */
  mode: 'cgroup' | 'process';
  /** Where processes are read from: Linux /proc, `ps` (macOS), a CIM query (Windows). */
  processTable: ProcessTableKind;
  /** The same in words. */
  description: string;
}
