// A unit's own endpoint to the container engine: a Unix socket that forwards every byte to the engine's API socket and stamps testwarden's labels on what the unit creates.
import { rmSync } from 'node:fs';
import { createServer, type NetConnectOpts, type Server, type Socket } from 'node:net';
import {
  hijackKind,
  labelTarget,
  stampLabels,
  type LabelTarget,
  type StampResult,
} from './create-labels.js';
import {
  headerValue,
  RequestStream,
  RequestSyntaxError,
  serializeHead,
  type BodyUse,
  type RequestHead,
} from './http-request-stream.js';
import { adoptAccepted, connectReusing, ReusedBufferReads } from './socket-reads.js';

/** Where the engine's API listens. */
export type EngineUpstream = { socketPath: string } | { host: string; port: number };

export interface EngineProxyOptions {
  upstream: EngineUpstream;
  /** The Unix socket to listen on (its folder must exist; a stale socket there is replaced). */
  socketPath: string;
  /** Stamped on every container, network and volume created through the proxy. */
  labels: Readonly<Record<string, string>>;
  /** Create bodies larger than this are passed on without labels (default 8 MiB). */
  maxBodyBytes?: number;
}

/** A create the proxy passed on without labels (its body could not be read as JSON). */
export interface UnlabelledCreate {
  what: LabelTarget['what'];
  target: string;
  why: string;
}

export interface EngineProxy {
  socketPath: string;
  /** The value for `DOCKER_HOST` / `CONTAINER_HOST`: `unix://<socketPath>`. */
  host: string;
  /** Creates labelled so far, by what they created. */
  readonly labelled: Record<LabelTarget['what'], number>;
  readonly unlabelled: readonly UnlabelledCreate[];
  /** Stops listening, cuts every open connection and removes the socket file. */
  close(): Promise<void>;
}

const DEFAULT_MAX_BODY = 8 * 1024 * 1024;

export async function startEngineProxy(options: EngineProxyOptions): Promise<EngineProxy> {
  const connections = new Set<Socket>();
  const target =
    'socketPath' in options.upstream ? { path: options.upstream.socketPath } : options.upstream;
  const labelled = { container: 0, network: 0, volume: 0 };
  const unlabelled: UnlabelledCreate[] = [];
  const context: ConnectionContext = {
    options,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY,
    onLabelled: (what) => labelled[what]++,
    onUnlabelled: (u) => unlabelled.push(u),
  };
  const server: Server = createServer({ allowHalfOpen: true, pauseOnConnect: true }, (accepted) => {
    const { client, upstream } = proxyConnection(context, accepted, target);
    connections.add(client).add(upstream);
    const forget = () => connections.delete(client) && connections.delete(upstream);
    client.on('close', forget);
    upstream.on('close', forget);
  });
  rmSync(options.socketPath, { force: true });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.socketPath, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    socketPath: options.socketPath,
    host: `unix://${options.socketPath}`,
    labelled,
    unlabelled,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of connections) socket.destroy();
        connections.clear();
      }).finally(() => rmSync(options.socketPath, { force: true })),
  };
}

interface ConnectionContext {
  options: EngineProxyOptions;
  maxBodyBytes: number;
  onLabelled(what: LabelTarget['what']): void;
  onUnlabelled(u: UnlabelledCreate): void;
}

/** A request whose body is read before (labels) or while (exec start) it is passed on. */
interface Reading {
  head: RequestHead;
  label: LabelTarget | undefined;
  /** The head was already sent (exec start, or `Expect: 100-continue` before a create). */
  headSent: boolean;
  chunks: Buffer[];
  size: number;
  overflow: boolean;
}

const PASS: BodyUse = { pass: true, read: false };
const HOLD: BodyUse = { pass: false, read: true };
const PASS_AND_READ: BodyUse = { pass: true, read: true };

/**
 * Responses flow back untouched. Requests are followed one by one (http-request-stream.ts):
 * heads are parsed, bodies passed through by their framing without being copied; only a
 * create's body is held and rewritten. After a hijacking request (an upgrade, `attach`, a
 * non-detached `exec start`) the connection carries raw bytes both ways until either side
 * closes. Both sides read into reused buffers (socket-reads.ts): on a copy or an attach stream
 * each read is written on as it is, with no buffer allocated and no stream machinery per chunk.
 */
