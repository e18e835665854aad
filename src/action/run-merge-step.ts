// The merge step (merge-reports set): the shards' reports become one report, JUnit file and job summary, and the branch's durations history is updated with every shard's units and saved.
import { join, resolve } from 'node:path';
import { info, setFailed, warning } from '@actions/core';
import { inertLine } from '../core/text/workflow-command.js';
import { UsageError } from '../core/errors.js';
import { runMerge } from '../core/report/merge-command.js';
import { Input, STATE_ROOT } from './constants.js';
import type { GitHubContext } from './github-context.js';
import type { MergeInputs } from './merge-inputs.js';
import { setErrorOutputs, setRunOutputs } from './outputs.js';
import { errorFailure, failureMessage } from './step-failure.js';
import { TIMINGS_CACHE_PATH, timingsCacheForStep } from './timings-cache.js';

/** Never throws: a failure goes to core.setFailed. Returns what may still be uploading. */
export async function runMergeStep(
  github: GitHubContext,
  inputs: MergeInputs,
): Promise<{ idle(): Promise<void> } | undefined> {
  const cwd = resolve(github.workspace, inputs.workingDirectory);
  const reportJson = resolve(
    cwd,
    inputs.reportJson ?? join(github.workspace, STATE_ROOT, 'merge', 'report.json'),
  );
  const junit = inputs.junit === undefined ? undefined : resolve(cwd, inputs.junit);
  const summaryFile = inputs.summary ? process.env['GITHUB_STEP_SUMMARY'] : undefined;
  const timings = timingsCacheForStep(github, inputs.timings);
  try {
    await timings?.restoreHistory();
    const outcome = await runMerge({
      inputs: inputs.reports,
      cwd,
      reportJson,
      ...(junit === undefined ? {} : { junit }),
      ...(inputs.junitInputs.length > 0 ? { junitInputs: inputs.junitInputs } : {}),
      ...(summaryFile ? { summaryMarkdown: summaryFile } : {}),
      timings: join(github.workspace, TIMINGS_CACHE_PATH),
    });
    const { report, problems } = outcome;
    const t = report.totals;
    info(
      `testwarden: merged ${outcome.inputs.length} reports: ${t.units} units, ${t.passed} passed, ${t.failed} failed, ${t.timedOut} timed out, ${t.interrupted} interrupted; exit code ${report.exitCode}`,
    );
    for (const w of outcome.warnings) warning(inertLine(w));
    await timings?.saveHistory();
    setRunOutputs(report, { reportJson, junit, checkpointKey: '' });
    // Problems alone turn a passing merge into a failed one: then the units are not the reason.
    const unitsFailed = t.failed + t.timedOut + t.resourceExceeded + t.interrupted > 0;
    const failures = [
      problems.length > 0 ? `the shards' reports do not add up: ${problems.join('; ')}` : undefined,
      unitsFailed || problems.length === 0 ? failureMessage(report) : undefined,
    ].filter((m) => m !== undefined);
    if (failures.length > 0) setFailed(failures.join('; '));
  } catch (error) {
    const usage =
      error instanceof UsageError
        ? new UsageError(
            error.message
              .replace(/^inputs: /, `${Input.mergeReports}: `)
              .replace(/^junit inputs: /, `${Input.mergeJunit}: `),
          )
        : error;
    const { message, exitCode } = errorFailure(usage);
    setErrorOutputs(exitCode, undefined);
    setFailed(message);
  }
  return timings;
}
