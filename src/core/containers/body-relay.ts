// Carries the rest of a large request body from a unit's client to the engine, or a large response from the engine to the client, in a worker thread with plain read(2)/write(2) calls, where the event loop would pay a wake-up, a partial write and a pass through Node's streams per read.
import { Worker } from 'node:worker_threads';
import { ChunkedBody } from './chunked-body.js';
import type { BodyPosition } from './http-request-stream.js';
import { READ_BUFFER_BYTES } from './socket-reads.js';

/**
 * Where a relayed byte stream stands: a request body (its framing says where it ends), or a
 * `stream` of response bytes passed on as they come (it has no end the thread could see).
 */
export type RelayPosition = BodyPosition | { kind: 'stream' };

/** Bytes to carry: read from `from` (left non-blocking), written to `to`. */
export interface RelayJob {
  from: number;
  /** Set blocking by the caller for the time of the job. */
  to: number;
  position: RelayPosition;
}

/**
 * How a job ended. `bytes` were carried, `position` is where the body stands now.
 * - `done`: the body ended; `rest` holds what was read past it (the next request's start).
 * - `paused`: `from` had nothing to read just then, ended, or its read failed: the event
 *   loop reads on from here (and meets the end or the error itself).
 * - `stopped`: the caller asked it to stop.
 * - `write-failed`: writing to `to` failed (`code`); the bytes cannot go on.
 * - `bad-body`: the chunked framing is malformed (`message`).
 */
export type RelayEnd = { position: RelayPosition; bytes: number } & (
  | { why: 'done'; rest: Uint8Array }
  | { why: 'paused' | 'stopped' }
  | { why: 'write-failed'; code: string }
  | { why: 'bad-body'; message: string }
);

export interface RelayRun {
  readonly ended: Promise<RelayEnd>;
  /** Asks the job to stop after its current system call (a write blocked on the engine is ended by shutting that socket's sending side). */
  stop(): void;
}

interface WorkerJob extends RelayJob {
  stop: SharedArrayBuffer;
}

/**
 * The worker's whole program, run from its source text: it may refer only to its parameters
 * and to globals. Reads are non-blocking (the client's socket is shared with the event loop):
 * when nothing is there the job ends as `paused` rather than wait for a client that may never
 * send again. Only a write to the engine can block, and shutting that socket ends it.
 */
function relayInWorker(
  port: {
    on(event: 'message', listener: (job: WorkerJob) => void): void;
    postMessage(value: unknown): void;
  },
  fs: {
    readSync(
      fd: number,
      buffer: Uint8Array,
      offset: number,
      length: number,
      position: null,
    ): number;
    writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number;
  },
  Chunked: typeof ChunkedBody,
  bufferBytes: number,
  waitsBeforePause: number,
): void {
  const buffer = new Uint8Array(bufferBytes);
  // Errors here are answers (EAGAIN ends every job that is not done): no stack to build.
  Error.stackTraceLimit = 0;
  port.on('message', (job) => port.postMessage(run(job)));

  function run(job: WorkerJob): RelayEnd {
    const stop = new Int32Array(job.stop);
    const chunked =
      job.position.kind === 'chunked'
        ? new Chunked((why) => new Error(why), job.position.state)
        : undefined;
    // A stream has no end here: it is carried until `from` is idle, ends or fails.
    const stream = job.position.kind === 'stream';
    let remaining = job.position.kind === 'length' ? job.position.remaining : Infinity;
    let bytes = 0;
    const where = (): RelayPosition =>
      chunked
        ? { kind: 'chunked', state: chunked.state }
        : stream
          ? { kind: 'stream' }
          : { kind: 'length', remaining };
    let waits = 0;
    for (;;) {
      if (Atomics.load(stop, 0) !== 0) return { why: 'stopped', position: where(), bytes };
      let n: number;
      try {
        const want = chunked ? buffer.length : Math.min(buffer.length, remaining);
        n = fs.readSync(job.from, buffer, 0, want, null);
      } catch (error) {
        // Nothing there yet: the other side is usually writing its next piece; look again a
        // few times, 0.1 ms apart, before giving the bytes back to the event loop.
        if ((error as { code?: unknown }).code === 'EAGAIN' && waits < waitsBeforePause) {
          waits++;
          Atomics.wait(stop, 0, 0, 0.1);
          continue;
        }
        n = 0;
      }
      if (n === 0) return { why: 'paused', position: where(), bytes };
      waits = 0;
      let used = n;
      if (chunked) {
        try {
          used = chunked.consume(buffer.subarray(0, n));
        } catch (error) {
          return { why: 'bad-body', message: (error as Error).message, position: where(), bytes };
        }
      } else if (!stream) remaining -= n;
      try {
        for (let off = 0; off < used;) off += fs.writeSync(job.to, buffer, off, used - off);
      } catch (error) {
        const code = String((error as { code?: unknown }).code ?? (error as Error).message);
        return { why: 'write-failed', code, position: where(), bytes };
      }
      bytes += used;
      if (chunked ? chunked.done : remaining === 0)
        return { why: 'done', rest: buffer.slice(used, n), position: where(), bytes };
    }
  }
}

