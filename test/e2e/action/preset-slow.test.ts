// The bundled Action with a preset and slow-timeout: the log names the test that runs too long, with its file, as the CLI does.
import { describe, expect, it } from 'vitest';
import { runJob } from '../../support/runner-emulator.js';
import { NODES, useActionJobs } from './action-harness.js';
import { frameworkSuite } from './framework-suite.js';

describe.each(NODES)('the Action with a preset and slow-timeout under %s', (_name, node) => {
  const jobs = useActionJobs(node);

  it('logs a SLOW line naming the slow test and its file', async () => {
    const suite = frameworkSuite('node-slow');
    // The test lets itself go after 4 s (two periods and a margin): the Action's run cannot be reached while it runs.
    const env = { ...jobs.job(suite).env, ...suite.env, FIXTURE_SLOW_MS: '4000' };
    const { main } = await runJob(jobs.job(suite, { env }), {
      preset: 'node',
      'slow-timeout': '1s',
      'grace-period': '1s',
    });
    expect(main.exitCode, main.stdout).toBe(0);
    expect(main.stdout).toMatch(/SLOW \[> 1\.0s\] slow > waits to be released \(slow\.test\.mjs\)/);
    expect(main.stdout).toMatch(/SLOW \[> 2\.0s\] slow > waits to be released \(slow\.test\.mjs\)/);
    expect(main.stdout).not.toMatch(/SLOW .*is quick/);
  });
});
