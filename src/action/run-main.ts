// The main step: read the inputs, hand post what it needs, restore the durations history and the checkpoint and decide on resuming, run the suite, then publish outputs, annotations and the job summary, and save the history; or, with merge-reports, merge the shards' reports.
import { formatDuration } from '../core/format.js';
import { join, resolve } from 'node:path';
import { info, setFailed, summary, warning } from '@actions/core';
import { readCheckpoint } from '../core/checkpoint/checkpoint-file.js';
import { CHECKPOINT_FILE } from '../core/checkpoint/run-checkpoint.js';
import { StopToken } from '../core/lifecycle/stop-token.js';

import { OutputWriteError } from '../core/report/output-paths.js';
import { DEFAULTS, runSuite } from '../core/run/run-suite.js';
import { ActionsReporter } from './actions-reporter.js';
import { annotateRun } from './annotations.js';
import { ActionsCacheCheckpointSync } from './cache-checkpoint-sync.js';
import { stopOnSignals } from './cancel-signals.js';
import { RUNNER_CANCEL_WINDOW_MS } from './constants.js';
import { readGitHubContext, type GitHubContext } from './github-context.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { renderRunSummary } from './job-summary.js';
import { MainCheckpointSync } from './main-checkpoint-sync.js';
import { readMergeInputs } from './merge-inputs.js';
import { setErrorOutputs, setRunOutputs } from './outputs.js';
import { markCheckpointSaved, markSummaryWritten, saveRunHandoff } from './post-state.js';
import { errorFailure, failureMessage } from './step-failure.js';
import { inInputTerms } from './input-terms.js';
import { runMergeStep } from './run-merge-step.js';
import { effectiveCheckpointKey, stateDirFor } from './suite-key.js';
import {
  TIMINGS_CACHE_PATH,
  timingsCacheForStep,
  type ActionsCacheTimings,
} from './timings-cache.js';
import { watchdogCommandForAction } from './watchdog-entry.js';

