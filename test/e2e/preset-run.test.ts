// `testwarden run --preset NAME` with the bundled CLI: the framework runs as one tracked unit with the shipped reporter; per-test results reach the report JSON and the JUnit file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { FIXTURES, presetRunArgs, isAlive, runCli } from '../support/cli.js';
import { readJson } from '../support/files.js';
import { tempDir } from '../support/temp-dir.js';

interface PresetUnit {
  id: string;
  outcome: string;
  tests: { passed: number; failed: number; skipped: number; errors: number };
  testCases: {
    tests: {
      file: string;
      titles: string[];
      status: string;
      failure?: { message: string; file?: string; line?: number };
    }[];
    unfinished: { file: string; titles: string[] }[];
    counts: Record<string, number>;
  };
  leaked: { kind: string; pid?: number; command?: string }[];
}

async function runPreset(preset: string, extra: string[] = [], env: Record<string, string> = {}) {
  const out = tempDir('tw-preset-');
  const result = await runCli(
    presetRunArgs({
      preset,
      cwd: join(FIXTURES, preset),
      stateDir: join(out, 'state'),
      report: join(out, 'report.json'),
      junit: join(out, 'junit.xml'),
      options: extra,
    }),
    { env: { PYTHONDONTWRITEBYTECODE: '1', ...env } },
  );
  const report = readJson(join(out, 'report.json'));
  const xml = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === 'testcase' }).parse(
    readFileSync(join(out, 'junit.xml'), 'utf8'),
  );
  return { result, unit: report.units[0] as PresetUnit, report, junit: xml.testsuites };
}

/**
 * Each failure in the report is what the console shows: the framework's message (no stack frame
 * in it) and the place; the stack stays in the unit's log.
 */
function expectShownFailures(unit: PresetUnit): void {
  const failures = unit.testCases.tests.flatMap((t) => (t.failure ? [t.failure] : []));
  expect(failures.length).toBeGreaterThan(0);
  for (const failure of failures) {
    expect(Object.keys(failure).sort()).not.toContain('stack');
    expect(failure.message).not.toMatch(/\n\s*at \S.*:\d+/);
    expect(failure.file).toBeTruthy();
    expect(failure.line).toBeGreaterThan(0);
  }
}

