// A resume of more failed tests than one command line can name (a broken build fails them all), through the bundled CLI with real frameworks: Vitest runs their files whole; node:test and Go name them over several processes, so exactly the failed tests run.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, presetRunArgs, runCli, startCli } from '../support/cli.js';
import { ledgerOf, readJson, suiteDir } from '../support/files.js';
import { tempDir } from '../support/temp-dir.js';
import { waitFor } from '../support/wait-for.js';

type Unit = { tests: object };

/** A folder for one test's runs: its state dir, ledger and own TMPDIR. */
function runFolder(name: string) {
  const dir = tempDir(`tw-many-failures-${name}-`);
  const ownTmp = join(dir, 'tmp');
  mkdirSync(ownTmp);
  return {
    dir,
    state: join(dir, 'state'),
    ledger: join(dir, 'ledger.txt'),
    env: {
      FIXTURE_LEDGER: join(dir, 'ledger.txt'),
      TMPDIR: ownTmp,
      GOTMPDIR: ownTmp,
      GOFLAGS: '-count=1',
    },
  };
}

describe('vitest: 2,000 failed tests with long names', () => {
  it('a resume runs the files holding them, whole, and counts every test once', async () => {
    const cwd = join(FIXTURES, 'many-failures', 'vitest');
    const { dir, state, ledger, env } = runFolder('vitest');
    const argv = (report: string, ...options: string[]) =>
      presetRunArgs({ preset: 'vitest', cwd, stateDir: state, report: join(dir, report), options });

    const broken = await runCli(argv('a.json'), { env });
    expect(broken.code, broken.stdout + broken.stderr).toBe(1);
    expect((readJson(join(dir, 'a.json')).units[0] as Unit).tests).toEqual({
      passed: 1,
      failed: 2000,
      skipped: 0,
      errors: 0,
    });
    // Every test ended (Vitest reports some results before their start): none is left running.
    const checkpoint = readJson(join(state, 'checkpoint.json'));
    expect(checkpoint.tests[0].finished).toBe(true);
    expect(checkpoint.tests[0].rows).toHaveLength(2001);
    expect(readJson(join(dir, 'a.json')).units[0].testCases.unfinished).toEqual([]);
    const before = ledgerOf(ledger).length;
    expect(before).toBe(2001);

    const fixed = await runCli(argv('b.json', '--resume'), {
      env: { ...env, FIXTURE_FIXED: '1' },
    });
    expect(fixed.code, fixed.stdout + fixed.stderr).toBe(0);
    expect(fixed.stdout).toMatch(/the files of 2000 failed or unfinished tests again, whole/);
    // many.spec.ts ran again, other.spec.ts (its test passed) did not.
    expect(ledgerOf(ledger).length - before).toBe(2000);
    expect(ledgerOf(ledger).filter((l) => l === 'passes')).toHaveLength(1);
    expect((readJson(join(dir, 'b.json')).units[0] as Unit).tests).toEqual({
      passed: 2001,
      failed: 0,
      skipped: 0,
      errors: 0,
    });
  }, 240_000);
});

describe('node:test: 5,000 failed tests whose name patterns exceed one command line', () => {
  it('a resume names them over several processes: exactly the failed tests run, once each', async () => {
    const cwd = join(FIXTURES, 'many-failures', 'node');
    const { dir, state, ledger, env } = runFolder('node');
    const argv = (report: string, ...options: string[]) =>
      presetRunArgs({ preset: 'node', cwd, stateDir: state, report: join(dir, report), options });

    const broken = await runCli(argv('a.json'), { env });
    expect(broken.code, broken.stdout + broken.stderr).toBe(1);
    expect((readJson(join(dir, 'a.json')).units[0] as Unit).tests).toEqual({
      passed: 2,
      failed: 5000,
      skipped: 0,
      errors: 0,
    });
    expect(ledgerOf(ledger)).toHaveLength(5002);

    const fixed = await runCli(argv('b.json', '--resume'), {
      env: { ...env, FIXTURE_FIXED: '1', FIXTURE_LEDGER: join(dir, 'resumed.txt') },
    });
    expect(fixed.code, fixed.stdout + fixed.stderr).toBe(0);
    expect(fixed.stdout).toMatch(/running 5000 failed or unfinished tests again/);
    // Not the test of many.test.mjs that passed (the file whole would run it), nor other.test.mjs.
    const expected = Array.from({ length: 5000 }, (_, n) => String(n)).sort();
    expect(ledgerOf(join(dir, 'resumed.txt'))).toEqual(expected);
    expect((readJson(join(dir, 'b.json')).units[0] as Unit).tests).toEqual({
      passed: 5002,
      failed: 0,
      skipped: 0,
      errors: 0,
    });
  }, 300_000);
});

/**
 * A Go module whose package `broken` has a test that passes and 2,000 tests with long names that
 * fail until FIXTURE_FIXED (and, with `hangAt`, a TestHangsWhenAsked at that place, hanging under
 * FIXTURE_HANG), and, with `fine`, a package whose one test passes.
 */
