// Test titles built from data hold control characters (a NUL, a tab): a resume after a cut run leaves the settled ones out by a name pattern that must still reach the framework's command line, through the bundled CLI with real Vitest.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, presetRunArgs, runCli, startCli } from '../support/cli.js';
import { passedRows, readJson } from '../support/files.js';
import { tempDir } from '../support/temp-dir.js';
import { waitFor } from '../support/wait-for.js';

const INPUTS = ['\0javascript:alert(1)', 'tab\there', 'escape \x1b[31m', 'plain'];

/** The titles the fixture's tests wrote to the ledger, in order (none yet: empty). */
function ledgerTitles(path: string): string[] {
  try {
    return readFileSync(path, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as string);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

describe('vitest: titles with control characters', () => {
  it('a resume after a cut run leaves out the settled tests whatever their titles hold', async () => {
    const cwd = join(FIXTURES, 'control-titles', 'vitest');
    const dir = tempDir('tw-control-titles-');
    const state = join(dir, 'state');
    const ledger = join(dir, 'ledger.txt');
    // Vitest stopped mid-run leaves its temporary files: in a folder of this test's own.
    const ownTmp = join(dir, 'tmp');
    mkdirSync(ownTmp);
    const env = { FIXTURE_LEDGER: ledger, TMPDIR: ownTmp };
    const argv = (report: string, ...options: string[]) =>
      presetRunArgs({
        preset: 'vitest',
        cwd,
        stateDir: state,
        report: join(dir, report),
        options,
        frameworkArgs: ['--testTimeout=600000'],
      });

    // Cut: stopped while the last test hangs, after the four data tests are recorded as passed.
    const hung = startCli(argv('a.json'), { env: { ...env, FIXTURE_HANG: '1' } });
    await waitFor(
      'the hanging test, and the four data tests in the checkpoint',
      () => ledgerTitles(ledger).includes('hangs when asked') && passedRows(state) === 4,
      120_000,
    );
    hung.child.kill('SIGINT');
    const stopped = await hung.done;
    expect(stopped.code, stopped.stdout + stopped.stderr).toBe(130);
    expect(ledgerTitles(ledger).sort()).toEqual([...INPUTS, 'hangs when asked'].sort());

    // Resume: only the hanging test runs again; the four are carried by name.
    const before = ledgerTitles(ledger).length;
    const resumed = await runCli(argv('b.json', '--resume'), { env });
    expect(resumed.code, resumed.stdout + resumed.stderr).toBe(0);
    expect(resumed.stdout).toMatch(/without its 4 settled tests/);
    expect(ledgerTitles(ledger).slice(before)).toEqual(['hangs when asked']);
    const unit = readJson(join(dir, 'b.json')).units[0] as {
      tests: object;
      testCases: { tests: { titles: string[]; status: string }[] };
    };
    expect(unit.tests).toEqual({ passed: 5, failed: 0, skipped: 0, errors: 0 });
    expect(unit.testCases.tests.map((t) => t.titles.at(-1)).sort()).toEqual(
      [...INPUTS, 'hangs when asked'].sort(),
    );
  }, 240_000);
});
