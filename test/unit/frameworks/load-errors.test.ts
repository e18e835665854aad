// Files that fail to load, on each real framework: counted as errors (not failed tests), as many as the framework's own report says, each named with where it broke.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PresetContext } from '../../../src/core/frameworks/preset.js';
import { goPreset } from '../../../src/core/frameworks/presets/go.js';
import { jestPreset } from '../../../src/core/frameworks/presets/jest.js';
import { mochaPreset } from '../../../src/core/frameworks/presets/mocha.js';
import { nodeTestPreset } from '../../../src/core/frameworks/presets/node-test.js';
import { pytestPreset } from '../../../src/core/frameworks/presets/pytest.js';
import { vitestPreset } from '../../../src/core/frameworks/presets/vitest.js';
import { toTestCounts } from '../../../src/core/frameworks/test-results.js';
import { FIXTURES, REPORTERS, runInvocation } from '../../support/framework-run.js';
import { tempDir } from '../../support/temp-dir.js';
import { posixOnly } from '../../support/platform.js';

const fixture = (name: string) => join(FIXTURES, `${name}-load-error`);
const contextOf = (cwd: string, extra: Partial<PresetContext> = {}): PresetContext => ({
  cwd,
  env: process.env,
  reportersDir: REPORTERS,
  ...extra,
});

