// The checkpoint in memory (docs/checkpoint-format.md): its header schema, its fingerprint, and building and updating one.
import { createHash } from 'node:crypto';
import * as z from '../zod-mini.js';
import { InternalError } from '../errors.js';
import type { MachineRecord, StopReason, UnitResult } from '../types.js';
import { OUTCOMES, STOP_REASONS } from '../vocabulary.js';
import { MAX_RUNS, closeRun, type CheckpointRun } from './checkpoint-runs.js';
import { CheckpointTests } from './checkpoint-tests.js';
import { CheckpointUnits, timeProblem, type CheckpointUnit } from './checkpoint-units.js';

/**
 * The format written: 3 adds per-test records of preset units to format 2. Formats 1 (an object
 * per unit) and 2 (no test records) are still read.
 */
export const CHECKPOINT_FORMAT_VERSION = 3;

const count = z.number().check(z.int(), z.nonnegative(), z.maximum(Number.MAX_SAFE_INTEGER));
export const isoTime = z.iso.datetime({ offset: true });
const sha256Hex = z.string().check(z.regex(/^[0-9a-f]{64}$/));

/** A unit entry as `recordUnit` is about to keep it: the last check before it goes to disk. */
const entrySchema = z
  .object({
    outcome: z.enum(OUTCOMES),
    attempts: count,
    flaky: z.boolean(),
    durationMs: count,
    tests: z.object({ passed: count, failed: count, skipped: count }),
    exitCode: z.nullable(z.number().check(z.int())),
    peakRssBytes: count,
    finishedAt: count,
    startedAt: z.optional(count),
    lane: z.optional(count),
  })
  .check(
    z.refine((unit) => !unit.flaky || unit.outcome === 'passed', {
      message: 'flaky is only possible for a passed unit',
    }),
  );

export const checkpointFingerprintSchema = z.object({ units: sha256Hex, command: sha256Hex });

/**
 * Everything but the format version, the units and the run history, the same in every format:
 * what must be valid for the file to be used at all (the history is read entry by entry, see
 * `parseRuns`).
 */
export const checkpointHeaderSchema = z.object({
  runId: z.string().check(z.minLength(1), z.maxLength(512)),
  attempt: z.optional(z.number().check(z.int(), z.positive())),
  /** The CI run that wrote it (GITHUB_RUN_ID): the Action resumes only from its own run's. */
  ciRunId: z.optional(z.string().check(z.regex(/^[0-9A-Za-z._-]{1,64}$/))),
  fingerprint: checkpointFingerprintSchema,
  reason: z.nullable(z.enum(STOP_REASONS)),
  complete: z.boolean(),
  /** How many units the run had (for `testwarden status`: done of total). */
  totalUnits: z.optional(count),
  createdAt: isoTime,
  updatedAt: isoTime,
});

export type CheckpointHeader = z.infer<typeof checkpointHeaderSchema>;

/** A checkpoint in memory, whatever format it was read from. */
export interface Checkpoint extends CheckpointHeader {
  /** The runs that worked on this checkpoint, oldest first, the current one last. */
  runs?: CheckpointRun[];
  units: CheckpointUnits;
  /** Per-test records of preset units, by unit id (format 3; empty for other runs). */
  tests: CheckpointTests;
}

export type { CheckpointUnit };
export type CheckpointFingerprint = z.infer<typeof checkpointFingerprintSchema>;

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Hash of the sorted unit ids; JSON keeps ids containing newlines or commas unambiguous. */
export function fingerprintUnits(unitIds: readonly string[]): string {
  const sorted = [...unitIds].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return sha256(JSON.stringify(sorted));
}

/** Hash of the command template together with the shell flag (the same text means another thing under `sh -c`). */
export function fingerprintCommand(command: string, shell: boolean): string {
  return sha256(JSON.stringify({ command, shell }));
}

export function computeFingerprint(input: {
  unitIds: readonly string[];
  command: string;
  shell: boolean;
}): CheckpointFingerprint {
  return {
    units: fingerprintUnits(input.unitIds),
    command: fingerprintCommand(input.command, input.shell),
  };
}

export interface CreateCheckpointInput {
  runId: string;
  /** The CI attempt (e.g. GITHUB_RUN_ATTEMPT), when there is one. */
  attempt?: number;
  /** The CI run (e.g. GITHUB_RUN_ID), when there is one. */
  ciRunId?: string;
  fingerprint: CheckpointFingerprint;
  /**
   * The run's units with what is carried over from the previous checkpoint on resume
   * (`ResumePlan.carried`), or just the run's unit ids. Neither: an empty list, which grows as
   * units are recorded.
   */
  units?: CheckpointUnits | readonly string[];
  /** The history of the runs before this one, on resume (`carryRuns`); this run is added to it. */
  previousRuns?: readonly CheckpointRun[];
  /** Per-test records carried over on resume. */
  tests?: CheckpointTests;
  now?: Date;
}

