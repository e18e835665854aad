// A resume of more failed tests than a command line can name (a broken build fails them all) runs their files whole instead of failing to start, through the bundled CLI with real Vitest.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from '../support/cli.js';
import { ledgerOf, readJson } from '../support/files.js';
import { tempDir } from '../support/temp-dir.js';

describe('vitest: 2,000 failed tests with long names', () => {
  it('a resume runs the files holding them, whole, and counts every test once', async () => {
    const cwd = join(FIXTURES, 'many-failures', 'vitest');
    const dir = tempDir('tw-many-failures-');
    const state = join(dir, 'state');
    const ledger = join(dir, 'ledger.txt');
    const ownTmp = join(dir, 'tmp');
    mkdirSync(ownTmp);
    const env = { FIXTURE_LEDGER: ledger, TMPDIR: ownTmp };
    const argv = (report: string, ...more: string[]) => [
      'run',
      '--preset',
      'vitest',
      '--cwd',
      cwd,
      '--state-dir',
      state,
      '--report-json',
      join(dir, report),
      '--no-watchdog',
      ...more,
    ];
    type Unit = { tests: object };

    const broken = await runCli(argv('a.json'), { env });
    expect(broken.code, broken.stdout + broken.stderr).toBe(1);
    expect((readJson(join(dir, 'a.json')).units[0] as Unit).tests).toEqual({
      passed: 1,
      failed: 2000,
      skipped: 0,
      errors: 0,
    });
    // Every test ended (Vitest reports some results before their start): none is left running.
    const checkpoint = readJson(join(state, 'checkpoint.json'));
    expect(checkpoint.tests[0].finished).toBe(true);
    expect(checkpoint.tests[0].rows).toHaveLength(2001);
    expect(readJson(join(dir, 'a.json')).units[0].testCases.unfinished).toEqual([]);
    const before = ledgerOf(ledger).length;
    expect(before).toBe(2001);

    const fixed = await runCli(argv('b.json', '--resume'), {
      env: { ...env, FIXTURE_FIXED: '1' },
    });
    expect(fixed.code, fixed.stdout + fixed.stderr).toBe(0);
    expect(fixed.stdout).toMatch(/the files of 2000 failed or unfinished tests again, whole/);
    // many.spec.ts ran again, other.spec.ts (its test passed) did not.
    expect(ledgerOf(ledger).length - before).toBe(2000);
    expect(ledgerOf(ledger).filter((l) => l === 'passes')).toHaveLength(1);
    expect((readJson(join(dir, 'b.json')).units[0] as Unit).tests).toEqual({
      passed: 2001,
      failed: 0,
      skipped: 0,
      errors: 0,
    });
  }, 240_000);
});
