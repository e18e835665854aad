// The run's guard: a detached watchdog and the heartbeat to it, started right after the run's first
// unit process. If this process dies, its units still go; if its event loop is stuck, the watchdog
// asks it to stop the run (and ends it if it cannot).
import { startRunGuard, type RunGuard } from '../lifecycle/run-guard.js';
import type { StopToken } from '../lifecycle/stop-token.js';
import type { Plan, RunSuiteOptions } from '../run-config.js';
import type { Notice } from './notice.js';

export interface RunGuardHandle {
  /**
   * Starts the watchdog (once; later calls do nothing). Called the moment the run's first unit
   * process exists, before anything else happens: the watchdog's own start (a second Node
   * process, about 0.1 s of CPU) then overlaps the framework's instead of delaying it, and a run
   * that starts no process (everything carried from the checkpoint) starts no watchdog.
   */
  start(): void;
  /** Says `end` to a started watchdog and waits for it to leave; idempotent, never throws. */
  stop(): Promise<void>;
}

export function guardRun(
  plan: Plan,
  options: RunSuiteOptions,
  stop: StopToken,
  notice: Notice,
): RunGuardHandle {
  let guard: RunGuard | undefined;
  return {
    start() {
      if (guard) return;
      guard = startRunGuard({
        stateDir: plan.state.root,
        runId: plan.runId,
        heartbeatTimeoutMs: options.heartbeatTimeoutMs,
        watchdog: options.watchdog,
        command: options.watchdogCommand,
        onStopRequest: (reason) => stop.request(reason, { terminate: true }),
      });
      for (const w of guard.warnings) notice('warning', w);
    },
    stop: () => guard?.stop() ?? Promise.resolve(),
  };
}