/** A new checkpoint: not complete, no stop reason, this run last in its history. */
export function createCheckpoint(input: CreateCheckpointInput): Checkpoint {
  const now = input.now ?? new Date();
  const at = now.toISOString();
  const thisRun: CheckpointRun = {
    runId: input.runId,
    ...(input.attempt !== undefined ? { attempt: input.attempt } : {}),
    startedAt: now.getTime(),
    reason: null,
    samples: [],
  };
  const previous = (input.previousRuns ?? []).slice(-(MAX_RUNS - 1));
  const units =
    input.units instanceof CheckpointUnits
      ? input.units
      : CheckpointUnits.empty(input.units ?? [], now.getTime());
  return {
    runId: input.runId,
    ...(input.attempt !== undefined ? { attempt: input.attempt } : {}),
    ...(input.ciRunId !== undefined ? { ciRunId: input.ciRunId } : {}),
    fingerprint: { ...input.fingerprint },
    reason: null,
    complete: false,
    ...(input.units !== undefined ? { totalUnits: units.length } : {}),
    createdAt: at,
    updatedAt: at,
    runs: [...previous.map((run) => ({ ...run, samples: [...run.samples] })), thisRun],
    units,
    tests: input.tests ?? new CheckpointTests(),
  };
}

/**
 * Records a finished unit, in place. Returns false, recording nothing, for a unit that never
 * started (`attempts: 0`, the runner's "not run" placeholder: recording it as skipped would keep
 * it from ever running) and for a checkpoint unit whose entry is already there. Times and sizes
 * are kept in whole milliseconds and bytes.
 */
export function recordUnit(checkpoint: Checkpoint, result: UnitResult, now = new Date()): boolean {
  if (result.attempts === 0) return false;
  if (result.fromCheckpoint && checkpoint.units.has(result.id)) return false;
  const entry: CheckpointUnit = {
    outcome: result.outcome,
    attempts: result.attempts,
    flaky: result.flaky,
    durationMs: Math.round(result.durationMs),
    tests: {
      passed: result.tests.passed,
      failed: result.tests.failed,
      skipped: result.tests.skipped,
    },
    exitCode: result.exitCode,
    peakRssBytes: Math.round(result.peakRssBytes),
    finishedAt: Math.round(result.endedAt ?? now.getTime()),
    ...(result.startedAt !== undefined ? { startedAt: Math.round(result.startedAt) } : {}),
    ...(result.lane !== undefined ? { lane: result.lane } : {}),
  };
  const checked = entrySchema.safeParse(entry);
  const problem = checked.success
    ? timeProblem(entry, checkpoint.units.timeBase)
    : z.prettifyError(checked.error);
  if (problem !== undefined) {
    // Writing it would make the next read drop the unit; better to find the bug here.
    throw new InternalError(
      `checkpoint entry for unit ${JSON.stringify(result.id)} is invalid: ${problem}`,
    );
  }
  checkpoint.units.record(result.id, entry);
  checkpoint.updatedAt = now.toISOString();
  return true;
}

/**
 * Records how the run ended. `complete` becomes true only when nothing stopped it and every unit
 * of today's list is recorded as passed or skipped: a later resume then starts fresh, while a run
 * that ended with failures stays resumable ("Re-run failed jobs"). The run's history entry gets
 * its end, its reason and, when given, the machine's thinned memory/CPU history.
 */
export function markEnded(
  checkpoint: Checkpoint,
  end: {
    reason: StopReason | null;
    unitIds: readonly string[];
    now?: Date;
    machine?: MachineRecord | undefined;
  },
): void {
  checkpoint.reason = end.reason;
  const { units } = checkpoint;
  checkpoint.complete =
    end.reason === null &&
    end.unitIds.every((id, i) => {
      const outcome = units.outcomeAt(units.indexOf(id, i));
      return outcome === 'passed' || outcome === 'skipped';
    });
  const now = end.now ?? new Date();
  checkpoint.updatedAt = now.toISOString();
  const run = checkpoint.runs?.findLast((r) => r.runId === checkpoint.runId);
  if (run) closeRun(run, { reason: end.reason, at: now.getTime(), machine: end.machine });
}
