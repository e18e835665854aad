// Checkpoint format v1 (SPEC §7): the schema that validates it, its fingerprint, and building and updating one in memory.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { InternalError } from '../errors.js';
import type { MachineRecord, StopReason, UnitResult } from '../types.js';
import { OUTCOMES, STOP_REASONS } from '../vocabulary.js';
import { MAX_RUNS, checkpointRunSchema, closeRun, type CheckpointRun } from './checkpoint-runs.js';

export const CHECKPOINT_FORMAT_VERSION = 1;

const count = z.number().int().nonnegative();
const isoTime = z.iso.datetime({ offset: true });
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

/** One finished unit. Compact JSON costs about 190 bytes plus the id's length. */
export const checkpointUnitSchema = z
  .object({
    outcome: z.enum(OUTCOMES),
    attempts: count,
    flaky: z.boolean(),
    durationMs: z.number().nonnegative(),
    tests: z.object({ passed: count, failed: count, skipped: count }),
    exitCode: z.number().int().nullable(),
    peakRssBytes: z.number().nonnegative(),
    finishedAt: isoTime,
    /** When its last run's first attempt started (ms since the epoch), and which job slot ran it: for timelines. */
    startedAt: z.number().nonnegative().optional(),
    lane: count.optional(),
  })
  .refine((unit) => !unit.flaky || unit.outcome === 'passed', {
    message: 'flaky is only possible for a passed unit',
  });

export const checkpointFingerprintSchema = z.object({ units: sha256Hex, command: sha256Hex });

/**
 * Everything but the units and the run history: what must be valid for the file to be used at
 * all (the history is read entry by entry, see `parseRuns`).
 */
export const checkpointHeaderSchema = z.object({
  formatVersion: z.literal(CHECKPOINT_FORMAT_VERSION),
  runId: z.string().min(1).max(512),
  attempt: z.number().int().positive().optional(),
  fingerprint: checkpointFingerprintSchema,
  reason: z.enum(STOP_REASONS).nullable(),
  complete: z.boolean(),
  /** How many units the run had (for `testwarden status`: done of total). */
  totalUnits: count.optional(),
  createdAt: isoTime,
  updatedAt: isoTime,
});

export const checkpointSchema = checkpointHeaderSchema.extend({
  /** The runs that worked on this checkpoint, oldest first, the current one last (additive). */
  runs: z.array(checkpointRunSchema).max(MAX_RUNS).optional(),
  units: z.record(z.string(), checkpointUnitSchema),
});

export type CheckpointV1 = z.infer<typeof checkpointSchema>;
export type CheckpointUnit = z.infer<typeof checkpointUnitSchema>;
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
  fingerprint: CheckpointFingerprint;
  totalUnits?: number;
  /** Entries kept from the previous checkpoint on resume (`ResumePlan.carried`). */
  carried?: Readonly<Record<string, CheckpointUnit>>;
  /** The history of the runs before this one, on resume (`carryRuns`); this run is added to it. */
  previousRuns?: readonly CheckpointRun[];
  now?: Date;
}

/** A new, empty (or carried-over) checkpoint: not complete, no stop reason, this run last in its history. */
export function createCheckpoint(input: CreateCheckpointInput): CheckpointV1 {
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
  // A prototype-less map: a unit id such as "__proto__" is then an ordinary key.
  const units = Object.create(null) as Record<string, CheckpointUnit>;
  for (const [id, entry] of Object.entries(input.carried ?? {})) units[id] = { ...entry };
  return {
    formatVersion: CHECKPOINT_FORMAT_VERSION,
    runId: input.runId,
    ...(input.attempt !== undefined ? { attempt: input.attempt } : {}),
    fingerprint: { ...input.fingerprint },
    reason: null,
    complete: false,
    ...(input.totalUnits !== undefined ? { totalUnits: input.totalUnits } : {}),
    createdAt: at,
    updatedAt: at,
    runs: [...previous.map((run) => ({ ...run, samples: [...run.samples] })), thisRun],
    units,
  };
}

/**
 * Records a finished unit, in place (copying a 100,000-unit checkpoint per unit would be
 * quadratic). Returns false, recording nothing, for a unit that never started (`attempts: 0`,
 * the runner's "not run" placeholder: recording it as skipped would keep it from ever running)
 * and for a checkpoint unit whose entry is already there.
 */
export function recordUnit(
  checkpoint: CheckpointV1,
  result: UnitResult,
  now = new Date(),
): boolean {
  if (result.attempts === 0) return false;
  if (result.fromCheckpoint && Object.hasOwn(checkpoint.units, result.id)) return false;
  const entry: CheckpointUnit = {
    outcome: result.outcome,
    attempts: result.attempts,
    flaky: result.flaky,
    durationMs: result.durationMs,
    tests: {
      passed: result.tests.passed,
      failed: result.tests.failed,
      skipped: result.tests.skipped,
    },
    exitCode: result.exitCode,
    peakRssBytes: result.peakRssBytes,
    finishedAt: now.toISOString(),
    ...(result.startedAt !== undefined ? { startedAt: result.startedAt } : {}),
    ...(result.lane !== undefined ? { lane: result.lane } : {}),
  };
  const checked = checkpointUnitSchema.safeParse(entry);
  if (!checked.success) {
    // Writing it would make the next read drop the unit; better to find the bug here.
    throw new InternalError(
      `checkpoint entry for unit ${JSON.stringify(result.id)} is invalid: ${z.prettifyError(checked.error)}`,
    );
  }
  checkpoint.units[result.id] = entry;
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
  checkpoint: CheckpointV1,
  end: {
    reason: StopReason | null;
    unitIds: readonly string[];
    now?: Date;
    machine?: MachineRecord | undefined;
  },
): void {
  checkpoint.reason = end.reason;
  checkpoint.complete =
    end.reason === null &&
    end.unitIds.every((id) => {
      const outcome = Object.hasOwn(checkpoint.units, id)
        ? checkpoint.units[id]?.outcome
        : undefined;
      return outcome === 'passed' || outcome === 'skipped';
    });
  const now = end.now ?? new Date();
  checkpoint.updatedAt = now.toISOString();
  const run = checkpoint.runs?.findLast((r) => r.runId === checkpoint.runId);
  if (run) closeRun(run, { reason: end.reason, at: now.getTime(), machine: end.machine });
}
