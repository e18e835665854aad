// Reads HTTP/1.1 requests off a client's byte stream one by one (head, then a body framed by Content-Length or chunked), passing body bytes through untouched.

/** One request head as sent: the request line, and the header lines in their order. */
export interface RequestHead {
  method: string;
  /** The request target (`/v1.41/containers/create?name=x`). */
  target: string;
  version: string;
  /** `[name, value]` in the order received; names keep their case. */
  headers: [string, string][];
}

/** The most a request head may hold; the engine's own server refuses far less. */
export const MAX_HEAD_BYTES = 64 * 1024;

export class RequestSyntaxError extends Error {
  override name = 'RequestSyntaxError';
}

/** Parses the bytes of a head (request line and headers, without the blank line). */
export function parseRequestHead(text: string): RequestHead {
  const lines = text.split('\r\n');
  const request = /^([A-Z]+) (\S+) (HTTP\/1\.[01])$/.exec(lines[0] ?? '');
  if (!request) throw new RequestSyntaxError(`not an HTTP/1.x request line: ${lines[0] ?? ''}`);
  const headers: [string, string][] = [];
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon <= 0) throw new RequestSyntaxError(`not a header line: ${line}`);
    headers.push([line.slice(0, colon), line.slice(colon + 1).trim()]);
  }
  return { method: request[1]!, target: request[2]!, version: request[3]!, headers };
}

export function headerValue(head: RequestHead, name: string): string | undefined {
  const lower = name.toLowerCase();
  return head.headers.find(([n]) => n.toLowerCase() === lower)?.[1];
}

/** The head as bytes to send, with the blank line that ends it. */
export function serializeHead(head: RequestHead): Buffer {
  const lines = [`${head.method} ${head.target} ${head.version}`];
  for (const [name, value] of head.headers) lines.push(`${name}: ${value}`);
  return Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1');
}

export type BodyFraming =
  { kind: 'none' } | { kind: 'length'; remaining: number } | { kind: 'chunked' };

/** How the body after this head ends (RFC 9112 §6.3 for requests: chunked wins, else the length, else none). */
export function bodyFraming(head: RequestHead): BodyFraming {
  const te = headerValue(head, 'transfer-encoding');
  if (te !== undefined) {
    if (/(^|,)\s*chunked\s*$/i.test(te)) return { kind: 'chunked' };
    throw new RequestSyntaxError(
      `a request body must end with chunked, got Transfer-Encoding ${te}`,
    );
  }
  const length = headerValue(head, 'content-length');
  if (length === undefined) return { kind: 'none' };
  if (!/^\d+$/.test(length)) throw new RequestSyntaxError(`bad Content-Length ${length}`);
  return { kind: 'length', remaining: Number(length) };
}

/**
 * Follows a chunked body byte by byte without copying it: tells how many bytes of a buffer
 * still belong to the body, and can hand out the decoded data (for the few bodies that are
 * read, such as a container create).
 */
export class ChunkedTracker {
  #state: 'size' | 'data' | 'data-end' | 'trailer' | 'done' = 'size';
  #line = '';
  #remaining = 0;

  get done(): boolean {
    return this.#state === 'done';
  }

  /**
   * Consumes bytes from `buf` up to the end of the body; returns how many belong to it.
   * `onData` receives the decoded payload slices.
   */
  consume(buf: Buffer, onData?: (data: Buffer) => void): number {
    let i = 0;
    while (i < buf.length && this.#state !== 'done') {
      if (this.#state === 'data') {
        const take = Math.min(this.#remaining, buf.length - i);
        onData?.(buf.subarray(i, i + take));
        i += take;
        this.#remaining -= take;
        if (this.#remaining === 0) this.#state = 'data-end';
        continue;
      }
      const byte = buf[i++]!;
      if (byte !== 0x0a) {
        this.#line += String.fromCharCode(byte);
        if (this.#line.length > 4096) throw new RequestSyntaxError('chunk line too long');
        continue;
      }
      const line = this.#line.replace(/\r$/, '');
      this.#line = '';
      if (this.#state === 'size') {
        const size = /^([0-9a-fA-F]+)/.exec(line);
        if (!size) throw new RequestSyntaxError(`bad chunk size line: ${line}`);
        this.#remaining = Number.parseInt(size[1]!, 16);
        this.#state = this.#remaining === 0 ? 'trailer' : 'data';
      } else if (this.#state === 'data-end') {
        if (line !== '') throw new RequestSyntaxError('chunk data longer than its size');
        this.#state = 'size';
      } else if (line === '') {
        this.#state = 'done'; // the blank line after the (usually absent) trailers
      }
    }
    return i;
  }
}
