// The attempt itself: its process group spawned, registered, watched for memory, timed out or stopped, and swept.
import { DEFAULTS } from '../../run-config.js';
import type { UnitCgroup } from '../../tracker/cgroup.js';
import { runAttempt, type AttemptRun } from '../../tracker/run-attempt.js';
import type { RunContext } from '../run-context.js';
import type { AttemptLaunch } from './attempt-command.js';

export async function trackAttempt(
  context: RunContext,
  launch: AttemptLaunch,
  cgroup: UnitCgroup | undefined,
  /** The leader's exit is seen (before the sweep). */
  onExited?: () => void,
): Promise<AttemptRun> {
  const { plan, options, stop, registry, monitor } = context;
  const { unit, attempt, key } = launch;
  const limitBytes = options.maxMemoryPerTestBytes;
  return runAttempt({
    runId: plan.runId,
    unitId: unit.id,
    program: launch.command.program,
    args: launch.command.args,
    realProgram: plan.isolation ? plan.isolation.engine.command : launch.program,
    cgroup,
    memory: {
      limitBytes,
      watch: (pid, onExceeded) =>
        monitor.watchUnit(key, {
          pgid: pid,
          leaderPid: pid,
          ...(cgroup ? { cgroupDir: cgroup.path } : {}),
          ...(limitBytes !== undefined ? { maxMemoryBytes: limitBytes, onExceeded } : {}),
        }),
      unwatch: () => monitor.unwatchUnit(key) ?? 0,
    },
    cwd: plan.cwd,
    env: launch.env,
    logPath: launch.logPath,
    timeoutMs: options.timeoutMs ?? DEFAULTS.timeoutMs,
    graceMs: options.gracePeriodMs ?? DEFAULTS.gracePeriodMs,
    leaks: options.leaks ?? DEFAULTS.leaks,
    stop,
    // Its process exists: the watchdog starts now (the run's first unit), before anything else.
    onStarted: () => context.guard?.start(),
    ...(onExited ? { onExited } : {}),
    // Registered the moment it exists, before it can leak anything.
    onSpawn: (pid, startTime) =>
      registry.add({
        kind: 'unit',
        runId: plan.runId,
        unitId: unit.id,
        attempt,
        pid,
        startTime,
        at: Date.now(),
      }),
    onSwept: (pid, startTime, clean) => {
      if (clean) registry.add({ kind: 'unit-end', pid, startTime });
    },
    onDescendants: (unitPid, unitStartTime, found) => {
      for (const p of found)
        registry.add({ kind: 'descendant', runId: plan.runId, unitPid, unitStartTime, ...p });
    },
  });
}
