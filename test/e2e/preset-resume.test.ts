// Test-level checkpoints and resume with the bundled CLI on real frameworks: the ledger the fixture tests append to proves that a resumed run reruns exactly the failed and unfinished tests, and its counts are the carried ones plus the rerun ones.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, presetRunArgs, runCli, startCli } from '../support/cli.js';
import { ledgerOf, readJson } from '../support/files.js';
import { tempDir } from '../support/temp-dir.js';
import { waitFor } from '../support/wait-for.js';

interface Framework {
  name: 'jest' | 'vitest' | 'pytest' | 'go';
  /** What the fixture's test writes to the ledger, from the test's titles. */
  ledgerName: (titles: string[]) => string;
  /** The hanging test's ledger line. */
  hang: string;
  args: (dir: string) => string[];
}

const FRAMEWORKS: Framework[] = [
  {
    name: 'jest',
    ledgerName: (t) => t.join(' '),
    hang: 'hangs when asked',
    args: (dir) => [`--cacheDirectory=${join(dir, 'jest-cache')}`, '--testTimeout=600000'],
  },
  {
    name: 'vitest',
    ledgerName: (t) => t.join(' '),
    hang: 'hangs when asked',
    args: () => ['--testTimeout=600000'],
  },
  {
    name: 'pytest',
    ledgerName: (t) => t.join('::'),
    hang: 'test_hangs_when_asked',
    args: () => [],
  },
  { name: 'go', ledgerName: (t) => t.join('/'), hang: 'TestHangsWhenAsked', args: () => [] },
];

interface Row {
  file: number;
  titles: string[];
  status: string;
}

const SETTLED = new Set(['passed', 'skipped', 'todo', 'xfail', 'xpass']);

/** The tests of the unit as the checkpoint holds them. */
function checkpointRows(state: string): { rows: Row[]; finished: boolean } {
  const document = readJson(join(state, 'checkpoint.json'));
  const codes = document.testStatusCodes as string[];
  const section = (document.tests as { finished: boolean; rows: unknown[][] }[])[0];
  return {
    finished: section?.finished ?? false,
    rows: (section?.rows ?? []).map((r) => ({
      file: r[0] as number,
      titles: r[1] as string[],
      status: codes[r[2] as number]!,
    })),
  };
}

/** `all` less one occurrence of each name in `names` (ledger lines repeat: Go packages share test names). */
function without(all: readonly string[], names: readonly string[]): string[] {
  const left = [...all];
  for (const name of names) {
    const at = left.indexOf(name);
    if (at >= 0) left.splice(at, 1);
  }
  return left.sort();
}

describe.each(FRAMEWORKS)('$name: test-level resume', (fw) => {
  it('a run stopped in a hanging test resumes with exactly the failed, unfinished and unstarted tests, then with the failed ones', async () => {
    const dir = tempDir(`tw-resume-${fw.name}-`);
    const state = join(dir, 'state');
    const ledger = join(dir, 'ledger.txt');
    const ownTmp = join(dir, 'tmp');
    mkdirSync(ownTmp);
    const env = {
      FIXTURE_LEDGER: ledger,
      TMPDIR: ownTmp,
      GOTMPDIR: ownTmp,
      GOFLAGS: '-count=1',
      PYTHONDONTWRITEBYTECODE: '1',
    };
    const argv = (report: string, ...options: string[]) =>
      presetRunArgs({
        preset: fw.name,
        cwd: join(FIXTURES, fw.name),
        stateDir: state,
        report: join(dir, report),
        options,
        frameworkArgs: fw.args(dir),
      });
    type Unit = { tests: object; testCases: { counts: object }; outcome: string };
    const unitOf = (report: string) => readJson(join(dir, report)).units[0] as Unit;

    // A: the whole suite, to know every test's ledger line and the framework's counts.
    const full = await runCli(argv('a.json'), { env });
    expect(full.code, full.stdout + full.stderr).toBe(1);
    const all = ledgerOf(ledger);
    const fullUnit = unitOf('a.json');
    const failedInFull = checkpointRows(state)
      .rows.filter((r) => !SETTLED.has(r.status))
      .map((r) => fw.ledgerName(r.titles))
      .filter((name) => all.includes(name))
      .sort();
    expect(checkpointRows(state).finished).toBe(true);
    expect(failedInFull.length).toBeGreaterThan(0);
    rmSync(ledger);

    // B: a fresh run that hangs; stopped (SIGINT) once the hanging test has started.
    const hung = startCli(argv('b.json'), { env: { ...env, FIXTURE_HANG: '1' } });
    // Frameworks report from their workers in batches: wait until a finished test is recorded too.
    await waitFor(
      'the hanging test, and a finished test in the checkpoint',
      () =>
        ledgerOf(ledger).includes(fw.hang) &&
        checkpointRows(state).rows.some((r) => SETTLED.has(r.status)),
      120_000,
    );
    hung.child.kill('SIGINT');
    const stopped = await hung.done;
    expect(stopped.code, stopped.stdout + stopped.stderr).toBe(130);
    const cut = checkpointRows(state);
    expect(cut.finished).toBe(false);
    expect(cut.rows.filter((r) => SETTLED.has(r.status)).length).toBeGreaterThan(0);
    // Go reruns a top-level test with all its subtests: a subtest is settled only with its test.
    const unsettledTop = new Set(
      cut.rows.filter((r) => !SETTLED.has(r.status)).map((r) => `${r.file} ${r.titles[0]}`),
    );
    const settledNames = cut.rows
      .filter((r) => SETTLED.has(r.status))
      .filter((r) => fw.name !== 'go' || !unsettledTop.has(`${r.file} ${r.titles[0]}`))
      .map((r) => fw.ledgerName(r.titles));
    const expected = without(all, settledNames);
    expect(expected).toContain(fw.hang);
    expect(expected.length).toBeLessThan(all.length);
    rmSync(ledger);

    // C: resume: exactly what B did not settle runs; the counts are those of the whole suite.
    const resumed = await runCli([...argv('c.json', '--resume')], { env });
    expect(resumed.code, resumed.stdout + resumed.stderr).toBe(1);
    expect(resumed.stdout).toMatch(/Resuming from checkpoint/);
    expect(ledgerOf(ledger)).toEqual(expected);
    expect(unitOf('c.json').tests).toEqual(fullUnit.tests);
    expect(unitOf('c.json').testCases.counts).toEqual(fullUnit.testCases.counts);
    expect(checkpointRows(state).finished).toBe(true);
    rmSync(ledger);

    // D: resume again: only the failed tests run, chosen one by one.
    const again = await runCli([...argv('d.json', '--resume')], { env });
    expect(again.code).toBe(1);
    expect(again.stdout).toMatch(/failed or unfinished tests? again/);
    expect(ledgerOf(ledger)).toEqual(failedInFull);
    expect(unitOf('d.json').tests).toEqual(fullUnit.tests);
    expect(unitOf('d.json').testCases.counts).toEqual(fullUnit.testCases.counts);
  }, 300_000);
});
