// A unit's own endpoint to the container engine: a Unix socket that forwards every byte to the engine's API socket and stamps testwarden's labels on what the unit creates.
import { rmSync } from 'node:fs';
import { createServer, type NetConnectOpts, type Server, type Socket } from 'node:net';
import { BodyRelays, type RelayEnd, type RelayRun } from './body-relay.js';
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
  type BodyFraming,
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
  /** Create bodies larger than this are refused: their connection is cut (default 8 MiB). */
  maxBodyBytes?: number;
  /**
   * Threads that carry large request bodies (a `docker cp` into a container, an image load)
   * and large responses (a `docker cp` out of one, an export) with blocking system calls
   * instead of the event loop (body-relay.ts); 0 keeps every byte on the event loop. Default 2.
   */
  relayThreads?: number;
  /**
   * Relay threads shared with other endpoints (a run's, for all its units' endpoints): used
   * instead of threads of the endpoint's own (`relayThreads` is then ignored), and left running
   * when the endpoint closes; their owner closes them.
   */
  relays?: BodyRelays;
}

/** A create the proxy refused, unsent (its body could not be labelled: not JSON, too large, labels not an object). */
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
  /**
   * Bytes of request bodies and of responses carried by the relay threads (counted when a
   * thread gives them back), how many times a thread was handed either, and how many threads
   * carry something now.
   */
  readonly relayed: Relayed;
  /** Stops listening, cuts every open connection and removes the socket file. */
  close(): Promise<void>;
}

export interface Relayed {
  bytes: number;
  responseBytes: number;
  handOvers: number;
  running: number;
  /** Relay threads started and running (idle or busy). */
  readonly threads: number;
}

const DEFAULT_MAX_BODY = 8 * 1024 * 1024;
export const DEFAULT_RELAY_THREADS = 2;
/**
 * A passed-through body, or a response, goes to a relay thread once this much of it went
 * through the event loop: small ones never pay the hand-over (two messages between threads,
 * about 0.1 ms).
 */
export const RELAY_AFTER_BYTES = 1024 * 1024;

/** One proxied connection as the endpoint's `close` sees it. */
interface Connection {
  /** Cuts the connection; resolves once its sockets are destroyed (a relayed body stops first). */
  cut(): Promise<void>;
}

