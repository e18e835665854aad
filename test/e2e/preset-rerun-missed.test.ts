// Reruns (`--resume`, `--retries`) of node:test tests written in a shared module run them in the test file that ran them; a test the framework's selection still misses (its name changed) keeps its last result and fails the attempt, named in a warning.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { presetRunArgs, runCli } from '../support/cli.js';
import { readJson, suiteDir } from '../support/files.js';

/**
 * Two test files calling one shared module's `test()`; `fail-<label>` makes that label's test
 * fail, `flip-<label>` makes it fail once. `test/a.test.js` also has a test whose name counts its
 * runs, which a rerun by name cannot find again.
 */
const SUITE = {
  'package.json': '{ "name": "missed", "private": true }\n',
  'test/shared.js': `const { test } = require('node:test');
const fs = require('node:fs');
const path = require('node:path');
const root = path.join(__dirname, '..');
module.exports = (label) => {
  test(label + ' shared ok', () => {});
  test(label + ' shared flips', () => {
    fs.appendFileSync(path.join(root, 'ledger.txt'), label + ' shared flips\\n');
    if (fs.existsSync(path.join(root, 'fail-' + label))) throw new Error('failing on purpose');
    if (fs.existsSync(path.join(root, 'flip-' + label))) {
      fs.rmSync(path.join(root, 'flip-' + label));
      throw new Error('failing once');
    }
  });
};
`,
  'test/a.test.js': `const { test } = require('node:test');
const fs = require('node:fs');
const path = require('node:path');
require('./shared.js')('a');
test('a own', () => {});
const counter = path.join(__dirname, '..', 'runs.txt');
if (fs.existsSync(path.join(__dirname, '..', 'count-runs'))) {
  const runs = (fs.existsSync(counter) ? Number(fs.readFileSync(counter, 'utf8')) : 0) + 1;
  fs.writeFileSync(counter, String(runs));
  test('run ' + runs, () => {
    if (fs.existsSync(path.join(__dirname, '..', 'fail-run'))) throw new Error('failing on purpose');
  });
}
`,
  'test/b.test.js': `const { test } = require('node:test');
require('./shared.js')('b');
test('b own', () => {});
`,
};

type Unit = {
  outcome: string;
  flaky?: boolean;
  testCases: {
    tests: { file: string; titles: string[]; status: string; flaky?: boolean }[];
  };
};

describe('reruns of node:test tests written in a shared module', () => {
  // test/a.test.js is the first file node reports: on Node 20, which names no test's file, its
  // tests are told apart by the order of node's report even when files run side by side.
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
  const shared = (unit: Unit) =>
    unit.testCases.tests.find((t) => t.titles.join(' ') === 'a shared flips');

  it('--resume: runs the failed test again alone, in the test file that ran it', async () => {
    const dir = suiteDir(SUITE);
    writeFileSync(join(dir, 'fail-a'), '');
    const first = await run(dir, 'first', []);
    expect(first.code, first.stdout + first.stderr).toBe(1);
    expect(shared(readJson(join(dir, 'first.json')).units[0] as Unit)).toMatchObject({
      file: 'test/a.test.js',
      status: 'failed',
    });

    rmSync(join(dir, 'fail-a'));
    rmSync(join(dir, 'ledger.txt'));
    const resumed = await run(dir, 'resumed', ['--resume']);
    const output = resumed.stdout + resumed.stderr;
    expect(resumed.code, output).toBe(0);
    expect(ledger(dir)).toEqual(['a shared flips']);
    expect(output).toContain('running 1 failed or unfinished test again');
    const unit = readJson(join(dir, 'resumed.json')).units[0] as Unit;
    expect(unit.outcome).toBe('passed');
    expect(shared(unit)).toMatchObject({ file: 'test/a.test.js', status: 'passed' });
    // Every test of the first run is still counted, b's namesake apart from a's.
    expect(unit.testCases.tests.filter((t) => /^[ab] shared/.test(t.titles[0]!))).toHaveLength(4);
  });

  it('--retries: retries the failed test alone and marks it flaky', async () => {
    const dir = suiteDir(SUITE);
    writeFileSync(join(dir, 'flip-a'), '');
    const result = await run(dir, 'r', ['--retries', '1']);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(ledger(dir).sort()).toEqual(['a shared flips', 'a shared flips', 'b shared flips']);
    const unit = readJson(join(dir, 'r.json')).units[0] as Unit;
    expect(unit).toMatchObject({ outcome: 'passed', flaky: true });
    expect(shared(unit)).toMatchObject({ status: 'passed', flaky: true });
  });

  it('a test the rerun misses (its name changed) keeps its failure and fails the run, named', async () => {
    const dir = suiteDir(SUITE);
    writeFileSync(join(dir, 'count-runs'), '');
    writeFileSync(join(dir, 'fail-run'), '');
    const first = await run(dir, 'first', []);
    expect(first.code, first.stdout + first.stderr).toBe(1);

    // The test would pass now, if it ran; but its name is `run 2` now, not `run 1`.
    rmSync(join(dir, 'fail-run'));
    const resumed = await run(dir, 'resumed', ['--resume']);
    const output = resumed.stdout + resumed.stderr;
    expect(resumed.code, output).toBe(1);
    expect(output).toContain('1 of the tests to run again did not run (test/a.test.js > run 1)');
    expect(output).toContain('exited with code 0 without running 1 of the tests');
    const unit = readJson(join(dir, 'resumed.json')).units[0] as Unit;
    expect(unit.outcome).toBe('failed');
    const failed = unit.testCases.tests.filter((t) => t.status === 'failed');
    expect(failed.map((t) => t.titles)).toEqual([['run 1']]);
  });

  it('--retries: the retry that misses the test is no pass, and the test is not called flaky', async () => {
    const dir = suiteDir(SUITE);
    writeFileSync(join(dir, 'count-runs'), '');
    writeFileSync(join(dir, 'fail-run'), '');
    const result = await run(dir, 'r', ['--retries', '1']);
    expect(result.code, result.stdout + result.stderr).toBe(1);
    const unit = readJson(join(dir, 'r.json')).units[0] as Unit;
    expect(unit).toMatchObject({ outcome: 'failed' });
    expect(unit.flaky ?? false).toBe(false);
    expect(unit.testCases.tests.find((t) => t.titles[0] === 'run 1')).toMatchObject({
      status: 'failed',
    });
  });
});
