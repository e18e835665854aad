// What the Action's end-to-end tests share: the node binaries to run dist/ with, a cache server per test, a job factory, and readers of what a step printed.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, expect } from 'vitest';
import { startCacheServer, type CacheServer } from '../../support/cache-server.js';
import { isAlive } from '../../support/cli.js';
import type { RunnerJob, StepResult } from '../../support/runner-emulator.js';
import { tempDir } from '../../support/temp-dir.js';
import type { FixtureSuite } from './fixture-suite.js';
import { noticeSkipped } from '../../support/skip-notice.js';

/** This Node (20 here), and Node 24 (what `runs.using: node24` runs) when TESTWARDEN_NODE24 names one. */
export const NODES: [string, string][] = [['node', process.execPath]];
if (process.env['TESTWARDEN_NODE24']) NODES.push(['node 24', process.env['TESTWARDEN_NODE24']]);
else noticeSkipped('runs of the Action on Node 24', 'set TESTWARDEN_NODE24 to a Node 24 binary');

export const INPUTS = { command: 'node {file}', tests: 'tests/*.cjs', 'grace-period': '1s' };

export interface ActionJobs {
  server(): CacheServer;
  runId(): number;
  /** A job of this test's run on a fresh runner: a new checkout of the suite and a new RUNNER_TEMP. */
  job(suite: Pick<FixtureSuite, 'checkout' | 'dir'>, overrides?: Partial<RunnerJob>): RunnerJob;
}

/** Registers a cache server and a new run id per test. */
export function useActionJobs(node: string): ActionJobs {
  let server: CacheServer | undefined;
  let runId = 1000;
  beforeEach(async () => {
    server = await startCacheServer();
    runId++;
  });
  afterEach(async () => {
    await server?.close();
  });
  const current = () => server ?? expect.unreachable('no cache server');
  return {
    server: current,
    runId: () => runId,
    job: (suite, overrides = {}) => ({
      runId: String(runId),
      attempt: 1,
      job: 'ci',
      workspace: suite.checkout(),
      runnerTemp: tempDir('tw-runner-temp-'),
      env: { ...current().env(), FIXTURE_DIR: suite.dir },
      node,
      ...overrides,
    }),
  };
}

export function annotations(step: StepResult, command: 'error' | 'warning') {
  return step.commands.filter((c) => c.command === command);
}

export function expectNothingLeft(suite: FixtureSuite, files: readonly string[]): void {
  for (const file of files) expect(isAlive(suite.pid(file)), `${file} still alive`).toBe(false);
}

/** Machine memory in use now, as the core's monitor sees it without a cgroup limit. */
export function memoryInUse(): { percent: number; totalBytes: number } {
  const info = readFileSync('/proc/meminfo', 'utf8');
  const kb = (name: string) =>
    Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(info)?.[1]) * 1024;
  const total = kb('MemTotal');
  return { percent: ((total - kb('MemAvailable')) / total) * 100, totalBytes: total };
}
