// --slow-timeout with a preset, through the bundled CLI: a SLOW line names the test that runs too long (not only the framework's unit), again each period, until it ends.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, presetRunArgs, startCli } from '../support/cli.js';
import { tempDir } from '../support/temp-dir.js';
import { waitFor } from '../support/wait-for.js';

describe('--slow-timeout with a preset', () => {
  it('prints a SLOW line naming the slow test and its file, repeated each period', async () => {
    const dir = tempDir('tw-slow-');
    const run = startCli(
      presetRunArgs({
        preset: 'node',
        cwd: join(FIXTURES, 'node-slow'),
        stateDir: join(dir, 'state'),
        options: ['--slow-timeout', '1s'],
      }),
      { env: { FIXTURE_LEDGER: join(dir, 'ledger.txt') } },
    );
    try {
      const line = /SLOW {4}\[> (\d+\.\d)s\] slow > waits to be released \(slow\.test\.mjs\)/g;
      // Twice: the line comes again each period while the test runs.
      await waitFor(
        'two SLOW lines for the test',
        () => [...run.output().matchAll(line)].length >= 2,
        60_000,
      );
      const overs = [...run.output().matchAll(line)].map((m) => Number(m[1]));
      expect(overs.slice(0, 2)).toEqual([1, 2]);
      // The quick test and the suite around the slow one never get a line of their own.
      expect(run.output()).not.toMatch(/SLOW .*is quick/);
      expect(run.output()).not.toMatch(/SLOW .*\] slow \(/);
    } finally {
      writeFileSync(join(dir, 'release'), '');
    }
    const result = await run.done;
    expect(result.code, result.stdout + result.stderr).toBe(0);
    // Released: no SLOW line for it after the test ended.
    const after = result.stdout.slice(result.stdout.indexOf('PASS'));
    expect(after).not.toContain('SLOW');
  });
});
