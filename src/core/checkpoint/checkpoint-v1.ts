// Checkpoint format 1, an object per unit keyed by id: still read (a checkpoint cached by an older testwarden resumes), never written.
import * as z from '../zod-mini.js';
import {
  isRecordedTime,
  MAX_ATTEMPTS,
  MAX_BYTES,
  MAX_DURATION_MS,
  MAX_EXIT_CODE,
  MAX_JOBS,
  MAX_TESTS,
  MIN_EXIT_CODE,
} from '../value-limits.js';
import { OUTCOMES } from '../vocabulary.js';
import { isoTime } from './checkpoint-format.js';
import { CheckpointUnits, timeProblem } from './checkpoint-units.js';
import { type EntryProblems, firstIssue, isPlainObject, printable } from './read-problems.js';

const whole = (max: number) => z.number().check(z.int(), z.nonnegative(), z.maximum(max));
/** Milliseconds or bytes: fractions were allowed in format 1. */
const amount = (max: number) => z.number().check(z.nonnegative(), z.maximum(max));
const tests = whole(MAX_TESTS);

/** One finished unit in format 1. */
export const checkpointUnitSchemaV1 = z
  .object({
    outcome: z.enum(OUTCOMES),
    attempts: whole(MAX_ATTEMPTS),
    flaky: z.boolean(),
    durationMs: amount(MAX_DURATION_MS),
    tests: z.object({ passed: tests, failed: tests, skipped: tests }),
    exitCode: z.nullable(
      z.number().check(z.int(), z.minimum(MIN_EXIT_CODE), z.maximum(MAX_EXIT_CODE)),
    ),
    peakRssBytes: amount(MAX_BYTES),
    finishedAt: isoTime.check(
      z.refine((t) => isRecordedTime(Date.parse(t)), {
        message: 'not a time testwarden could have recorded',
      }),
    ),
    startedAt: z.optional(
      amount(Number.MAX_SAFE_INTEGER).check(
        z.refine((t) => isRecordedTime(Math.round(t)), {
          message: 'not a time testwarden could have recorded',
        }),
      ),
    ),
    lane: z.optional(whole(MAX_JOBS - 1)),
  })
  .check(
    z.refine((unit) => !unit.flaky || unit.outcome === 'passed', {
      message: 'flaky is only possible for a passed unit',
    }),
  );

/**
 * The units of a format-1 document, in the file's order, each entry validated on its own: an
 * invalid one is left out (counted in `problems`), so its unit runs again. Values are rounded to
 * whole milliseconds and bytes as format 2 keeps them.
 */
export function decodeUnitsV1(
  raw: unknown,
  timeBase: number,
  problems: EntryProblems,
): CheckpointUnits | string {
  if (!isPlainObject(raw)) return 'units: expected an object';
  const ids = Object.keys(raw);
  const units = CheckpointUnits.empty([], timeBase);
  const drop = (id: string, why: string) => {
    problems.invalid++;
    problems.firstInvalid ??= `${printable(JSON.stringify(id), 80)}: ${why}`;
  };
  for (const id of ids) {
    if (id === '') {
      drop(id, 'id: expected a non-empty string');
      continue;
    }
    const entry = checkpointUnitSchemaV1.safeParse(raw[id]);
    if (!entry.success) {
      drop(id, firstIssue(entry.error));
      continue;
    }
    const { finishedAt, startedAt, durationMs, peakRssBytes, ...rest } = entry.data;
    const unit = {
      ...rest,
      durationMs: Math.round(durationMs),
      peakRssBytes: Math.round(peakRssBytes),
      finishedAt: Date.parse(finishedAt),
      ...(startedAt !== undefined ? { startedAt: Math.round(startedAt) } : {}),
    };
    // What format 2 will check when this is written and read again: kept only if it passes.
    const problem = timeProblem(unit, timeBase);
    if (problem !== undefined) drop(id, problem);
    else units.record(id, unit);
  }
  return units;
}