describe.skipIf(
  posixOnly(
    'load errors on the real frameworks',
    "runInvocation kills the framework's process group, as a batch is killed",
  ),
)('a test file that fails to load', () => {
  it('Vitest: an error per file that failed to load, as its JSON has them; not a failed test', async () => {
    const cwd = fixture('vitest');
    const json = join(tempDir(), 'vitest.json');
    const [command] = vitestPreset.commands(contextOf(cwd), undefined, [
      '--reporter=json',
      `--outputFile.json=${json}`,
    ]);
    const run = await runInvocation(command!, { cwd });
    const own = JSON.parse(readFileSync(json, 'utf8'));
    // Vitest's JSON: a file that did not load is a failed file with no test results.
    const notLoaded = own.testResults.filter(
      (r: { status: string; assertionResults: unknown[] }) =>
        r.status === 'failed' && r.assertionResults.length === 0,
    ).length;
    expect(run.code).toBe(1);
    expect(run.results.counts).toMatchObject({
      passed: own.numPassedTests,
      failed: own.numFailedTests,
      errors: notLoaded,
    });
    expect(toTestCounts(run.results.counts)).toEqual({
      passed: 1,
      failed: 1,
      skipped: 0,
      errors: 1,
    });
    expect(run.results.fileErrors).toEqual([
      {
        file: 'broken.spec.ts',
        failure: expect.objectContaining({
          message: 'broken.spec.ts cannot load',
          file: 'broken.spec.ts',
          line: 4,
        }),
      },
    ]);
  });

  it("Jest: an error per test file that failed to run, as its JSON's numRuntimeErrorTestSuites", async () => {
    const cwd = fixture('jest');
    const json = join(tempDir(), 'jest.json');
    const [command] = jestPreset.commands(contextOf(cwd), undefined, [
      `--cacheDirectory=${tempDir('tw-jest-cache-')}`,
      '--json',
      `--outputFile=${json}`,
    ]);
    const run = await runInvocation(command!, { cwd });
    const own = JSON.parse(readFileSync(json, 'utf8'));
    expect(run.code).toBe(1);
    expect(run.results.counts).toMatchObject({
      passed: own.numPassedTests,
      failed: own.numFailedTests,
      errors: own.numRuntimeErrorTestSuites,
    });
    expect(toTestCounts(run.results.counts)).toEqual({
      passed: 1,
      failed: 1,
      skipped: 0,
      errors: 1,
    });
    expect(run.results.fileErrors).toEqual([
      {
        file: 'broken.spec.cjs',
        failure: expect.objectContaining({ message: 'broken.spec.cjs cannot load', line: 2 }),
      },
    ]);
  });

  it('Mocha: a file that throws while loading stops its run; the error names the file, no test ran', async () => {
    const cwd = fixture('mocha');
    const [command] = mochaPreset.commands(contextOf(cwd));
    const run = await runInvocation(command!, { cwd });
    const own = spawnSync(command!.argv[0]!, ['--reporter', 'json'], {
      cwd,
      env: { ...process.env, TESTWARDEN_EVENTS: '' },
      encoding: 'utf8',
    });
    // Mocha's own verdict: "Exception during run", exit 1, no test run, no JSON report.
    expect(own.status).toBe(1);
    expect(own.stderr).toContain('Exception during run');
    expect(own.stdout).not.toContain('"stats"');
    expect(run.code).toBe(1);
    expect(run.results.counts).toEqual({
      passed: 0,
      failed: 0,
      skipped: 0,
      todo: 0,
      xfail: 0,
      xpass: 0,
      errors: 1,
    });
    // Not the end of a report: the other files' tests never ran (a resume runs them).
    expect(run.results.finished).toBe(false);
    expect(run.results.fileErrors).toEqual([
      {
        file: 'broken.spec.cjs',
        failure: expect.objectContaining({
          message: 'broken.spec.cjs cannot load',
          file: 'broken.spec.cjs',
          line: 2,
        }),
      },
    ]);
  });

  it("node:test: a file that fails outside any test is an error; node's own trailer counts it as a failed test", async () => {
    const cwd = fixture('node');
    const tap = join(tempDir(), 'node.tap');
    const [command] = nodeTestPreset.commands(contextOf(cwd), undefined, [
      '--test-reporter=tap',
      `--test-reporter-destination=${tap}`,
    ]);
    const run = await runInvocation(command!, { cwd });
    const text = readFileSync(tap, 'utf8');
    const own = (name: string) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(text)![1]);
    // node names the file itself as a top-level failed test.
    const files = [...text.matchAll(/^not ok \d+ - (\/\S+\.test\.mjs)$/gm)].length;
    expect(run.code).toBe(1);
    expect(files).toBe(1);
    expect(run.results.counts.errors).toBe(files);
    expect(run.results.counts.failed + run.results.counts.errors).toBe(own('fail'));
    expect(run.results.counts.passed).toBe(own('pass'));
    expect(toTestCounts(run.results.counts)).toEqual({
      passed: 1,
      failed: 1,
      skipped: 0,
      errors: 1,
    });
    expect(run.results.fileErrors.map((e) => e.file)).toEqual(['broken.test.mjs']);
  });

  describe.each([[['python3']], [['/usr/bin/python3']]])('pytest with %s', (python) => {
    const cwd = fixture('pytest');
    const context = contextOf(cwd, {
      env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' },
      program: [...python, '-m', 'pytest'],
    });
    const counted = async (extra: string[]) => {
      const junit = join(tempDir(), 'pytest.xml');
      const [command] = pytestPreset.commands(context, undefined, [
        '-p',
        'no:cacheprovider',
        `--junitxml=${junit}`,
        ...extra,
      ]);
      const run = await runInvocation(command!, { cwd });
      const xml = new XMLParser({ ignoreAttributes: false }).parse(readFileSync(junit, 'utf8'));
      const suite = xml.testsuites?.testsuite ?? xml.testsuite;
      return { run, own: (name: string) => Number(suite[`@_${name}`]) };
    };

    it("a collection error is an error, as pytest's JUnit and summary count it; the session stops there", async () => {
      const { run, own } = await counted([]);
      expect(run.code).toBe(2); // pytest: interrupted by the collection error
      expect(run.results.counts.errors).toBe(own('errors'));
      expect(toTestCounts(run.results.counts)).toEqual({
        passed: 0,
        failed: 0,
        skipped: 0,
        errors: 1,
      });
      expect(run.output).toMatch(/\b1 error in /);
      // Interrupted: not the end of pytest's report (the collected tests never ran).
      expect(run.results.finished).toBe(false);
      expect(run.results.fileErrors).toEqual([
        {
          file: 'test_broken.py',
          failure: expect.objectContaining({ message: expect.stringContaining('cannot load') }),
        },
      ]);
    });

    it('with --continue-on-collection-errors, the other file runs and the error stays apart', async () => {
      const { run, own } = await counted(['--continue-on-collection-errors']);
      expect(run.code).toBe(1);
      expect(run.results.counts.errors).toBe(own('errors'));
      expect(run.results.counts.failed).toBe(own('failures'));
      expect(toTestCounts(run.results.counts)).toEqual({
        passed: 1,
        failed: 1,
        skipped: 0,
        errors: 1,
      });
      expect(run.output).toMatch(/1 failed, 1 passed, 1 error in /);
      expect(run.results.finished).toBe(true);
    });
  });

  describe('Go', () => {
    const cwd = fixture('go');
    let goEnv: Record<string, string>;
    beforeAll(() => {
      const home = mkdtempSync(join(tmpdir(), 'tw-go-'));
      goEnv = {
        GOCACHE: join(home, 'cache'),
        GOPATH: join(home, 'path'),
        GOTMPDIR: join(home, 'tmp'),
        GOFLAGS: '-mod=mod',
        GOPROXY: 'off',
        GOTOOLCHAIN: 'local',
      };
      mkdirSync(goEnv['GOTMPDIR']!, { recursive: true });
      return () => {
        spawnSync('chmod', ['-R', 'u+w', home]);
        rmSync(home, { recursive: true, force: true });
      };
    });

    it("a package that does not build is an error, as go test's own [build failed] verdicts; the compiler's message and place kept", async () => {
      const context = contextOf(cwd, { env: { ...process.env, ...goEnv } });
      const [command] = goPreset.commands(context);
      const run = await runInvocation(command!, { cwd, env: goEnv });
      const own = spawnSync('go', ['test', './...'], {
        cwd,
        env: context.env,
        encoding: 'utf8',
      });
      const text = own.stdout + own.stderr;
      const notBuilt = text.match(/^FAIL\t\S+ \[build failed\]$/gm)?.length ?? 0;
      expect(notBuilt).toBe(1);
      expect(run.code).toBe(2); // go test: a package did not build
      expect(own.status).toBe(2);
      expect(run.results.counts.errors).toBe(notBuilt);
      expect(run.results.counts.failed).toBe(text.match(/^\s*--- FAIL: /gm)?.length);
      expect(toTestCounts(run.results.counts)).toEqual({
        passed: 1,
        failed: 1,
        skipped: 0,
        errors: 1,
      });
      expect(run.results.fileErrors).toEqual([
        {
          file: 'example.com/twloaderror/broken',
          failure: expect.objectContaining({
            message: expect.stringContaining('declared'),
            file: 'broken/broken_test.go',
            line: 7,
          }),
        },
      ]);
    });
  });
});
