// The bundled Action (dist/main, dist/post) run as the runner runs it, against a local Actions-cache server: outputs, summary, annotations, cache contents, resume across attempts, cancel, a killed main, a dead cache; nothing left running.
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCacheServer, type CacheServer } from '../../support/cache-server.js';
import { isAlive, waitFor } from '../../support/cli.js';
import {
  ACTION_ROOT,
  runJob,
  type RunnerJob,
  type StepResult,
} from '../../support/runner-emulator.js';
import { tempDir } from '../../support/temp-dir.js';
import { fixtureSuite, type FixtureSuite } from './fixture-suite.js';

const NODES: [string, string][] = [['node', process.execPath]];
if (process.env['TESTWARDEN_NODE24']) NODES.push(['node 24', process.env['TESTWARDEN_NODE24']]);

const INPUTS = { command: 'node {file}', tests: 'tests/*.cjs', 'grace-period': '1s' };

/** Machine memory in use now, as the core's monitor sees it without a cgroup limit. */
function memoryInUse(): { percent: number; totalBytes: number } {
  const info = readFileSync('/proc/meminfo', 'utf8');
  const kb = (name: string) =>
    Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(info)?.[1]) * 1024;
  const total = kb('MemTotal');
  return { percent: ((total - kb('MemAvailable')) / total) * 100, totalBytes: total };
}

function annotations(step: StepResult, command: 'error' | 'warning') {
  return step.commands.filter((c) => c.command === command);
}

function expectNothingLeft(suite: FixtureSuite, files: readonly string[]): void {
  for (const file of files) expect(isAlive(suite.pid(file)), `${file} still alive`).toBe(false);
}

