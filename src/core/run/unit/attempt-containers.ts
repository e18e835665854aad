// The engine's containers before and after an attempt: what the unit left behind, recorded, removed or counted against it.
import { emit } from '../../report/events.js';
import { DEFAULTS } from '../../run-config.js';
import type { AttemptEnd, Leak } from '../../types.js';
import type { RunContext } from '../run-context.js';
import type { AttemptLaunch } from './attempt-command.js';

/** Notes the containers that exist before the unit starts; false when the engine could not list them. */
export async function watchContainers(
  context: RunContext,
  launch: AttemptLaunch,
): Promise<boolean> {
  const { containers, reporters } = context;
  if (!containers) return false;
  const { unit, attempt } = launch;
  return containers.before(launch.key, unit.id, attempt).then(
    () => true,
    (error: unknown) => {
      emit(
        reporters,
        'onNotice',
        'warning',
        `${unit.id}: containers not checked for this attempt: the engine could not list them (${(error as Error).message})`,
      );
      return false;
    },
  );
}

/**
 * Finds the containers the attempt left, registers those that are the unit's for cleanup, and
 * fails a passed attempt when leaks fail the run.
 */
export async function checkContainers(
  context: RunContext,
  launch: AttemptLaunch,
  watching: boolean,
  end: AttemptEnd,
): Promise<{ end: AttemptEnd; leaks: Leak[] }> {
  const { containers, options, reporters, registry, plan } = context;
  if (!containers || !watching) return { end, leaks: [] };
  const found = await containers
    .after(launch.key, options.leaks ?? DEFAULTS.leaks)
    .catch((error: unknown) => ({
      leaks: [],
      warnings: [`could not check containers: ${(error as Error).message}`],
    }));
  for (const w of found.warnings) emit(reporters, 'onNotice', 'warning', w);
  for (const leak of found.leaks) {
    // Only what carries the unit's labels is recorded for cleanup; an unattributed one is not ours to remove later.
    if (leak.action !== 'removed' && !leak.unattributed)
      registry.add({
        kind: 'container',
        runId: plan.runId,
        id: leak.id,
        name: leak.name,
        unitId: launch.unit.id,
      });
  }
  const counted = found.leaks.filter(
    (l) => !l.unattributed || options.containers === 'remove-unattributed',
  );
  if (counted.length > 0 && options.leaks === 'fail' && end.outcome === 'passed') {
    end = { outcome: 'failed', exitCode: 0, signal: null, leakedUnderFailPolicy: true };
  }
  return { end, leaks: found.leaks };
}
