// The proxy's byte path on real unix sockets: an accepted connection is taken over to read into a reused buffer, and a slow reader on the far side never gets overwritten bytes.
import { createHash, randomBytes } from 'node:crypto';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  adoptAccepted,
  connectReusing,
  READ_BUFFER_BYTES,
  ReusedBufferReads,
} from '../../../src/core/containers/socket-reads.js';
import { tempDir } from '../../support/temp-dir.js';

const servers: Server[] = [];
const sockets: Socket[] = [];

afterEach(async () => {
  for (const s of sockets.splice(0)) s.destroy();
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

function listen(path: string, onConnection: (socket: Socket) => void, pause = false) {
  const server = createServer({ allowHalfOpen: true, pauseOnConnect: pause }, onConnection);
  servers.push(server);
  return new Promise<void>((resolve) => server.listen(path, resolve));
}

const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** Reads everything a socket sends, pausing for `pauseMs` every few reads (a slow consumer). */
function slowCollect(socket: Socket, pauseMs: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    let reads = 0;
    socket.on('data', (b: Buffer) => {
      parts.push(b);
      if (++reads % 8 === 0) {
        socket.pause();
        setTimeout(() => socket.resume(), pauseMs);
      }
    });
    socket.on('end', () => resolve(Buffer.concat(parts)));
    socket.on('error', reject);
  });
}

describe('reads into a reused buffer', () => {
  it('relays 24 MB each way between an adopted accepted socket and a connected one, intact, to slow readers', async () => {
    const dir = tempDir('tw-socket-reads-');
    const upPath = join(dir, 'up.sock');
    const proxyPath = join(dir, 'proxy.sock');
    const toUp = randomBytes(24 * 1024 * 1024);
    const toClient = randomBytes(24 * 1024 * 1024);
    // The far end: sends its 24 MB at once and collects the other 24 MB slowly.
    let atUp!: Promise<Buffer>;
    let connected!: () => void;
    const upConnected = new Promise<void>((resolve) => (connected = resolve));
    await listen(upPath, (s) => {
      sockets.push(s);
      atUp = slowCollect(s, 5);
      s.end(toClient);
      connected();
    });
    let adopted: Socket | undefined;
    await listen(
      proxyPath,
      (accepted) => {
        const inbound = new ReusedBufferReads((data) => inbound.forward(data));
        const outbound = new ReusedBufferReads((data) => outbound.forward(data));
        const upstream = connectReusing({ path: upPath }, outbound);
        adopted = adoptAccepted(accepted, inbound);
        const client = adopted ?? accepted;
        sockets.push(client, upstream);
        inbound.bind(client, upstream);
        outbound.bind(upstream, client);
        client.on('end', () => upstream.end());
        upstream.on('end', () => client.end());
        client.resume();
      },
      true,
    );
    const client = createConnection({ path: proxyPath, allowHalfOpen: true });
    sockets.push(client);
    const clientGot = slowCollect(client, 5);
    client.end(toUp);
    await upConnected;
    const [atClient, up] = await Promise.all([clientGot, atUp]);
    // On this Node the accepted socket is taken over (the fast path is the one tested).
    expect(adopted).toBeDefined();
    expect(atClient.length).toBe(toClient.length);
    expect(sha(atClient)).toBe(sha(toClient));
    expect(up.length).toBe(toUp.length);
    expect(sha(up)).toBe(sha(toUp));
  }, 60_000);

  it('hands each read to the callback as a view of one buffer of READ_BUFFER_BYTES', async () => {
    const dir = tempDir('tw-socket-reads-');
    const path = join(dir, 'src.sock');
    const data = randomBytes(4 * 1024 * 1024);
    await listen(path, (s) => {
      sockets.push(s);
      s.end(data);
    });
    const buffers = new Set<ArrayBuffer>();
    const parts: Buffer[] = [];
    const reads = new ReusedBufferReads((chunk) => {
      buffers.add(chunk.buffer as ArrayBuffer);
      expect(chunk.length).toBeLessThanOrEqual(READ_BUFFER_BYTES);
      parts.push(Buffer.from(chunk));
    });
    const socket = connectReusing({ path }, reads);
    sockets.push(socket);
    socket.resume();
    await new Promise((r) => socket.once('end', r));
    expect(sha(Buffer.concat(parts))).toBe(sha(data));
    expect(buffers.size).toBe(1);
  });
});
