// The heartbeat between the runner and its watchdog: a pipe pair that only the two hold (no file a unit can write); beats from the runner's event loop, `end` when the run ends, end-of-file when the runner is gone, and one message back: stop.
import type { Readable, Writable } from 'node:stream';
import { performance } from 'node:perf_hooks';

/** One beat: any byte from the runner shows that its event loop turns. */
const BEAT = 'beat\n';
/** The run ended normally: the watchdog leaves. */
const END = 'end';
/** The watchdog's request: stop the run, the runner has not beaten for the heartbeat timeout. */
const STOP_STUCK = 'stop runner-stuck';
/** Lines longer than this are not ours: dropped, so a stray writer cannot grow a buffer. */
const MAX_LINE = 64;

/** The runner's ends of the pipes to its watchdog (the child's stdin and stdout). */
export interface RunnerLink {
  toWatchdog: Writable;
  fromWatchdog: Readable;
}

/** The watchdog's ends (its stdin and stdout). */
export interface WatchdogLink {
  fromRunner: Readable;
  toRunner?: Writable | undefined;
}

export interface HeartbeatHandle {
  /** Stops the beats, says `end` and closes the pipes; idempotent, never throws. */
  stop(options?: { flushMs?: number }): Promise<void>;
}

/**
 * Sends a beat now and then every `intervalMs` from an unref'd timer: the beat comes from the
 * event loop itself, so a loop blocked by a runaway synchronous call stops beating, and neither
 * the timer nor the pipes keep the runner alive. `onStopRequest` runs when the watchdog asks the
 * run to stop (it found the runner stuck, and the runner now reads the request).
 */
export function startHeartbeat(
  link: RunnerLink,
  options: { intervalMs?: number; onStopRequest?: (reason: 'runner-stuck') => void } = {},
): HeartbeatHandle {
  const { toWatchdog, fromWatchdog } = link;
  // A watchdog that died closes its ends: writes fail with EPIPE, which is no reason to fail.
  toWatchdog.on('error', () => undefined);
  fromWatchdog.on('error', () => undefined);
  const send = (text: string) => {
    if (!toWatchdog.writableEnded && !toWatchdog.destroyed) toWatchdog.write(text);
  };
  readLines(fromWatchdog, (line) => {
    if (line === STOP_STUCK) options.onStopRequest?.('runner-stuck');
  });
  unref(toWatchdog);
  unref(fromWatchdog);
  send(BEAT);
  const timer = setInterval(() => send(BEAT), options.intervalMs ?? 1000);
  timer.unref();
  let stopping: Promise<void> | undefined;
  return {
    stop({ flushMs = 1000 } = {}) {
      stopping ??= new Promise<void>((resolve) => {
        clearInterval(timer);
        fromWatchdog.destroy();
        if (toWatchdog.writableEnded || toWatchdog.destroyed) return resolve();
        const cap = setTimeout(resolve, flushMs);
        cap.unref();
        toWatchdog.end(`${END}\n`, () => {
          clearTimeout(cap);
          resolve();
        });
      });
      return stopping;
    },
  };
}

/** What the watchdog knows from the runner's pipe, read as it arrives. */
export class HeartbeatListener {
  /** When the last byte arrived, on this process's monotonic clock. */
  lastBeatAt: number;
  /** The runner said `end`. */
  ended = false;
  /** End of file (or a read error): every copy of the runner's end is closed. */
  closed = false;
  readonly #toRunner: Writable | undefined;
  readonly #now: () => number;
  readonly #link: WatchdogLink;
  #wake: (() => void) | undefined;

  constructor(link: WatchdogLink, now: () => number = () => performance.now()) {
    this.#now = now;
    this.#link = link;
    this.lastBeatAt = now();
    this.#toRunner = link.toRunner;
    this.#toRunner?.on('error', () => undefined);
    link.fromRunner.on('data', () => {
      this.lastBeatAt = this.#now();
    });
    readLines(link.fromRunner, (line) => {
      if (line === END) {
        this.ended = true;
        this.#wake?.();
      }
    });
    const close = () => {
      this.closed = true;
      this.#wake?.();
    };
    link.fromRunner.on('end', close);
    link.fromRunner.on('error', close);
    link.fromRunner.on('close', close);
  }

  /** Asks the runner to stop its run (it reads this only once its event loop turns again). */
  requestStop(): void {
    try {
      if (this.#toRunner && !this.#toRunner.destroyed) this.#toRunner.write(`${STOP_STUCK}\n`);
    } catch {
      // The runner's end is gone: the watchdog escalates anyway.
    }
  }

  /** Lets go of both pipes (they would keep the watchdog's process alive). */
  close(): void {
    this.#link.fromRunner.destroy();
    this.#link.toRunner?.destroy();
  }

  /** Resolves after `ms`, or at once when the runner says `end` or its pipe closes. */
  wait(ms: number, signal?: AbortSignal): Promise<void> {
    if (this.ended || this.closed || signal?.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        this.#wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.#wake = done;
      signal?.addEventListener('abort', done, { once: true });
    });
  }
}

/** Calls `onLine` for each complete line of `stream` (utf8), dropping overlong ones. */
function readLines(stream: Readable, onLine: (line: string) => void): void {
  let pending = '';
  stream.on('data', (chunk: Buffer | string) => {
    pending += chunk.toString();
    let newline: number;
    while ((newline = pending.indexOf('\n')) >= 0) {
      onLine(pending.slice(0, newline));
      pending = pending.slice(newline + 1);
    }
    if (pending.length > MAX_LINE) pending = '';
  });
}

/** Sockets made by spawn can be unref'd; other streams (tests) have nothing to unref. */
function unref(stream: Readable | Writable): void {
  (stream as { unref?: () => void }).unref?.();
}
