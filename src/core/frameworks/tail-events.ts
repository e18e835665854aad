// Reads a unit's event stream once: followed while the unit runs (each complete event handed on as it comes) and caught up to its end when the unit is gone, folded into the unit's results as it is read.
import { open, type FileHandle } from 'node:fs/promises';
import { GoTestJsonConverter, isGoTestJsonLine } from './go-test-json.js';
import { parseEventLine } from './parse-event-line.js';
import { EVENT_LIMITS, type TestEvent } from './test-events.js';
import { TestResultsBuilder, type TestRunResults } from './test-results.js';

export interface TailOptions {
  /** `go`: `go test -json` output mixed with other lines (the unit's log). */
  format: 'testwarden' | 'go';
  /** Each event as it is read, numbered (`occurrence`) as the results number it. */
  onEvent?: (event: TestEvent) => void;
  /** How often to look for new lines while the unit runs. */
  intervalMs?: number;
  /** Bytes read at most over the stream's life; the rest is left unread (reported). */
  maxBytes?: number;
  /** Results kept one by one at most (the rest is counted). */
  maxTests?: number;
  /** Longest line read, in bytes; a longer one is counted as bad and skipped. */
  maxLineBytes?: number;
}

const READ_BYTES = 64 * 1024;

export class EventsTail {
  readonly #path: string;
  readonly #options: TailOptions;
  readonly #maxBytes: number;
  readonly #maxLineBytes: number;
  readonly #go: GoTestJsonConverter | undefined;
  readonly #results: TestResultsBuilder;
  #offset = 0;
  /** The stream was there at least once (a stream never written is "no events"). */
  #found = false;
  /** The start of a line whose newline has not been read yet (a copy: the read buffer is reused). */
  #partial: Buffer | undefined;
  /** Inside a line longer than the limit (already counted): its bytes are dropped until its newline. */
  #skipping = false;
  #buffer: Buffer | undefined;
  /** Open from the first look that finds the stream to the end (a look costs one read, not three calls). */
  #file: FileHandle | undefined;
  #timer: NodeJS.Timeout | undefined;
  #reading: Promise<void> = Promise.resolve();
  #stopped = false;
  #final: Promise<TestRunResults | undefined> | undefined;

  constructor(path: string, options: TailOptions) {
    this.#path = path;
    this.#options = options;
    this.#maxBytes = options.maxBytes ?? 512 * 1024 * 1024;
    this.#maxLineBytes = options.maxLineBytes ?? EVENT_LIMITS.maxLineBytes;
    this.#go = options.format === 'go' ? new GoTestJsonConverter() : undefined;
    this.#results = new TestResultsBuilder({ maxTests: options.maxTests });
  }

  /** Looks for new lines every interval until `stop`. */
  start(): void {
    const tick = () => {
      this.#timer = undefined;
      this.#reading = this.#reading.then(() => this.#readNew());
      void this.#reading.then(() => {
        if (!this.#stopped) this.#timer = setTimeout(tick, this.#options.intervalMs ?? 250);
      });
    };
    this.#timer = setTimeout(tick, this.#options.intervalMs ?? 250);
    this.#timer.unref();
  }

  /** Reads what was appended since the last look. */
  poll(): Promise<void> {
    this.#reading = this.#reading.then(() => this.#readNew());
    return this.#reading;
  }

  /**
   * The writer is gone: reads what is left (a last line without a newline is read as the
   * stream's last, and counted as cut short if it is not an event) and returns the stream's
   * results, undefined when it was never written. Calling it again returns the same results.
   */
  stop(): Promise<TestRunResults | undefined> {
    this.#final ??= this.#finish();
    return this.#final;
  }

  async #finish(): Promise<TestRunResults | undefined> {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#reading = this.#reading.then(() => this.#readNew(true));
    try {
      await this.#reading;
    } finally {
      const file = this.#file;
      this.#file = undefined;
      await file?.close();
    }
    if (!this.#found) return undefined;
    if (this.#partial) {
      const last = this.#partial;
      this.#partial = undefined;
      this.#line(last.toString('utf8'), true);
    }
    return this.#results.finish();
  }

  async #readNew(last = false): Promise<void> {
    if (!this.#file) {
      try {
        this.#file = await open(this.#path, 'r');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // nothing written yet
        throw error;
      }
      this.#found = true;
    }
    const file = this.#file;
    this.#buffer ??= Buffer.allocUnsafe(READ_BYTES);
    for (;;) {
      const want = Math.min(this.#buffer.length, this.#maxBytes - this.#offset);
      if (want <= 0) {
        if (last) await this.#checkCut(file);
        return;
      }
      const { bytesRead } = await file.read(this.#buffer, 0, want, this.#offset);
      if (bytesRead === 0) return;
      this.#offset += bytesRead;
      this.#take(this.#buffer.subarray(0, bytesRead));
    }
  }

  /** At the byte limit: says whether the stream went on beyond it. */
  async #checkCut(file: FileHandle): Promise<void> {
    if ((await file.stat()).size > this.#offset) this.#results.problems.cutAtMaxBytes = true;
  }

  /** Hands on the complete lines of `bytes`; keeps the start of an unfinished one. */
  #take(bytes: Buffer): void {
    const end = bytes.length;
    let from = 0;
    for (let nl = bytes.indexOf(10, from); nl >= 0; nl = bytes.indexOf(10, from)) {
      const length = (this.#partial?.length ?? 0) + nl - from;
      if (this.#skipping) this.#skipping = false;
      else if (length > this.#maxLineBytes) this.#results.problems.badLines++;
      else if (this.#partial) {
        const line = Buffer.concat([this.#partial, bytes.subarray(from, nl)]);
        this.#line(line.toString('utf8'), false);
      } else this.#line(bytes.toString('utf8', from, nl), false);
      this.#partial = undefined;
      from = nl + 1;
    }
    if (this.#skipping || from === end) return;
    if ((this.#partial?.length ?? 0) + end - from > this.#maxLineBytes) {
      this.#results.problems.badLines++;
      this.#skipping = true;
      this.#partial = undefined;
    } else {
      const rest = bytes.subarray(from);
      this.#partial = Buffer.concat(this.#partial ? [this.#partial, rest] : [rest]);
    }
  }

  /** One line; `unterminated`: the stream's last, without its newline (a killed writer's cut line). */
  #line(raw: string, unterminated: boolean): void {
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (text.trim() === '') return;
    const problems = this.#results.problems;
    if (this.#go) {
      if (!isGoTestJsonLine(text)) {
        // go's own text shares the stream: a package that did not build is told there.
        for (const event of this.#go.convertText(text)) this.#add(event);
        return;
      }
      const events = this.#go.convert(text);
      if (events === undefined) {
        if (unterminated) problems.truncatedLastLine = true;
        else problems.badLines++;
        return;
      }
      for (const event of events) this.#add(event);
      return;
    }
    const event = parseEventLine(text);
    if (event) this.#add(event);
    else if (unterminated) problems.truncatedLastLine = true;
    else problems.badLines++;
  }

  #add(event: TestEvent): void {
    const numbered = this.#results.add(event);
    this.#options.onEvent?.(numbered);
  }
}
