// A local stand-in for the GitHub Actions cache service (protocol v2) that the real @actions/cache client can save to and restore from in tests.
//
// What @actions/cache 6.3.0 does (read in node_modules/@actions/cache/lib, then tried against this server):
// - Every environment variable it uses is read when `saveCache`/`restoreCache`/`isFeatureAvailable` runs,
//   not at import: ACTIONS_CACHE_SERVICE_V2 and GITHUB_SERVER_URL (config.js: v2 only for github.com,
//   *.ghe.com, *.localhost), ACTIONS_RESULTS_URL and ACTIONS_RUNTIME_TOKEN (a new Twirp client per call),
//   ACTIONS_CACHE_MODE (config.js, checked before any archive is made), GITHUB_WORKSPACE (tar `-C`, and
//   the base that matched paths are made relative to), RUNNER_TEMP (archive folder), PATH (tar, zstd).
//   The only module-load reads are Windows tar paths (PROGRAMFILES, SYSTEMDRIVE). So tests may set
//   process.env per test, in the same process, without re-importing the client.
// - Relative `paths` are globbed from process.cwd() (@actions/glob), not from GITHUB_WORKSPACE.
// - Twirp calls: JSON with proto field names (key, restore_keys, version, size_bytes as a string);
//   answers are read with unknown fields ignored (ok, signed_upload_url, signed_download_url,
//   matched_key, entry_id, message). A non-2xx answer whose body is not JSON counts as retryable.
//   500/502/503/504 are retried: 5 attempts, sleeping 3 s, then ×1.5 with jitter (about 30 s in all),
//   and neither an option nor an environment variable of saveCache/restoreCache changes that. Network
//   errors (ECONNREFUSED, ECONNRESET, ...) are not retried. Other statuses fail at once.
// - Save: CreateCacheEntry failing (any error, including 409 for an existing key) is logged as info
//   and saveCache returns -1; so does an upload or finalize failure (logged as warning/error). It throws
//   only for invalid keys/paths, a missing ACTIONS_RUNTIME_TOKEN, or paths that match nothing.
// - Restore: a miss and a failure both return undefined (a failure is logged as warning/error).
//   Only hosts ending in .blob.core.windows.net are downloaded with the Azure SDK or ranged requests;
//   here the download is one plain GET whose Content-Length is checked.
// - Upload always goes through the Azure SDK (BlockBlobClient.uploadFile): one `PUT` with
//   `x-ms-blob-type: BlockBlob` up to 128 MiB, else `PUT ?comp=block&blockid=` (64 MiB blocks) and
//   `PUT ?comp=blocklist` (XML); every one must be answered 201. The SDK retries network errors and
//   5xx itself (4 tries), which is why faults here apply to the Twirp calls.
// - ACTIONS_CACHE_MODE (none|read|write|write-only) is honoured by the client itself: restore returns
//   undefined unless read|write, save returns -1 unless write|write-only; unknown values allow both.
// - The cache version hashes the `paths` strings as given plus the compression method ("zstd-without-long"
//   when `zstd` runs, else "gzip"), so an entry saved with zstd is invisible to a client without it.
import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type CacheFault = 'none' | '5xx' | 'slow' | 'refuse';

export interface CacheServerOptions {
  /** How long the 'slow' fault holds each answer back. Default 2000 ms. */
  slowMs?: number;
  /** The bearer token the Twirp calls must carry. Default: a random one. */
  token?: string;
}

export interface CacheEntryInfo {
  key: string;
  version: string;
  size: number;
  createdAt: number;
}

export interface CacheRequest {
  method: string;
  /** Path without the query, e.g. `/twirp/.../CreateCacheEntry` or `/blob/<id>`. */
  path: string;
  query: string;
  status: number;
}

export interface CacheServer {
  /** Base URL with a trailing slash, as ACTIONS_RESULTS_URL is on a runner. */
  url: string;
  /** The variables that make @actions/cache use this server through protocol v2. */
  env(): Record<string, string>;
  /** Finalized entries, oldest first. */
  entries(): CacheEntryInfo[];
  /** Every request answered so far, in order. */
  requests(): CacheRequest[];
  setFault(fault: CacheFault): Promise<void>;
  close(): Promise<void>;
}

interface Entry extends CacheEntryInfo {
  id: number;
  blobId: string;
  blocks: Map<string, Buffer>;
  data: Buffer | undefined;
  finalized: boolean;
}

