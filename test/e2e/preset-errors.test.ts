// Files that fail to load, through the bundled CLI: `tests.errors` in the report, "N errors" on the console, `<error>` testcases and `errors` in the JUnit file, summed by `merge`; the run still fails.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { FIXTURES, presetRunArgs, runCli } from '../support/cli.js';
import { readJson } from '../support/files.js';
import { tempDir } from '../support/temp-dir.js';

const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => name === 'testcase' || name === 'testsuite',
});

async function runBroken(preset: string, out: string, extra: string[] = []) {
  const result = await runCli(
    presetRunArgs({
      preset,
      cwd: join(FIXTURES, `${preset}-load-error`),
      stateDir: join(out, `${preset}-state`),
      report: join(out, `${preset}.json`),
      junit: join(out, `${preset}.junit.xml`),
      options: extra,
    }),
  );
  return {
    result,
    report: readJson(join(out, `${preset}.json`)),
    junit: parser.parse(readFileSync(join(out, `${preset}.junit.xml`), 'utf8')).testsuites,
  };
}

describe('a test file that fails to load, through the CLI', () => {
  it('is an error apart from failed tests in the report, on the console and in JUnit; merge sums them', async () => {
    const out = tempDir('tw-errors-');
    const vitest = await runBroken('vitest', out);
    expect(vitest.result.code, vitest.result.stderr).toBe(1);
    expect(vitest.report.status).toBe('failed');
    expect(vitest.report.units[0].tests).toEqual({ passed: 1, failed: 1, skipped: 0, errors: 1 });
    expect(vitest.report.totals.tests).toEqual({ passed: 1, failed: 1, skipped: 0, errors: 1 });
    expect(vitest.result.stdout).toContain('Tests: 1 passed, 1 failed, 0 skipped, 1 error\n');
    expect(vitest.result.stdout).toMatch(
      /✗ broken\.spec\.ts {2}broken\.spec\.ts:4\n\s+broken\.spec\.ts cannot load/,
    );

    expect(vitest.junit['@_tests']).toBe('3');
    expect(vitest.junit['@_failures']).toBe('1');
    expect(vitest.junit['@_errors']).toBe('1');
    const cases = vitest.junit.testsuite[0].testcase as Record<string, unknown>[];
    const notLoaded = cases.find((c) => c['@_name'] === 'broken.spec.ts')!;
    expect(notLoaded['error']).toMatchObject({
      '@_type': 'file-error',
      '@_message': 'broken.spec.ts cannot load',
    });
    expect(notLoaded['failure']).toBeUndefined();
    expect(vitest.junit.testsuite[0]['@_errors']).toBe('1');

    // A framework whose run stops at the file (Mocha): no test ran, one error, still a failed run.
    const mocha = await runBroken('mocha', out);
    expect(mocha.result.code, mocha.result.stderr).toBe(1);
    expect(mocha.report.units[0].tests).toEqual({ passed: 0, failed: 0, skipped: 0, errors: 1 });
    expect(mocha.result.stdout).toContain('Tests: 0 passed, 0 failed, 0 skipped, 1 error\n');

    const merged = await runCli([
      'merge',
      '--cwd',
      out,
      '--report-json',
      'merged.json',
      '--junit',
      'merged.xml',
      '--junit-from',
      '*.junit.xml',
      '--summary',
      'summary.md',
      'vitest.json',
      'mocha.json',
    ]);
    expect(merged.code, merged.stderr).toBe(1);
    expect(readJson(join(out, 'merged.json')).totals.tests).toEqual({
      passed: 1,
      failed: 1,
      skipped: 0,
      errors: 2,
    });
    expect(readFileSync(join(out, 'summary.md'), 'utf8')).toContain(
      '1 passed, 1 failed, 0 skipped, 2 errors',
    );
    const mergedXml = parser.parse(readFileSync(join(out, 'merged.xml'), 'utf8')).testsuites;
    expect(mergedXml['@_errors']).toBe('2');
  });
});
