// What the units of a run share while it runs: the resource monitor, the run's cgroup, the
// container watcher and the per-unit engine endpoints; opened before the first unit, closed after the last.
import { ContainerWatcher } from '../containers/container-watcher.js';
import { openUnitEndpoints } from '../containers/open-unit-endpoints.js';
import type { StopToken } from '../lifecycle/stop-token.js';
import { startMonitor } from '../monitor/run-monitor.js';
import type { RunEvents } from '../report/events.js';
import type { Plan, RunSuiteOptions } from '../run-config.js';
import { DEFAULTS } from '../run-config.js';
import type { StateDirFault } from '../state-dir-fault.js';
import { createRunCgroup } from '../tracker/cgroup.js';
import type { Registry } from '../tracker/registry.js';
import type { Notice, RunContext } from './run-context.js';

export async function openRunResources(
  plan: Plan,
  options: RunSuiteOptions,
  run: {
    stop: StopToken;
    reporters: RunEvents[];
    registry: Registry;
    fault: StateDirFault;
    notice: Notice;
  },
): Promise<RunContext> {
  const { stop, reporters, registry, fault, notice } = run;
  const monitor = startMonitor(options, stop, notice);
  const runCgroup =
    plan.tracking === 'cgroup' ? createRunCgroup(plan.runId, plan.cgroupSupport) : undefined;
  if (runCgroup) registry.add({ kind: 'cgroup', runId: plan.runId, path: runCgroup.path });
  const containers = plan.engine
    ? new ContainerWatcher(
        plan.engine,
        plan.runId,
        options.containers === 'remove-unattributed' ? 'remove' : 'leave',
      )
    : undefined;
  const endpoints = await openUnitEndpoints(plan, options.env ?? process.env, notice);
  return {
    plan,
    options,
    stop,
    reporters,
    jobs: options.jobs ?? DEFAULTS.jobs,
    retries: options.retries ?? DEFAULTS.retries,
    registry,
    fault,
    monitor,
    runCgroup,
    containers,
    endpoints,
  };
}

/** After the last unit: the monitor stops, the run's cgroup goes, the endpoints close. */
export async function closeRunResources(context: RunContext): Promise<void> {
  context.monitor.stop();
  await context.runCgroup?.remove().catch(() => false);
  await context.endpoints?.closeAll();
}