/** How many times a relay thread looks again, 0.1 ms apart, for a client's next bytes. */
const WAITS_BEFORE_PAUSE = 10;

const WORKER_SOURCE = `'use strict';
const { parentPort } = require('node:worker_threads');
const ChunkedBody = (${ChunkedBody.toString()});
(${relayInWorker.toString()})(parentPort, require('node:fs'), ChunkedBody, ${READ_BUFFER_BYTES}, ${WAITS_BEFORE_PAUSE});
`;

/**
 * An endpoint's relay threads: started when a first body needs one, at most `max` at once (a
 * body finding none free stays on the event loop), kept for the next body, unreferenced while
 * idle so they never keep the process alive.
 */
export class BodyRelays {
  readonly #max: number;
  readonly #idle: Worker[] = [];
  readonly #busy = new Set<Worker>();
  #closed = false;
  #starting = 0;

  constructor(max: number) {
    this.#max = max;
  }

  /**
   * True when a thread is free to take a body now. A thread is started the first time one is
   * wanted and is free once it runs (tens of milliseconds): until then bodies stay on the event
   * loop rather than wait for it.
   */
  available(): boolean {
    if (this.#closed) return false;
    if (this.#idle.length > 0) return true;
    if (this.#busy.size + this.#starting < this.#max) this.#spawn();
    return false;
  }

  /** Threads running, idle or busy (not those still starting). */
  get threads(): number {
    return this.#idle.length + this.#busy.size;
  }

  /** Starts a job on a free thread, or says `undefined` when none is free (see `available`). */
  start(job: RelayJob): RelayRun | undefined {
    if (this.#closed) return undefined;
    const worker = this.#idle.pop();
    if (!worker) return undefined;
    this.#busy.add(worker);
    worker.ref();
    const stop = new SharedArrayBuffer(4);
    const ended = new Promise<RelayEnd>((resolve, reject) => {
      const onMessage = (end: RelayEnd) => {
        settle(true);
        resolve(end);
      };
      const onExit = (code: number) => {
        settle(false);
        reject(new Error(`the body relay thread exited with code ${code}`));
      };
      const onError = (error: Error) => {
        settle(false);
        reject(error);
      };
      const settle = (alive: boolean) => {
        worker.off('message', onMessage).off('exit', onExit).off('error', onError);
        this.#busy.delete(worker);
        if (!alive) return;
        if (this.#closed) void worker.terminate();
        else {
          worker.unref();
          this.#idle.push(worker);
        }
      };
      worker.on('message', onMessage).on('exit', onExit).on('error', onError);
    });
    const message: WorkerJob = { ...job, stop };
    worker.postMessage(message);
    const flag = new Int32Array(stop);
    return {
      ended,
      stop: () => {
        Atomics.store(flag, 0, 1);
        Atomics.notify(flag, 0);
      },
    };
  }

  /** Ends the idle threads now and the busy ones when their job ends. */
  async close(): Promise<void> {
    this.#closed = true;
    await Promise.all(this.#idle.splice(0).map((w) => w.terminate()));
  }

  #spawn(): void {
    const worker = new Worker(WORKER_SOURCE, { eval: true });
    this.#starting++;
    worker.unref();
    let online = false;
    worker.once('online', () => {
      online = true;
      this.#starting--;
      if (this.#closed) void worker.terminate();
      else this.#idle.push(worker);
    });
    // A thread that failed leaves the pool (a job it had says why through its promise).
    worker.on('error', () => undefined);
    worker.on('exit', () => {
      if (!online) this.#starting--;
      const at = this.#idle.indexOf(worker);
      if (at >= 0) this.#idle.splice(at, 1);
    });
  }
}
