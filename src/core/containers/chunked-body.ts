// Follows a chunked request body (RFC 9112 §7.1) across reads without copying it: only the chunk-size lines and the trailer are looked at, payload bytes are skipped by counting.

/** Why a chunked body is refused; the caller turns it into its own error class. */
export type ChunkedError = (why: string) => Error;

/** Where a body's scan stands, as plain numbers (it can be handed to another thread and back). */
export type ChunkedState = [
  state: ScanState,
  size: number,
  digits: number,
  remaining: number,
  lineBytes: number,
];

/**
 * - `size`: reading the hex digits of a chunk size; `size-rest`: after them, extensions (or
 *   bare whitespace) up to the line's end;
 * - `data`: a chunk's payload; `data-cr` / `data-lf`: the line end after it;
 * - `trailer-start`: at the start of a trailer line (an empty one ends the body);
 *   `trailer-line`: inside one; `done`.
 */
type ScanState =
  'size' | 'size-rest' | 'data' | 'data-cr' | 'data-lf' | 'trailer-start' | 'trailer-line' | 'done';

/**
 * One chunked body. `consume` says how many bytes of a read belong to the body; `onData`, when
 * given, receives the decoded payload as views into the read (for the few bodies that are read,
 * such as a container create) — on a passed-through body nothing is allocated per chunk.
 *
 * The class refers to nothing outside itself, not even its own name (its error comes from the
 * caller; its limits are written where they apply): body-relay.ts runs its source text in a
 * worker thread, which scans a large body with the same code.
 */
export class ChunkedBody {
  readonly #error: ChunkedError;
  #state: ScanState = 'size';
  #size = 0;
  #digits = 0;
  #remaining = 0;
  #lineBytes = 0;

  constructor(error: ChunkedError, from?: ChunkedState) {
    this.#error = error;
    if (from) [this.#state, this.#size, this.#digits, this.#remaining, this.#lineBytes] = from;
  }

  get done(): boolean {
    return this.#state === 'done';
  }

  /** The scan's position, to go on from with `new ChunkedBody(error, state)`. */
  get state(): ChunkedState {
    return [this.#state, this.#size, this.#digits, this.#remaining, this.#lineBytes];
  }

  consume<T extends Uint8Array>(buf: T, onData?: (data: T) => void): number {
    let i = 0;
    const end = buf.length;
    while (i < end) {
      switch (this.#state) {
        case 'data': {
          const take = Math.min(this.#remaining, end - i);
          if (onData) onData(buf.subarray(i, i + take) as T);
          i += take;
          this.#remaining -= take;
          if (this.#remaining === 0) this.#state = 'data-cr';
          break;
        }
        case 'size': {
          const byte = buf[i++]!;
          const digit = this.#hexValue(byte);
          if (digit >= 0) {
            // More hex digits than 13 could not be a size the engine accepts (nor a safe integer).
            if (++this.#digits > 13) throw this.#error('chunk size has too many digits');
            this.#size = this.#size * 16 + digit;
          } else if (this.#digits === 0) {
            throw this.#error(`bad chunk size line: byte 0x${byte.toString(16)}`);
          } else if (byte === 0x0a) {
            this.#endSizeLine();
          } else {
            this.#state = 'size-rest';
            this.#lineBytes = 1;
          }
          break;
        }
        case 'size-rest': {
          i = this.#toLineEnd(buf, i, 'chunk line too long');
          if (this.#lineBytes < 0) this.#endSizeLine();
          break;
        }
        case 'data-cr': {
          const byte = buf[i++]!;
          if (byte === 0x0a) this.#state = 'size';
          else if (byte === 0x0d) this.#state = 'data-lf';
          else throw this.#error('chunk data longer than its size');
          break;
        }
        case 'data-lf': {
          if (buf[i++] !== 0x0a) throw this.#error('chunk data longer than its size');
          this.#state = 'size';
          break;
        }
        case 'trailer-start': {
          const byte = buf[i++]!;
          if (byte === 0x0a) this.#state = 'done';
          else if (byte !== 0x0d) {
            this.#state = 'trailer-line';
            this.#lineBytes = 1;
          }
          break;
        }
        case 'trailer-line': {
          i = this.#toLineEnd(buf, i, 'trailer line too long');
          if (this.#lineBytes < 0) this.#state = 'trailer-start';
          break;
        }
        case 'done':
          return i;
      }
    }
    return i;
  }

  /**
   * Skips to just past the line's LF (then `#lineBytes` is -1) or to the read's end; a chunk
   * line's extensions or a trailer line longer than 4096 bytes is refused.
   */
  #toLineEnd(buf: Uint8Array, i: number, tooLong: string): number {
    const lf = buf.indexOf(0x0a, i);
    const upTo = lf < 0 ? buf.length : lf;
    this.#lineBytes += upTo - i;
    if (this.#lineBytes > 4096) throw this.#error(tooLong);
    if (lf < 0) return upTo;
    this.#lineBytes = -1;
    return upTo + 1;
  }

  #hexValue(byte: number): number {
    if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
    const lower = byte | 0x20;
    if (lower >= 0x61 && lower <= 0x66) return lower - 0x61 + 10;
    return -1;
  }

  #endSizeLine(): void {
    this.#remaining = this.#size;
    this.#state = this.#size === 0 ? 'trailer-start' : 'data';
    this.#size = 0;
    this.#digits = 0;
  }
}
