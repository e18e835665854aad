// What a run starts to be guarded from its own death: the heartbeat and (unless turned off) the detached watchdog; one stop() ends both.
import { resolve } from 'node:path';
import { startHeartbeat } from './heartbeat.js';
import { startWatchdog, stopWatchdog, type WatchdogCommand } from './watchdog-process.js';

/** `--heartbeat-timeout` default. */
export const HEARTBEAT_TIMEOUT_MS = 60_000;

export interface RunGuardOptions {
  stateDir: string;
  runId: string;
  heartbeatTimeoutMs?: number | undefined;
  /** false: heartbeat only (`--no-watchdog`). */
  watchdog?: boolean | undefined;
  /** How to launch the watchdog entry point; without one no watchdog starts. */
  command?: WatchdogCommand | undefined;
  /** Base environment of the watchdog (default: this process's). */
  env?: NodeJS.ProcessEnv | undefined;
}

export interface RunGuard {
  /** The watchdog's pid (an already running one counts), or undefined when none guards the run. */
  readonly watchdogPid: number | undefined;
  /** Problems worth a notice (the watchdog could not start); the run goes on regardless. */
  readonly warnings: readonly string[];
  /** Writes the `ended` heartbeat and asks the watchdog to leave; idempotent, never throws. */
  stop(): Promise<void>;
}

/**
 * Starts the heartbeat at once (synchronously: the first beat is on disk before the watchdog
 * reads it) and then the watchdog. Call after the registry's run entry is written, so the
 * watchdog always finds a run to clean up.
 */
export function startRunGuard(options: RunGuardOptions): RunGuard {
  const stateDir = resolve(options.stateDir);
  const heartbeatTimeoutMs = options.heartbeatTimeoutMs ?? HEARTBEAT_TIMEOUT_MS;
  // Several beats per timeout, so one slow beat (a busy disk) is never taken for a hang.
  const intervalMs = Math.max(50, Math.min(1000, Math.floor(heartbeatTimeoutMs / 4)));
  const heartbeat = startHeartbeat(stateDir, { intervalMs });
  const warnings: string[] = [];
  let watchdogPid: number | undefined;
  if (options.watchdog !== false && options.command !== undefined) {
    const started = startWatchdog({
      stateDir,
      heartbeatTimeoutMs,
      runId: options.runId,
      command: options.command,
      ...(options.env !== undefined ? { env: options.env } : {}),
    });
    if (started.started) watchdogPid = started.pid;
    else if ('running' in started) watchdogPid = started.running || undefined;
    else warnings.push(`${started.error}; the run goes on without a watchdog`);
  }
  let stopping: Promise<void> | undefined;
  return {
    watchdogPid,
    warnings,
    stop() {
      stopping ??= (async () => {
        heartbeat.stop();
        // It goes within milliseconds of SIGTERM; waiting lets its pid file go with it.
        if (watchdogPid !== undefined)
          await stopWatchdog(stateDir, { waitMs: 1000 }).catch(() => undefined);
      })();
      return stopping;
    },
  };
}
