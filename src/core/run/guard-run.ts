// The run's guard: a detached watchdog and the heartbeat to it. If this process dies, its units
// still go; if its event loop is stuck, the watchdog asks it to stop the run (and ends it if it cannot).
import { startRunGuard, type RunGuard } from '../lifecycle/run-guard.js';
import type { StopToken } from '../lifecycle/stop-token.js';
import type { Plan, RunSuiteOptions } from '../run-config.js';
import type { Notice } from './run-context.js';

export function guardRun(
  plan: Plan,
  options: RunSuiteOptions,
  stop: StopToken,
  notice: Notice,
): RunGuard {
  const guard = startRunGuard({
    stateDir: plan.state.root,
    runId: plan.runId,
    heartbeatTimeoutMs: options.heartbeatTimeoutMs,
    watchdog: options.watchdog,
    command: options.watchdogCommand,
    onStopRequest: (reason) => stop.request(reason, { terminate: true }),
  });
  for (const w of guard.warnings) notice('warning', w);
  return guard;
}
