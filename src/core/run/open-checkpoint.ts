// The run's checkpoint: a fresh one, or on resume the units already done and those still to run.
import { RunCheckpoint } from '../checkpoint/run-checkpoint.js';
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
  });
}
