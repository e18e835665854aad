// An isolated attempt's container: the command that runs the unit inside it, and its end once the client is gone.
import { statSync, unlinkSync, writeFileSync } from 'node:fs';
import {
  buildIsolatedCommand,
  describeEngineExit,
  stopContainer,
} from '../../containers/container-isolation.js';
import { emit } from '../../report/events.js';
import type { AttemptEnd } from '../../types.js';
import type { RunContext } from '../run-context.js';
import type { AttemptLaunch } from './attempt-command.js';

/** With `--isolation container`, wraps the command in the engine's `run` and registers the container it names. */
export function isolateInContainer(context: RunContext, launch: AttemptLaunch): void {
  const { plan, options, registry } = context;
  if (!plan.isolation) return;
  const { unit, attempt } = launch;
  const isolated = buildIsolatedCommand({
    engine: plan.isolation.engine,
    runId: plan.runId,
    unitId: unit.id,
    attempt,
    image: plan.isolation.image,
    cwd: plan.cwd,
    program: launch.command.program,
    args: launch.command.args,
    ...isolationMounts(plan.cwd, plan.state.root, launch.junitPath),
    ...(options.containerMemory !== undefined ? { memory: options.containerMemory } : {}),
    ...(options.containerCpus !== undefined ? { cpus: options.containerCpus } : {}),
  });
  launch.command = { program: isolated.program, args: isolated.args };
  launch.container = isolated.name;
  registry.add({
    kind: 'container',
    runId: plan.runId,
    id: isolated.name,
    name: isolated.name,
    unitId: unit.id,
  });
}

/**
 * Stops and removes the attempt's container (the client may be gone while its container is
 * not), and says when a failure was the engine's rather than the unit's.
 */
export async function endIsolatedContainer(
  context: RunContext,
  launch: AttemptLaunch,
  end: AttemptEnd,
): Promise<AttemptEnd> {
  const { plan, reporters } = context;
  const container = launch.container;
  if (!plan.isolation || !container) return end;
  const stopped = await stopContainer(plan.isolation.engine, container, 0, {
    runId: plan.runId,
    unitId: launch.unit.id,
    attempt: launch.attempt,
  });
  if (stopped.refused)
    emit(
      reporters,
      'onNotice',
      'warning',
      `container ${container} was left alone: it does not carry this attempt's labels (${stopped.refused})`,
    );
  else if (!stopped.removed)
    emit(
      reporters,
      'onNotice',
      'warning',
      `container ${container} could not be removed: ${stopped.error ?? ''}`,
    );
  const engineProblem = describeEngineExit(plan.isolation.engine, end.exitCode);
  return engineProblem && end.outcome === 'failed' ? { ...end, engineProblem } : end;
}

/**
 * What an isolated unit sees of the state dir: nothing but its own JUnit file. The file is
 * created empty so it can be mounted alone; a state dir inside cwd is hidden under an empty
 * tmpfs, so the registry, heartbeat and checkpoint can be neither read nor changed.
 */
function isolationMounts(
  cwd: string,
  stateRoot: string,
  junitPath: string,
): { mounts: string[]; masks: string[] } {
  writeFileSync(junitPath, '');
  const inside = stateRoot.startsWith(`${cwd}/`);
  return { mounts: [junitPath], masks: inside ? [stateRoot] : [] };
}

/** An isolated unit that wrote no JUnit leaves the empty file made for the mount: that is no report. */
export function dropEmptyJunit(junitPath: string): void {
  try {
    if (statSync(junitPath).size === 0) unlinkSync(junitPath);
  } catch {
    // Gone already: nothing to drop.
  }
}
