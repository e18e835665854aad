// A run's checkpoint from start to end: restore and read it, plan the resume, order the units, record each result, write it atomically and sync it.
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import type { MachineRecord, StopReason, Unit, UnitResult } from '../types.js';
import { CheckpointWriteError, readCheckpoint, writeCheckpoint } from './checkpoint-file.js';
import {
  computeFingerprint,
  createCheckpoint,
  markEnded,
  recordUnit,
  type Checkpoint,
} from './checkpoint-format.js';
import { carryRuns, type CheckpointRun } from './checkpoint-runs.js';
import type { CheckpointUnits } from './checkpoint-units.js';
import { saveProblem, type CheckpointSync } from './checkpoint-sync.js';
import type { TestEvent, TestId } from '../frameworks/test-events.js';
import {
  isSettledStatus,
  recordKey,
  type TestRecordStatus,
  type UnitTestRecords,
} from './checkpoint-tests.js';
import { orderUnits } from './order-units.js';
import { planResume } from './resume-plan.js';
import { regroupTestsByFile } from './regroup-tests.js';

export const CHECKPOINT_FILE = 'checkpoint.json';

const isSettled = (status: TestRecordStatus | undefined) =>
  status !== undefined && isSettledStatus(status);

export interface RunCheckpointOptions {
  stateDir: string;
  units: readonly Unit[];
  command: string;
  shell: boolean;
  resume: boolean;
  runId: string;
  attempt?: number | undefined;
  /** The CI run (GITHUB_RUN_ID): recorded, and the only run whose checkpoint is resumed from. */
  ciRunId?: string | undefined;
  jobs: number;
  sync?: CheckpointSync | undefined;
  notice: (level: 'info' | 'warning', message: string) => void;
  /**
   * A write that failed (disk full, state dir removed): answers true when the run stops for it.
   * For the first write, made before any unit runs, anything else is an error of the run's setup.
   */
  onWriteError?: ((error: unknown, path: string) => boolean) | undefined;
  /**
   * A preset run: on resume, tests recorded under units that are no longer listed (another
   * --batch) go to today's units by file (see regroup-tests.ts).
   */
  presetTests?: boolean;
}

/**
 * Above this many units, writes after units are spaced out so that checkpointing stays under
 * about 2 % of the run: after a write that took w ms, the next one waits 50·w ms (at most 1 s).
 * At 10,000 units that is about every 0.1 s, at 100,000 about every 0.5 s. Smaller runs write
 * after every unit; every run writes at the end and at shutdown.
 */
const BIG = 2000;
const WRITE_SPACING = 50;
const MAX_WRITE_INTERVAL_MS = 1000;
/**
 * Test results are written at least 200 ms apart, and 50 times the last write's duration apart
 * (about 2 % of the run) up to 5 s: at 100,000 tests a write costs about 0.1 s on an idle
 * 2-core machine. The end of each unit and of the run is always written.
 */
const MIN_TEST_WRITE_INTERVAL_MS = 200;
const MAX_TEST_WRITE_INTERVAL_MS = 5000;

export class RunCheckpoint {
  readonly path: string;
  readonly resumed: boolean;
  readonly fromCheckpoint: UnitResult[];
  /** Units to run, in the order to run them. */
  readonly toRun: Unit[];
  readonly #checkpoint: Checkpoint;
  readonly #options: RunCheckpointOptions;
  #lastWrite = 0;
  /** How long the last write took (ms). */
  #lastWriteMs = 0;
  /** A write of test results waiting for its turn. */
  #pendingWrite: NodeJS.Timeout | undefined;
  /** The first write's flush to disk, going on beside the first units (the end waits for it). */
  #firstSync: Promise<void> | undefined;
  /** The status a test not settled had when it started again (a rerun), until it ends. */
  readonly #startedFrom = new Map<string, TestRecordStatus>();

  private constructor(
    options: RunCheckpointOptions,
    state: {
      path: string;
      resumed: boolean;
      fromCheckpoint: UnitResult[];
      toRun: Unit[];
      checkpoint: Checkpoint;
    },
  ) {
    this.#options = options;
    this.path = state.path;
    this.resumed = state.resumed;
    this.fromCheckpoint = state.fromCheckpoint;
    this.toRun = state.toRun;
    this.#checkpoint = state.checkpoint;
  }

