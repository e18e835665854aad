// `--retries` with a preset on real frameworks: each retry reruns the failed tests alone (the ledger counts every run of every test), and a test that fails and then passes is flaky in the report JSON, the JUnit file and the console summary.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { FIXTURES, presetRunArgs, runCli } from '../support/cli.js';
import { readJson } from '../support/files.js';
import { FLAKY_FIXTURES } from '../support/flaky-fixtures.js';
import { tempDir } from '../support/temp-dir.js';

describe.each(FLAKY_FIXTURES)('$name: --retries at test level', (fw) => {
  it('reruns only the failed tests, and marks the one that passed on its second try flaky', async () => {
    const dir = tempDir(`tw-retries-${fw.name}-`);
    const ledger = join(dir, 'ledger.txt');
    const ownTmp = join(dir, 'tmp');
    mkdirSync(ownTmp);
    const result = await runCli(
      presetRunArgs({
        preset: fw.name,
        cwd: join(FIXTURES, fw.name),
        stateDir: join(dir, 'state'),
        report: join(dir, 'report.json'),
        junit: join(dir, 'junit.xml'),
        options: ['--retries', '2'],
        frameworkArgs: fw.args(dir),
      }),
      {
        env: {
          FIXTURE_LEDGER: ledger,
          FIXTURE_FLAKY: '1',
          TMPDIR: ownTmp,
          PYTHONDONTWRITEBYTECODE: '1',
        },
      },
    );
    expect(result.code, result.stdout + result.stderr).toBe(1);
    expect(existsSync(join(dir, 'flaky-marker'))).toBe(true);

    // Every test ran once; the flaky one twice; the ones that always fail three times.
    const runs = new Map<string, number>();
    for (const name of readFileSync(ledger, 'utf8').split('\n').filter(Boolean))
      runs.set(name, (runs.get(name) ?? 0) + 1);
    for (const [name, times] of runs) {
      const expected = fw.alwaysFailing.includes(name) ? 3 : name === fw.flaky ? 2 : 1;
      expect({ name, times }).toEqual({ name, times: expected });
    }
    for (const name of [...fw.alwaysFailing, fw.flaky]) expect(runs.has(name)).toBe(true);
    expect(result.stdout).toMatch(/attempt 2: running \d+ failed or unfinished tests again/);
    expect(result.stdout).toMatch(/attempt 3: running \d failed or unfinished tests? again/);

    const unit = readJson(join(dir, 'report.json')).units[0];
    expect(unit).toMatchObject({ outcome: 'failed', attempts: 3, flaky: false });
    const flaky = unit.testCases.tests.filter((t: { flaky?: boolean }) => t.flaky);
    expect(flaky).toEqual([
      expect.objectContaining({
        titles: fw.flakyTitles,
        status: 'passed',
        flaky: true,
        failure: expect.objectContaining({ message: expect.stringContaining('first try') }),
      }),
    ]);
    expect(result.stdout).toContain('Flaky tests (failed, then passed on a retry or a resume): 1');

    const xml = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === 'testcase' }).parse(
      readFileSync(join(dir, 'junit.xml'), 'utf8'),
    );
    const cases = xml.testsuites.testsuite.testcase as Record<string, unknown>[];
    const flakyCase = cases.find((c) => String(c['@_name']).endsWith(fw.flakyTitles.at(-1)!));
    expect(flakyCase).toMatchObject({ flakyFailure: expect.anything() });
    expect(flakyCase).not.toHaveProperty('failure');
    expect(cases.filter((c) => 'flakyFailure' in c)).toHaveLength(1);
  }, 240_000);
});
