// The durations history through the real @actions/cache client and a local cache server: saved per branch and found from another, the split pinned per run even after the history changes, unchanged histories not saved again, and every cache problem a warning.
//
// As in cache-checkpoint-sync.test.ts, each test sets process.env for the client and "moves to a
// machine" by chdir into a fresh workspace (this file runs in its own forked process).
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ActionsCacheTimings,
  TIMINGS_CACHE_PATH,
  type ActionsCacheTimingsOptions,
} from '../../../src/action/timings-cache.js';
import { useCacheClientEnv } from '../../support/cache-client-env.js';

interface Logged {
  infos: string[];
  warnings: string[];
}

const HISTORY = {
  formatVersion: 1,
  units: { 'a.js': { durationMs: 900, runs: 1, updatedAt: new Date().toISOString() } },
};

const cache = useCacheClientEnv({});
const tempDir = (prefix: string) => cache.tempDir(prefix);

/** A job on a fresh machine: its own workspace (the current directory) and RUNNER_TEMP. */
function onNewMachine(options: Partial<ActionsCacheTimingsOptions> = {}): {
  timings: ActionsCacheTimings;
  file: string;
  log: Logged;
} {
  const workspace = tempDir('tw-timings-ws-');
  process.env['GITHUB_WORKSPACE'] = workspace;
  process.env['RUNNER_TEMP'] = tempDir('tw-timings-temp-');
  process.chdir(workspace);
  const log: Logged = { infos: [], warnings: [] };
  const file = join(workspace, TIMINGS_CACHE_PATH);
  const timings = new ActionsCacheTimings({
    os: 'linux',
    timingsKey: 'test',
    branch: 'main',
    fallbackBranches: ['main'],
    runId: '1000',
    runAttempt: 1,
    file,
    timeoutMs: 5_000,
    log: { info: (m) => log.infos.push(m), warning: (m) => log.warnings.push(m) },
    ...options,
  });
  cache.track(timings);
  return { timings, file, log };
}

function write(file: string, content: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(content));
}

const keys = () => cache.server.entries().map((e) => e.key);

describe('the durations history', () => {
  it('is saved per branch; another branch starts from the default branch, then keeps its own', async () => {
    const main = onNewMachine();
    expect(await main.timings.restoreHistory()).toMatchObject({ kind: 'none' });
    expect(main.log.warnings).toEqual([]);
    write(main.file, HISTORY);
    await main.timings.saveHistory();
    expect(keys()).toEqual([
      expect.stringMatching(/^testwarden-timings-v1-linux-test-main-1000-1-/),
    ]);

    const branch = { branch: 'feature/x', runId: '1001' };
    const feature = onNewMachine(branch);
    expect(await feature.timings.restoreHistory()).toMatchObject({
      kind: 'history',
      key: keys()[0],
    });
    expect(JSON.parse(readFileSync(feature.file, 'utf8'))).toEqual(HISTORY);
    // Restored and not changed: nothing new to save.
    await feature.timings.saveHistory();
    expect(keys()).toHaveLength(1);
    write(feature.file, { ...HISTORY, units: {} });
    await feature.timings.saveHistory();
    const own = keys().find((k) => k.includes('-feature/x-'));
    expect(own).toMatch(/^testwarden-timings-v1-linux-test-feature\/x-1001-1-/);
    expect(await onNewMachine({ ...branch, runId: '1002' }).timings.restoreHistory()).toEqual({
      kind: 'history',
      key: own,
    });
  });

  it('pins the split of a run: a re-run splits by it even after the history changed', async () => {
    const shard = onNewMachine();
    // No history: an empty one is pinned, so that a re-run does not split by a later one.
    expect(await shard.timings.restoreForShards()).toMatchObject({ kind: 'none' });
    expect(keys()).toEqual(['testwarden-split-v1-linux-test-1000']);
    expect(JSON.parse(readFileSync(shard.file, 'utf8'))).toMatchObject({ units: {} });

    const later = onNewMachine({ runId: '1001' });
    write(later.file, HISTORY);
    await later.timings.saveHistory();
    const rerun = onNewMachine({ runAttempt: 2 });
    expect(await rerun.timings.restoreForShards()).toEqual({
      kind: 'pinned',
      key: 'testwarden-split-v1-linux-test-1000',
    });
    expect(JSON.parse(readFileSync(rerun.file, 'utf8'))).toMatchObject({ units: {} });
    // A new run splits by the new history, and pins it.
    const next = onNewMachine({ runId: '1002' });
    expect(await next.timings.restoreForShards()).toMatchObject({ kind: 'history' });
    expect(JSON.parse(readFileSync(next.file, 'utf8'))).toEqual(HISTORY);
    expect(keys()).toContain('testwarden-split-v1-linux-test-1002');
  });

  it('with the cache switched off, leaves the file on disk alone and says why', async () => {
    const job = onNewMachine();
    write(job.file, HISTORY);
    process.env['ACTIONS_CACHE_MODE'] = 'none';
    expect(await job.timings.restoreForShards()).toMatchObject({ kind: 'none' });
    expect(job.log.warnings).toEqual([expect.stringContaining('ACTIONS_CACHE_MODE is "none"')]);
    expect(existsSync(job.file)).toBe(true);
    write(job.file, { ...HISTORY, units: {} });
    await job.timings.saveHistory();
    expect(job.log.warnings[1]).toMatch(/not saved as .*ACTIONS_CACHE_MODE is "none"/);
  });

  it('turns a service that refuses connections into warnings, quickly', async () => {
    const job = onNewMachine();
    await cache.server.setFault('refuse');
    const started = Date.now();
    expect(await job.timings.restoreForShards()).toMatchObject({ kind: 'none' });
    write(job.file, HISTORY);
    await job.timings.saveHistory();
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(job.log.warnings.join('\n')).toMatch(/Durations history not restored/);
    expect(job.log.warnings.join('\n')).toMatch(/could not be pinned/);
    expect(job.log.warnings.join('\n')).toMatch(/Durations history not saved/);
  });

  it('gives up on a service that answers 5xx after one deadline, not one per call', async () => {
    const job = onNewMachine({ timeoutMs: 1_000 });
    await cache.server.setFault('5xx');
    const started = Date.now();
    expect(await job.timings.restoreForShards()).toMatchObject({ kind: 'none' });
    write(job.file, HISTORY);
    await job.timings.saveHistory();
    expect(Date.now() - started).toBeLessThan(2_500);
    const warnings = job.log.warnings.join('\n');
    expect(warnings).toMatch(/no answer from the cache service within 1000 ms/);
    expect(warnings).toMatch(/not tried: the cache service failed before/);
  });
});
