// Follows a unit's event stream while it runs: reads what was appended since the last look, line by line with the same bounds as the full reader, and hands each complete event on.
import { open } from 'node:fs/promises';
import { GoTestJsonConverter, isGoTestJsonLine } from './go-test-json.js';
import { parseEventLine } from './read-test-events.js';
import { EVENT_LIMITS, type TestEvent } from './test-events.js';
import { Occurrences } from './test-results.js';

export interface TailOptions {
  /** `go`: `go test -json` output mixed with other lines (the unit's log). */
  format: 'testwarden' | 'go';
  onEvent: (event: TestEvent) => void;
  /** How often to look for new lines while the unit runs. */
  intervalMs?: number;
  /** Bytes read at most over the stream's life, as the full reader. */
  maxBytes?: number;
}

export class EventsTail {
  readonly #path: string;
  readonly #options: TailOptions;
  readonly #go: GoTestJsonConverter | undefined;
  readonly #occurrences = new Occurrences();
  #offset = 0;
  /** The start of a line whose newline has not been written yet. */
  #partial: Buffer = Buffer.alloc(0);
  /** Inside a line longer than the limit: its bytes are dropped until its newline. */
  #skipping = false;
  #timer: NodeJS.Timeout | undefined;
  #reading: Promise<void> = Promise.resolve();
  #stopped = false;

  constructor(path: string, options: TailOptions) {
    this.#path = path;
    this.#options = options;
    this.#go = options.format === 'go' ? new GoTestJsonConverter() : undefined;
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

  /** Reads what is left (the writer has exited: a last line without a newline is cut and dropped). */
  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#reading = this.#reading.then(() => this.#readNew());
    await this.#reading;
  }

  async #readNew(): Promise<void> {
    const maxBytes = this.#options.maxBytes ?? 512 * 1024 * 1024;
    let file;
    try {
      file = await open(this.#path, 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // nothing written yet
      throw error;
    }
    try {
      const chunk = Buffer.allocUnsafe(64 * 1024);
      for (;;) {
        const want = Math.min(chunk.length, maxBytes - this.#offset);
        if (want <= 0) return;
        const { bytesRead } = await file.read(chunk, 0, want, this.#offset);
        if (bytesRead === 0) return;
        this.#offset += bytesRead;
        this.#take(chunk.subarray(0, bytesRead));
      }
    } finally {
      await file.close();
    }
  }

  #take(bytes: Buffer): void {
    let from = 0;
    for (let nl = bytes.indexOf(10, from); nl >= 0; nl = bytes.indexOf(10, from)) {
      if (!this.#skipping) {
        const line =
          this.#partial.length > 0
            ? Buffer.concat([this.#partial, bytes.subarray(from, nl)])
            : bytes.subarray(from, nl);
        this.#line(line.toString('utf8'));
      }
      this.#partial = Buffer.alloc(0);
      this.#skipping = false;
      from = nl + 1;
    }
    if (this.#skipping) return;
    const rest = bytes.subarray(from);
    if (this.#partial.length + rest.length >= EVENT_LIMITS.maxLineBytes) {
      this.#skipping = true;
      this.#partial = Buffer.alloc(0);
    } else if (rest.length > 0) {
      this.#partial = Buffer.concat([this.#partial, rest]);
    }
  }

  #line(raw: string): void {
    const text = raw.replace(/\r$/, '');
    if (text.trim() === '') return;
    if (this.#go) {
      if (!isGoTestJsonLine(text)) {
        for (const event of this.#go.convertText(text))
          this.#options.onEvent(this.#occurrences.number(event));
        return;
      }
      for (const event of this.#go.convert(text) ?? [])
        this.#options.onEvent(this.#occurrences.number(event));
      return;
    }
    const event = parseEventLine(text);
    if (event) this.#options.onEvent(this.#occurrences.number(event));
  }
}
