// The run's checkpoint: a fresh one, or on resume the units already done and those still to run; with a preset, its tests too.
import { join } from 'node:path';
import { emit } from '../report/events.js';
import { slowTimeoutOf } from '../run-config.js';
import { RunCheckpoint } from '../checkpoint/run-checkpoint.js';
import { PresetAttempts } from '../frameworks/preset-attempts.js';
import { presetNamed } from '../frameworks/presets/index.js';
import { findReportersDir } from '../frameworks/reporters-dir.js';
import { unitFileName } from '../state-dir.js';
import type { Notice, RunContext } from './run-context.js';

export function openCheckpoint(context: RunContext, notice: Notice): Promise<RunCheckpoint> {
  const { plan, options, jobs } = context;
  return RunCheckpoint.open({
    stateDir: plan.state.root,
    units: plan.units,
    command: plan.template.source,
    shell: plan.template.shell,
    resume: options.resume ?? false,
    runId: plan.runId,
    attempt: options.attempt,
    ciRunId: options.ciRunId,
    jobs,
    sync: options.checkpointSync,
    notice,
    onWriteError: context.fault.record,
    presetTests: plan.preset !== undefined,
  });
}

/**
 * With --preset: the attempts at test level (each test recorded as it finishes; a resumed unit
 * and its retries run only the tests not settled).
 */
export function openPresetAttempts(
  context: RunContext,
  checkpoint: RunCheckpoint,
  notice: Notice,
): PresetAttempts | undefined {
  const { plan, options } = context;
  if (!plan.preset || !options.preset) return undefined;
  const attempts = new PresetAttempts({
    preset: presetNamed(plan.preset.name),
    context: {
      cwd: plan.cwd,
      env: options.env ?? process.env,
      reportersDir: findReportersDir(),
      ...(plan.preset.suiteFiles ? { suiteFiles: plan.preset.suiteFiles } : {}),
    },
    extraArgs: options.preset.args,
    checkpoint,
    units: plan.units,
    helperFile: (unitId, attempt, extension) =>
      join(plan.state.junit, unitFileName(unitId, attempt, extension)),
    notice,
    slowTests: {
      periodMs: slowTimeoutOf(options),
      onSlow: (unitId, test, overMs) => emit(context.reporters, 'onTestSlow', unitId, test, overMs),
    },
  });
  // Batches resume with the files their records name (the split may have changed since).
  if (checkpoint.resumed) attempts.resumeScopes(checkpoint.toRun);
  return attempts;
}
