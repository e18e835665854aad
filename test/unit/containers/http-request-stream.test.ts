// The endpoint's request reader: the same requests, bodies and raw bytes whatever the read boundaries (a head, a chunk-size line or the end of a body split at every offset), and bodies passed on as views of the read, never copied.
import { describe, expect, it } from 'vitest';
import { ChunkedBody } from '../../../src/core/containers/chunked-body.js';
import {
  MAX_HEAD_BYTES,
  RequestStream,
  RequestSyntaxError,
  type BodyUse,
  type RequestHead,
} from '../../../src/core/containers/http-request-stream.js';

interface Seen {
  head: string;
  wire: Buffer[];
  payload: Buffer[];
}

/** Feeds `packets` to a RequestStream and records what it reports; `hijack` names targets that go raw. */
function read(packets: Buffer[], use: (head: RequestHead) => BodyUse, hijack = new Set<string>()) {
  const seen: Seen[] = [];
  const raw: Buffer[] = [];
  const stream = new RequestStream({
    head: (head) => {
      seen.push({ head: `${head.method} ${head.target}`, wire: [], payload: [] });
      return use(head);
    },
    // Views of a read are only valid during the call (the endpoint's buffer is reused): copy.
    body: (wire) => seen.at(-1)!.wire.push(Buffer.from(wire)),
    payload: (data) => seen.at(-1)!.payload.push(Buffer.from(data)),
    end: () => hijack.has(seen.at(-1)!.head.split(' ')[1]!),
    raw: (data) => raw.push(Buffer.from(data)),
  });
  for (const packet of packets) stream.push(packet);
  return {
    requests: seen.map((s) => ({
      head: s.head,
      wire: Buffer.concat(s.wire).toString('latin1'),
      payload: Buffer.concat(s.payload).toString('latin1'),
    })),
    raw: Buffer.concat(raw).toString('latin1'),
  };
}

const passAll = (): BodyUse => ({ pass: true, read: true });

const chunkedBody =
  '5;ext=1\r\nhello\r\n1A\r\nabcdefghijklmnopqrstuvwxyz\r\n0\r\nX-Trailer: t\r\n\r\n';
/** Several requests on one kept-alive connection, each framed differently, then a hijack. */
const STREAM = [
  'GET /_ping HTTP/1.1\r\nHost: engine\r\n\r\n',
  'POST /v1.41/containers/create?name=a HTTP/1.1\r\nContent-Length: 11\r\n\r\n{"Image":1}',
  '\r\n', // a stray blank line between requests is allowed
  `PUT /v1.41/containers/x/archive?path=%2F HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n${chunkedBody}`,
  'HEAD /v1.41/containers/x/archive HTTP/1.1\r\nContent-Length: 0\r\n\r\n',
  'POST /v1.41/containers/x/attach?stream=1 HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n\r\n',
  'raw bytes\r\n\r\nGET / HTTP/1.1\r\n\r\n',
].join('');

const EXPECTED = {
  requests: [
    { head: 'GET /_ping', wire: '', payload: '' },
    { head: 'POST /v1.41/containers/create?name=a', wire: '{"Image":1}', payload: '{"Image":1}' },
    {
      head: 'PUT /v1.41/containers/x/archive?path=%2F',
      wire: chunkedBody,
      payload: 'helloabcdefghijklmnopqrstuvwxyz',
    },
    { head: 'HEAD /v1.41/containers/x/archive', wire: '', payload: '' },
    { head: 'POST /v1.41/containers/x/attach?stream=1', wire: '', payload: '' },
  ],
  raw: 'raw bytes\r\n\r\nGET / HTTP/1.1\r\n\r\n',
};
const HIJACK = new Set(['/v1.41/containers/x/attach?stream=1']);

