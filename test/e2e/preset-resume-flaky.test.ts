// `--resume` with a preset on real frameworks: a test that failed in the first run and passes in the resumed one is flaky, as on a retry (report JSON, JUnit flakyFailure, console), and only the failed tests ran again (the ledger).
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { FIXTURES, presetRunArgs, runCli } from '../support/cli.js';
import { readJson } from '../support/files.js';
import { FLAKY_FIXTURES } from '../support/flaky-fixtures.js';
import { tempDir } from '../support/temp-dir.js';

describe.each(FLAKY_FIXTURES)('$name: flaky across a resume', (fw) => {
  it('marks the test that failed in the first run and passed in the resumed one flaky', async () => {
    const dir = tempDir(`tw-resume-flaky-${fw.name}-`);
    const ledger = join(dir, 'ledger.txt');
    const ownTmp = join(dir, 'tmp');
    mkdirSync(ownTmp);
    const run = (report: string, extra: string[]) =>
      runCli(
        presetRunArgs({
          preset: fw.name,
          cwd: join(FIXTURES, fw.name),
          stateDir: join(dir, 'state'),
          report: join(dir, `${report}.json`),
          junit: join(dir, `${report}.xml`),
          options: extra,
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

    const first = await run('first', []);
    expect(first.code, first.stdout + first.stderr).toBe(1);
    expect(existsSync(join(dir, 'flaky-marker'))).toBe(true);
    const firstUnit = readJson(join(dir, 'first.json')).units[0];
    expect(
      firstUnit.testCases.tests.find((t: { titles: string[] }) =>
        t.titles.join(' ').endsWith(fw.flakyTitles.at(-1)!),
      ),
    ).toMatchObject({ status: 'failed' });
    expect(first.stdout).not.toContain('Flaky tests');
    rmSync(ledger);

    const resumed = await run('resumed', ['--resume']);
    expect(resumed.code, resumed.stdout + resumed.stderr).toBe(1);
    // Only the failed tests ran again.
    const ran = readFileSync(ledger, 'utf8').split('\n').filter(Boolean).sort();
    expect(ran).toEqual([...fw.alwaysFailing, fw.flaky].sort());

    const unit = readJson(join(dir, 'resumed.json')).units[0];
    expect(unit).toMatchObject({ outcome: 'failed', flaky: false });
    const flaky = unit.testCases.tests.filter((t: { flaky?: boolean }) => t.flaky);
    expect(flaky).toEqual([
      expect.objectContaining({ titles: fw.flakyTitles, status: 'passed', flaky: true }),
    ]);
    expect(unit.tests.failed).toBe(fw.alwaysFailing.length);
    expect(resumed.stdout).toContain('Flaky tests (failed, then passed on a retry or a resume): 1');
    expect(resumed.stdout).toContain(`FLAKY   `);

    const xml = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === 'testcase' }).parse(
      readFileSync(join(dir, 'resumed.xml'), 'utf8'),
    );
    const cases = xml.testsuites.testsuite.testcase as Record<string, unknown>[];
    const flakyCase = cases.find((c) => String(c['@_name']).endsWith(fw.flakyTitles.at(-1)!));
    expect(flakyCase).toMatchObject({ flakyFailure: expect.anything() });
    expect(flakyCase).not.toHaveProperty('failure');
    expect(cases.filter((c) => 'flakyFailure' in c)).toHaveLength(1);
  }, 240_000);
});
