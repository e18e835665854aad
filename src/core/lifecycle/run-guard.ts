// What a run starts to be guarded from its own death: the detached watchdog and the heartbeat over the pipes to it (unless turned off); one stop() ends both.
import { resolve } from 'node:path';
import { startHeartbeat, type HeartbeatHandle } from './heartbeat.js';
import { isProcessAlive } from './process-identity.js';
import { startWatchdog, stopWatchdog, type WatchdogCommand } from './watchdog-process.js';

/** `--heartbeat-timeout` default. */
export const HEARTBEAT_TIMEOUT_MS = 60_000;

export interface RunGuardOptions {
  stateDir: string;
  runId: string;
  heartbeatTimeoutMs?: number | undefined;
  /** false: no watchdog and so no heartbeat (`--no-watchdog`). */
  watchdog?: boolean | undefined;
  /** How to launch the watchdog entry point; without one no watchdog starts. */
  command?: WatchdogCommand | undefined;
  /** Base environment of the watchdog (default: this process's). */
  env?: NodeJS.ProcessEnv | undefined;
  /**
   * The watchdog found this process stuck (no heartbeat for the timeout, not stopped) and asks
   * the run to stop; called once the event loop turns again. Unanswered, the watchdog ends the
   * runner itself (docs/tracking.md).
   */
  onStopRequest?: ((reason: 'runner-stuck') => void) | undefined;
}

export interface RunGuard {
  /** The watchdog's pid (an already running one counts), or undefined when none guards the run. */
  readonly watchdogPid: number | undefined;
  /** Problems worth a notice (the watchdog could not start); the run goes on regardless. */
  readonly warnings: readonly string[];
  /** Says `end` to the watchdog and waits for it to leave; idempotent, never throws. */
  stop(): Promise<void>;
}

/**
 * Starts the watchdog and, over its pipes, the heartbeat. Call after the registry's run entry
 * is written, so the watchdog always finds a run to clean up.
 */
export function startRunGuard(options: RunGuardOptions): RunGuard {
  const stateDir = resolve(options.stateDir);
  const heartbeatTimeoutMs = options.heartbeatTimeoutMs ?? HEARTBEAT_TIMEOUT_MS;
  // Several beats per timeout, so one late beat (a busy machine) is never taken for a hang.
  const intervalMs = Math.max(50, Math.min(1000, Math.floor(heartbeatTimeoutMs / 4)));
  const warnings: string[] = [];
  let watchdogPid: number | undefined;
  let ours:
    | { pid: number; startTime: number; heartbeat: HeartbeatHandle; exited: Promise<void> }
    | undefined;
  if (options.watchdog !== false && options.command !== undefined) {
    const started = startWatchdog({
      stateDir,
      heartbeatTimeoutMs,
      runId: options.runId,
      command: options.command,
      ...(options.env !== undefined ? { env: options.env } : {}),
    });
    if (started.started) {
      watchdogPid = started.pid;
      const heartbeat = startHeartbeat(started.link, {
        intervalMs,
        ...(options.onStopRequest ? { onStopRequest: options.onStopRequest } : {}),
      });
      ours = { pid: started.pid, startTime: started.startTime, heartbeat, exited: started.exited };
    } else if ('running' in started) watchdogPid = started.running || undefined;
    else warnings.push(`${started.error}; the run goes on without a watchdog`);
  }
  let stopping: Promise<void> | undefined;
  return {
    watchdogPid,
    warnings,
    stop() {
      stopping ??= (async () => {
        if (ours === undefined) return;
        const { pid, startTime, heartbeat, exited } = ours;
        await heartbeat.stop();
        // `end` makes it leave within milliseconds, its pid file with it: its exit is waited
        // for as it happens, not found by polling. One that did not leave within the second is
        // signalled; a record left behind by one that died is removed.
        await settledWithin(exited, 1000);
        const gone = !isProcessAlive(pid, startTime);
        await stopWatchdog(stateDir, { waitMs: gone ? 0 : 1000, pid }).catch(() => undefined);
      })();
      return stopping;
    },
  };
}

/** Waits for `promise` to settle, at most `ms` (the timer keeps nothing alive once it has). */
function settledWithin(promise: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    promise.then(done, done);
  });
}