describe('testwarden run --preset', () => {
  it('jest: one unit, per-test results in the report and one JUnit testcase per test', async () => {
    const cache = tempDir('tw-jest-cache-');
    const { result, unit, report, junit } = await runPreset('jest', [
      '--',
      `--cacheDirectory=${cache}`,
    ]);
    expect(result.code).toBe(1);
    expect(report.units).toHaveLength(1);
    expect(unit).toMatchObject({ id: 'jest', outcome: 'failed' });
    expect(unit.tests).toEqual({ passed: 7, failed: 2, skipped: 2, errors: 0 });
    expect(unit.testCases.counts).toMatchObject({ passed: 7, failed: 2, skipped: 1, todo: 1 });
    expect(unit.testCases.tests).toHaveLength(11);
    expect(unit.testCases.tests).toContainEqual(
      expect.objectContaining({
        file: 'math.spec.cjs',
        titles: ['math', 'fails'],
        status: 'failed',
        failure: expect.objectContaining({ file: 'math.spec.cjs', line: 25 }),
      }),
    );
    expect(junit['@_tests']).toBe('11');
    expect(junit['@_failures']).toBe('2');
    expect(junit['@_skipped']).toBe('2');
    const cases = junit.testsuite.testcase as Record<string, unknown>[];
    expect(cases.map((c) => c['@_name'])).toContain('math > addition > adds 2 and 3');
    expect(result.stdout).toContain('Tests:'); // Jest's own output reaches the log
    // The console shows each failed test as Jest does: name, file and line, the assertion.
    expect(result.stdout).toMatch(
      /✗ math > fails {2}math\.spec\.cjs:25\n\s+expect\(received\)\.toBe\(expected\)/,
    );
    // The report holds the same message; the stack is in the log and the JUnit file.
    const fails = unit.testCases.tests.find((t) => t.titles.join(' ') === 'math fails');
    expect(fails?.failure).toEqual({
      message: 'expect(received).toBe(expected) // Object.is equality\n\nExpected: 5\nReceived: 4',
      file: 'math.spec.cjs',
      line: 25,
      column: 19,
    });
    expectShownFailures(unit);
    const failed = cases.find((c) => c['@_name'] === 'math > fails') as {
      failure: { '#text': string };
    };
    expect(failed.failure['#text']).toMatch(/Received: 4\n\s+at .*math\.spec\.cjs:25:19/);
    expect(result.stdout).toMatch(/Expected: 5\n\s+Received: 4\n/);
    expect(result.stdout).not.toContain('── last');
    expect(result.stdout).not.toContain('jestAdapterInit');
  });

  it('pytest: arguments after -- go to pytest; xfail and errors counted as pytest does', async () => {
    const { result, unit, junit } = await runPreset('pytest', [
      '--',
      '-p',
      'no:cacheprovider',
      'test_math.py',
    ]);
    expect(unit.testCases.counts).toEqual({
      passed: 5,
      failed: 1,
      skipped: 1,
      todo: 0,
      xfail: 1,
      xpass: 1,
      errors: 1,
    });
    // The setup error is an error apart, as pytest's own summary and JUnit count it.
    expect(unit.tests).toEqual({ passed: 6, failed: 1, skipped: 2, errors: 1 });
    expect(junit['@_tests']).toBe('10');
    expect(junit['@_failures']).toBe('1');
    expect(junit['@_errors']).toBe('1');
    expectShownFailures(unit);
    // The console names xpass and xfail inside passed and skipped, as pytest's summary does.
    expect(result.stdout).toContain(
      'Tests: 6 passed (1 xpassed), 1 failed, 2 skipped (1 xfailed), 1 error\n',
    );
  });

  it('go: the events are go test -json itself', async () => {
    const home = tempDir('tw-go-');
    const { unit } = await runPreset('go', [], {
      GOCACHE: join(home, 'cache'),
      GOPATH: join(home, 'path'),
      GOFLAGS: '-mod=mod',
      GOPROXY: 'off',
    });
    expect(unit.tests).toEqual({ passed: 7, failed: 2, skipped: 1, errors: 0 });
    expect(
      unit.testCases.tests.map((t) => `${t.file.split('/').at(-1)} ${t.titles.join('/')}`),
    ).toContain('calc TestAddTable/two_and_three');
    expectShownFailures(unit);
  });

  it.each(['vitest', 'mocha', 'node'])(
    '%s: each failure in the report is the message the console shows and its place',
    async (preset) => {
      const { result, unit } = await runPreset(preset);
      expect(result.code).toBe(1);
      expectShownFailures(unit);
    },
  );

  it('a hang is named by the test when the unit times out', async () => {
    const { result, unit, junit } = await runPreset(
      'mocha',
      ['--timeout', '4s', '--grace-period', '1s'],
      {
        FIXTURE_HANG: '1',
      },
    );
    expect(result.code).toBe(1);
    expect(unit.outcome).toBe('timed-out');
    expect(unit.testCases.unfinished).toEqual([
      { file: 'math.spec.cjs', titles: ['hangs when asked'] },
    ]);
    const hung = (junit.testsuite.testcase as Record<string, Record<string, string>>[]).find(
      (c) => (c['@_name'] as unknown as string) === 'hangs when asked',
    );
    expect(hung?.failure?.['@_type']).toBe('unfinished');
  });

  it('a process a test leaks is found and killed, as for any unit', async () => {
    const { unit } = await runPreset('mocha', [], { FIXTURE_LEAK: '1' });
    const leak = unit.leaked.find((l) => l.kind === 'process' && l.command?.includes('sleep 300'));
    expect(leak).toBeDefined();
    expect(isAlive(leak!.pid!)).toBe(false);
  });

  it('refuses --preset with --command, and an unknown preset, naming the option', async () => {
    const both = await runCli(['run', '--preset', 'jest', '-c', 'jest {file}']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--command: expected either it or --preset, got both');
    const isolated = await runCli(['run', '--preset', 'jest', '--isolation', 'container']);
    expect(isolated.code).toBe(2);
    expect(isolated.stderr).toContain('--isolation: expected process with --preset');
    const unknown = await runCli(['run', '--preset', 'jasmine']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(
      '--preset: expected one of jest, vitest, pytest, node, go, mocha, got "jasmine"',
    );
  });
});