const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.CacheService/';

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function startCacheServer(options: CacheServerOptions = {}): Promise<CacheServer> {
  const slowMs = options.slowMs ?? 2000;
  const token = options.token ?? randomUUID();
  const entries: Entry[] = [];
  const log: CacheRequest[] = [];
  const sockets = new Set<Socket>();
  let fault: CacheFault = 'none';
  let nextId = 1;
  let lastCreatedAt = 0;

  const server: Server = createServer((req, res) => {
    void handle(req, res);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await listen(server, 0);
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const parsed = new URL(req.url ?? '/', url);
    const record = (status: number): void => {
      log.push({ method: req.method ?? '', path: parsed.pathname, query: parsed.search, status });
    };
    try {
      const body = await readBody(req);
      if (fault === 'slow') await delay(slowMs);
      if (parsed.pathname.startsWith(TWIRP_PREFIX) && req.method === 'POST') {
        if (fault === '5xx') throw new HttpError(500, 'internal', 'injected fault: 5xx');
        checkToken(req);
        const answer = twirp(parsed.pathname.slice(TWIRP_PREFIX.length), parseJson(body));
        send(res, 200, { 'Content-Type': 'application/json' }, JSON.stringify(answer));
      } else if (parsed.pathname.startsWith('/blob/')) {
        blob(req, res, parsed, body);
      } else {
        throw new HttpError(404, 'bad_route', `no route for ${req.method} ${parsed.pathname}`);
      }
    } catch (error) {
      const e = error instanceof HttpError ? error : new HttpError(500, 'internal', String(error));
      send(
        res,
        e.status,
        { 'Content-Type': 'application/json' },
        JSON.stringify({ code: e.code, msg: e.message }),
      );
    }
    record(res.statusCode);
  }

  function checkToken(req: IncomingMessage): void {
    if (req.headers.authorization !== `Bearer ${token}`) {
      throw new HttpError(401, 'unauthenticated', 'missing or wrong bearer token');
    }
  }

  function twirp(method: string, request: Record<string, unknown>): Record<string, unknown> {
    const key = stringField(request, 'key');
    const version = stringField(request, 'version');
    switch (method) {
      case 'CreateCacheEntry': {
        if (entries.some((e) => e.key === key && e.version === version)) {
          throw new HttpError(
            409,
            'already_exists',
            `cache entry with key ${key} and version ${version} already exists`,
          );
        }
        // Strictly increasing, so "newest first" is well defined even within one millisecond.
        lastCreatedAt = Math.max(Date.now(), lastCreatedAt + 1);
        const entry: Entry = {
          id: nextId++,
          key,
          version,
          size: 0,
          createdAt: lastCreatedAt,
          blobId: randomUUID(),
          blocks: new Map(),
          data: undefined,
          finalized: false,
        };
        entries.push(entry);
        return { ok: true, signed_upload_url: `${url}blob/${entry.blobId}` };
      }
      case 'FinalizeCacheEntryUpload': {
        const entry = entries.find((e) => e.key === key && e.version === version && !e.finalized);
        if (!entry?.data) return { ok: false, message: `no upload to finalize for key ${key}` };
        const size = Number(request['size_bytes'] ?? 0);
        if (size !== entry.data.length) {
          return {
            ok: false,
            message: `size_bytes ${size} does not match the ${entry.data.length} bytes uploaded`,
          };
        }
        entry.size = size;
        entry.finalized = true;
        return { ok: true, entry_id: String(entry.id) };
      }
      case 'GetCacheEntryDownloadURL': {
        const restoreKeys = Array.isArray(request['restore_keys'])
          ? (request['restore_keys'] as unknown[])
          : [];
        const candidates = entries.filter((e) => e.finalized && e.version === version);
        const newestFirst = [...candidates].sort((a, b) => b.createdAt - a.createdAt);
        let match = candidates.find((e) => e.key === key);
        for (const prefix of restoreKeys) {
          if (match) break;
          if (typeof prefix === 'string') match = newestFirst.find((e) => e.key.startsWith(prefix));
        }
        if (!match) return { ok: false };
        return {
          ok: true,
          signed_download_url: `${url}blob/${match.blobId}`,
          matched_key: match.key,
        };
      }
      default:
        throw new HttpError(404, 'bad_route', `unknown method ${method}`);
    }
  }

  function blob(req: IncomingMessage, res: ServerResponse, parsed: URL, body: Buffer): void {
    const entry = entries.find((e) => e.blobId === parsed.pathname.slice('/blob/'.length));
    if (!entry) throw new HttpError(404, 'not_found', 'no such blob');
    const common = {
      'x-ms-request-id': randomUUID(),
      'x-ms-version': String(req.headers['x-ms-version'] ?? '2025-01-05'),
      'x-ms-client-request-id': String(req.headers['x-ms-client-request-id'] ?? ''),
      Date: new Date().toUTCString(),
    };
    if (req.method === 'GET' || req.method === 'HEAD') {
      if (!entry.finalized || !entry.data)
        throw new HttpError(404, 'not_found', 'blob not committed');
      sendRange(req, res, entry.data, common);
      return;
    }
    if (req.method !== 'PUT')
      throw new HttpError(405, 'bad_route', `${req.method} not allowed on a blob`);
    if (entry.finalized) throw new HttpError(409, 'already_exists', 'entry is finalized');
    const comp = parsed.searchParams.get('comp');
    const md5 = createHash('md5').update(body).digest('base64');
    const committed = {
      ...common,
      ETag: `"0x${entry.id.toString(16).padStart(8, '0')}${Date.now().toString(16)}"`,
      'Last-Modified': new Date().toUTCString(),
      'x-ms-request-server-encrypted': 'true',
    };
    if (comp === 'block') {
      const blockId = parsed.searchParams.get('blockid');
      if (!blockId) throw new HttpError(400, 'malformed', 'blockid missing');
      entry.blocks.set(blockId, body);
      send(res, 201, { ...common, 'Content-MD5': md5, 'x-ms-request-server-encrypted': 'true' });
    } else if (comp === 'blocklist') {
      const ids = [
        ...body.toString('utf8').matchAll(/<(Latest|Committed|Uncommitted)>([^<]*)<\/\1>/g),
      ].map((m) => m[2] ?? '');
      const parts = ids.map((id) => {
        const part = entry.blocks.get(id);
        if (!part) throw new HttpError(400, 'malformed', `block ${id} was never staged`);
        return part;
      });
      entry.data = Buffer.concat(parts);
      entry.blocks.clear();
      send(res, 201, committed);
    } else if (comp === null) {
      entry.data = body;
      send(res, 201, { ...committed, 'Content-MD5': md5 });
    } else {
      throw new HttpError(400, 'malformed', `unsupported comp=${comp}`);
    }
  }

  let shutDown = false;

  // Closing the listening socket makes new connections fail with ECONNREFUSED; destroying the open
  // ones makes requests in flight (or on kept-alive sockets) fail with ECONNRESET.
  async function stopListening(): Promise<void> {
    const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const socket of sockets) socket.destroy();
    await stopped;
  }

  async function setFault(next: CacheFault): Promise<void> {
    if (shutDown) throw new Error('setFault: the cache server is closed');
    const wasRefusing = fault === 'refuse';
    fault = next;
    if (next === 'refuse' && !wasRefusing) await stopListening();
    else if (next !== 'refuse' && wasRefusing) await listen(server, port);
  }

  return {
    url,
    env: () => ({
      ACTIONS_CACHE_SERVICE_V2: 'True',
      ACTIONS_RESULTS_URL: url,
      ACTIONS_RUNTIME_TOKEN: token,
      GITHUB_SERVER_URL: 'https://github.com',
    }),
    entries: () =>
      entries
        .filter((e) => e.finalized)
        .map(({ key, version, size, createdAt }) => ({ key, version, size, createdAt })),
    requests: () => [...log],
    setFault,
    close: async () => {
      if (shutDown) return;
      shutDown = true;
      if (fault !== 'refuse') await stopListening();
    },
  };
}

