// The bundled Action (dist/main, dist/post) run as the runner runs it, against a local Actions-cache server: outputs, annotations, log groups, summary and cache contents of a run; a dead cache service; the e2e workflow's own suite job.
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ACTION_ROOT, runJob } from '../../support/runner-emulator.js';
import { annotations, expectNothingLeft, INPUTS, NODES, useActionJobs } from './action-harness.js';
import { fixtureSuite } from './fixture-suite.js';

describe.each(NODES)('the Action under %s', (_name, node) => {
  const jobs = useActionJobs(node);
  it('runs a mixed suite: outputs, annotations, log groups, summary, cache', async () => {
    expect(existsSync(join(ACTION_ROOT, 'dist/main/index.js')), 'run `npm run package`').toBe(true);
    const suite = fixtureSuite(['fail-1', 'leak-1', 'pass-1', 'pass-2']);
    const { main, post } = await runJob(jobs.job(suite), INPUTS);

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

    // The checkpoint under this run's keys, and the durations history under the branch's.
    const prefix = `testwarden-v1-linux-${key}-${jobs.runId()}-1-`;
    const keys = jobs
      .server()
      .entries()
      .map((e) => e.key);
    const history = `testwarden-timings-v1-linux-ci-main-${jobs.runId()}-1-`;
    expect(keys.filter((k) => !k.startsWith(prefix))).toEqual([expect.stringContaining(history)]);
    expect(keys.filter((k) => k.startsWith(prefix)).length).toBeGreaterThan(0);

    expect(post.exitCode, post.stdout).toBe(0);
    expect(annotations(post, 'error')).toEqual([]);
    expect(post.stdout).toContain('nothing left running');
    expect(post.stdout).toContain('the main step saved the final checkpoint');
    expect(post.summary).toBe('');
    expectNothingLeft(suite, ['leak-1.daemon']);
  });

  it('with the cache service down: warnings, the same result', async () => {
    const suite = fixtureSuite(['a', 'fail-b', 'c']);
    await jobs.server().setFault('refuse');
    const { main, post } = await runJob(jobs.job(suite, { attempt: 2 }), INPUTS);
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

    // No cache service at all (ACTIONS_RESULTS_URL unset): the same, with a clear warning.
    // And summary: false leaves the job summary empty, from main and from post.
    const bare = await runJob(jobs.job(suite, { env: { FIXTURE_DIR: suite.dir } }), {
      ...INPUTS,
      summary: 'false',
    });
    expect(bare.main.outputs).toMatchObject({ status: 'failed', passed: '2', failed: '1' });
    expect(
      annotations(bare.main, 'warning')
        .map((w) => w.message)
        .join('\n'),
    ).toContain('the Actions cache service is not available');
    expect(bare.post.exitCode).toBe(0);
    expect(bare.main.summary + bare.post.summary).toBe('');
  });

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
    const { main, post } = await runJob(jobs.job(suite, { workspace }), step.with);
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
