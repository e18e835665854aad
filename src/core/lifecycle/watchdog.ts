// The watchdog's loop (docs/cli.md, "Cleanup and the watchdog"): watches the runner over the heartbeat pipe and its /proc entry; cleans up after a runner that is gone, asks a stuck one to stop (and ends it if it cannot), waits for a stopped one, and leaves quietly when the run ends.
import { readFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import type { ContainerEngine } from '../containers/engine.js';
import { pollUntil } from '../tracker/terminate.js';
import { HeartbeatListener, type WatchdogLink } from './heartbeat.js';
import { ProcessProbe } from './process-identity.js';
import type { LossCause, RunnerLost } from './runner-lost.js';
import { appendWatchdogLog } from './watchdog-log.js';

export const WATCHDOG_PID_FILE = 'watchdog.pid';

/** A stuck runner gets this long (at most the heartbeat timeout) to answer the stop request. */
export const STOP_ANSWER_MS = 10_000;

export interface WatchdogOptions {
  /** Absolute path of the run's state dir. */
  stateDir: string;
  runnerPid: number;
  /** The runner's start time (clock ticks since boot): a reused pid is not the runner. */
  runnerStartTime: number;
  /** The runner is stuck when it sends nothing for this long while not stopped. */
  heartbeatTimeoutMs: number;
  runId?: string | undefined;
  /**
   * The heartbeat pipes (the entry point's stdin and stdout). Without them only the runner's
   * death is noticed, by polling its /proc entry; a stuck runner cannot be told from a busy one.
   */
  link?: WatchdogLink | undefined;
  /** Between checks of the runner's state (default: a quarter of the timeout, at most 500 ms). */
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
  { kind: 'run-ended' } | { kind: 'stopped' } | ({ kind: 'runner-lost' } & RunnerLost);

export async function runWatchdog(options: WatchdogOptions): Promise<WatchdogEnd> {
  const { stateDir, runnerPid, runnerStartTime, heartbeatTimeoutMs } = options;
  const pollMs = options.pollMs ?? Math.max(20, Math.min(500, heartbeatTimeoutMs / 4));
  const answerMs = Math.min(STOP_ANSWER_MS, heartbeatTimeoutMs);
  const runner = new ProcessProbe(runnerPid, runnerStartTime);
  let listener = options.link ? new HeartbeatListener(options.link) : undefined;
  const log = (message: string) => appendWatchdogLog(stateDir, message);
  const now = () => performance.now();
  log(
    `watching runner ${runnerPid}${options.runId ? ` (run ${options.runId})` : ''}, heartbeat timeout ${heartbeatTimeoutMs} ms${listener ? '' : '; no heartbeat pipe: only its death is noticed'}`,
  );
  // The last moment the runner could not be blamed for silence: a beat, or seen stopped.
  let excusedAt = now();
  let askedAt: number | undefined;
  let stopped = false;
  let lastTick = now();
  const lost = async (cause: LossCause): Promise<WatchdogEnd> => {
    const quietMs = now() - Math.max(excusedAt, listener?.lastBeatAt ?? 0);
    // The cleanup's code (state dir, registry, containers) is loaded only when a runner is
    // lost: a watchdog whose run ends well never spends the CPU its tests run on to load it.
    const { handleRunnerLost } = await import('./runner-lost.js');
    const end = await handleRunnerLost({
      stateDir,
      runnerPid,
      runnerStartTime,
      runId: options.runId,
      cause,
      quietMs,
      graceMs: options.graceMs ?? 500,
      engine: options.engine,
    });
    return { kind: 'runner-lost', ...end };
  };
  try {
    for (;;) {
      if (options.signal?.aborted) return ended({ kind: 'stopped' }, log);
      if (listener?.ended) return ended({ kind: 'run-ended' }, log);
      const state = runner.state();
      if (state === 'gone' || listener?.closed) {
        // What the runner wrote comes before its end-of-file: read it all, so that a last `end`
        // (a runner that ended its run and exited at once) counts.
        if (listener) await drain(listener);
        if (listener?.ended) return ended({ kind: 'run-ended' }, log);
        // Only the runner holds its end: end-of-file means it is exiting, and its /proc entry
        // follows within moments. A runner still alive after that broke the pipe, not died.
        if (state === 'gone' || (await pollUntil(() => !runner.alive(), Date.now() + 1000)))
          return await lost('runner-gone');
        log(
          'the heartbeat pipe closed but the runner lives: only its death is noticed from now on',
        );
        listener?.close();
        listener = undefined;
        continue;
      }
      const at = now();
      // This process itself was stopped or starved: it cannot tell whether the runner beat.
      if (at - lastTick > pollMs + Math.max(1000, heartbeatTimeoutMs / 2)) excusedAt = at;
      lastTick = at;
      if (state === 'stopped') {
        if (!stopped)
          log(`runner ${runnerPid} is stopped (SIGSTOP, Ctrl-Z or a debugger): waiting`);
        stopped = true;
        excusedAt = at;
        if (askedAt !== undefined) askedAt = at;
      } else if (stopped) {
        log(`runner ${runnerPid} continues`);
        stopped = false;
        excusedAt = at;
      }
      if (listener && state === 'running') {
        const end = await checkSilence(listener, at);
        if (end) return end;
      }
      await (listener ? listener.wait(pollMs, options.signal) : sleep(pollMs, options.signal));
    }
  } finally {
    listener?.close();
    runner.close();
    releasePidFile(stateDir);
  }

  /** Asks a runner silent for the timeout to stop; one that does not answer in time is stuck. */
  async function checkSilence(
    beats: HeartbeatListener,
    at: number,
  ): Promise<WatchdogEnd | undefined> {
    if (askedAt !== undefined && beats.lastBeatAt > askedAt) {
      log(`runner ${runnerPid} answers again; it stops its run itself`);
      askedAt = undefined;
      excusedAt = at;
    }
    const quietMs = at - Math.max(excusedAt, beats.lastBeatAt);
    if (askedAt === undefined && quietMs >= heartbeatTimeoutMs) {
      // Beats that arrived while this loop slept are read before the verdict.
      await new Promise((resolve) => setImmediate(resolve));
      if (now() - beats.lastBeatAt < heartbeatTimeoutMs) return undefined;
      beats.requestStop();
      askedAt = now();
      log(
        `runner ${runnerPid} sent no heartbeat for ${Math.round(quietMs)} ms and is not stopped: asked it to stop the run (runner-stuck); ending it in ${answerMs} ms without an answer`,
      );
    } else if (askedAt !== undefined && at - askedAt >= answerMs) {
      await new Promise((resolve) => setImmediate(resolve));
      if (beats.lastBeatAt > askedAt) return undefined;
      return lost('runner-stuck');
    }
    return undefined;
  }
}

/** Waits (at most a second) for the runner's end-of-file, reading everything before it. */
async function drain(listener: HeartbeatListener): Promise<void> {
  const deadline = Date.now() + 1000;
  while (!listener.closed && Date.now() < deadline) await listener.wait(50);
}

async function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  try {
    await delay(ms, undefined, { signal });
  } catch {
    // Aborted: reported at the top of the loop.
  }
}

function ended(end: Exclude<WatchdogEnd, { kind: 'runner-lost' }>, log: (m: string) => void) {
  log(
    end.kind === 'run-ended'
      ? 'the run ended; leaving'
      : 'asked to stop; leaving without cleaning up',
  );
  return end;
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
