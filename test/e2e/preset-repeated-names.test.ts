// Tests that share a file and titles (frameworks allow it and count each) through the bundled CLI with real Jest and node:test: counted as the framework counts them, kept as separate checkpoint rows, and a resume reruns the failed one by its name.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, presetRunArgs, runCli } from '../support/cli.js';
import { ledgerOf, readJson } from '../support/files.js';
import { tempDir } from '../support/temp-dir.js';

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
  errors?: number;
}

/** The framework's own counts of the fixture, from its own report. */
const NATIVE: Record<string, (cwd: string) => Counts> = {
  jest: (cwd) => {
    const dir = tempDir('tw-repeated-native-');
    const out = join(dir, 'jest.json');
    try {
      const args = ['jest', '--ci', '--json', `--outputFile=${out}`, `--cacheDirectory=${dir}`];
      execFileSync('npx', args, {
        cwd,
        stdio: 'ignore',
      });
    } catch {
      // exits 1: a test fails
    }
    const r = readJson(out);
    return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests };
  },
  node: (cwd) => {
    let tap = '';
    try {
      execFileSync(process.execPath, ['--test', '--test-reporter=tap'], { cwd, encoding: 'utf8' });
    } catch (error) {
      tap = (error as { stdout: string }).stdout;
    }
    const trailer = (name: string) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)![1]);
    return { passed: trailer('pass'), failed: trailer('fail'), skipped: trailer('skipped') };
  },
};

describe.each(['jest', 'node'])('%s: tests with the same name', (preset) => {
  it('counts each as the framework does, and a resume reruns the failed one by its name', async () => {
    const cwd = join(FIXTURES, 'repeated-names', preset);
    const dir = tempDir(`tw-repeated-${preset}-`);
    const state = join(dir, 'state');
    const ledger = join(dir, 'ledger.txt');
    const argv = (report: string, ...options: string[]) =>
      presetRunArgs({
        preset,
        cwd,
        stateDir: state,
        report: join(dir, report),
        options,
        frameworkArgs: preset === 'jest' ? [`--cacheDirectory=${join(dir, 'cache')}`] : [],
      });
    type Unit = {
      tests: Counts;
      testCases: { tests: { titles: string[]; status: string; occurrence?: number }[] };
    };

    const native = NATIVE[preset]!(cwd);
    expect(native).toEqual({ passed: 3, failed: 1, skipped: 1 });

    const first = await runCli(argv('a.json'), { env: { FIXTURE_LEDGER: ledger } });
    expect(first.code, first.stdout + first.stderr).toBe(1);
    const a = readJson(join(dir, 'a.json')).units[0] as Unit;
    expect(a.tests).toEqual({ ...native, errors: 0 });
    expect(
      a.testCases.tests
        .filter((t) => t.titles.at(-1) === 'same name')
        .map((t) => [t.occurrence, t.status]),
    ).toEqual([
      [undefined, 'passed'],
      [2, 'failed'],
    ]);
    const document = readJson(join(state, 'checkpoint.json'));
    expect(document.tests[0].rows).toHaveLength(5);

    // Fixed: the resume reruns the tests of the failed one's name (a framework selects by name), nothing else.
    const before = ledgerOf(ledger).length;
    const resumed = await runCli(argv('b.json', '--resume'), {
      env: { FIXTURE_LEDGER: ledger, FIXTURE_FIXED: '1' },
    });
    expect(resumed.code, resumed.stdout + resumed.stderr).toBe(0);
    expect(resumed.stderr).not.toMatch(/invalid test record/);
    expect(ledgerOf(ledger).length - before).toBe(2);
    expect(readFileSync(ledger, 'utf8').split('\n').filter(Boolean).slice(before)).toEqual([
      'same name',
      'same name',
    ]);
    const b = readJson(join(dir, 'b.json')).units[0] as Unit;
    expect(b.tests).toEqual({ passed: 4, failed: 0, skipped: 1, errors: 0 });
    expect(b.testCases.tests).toHaveLength(5);
  });
});
