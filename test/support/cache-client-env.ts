// Sets up each test for the real @actions/cache client: a fresh local cache server, the client's environment, temp folders, and everything restored afterwards.
//
// @actions/cache reads its environment when called and globs relative paths from process.cwd(),
// so tests set process.env and chdir into a fresh workspace ("move to a machine"); Vitest's forks
// pool runs each test file in its own process, where that touches no other file's tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { startCacheServer, type CacheServer } from './cache-server.js';

export interface CacheClientEnv {
  /** This test's server. */
  readonly server: CacheServer;
  /** A folder removed after the test. */
  tempDir(prefix: string): string;
  /** A client whose calls may still run after the test: waited for before the server closes. */
  track(client: { idle(): Promise<void> }): void;
}

export function useCacheClientEnv(
  options: { slowMs?: number; showOutputOnFailure?: boolean } = {},
): CacheClientEnv {
  const originalEnv = { ...process.env };
  const originalCwd = process.cwd();
  let server: CacheServer | undefined;
  let clients: { idle(): Promise<void> }[] = [];
  let dirs: string[] = [];
  let output: string[] = [];
  let realWrite: typeof process.stdout.write;

  beforeEach(async (context) => {
    // The client prints a lot (tar commands, ::debug:: lines): keep it quiet, or show it when a test fails.
    output = [];
    realWrite = process.stdout.write;
    process.stdout.write = ((chunk: string | Uint8Array) => {
      output.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    if (options.showOutputOnFailure)
      context.onTestFailed(() => void process.stderr.write(output.join('')));
    server = await startCacheServer(options.slowMs !== undefined ? { slowMs: options.slowMs } : {});
    for (const name of ['ACTIONS_CACHE_MODE', 'ACTIONS_CACHE_URL', 'RUNNER_DEBUG'])
      delete process.env[name];
    Object.assign(process.env, server.env());
  });

  afterEach(async () => {
    // A call given up on at its deadline is still retrying: refusing makes its next attempt fail at once.
    await server!.setFault('refuse');
    await Promise.all(clients.map((client) => client.idle()));
    await server!.close();
    process.chdir(originalCwd);
    for (const name of Object.keys(process.env))
      if (!(name in originalEnv)) delete process.env[name];
    Object.assign(process.env, originalEnv);
    process.stdout.write = realWrite;
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    clients = [];
    dirs = [];
  });

  return {
    get server() {
      return server!;
    },
    tempDir(prefix) {
      const dir = mkdtempSync(join(tmpdir(), prefix));
      dirs.push(dir);
      return dir;
    },
    track(client) {
      clients.push(client);
    },
  };
}
