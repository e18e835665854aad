// The Go preset on the real go tool: package discovery, counts equal `go test -v`'s own verdict lines, exact per-package reruns, a hang named after a kill.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PresetContext } from '../../../src/core/frameworks/preset.js';
import { goPreset, quoteGoRegexp } from '../../../src/core/frameworks/presets/go.js';
import { FIXTURES, REPORTERS, names, runInvocation } from '../../support/framework-run.js';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { posixOnly } from '../../support/platform.js';

const cwd = join(FIXTURES, 'go');
const PKG = 'example.com/twfixture';
let goEnv: Record<string, string>;
let context: PresetContext;

// One build cache for the file (a cold one costs a full standard-library build), removed after.
beforeAll(() => {
  const home = mkdtempSync(join(tmpdir(), 'tw-go-'));
  goEnv = {
    GOCACHE: join(home, 'cache'),
    GOPATH: join(home, 'path'),
    // go test's work folders (go-build*) too: a killed go test leaves its own behind.
    GOTMPDIR: join(home, 'tmp'),
    GOFLAGS: '-mod=mod',
    GOPROXY: 'off',
    GOTOOLCHAIN: 'local',
  };
  mkdirSync(goEnv['GOTMPDIR']!, { recursive: true });
  context = { cwd, env: { ...process.env, ...goEnv }, reportersDir: REPORTERS };
  return () => {
    spawnSync('chmod', ['-R', 'u+w', home]); // the module cache is read-only
    rmSync(home, { recursive: true, force: true });
  };
});

describe.skipIf(
  posixOnly(
    'the go preset on the real go tool',
    "runInvocation kills the framework's process group, as a batch is killed",
  ),
)('go preset', () => {
  it('discovers the packages that have tests', async () => {
    expect(await goPreset.discover(context)).toEqual({ files: [`${PKG}/calc`, `${PKG}/strs`] });
  });

  it("counts every test and subtest as go test's own verdict lines, with each failure where it happened", async () => {
    const [command] = goPreset.commands(context);
    const run = await runInvocation(command!, { cwd, env: goEnv });
    const verbose = spawnSync('go', ['test', '-v', './...'], {
      cwd,
      env: context.env,
      encoding: 'utf8',
    }).stdout;
    const own = (verdict: string) =>
      verbose.match(new RegExp(`^\\s*--- ${verdict}: `, 'gm'))?.length ?? 0;
    expect(run.code).toBe(1);
    expect(run.results.counts).toEqual({
      passed: own('PASS'),
      failed: own('FAIL'),
      skipped: own('SKIP'),
      todo: 0,
      xfail: 0,
      xpass: 0,
      errors: 0,
    });
    expect(run.results.counts).toMatchObject({ passed: 7, failed: 2, skipped: 1 });
    const fails = run.results.tests.find(
      (t) => t.file === `${PKG}/calc` && t.titles[0] === 'TestFails',
    );
    expect(fails?.failure).toMatchObject({
      file: 'calc_test.go',
      line: 39,
      message: 'Add(2, 2) = 4, want 5',
    });
    expect(run.results.tests).toContainEqual(
      expect.objectContaining({
        file: `${PKG}/calc`,
        titles: ['TestAddTable', 'two_and_three'],
        status: 'passed',
      }),
    );
  });

  it('reruns exactly the chosen tests, per package (a namesake elsewhere stays out)', async () => {
    const chosen = [
      { file: `${PKG}/calc`, titles: ['TestAdd'] },
      { file: `${PKG}/calc`, titles: ['TestAddTable', 'two_and_three'] },
      { file: `${PKG}/strs`, titles: ['TestFails'] },
    ];
    const commands = goPreset.commands(context, { tests: chosen });
    expect(commands).toHaveLength(2);
    const runs = [];
    for (const command of commands) runs.push(await runInvocation(command, { cwd, env: goEnv }));
    expect(runs.flatMap((r) => r.ledger).sort()).toEqual([
      'TestAdd',
      'TestAddTable',
      'TestAddTable/one_and_two',
      'TestAddTable/two_and_three',
      'TestFails',
    ]);
    expect(runs.flatMap((r) => names(r.results)).sort()).toEqual([
      `${PKG}/calc > TestAdd`,
      `${PKG}/calc > TestAddTable`,
      `${PKG}/calc > TestAddTable > one_and_two`,
      `${PKG}/calc > TestAddTable > two_and_three`,
      `${PKG}/strs > TestFails`,
    ]);
  });

  it('names the test that was running when a hung run was killed', async () => {
    const [command] = goPreset.commands(context, { files: [`${PKG}/calc`] });
    const run = await runInvocation(command!, {
      cwd,
      env: { ...goEnv, FIXTURE_HANG: '1' },
      killWhenStarted: '"Test":"TestHangsWhenAsked"',
    });
    expect(run.signal).toBe('SIGKILL');
    expect(run.results.unfinished).toEqual([
      { file: `${PKG}/calc`, titles: ['TestHangsWhenAsked'] },
    ]);
  });

  it('quotes test names for an anchored -run', () => {
    expect(quoteGoRegexp('Test(a|b).c[1]')).toBe('Test\\(a\\|b\\)\\.c\\[1\\]');
  });
});
