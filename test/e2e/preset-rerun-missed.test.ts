// A rerun (`--resume`, `--retries`) whose selection the framework misses: node:test names a test written in a shared module by that module, so the rerun runs the module and not the test. The missed test keeps its last result and the attempt fails; before, it vanished and the run passed without it.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { presetRunArgs, runCli } from '../support/cli.js';
import { readJson, suiteDir } from '../support/files.js';

/** Two test files calling one shared module's `test()`; `fail-<label>` makes that label's test fail. */
const SUITE = {
  'package.json': '{ "name": "missed", "private": true }\n',
  'test/shared.js': `const { test } = require('node:test');
const fs = require('node:fs');
const path = require('node:path');
module.exports = (label) => {
  test(label + ' shared ok', () => {});
  test(label + ' shared flips', () => {
    fs.appendFileSync(path.join(__dirname, '..', 'ledger.txt'), label + ' shared flips\\n');
    if (fs.existsSync(path.join(__dirname, '..', 'fail-' + label))) throw new Error('failing on purpose');
  });
};
`,
  'test/a.test.js': `const { test } = require('node:test');
require('./shared.js')('a');
test('a own', () => {});
`,
  'test/b.test.js': `const { test } = require('node:test');
require('./shared.js')('b');
test('b own', () => {});
`,
};

type Unit = {
  outcome: string;
  flaky?: boolean;
  testCases: { tests: { file: string; titles: string[]; status: string }[] };
};

describe('a test the rerun misses (node:test, a test written in a shared module)', () => {
  const run = (dir: string, report: string, options: string[]) =>
    runCli(
      presetRunArgs({
        preset: 'node',
        cwd: dir,
        stateDir: join(dir, '.testwarden'),
        report: join(dir, `${report}.json`),
        options: ['--containers', 'off', ...options],
      }),
    );
  const ledger = (dir: string) =>
    existsSync(join(dir, 'ledger.txt'))
      ? readFileSync(join(dir, 'ledger.txt'), 'utf8').split('\n').filter(Boolean)
      : [];
  const missed = (unit: Unit) =>
    unit.testCases.tests.find((t) => t.titles.join(' ') === 'a shared flips');

  it('--resume: keeps its failure and fails the run, naming it, instead of passing without it', async () => {
    const dir = suiteDir(SUITE);
    writeFileSync(join(dir, 'fail-a'), '');
    const first = await run(dir, 'first', []);
    expect(first.code, first.stdout + first.stderr).toBe(1);
    expect(missed(readJson(join(dir, 'first.json')).units[0] as Unit)).toMatchObject({
      status: 'failed',
    });

    // The test would pass now, if it ran.
    rmSync(join(dir, 'fail-a'));
    rmSync(join(dir, 'ledger.txt'));
    const resumed = await run(dir, 'resumed', ['--resume']);
    const output = resumed.stdout + resumed.stderr;
    expect(resumed.code, output).toBe(1);
    // node ran the module alone, which runs no test: the failed test did not run again.
    expect(ledger(dir)).toEqual([]);
    expect(output).toContain(
      '1 of the tests to run again did not run (test/shared.js > a shared flips)',
    );
    expect(output).toContain('exited with code 0 without running 1 of the tests');
    const unit = readJson(join(dir, 'resumed.json')).units[0] as Unit;
    expect(unit.outcome).toBe('failed');
    expect(missed(unit)).toMatchObject({ status: 'failed' });
    expect(unit.testCases.tests.filter((t) => t.status === 'failed')).toHaveLength(1);

    // A run without --resume runs every test file, and the test with them.
    const whole = await run(dir, 'whole', []);
    expect(whole.code, whole.stdout + whole.stderr).toBe(0);
    expect(ledger(dir)).toEqual(['a shared flips', 'b shared flips']);
  });

  it('--retries: the retry that misses the test is no pass, and the test is not called flaky', async () => {
    const dir = suiteDir(SUITE);
    writeFileSync(join(dir, 'fail-a'), '');
    const result = await run(dir, 'r', ['--retries', '1']);
    expect(result.code, result.stdout + result.stderr).toBe(1);
    // Run once, in the first attempt (beside b's); the retry did not run it.
    expect(ledger(dir).sort()).toEqual(['a shared flips', 'b shared flips']);
    const unit = readJson(join(dir, 'r.json')).units[0] as Unit;
    expect(unit).toMatchObject({ outcome: 'failed' });
    expect(unit.flaky ?? false).toBe(false);
    expect(missed(unit)).toMatchObject({ status: 'failed' });
  });
});
