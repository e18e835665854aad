// Test counts read from real outputs: node:test's JUnit and TAP reporters, and summary lines of common runners.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countJUnit } from '../../../src/core/report/junit-counts.js';
import { countSummaryLine } from '../../../src/core/report/summary-line.js';
import { countTapInFile } from '../../../src/core/report/tap-counts.js';
import { countUnitTests } from '../../../src/core/report/unit-counts.js';
import { tempDir } from '../../support/temp-dir.js';

const SUITE = `
import test from 'node:test';
test('one', () => {});
test('two', () => {});
test('three', () => { throw new Error('boom'); });
test('four', { skip: 'not today' }, () => {});
test('group', async (t) => { await t.test('inner a', () => {}); await t.test('inner b', () => {}); });
`;

function runNodeTest(dir: string, reporterArgs: string[]): string {
  const file = join(dir, 'suite.test.mjs');
  writeFileSync(file, SUITE);
  const r = spawnSync(process.execPath, ['--test', ...reporterArgs, file], {
    cwd: dir,
    encoding: 'utf8',
  });
  return r.stdout;
}

describe('test counts', () => {
  it('reads node:test JUnit output', () => {
    const dir = tempDir();
    runNodeTest(dir, [
      '--test-reporter=junit',
      `--test-reporter-destination=${join(dir, 'j.xml')}`,
    ]);
    const counts = countJUnit(readFileSync(join(dir, 'j.xml'), 'utf8'));
    expect(counts?.failed).toBe(1);
    expect(counts?.skipped).toBe(1);
    expect(counts!.passed).toBeGreaterThanOrEqual(2);
  });

  it('reads node:test TAP output from a log with noise around it', async () => {
    const dir = tempDir();
    const tap = runNodeTest(dir, ['--test-reporter=tap']);
    const log = join(dir, 'unit.log');
    writeFileSync(log, `building...\nwarning: something on stderr\n${tap}\ndone\n`);
    // node's trailer: the group and its two subtests are three tests
    expect(await countTapInFile(log)).toEqual({ passed: 5, failed: 1, skipped: 1, errors: 0 });
  });

  it('finds no TAP in plain output', async () => {
    const dir = tempDir();
    const log = join(dir, 'unit.log');
    writeFileSync(log, 'hello\nworld\n');
    expect(await countTapInFile(log)).toBeUndefined();
  });

  it.each([
    [
      '=========== 12 passed, 1 failed, 2 skipped in 0.52s ===========',
      { passed: 12, failed: 1, skipped: 2, errors: 0 },
    ],
    [
      'Tests:       1 failed, 2 skipped, 40 passed, 43 total',
      { passed: 40, failed: 1, skipped: 2, errors: 0 },
    ],
    ['      Tests  7 passed (7)', { passed: 7, failed: 0, skipped: 0, errors: 0 }],
    [
      '  5 passing (20ms)\n  1 pending\n  2 failing',
      { passed: 5, failed: 2, skipped: 1, errors: 0 },
    ],
    ['\u001b[32m3 passed\u001b[39m', { passed: 3, failed: 0, skipped: 0, errors: 0 }],
  ])('reads the summary line %j', (text, expected) => {
    expect(countSummaryLine(text)).toEqual(expected);
  });

  it('prefers JUnit, then TAP, then a summary line, else one test per unit', async () => {
    const dir = tempDir();
    const log = join(dir, 'u.log');
    const junit = join(dir, 'missing.xml');
    writeFileSync(log, 'all good\n');
    expect(await countUnitTests({ junitPath: junit, logPath: log, passed: true })).toEqual({
      tests: { passed: 1, failed: 0, skipped: 0, errors: 0 },
      source: 'unit',
    });
    writeFileSync(log, '4 passed, 1 failed\n');
    expect((await countUnitTests({ junitPath: junit, logPath: log, passed: false })).source).toBe(
      'summary-line',
    );
    writeFileSync(log, 'TAP version 13\n1..2\nok 1 a\nok 2 b\n9 passed\n');
    expect(await countUnitTests({ junitPath: junit, logPath: log, passed: true })).toEqual({
      tests: { passed: 2, failed: 0, skipped: 0, errors: 0 },
      source: 'tap',
    });
    writeFileSync(
      junit,
      '<testsuite><testcase name="x"/><testcase name="y"><failure/></testcase></testsuite>',
    );
    expect(await countUnitTests({ junitPath: junit, logPath: log, passed: false })).toEqual({
      tests: { passed: 1, failed: 1, skipped: 0, errors: 0 },
      source: 'junit',
    });
    writeFileSync(junit, '<not junit');
    expect((await countUnitTests({ junitPath: junit, logPath: log, passed: true })).source).toBe(
      'tap',
    );
  });
});
