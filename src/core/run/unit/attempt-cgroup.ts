// With cgroup tracking, an attempt gets its own cgroup under the run's and its command enters it before it execs.
import { createUnitCgroup, type UnitCgroup } from '../../tracker/cgroup.js';
import { wrapCommandForCgroup } from '../../tracker/cgroup-launch.js';
import type { RunContext } from '../run-context.js';
import type { AttemptLaunch } from './attempt-command.js';

export function enterUnitCgroup(
  context: RunContext,
  launch: AttemptLaunch,
): UnitCgroup | undefined {
  if (!context.runCgroup) return undefined;
  const cgroup = createUnitCgroup(context.runCgroup, launch.unit.id, launch.attempt);
  launch.command = wrapCommandForCgroup(cgroup.path, launch.command.program, launch.command.args);
  return cgroup;
}
