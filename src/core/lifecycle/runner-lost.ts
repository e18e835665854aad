// What the watchdog does once the runner is lost (gone, or stuck and not answering): end a stuck runner, kill and remove everything the run left, record why in the checkpoint, log it.
import { join } from 'node:path';
import type { ContainerEngine } from '../containers/engine.js';
import { readCheckpoint, writeCheckpoint } from '../checkpoint/checkpoint-file.js';
import { markEnded } from '../checkpoint/checkpoint-format.js';
import { CHECKPOINT_FILE } from '../checkpoint/run-checkpoint.js';
import { cleanupStateDir, type CleanupReport } from '../tracker/cleanup.js';
import { pollUntil } from '../tracker/terminate.js';
import { heldByAnother, lockForCleanup } from './cleanup-lock.js';
import { isProcessAlive } from './process-identity.js';
import { appendWatchdogLog } from './watchdog-log.js';

/**
 * `runner-gone`: its process ended (its pipe closed, or its pid died or was reused) without
 * saying `end`. `runner-stuck`: alive, not stopped, silent for the heartbeat timeout, and it did
 * not answer the request to stop.
 */
export type LossCause = 'runner-gone' | 'runner-stuck';

/** What became of the checkpoint: only an unfinished, readable one of this run is marked. */
export type CheckpointMark =
  | 'marked'
  | 'missing'
  | 'unreadable'
  | 'complete'
  /** The runner had recorded its run's end itself (it died right after). */
  | 'ended'
  | 'other-run'
  | 'write-failed'
  /** Another live run or cleanup holds the state dir: not touched. */
  | 'held';

/** What became of a stuck runner: ended with SIGKILL, gone by itself meanwhile, or still there. */
export type RunnerEnd = 'killed' | 'gone' | 'kill-failed';

export interface RunnerLost {
  cause: LossCause;
  /** How long the runner had sent nothing when the watchdog acted. */
  quietMs: number;
  /** Only for `runner-stuck`. */
  runner?: RunnerEnd;
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
  quietMs: number;
  /** SIGTERM to SIGKILL for the run's processes (short: nobody is waiting for them). */
  graceMs: number;
  engine?: ContainerEngine | null | undefined;
}

/**
 * The state dir's lock comes first, so nothing of a live run is touched: the lost runner's lock
 * was freed by the kernel when its process ended (or was ended here), and a run or cleanup
 * holding it now is someone else's, left alone with a line in the log. Only a stuck runner that
 * could not be ended still holds its own lock; its leftovers are cleaned up under it, as it can
 * never act again.
 */
export async function handleRunnerLost(input: RunnerLostInput): Promise<RunnerLost> {
  // First the runner: a stuck one that woke up mid-cleanup would start units into a torn-down run.
  const runner = input.cause === 'runner-stuck' ? await endRunner(input) : undefined;
  const lock = await lockForCleanup(input.stateDir, runner === 'kill-failed' ? 0 : LOCK_WAIT_MS);
  const own = lock.kind === 'held' && runner === 'kill-failed' && lock.pid === input.runnerPid;
  if (lock.kind === 'held' && !own) {
    const lost: RunnerLost = {
      cause: input.cause,
      quietMs: input.quietMs,
      ...(runner ? { runner } : {}),
      cleanup: { processes: [], containers: [], ignored: [], warnings: [] },
      checkpoint: 'held',
    };
    appendWatchdogLog(
      input.stateDir,
      `${describeLoss(lost, input.runnerPid)}; ${heldByAnother(input.stateDir, lock.pid)}`,
    );
    return lost;
  }
  appendWatchdogLog(
    input.stateDir,
    lock.kind === 'locked'
      ? `took the state dir's lock (runner ${input.runnerPid} is gone)`
      : lock.kind === 'missing'
        ? 'the state dir is gone: cleaning up without its lock'
        : `runner ${input.runnerPid} could not be ended and holds the state dir's lock: cleaning up under it`,
  );
  let cleanup: CleanupReport;
  let checkpoint: CheckpointMark;
  try {
    cleanup = await cleanUp(input);
    const reason = input.cause === 'runner-stuck' ? 'runner-stuck' : 'runner-lost';
    checkpoint = markRunnerLost(join(input.stateDir, CHECKPOINT_FILE), input.runId, reason);
  } finally {
    if (lock.kind === 'locked') await lock.lock.release();
  }
  const lost: RunnerLost = {
    cause: input.cause,
    quietMs: input.quietMs,
    ...(runner ? { runner } : {}),
    cleanup,
    checkpoint,
  };
  appendWatchdogLog(input.stateDir, describeLoss(lost, input.runnerPid));
  return lost;
}

