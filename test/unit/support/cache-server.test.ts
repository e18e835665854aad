// The local cache server's protocol, checked directly: immutable keys, restore order, block uploads, ranges and faults.
import { createConnection } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCacheServer, type CacheServer } from '../../support/cache-server.js';

let server: CacheServer;

beforeEach(async () => {
  server = await startCacheServer({ slowMs: 300 });
});

afterEach(async () => {
  await server.close();
});

async function twirp(
  method: string,
  body: unknown,
  token = server.env()['ACTIONS_RUNTIME_TOKEN'],
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(
    `${server.url}twirp/github.actions.results.api.v1.CacheService/${method}`,
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    },
  );
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Reserves, uploads in one PUT and finalizes, as the client does for archives up to 128 MiB. */
async function store(key: string, version: string, data: string): Promise<void> {
  const created = await twirp('CreateCacheEntry', { key, version });
  expect(created.body['ok']).toBe(true);
  const put = await fetch(String(created.body['signed_upload_url']), {
    method: 'PUT',
    headers: { 'x-ms-blob-type': 'BlockBlob' },
    body: data,
  });
  expect(put.status).toBe(201);
  const finalized = await twirp('FinalizeCacheEntryUpload', {
    key,
    version,
    size_bytes: String(Buffer.byteLength(data)),
  });
  expect(finalized.body).toMatchObject({ ok: true, entry_id: expect.stringMatching(/^\d+$/) });
}

/** Opens a new TCP connection (fetch may reuse a pooled one) and reports how that went. */
function connect(url: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = createConnection(Number(new URL(url).port), '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

async function lookup(
  key: string,
  restoreKeys: string[],
  version = 'v1',
): Promise<Record<string, unknown>> {
  const answer = await twirp('GetCacheEntryDownloadURL', {
    key,
    restore_keys: restoreKeys,
    version,
  });
  expect(answer.status).toBe(200);
  return answer.body;
}

describe('cache server', () => {
  it('keeps keys immutable: a second CreateCacheEntry for the same key and version is refused', async () => {
    await store('k-1', 'v1', 'first');
    const again = await twirp('CreateCacheEntry', { key: 'k-1', version: 'v1' });
    expect(again.status).toBe(409);
    expect(again.body['code']).toBe('already_exists');
    // Another version (other paths or compression) is another entry.
    expect((await twirp('CreateCacheEntry', { key: 'k-1', version: 'v2' })).body['ok']).toBe(true);
    expect(server.entries().map((e) => [e.key, e.version, e.size])).toEqual([['k-1', 'v1', 5]]);
  });

  it('restores the exact key first, then prefixes in the order given, newest first, same version only', async () => {
    await store('run-1-1', 'v1', 'one');
    await store('run-1-2', 'v1', 'two');
    await store('other-1', 'v1', 'other');
    await store('run-1-3', 'v2', 'other version');
    await twirp('CreateCacheEntry', { key: 'run-1-4', version: 'v1' }); // reserved, never finalized

    expect(await lookup('run-1-', ['run-1-'])).toMatchObject({ ok: true, matched_key: 'run-1-2' });
    expect(await lookup('run-1-1', ['run-1-'])).toMatchObject({ ok: true, matched_key: 'run-1-1' });
    expect(await lookup('nothing', ['none-', 'other-', 'run-'])).toMatchObject({
      ok: true,
      matched_key: 'other-1',
    });
    expect(await lookup('run-1-', ['run-1-'], 'v3')).toEqual({ ok: false });

    const hit = await lookup('run-1-', ['run-1-']);
    const download = await fetch(String(hit['signed_download_url']));
    expect(await download.text()).toBe('two');
    const tail = await fetch(String(hit['signed_download_url']), {
      headers: { Range: 'bytes=1-' },
    });
    expect(tail.status).toBe(206);
    expect(tail.headers.get('content-range')).toBe('bytes 1-2/3');
    expect(await tail.text()).toBe('wo');
  });

  it('assembles a blob uploaded in blocks in block-list order', async () => {
    const created = await twirp('CreateCacheEntry', { key: 'big', version: 'v1' });
    const url = String(created.body['signed_upload_url']);
    const ids = ['YQ==', 'Yg=='];
    // Staged out of order, as concurrent workers do; the block list decides.
    for (const [id, data] of [
      [ids[1], 'second'],
      [ids[0], 'first-'],
    ] as const) {
      const put = await fetch(`${url}?comp=block&blockid=${encodeURIComponent(id ?? '')}`, {
        method: 'PUT',
        body: data,
      });
      expect(put.status).toBe(201);
    }
    const list = `<?xml version="1.0" encoding="UTF-8"?><BlockList>${ids.map((id) => `<Latest>${id}</Latest>`).join('')}</BlockList>`;
    expect((await fetch(`${url}?comp=blocklist`, { method: 'PUT', body: list })).status).toBe(201);
    expect(
      (await twirp('FinalizeCacheEntryUpload', { key: 'big', version: 'v1', size_bytes: '12' }))
        .body['ok'],
    ).toBe(true);
    const hit = await lookup('big', []);
    expect(await (await fetch(String(hit['signed_download_url']))).text()).toBe('first-second');
  });

  it('checks the bearer token and injects faults', async () => {
    expect(
      (await twirp('GetCacheEntryDownloadURL', { key: 'k', version: 'v1' }, 'wrong')).status,
    ).toBe(401);

    await server.setFault('5xx');
    const failed = await twirp('GetCacheEntryDownloadURL', { key: 'k', version: 'v1' });
    expect(failed.status).toBe(500);
    expect(failed.body['code']).toBe('internal');

    await server.setFault('refuse');
    expect(await connect(server.url)).toBe('ECONNREFUSED');

    await server.setFault('slow');
    const started = Date.now();
    expect((await lookup('k', [])).ok).toBe(false);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);

    await server.setFault('none');
    expect(await connect(server.url)).toBe('connected');
    expect((await lookup('k', [])).ok).toBe(false);
  });
});