function sendRange(
  req: IncomingMessage,
  res: ServerResponse,
  data: Buffer,
  headers: Record<string, string>,
): void {
  const range = /^bytes=(\d*)-(\d*)$/.exec(String(req.headers.range ?? ''));
  let start = 0;
  let end = data.length - 1;
  let status = 200;
  if (range && (range[1] || range[2])) {
    if (range[1]) {
      start = Number(range[1]);
      if (range[2]) end = Math.min(Number(range[2]), data.length - 1);
    } else {
      start = Math.max(0, data.length - Number(range[2]));
    }
    if (start > end || start >= data.length) {
      send(res, 416, { ...headers, 'Content-Range': `bytes */${data.length}` });
      return;
    }
    status = 206;
    headers = { ...headers, 'Content-Range': `bytes ${start}-${end}/${data.length}` };
  }
  const part = data.subarray(start, end + 1);
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'application/octet-stream',
    'Content-Length': String(part.length),
    'Accept-Ranges': 'bytes',
  });
  res.end(req.method === 'HEAD' ? undefined : part);
}

function send(
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body = '',
): void {
  res.writeHead(status, { ...headers, 'Content-Length': String(Buffer.byteLength(body)) });
  res.end(body);
}

function stringField(request: Record<string, unknown>, name: string): string {
  const value = request[name];
  if (typeof value !== 'string' || value === '')
    throw new HttpError(400, 'invalid_argument', `${name} is required`);
  return value;
}

function parseJson(body: Buffer): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(body.toString('utf8'));
    if (value && typeof value === 'object' && !Array.isArray(value))
      return value as Record<string, unknown>;
  } catch {
    // Answered below.
  }
  throw new HttpError(400, 'malformed', 'the body is not a JSON object');
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
}