/** How long the lock may take to come free after the runner's end (its process finishing its exit). */
const LOCK_WAIT_MS = 2000;

/** SIGKILL, only while the pid still has the runner's start time (a stuck loop runs no handler). */
async function endRunner(input: RunnerLostInput): Promise<RunnerEnd> {
  const { runnerPid: pid, runnerStartTime: startTime } = input;
  if (!isProcessAlive(pid, startTime)) return 'gone';
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    return isProcessAlive(pid, startTime) ? 'kill-failed' : 'gone';
  }
  const gone = await pollUntil(() => !isProcessAlive(pid, startTime), Date.now() + 5000);
  return gone ? 'killed' : 'kill-failed';
}

async function cleanUp(input: RunnerLostInput): Promise<CleanupReport> {
  // Never this process, its parent or the runner (a runner that could not be ended is left).
  const exclude = [process.ppid, input.runnerPid];
  try {
    return await cleanupStateDir(input.stateDir, {
      force: true,
      graceMs: input.graceMs,
      exclude,
      runId: input.runId,
      ...(input.engine !== undefined ? { engine: input.engine } : {}),
    });
  } catch (error) {
    return {
      processes: [],
      containers: [],
      ignored: [],
      warnings: [`cleanup failed: ${(error as Error).message}`],
    };
  }
}

/**
 * Sets `reason` (`runner-lost` or `runner-stuck`) and `complete: false` in the checkpoint and
 * ends this run's history entry, so `status` says why the run stopped and `--resume` continues
 * it. A complete checkpoint, one whose run the runner had ended itself, an unreadable one and
 * one a later run has written are left as they are.
 */
export function markRunnerLost(
  path: string,
  runId?: string,
  reason: 'runner-lost' | 'runner-stuck' = 'runner-lost',
): CheckpointMark {
  const read = readCheckpoint(path);
  if (read.checkpoint === undefined) return read.warnings.length > 0 ? 'unreadable' : 'missing';
  const { checkpoint } = read;
  if (checkpoint.complete) return 'complete';
  if (runId !== undefined && checkpoint.runId !== runId) return 'other-run';
  const entry = checkpoint.runs?.findLast((r) => r.runId === checkpoint.runId);
  if (entry?.endedAt !== undefined) return 'ended';
  // With a stop reason the unit list does not matter: the run is not complete.
  markEnded(checkpoint, { reason, unitIds: [] });
  try {
    writeCheckpoint(path, checkpoint);
    return 'marked';
  } catch {
    return 'write-failed';
  }
}

export function describeLoss(lost: RunnerLost, runnerPid: number): string {
  const quiet = `${Math.round(lost.quietMs)} ms`;
  const why =
    lost.cause === 'runner-gone'
      ? `runner ${runnerPid} is gone`
      : `runner ${runnerPid} is stuck (no heartbeat for ${quiet}, not stopped, no answer to the stop request): ${
          {
            killed: 'ended it (SIGKILL)',
            gone: 'it ended by itself meanwhile',
            'kill-failed': 'could not end it',
          }[lost.runner ?? 'kill-failed']
        }`;
  const killed = lost.cleanup.processes.filter((p) => p.action === 'killed').length;
  const removed = lost.cleanup.containers.filter((c) => c.action === 'removed').length;
  const ignored = lost.cleanup.ignored.map(
    (e) => `; ignored ${e.kind} ${JSON.stringify(e.target)} (${e.why})`,
  );
  const warnings = lost.cleanup.warnings.length > 0 ? `; ${lost.cleanup.warnings.join('; ')}` : '';
  return `${why}: killed ${killed} process(es), removed ${removed} container(s); checkpoint ${lost.checkpoint}${ignored.join('')}${warnings}`;
}