describe.each(NODES)('the Action under %s', (_name, node) => {
  let server: CacheServer;
  let runId = 1000;

  beforeEach(async () => {
    server = await startCacheServer();
    runId++;
  });
  afterEach(async () => {
    await server.close();
  });

  const job = (suite: FixtureSuite, overrides: Partial<RunnerJob> = {}): RunnerJob => ({
    runId: String(runId),
    attempt: 1,
    job: 'ci',
    workspace: suite.checkout(),
    runnerTemp: tempDir('tw-runner-temp-'),
    env: { ...server.env(), FIXTURE_DIR: suite.dir },
    node,
    ...overrides,
  });

  it('runs a mixed suite: outputs, annotations, log groups, summary, cache', async () => {
    expect(existsSync(join(ACTION_ROOT, 'dist/main/index.js')), 'run `npm run package`').toBe(true);
    const suite = fixtureSuite(['fail-1', 'leak-1', 'pass-1', 'pass-2']);
    const { main, post } = await runJob(job(suite), INPUTS);

    expect(main.exitCode, main.stdout).toBe(1);
    expect(main.outputs).toMatchObject({
      status: 'failed',
      'exit-code': '1',
      reason: '',
      resumed: 'false',
      units: '4',
      passed: '3',
      failed: '1',
      'timed-out': '0',
      skipped: '0',
      flaky: '0',
      leaked: '1',
      'from-checkpoint': '0',
      junit: '',
    });
    const key = main.outputs['checkpoint-key']!;
    expect(key).toMatch(/^ci-0-[0-9a-f]{8}$/);
    const report = JSON.parse(readFileSync(main.outputs['report-json']!, 'utf8'));
    expect(report.totals).toMatchObject({ units: 4, failed: 1, leaked: 1 });

    // One error per failed unit, pointing at its file; the unit's own "::error::" stayed text.
    const errors = annotations(main, 'error');
    expect(errors.map((e) => e.properties['file'])).toEqual(['tests/fail-1.cjs', undefined]);
    expect(errors[0]!.message).toContain('AssertionError: expected 1 to equal 2');
    expect(errors[1]!.message).toMatch(/^1 of 4 units failed: tests\/fail-1\.cjs/);
    expect(main.commands.some((c) => c.message === 'injected by a test')).toBe(false);
    expect(main.commands.some((c) => c.command === 'set-output')).toBe(false);
    expect(main.stdout).toContain('::error::injected by a test'); // printed, inside stop-commands
    const leaks = annotations(main, 'warning').filter((w) =>
      w.properties['title']?.includes('leaked'),
    );
    expect(leaks.map((w) => w.properties['file'])).toEqual(['tests/leak-1.cjs']);
    const groups = main.commands.filter((c) => c.command === 'group').map((c) => c.message);
    expect(groups).toEqual([expect.stringMatching(/^✗ tests\/fail-1\.cjs: exited with code 1/)]);

    expect(main.summary).toContain('### testwarden: ❌ 1 of 4 units failed');
    expect(main.summary).toContain('AssertionError: expected 1 to equal 2');
    expect(main.summary).toContain('#### Leaks');
    expect(main.summary).toContain('#### Slowest units');
    expect(main.state).toMatchObject({ 'checkpoint-saved': 'true', 'summary-written': 'true' });

    // Units never see the runtime token or the cache service URL.
    for (const unit of ['pass-1', 'fail-1'])
      expect(JSON.parse(readFileSync(join(suite.dir, `${unit}.env`), 'utf8'))).toEqual({
        token: null,
        results: null,
      });

    const prefix = `testwarden-v1-linux-${key}-${runId}-1-`;
    expect(server.entries().length).toBeGreaterThan(0);
    expect(server.entries().every((e) => e.key.startsWith(prefix))).toBe(true);

    expect(post.exitCode, post.stdout).toBe(0);
    expect(annotations(post, 'error')).toEqual([]);
    expect(post.stdout).toContain('nothing left running');
    expect(post.stdout).toContain('the main step saved the final checkpoint');
    expect(post.summary).toBe('');
    expectNothingLeft(suite, ['leak-1.daemon']);
  });

  it('a cancelled attempt resumes on the re-run: only unfinished units run again', async () => {
    const suite = fixtureSuite(['a', 'b', 'c-block', 'd']);
    suite.block(true);
    const first = await runJob(job(suite), INPUTS, async (main) => {
      await waitFor(() => existsSync(join(suite.dir, 'c-block.pid')), 'c-block to start');
      main.cancel();
    });
    expect(first.main.durationMs).toBeLessThan(7_500);
    expect(first.main.exitCode).toBe(1);
    expect(first.main.outputs).toMatchObject({
      status: 'interrupted',
      reason: 'SIGINT',
      'exit-code': '130',
    });
    expect(first.main.summary).toContain('#### Stopped: SIGINT');
    expect(first.main.summary).toContain('2 of 4 units are done');
    expect(first.main.state['checkpoint-saved']).toBeUndefined();
    expect(first.post.exitCode).toBe(0);
    expect(first.post.stdout).toMatch(
      /checkpoint uploaded as testwarden-v1-linux-ci-0-[0-9a-f]{8}-\d+-1-\d+/,
    );
    expectNothingLeft(suite, ['c-block.pid', 'c-block.daemon']);

    suite.block(false);
    const second = await runJob(job(suite, { attempt: 2 }), INPUTS);
    expect(second.main.exitCode, second.main.stdout).toBe(0);
    expect(suite.ledger()).toEqual(['a', 'b', 'c-block', 'c-block', 'd']);
    expect(second.main.outputs).toMatchObject({
      status: 'passed',
      resumed: 'true',
      units: '4',
      passed: '4',
      'from-checkpoint': '2',
    });
    expect(second.main.summary).toContain('Resumed from attempt 1: 2 units skipped');
    const keys = server.entries().map((e) => e.key);
    expect(keys.some((k) => /-\d+-2-\d+$/.test(k))).toBe(true);
    expect(second.post.exitCode).toBe(0);
  });

  it('a SIGKILLed main step: post sweeps what it left and saves the checkpoint', async () => {
    const suite = fixtureSuite(['a', 'b-block', 'c']);
    suite.block(true);
    const { main, post } = await runJob(job(suite), INPUTS, async (run) => {
      await waitFor(() => existsSync(join(suite.dir, 'b-block.pid')), 'b-block to start');
      run.child.kill('SIGKILL');
    });
    expect(main.signal).toBe('SIGKILL');
    expect(isAlive(suite.pid('b-block.pid'))).toBe(false);
    expect(isAlive(suite.pid('b-block.daemon'))).toBe(false);
    expect(post.exitCode, post.stdout).toBe(0);
    expect(post.stdout).toMatch(/left running after the main step, removed/);
    expect(post.summary).toContain('the main step did not finish');
    expect(post.summary).toContain('1 of 3 units are done');
    // The checkpoint post uploaded brings a re-run to the unit that was running.
    suite.block(false);
    const second = await runJob(job(suite, { attempt: 2 }), INPUTS);
    expect(second.main.outputs).toMatchObject({ status: 'passed', 'from-checkpoint': '1' });
    expect(suite.ledger()).toEqual(['a', 'b-block', 'b-block', 'c']);
  });

  it('another run id resumes nothing', async () => {
    const suite = fixtureSuite(['a', 'fail-b']);
    await runJob(job(suite), INPUTS);
    expect(suite.ledger()).toEqual(['a', 'fail-b']);
    const other = await runJob(job(suite, { runId: String(runId + 5000), attempt: 2 }), INPUTS);
    expect(other.main.outputs).toMatchObject({ resumed: 'false', 'from-checkpoint': '0' });
    expect(suite.ledger()).toEqual(['a', 'fail-b', 'a', 'fail-b']);
    const same = await runJob(job(suite, { attempt: 2 }), INPUTS);
    expect(same.main.outputs).toMatchObject({ resumed: 'true', 'from-checkpoint': '1' });
    expect(suite.ledger().slice(4)).toEqual(['fail-b']);
  });

  it('with the cache service down: warnings, the same result', async () => {
    const suite = fixtureSuite(['a', 'fail-b', 'c']);
    await server.setFault('refuse');
    const { main, post } = await runJob(job(suite, { attempt: 2 }), INPUTS);
    expect(main.exitCode).toBe(1);
    expect(main.outputs).toMatchObject({ status: 'failed', units: '3', passed: '2', failed: '1' });
    const warnings = annotations(main, 'warning').map((w) => w.message);
    expect(warnings.some((w) => /Checkpoint not restored from the Actions cache/.test(w))).toBe(
      true,
    );
    expect(warnings.some((w) => /Checkpoint not saved/.test(w))).toBe(true);
    expect(post.exitCode).toBe(0);
    expect(annotations(post, 'error')).toEqual([]);
    expect(suite.ledger()).toEqual(['a', 'c', 'fail-b']);

    // No cache service at all (ACTIONS_RESULTS_URL unset): the same, with one clear warning.
    const bare = await runJob(job(suite, { env: { FIXTURE_DIR: suite.dir } }), INPUTS);
    expect(bare.main.outputs).toMatchObject({ status: 'failed', passed: '2', failed: '1' });
    expect(
      annotations(bare.main, 'warning')
        .map((w) => w.message)
        .join('\n'),
    ).toContain('the Actions cache service is not available');
    expect(bare.post.exitCode).toBe(0);
  });

  it.runIf(process.platform === 'linux')(
    'a memory shutdown (exit 42) saves the checkpoint and the re-run resumes',
    async () => {
      const suite = fixtureSuite(['a', 'b-hog', 'c']);
      const { percent, totalBytes } = memoryInUse();
      const threshold = Math.min(99, Math.ceil(percent + 4));
      suite.hog(Math.ceil(((threshold - percent) / 100 + 0.04) * totalBytes));
      const inputs = { ...INPUTS, 'memory-threshold': String(threshold), 'threshold-window': '1s' };
      const first = await runJob(job(suite), inputs);
      expect(first.main.outputs, first.main.stdout).toMatchObject({
        status: 'shutdown',
        'exit-code': '42',
        reason: 'memory',
      });
      expect(annotations(first.main, 'error').map((e) => e.message)).toContain(
        'stopped on a resource threshold (memory): re-run the job to resume',
      );
      expect(first.main.summary).toContain('#### Stopped: memory threshold');
      expect(first.main.state['checkpoint-saved']).toBe('true');
      expect(isAlive(suite.pid('b-hog.pid'))).toBe(false);

      suite.hog(undefined);
      const second = await runJob(job(suite, { attempt: 2 }), inputs);
      expect(second.main.outputs).toMatchObject({
        status: 'passed',
        resumed: 'true',
        'from-checkpoint': '1',
      });
      expect(suite.ledger()).toEqual(['a', 'b-hog', 'b-hog', 'c']);
    },
  );

  it('the suite job of .github/workflows/e2e.yml gets the outputs the workflow checks', async () => {
    const workflow = parse(readFileSync(join(ACTION_ROOT, '.github/workflows/e2e.yml'), 'utf8'));
    const step = workflow.jobs.suite.steps.find((s: { id?: string }) => s.id === 'tw');
    const suite = fixtureSuite([]);
    const workspace = suite.checkout();
    cpSync(
      join(ACTION_ROOT, 'test/e2e/action/fixtures'),
      join(workspace, 'test/e2e/action/fixtures'),
      {
        recursive: true,
      },
    );
    const { main, post } = await runJob(job(suite, { workspace }), step.with);
    expect(main.exitCode).toBe(1);
    expect(main.outputs).toMatchObject({
      status: 'failed',
      'exit-code': '1',
      units: '4',
      passed: '3',
      failed: '1',
      leaked: '1',
    });
    expect(readFileSync(main.outputs['report-json']!, 'utf8')).toContain('"version": 1');
    expect(readFileSync(main.outputs['junit']!, 'utf8')).toContain('<testsuite');
    expect(post.exitCode).toBe(0);
  });
});
