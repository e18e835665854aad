// Resume rules (docs/checkpoint-format.md): which units a checkpoint settles, which run again, and one line saying what happened.
import { plural } from '../format.js';
import { countStatuses } from '../frameworks/test-results.js';
import type { Outcome, TestCases, TestResult, Unit, UnitResult } from '../types.js';
import type { Checkpoint, CheckpointFingerprint, CheckpointUnit } from './checkpoint-format.js';
import type { UnitTestRecords } from './checkpoint-tests.js';
import { CheckpointUnits } from './checkpoint-units.js';

/** Outcomes a resumed run does not repeat. `passed` includes flaky units (passed on a retry). */
const SETTLED: ReadonlySet<Outcome> = new Set<Outcome>(['passed', 'skipped']);

/** Why a run did not resume. */
export type FreshStart =
  'no-checkpoint' | 'unusable' | 'other-run' | 'complete' | 'command-changed';

export interface ResumeInput {
  /** The checkpoint `readCheckpoint` returned (laid out on today's unit ids), if any. */
  checkpoint: Checkpoint | undefined;
  /** Today's units, in the order they were discovered. */
  units: readonly Unit[];
  fingerprintNow: CheckpointFingerprint;
  /**
   * The CI run resuming (GITHUB_RUN_ID): when set, only a checkpoint written by this same run is
   * used, wherever it was found (the cache, or a workspace a self-hosted runner kept).
   */
  ciRunId?: string | undefined;
  /**
   * Whether a checkpoint file was there at all, even if `readCheckpoint` rejected it: only the
   * wording of the notice depends on it. Defaults to whether `checkpoint` is given.
   */
  previousAvailable?: boolean;
  /** `readCheckpoint(...).dropped.unknownIds`: recorded units that are no longer in the list. */
  droppedUnknown?: number;
}

export interface ResumePlan {
  resumed: boolean;
  /** Set when `resumed` is false. */
  fresh?: FreshStart;
  /** Settled units, as results of this run (`fromCheckpoint: true`, `log: null`), in unit order. */
  fromCheckpoint: UnitResult[];
  /** Units to run, in unit order (see `orderUnits` for the order to run them in). */
  toRun: Unit[];
  /** Today's units with the records of the settled ones, to start the new checkpoint with (`createCheckpoint({ units })`). */
  carried: CheckpointUnits;
  /** One line for the console, the job summary and the log. */
  notice: string;
}

export function planResume(input: ResumeInput): ResumePlan {
  const { checkpoint, units } = input;
  if (checkpoint === undefined) {
    const unusable = input.previousAvailable ?? false;
    return fresh(
      units,
      unusable ? 'unusable' : 'no-checkpoint',
      unusable
        ? 'Starting fresh: the checkpoint could not be used (see the warning above)'
        : 'Starting fresh: no checkpoint found',
    );
  }
  if (input.ciRunId !== undefined && checkpoint.ciRunId !== input.ciRunId) {
    const whose =
      checkpoint.ciRunId !== undefined ? `of run ${checkpoint.ciRunId}` : 'of no known CI run';
    return fresh(
      units,
      'other-run',
      `Starting fresh: the checkpoint found is ${whose}, not of this run ${input.ciRunId}; its results do not hold for this run's commit`,
    );
  }
  if (checkpoint.complete) {
    return fresh(
      units,
      'complete',
      'Starting fresh: the checkpoint is of a run that completed (reason: complete)',
    );
  }
  if (checkpoint.fingerprint.command !== input.fingerprintNow.command) {
    return fresh(
      units,
      'command-changed',
      'Starting fresh: the command changed since the checkpoint was written, so its results may not hold for it',
    );
  }

  const fromCheckpoint: UnitResult[] = [];
  const toRun: Unit[] = [];
  const carried = CheckpointUnits.empty(
    units.map((u) => u.id),
    checkpoint.units.timeBase,
  );
  let unrecorded = 0;
  // Walk today's list, not the checkpoint: an id only the checkpoint knows can never come out.
  units.forEach((unit, i) => {
    const at = checkpoint.units.indexOf(unit.id, i);
    const entry = at < 0 ? undefined : checkpoint.units.at(at);
    if (entry === undefined) unrecorded++;
    if (entry !== undefined && SETTLED.has(entry.outcome)) {
      fromCheckpoint.push(settledResult(unit, entry, checkpoint.tests.of(unit.id)));
      carried.copyFrom(checkpoint.units, at, i);
    } else {
      toRun.push(unit);
    }
  });

  const from = checkpoint.attempt !== undefined ? ` of attempt ${checkpoint.attempt}` : '';
  const why = checkpoint.reason !== null ? `reason: ${checkpoint.reason}` : 'previous run ended';
  let notice = `Resuming from checkpoint${from} (${why}, ${fromCheckpoint.length} of ${units.length} units done)`;
  if (checkpoint.fingerprint.units !== input.fingerprintNow.units) {
    const gone = input.droppedUnknown ?? 0;
    notice += `; the unit list changed since: merged by id, ${plural(gone, 'recorded unit')} no longer listed, ${plural(unrecorded, 'unit')} without a record will run`;
  }
  return { resumed: true, fromCheckpoint, toRun, carried, notice };
}