describe('RequestStream', () => {
  const bytes = Buffer.from(STREAM, 'latin1');

  it('reads a kept-alive connection of differently framed requests in one read', () => {
    expect(read([bytes], passAll, HIJACK)).toEqual(EXPECTED);
  });

  it('reads the same when the bytes are split into two reads at every offset', () => {
    for (let at = 1; at < bytes.length; at++) {
      const got = read([bytes.subarray(0, at), bytes.subarray(at)], passAll, HIJACK);
      expect(got, `split at ${at}`).toEqual(EXPECTED);
    }
  });

  it('reads the same one byte at a time, and in three reads at every pair of offsets', () => {
    const single = [...bytes].map((b) => Buffer.from([b]));
    expect(read(single, passAll, HIJACK)).toEqual(EXPECTED);
    // Every pair of split points puts a head, a size line and a body end across two seams.
    for (let a = 1; a < bytes.length; a += 3)
      for (let b = a + 1; b < bytes.length; b += 2) {
        const parts = [bytes.subarray(0, a), bytes.subarray(a, b), bytes.subarray(b)];
        expect(read(parts, passAll, HIJACK), `split at ${a}, ${b}`).toEqual(EXPECTED);
      }
  });

  it('takes a body that ends exactly at the end of a read, and the next head with the end of a body in one read', () => {
    const first = 'POST /a HTTP/1.1\r\nContent-Length: 4\r\n\r\nbody';
    const second = 'POST /b HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nxyz\r\n0\r\n\r\n';
    const third = 'GET /c HTTP/1.1\r\n\r\n';
    const expected = [
      { head: 'POST /a', wire: 'body', payload: 'body' },
      { head: 'POST /b', wire: '3\r\nxyz\r\n0\r\n\r\n', payload: 'xyz' },
      { head: 'GET /c', wire: '', payload: '' },
    ];
    const b = (s: string) => Buffer.from(s, 'latin1');
    // Body ends at the read's end; the next read starts with a head.
    expect(read([b(first), b(second), b(third)], passAll).requests).toEqual(expected);
    // The end of one body and the whole next head (and more) in one read.
    expect(
      read([b(first.slice(0, -2)), b(first.slice(-2) + second + third)], passAll).requests,
    ).toEqual(expected);
    // A chunked body's last CRLF alone, then the next request.
    const cut = second.length - 2;
    expect(
      read([b(first + second.slice(0, cut)), b(second.slice(cut) + third)], passAll).requests,
    ).toEqual(expected);
  });

  it('passes a large body on as views of the read, not copies, and reads nothing from it unless asked', () => {
    const body = Buffer.alloc(512 * 1024, 7);
    const head = Buffer.from(`PUT /x HTTP/1.1\r\nContent-Length: ${body.length * 2}\r\n\r\n`);
    const views: Buffer[] = [];
    let payloads = 0;
    const stream = new RequestStream({
      head: () => ({ pass: true, read: false }),
      body: (wire) => views.push(wire),
      payload: () => payloads++,
      end: () => false,
      raw: () => undefined,
    });
    const first = Buffer.concat([head, body]);
    stream.push(first);
    stream.push(body);
    expect(views).toHaveLength(2);
    expect(views[0]!.buffer).toBe(first.buffer);
    expect(views[0]!.byteOffset).toBe(first.byteOffset + head.length);
    expect(views[1]).toBe(body); // a whole read of body bytes goes on as it is
    expect(payloads).toBe(0);
  });

  it('holds nothing of a body it is told not to pass', () => {
    const packets = [
      Buffer.from('POST /containers/create HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}'),
    ];
    const got = read(packets, () => ({ pass: false, read: true }));
    expect(got.requests).toEqual([{ head: 'POST /containers/create', wire: '', payload: '{}' }]);
  });

  it('refuses malformed requests with RequestSyntaxError', () => {
    const bad = [
      'NOT A REQUEST\r\n\r\n',
      'GET / HTTP/1.1\r\nno colon here\r\n\r\n',
      'POST / HTTP/1.1\r\nContent-Length: 1x\r\n\r\n',
      'POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n',
      'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n',
      'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n',
      'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n10000000000000\r\n',
      `GET / HTTP/1.1\r\nX: ${'a'.repeat(MAX_HEAD_BYTES)}`,
      `GET / HTTP/1.1\r\nX: ${'a'.repeat(MAX_HEAD_BYTES)}\r\n\r\n`,
      `POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1;${'e'.repeat(5000)}\r\n`,
    ];
    for (const text of bad)
      expect(() => read([Buffer.from(text, 'latin1')], passAll), text.slice(0, 60)).toThrow(
        RequestSyntaxError,
      );
  });
});

describe('ChunkedBody', () => {
  it('decodes the payload, accepts bare LF line ends, and stops at the end of the body', () => {
    const body = new ChunkedBody((why) => new RequestSyntaxError(why));
    const parts: string[] = [];
    const wire = Buffer.from('3\nabc\n4;x\r\ndefg\r\n0\n\nGET', 'latin1');
    const used = body.consume(wire, (d) => parts.push(d.toString('latin1')));
    expect(parts.join('')).toBe('abcdefg');
    expect(body.done).toBe(true);
    expect(wire.subarray(used).toString()).toBe('GET');
  });
});