function proxyConnection(
  context: ConnectionContext,
  accepted: Socket,
  target: NetConnectOpts,
): { client: Socket; upstream: Socket } {
  let reading: Reading | undefined;
  let current: RequestHead | undefined;
  let answered = false;
  let raw = false;

  const toEngine = new ReusedBufferReads((data) => fromClient(data));
  const toClient = new ReusedBufferReads((data) => {
    answered = true;
    toClient.forward(data);
  });
  const upstream = connectReusing(target, toClient);
  const adopted = adoptAccepted(accepted, toEngine);
  const client = adopted ?? accepted;
  toEngine.bind(client, upstream);
  toClient.bind(upstream, client);
  if (!adopted)
    accepted.on('data', (data: Buffer) => {
      fromClient(data);
      toEngine.afterDataEvent();
    });
  client.resume();

  const send = (data: Buffer) => toEngine.forward(data);
  const fail = (error: Error) => {
    client.destroy();
    upstream.destroy(error instanceof RequestSyntaxError ? undefined : error);
  };

  upstream.on('end', () => client.end());
  upstream.on('error', (error: NodeJS.ErrnoException) => {
    // The engine is not there: say so in HTTP when nothing was answered yet, as the engine would.
    if (!answered && (error.code === 'ECONNREFUSED' || error.code === 'ENOENT')) {
      const body = JSON.stringify({ message: `testwarden engine proxy: ${error.message}` });
      client.end(
        `HTTP/1.1 502 Bad Gateway\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      );
      return;
    }
    client.destroy();
  });
  client.on('error', () => upstream.destroy());
  client.on('end', () => upstream.end());

  const startRequest = (parsed: RequestHead): BodyUse => {
    current = parsed;
    const label = labelTarget(parsed.method, parsed.target);
    const execStart = hijackKind(parsed.method, parsed.target) === 'exec-start';
    if (!label && !execStart) {
      send(serializeHead(parsed));
      return PASS;
    }
    reading = { head: parsed, label, headSent: false, chunks: [], size: 0, overflow: false };
    if (execStart) {
      send(serializeHead(parsed));
      reading.headSent = true;
      return PASS_AND_READ;
    }
    if (/100-continue/i.test(headerValue(parsed, 'expect') ?? '')) {
      // The client waits for `100 Continue` before the body: send the head now, the body chunked later.
      send(serializeHead(withChunkedBody(parsed)));
      reading.headSent = true;
    }
    return HOLD;
  };

  const keep = (data: Buffer) => {
    if (!reading) return;
    reading.size += data.length;
    // The read buffer is reused: what is kept is copied.
    if (reading.size > context.maxBodyBytes) reading.overflow = true;
    else reading.chunks.push(Buffer.from(data));
  };

  const endRequest = (): boolean => {
    const request = current!;
    let hijacked = false;
    if (reading) {
      const body = Buffer.concat(reading.chunks);
      if (reading.label) finishCreate(context, reading, body, send);
      else hijacked = !reading.overflow && !detaches(body);
    }
    reading = undefined;
    const upgrade = /upgrade/i.test(headerValue(request, 'connection') ?? '');
    hijacked ||= upgrade || hijackKind(request.method, request.target) === 'attach';
    raw = hijacked;
    return hijacked;
  };

  const requests = new RequestStream({
    head: startRequest,
    body: send,
    payload: keep,
    end: endRequest,
    raw: send,
  });

  function fromClient(data: Buffer): void {
    if (raw) {
      send(data);
      return;
    }
    try {
      requests.push(data);
    } catch (error) {
      fail(error as Error);
    }
  }
  return { client, upstream };
}

/** `exec start` with `{"Detach": true}` answers normally; any other body hijacks the connection. */
function detaches(body: Buffer): boolean {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as { Detach?: unknown };
    return parsed?.Detach === true;
  } catch {
    return false;
  }
}

function withChunkedBody(head: RequestHead): RequestHead {
  const headers = head.headers.filter(
    ([name]) => !/^(content-length|transfer-encoding)$/i.test(name),
  );
  headers.push(['Transfer-Encoding', 'chunked']);
  return { ...head, headers };
}

function withLength(head: RequestHead, length: number): RequestHead {
  const headers = head.headers.filter(
    ([name]) => !/^(content-length|transfer-encoding)$/i.test(name),
  );
  headers.push(['Content-Length', String(length)]);
  return { ...head, headers };
}

/** Sends a held create: labels stamped when the body reads as JSON, else as it came (the engine judges it). */
function finishCreate(
  context: ConnectionContext,
  reading: Reading,
  body: Buffer,
  send: (data: Buffer) => void,
): void {
  const label = reading.label!;
  const stamped: StampResult = reading.overflow
    ? { ok: false, why: `the body is over ${context.maxBodyBytes} bytes` }
    : stampLabels(body, label, context.options.labels);
  if (stamped.ok) context.onLabelled(label.what);
  else context.onUnlabelled({ what: label.what, target: reading.head.target, why: stamped.why });
  // An overflowing body was not kept: it cannot be sent again, so the request is cut.
  if (reading.overflow)
    throw new RequestSyntaxError(`create body over ${context.maxBodyBytes} bytes`);
  const out = stamped.ok ? stamped.body : body;
  if (reading.headSent) {
    if (out.length > 0)
      send(
        Buffer.concat([Buffer.from(`${out.length.toString(16)}\r\n`), out, Buffer.from('\r\n')]),
      );
    send(Buffer.from('0\r\n\r\n'));
  } else {
    send(serializeHead(withLength(reading.head, out.length)));
    send(out);
  }
}