/** Runs the main step; failures go to core.setFailed, never out as exceptions. Returns what may still be uploading. */
export async function runMain(): Promise<{ idle(): Promise<void> } | undefined> {
  const github = readGitHubContext();
  let inputs: ActionInputs;
  try {
    const merge = readMergeInputs();
    if (merge) return await runMergeStep(github, merge);
    inputs = readInputs();
  } catch (error) {
    return fail(error, undefined);
  }
  const checkpointKey = effectiveCheckpointKey(inputs.checkpointKey, inputs.suite);
  const cwd = resolve(github.workspace, inputs.run.cwd);
  const stateDir = stateDirFor(github.workspace, checkpointKey);
  const reportJson = resolve(cwd, inputs.run.reportJson ?? join(stateDir, 'report.json'));
  const junit = inputs.run.junit === undefined ? undefined : resolve(cwd, inputs.run.junit);
  saveRunHandoff({
    stateDir,
    workingDirectory: cwd,
    checkpointKey,
    runId: github.runId ?? '',
    runAttempt: github.runAttempt,
    reportJson,
    summary: inputs.summary,
  });
  const grace = inputs.run.gracePeriodMs;
  if (grace !== undefined && grace > RUNNER_CANCEL_WINDOW_MS - 1000) {
    warning(
      `grace-period ${formatDuration(grace)} does not fit in the runner's ${formatDuration(RUNNER_CANCEL_WINDOW_MS)} cancel window: on a cancel, units still running when the runner's SIGTERM arrives are killed at once`,
    );
  }
  const sync = cacheSync(github, checkpointKey, stateDir);
  const timings = timingsCacheForStep(github, inputs.timings);
  const stop = new StopToken();
  let cancelled = false;
  let abandon = () => {};
  const abandoned = new Promise<void>((resolve) => (abandon = resolve));
  const removeSignals = stopOnSignals(stop, (signal) => {
    info(
      `testwarden: ${signal} received (the job is being cancelled); the post step will upload the checkpoint`,
    );
    cancelled = true;
    sync?.deferUploads();
    abandon();
  });
  // The history only balances shards: no wait on the cache once the job is being cancelled.
  const withTimings = (what: (t: ActionsCacheTimings) => Promise<unknown>) =>
    timings && !cancelled
      ? Promise.race([
          what(timings).then(
            () => undefined,
            (error: unknown) => warning(`The durations history: ${(error as Error).message}`),
          ),
          abandoned,
        ])
      : undefined;
  try {
    await withTimings((t) => (inputs.run.shard ? t.restoreForShards() : t.restoreHistory()));
    const resume = await decideResume(inputs, github, sync);
    const checkpointFile = join(stateDir, CHECKPOINT_FILE);
    const resumedFromAttempt = resume
      ? readCheckpoint(checkpointFile).checkpoint?.attempt
      : undefined;
    const interval = inputs.run.progressIntervalMs;
    const reporter = new ActionsReporter(
      interval === undefined ? DEFAULTS.progressIntervalMs : interval,
    );
    const watchdogCommand = watchdogCommandForAction();
    let unwritten: OutputWriteError | undefined;
    const report = await runSuite({
      ...inputs.run,
      ...(watchdogCommand ? { watchdogCommand } : {}),
      cwd,
      stateDir,
      timingsFile: join(github.workspace, TIMINGS_CACHE_PATH),
      reportJson,
      resume,
      attempt: github.runAttempt,
      ...(github.runId !== undefined ? { ciRunId: github.runId } : {}),
      ...(sync ? { checkpointSync: sync } : {}),
      reporters: [reporter],
      stop,
    }).catch((error: unknown) => {
      // The run's result stands; the step still publishes it and then fails for the file.
      if (!(error instanceof OutputWriteError)) throw error;
      unwritten = error;
      return error.report;
    });
    if (sync?.finalSaveDone) markCheckpointSaved();
    setRunOutputs(report, { reportJson, junit, checkpointKey });
    annotateRun(report, { workspace: github.workspace, cwd });
    if (inputs.summary) {
      // A summary that cannot be written (no GITHUB_STEP_SUMMARY) is post's to retry, not a failure.
      await summary
        .addRaw(
          renderRunSummary(report, {
            checkpointKey,
            resumedFromAttempt,
            reportJson,
            checkpointRuns: readCheckpoint(checkpointFile).checkpoint?.runs ?? [],
          }),
        )
        .write()
        .then(markSummaryWritten, (error: unknown) =>
          warning(`The job summary could not be written: ${(error as Error).message}`),
        );
    }
    // A shard's durations are saved by the merge job, which sees every shard's.
    if (!inputs.run.shard) await withTimings((t) => t.saveHistory());
    const failure = [unwritten && inInputTerms(unwritten.message), failureMessage(report)]
      .filter(Boolean)
      .join('\n');
    if (failure) setFailed(failure);
  } catch (error) {
    fail(error, checkpointKey);
    // Post would otherwise report a main step that "did not finish".
    if (inputs.summary) {
      const message = errorFailure(error).message.split('\n')[0] ?? 'error';
      await summary
        .addRaw(`### testwarden: ❌ ${message}\n`)
        .write()
        .then(markSummaryWritten, () => undefined);
    }
  } finally {
    removeSignals();
  }
  return { idle: () => Promise.all([sync?.idle(), timings?.idle()]).then(() => undefined) };
}

function fail(error: unknown, checkpointKey: string | undefined): undefined {
  const { message, exitCode } = errorFailure(error);
  setErrorOutputs(exitCode, checkpointKey);
  setFailed(message);
  return undefined;
}

function cacheSync(
  github: GitHubContext,
  checkpointKey: string,
  stateDir: string,
): MainCheckpointSync | undefined {
  if (github.runId === undefined) {
    info('testwarden: no GITHUB_RUN_ID (not on a runner?): the checkpoint stays on disk only');
    return undefined;
  }
  try {
    return new MainCheckpointSync(
      new ActionsCacheCheckpointSync({
        stateDir,
        checkpointFile: join(stateDir, CHECKPOINT_FILE),
        os: github.os,
        checkpointKey,
        runId: github.runId,
        runAttempt: github.runAttempt,
      }),
    );
  } catch (error) {
    warning(`The checkpoint will not be kept in the Actions cache: ${(error as Error).message}`);
    return undefined;
  }
}

/** auto: resume when this run's checkpoint came back from the cache, or on any re-run (attempt > 1). */
async function decideResume(
  inputs: ActionInputs,
  github: GitHubContext,
  sync: MainCheckpointSync | undefined,
): Promise<boolean> {
  if (inputs.resume === 'never') return false;
  const restored = sync ? (await sync.restore()).restored : false;
  if (inputs.resume === 'always') return true;
  return restored || github.runAttempt > 1;
}
