// Checkpoints through the real @actions/cache client and a local cache server: a re-run gets its own run's newest checkpoint, saves are deduplicated and throttled, service trouble is a quick warning.
//
// @actions/cache reads its environment when called, so each test sets process.env (the server's
// variables, GITHUB_WORKSPACE, RUNNER_TEMP, PATH) and gets the old one back afterwards. It globs the
// relative cache path from process.cwd(), which on a runner is the workspace, so a test "moves to a
// machine" by chdir into a fresh workspace: Vitest's forks pool runs this file in its own process,
// where chdir is allowed and touches no other file's tests.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { delimiter, join, relative } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  ActionsCacheCheckpointSync,
  type ActionsCacheCheckpointSyncOptions,
} from '../../../src/action/cache-checkpoint-sync.js';
import { useCacheClientEnv } from '../../support/cache-client-env.js';
import type { SaveOutcome } from '../../../src/core/checkpoint/checkpoint-sync.js';

/** What a save outcome says to people (empty when it saved). */
const detailOf = (outcome: SaveOutcome): string => (outcome.saved ? '' : outcome.detail);

interface Job {
  workspace: string;
  stateDir: string;
  checkpointFile: string;
}

interface Logged {
  infos: string[];
  warnings: string[];
}

const ORIGINAL_ENV = { ...process.env };
const HAS_ZSTD = spawnSync('zstd', ['--version']).status === 0;

const cache = useCacheClientEnv({ slowMs: 10_000, showOutputOnFailure: true });
const tempDir = (prefix: string) => cache.tempDir(prefix);

/** A fresh checkout on a fresh machine: its own workspace and RUNNER_TEMP, and the current directory. */
function newJob(): Job {
  const workspace = tempDir('tw-cache-ws-');
  const stateDir = join(workspace, '.testwarden');
  mkdirSync(stateDir);
  process.env['GITHUB_WORKSPACE'] = workspace;
  process.env['RUNNER_TEMP'] = tempDir('tw-cache-temp-');
  process.chdir(workspace);
  return { workspace, stateDir, checkpointFile: join(stateDir, 'checkpoint.json') };
}

function newSync(
  job: Job,
  options: Partial<ActionsCacheCheckpointSyncOptions> = {},
): { sync: ActionsCacheCheckpointSync; log: Logged } {
  const log: Logged = { infos: [], warnings: [] };
  const sync = new ActionsCacheCheckpointSync({
    stateDir: job.stateDir,
    checkpointFile: job.checkpointFile,
    os: 'linux',
    checkpointKey: 'unit-tests',
    runId: '1000',
    runAttempt: '1',
    log: { info: (m) => log.infos.push(m), warning: (m) => log.warnings.push(m) },
    ...options,
  });
  cache.track(sync);
  return { sync, log };
}

function writeCheckpoint(job: Job, content: unknown): void {
  writeFileSync(job.checkpointFile, JSON.stringify(content));
}

function readCheckpoint(job: Job): unknown {
  return JSON.parse(readFileSync(job.checkpointFile, 'utf8'));
}

/** PATH with tar and gzip but no zstd, as on a CI machine without zstd. */
function pathWithoutZstd(): string {
  const bin = tempDir('tw-cache-bin-');
  for (const tool of ['tar', 'gzip']) {
    const found = (ORIGINAL_ENV['PATH'] ?? '')
      .split(delimiter)
      .map((dir) => join(dir, tool))
      .find((file) => existsSync(file));
    if (!found) throw new Error(`${tool} is not on PATH`);
    symlinkSync(found, join(bin, tool));
  }
  return bin;
}

/** The version @actions/cache computes: the paths, the compression method and a salt (internal/cacheUtils.js). */
function cacheVersion(job: Job, method: string): string {
  const path = relative(job.workspace, join(job.stateDir, 'actions-cache', 'checkpoint.json'));
  return createHash('sha256').update([path, method, '1.0'].join('|')).digest('hex');
}

const COMPRESSIONS = HAS_ZSTD ? (['zstd', 'gzip'] as const) : (['gzip'] as const);