export async function startEngineProxy(options: EngineProxyOptions): Promise<EngineProxy> {
  const connections = new Set<Connection>();
  const target =
    'socketPath' in options.upstream ? { path: options.upstream.socketPath } : options.upstream;
  const labelled = { container: 0, network: 0, volume: 0 };
  const unlabelled: UnlabelledCreate[] = [];
  const relayThreads = options.relayThreads ?? DEFAULT_RELAY_THREADS;
  const relays = options.relays ?? (relayThreads > 0 ? new BodyRelays(relayThreads) : undefined);
  const ownRelays = options.relays === undefined;
  const relayed: Relayed = {
    bytes: 0,
    responseBytes: 0,
    handOvers: 0,
    running: 0,
    get threads() {
      return relays?.threads ?? 0;
    },
  };
  const context: ConnectionContext = {
    options,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY,
    onLabelled: (what) => labelled[what]++,
    onUnlabelled: (u) => unlabelled.push(u),
    relayed,
    relays,
  };
  const server: Server = createServer({ allowHalfOpen: true, pauseOnConnect: true }, (accepted) => {
    const connection = proxyConnection(context, accepted, target, () =>
      connections.delete(connection),
    );
    connections.add(connection);
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
    relayed,
    close: async () => {
      try {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        await Promise.all([...connections].map((c) => c.cut()));
        connections.clear();
        await closed;
        if (ownRelays) await context.relays?.close();
      } finally {
        rmSync(options.socketPath, { force: true });
      }
    },
  };
}

interface ConnectionContext {
  options: EngineProxyOptions;
  maxBodyBytes: number;
  onLabelled(what: LabelTarget['what']): void;
  onUnlabelled(u: UnlabelledCreate): void;
  relays: BodyRelays | undefined;
  relayed: Relayed;
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
 * A large passed-through body is handed to a relay thread (body-relay.ts) and back; so is a
 * large response while the client sends nothing (between requests, not hijacked).
 */
function proxyConnection(
  context: ConnectionContext,
  accepted: Socket,
  target: NetConnectOpts,
  onClosed: () => void,
): Connection {
  let reading: Reading | undefined;
  let current: RequestHead | undefined;
  let answered = false;
  let raw = false;

  const toEngine = new ReusedBufferReads((data) => fromClient(data));
  const toClient = new ReusedBufferReads((data) => {
    answered = true;
    toClient.forward(data);
    responseSeen += data.length;
    if (responseSeen >= responseRelayAfter && mayRelayResponse()) handOverResponse();
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
  /**
   * The thread carrying a request body (to the engine) or a response (to the client) now: both
   * sockets' descriptors are its until it ends; the socket it writes to is blocking meanwhile.
   */
  let relaying: RelayRun | undefined;
  let relayingTo: 'engine' | 'client' = 'engine';
  /** Response bytes since the last request ended, and how many a thread waits for. */
  let responseSeen = 0;
  let responseRelayAfter = RELAY_AFTER_BYTES;
  /** Waiting for the relay thread's end to destroy the sockets (with this error, if any). */
  let cutAfterRelay: { error: Error | undefined } | undefined;
  let relayAfter = RELAY_AFTER_BYTES;
  /** Waiting for our last write to the engine before the hand-over. */
  let handingOver = false;
  const destroy = (error?: Error) => {
    if (relaying) {
      // Closing a descriptor the thread still uses could let it write to a reused number: the
      // thread is stopped first. Shutting the sending side of the socket it writes to ends a
      // write of its that waits on a peer that stopped reading (it fails with EPIPE).
      if (!cutAfterRelay) {
        cutAfterRelay = { error };
        relaying.stop();
        (relayingTo === 'engine' ? upstream : client).end();
      }
      return;
    }
    client.destroy();
    upstream.destroy(error);
  };
  const fail = (error: Error) => destroy(error instanceof RequestSyntaxError ? undefined : error);
  let closed = false;
  const closedPromise = new Promise<void>((resolve) => {
    const onClose = () => {
      if (closed || !client.destroyed || !upstream.destroyed) return;
      closed = true;
      onClosed();
      resolve();
    };
    client.on('close', onClose);
    upstream.on('close', onClose);
  });

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
    destroy();
  });
  client.on('error', () => destroy());
  client.on('end', () => upstream.end());

  const startRequest = (parsed: RequestHead, framing: BodyFraming): BodyUse => {
    current = parsed;
    const label = labelTarget(parsed.method, parsed.target);
    const execStart = hijackKind(parsed.method, parsed.target) === 'exec-start';
    if (!label && !execStart) {
      send(serializeHead(parsed));
      // A body that may be large (a copy or a load is chunked): a thread is started now, to be
      // running by the time the body is 1 MiB in, rather than started then and waited for.
      const large =
        framing.kind === 'chunked' ||
        (framing.kind === 'length' && framing.remaining >= RELAY_AFTER_BYTES);
      if (large && adopted) context.relays?.available();
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
    relayAfter = RELAY_AFTER_BYTES;
    responseSeen = 0;
    responseRelayAfter = RELAY_AFTER_BYTES;
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
      return;
    }
    // Only a client read through `onread` stops reading exactly when told: one read the
    // default way may leave bytes in the stream's buffer that a thread would then overtake.
    const body =
      context.relays && adopted && !relaying && !handingOver ? requests.passedBody() : undefined;
    if (body && body.bytes >= relayAfter && context.relays!.available()) handOver();
  }

  /**
   * Gives the body's next bytes to a relay thread: once neither socket is read here and no
   * write of ours to the engine is pending, the engine's socket is made blocking (the thread's
   * writes wait in the kernel instead of failing with EAGAIN) and both descriptors are the
   * thread's until it answers.
   */
  function handOver(): void {
    handingOver = true;
    toClient.hold(() => undefined);
    toEngine.hold(() => {
      handingOver = false;
      if (client.destroyed || upstream.destroyed) return;
      const body = requests.passedBody();
      const from = descriptor(client);
      const to = descriptor(upstream);
      const blocking = to === undefined ? undefined : setBlocking(upstream, true);
      const run =
        body && from !== undefined && to !== undefined && blocking === 0
          ? context.relays?.start({ from, to, position: body.position })
          : undefined;
      if (!run) {
        if (blocking === 0) setBlocking(upstream, false);
        relayAfter = (body?.bytes ?? 0) + RELAY_AFTER_BYTES;
        goOn();
        return;
      }
      startRelay(run, 'engine');
    });
  }

  /**
   * A response goes on through a thread only while the client has nothing of its own in
   * flight (between requests, not hijacked): the thread's writes to it wait in the kernel, and
   * the client is not read meanwhile, so a client that reads only after it sent all would
   * otherwise wait on the endpoint while the endpoint waits on it.
   */
  function mayRelayResponse(): boolean {
    return (
      context.relays !== undefined &&
      adopted !== undefined &&
      !relaying &&
      !handingOver &&
      !raw &&
      requests.idle &&
      context.relays.available()
    );
  }

  /** Gives the response's next bytes to a relay thread, as `handOver` does a request body. */
  function handOverResponse(): void {
    handingOver = true;
    toEngine.hold(() => undefined);
    toClient.hold(() => {
      handingOver = false;
      if (client.destroyed || upstream.destroyed) return;
      const from = descriptor(upstream);
      const to = descriptor(client);
      const blocking = to === undefined ? undefined : setBlocking(client, true);
      const run =
        from !== undefined && to !== undefined && blocking === 0
          ? context.relays?.start({ from, to, position: { kind: 'stream' } })
          : undefined;
      if (!run) {
        if (blocking === 0) setBlocking(client, false);
        responseRelayAfter = responseSeen + RELAY_AFTER_BYTES;
        goOn();
        return;
      }
      startRelay(run, 'client');
    });
  }

  function startRelay(run: RelayRun, to: 'engine' | 'client'): void {
    relaying = run;
    relayingTo = to;
    context.relayed.handOvers++;
    context.relayed.running++;
    run.ended.then(
      (end) => relayEnded(end),
      (error: Error) => relayEnded(undefined, error),
    );
  }

  function relayEnded(end: RelayEnd | undefined, error?: Error): void {
    relaying = undefined;
    context.relayed.running--;
    const wroteEngine = relayingTo === 'engine';
    if (wroteEngine) context.relayed.bytes += end?.bytes ?? 0;
    else context.relayed.responseBytes += end?.bytes ?? 0;
    setBlocking(wroteEngine ? upstream : client, false);
    if (cutAfterRelay || !end || end.why === 'stopped' || end.why === 'write-failed') {
      // A client that went away is no error of the endpoint's.
      const why =
        error ??
        (end?.why === 'write-failed' && wroteEngine
          ? new Error(`write to the engine: ${end.code}`)
          : undefined);
      destroy(cutAfterRelay?.error ?? why);
      return;
    }
    if (end.why === 'bad-body') {
      fail(new RequestSyntaxError(end.message));
      return;
    }
    if (end.position.kind === 'stream') {
      // Paused: the engine had nothing more just then.
      responseSeen += end.bytes;
      responseRelayAfter = responseSeen + againAfter(end.bytes);
      goOn();
      return;
    }
    requests.continueBody(end.position, end.bytes);
    // Paused: the client had sent nothing yet; the event loop waits for its next bytes.
    const body = requests.passedBody();
    if (body) relayAfter = body.bytes + againAfter(end.bytes);
    if (end.why === 'done' && end.rest.length > 0)
      fromClient(Buffer.from(end.rest.buffer, end.rest.byteOffset, end.rest.length));
    if (!relaying) goOn();
  }

  function goOn(): void {
    if (client.destroyed || upstream.destroyed) return;
    toEngine.release();
    toClient.release();
  }

  return {
    cut: () => {
      destroy();
      return closedPromise;
    },
  };
}

/**
 * How much more goes through the event loop before a thread takes bytes it gave back idle:
 * after a bulk copy (a MiB or more) none, as the hand-over costs less than one read there;
 * after a trickle (a log followed, a slow upload) another MiB, not a hand-over per read.
 */
function againAfter(carried: number): number {
  return carried >= RELAY_AFTER_BYTES ? 0 : RELAY_AFTER_BYTES;
}

type HandleWithFd = { _handle?: { fd?: unknown; setBlocking?: (on: boolean) => number } | null };

/** A socket's file descriptor, when Node has one for it. */
function descriptor(socket: Socket): number | undefined {
  const fd = (socket as unknown as HandleWithFd)._handle?.fd;
  return typeof fd === 'number' && fd >= 0 ? fd : undefined;
}

/** Sets or clears a socket's blocking mode; 0 when done, else an error number (or -1 when it has no handle). */
function setBlocking(socket: Socket, on: boolean): number {
  const handle = (socket as unknown as HandleWithFd)._handle;
  return typeof handle?.setBlocking === 'function' ? handle.setBlocking(on) : -1;
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

/**
 * Sends a held create with the labels stamped. A body the proxy cannot label is not sent: the
 * engine reads some bodies JSON.parse refuses (it decodes the first JSON value and ignores what
 * follows), so such a body could carry labels claiming another run or unit; the request is cut.
 */
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
  // An overflowing body was not kept; one that could not be labelled must not reach the engine.
  if (!stamped.ok) throw new RequestSyntaxError(`create not labelled: ${stamped.why}`);
  const out = stamped.body;
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
