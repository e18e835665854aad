// The post step takes the state dir's lock before it sweeps: a live run of another step in the same state dir is left alone with a warning; once it has ended, post sweeps as usual.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAlive, startCli } from '../../support/cli.js';
import { startStep, runJob } from '../../support/runner-emulator.js';
import { suiteDir } from '../../support/files.js';
import { waitForPid } from '../../support/wait-for.js';
import { annotations, INPUTS, NODES, useActionJobs } from './action-harness.js';
import { fixtureSuite } from './fixture-suite.js';

describe.each(NODES)('the post step and the state dir lock under %s', (_name, node) => {
  const jobs = useActionJobs(node);
  it('skips its sweep with a warning while another run holds the state dir, and sweeps after it', async () => {
    const suite = fixtureSuite(['pass-1']);
    const job = jobs.job(suite);
    const { main } = await runJob(job, INPUTS);
    expect(main.exitCode, main.stdout).toBe(0);
    const stateDir = main.state['state-dir']!;
    expect(stateDir).toBeTruthy();

    // A later step starts its own run in the same state dir and is still running at post time.
    const dir = suiteDir({
      'waits.sh': 'echo $$ > unit.pid; while [ ! -e go ]; do sleep 0.05; done',
    });
    const live = startCli([
      'run',
      '--cwd',
      dir,
      '--state-dir',
      stateDir,
      '--no-watchdog',
      '-c',
      'sh {file}',
      '*.sh',
    ]);
    try {
      const unit = await waitForPid('the unit to start', join(dir, 'unit.pid'));
      const post = await startStep('post', job, INPUTS, main.state).done;
      expect(post.exitCode, post.stdout).toBe(0);
      expect(annotations(post, 'error')).toEqual([]);
      const held = annotations(post, 'warning').map((w) => w.message);
      expect(held).toContainEqual(
        expect.stringContaining(
          `testwarden post: another testwarden run or cleanup (pid ${live.child.pid}) holds the state dir ${JSON.stringify(stateDir)}: nothing was cleaned up or marked`,
        ),
      );
      expect(post.stdout).not.toContain('nothing left running');
      expect(isAlive(unit)).toBe(true);
      expect(live.child.exitCode).toBeNull();
    } finally {
      writeFileSync(join(dir, 'go'), '');
    }
    const done = await live.done;
    expect(done.code, done.stdout).toBe(0);

    // The folder is free again: post takes the lock and sweeps.
    const again = await startStep('post', job, INPUTS, main.state).done;
    expect(again.exitCode, again.stdout).toBe(0);
    expect(again.stdout).toContain('nothing left running');
  }, 180_000);
});
