// The bundled Action with the preset input, run as the runner runs it: the framework discovers and runs its own tests in one tracked unit, with per-test results in the report and the JUnit file.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { runJob } from '../../support/runner-emulator.js';
import { annotations, NODES, useActionJobs } from './action-harness.js';
import { frameworkSuite } from './framework-suite.js';

interface PresetReport {
  units: {
    id: string;
    outcome: string;
    files?: string[];
    tests: { passed: number; failed: number; skipped: number; errors: number };
    testCases: { tests: { titles: string[]; status: string }[]; counts: Record<string, number> };
  }[];
}

const readJUnit = (path: string) =>
  new XMLParser({ ignoreAttributes: false, isArray: (n) => n === 'testcase' }).parse(
    readFileSync(path, 'utf8'),
  ).testsuites;

describe.each(NODES)('the Action with a preset under %s', (_name, node) => {
  const jobs = useActionJobs(node);

  it("pytest: preset-args reach pytest, counts and testcases are pytest's own", async () => {
    const suite = frameworkSuite('pytest');
    const job = jobs.job(suite, { env: { ...jobs.job(suite).env, ...suite.env } });
    const { main, post } = await runJob(job, {
      preset: 'pytest',
      'preset-args': '-p no:cacheprovider test_math.py',
      junit: 'junit.xml',
      'grace-period': '1s',
    });
    expect(main.exitCode, main.stdout).toBe(1);
    expect(main.outputs).toMatchObject({ status: 'failed', units: '1', failed: '1' });
    const report = JSON.parse(readFileSync(main.outputs['report-json']!, 'utf8')) as PresetReport;
    expect(report.units).toHaveLength(1);
    expect(report.units[0]!.testCases.counts).toEqual({
      passed: 5,
      failed: 1,
      skipped: 1,
      todo: 0,
      xfail: 1,
      xpass: 1,
      errors: 1,
    });
    // Only test_math.py ran: the argument reached pytest.
    expect(suite.ledger()).toContain('TestMath::test_fails');
    expect(suite.ledger()).not.toContain('test_upper');
    expect(readJUnit(join(job.workspace, 'junit.xml'))['@_tests']).toBe('10');
    expect(post.exitCode, post.stdout).toBe(0);
  });

  it('pytest with batch 1 and two jobs: a unit per file, with the counts of the whole suite', async () => {
    const suite = frameworkSuite('pytest');
    const job = jobs.job(suite, { env: { ...jobs.job(suite).env, ...suite.env } });
    const { main } = await runJob(job, {
      preset: 'pytest',
      'preset-args': '-p no:cacheprovider',
      batch: '1',
      jobs: '2',
      'grace-period': '1s',
    });
    expect(main.exitCode, main.stdout).toBe(1);
    const report = JSON.parse(readFileSync(main.outputs['report-json']!, 'utf8')) as PresetReport;
    expect(report.units.map((u) => [u.id, u.files])).toEqual([
      ['test_math.py', ['test_math.py']],
      ['test_strings.py', ['test_strings.py']],
    ]);
    const math = report.units[0]!.testCases.counts;
    expect(math).toEqual({
      passed: 5,
      failed: 1,
      skipped: 1,
      todo: 0,
      xfail: 1,
      xpass: 1,
      errors: 1,
    });
    expect(report.units[1]!.testCases.counts).toMatchObject({ passed: 1, failed: 1 });
    expect(suite.ledger()).toContain('test_upper');
  });

  it("jest: one unit, Jest's counts, a checkpoint key of its own", async () => {
    const suite = frameworkSuite('jest');
    const job = jobs.job(suite, { env: { ...jobs.job(suite).env, ...suite.env } });
    // A test whose name and message a runner would otherwise read as workflow commands.
    writeFileSync(
      join(job.workspace, 'hostile.spec.cjs'),
      "test('::error::from a title ##[error]x', () => { throw new Error('::set-output name=status::hacked'); });\n",
    );
    const { main } = await runJob(job, {
      preset: 'jest',
      'preset-args': `--cacheDirectory=${join(suite.dir, 'jest-cache')}`,
      'grace-period': '1s',
    });
    expect(main.exitCode, main.stdout).toBe(1);
    const report = JSON.parse(readFileSync(main.outputs['report-json']!, 'utf8')) as PresetReport;
    expect(report.units[0]).toMatchObject({
      id: 'jest',
      outcome: 'failed',
      tests: { passed: 7, failed: 3, skipped: 2 },
    });
    expect(report.units[0]!.testCases.tests).toHaveLength(12);

    // One error annotation per failed test, on the line where it failed, with Jest's message.
    const errors = annotations(main, 'error').filter((e) =>
      e.properties['title']?.startsWith('failed: '),
    );
    const fails = errors.find((e) => e.properties['title'] === 'failed: math > fails');
    expect(fails?.properties).toMatchObject({ file: 'math.spec.cjs', line: '25' });
    expect(fails?.message).toContain('expect(received).toBe(expected)');
    expect(errors).toHaveLength(3);
    // The hostile test's name and message stay text: no command was obeyed.
    const hostile = errors.find((e) => e.properties['file'] === 'hostile.spec.cjs');
    expect(hostile?.properties['title']).toContain('##\u200b[error]');
    expect(main.commands.some((c) => c.command === 'set-output')).toBe(false);
    expect(main.outputs['status']).toBe('failed');
    // The job summary shows the failed tests with file and line, not the log's end.
    expect(main.summary).toContain('✗ math &gt; fails  (math.spec.cjs:25)');
    expect(main.summary).toContain('expect(received).toBe(expected)');
    expect(main.outputs['checkpoint-key']).toMatch(/^ci-0-[0-9a-f]{8}$/);
    // Another preset is another suite: it never resumes from this one's checkpoint.
    const other = await runJob(jobs.job(suite), { preset: 'mocha', 'preset-args': '--version' });
    expect(other.main.outputs['checkpoint-key']).not.toBe(main.outputs['checkpoint-key']);
  });

  it('refuses preset with tests or command, preset-args alone and an unknown preset, naming the input', async () => {
    const suite = frameworkSuite('pytest');
    const cases: [Record<string, string>, RegExp][] = [
      [{ preset: 'pytest', tests: 'test_*.py' }, /^tests: expected either it or preset/],
      [{ preset: 'pytest', command: 'pytest' }, /^command: expected either it or preset, got both/],
      [
        { 'preset-args': '-x', command: 'node {file}', tests: '*.py' },
        /^preset-args: only used with preset/,
      ],
      [
        { preset: 'jasmine' },
        /^preset: expected one of jest, vitest, pytest, node, go, mocha, got "jasmine"/,
      ],
      [
        { preset: 'pytest', 'preset-args': '-m "not slow' },
        /^preset-args: expected arguments with balanced quotes/,
      ],
    ];
    for (const [inputs, message] of cases) {
      const { main } = await runJob(jobs.job(suite), inputs);
      expect(main.outputs, JSON.stringify(inputs)).toMatchObject({
        status: 'error',
        'exit-code': '2',
      });
      expect(main.commands.find((c) => c.command === 'error')?.message).toMatch(message);
    }
  });
});
