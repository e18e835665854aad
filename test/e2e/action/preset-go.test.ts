// The bundled Action with `preset: go`: each failed test's annotation points at its file relative to the workspace (Go names it relative to the package), on the line where it failed.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runJob } from '../../support/runner-emulator.js';
import { annotations, NODES, useActionJobs } from './action-harness.js';
import { frameworkSuite } from './framework-suite.js';

describe.each(NODES)('the Action with preset go under %s', (_name, node) => {
  const jobs = useActionJobs(node);

  it('annotates each failed test at its file in the workspace and its line', async () => {
    const suite = frameworkSuite('go');
    const job = jobs.job(suite, { env: { ...jobs.job(suite).env, ...suite.env } });
    try {
      const { main, post } = await runJob(job, { preset: 'go', 'grace-period': '1s' });
      expect(main.exitCode, main.stdout).toBe(1);
      const failed = annotations(main, 'error').filter((e) =>
        e.properties['title']?.startsWith('failed: '),
      );
      // Both packages have a TestFails: each annotation is in its own package's folder.
      const fails = failed.filter((e) => e.properties['title'] === 'failed: TestFails');
      expect(fails.map((e) => e.properties)).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ file: 'calc/calc_test.go', line: '39' }),
          expect.objectContaining({ file: 'strs/strs_test.go', line: '21' }),
        ]),
      );
      const calc = fails.find((e) => e.properties['file'] === 'calc/calc_test.go');
      expect(calc?.message).toContain('Add(2, 2) = 4, want 5');
      for (const e of failed) expect(e.properties['file']).toMatch(/^(calc|strs)\/\w+_test\.go$/);
      expect(main.summary).toContain('(calc/calc_test.go:39)');
      expect(post.exitCode, post.stdout).toBe(0);
    } finally {
      // Go's module cache is read-only: made writable so the suite's folder can be removed.
      spawnSync('chmod', ['-R', 'u+w', suite.dir]);
    }
  });
});
