// The post step (runs after success, failure and cancel, in a fresh process): sweep what the run left, upload the checkpoint if main could not, write the summary if main could not. Warns; never fails the job.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { info, summary, warning } from '@actions/core';
import { inertLine } from '../core/text/workflow-command.js';
import { CHECKPOINT_FILE } from '../core/checkpoint/run-checkpoint.js';
import { heldByAnother, lockForCleanup } from '../core/lifecycle/cleanup-lock.js';
import { stopWatchdog } from '../core/lifecycle/watchdog-process.js';
import { cleanupStateDir, type CleanupReport } from '../core/tracker/cleanup.js';
import { ActionsCacheCheckpointSync } from './cache-checkpoint-sync.js';
import { renderPostSummary, renderSweep } from './checkpoint-summary.js';
import { POST_CLEANUP_GRACE_MS, POST_LOCK_WAIT_MS, POST_UPLOAD_TIMEOUT_MS } from './constants.js';
import { readGitHubContext } from './github-context.js';
import { loadPostState, type PostState } from './post-state.js';

export async function runPost(): Promise<{ idle(): Promise<void> } | undefined> {
  const state = loadPostState();
  if (!state) {
    info('testwarden post: the main step started no run; nothing to clean up');
    return undefined;
  }
  // First the watchdog: it must not start cleaning (and marking the run lost) while post does.
  await attempt('stop the watchdog', () => stopWatchdog(state.stateDir, { waitMs: 1000 }));
  // Then the state dir's lock (main's was freed when its process ended): a run or cleanup holding
  // it now is live, another step's, and nothing in the folder is touched.
  const lock = await attempt('lock the state dir', () =>
    lockForCleanup(state.stateDir, POST_LOCK_WAIT_MS),
  );
  if (lock?.kind === 'held') {
    warning(inertLine(`testwarden post: ${heldByAnother(state.stateDir, lock.pid)}`));
    return undefined;
  }
  try {
    const sweep = await attempt('clean up', () => sweepLeftovers(state));
    const sync = await attempt('upload the checkpoint', () => uploadCheckpoint(state));
    await attempt('write the job summary', async () => {
      if (!state.summary) return;
      if (!state.summaryWritten) await summary.addRaw(renderPostSummary(state, sweep)).write();
      else if (renderSweep(sweep) !== '') await summary.addRaw(renderSweep(sweep)).write();
    });
    return sync;
  } finally {
    if (lock?.kind === 'locked') await lock.lock.release();
  }
}

/** Any problem of one phase is a warning, and the next phase still runs. */
async function attempt<T>(what: string, phase: () => Promise<T>): Promise<T | undefined> {
  try {
    return await phase();
  } catch (error) {
    warning(`testwarden post: could not ${what}: ${(error as Error).message ?? String(error)}`);
    return undefined;
  }
}

async function sweepLeftovers(state: PostState): Promise<CleanupReport> {
  // Post runs only after main's process is gone (the runner waits for it), so its registry entry is stale.
  const sweep = await cleanupStateDir(state.stateDir, {
    graceMs: POST_CLEANUP_GRACE_MS,
    force: true,
    // No run id: the handoff's runId is GITHUB_RUN_ID, not testwarden's; the registry's own run
    // entries name the run, and every target still has to prove it (start time, marker, subtree).
  });
  const removed = [
    ...sweep.processes.map((p) => `process ${p.pid} (${p.command}): ${p.action}`),
    ...sweep.containers.map((c) => `container ${c.name || c.id}: ${c.action}`),
  ];
  if (removed.length > 0) {
    // Command lines are the units' text: each one line, inert.
    const head = `testwarden post: ${removed.length} left running after the main step, removed:`;
    warning([head, ...removed].map(inertLine).join('\n'));
  } else info('testwarden post: nothing left running');
  for (const e of sweep.ignored)
    warning(
      inertLine(
        `testwarden post: left alone ${e.kind} ${JSON.stringify(e.target)} named in the registry: ${e.why}`,
      ),
    );
  for (const w of sweep.warnings) warning(inertLine(`testwarden post: ${w}`));
  return sweep;
}

async function uploadCheckpoint(state: PostState): Promise<ActionsCacheCheckpointSync | undefined> {
  if (state.checkpointSaved) {
    info('testwarden post: the main step saved the final checkpoint');
    return undefined;
  }
  const checkpointFile = join(state.stateDir, CHECKPOINT_FILE);
  if (!state.runId || !existsSync(checkpointFile)) {
    info('testwarden post: no checkpoint to upload');
    return undefined;
  }
  const github = readGitHubContext();
  const sync = new ActionsCacheCheckpointSync({
    stateDir: state.stateDir,
    checkpointFile,
    os: github.os,
    checkpointKey: state.checkpointKey,
    runId: state.runId,
    runAttempt: state.runAttempt,
    timeoutMs: POST_UPLOAD_TIMEOUT_MS,
  });
  const outcome = await sync.save({ force: true });
  if (outcome.saved) info(`testwarden post: checkpoint uploaded as ${outcome.key}`);
  else info(`testwarden post: checkpoint ${outcome.detail}`);
  return sync;
}