  static async open(options: RunCheckpointOptions): Promise<RunCheckpoint> {
    const path = join(options.stateDir, CHECKPOINT_FILE);
    if (options.resume && options.sync) {
      const restored = await options.sync.restore();
      if (restored.restored)
        options.notice('info', `Restored the checkpoint ${restored.key ?? ''}`.trim());
      else if (restored.detail)
        options.notice('info', `No checkpoint restored: ${restored.detail}`);
    }
    const unitIds = options.units.map((u) => u.id);
    const read = readCheckpoint(path, {
      unitIds,
      keepOthers: options.resume && options.presetTests === true,
    });
    for (const warning of read.warnings) options.notice('warning', warning);
    const regrouped =
      read.checkpoint && read.others
        ? regroupTestsByFile(read.checkpoint, read.others, options.units)
        : undefined;
    if (regrouped) read.checkpoint = regrouped.checkpoint;
    const fingerprint = computeFingerprint({
      unitIds,
      command: options.command,
      shell: options.shell,
    });
    let fromCheckpoint: UnitResult[] = [];
    let toRun: Unit[] = [...options.units];
    let carried: CheckpointUnits | readonly string[] = unitIds;
    let resumed = false;
    if (options.resume) {
      const plan = planResume({
        checkpoint: read.checkpoint,
        units: options.units,
        fingerprintNow: fingerprint,
        ciRunId: options.ciRunId,
        previousAvailable: read.checkpoint !== undefined || read.warnings.length > 0,
        droppedUnknown: read.dropped.unknownIds,
      });
      options.notice('info', plan.notice);
      if (plan.resumed && regrouped) options.notice('info', regrouped.notice);
      ({ fromCheckpoint, toRun, carried, resumed } = plan);
    }
    const ordered = orderUnits(toRun, { previous: read.checkpoint, jobs: options.jobs });
    const checkpoint = createCheckpoint({
      runId: options.runId,
      ...(options.attempt !== undefined ? { attempt: options.attempt } : {}),
      ...(options.ciRunId !== undefined ? { ciRunId: options.ciRunId } : {}),
      fingerprint,
      units: carried,
      // A resumed run pictures the runs before it; a fresh start has no history.
      ...(resumed && read.checkpoint ? { previousRuns: carryRuns(read.checkpoint) } : {}),
      ...(resumed && read.checkpoint ? { tests: read.checkpoint.tests } : {}),
    });
    const run = new RunCheckpoint(options, {
      path,
      resumed,
      fromCheckpoint,
      toRun: ordered,
      checkpoint,
    });
    // Written before any unit runs: a crash from here on still leaves a readable checkpoint, and
    // a full disk or a removed folder stops the run now (no unit started) rather than losing the
    // checkpoint later. Its flush to disk goes on beside the first unit's start (a flush waits
    // for whatever else the disk has pending, such as the files an install just wrote); the
    // run's end waits for it.
    try {
      run.#firstSync = writeCheckpoint(path, checkpoint, { durable: 'background' }).synced;
    } catch (error) {
      if (options.onWriteError?.(error, path)) return run;
      throw new UsageError(
        `--state-dir: expected a folder where the checkpoint can be written, but writing ${path} failed: ${(error as Error).message}`,
        { cause: error },
      );
    }
    run.#lastWrite = Date.now();
    return run;
  }