describe.each(COMPRESSIONS)('with %s', (compression) => {
  beforeEach(() => {
    if (compression === 'gzip') process.env['PATH'] = pathWithoutZstd();
  });

  it('attempt 2 restores the newest checkpoint attempt 1 saved, in a fresh workspace', async () => {
    const first = newJob();
    const { sync: attempt1 } = newSync(first);
    writeCheckpoint(first, { units: 1 });
    expect(await attempt1.save({ force: true })).toEqual({
      saved: true,
      key: 'testwarden-v1-linux-unit-tests-1000-1-1',
    });
    writeCheckpoint(first, { units: 2 });
    expect(await attempt1.save({ force: true })).toEqual({
      saved: true,
      key: 'testwarden-v1-linux-unit-tests-1000-1-2',
    });
    expect(cache.server.entries().map((e) => e.version)).toEqual([
      cacheVersion(first, compression === 'zstd' ? 'zstd-without-long' : 'gzip'),
      cacheVersion(first, compression === 'zstd' ? 'zstd-without-long' : 'gzip'),
    ]);

    const second = newJob();
    const { sync: attempt2, log } = newSync(second, { runAttempt: '2' });
    expect(existsSync(second.checkpointFile)).toBe(false);
    expect(await attempt2.restore()).toEqual({
      restored: true,
      key: 'testwarden-v1-linux-unit-tests-1000-1-2',
    });
    expect(readCheckpoint(second)).toEqual({ units: 2 });
    expect(log.warnings).toEqual([]);
  });

  it('another run restores nothing, and says so without a warning', async () => {
    const first = newJob();
    const { sync: run1 } = newSync(first, { runId: '1000' });
    writeCheckpoint(first, { units: 1 });
    expect((await run1.save({ force: true })).saved).toBe(true);

    const second = newJob();
    const { sync: run2, log } = newSync(second, { runId: '1001', runAttempt: '2' });
    const outcome = await run2.restore();
    expect(outcome.restored).toBe(false);
    expect(outcome.detail).toContain('no checkpoint of this run');
    expect(existsSync(second.checkpointFile)).toBe(false);
    expect(log.warnings).toEqual([]);
  });

  it('gives every save a new key, and uploads unchanged content once, also from another process', async () => {
    const job = newJob();
    const { sync: main } = newSync(job);
    writeCheckpoint(job, { units: 1 });
    expect((await main.save({ force: true })).key).toBe('testwarden-v1-linux-unit-tests-1000-1-1');
    const again = await main.save({ force: true });
    expect(again).toMatchObject({ saved: false, why: 'unchanged' });
    writeCheckpoint(job, { units: 2 });
    expect((await main.save({ force: true })).key).toBe('testwarden-v1-linux-unit-tests-1000-1-2');

    // The post step is a new process with the same state dir: same content, no upload; new content, next key.
    const { sync: post } = newSync(job);
    expect(detailOf(await post.save({ force: true }))).toContain(
      'unchanged since testwarden-v1-linux-unit-tests-1000-1-2',
    );
    writeCheckpoint(job, { units: 3 });
    expect((await post.save({ force: true })).key).toBe('testwarden-v1-linux-unit-tests-1000-1-3');

    expect(cache.server.entries().map((e) => e.key)).toEqual([
      'testwarden-v1-linux-unit-tests-1000-1-1',
      'testwarden-v1-linux-unit-tests-1000-1-2',
      'testwarden-v1-linux-unit-tests-1000-1-3',
    ]);
  });

  it('uploads at most once per throttle interval unless forced', async () => {
    const job = newJob();
    let now = 0;
    const { sync } = newSync(job, { throttleMs: 60_000, now: () => now });
    writeCheckpoint(job, { units: 1 });
    expect((await sync.save({ force: false })).saved).toBe(true);

    writeCheckpoint(job, { units: 2 });
    now = 30_000;
    const throttled = await sync.save({ force: false });
    expect(throttled).toMatchObject({ saved: false, why: 'throttled' });
    expect(detailOf(throttled)).toContain('one upload per 60000 ms');
    expect((await sync.save({ force: true })).saved).toBe(true);

    writeCheckpoint(job, { units: 3 });
    now = 89_999;
    expect((await sync.save({ force: false })).saved).toBe(false);
    now = 90_000;
    expect((await sync.save({ force: false })).saved).toBe(true);
    expect(cache.server.entries()).toHaveLength(3);
  });
});

