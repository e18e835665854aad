// Follows a chunked request body (RFC 9112 §7.1) across reads without copying it: only the chunk-size lines and the trailer are looked at, payload bytes are skipped by counting.

import { RequestSyntaxError } from './request-syntax-error.js';

const CR = 0x0d;
const LF = 0x0a;
/** A chunk-size line's extensions or a trailer line longer than this is refused. */
const MAX_LINE_BYTES = 4096;
/** More hex digits than this could not be a size the engine accepts (and would lose precision). */
const MAX_SIZE_DIGITS = 13;

const enum State {
  /** Reading the hex digits of a chunk size. */
  Size,
  /** After the size: extensions (or bare whitespace) up to the line's end. */
  SizeRest,
  Data,
  /** The CRLF that ends a chunk's data. */
  DataCr,
  DataLf,
  /** At the start of a trailer line (an empty one ends the body). */
  TrailerStart,
  TrailerLine,
  Done,
}

function hexValue(byte: number): number {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  const lower = byte | 0x20;
  if (lower >= 0x61 && lower <= 0x66) return lower - 0x61 + 10;
  return -1;
}

/**
 * One chunked body. `consume` says how many bytes of a read belong to the body; `onData`, when
 * given, receives the decoded payload as views into the read (for the few bodies that are read,
 * such as a container create) — on a passed-through body nothing is allocated per chunk.
 */
export class ChunkedBody {
  #state = State.Size;
  #size = 0;
  #digits = 0;
  #remaining = 0;
  #lineBytes = 0;

  get done(): boolean {
    return this.#state === State.Done;
  }

  consume(buf: Buffer, onData?: (data: Buffer) => void): number {
    let i = 0;
    const end = buf.length;
    while (i < end) {
      switch (this.#state) {
        case State.Data: {
          const take = Math.min(this.#remaining, end - i);
          if (onData) onData(buf.subarray(i, i + take));
          i += take;
          this.#remaining -= take;
          if (this.#remaining === 0) this.#state = State.DataCr;
          break;
        }
        case State.Size: {
          const byte = buf[i++]!;
          const digit = hexValue(byte);
          if (digit >= 0) {
            if (++this.#digits > MAX_SIZE_DIGITS)
              throw new RequestSyntaxError('chunk size has too many digits');
            this.#size = this.#size * 16 + digit;
          } else if (this.#digits === 0) {
            throw new RequestSyntaxError(`bad chunk size line: byte 0x${byte.toString(16)}`);
          } else if (byte === LF) {
            this.#endSizeLine();
          } else {
            this.#state = State.SizeRest;
            this.#lineBytes = 1;
          }
          break;
        }
        case State.SizeRest: {
          const lf = buf.indexOf(LF, i);
          const upTo = lf < 0 ? end : lf;
          this.#lineBytes += upTo - i;
          if (this.#lineBytes > MAX_LINE_BYTES) throw new RequestSyntaxError('chunk line too long');
          i = upTo;
          if (lf >= 0) {
            i++;
            this.#endSizeLine();
          }
          break;
        }
        case State.DataCr: {
          const byte = buf[i++]!;
          if (byte === LF) this.#state = State.Size;
          else if (byte === CR) this.#state = State.DataLf;
          else throw new RequestSyntaxError('chunk data longer than its size');
          break;
        }
        case State.DataLf: {
          if (buf[i++] !== LF) throw new RequestSyntaxError('chunk data longer than its size');
          this.#state = State.Size;
          break;
        }
        case State.TrailerStart: {
          const byte = buf[i++]!;
          if (byte === LF) this.#state = State.Done;
          else if (byte !== CR) {
            this.#state = State.TrailerLine;
            this.#lineBytes = 1;
          }
          break;
        }
        case State.TrailerLine: {
          const lf = buf.indexOf(LF, i);
          const upTo = lf < 0 ? end : lf;
          this.#lineBytes += upTo - i;
          if (this.#lineBytes > MAX_LINE_BYTES)
            throw new RequestSyntaxError('trailer line too long');
          i = upTo;
          if (lf >= 0) {
            i++;
            this.#state = State.TrailerStart;
          }
          break;
        }
        case State.Done:
          return i;
      }
    }
    return i;
  }

  #endSizeLine(): void {
    this.#remaining = this.#size;
    this.#state = this.#size === 0 ? State.TrailerStart : State.Data;
    this.#size = 0;
    this.#digits = 0;
  }
}