  /** Records a finished unit and writes the file (spaced out for very large runs). */
  record(result: UnitResult): void {
    if (!recordUnit(this.#checkpoint, result)) return;
    const big = this.#options.units.length > BIG;
    const wait = Math.min(MAX_WRITE_INTERVAL_MS, WRITE_SPACING * this.#lastWriteMs);
    if (!big || Date.now() - this.#lastWrite >= wait) this.#write();
    void this.#options.sync?.save({ force: false }).then((outcome) => {
      const problem = saveProblem(outcome);
      if (problem) this.#options.notice('warning', `checkpoint not uploaded: ${problem}`);
    });
  }

  /** A preset unit's per-test records (carried from the checkpoint on resume), created empty when it has none. */
  testsOf(unitId: string): UnitTestRecords {
    return this.#checkpoint.tests.of(unitId, true);
  }

  /**
   * Records one event of a preset unit's stream as it arrives: a test that starts is `running`,
   * one that ends gets its status, a file that failed to load is a row without titles. Written
   * spaced out (at most every 200 ms, and 50 times the last write's cost apart).
   */
  recordTestEvent(unitId: string, event: TestEvent): void {
    const records = this.testsOf(unitId);
    switch (event.type) {
      case 'test-start': {
        // A settled test is not made unsettled by a start: Vitest announces the tests a name
        // filter leaves out, and a test that passed before and is cut short now still passed.
        const before = records.get(event)?.status;
        if (isSettled(before)) break;
        if (before !== undefined && before !== 'running')
          this.#startedFrom.set(startKey(unitId, event), before);
        records.set(event, 'running');
        break;
      }
      case 'test-end':
        this.#startedFrom.delete(startKey(unitId, event));
        records.set(event, event.status, event.durationMs);
        break;
      case 'group-end': {
        // A suite node:test reported as started is not a test; nor is a test node announced and
        // then left out by its name pattern, which keeps the result it had (it did not run).
        if (records.get(event)?.status !== 'running') break;
        const before = this.#startedFrom.get(startKey(unitId, event));
        this.#startedFrom.delete(startKey(unitId, event));
        if (before !== undefined) records.set(event, before);
        else records.delete(event);
        break;
      }
      case 'file-error':
        records.set({ file: event.file, titles: [] }, 'error');
        break;
      default:
        return;
    }
    this.testsChanged();
  }

  /** Writes the test records soon (now when the last write is far enough back). */
  testsChanged(): void {
    if (this.#pendingWrite) return;
    const spacing = Math.max(
      MIN_TEST_WRITE_INTERVAL_MS,
      Math.min(MAX_TEST_WRITE_INTERVAL_MS, WRITE_SPACING * this.#lastWriteMs),
    );
    const wait = this.#lastWrite + spacing - Date.now();
    const write = () => {
      this.#pendingWrite = undefined;
      this.#write();
      void this.#options.sync?.save({ force: false }).then((outcome) => {
        const problem = saveProblem(outcome);
        if (problem) this.#options.notice('warning', `checkpoint not uploaded: ${problem}`);
      });
    };
    if (wait <= 0) write();
    else {
      this.#pendingWrite = setTimeout(write, wait);
      this.#pendingWrite.unref();
    }
  }

  /**
   * Marks how the run ended (with the report's machine record, when given, kept thinned in the
   * run history), writes the file and forces an upload.
   */
  async end(reason: StopReason | null, machine?: MachineRecord): Promise<void> {
    if (this.#pendingWrite) clearTimeout(this.#pendingWrite);
    this.#pendingWrite = undefined;
    await this.#firstSync;
    markEnded(this.#checkpoint, {
      reason,
      unitIds: this.#options.units.map((u) => u.id),
      machine,
    });
    this.#write(true);
    if (this.#options.sync) {
      const outcome = await this.#options.sync.save({ force: true });
      const problem = saveProblem(outcome);
      if (outcome.saved) this.#options.notice('info', `Checkpoint saved as ${outcome.key}`);
      else if (problem) this.#options.notice('warning', `checkpoint not saved: ${problem}`);
    }
  }

  #write(durable = false): void {
    const started = performance.now();
    try {
      writeCheckpoint(this.path, this.#checkpoint, { durable });
      this.#lastWrite = Date.now();
      this.#lastWriteMs = performance.now() - started;
    } catch (error) {
      const detail = error instanceof CheckpointWriteError ? error.message : String(error);
      this.#options.notice('warning', `could not write the checkpoint ${this.path}: ${detail}`);
      this.#options.onWriteError?.(error, this.path);
    }
  }

  /** The runs that worked on this checkpoint, oldest first, this one last (for the run pictures). */
  get runs(): readonly CheckpointRun[] {
    return this.#checkpoint.runs ?? [];
  }
}

/** A unit's test, as the key of the statuses its rerun started from. */
function startKey(unitId: string, id: TestId): string {
  return `${JSON.stringify(unitId)}\u0000${recordKey(id)}`;
}
