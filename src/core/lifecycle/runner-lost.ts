// What the watchdog does once the runner is lost: kill and remove everything the run left, mark the checkpoint `runner-lost`, log it.
import { join } from 'node:path';
import type { ContainerEngine } from '../containers/engine.js';
import { readCheckpoint, writeCheckpoint } from '../checkpoint/checkpoint-file.js';
import { CHECKPOINT_FILE } from '../checkpoint/run-checkpoint.js';
import { cleanupStateDir, type CleanupReport } from '../tracker/cleanup.js';
import { isProcessAlive } from './process-identity.js';
import { appendWatchdogLog } from './watchdog-log.js';

/** Why the runner counts as lost: its process is gone (or its pid reused), or its heartbeat stopped. */
export type LossCause = 'runner-gone' | 'heartbeat-stale';

/** What became of the checkpoint: only an unfinished, readable one is marked. */
export type CheckpointMark = 'marked' | 'missing' | 'unreadable' | 'complete' | 'write-failed';

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
      ...(input.engine !== undefined ? { engine: input.engine } : {}),
    });
  } catch (error) {
    cleanup = {
      processes: [],
      containers: [],
      warnings: [`cleanup failed: ${(error as Error).message}`],
    };
  }
  const checkpoint = markRunnerLost(join(input.stateDir, CHECKPOINT_FILE));
  const lost: RunnerLost = { cause: input.cause, staleMs: input.staleMs, cleanup, checkpoint };
  appendWatchdogLog(input.stateDir, describeLoss(lost, input.runnerPid, runnerAlive));
  return lost;
}

/**
 * Sets `reason: runner-lost` and `complete: false` in the checkpoint, so `status` says why the
 * run stopped and `--resume` continues it. A complete checkpoint (the run had finished, only its
 * last steps were lost) and an unreadable one are left as they are.
 */
export function markRunnerLost(path: string): CheckpointMark {
  const read = readCheckpoint(path);
  if (read.checkpoint === undefined) return read.warnings.length > 0 ? 'unreadable' : 'missing';
  if (read.checkpoint.complete) return 'complete';
  try {
    writeCheckpoint(path, {
      ...read.checkpoint,
      reason: 'runner-lost',
      complete: false,
      updatedAt: new Date().toISOString(),
    });
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
  const warnings = lost.cleanup.warnings.length > 0 ? `; ${lost.cleanup.warnings.join('; ')}` : '';
  return `${why}: killed ${killed} process(es), removed ${removed} container(s); checkpoint ${lost.checkpoint}${warnings}`;
}
