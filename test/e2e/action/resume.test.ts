// The Action across attempts, run as the runner runs it: a cancelled attempt and a SIGKILLed main step resume on the re-run (a ledger outside the workspace proves what ran), a memory shutdown too, and another run's checkpoint is never used.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAlive } from '../../support/cli.js';
import { runJob } from '../../support/runner-emulator.js';
import {
  annotations,
  expectNothingLeft,
  INPUTS,
  memoryInUse,
  NODES,
  useActionJobs,
} from './action-harness.js';
import { fixtureSuite } from './fixture-suite.js';
import { waitFor } from '../../support/wait-for.js';

describe.each(NODES)('resuming under %s', (_name, node) => {
  const jobs = useActionJobs(node);
  it('a cancelled attempt resumes on the re-run: only unfinished units run again', async () => {
    const suite = fixtureSuite(['a', 'b', 'c-block', 'd']);
    suite.block(true);
    const first = await runJob(jobs.job(suite), INPUTS, async (main) => {
      await waitFor('c-block to start', () => existsSync(join(suite.dir, 'c-block.pid')));
      main.cancel();
    });
    // Ended on the runner's SIGINT alone: the runner never had to escalate to SIGTERM 7.5 s later.
    expect(first.main.signalsSent).toEqual(['SIGINT']);
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
    const second = await runJob(jobs.job(suite, { attempt: 2 }), INPUTS);
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
    const keys = jobs
      .server()
      .entries()
      .map((e) => e.key);
    expect(keys.some((k) => /-\d+-2-\d+$/.test(k))).toBe(true);
    expect(second.post.exitCode).toBe(0);
  });

  // Without the watchdog post alone sweeps; with it (the default) either may be first: what
  // matters is that nothing is left and the re-run resumes.
  it.each([
    ['post sweeps what it left', 'false'],
    ['nothing is left, with the watchdog on', 'true'],
  ])('a SIGKILLed main step: %s, and the checkpoint is saved', async (_what, watchdog) => {
    const suite = fixtureSuite(['a', 'b-block', 'c']);
    suite.block(true);
    const inputs = { ...INPUTS, watchdog };
    const { main, post } = await runJob(jobs.job(suite), inputs, async (run) => {
      await waitFor('b-block to start', () => existsSync(join(suite.dir, 'b-block.pid')));
      run.child.kill('SIGKILL');
    });
    expect(main.signal).toBe('SIGKILL');
    expect(post.exitCode, post.stdout).toBe(0);
    await waitFor(
      'the unit and its daemon to be gone',
      () => !isAlive(suite.pid('b-block.pid')) && !isAlive(suite.pid('b-block.daemon')),
      5_000,
    );
    if (watchdog === 'false') {
      expect(post.stdout).toMatch(/left running after the main step, removed/);
      expect(post.summary).toContain('the main step did not finish');
    }
    expect(post.summary).toContain('1 of 3 units are done');
    // The checkpoint post uploaded brings a re-run to the unit that was running.
    suite.block(false);
    const second = await runJob(jobs.job(suite, { attempt: 2 }), inputs);
    expect(second.main.outputs).toMatchObject({ status: 'passed', 'from-checkpoint': '1' });
    expect(suite.ledger()).toEqual(['a', 'b-block', 'b-block', 'c']);
  });

  it('another run id resumes nothing', async () => {
    const suite = fixtureSuite(['a', 'fail-b']);
    await runJob(jobs.job(suite), INPUTS);
    expect(suite.ledger()).toEqual(['a', 'fail-b']);
    const other = await runJob(
      jobs.job(suite, { runId: String(jobs.runId() + 5000), attempt: 2 }),
      INPUTS,
    );
    expect(other.main.outputs).toMatchObject({ resumed: 'false', 'from-checkpoint': '0' });
    expect(suite.ledger()).toEqual(['a', 'fail-b', 'a', 'fail-b']);
    // pass-runtime-env: true lets the units see the runtime token (and changes no checkpoint key).
    const same = await runJob(jobs.job(suite, { attempt: 2 }), {
      ...INPUTS,
      'pass-runtime-env': 'true',
    });
    expect(same.main.outputs).toMatchObject({ resumed: 'true', 'from-checkpoint': '1' });
    expect(suite.ledger().slice(4)).toEqual(['fail-b']);
    expect(JSON.parse(readFileSync(join(suite.dir, 'fail-b.env'), 'utf8'))).toEqual({
      token: jobs.server().env()['ACTIONS_RUNTIME_TOKEN'],
      results: jobs.server().url,
    });
  });

  it.runIf(process.platform === 'linux')(
    'a memory shutdown (exit 42) saves the checkpoint and the re-run resumes',
    async () => {
      const suite = fixtureSuite(['a', 'b-hog', 'c']);
      const { percent, totalBytes } = memoryInUse();
      const threshold = Math.min(99, Math.ceil(percent + 4));
      suite.hog(Math.ceil(((threshold - percent) / 100 + 0.04) * totalBytes));
      const inputs = { ...INPUTS, 'memory-threshold': String(threshold), 'threshold-window': '1s' };
      const first = await runJob(jobs.job(suite), inputs);
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
      const second = await runJob(jobs.job(suite, { attempt: 2 }), inputs);
      expect(second.main.outputs).toMatchObject({
        status: 'passed',
        resumed: 'true',
        'from-checkpoint': '1',
      });
      expect(suite.ledger()).toEqual(['a', 'b-hog', 'b-hog', 'c']);
    },
  );
});