describe('when the cache service misbehaves', () => {
  it('answers 5xx: save and restore give up at the deadline with a warning', async () => {
    const job = newJob();
    const { sync, log } = newSync(job, { timeoutMs: 1_000 });
    writeCheckpoint(job, { units: 1 });
    await cache.server.setFault('5xx');

    const started = Date.now();
    const saved = await sync.save({ force: true });
    expect(saved.saved).toBe(false);
    expect(detailOf(saved)).toMatch(/no answer from the cache service within 1000 ms .*\(500\)/);
    const restored = await sync.restore();
    expect(restored.restored).toBe(false);
    expect(restored.detail).toContain('within 1000 ms');
    expect(Date.now() - started).toBeLessThan(4_000);
    expect(log.warnings).toHaveLength(2);
  });

  it('refuses connections: a warning, saved false and restored false at once', async () => {
    const job = newJob();
    const { sync, log } = newSync(job);
    writeCheckpoint(job, { units: 1 });
    await cache.server.setFault('refuse');

    const started = Date.now();
    const saved = await sync.save({ force: true });
    expect(saved.saved).toBe(false);
    expect(detailOf(saved)).toContain('ECONNREFUSED');
    const restored = await sync.restore();
    expect(restored.restored).toBe(false);
    expect(restored.detail).toContain('ECONNREFUSED');
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(log.warnings).toHaveLength(2);
    expect(log.warnings[0]).toContain('not saved');
    expect(log.warnings[1]).toContain('not restored');
  });

  it('is slow: the save is given up at the deadline, and the next save after recovery uses a new key', async () => {
    const job = newJob();
    const { sync, log } = newSync(job, { timeoutMs: 1_000 });
    writeCheckpoint(job, { units: 1 });
    await cache.server.setFault('slow');
    const slow = await sync.save({ force: true });
    expect(slow.saved).toBe(false);
    expect(detailOf(slow)).toContain('within 1000 ms');
    expect(log.warnings).toHaveLength(1);

    await cache.server.setFault('none');
    const recovered = await sync.save({ force: true });
    expect(recovered).toEqual({ saved: true, key: 'testwarden-v1-linux-unit-tests-1000-1-2' });
  });

  it('warns once while saves keep failing, and again after a success', async () => {
    const job = newJob();
    const { sync, log } = newSync(job);
    await cache.server.setFault('refuse');
    for (const units of [1, 2]) {
      writeCheckpoint(job, { units });
      expect((await sync.save({ force: true })).saved).toBe(false);
    }
    expect(log.warnings).toHaveLength(1);
    await cache.server.setFault('none');
    writeCheckpoint(job, { units: 3 });
    expect((await sync.save({ force: true })).saved).toBe(true);
    await cache.server.setFault('refuse');
    writeCheckpoint(job, { units: 4 });
    expect((await sync.save({ force: true })).saved).toBe(false);
    expect(log.warnings).toHaveLength(2);
  });

  it('is not there at all: a warning, nothing thrown', async () => {
    const job = newJob();
    delete process.env['ACTIONS_RESULTS_URL'];
    const { sync, log } = newSync(job);
    writeCheckpoint(job, { units: 1 });
    expect(detailOf(await sync.save({ force: true }))).toContain('not available');
    expect((await sync.restore()).detail).toContain('not available');
    expect(log.warnings).toHaveLength(2);
    expect(cache.server.requests()).toEqual([]);
  });
});

describe('ACTIONS_CACHE_MODE', () => {
  it('none turns off both directions, read allows only restore, write-only only save', async () => {
    const job = newJob();
    writeCheckpoint(job, { units: 1 });
    expect((await newSync(job).sync.save({ force: true })).saved).toBe(true);
    const requestsBefore = cache.server.requests().length;

    process.env['ACTIONS_CACHE_MODE'] = 'none';
    const none = newSync(job);
    writeCheckpoint(job, { units: 2 });
    expect(await none.sync.save({ force: true })).toEqual({
      saved: false,
      why: 'unavailable',
      detail: 'not saved: ACTIONS_CACHE_MODE is "none"',
    });
    expect(await none.sync.restore()).toEqual({
      restored: false,
      detail: 'not restored: ACTIONS_CACHE_MODE is "none"',
    });
    expect(none.log.warnings).toHaveLength(2);
    expect(cache.server.requests()).toHaveLength(requestsBefore);

    process.env['ACTIONS_CACHE_MODE'] = 'read';
    const read = newSync(job);
    expect(detailOf(await read.sync.save({ force: true }))).toBe(
      'not saved: ACTIONS_CACHE_MODE is "read"',
    );
    expect(await read.sync.restore()).toEqual({
      restored: true,
      key: 'testwarden-v1-linux-unit-tests-1000-1-1',
    });
    expect(readCheckpoint(job)).toEqual({ units: 1 });

    process.env['ACTIONS_CACHE_MODE'] = ' Write-Only ';
    const writeOnly = newSync(job);
    expect((await writeOnly.sync.restore()).detail).toBe(
      'not restored: ACTIONS_CACHE_MODE is "write-only"',
    );
    writeCheckpoint(job, { units: 3 });
    expect(await writeOnly.sync.save({ force: true })).toEqual({
      saved: true,
      key: 'testwarden-v1-linux-unit-tests-1000-1-2',
    });
  });
});