function goSuite(options: { fine: boolean; hangAt?: number }): { cwd: string; names: string[] } {
  const names = Array.from(
    { length: 2000 },
    (_, n) => `TestTheComponentBehavesAsDocumentedUnderTheCarefullyChosenConditionNumbered_${n}`,
  );
  if (options.hangAt !== undefined) names.splice(options.hangAt, 0, 'TestHangsWhenAsked');
  const record = `func record(t *testing.T) {
	path := os.Getenv("FIXTURE_LEDGER")
	if path == "" {
		return
	}
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	_, _ = f.WriteString(t.Name() + "\\n")
}
`;
  const body = (name: string) =>
    name === 'TestHangsWhenAsked'
      ? `func ${name}(t *testing.T) {
	record(t)
	if os.Getenv("FIXTURE_HANG") != "" {
		select {}
	}
}
`
      : `func ${name}(t *testing.T) {
	record(t)
	if os.Getenv("FIXTURE_FIXED") != "1" {
		t.Fatal("the build is broken")
	}
}
`;
  const files: Record<string, string> = {
    'go.mod': 'module example.com/manyfail\n\ngo 1.19\n',
    'broken/broken_test.go': `package broken

import (
	"os"
	"testing"
)

${record}
func TestPassesEvenWhenBroken(t *testing.T) { record(t) }

${names.map(body).join('')}`,
  };
  if (options.fine) {
    files['fine/fine_test.go'] = `package fine

import (
	"os"
	"testing"
)

${record}
func TestPasses(t *testing.T) { record(t) }
`;
  }
  return { cwd: suiteDir(files), names };
}

interface Row {
  titles: string[];
  status: string;
}

/** The unit's test rows as the checkpoint holds them. */
function checkpointRows(state: string): Row[] {
  const document = readJson(join(state, 'checkpoint.json'));
  const codes = document.testStatusCodes as string[];
  const section = (document.tests as { rows: unknown[][] }[])[0];
  return (section?.rows ?? []).map((r) => ({
    titles: r[1] as string[],
    status: codes[r[2] as number]!,
  }));
}

describe('go: 2,000 failed tests whose -run pattern exceeds one argument', () => {
  it('a resume splits the package -run over several go test processes: exactly the failed tests run', async () => {
    const { cwd, names } = goSuite({ fine: true });
    const { dir, state, ledger, env } = runFolder('go');
    const argv = (report: string, ...options: string[]) =>
      presetRunArgs({ preset: 'go', cwd, stateDir: state, report: join(dir, report), options });

    const broken = await runCli(argv('a.json'), { env });
    expect(broken.code, broken.stdout + broken.stderr).toBe(1);
    expect((readJson(join(dir, 'a.json')).units[0] as Unit).tests, broken.stdout).toEqual({
      passed: 2,
      failed: 2000,
      skipped: 0,
      errors: 0,
    });
    expect(ledgerOf(ledger)).toHaveLength(2002);

    const resumedLedger = join(dir, 'resumed.txt');
    const fixed = await runCli(argv('b.json', '--resume'), {
      env: { ...env, FIXTURE_FIXED: '1', FIXTURE_LEDGER: resumedLedger },
    });
    expect(fixed.code, fixed.stdout + fixed.stderr).toBe(0);
    expect(fixed.stdout).toMatch(/running 2000 failed or unfinished tests again/);
    // Not TestPassesEvenWhenBroken (the package whole would run it), nor the package fine.
    expect(ledgerOf(resumedLedger)).toEqual([...names].sort());
    expect((readJson(join(dir, 'b.json')).units[0] as Unit).tests).toEqual({
      passed: 2002,
      failed: 0,
      skipped: 0,
      errors: 0,
    });
  }, 300_000);

  it('a run stopped in a hanging test resumes with exactly the unsettled tests, over several processes', async () => {
    // One package: go test streams its events as they come (several are buffered per package).
    const { cwd, names } = goSuite({ fine: false, hangAt: 100 });
    const { dir, state, env } = runFolder('go-cut');
    const argv = (report: string, ...options: string[]) =>
      presetRunArgs({ preset: 'go', cwd, stateDir: state, report: join(dir, report), options });
    const firstLedger = join(dir, 'first.txt');
    const hung = startCli(argv('a.json'), {
      env: { ...env, FIXTURE_FIXED: '1', FIXTURE_HANG: '1', FIXTURE_LEDGER: firstLedger },
    });
    await waitFor(
      'the hanging test, and a passed test in the checkpoint',
      () =>
        ledgerOf(firstLedger).includes('TestHangsWhenAsked') &&
        checkpointRows(state).some((r) => r.status === 'passed'),
      120_000,
    );
    hung.child.kill('SIGINT');
    const stopped = await hung.done;
    expect(stopped.code, stopped.stdout + stopped.stderr).toBe(130);
    const settled = checkpointRows(state)
      .filter((r) => r.status === 'passed')
      .map((r) => r.titles[0]!);
    expect(settled.length).toBeGreaterThan(0);
    const expected = ['TestPassesEvenWhenBroken', ...names]
      .filter((n) => !settled.includes(n))
      .sort();
    // More names than one -run argument holds.
    expect(expected.join('|').length).toBeGreaterThan(128 * 1024);

    const resumedLedger = join(dir, 'resumed.txt');
    const resumed = await runCli(argv('b.json', '--resume'), {
      env: { ...env, FIXTURE_FIXED: '1', FIXTURE_LEDGER: resumedLedger },
    });
    expect(resumed.code, resumed.stdout + resumed.stderr).toBe(0);
    expect(resumed.stdout).toMatch(/running the suite without its \d+ settled tests/);
    expect(ledgerOf(resumedLedger)).toEqual(expected);
    expect((readJson(join(dir, 'b.json')).units[0] as Unit).tests).toEqual({
      passed: 2002,
      failed: 0,
      skipped: 0,
      errors: 0,
    });
  }, 300_000);
});
