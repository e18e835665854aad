// Large request bodies carried by the endpoint's relay threads, against a stand-in engine on a real unix socket: bytes exact at awkward split points, the next request on the same connection read as a head, malformed framing cut, and close() never waiting on an engine that stopped reading.
import { randomBytes } from 'node:crypto';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startEngineProxy, type EngineProxy } from '../../../src/core/containers/engine-proxy.js';
import { tempDir } from '../../support/temp-dir.js';
import { waitFor } from '../../support/wait-for.js';

const MB = 1024 * 1024;
const servers: Server[] = [];
const sockets: Socket[] = [];
const proxies: EngineProxy[] = [];

afterEach(async () => {
  for (const s of sockets.splice(0)) s.destroy();
  await Promise.all(proxies.splice(0).map((p) => p.close()));
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

/** A stand-in engine: keeps every byte each connection sent (until told to stop reading). */
async function engine(path: string) {
  const received: Buffer[][] = [];
  const connections: Socket[] = [];
  const server = createServer({ allowHalfOpen: true }, (socket) => {
    const parts: Buffer[] = [];
    received.push(parts);
    connections.push(socket);
    sockets.push(socket);
    socket.on('data', (b: Buffer) => parts.push(b));
    socket.on('error', () => undefined);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(path, resolve));
  const bytes = () => received.reduce((n, parts) => n + parts.reduce((m, b) => m + b.length, 0), 0);
  const stopReading = () => connections.forEach((c) => c.pause());
  return { received, connections, bytes, stopReading };
}

async function proxyTo(upstream: string, dir: string, relayThreads?: number) {
  const proxy = await startEngineProxy({
    upstream: { socketPath: upstream },
    socketPath: join(dir, 'endpoint.sock'),
    labels: { 'testwarden.run': 'relay-test' },
    ...(relayThreads === undefined ? {} : { relayThreads }),
  });
  proxies.push(proxy);
  return proxy;
}

function connectTo(path: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = createConnection({ path, allowHalfOpen: true }, () => resolve(socket));
    socket.on('error', reject);
    sockets.push(socket);
  });
}

/** Writes and waits until the kernel took it (so pauses between writes are real). */
function write(socket: Socket, data: Buffer): Promise<void> {
  return new Promise((resolve, reject) => socket.write(data, (e) => (e ? reject(e) : resolve())));
}

/**
 * Sends pieces of a body (from `piece`) until a relay thread took it: a thread is started when a
 * body is 1 MiB in, and takes the body at the first read after it runs.
 */
async function sendUntilHandedOver(client: Socket, proxy: EngineProxy, piece: () => Buffer) {
  await waitFor('a relay thread to take the body', async () => {
    await write(client, piece());
    return proxy.relayed.running > 0;
  });
}

const head = (lines: string[]) => Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1');

/** A chunked body in chunks of uneven sizes (some with extensions), `total` payload bytes. */
function chunkedBody(total: number): Buffer {
  const sizes = [1, 7, 4095, 4096, 65_537, 100_003, 262_144, 262_145, 3];
  const parts: Buffer[] = [];
  let left = total;
  for (let i = 0; left > 0; i++) {
    const size = Math.min(sizes[i % sizes.length]!, left);
    left -= size;
    const ext = i % 5 === 0 ? ';name=value' : '';
    parts.push(Buffer.from(`${size.toString(16)}${ext}\r\n`, 'latin1'), randomBytes(size));
    parts.push(Buffer.from('\r\n'));
  }
  parts.push(Buffer.from('0\r\n\r\n'));
  return Buffer.concat(parts);
}

/** The wire cut at uneven offsets that fall inside size lines, payloads and heads alike. */
function awkwardPieces(wire: Buffer): Buffer[] {
  const cuts = [1, 2, 3, 5, 11, 4093, 65_535, 131_071, 700_001, 2_000_003];
  const pieces: Buffer[] = [];
  for (let at = 0, i = 0; at < wire.length; i++) {
    const size = cuts[i % cuts.length]!;
    pieces.push(wire.subarray(at, at + size));
    at += size;
  }
  return pieces;
}

describe('large request bodies through relay threads', () => {
  for (const threads of [2, 0]) {
    it(`passes a chunked and a Content-Length body byte for byte, each followed by a request on the same connection (relay threads: ${threads})`, async () => {
      const dir = tempDir('tw-relay-');
      const fake = await engine(join(dir, 'engine.sock'));
      const proxy = await proxyTo(join(dir, 'engine.sock'), dir, threads);
      const client = await connectTo(proxy.socketPath);

      const lengthBody = randomBytes(5 * MB + 13);
      const wire = Buffer.concat([
        head([
          'PUT /v1.41/containers/x/archive?path=%2Ftmp HTTP/1.1',
          'Host: docker',
          'Transfer-Encoding: chunked',
        ]),
        chunkedBody(12 * MB + 7),
        head(['GET /_ping HTTP/1.1', 'Host: docker']),
        head([
          'PUT /v1.41/containers/x/archive?path=%2Fsrv HTTP/1.1',
          'Host: docker',
          `Content-Length: ${lengthBody.length}`,
        ]),
        lengthBody,
        head(['HEAD /v1.41/containers/x/archive?path=%2Fsrv HTTP/1.1', 'Host: docker']),
      ]);
      const pieces = awkwardPieces(wire);
      let sent = 0;
      for (const [i, piece] of pieces.entries()) {
        await write(client, piece);
        sent += piece.length;
        // Now and then let the engine take everything so far: the relay thread finds the
        // client's socket empty and gives the body back to the event loop mid-way.
        if (i % 7 === 6)
          await waitFor(`the engine to get ${sent} bytes`, () => fake.bytes() >= sent);
      }
      await waitFor('every byte at the engine', () => fake.bytes() >= wire.length);

      expect(fake.received).toHaveLength(1);
      const got = Buffer.concat(fake.received[0]!);
      expect(got.length).toBe(wire.length);
      expect(got.equals(wire)).toBe(true);
      if (threads > 0) {
        // A thread starts when the first body is 1 MiB in and takes bodies once it runs: most of
        // the Content-Length body, sent later, went through it.
        expect(proxy.relayed.bytes).toBeGreaterThan(4 * MB);
        expect(proxy.relayed.handOvers).toBeGreaterThanOrEqual(2);
        expect(proxy.relayed.running).toBe(0);
      } else expect(proxy.relayed).toEqual({ bytes: 0, handOvers: 0, running: 0 });
    }, 60_000);
  }

  it('cuts the connection on a malformed chunk line after a relay thread carried part of the body', async () => {
    const dir = tempDir('tw-relay-');
    const fake = await engine(join(dir, 'engine.sock'));
    const proxy = await proxyTo(join(dir, 'engine.sock'), dir);
    const client = await connectTo(proxy.socketPath);
    const cut = new Promise<void>((resolve) => client.on('end', () => resolve()));
    client.resume();
    await write(
      client,
      head(['PUT /v1.41/containers/x/archive?path=%2F HTTP/1.1', 'Transfer-Encoding: chunked']),
    );
    // Whole chunks (without the last one) until a thread holds the body.
    await sendUntilHandedOver(client, proxy, () => chunkedBody(256 * 1024).subarray(0, -5));
    client.write('zz-not-a-size\r\n');
    await cut;
    await waitFor('the engine connection to end', () => fake.connections[0]?.readableEnded);
    // Nothing from the malformed line on reached the engine.
    expect(Buffer.concat(fake.received[0]!).includes(Buffer.from('zz-not'))).toBe(false);
  }, 60_000);

  it('close() ends at once while a relay thread waits on an engine that stopped reading', async () => {
    const dir = tempDir('tw-relay-');
    const fake = await engine(join(dir, 'engine.sock'));
    const proxy = await proxyTo(join(dir, 'engine.sock'), dir);
    const client = await connectTo(proxy.socketPath);
    client.on('error', () => undefined);
    const length = 64 * MB;
    client.write(
      head(['PUT /v1.41/containers/x/archive?path=%2F HTTP/1.1', `Content-Length: ${length}`]),
    );
    const piece = randomBytes(256 * 1024);
    await sendUntilHandedOver(client, proxy, () => piece);
    client.write(randomBytes(16 * MB));
    // The engine's queue fills up; the thread's next write blocks in the kernel.
    fake.stopReading();
    // Stalled: the client's queue stays full while a thread holds the body, so the thread is
    // not waiting for the client: it waits in a write to the engine.
    let seen = -1;
    let same = 0;
    await waitFor('the copy to stall with the body on a thread', () => {
      const now = fake.bytes();
      same = now === seen ? same + 1 : 0;
      seen = now;
      return same >= 5 && client.writableLength > 0 && proxy.relayed.running === 1;
    });
    expect(fake.bytes()).toBeLessThan(length);
    await proxy.close();
    expect(proxy.relayed.running).toBe(0);
    proxies.splice(proxies.indexOf(proxy), 1);
    await waitFor(
      'the client connection to be cut',
      () => client.destroyed || client.readableEnded,
    );
  }, 60_000);
});
