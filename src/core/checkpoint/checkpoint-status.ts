// What `testwarden status` tells about a state dir's checkpoint: done, left, and why the last run stopped.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import type { Outcome, StopReason } from '../types.js';
import { readCheckpoint } from './checkpoint-file.js';
import { CHECKPOINT_FILE } from './run-checkpoint.js';
import { pendingEntries, Registry } from '../tracker/registry.js';
import { sameProcessAlive } from '../tracker/process-table.js';

export interface CheckpointStatus {
  path: string;
  runId: string;
  attempt: number | null;
  reason: StopReason | null;
  complete: boolean;
  updatedAt: string;
  totalUnits: number | null;
  /** Units a resume would not run again (passed, flaky, skipped). */
  done: number;
  /** Units recorded with an outcome a resume runs again. */
  toRetry: number;
  /** Units with no record (never finished); null when the total is unknown. */
  notStarted: number | null;
  byOutcome: Record<Outcome, number>;
  /**
   * The units a resume would run, in list order: each with its recorded outcome, or null when it
   * never finished. (A checkpoint of format 1 names only the recorded ones.)
   */
  left: { id: string; outcome: Outcome | null }[];
  flaky: number;
  durationMs: number;
  warnings: string[];
  /** The run that owns the state dir, while it is still alive (its registry entry's pid and start time match a live process). */
  running: { runId: string; pid: number; since: string } | null;
}

export function checkpointStatus(stateDir: string): CheckpointStatus {
  const path = join(stateDir, CHECKPOINT_FILE);
  if (!existsSync(path)) {
    throw new UsageError(
      `--state-dir: expected a folder holding ${CHECKPOINT_FILE} (written by testwarden run), found none in ${JSON.stringify(stateDir)}`,
    );
  }
  const { checkpoint, warnings } = readCheckpoint(path);
  if (!checkpoint) {
    throw new UsageError(
      `the checkpoint ${path} cannot be used: ${warnings.join('; ') || 'unreadable'}`,
    );
  }
  const byOutcome: Record<Outcome, number> = {
    passed: 0,
    failed: 0,
    'timed-out': 0,
    'resource-exceeded': 0,
    interrupted: 0,
    skipped: 0,
  };
  let flaky = 0;
  let durationMs = 0;
  const { units } = checkpoint;
  const left: CheckpointStatus['left'] = [];
  for (let i = 0; i < units.length; i++) {
    const unit = units.at(i);
    if (unit === undefined) {
      left.push({ id: units.ids[i]!, outcome: null });
      continue;
    }
    byOutcome[unit.outcome]++;
    if (unit.flaky) flaky++;
    durationMs += unit.durationMs;
    if (unit.outcome !== 'passed' && unit.outcome !== 'skipped')
      left.push({ id: units.ids[i]!, outcome: unit.outcome });
  }
  const recorded = units.size;
  const done = byOutcome.passed + byOutcome.skipped;
  const total = checkpoint.totalUnits ?? null;
  return {
    path,
    runId: checkpoint.runId,
    attempt: checkpoint.attempt ?? null,
    reason: checkpoint.reason,
    complete: checkpoint.complete,
    updatedAt: checkpoint.updatedAt,
    totalUnits: total,
    done,
    toRetry: recorded - done,
    notStarted: total === null ? null : Math.max(0, total - recorded),
    byOutcome,
    left,
    flaky,
    durationMs,
    warnings,
    running: liveRun(stateDir),
  };
}

/** A run is live while the process its registry entry names is alive with the start time recorded. */
export function liveRun(stateDir: string): CheckpointStatus['running'] {
  const runs = pendingEntries(new Registry(stateDir).read()).runs;
  const alive = runs.findLast((r) => r.pid !== process.pid && sameProcessAlive(r.pid, r.startTime));
  return alive
    ? { runId: alive.runId, pid: alive.pid, since: new Date(alive.at).toISOString() }
    : null;
}
