// The checkpoint's run history (additive to format v1): one bounded entry per run that worked on it, so a resumed run can picture every attempt.
import * as z from '../zod-mini.js';
import { thinMachinePoints } from '../monitor/thin-points.js';
import type { MachineRecord, StopReason } from '../types.js';
import { STOP_REASONS } from '../vocabulary.js';

/** Runs kept: the newest ones (a checkpoint re-run more often than this forgets the oldest). */
export const MAX_RUNS = 10;
/** Machine points kept per run: enough for a chart, about 12 KB of JSON. */
export const MAX_RUN_SAMPLES = 200;

const epochMs = z.number().check(z.nonnegative());
const percent = z.number().check(z.nonnegative());

export const checkpointRunSchema = z.object({
  runId: z.string().check(z.minLength(1), z.maxLength(512)),
  attempt: z.optional(z.number().check(z.int(), z.positive())),
  startedAt: epochMs,
  /** Absent while the run goes on, and for a run whose runner was lost before it ended. */
  endedAt: z.optional(epochMs),
  reason: z.nullable(z.enum(STOP_REASONS)),
  samples: z
    .array(z.object({ at: epochMs, memoryPercent: percent, cpuPercent: z.nullable(percent) }))
    .check(z.maxLength(MAX_RUN_SAMPLES)),
});

export type CheckpointRun = z.infer<typeof checkpointRunSchema>;

/** The header fields that `carryRuns` falls back on for a checkpoint written without a history. */
interface PreviousHeader {
  runId: string;
  attempt?: number | undefined;
  reason: StopReason | null;
  createdAt: string;
  updatedAt: string;
  runs?: CheckpointRun[] | undefined;
}

/**
 * The history a resumed run starts from: the previous checkpoint's runs (the newest
 * `MAX_RUNS - 1`, leaving room for this one). Its last run, if it never recorded an end (the
 * runner was lost), ends at the checkpoint's last update with the checkpoint's reason; a
 * checkpoint without a history contributes one run made from its header.
 */
export function carryRuns(previous: PreviousHeader): CheckpointRun[] {
  const runs: CheckpointRun[] =
    previous.runs && previous.runs.length > 0
      ? previous.runs.map((run) => ({ ...run, samples: run.samples.map((p) => ({ ...p })) }))
      : [
          {
            runId: previous.runId,
            ...(previous.attempt !== undefined ? { attempt: previous.attempt } : {}),
            startedAt: Date.parse(previous.createdAt),
            reason: null,
            samples: [],
          },
        ];
  const last = runs[runs.length - 1] as CheckpointRun;
  if (last.endedAt === undefined && last.runId === previous.runId) {
    last.endedAt = Math.max(last.startedAt, Date.parse(previous.updatedAt));
    last.reason = previous.reason;
  }
  return runs.slice(-(MAX_RUNS - 1));
}

/** Records how a run ended in its history entry, with its machine history thinned to fit. */
export function closeRun(
  run: CheckpointRun,
  end: { reason: StopReason | null; at: number; machine?: MachineRecord | undefined },
): void {
  run.endedAt = Math.max(run.startedAt, end.at);
  run.reason = end.reason;
  if (end.machine) run.samples = thinMachinePoints(end.machine.samples, MAX_RUN_SAMPLES);
}

/**
 * Reads a history from untrusted JSON: entries that do not validate are dropped (the run's
 * progress matters more than its pictures), and only the newest `MAX_RUNS` are kept.
 */
export function parseRuns(raw: unknown): { runs: CheckpointRun[] | undefined; dropped: number } {
  if (raw === undefined) return { runs: undefined, dropped: 0 };
  if (!Array.isArray(raw)) return { runs: undefined, dropped: 1 };
  const runs: CheckpointRun[] = [];
  let dropped = 0;
  for (const entry of raw.slice(-MAX_RUNS)) {
    const parsed = checkpointRunSchema.safeParse(entry);
    if (parsed.success) runs.push(parsed.data);
    else dropped++;
  }
  return { runs, dropped };
}
