// Reads HTTP/1.1 requests off a client's byte stream one by one (head, then a body framed by Content-Length or chunked), passing body bytes through untouched.
import { ChunkedBody, type ChunkedState } from './chunked-body.js';
import { RequestSyntaxError } from './request-syntax-error.js';

export { RequestSyntaxError };

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

/** What a request's body is used for: passed on as it came, read (decoded), or both. */
export interface BodyUse {
  pass: boolean;
  read: boolean;
}

/** Where a passed-through body stands: what is left of its length, or its chunked scan. */
export type BodyPosition =
  { kind: 'length'; remaining: number } | { kind: 'chunked'; state: ChunkedState };

const syntaxError = (why: string) => new RequestSyntaxError(why);

/** The reader of a connection's requests: told each part as it is read. */
export interface RequestHandler {
  /** A request's head (the body follows); says what to do with its body. */
  head(head: RequestHead, framing: BodyFraming): BodyUse;
  /** Body bytes exactly as received, framing included; a view valid only during the call. */
  body(wire: Buffer): void;
  /** The decoded body (when read), in pieces; views valid only during the call. */
  payload(data: Buffer): void;
  /** The body ended; true when the connection carries raw bytes from here on (hijacked). */
  end(): boolean;
  /** Bytes after the connection was hijacked. */
  raw(data: Buffer): void;
}

const HEAD_END = Buffer.from('\r\n\r\n', 'latin1');
const EMPTY = Buffer.alloc(0);

/**
 * Splits a client's byte stream into requests, whatever the read boundaries. Only heads (and
 * chunk-size lines) are looked at: a body framed by Content-Length is counted down, a chunked
 * one scanned from size line to size line; its bytes go on as views of the read, with no copy
 * and nothing allocated per read. Only a head split across reads is copied (it is small).
 */
export class RequestStream {
  readonly #handler: RequestHandler;
  #state: 'head' | 'body' | 'raw' = 'head';
  /** The start of a head not ended in an earlier read. */
  #partialHead: Buffer | undefined;
  #use: BodyUse = { pass: true, read: false };
  #remaining = 0;
  #chunked: ChunkedBody | undefined;
  /** Bytes of the current body seen so far. */
  #bodySeen = 0;
  readonly #onPayload: (data: Buffer) => void;

  constructor(handler: RequestHandler) {
    this.#handler = handler;
    this.#onPayload = (data) => handler.payload(data);
  }

  /** True once the connection was hijacked: every byte after is raw. */
  get raw(): boolean {
    return this.#state === 'raw';
  }

  /** True between requests: the last one ended and nothing of the next was read yet. */
  get idle(): boolean {
    return this.#state === 'head' && this.#partialHead === undefined;
  }

  /**
   * The body being read when it is only passed on (not read) and `bytes` of it were seen: its
   * position, so that someone else can carry its next bytes (body-relay.ts) and hand it back with
   * `continueBody`.
   */
  passedBody(): { position: BodyPosition; bytes: number } | undefined {
    if (this.#state !== 'body' || !this.#use.pass || this.#use.read) return undefined;
    const position: BodyPosition = this.#chunked
      ? { kind: 'chunked', state: this.#chunked.state }
      : { kind: 'length', remaining: this.#remaining };
    return { position, bytes: this.#bodySeen };
  }

  /** Goes on with the body from where someone else left it (`bytes` more of it were carried). */
  continueBody(position: BodyPosition, bytes: number): void {
    if (this.#state !== 'body') throw new Error('continueBody outside a body');
    this.#bodySeen += bytes;
    if (position.kind === 'chunked') {
      this.#chunked = new ChunkedBody(syntaxError, position.state);
      if (this.#chunked.done) this.#endRequest();
    } else {
      this.#remaining = position.remaining;
      if (this.#remaining === 0) this.#endRequest();
    }
  }

  /** Takes the next bytes read from the client; throws RequestSyntaxError on a malformed request. */
  push(data: Buffer): void {
    let buf = data;
    while (buf.length > 0) {
      if (this.#state === 'raw') {
        this.#handler.raw(buf);
        return;
      }
      buf = this.#state === 'body' ? this.#bodyBytes(buf) : this.#headBytes(buf);
    }
  }

  #bodyBytes(buf: Buffer): Buffer {
    let used: number;
    if (this.#chunked) {
      used = this.#chunked.consume(buf, this.#use.read ? this.#onPayload : undefined);
    } else {
      used = Math.min(this.#remaining, buf.length);
      this.#remaining -= used;
    }
    this.#bodySeen += used;
    const whole = used === buf.length;
    const mine = whole ? buf : buf.subarray(0, used);
    if (this.#use.read && !this.#chunked) this.#handler.payload(mine);
    if (this.#use.pass) this.#handler.body(mine);
    if (this.#chunked ? this.#chunked.done : this.#remaining === 0) this.#endRequest();
    return whole ? EMPTY : buf.subarray(used);
  }

  #headBytes(data: Buffer): Buffer {
    let buf = data;
    if (!this.#partialHead) {
      // Blank lines before a request line are allowed (RFC 9112 §2.2).
      let start = 0;
      while (start < buf.length && (buf[start] === 0x0d || buf[start] === 0x0a)) start++;
      buf = start === 0 ? buf : buf.subarray(start);
      if (buf.length === 0) return EMPTY;
    }
    const before = this.#partialHead;
    const end = headEnd(before, buf);
    if (end < 0) {
      const length = (before?.length ?? 0) + buf.length;
      if (length > MAX_HEAD_BYTES) throw new RequestSyntaxError('request head too large');
      // The read buffer is reused: keep a copy.
      this.#partialHead = before ? Buffer.concat([before, buf]) : Buffer.from(buf);
      return EMPTY;
    }
    // `end` counts from the start of the head (the earlier part included).
    const earlier = before?.length ?? 0;
    if (end > MAX_HEAD_BYTES) throw new RequestSyntaxError('request head too large');
    const text =
      earlier === 0
        ? buf.toString('latin1', 0, end)
        : before!.toString('latin1', 0, Math.min(end, earlier)) +
          (end > earlier ? buf.toString('latin1', 0, end - earlier) : '');
    this.#partialHead = undefined;
    this.#startRequest(parseRequestHead(text));
    return buf.subarray(end + HEAD_END.length - earlier);
  }

  #startRequest(head: RequestHead): void {
    const framing = bodyFraming(head);
    this.#use = this.#handler.head(head, framing);
    this.#chunked = framing.kind === 'chunked' ? new ChunkedBody(syntaxError) : undefined;
    this.#bodySeen = 0;
    this.#remaining = framing.kind === 'length' ? framing.remaining : 0;
    this.#state = 'body';
    if (framing.kind === 'none' || (framing.kind === 'length' && framing.remaining === 0))
      this.#endRequest();
  }

  #endRequest(): void {
    this.#chunked = undefined;
    this.#state = this.#handler.end() ? 'raw' : 'head';
  }
}

/**
 * Where the blank line that ends a head starts, counted from the start of `before` (the
 * head's start from earlier reads, if any) followed by `buf`; -1 when not there yet. Only the
 * few bytes around the seam are joined, never the read.
 */
function headEnd(before: Buffer | undefined, buf: Buffer): number {
  if (!before) return buf.indexOf(HEAD_END);
  const tail = before.subarray(Math.max(0, before.length - 3));
  const seam = Buffer.concat([tail, buf.subarray(0, 3)]).indexOf(HEAD_END);
  if (seam >= 0) return before.length - tail.length + seam;
  const inBuf = buf.indexOf(HEAD_END);
  return inBuf < 0 ? -1 : before.length + inBuf;
}
