// Checkpoint format 1, an object per unit keyed by id: still read (a checkpoint cached by an older testwarden resumes), never written.
import { z } from 'zod';
import { OUTCOMES } from '../vocabulary.js';
import { isoTime } from './checkpoint-format.js';
import { CheckpointUnits } from './checkpoint-units.js';
import { type EntryProblems, firstIssue, isPlainObject, printable } from './read-problems.js';

const count = z.number().int().nonnegative();

/** One finished unit in format 1. */
export const checkpointUnitSchemaV1 = z
  .object({
    outcome: z.enum(OUTCOMES),
    attempts: count,
    flaky: z.boolean(),
    durationMs: z.number().nonnegative(),
    tests: z.object({ passed: count, failed: count, skipped: count }),
    exitCode: z.number().int().nullable(),
    peakRssBytes: z.number().nonnegative(),
    finishedAt: isoTime,
    startedAt: z.number().nonnegative().optional(),
    lane: count.optional(),
  })
  .refine((unit) => !unit.flaky || unit.outcome === 'passed', {
    message: 'flaky is only possible for a passed unit',
  });

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
  for (const id of ids) {
    const entry = checkpointUnitSchemaV1.safeParse(raw[id]);
    if (!entry.success) {
      problems.invalid++;
      problems.firstInvalid ??= `${printable(JSON.stringify(id), 80)}: ${firstIssue(entry.error)}`;
      continue;
    }
    const { finishedAt, startedAt, durationMs, peakRssBytes, ...rest } = entry.data;
    const finished = Date.parse(finishedAt);
    if (!(finished >= 0)) {
      problems.invalid++;
      problems.firstInvalid ??= `${printable(JSON.stringify(id), 80)}: finishedAt: before 1970`;
      continue;
    }
    units.record(id, {
      ...rest,
      durationMs: Math.round(durationMs),
      peakRssBytes: Math.round(peakRssBytes),
      finishedAt: finished,
      ...(startedAt !== undefined ? { startedAt: Math.round(startedAt) } : {}),
    });
  }
  return units;
}
