// The watchdog's loop (docs/cli.md, "Cleanup and the watchdog"): watches the runner's process and heartbeat; when the runner dies or hangs it cleans up after it, and it leaves quietly when the run ends.
import { existsSync, readFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import type { ContainerEngine } from '../containers/engine.js';
import { Registry } from '../tracker/registry.js';
import { HeartbeatReader, HeartbeatWatch, readHeartbeat } from './heartbeat.js';
import { ProcessProbe } from './process-identity.js';
import { handleRunnerLost, type RunnerLost } from './runner-lost.js';
import { appendWatchdogLog } from './watchdog-log.js';

export const WATCHDOG_PID_FILE = 'watchdog.pid';

export interface WatchdogOptions {
  /** Absolute path of the run's state dir. */
  stateDir: string;
  runnerPid: number;
  /** The runner's start time (clock ticks since boot): a reused pid is not the runner. */
  runnerStartTime: number;
  /** The runner is hung when its heartbeat has not changed for this long. */
  heartbeatTimeoutMs: number;
  runId?: string | undefined;
  /** Between checks (default 250 ms): a check reads two small files. */
  pollMs?: number | undefined;
  /** SIGTERM to SIGKILL for the run's processes (default 500 ms). */
  graceMs?: number | undefined;
  /** Ends the loop without cleaning up (the entry point wires SIGTERM to it). */
  signal?: AbortSignal | undefined;
  /** The container engine for cleanup; by default detected when needed. */
  engine?: ContainerEngine | null | undefined;
}

/** Every way the watchdog ends. Only `runner-lost` did anything. */
export type WatchdogEnd =
  | { kind: 'run-ended' }
  | { kind: 'stopped' }
  /** Another runner took over the state dir: its run is not this watchdog's to clean. */
  | { kind: 'superseded'; by: number }
  | { kind: 'state-dir-gone' }
  | ({ kind: 'runner-lost' } & RunnerLost);

export async function runWatchdog(options: WatchdogOptions): Promise<WatchdogEnd> {
  const { stateDir, runnerPid, runnerStartTime } = options;
  const pollMs = options.pollMs ?? 500;
  const watch = new HeartbeatWatch();
  const heartbeat = new HeartbeatReader(stateDir);
  const runner = new ProcessProbe(runnerPid, runnerStartTime);
  const log = (message: string) => appendWatchdogLog(stateDir, message);
  log(
    `watching runner ${runnerPid}${options.runId ? ` (run ${options.runId})` : ''}, heartbeat timeout ${options.heartbeatTimeoutMs} ms`,
  );
  try {
    for (;;) {
      if (options.signal?.aborted) return ended({ kind: 'stopped' }, log);
      // Each poll costs a stat and one read of an open file: it runs four times a second for hours.
      const beat = heartbeat.read();
      if (beat === undefined && !existsSync(stateDir)) return { kind: 'state-dir-gone' };
      const other = beat && !(beat.pid === runnerPid && beat.startTime === runnerStartTime);
      if (other) return ended({ kind: 'superseded', by: beat.pid }, log);
      if (beat?.ended) return ended({ kind: 'run-ended' }, log);
      const gone = !runner.alive();
      const staleMs = watch.observe(beat?.at);
      if (gone || staleMs >= options.heartbeatTimeoutMs) {
        // The runner may have written its last beat and exited between the two reads above.
        if (gone && readHeartbeat(stateDir)?.ended) return ended({ kind: 'run-ended' }, log);
        const owner = lastRunner(stateDir);
        if (owner && !(owner.pid === runnerPid && owner.startTime === runnerStartTime))
          return ended({ kind: 'superseded', by: owner.pid }, log);
        const lost = await handleRunnerLost({
          stateDir,
          runnerPid,
          runnerStartTime,
          runId: options.runId,
          cause: gone ? 'runner-gone' : 'heartbeat-stale',
          staleMs,
          graceMs: options.graceMs ?? 500,
          engine: options.engine,
        });
        return { kind: 'runner-lost', ...lost };
      }
      try {
        await delay(pollMs, undefined, { signal: options.signal });
      } catch {
        // Aborted: reported at the top of the loop.
      }
    }
  } finally {
    runner.close();
    releasePidFile(stateDir);
  }
}

function ended(end: Exclude<WatchdogEnd, { kind: 'runner-lost' }>, log: (m: string) => void) {
  const what = {
    'run-ended': 'the run ended; leaving',
    stopped: 'asked to stop; leaving without cleaning up',
    superseded: `another runner (pid ${'by' in end ? end.by : '?'}) took over the state dir; leaving`,
    'state-dir-gone': 'the state dir is gone; leaving',
  }[end.kind];
  log(what);
  return end;
}

/** The runner the registry names last (the state dir's current owner), if any. */
function lastRunner(stateDir: string): { pid: number; startTime: number } | undefined {
  const runs = new Registry(stateDir).read().filter((e) => e.kind === 'run');
  return runs.at(-1);
}

/** Removes the pid file when it names this process (a file naming another watchdog is left alone). */
function releasePidFile(stateDir: string): void {
  const path = join(stateDir, WATCHDOG_PID_FILE);
  try {
    const recorded = JSON.parse(readFileSync(path, 'utf8')) as { pid?: unknown };
    if (recorded.pid === process.pid) unlinkSync(path);
  } catch {
    // Missing, unreadable or already removed.
  }
}