function fresh(units: readonly Unit[], why: FreshStart, notice: string): ResumePlan {
  return {
    resumed: false,
    fresh: why,
    fromCheckpoint: [],
    toRun: [...units],
    carried: CheckpointUnits.empty(
      units.map((u) => u.id),
      Date.now(),
    ),
    notice,
  };
}

function settledResult(
  unit: Unit,
  entry: CheckpointUnit,
  records: UnitTestRecords | undefined,
): UnitResult {
  const testCases = records && records.size > 0 ? carriedTestCases(records) : undefined;
  // A batch's files: those its tests were recorded in (the split may have changed since).
  const files = testCases
    ? [...new Set(testCases.tests.map((t) => t.file))].sort()
    : unit.files && [...unit.files];
  return {
    id: unit.id,
    ...(unit.files && files ? { files } : {}),
    outcome: entry.outcome,
    fromCheckpoint: true,
    attempts: entry.attempts,
    flaky: entry.flaky,
    exitCode: entry.exitCode,
    signal: null,
    durationMs: entry.durationMs,
    peakRssBytes: entry.peakRssBytes,
    // Only units that passed or were skipped are carried: none had errors (files that failed to load fail their unit).
    tests: { ...entry.tests, errors: 0 },
    leaked: [],
    log: null,
    // When the checkpoint knows them, the timeline can show the unit in the run that ran it.
    ...(entry.startedAt !== undefined
      ? {
          startedAt: entry.startedAt,
          endedAt: Math.max(entry.startedAt, entry.finishedAt),
        }
      : {}),
    ...(entry.lane !== undefined ? { lane: entry.lane } : {}),
    // A preset unit's tests as the run that ran them recorded them: the report, JUnit and
    // the console list a carried unit's tests as they list those of the units that ran.
    ...(testCases ? { testCases } : {}),
  };
}

/** The per-test results of a settled preset unit, from its checkpoint rows. */
function carriedTestCases(records: UnitTestRecords): TestCases {
  const tests: TestResult[] = [];
  for (const { status, durationMs, flaky, ...id } of records.records()) {
    // A settled unit's rows all ended; a row still `running` would be a cut run's, never settled.
    if (status === 'running') continue;
    tests.push({
      ...id,
      status,
      ...(durationMs !== undefined ? { durationMs } : {}),
      ...(flaky ? { flaky: true as const } : {}),
    });
  }
  return {
    tests,
    unfinished: [],
    fileErrors: [],
    counts: countStatuses(tests.map((t) => t.status)),
  };
}
