// What the watchdog does once the runner is lost: kill and remove everything the run left, mark the checkpoint `runner-lost`, log it.
import { join } from 'node:path';
import type { ContainerEngine } from '../containers/engine.js';
import { readCheckpoint, writeCheckpoint } from '../checkpoint/checkpoint-file.js';
import { markEnded } from '../checkpoint/checkpoint-format.js';
import { CHECKPOINT_FILE } from '../checkpoint/run-checkpoint.js';
import { cleanupStateDir, type CleanupReport } from '../tracker/cleanup.js';
import { isProcessAlive } from './process-identity.js';
import { appendWatchdogLog } from './watchdog-log.js';

/** Why the runner counts as lost: its process is gone (or its pid reused), or its heartbeat stopped. */
export type LossCause = 'runner-gone' | 'heartbeat-stale';

/** What became of the checkpoint: only an unfinished, readable one of this run is marked. */
export type CheckpointMark =
  'marked' | 'missing' | 'unreadable' | 'complete' | 'other-run' | 'write-failed';

export interface RunnerLost {
  cause: LossCause;
  /** How long the heartbeat had not changed when the watchdog acted. */
  staleMs: number;
  cleanup: CleanupReport;
  checkpoint: CheckpointMark;
}

export interface RunnerLostInput {
  stateDir: string;
  runnerPid: number;
  runnerStartTime: number;
  /** The lost run's id: a checkpoint another run has written since is not touched. */
  runId?: string | undefined;
  cause: LossCause;
  staleMs: number;
  /** SIGTERM to SIGKILL for the run's processes (short: nobody is waiting for them). */
  graceMs: number;
  engine?: ContainerEngine | null | undefined;
}

export async function handleRunnerLost(input: RunnerLostInput): Promise<RunnerLost> {
  const runnerAlive = isProcessAlive(input.runnerPid, input.runnerStartTime);
  // A hung runner keeps its life (it may still finish or be debugged); only what it started goes.
  const exclude = [process.ppid, input.runnerPid];
  let cleanup: CleanupReport;
  try {
    cleanup = await cleanupStateDir(input.stateDir, {
      force: true,
      graceMs: input.graceMs,
      exclude,
      runId: input.runId,
      ...(input.engine !== undefined ? { engine: input.engine } : {}),
    });
  } catch (error) {
    cleanup = {
      processes: [],
      containers: [],
      ignored: [],
      warnings: [`cleanup failed: ${(error as Error).message}`],
    };
  }
  const checkpoint = markRunnerLost(join(input.stateDir, CHECKPOINT_FILE), input.runId);
  const lost: RunnerLost = { cause: input.cause, staleMs: input.staleMs, cleanup, checkpoint };
  appendWatchdogLog(input.stateDir, describeLoss(lost, input.runnerPid, runnerAlive));
  return lost;
}

/**
 * Sets `reason: runner-lost` and `complete: false` in the checkpoint and ends this run's history
 * entry, so `status` says why the
 * run stopped and `--resume` continues it. A complete checkpoint (the run had finished, only its
 * last steps were lost), an unreadable one and one a later run has written are left as they are.
 */
export function markRunnerLost(path: string, runId?: string): CheckpointMark {
  const read = readCheckpoint(path);
  if (read.checkpoint === undefined) return read.warnings.length > 0 ? 'unreadable' : 'missing';
  if (read.checkpoint.complete) return 'complete';
  if (runId !== undefined && read.checkpoint.runId !== runId) return 'other-run';
  // With a stop reason the unit list does not matter: the run is not complete. Its history
  // entry ends now, with the reason.
  markEnded(read.checkpoint, { reason: 'runner-lost', unitIds: [] });
  try {
    writeCheckpoint(path, read.checkpoint);
    return 'marked';
  } catch {
    return 'write-failed';
  }
}

export function describeLoss(lost: RunnerLost, runnerPid: number, runnerAlive: boolean): string {
  const why =
    lost.cause === 'runner-gone'
      ? `runner ${runnerPid} is gone`
      : `runner ${runnerPid} sent no heartbeat for ${Math.round(lost.staleMs)} ms (${runnerAlive ? 'alive but hung; left running' : 'now gone'})`;
  const killed = lost.cleanup.processes.filter((p) => p.action === 'killed').length;
  const removed = lost.cleanup.containers.filter((c) => c.action === 'removed').length;
  const ignored = lost.cleanup.ignored.map(
    (e) => `; ignored ${e.kind} ${JSON.stringify(e.target)} (${e.why})`,
  );
  const warnings = lost.cleanup.warnings.length > 0 ? `; ${lost.cleanup.warnings.join('; ')}` : '';
  return `${why}: killed ${killed} process(es), removed ${removed} container(s); checkpoint ${lost.checkpoint}${ignored.join('')}${warnings}`;
}
