// An attempt's command before anything wraps it: the unit's command template expanded, its files and its environment.
import { join } from 'node:path';
import { expandCommand } from '../../plan/command-template.js';
import { buildUnitEnv } from '../../plan/unit-env.js';
import { unitFileName } from '../../state-dir.js';
import type { Unit } from '../../types.js';
import type { RunContext } from '../run-context.js';

/** What one attempt launches; the steps before its start wrap the command and extend the environment. */
export interface AttemptLaunch {
  unit: Unit;
  attempt: number;
  /** The attempt's key for the monitor and the container watcher. */
  key: string;
  logPath: string;
  junitPath: string;
  /** Where a preset's reporter writes the attempt's test events. */
  eventsPath: string;
  /** The unit's own program, before any launcher wraps it. */
  program: string;
  command: { program: string; args: readonly string[] };
  env: NodeJS.ProcessEnv;
  /** The attempt's container when the unit runs isolated in one. */
  container?: string;
}

/** `run` numbers the state dir's runs of the unit: a resume never reuses an earlier attempt's files. */
export function attemptCommand(
  context: RunContext,
  unit: Unit,
  attempt: number,
  run = 1,
): AttemptLaunch {
  const { plan, options } = context;
  const logPath = join(plan.state.logs, unitFileName(unit.id, attempt, 'log', run));
  const junitPath = join(plan.state.junit, unitFileName(unit.id, attempt, 'xml', run));
  const { program, args } = expandCommand(plan.template, {
    file: unit.file,
    unit: unit.id,
    junit: junitPath,
  });
  const env = buildUnitEnv(
    options.env ?? process.env,
    { runId: plan.runId, unitId: unit.id, attempt, junitPath },
    options.passRuntimeEnv ?? false,
  );
  // Each attempt's events go to a file of their own, beside its log (Go's events are its output).
  const eventsPath = join(plan.state.junit, unitFileName(unit.id, attempt, 'events.ndjson', run));
  if (plan.preset) Object.assign(env, plan.preset.env, { TESTWARDEN_EVENTS: eventsPath });
  return {
    unit,
    attempt,
    key: `${unit.id}\u0000${attempt}`,
    logPath,
    junitPath,
    eventsPath,
    program,
    command: { program, args },
    env,
  };
}
