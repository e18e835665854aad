// Test names that are hard to select and count, on each real framework through the bundled CLI: regular-expression specials, quotes, slashes, spaces, unicode, a 3,000-character title, names that are prefixes of others or repeat, parametrized forms, in-framework retries. Counts equal the framework's own; --resume and --retries run again exactly the failed tests (a ledger the fixture tests append to says which ran).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, presetRunArgs, runCli, startCli } from '../support/cli.js';
import { passedRows, readJson } from '../support/files.js';
import { tempDir } from '../support/temp-dir.js';
import { waitFor } from '../support/wait-for.js';

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

interface Tricky {
  preset: string;
  /** The framework's own counts of the fixture when no test fails, from its own report. */
  native: (cwd: string, dir: string, env: NodeJS.ProcessEnv) => Counts;
  frameworkArgs: (dir: string) => string[];
  /** Ids of the tests made to fail (FIXTURE_FAIL). */
  fail: string[];
  /**
   * Ids a rerun of them runs: the failed ones, and what the framework's selection cannot tell
   * apart from them (each preset's page says what).
   */
  rerun: string[];
}

/** The ids the jest, vitest and mocha fixtures fail: one per kind of hard title. */
const JS_FAIL = ['a1', 'a4', 'a5', 'a6', 'a8', 'a9', 'a10', 'a11', 'a12', 'a13', 'b2', 'b3', 'o2'];

const TRICKY: Tricky[] = [
  {
    preset: 'jest',
    native: (cwd, dir, env) => {
      const out = join(dir, 'native.json');
      const args = ['--ci', '--json', `--outputFile=${out}`, `--cacheDirectory=${dir}/cache`];
      spawnSync(join(cwd, '..', '..', '..', '..', 'node_modules', '.bin', 'jest'), args, {
        cwd,
        env,
        stdio: 'ignore',
      });
      const r = readJson(out);
      return {
        passed: r.numPassedTests,
        failed: r.numFailedTests,
        skipped: r.numPendingTests + r.numTodoTests,
      };
    },
    frameworkArgs: (dir) => [`--cacheDirectory=${join(dir, 'cache')}`],
    fail: [...JS_FAIL, 'd:a|b', 'e:^:$', 'f:r\\s', 'g2', 'c1'],
    // Jest's pattern ignores case (`adds` runs `Adds`) and names repeat (`dup same` runs both).
    // `adds` failed in titles.spec and `math adds` in other.spec, where the other name is a test
    // too: the two files run in two processes, so neither reaches the other's.
    rerun: [...JS_FAIL, 'd:a|b', 'e:^:$', 'f:r\\s', 'g2', 'c1', 'c2', 'a3'],
  },
  {
    preset: 'vitest',
    native: (cwd, dir, env) => {
      const out = join(dir, 'native.json');
      spawnSync(
        join(cwd, '..', '..', '..', '..', 'node_modules', '.bin', 'vitest'),
        ['run', '--reporter=json', `--outputFile=${out}`],
        { cwd, env, stdio: 'ignore' },
      );
      const r = readJson(out);
      return {
        passed: r.numPassedTests,
        failed: r.numFailedTests,
        skipped: r.numPendingTests + r.numTodoTests,
      };
    },
    frameworkArgs: () => [],
    fail: [...JS_FAIL, 'a14', 'a15', 'd:a|b', 'e:^:$', 'f:r\\s', 'g2', 'k:k+1', 'k:k?', 'c1'],
    // `dup same` names two tests.
    rerun: [
      ...JS_FAIL,
      ...['a14', 'a15', 'd:a|b', 'e:^:$', 'f:r\\s', 'g2', 'k:k+1', 'k:k?', 'c1', 'c2'],
    ],
  },
  {
    preset: 'mocha',
    native: (cwd, dir, env) => {
      const out = join(dir, 'native.json');
      spawnSync(
        join(cwd, '..', '..', '..', '..', 'node_modules', '.bin', 'mocha'),
        ['--reporter', 'json', '--reporter-option', `output=${out}`],
        { cwd, env, stdio: 'ignore' },
      );
      const s = readJson(out).stats;
      return { passed: s.passes, failed: s.failures, skipped: s.pending };
    },
    frameworkArgs: () => [],
    // a14 is left out by the project's own grep (.mocharc.cjs): a rerun must not run it either.
    fail: [...JS_FAIL, 'b5', 'c1', 'd:a|b', 'd:w*'],
    rerun: [...JS_FAIL, 'b5', 'c1', 'c2', 'd:a|b', 'd:w*'],
  },
  {
    preset: 'node',
    native: (cwd, _dir, env) => {
      const tap = spawnSync(process.execPath, ['--test', '--test-reporter=tap'], {
        cwd,
        env,
        encoding: 'utf8',
      }).stdout;
      const trailer = (name: string) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)![1]);
      return {
        passed: trailer('pass'),
        failed: trailer('fail'),
        skipped: trailer('skipped') + trailer('todo'),
      };
    },
    frameworkArgs: () => [],
    fail: ['a4', 'a5', 'a6', 'a8', 'a9', 'a10', 'a11', 'a12', 'a13', 'b3', 's1'],
    // A subtest (`t.test`) reruns through its parent test.
    rerun: ['a4', 'a5', 'a6', 'a8', 'a9', 'a10', 'a11', 'a12', 'a13', 'b3', 's0', 's1', 's2'],
  },
  {
    preset: 'pytest',
    native: (cwd, dir, env) => {
      const out = join(dir, 'native.xml');
      spawnSync('python3', ['-m', 'pytest', '-p', 'no:cacheprovider', `--junitxml=${out}`], {
        cwd,
        env,
        stdio: 'ignore',
      });
      const xml = readFileSync(out, 'utf8');
      const attr = (name: string) =>
        Number(new RegExp(`<testsuite [^>]*${name}="(\\d+)"`).exec(xml)![1]);
      return {
        passed: attr('tests') - attr('failures') - attr('errors') - attr('skipped'),
        failed: attr('failures'),
        skipped: attr('skipped'),
      };
    },
    frameworkArgs: () => ['-p', 'no:cacheprovider'],
    fail: [
      ...['a1', 'p:x[1]', 'p:a-b', 'p:a::b', 'p:with space', 'p:ünï', 'p:a/b', 'p:'],
      ...['p:back\\slash', 'p:-', 'p:[', 'p:]', 'i:1', 'i:2', 'm:x2', 'c1', 'c:p q', 'c2'],
    ],
    rerun: [
      ...['a1', 'p:x[1]', 'p:a-b', 'p:a::b', 'p:with space', 'p:ünï', 'p:a/b', 'p:'],
      ...['p:back\\slash', 'p:-', 'p:[', 'p:]', 'i:1', 'i:2', 'm:x2', 'c1', 'c:p q', 'c2'],
    ],
  },
  {
    preset: 'go',
    native: (cwd, _dir, env) => {
      const out = spawnSync('go', ['test', '-json', './...'], {
        cwd,
        env,
        encoding: 'utf8',
      }).stdout;
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const line of out.split('\n')) {
        if (!line.startsWith('{')) continue;
        const event = JSON.parse(line) as { Action: string; Test?: string };
        if (event.Test === undefined) continue;
        if (event.Action === 'pass') counts.passed++;
        if (event.Action === 'fail') counts.failed++;
        if (event.Action === 'skip') counts.skipped++;
      }
      return counts;
    },
    frameworkArgs: () => [],
    fail: ['a3', 's:a/b', 's:[y]', 'f:seed/two', 'n1'],
    // A subtest reruns with its top-level test (and its siblings).
    rerun: [
      'a3',
      ...['s:with space', 's:a/b', 's:x(1)', 's:[y]', 's:a|b', 's:dot.star*', 's:^$', 's:ünï'],
      ...['s:same', 's:same', 'f:seed one', 'f:seed/two', 'n1'],
    ],
  },
];

/** The ids the fixture's tests appended to the ledger, in order. */
const ledgerIds = (path: string) => {
  try {
    return readFileSync(path, 'utf8').split('\n').filter(Boolean);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
};

describe.each(TRICKY)('$preset: names that are hard to select and count', (fw) => {
  const cwd = join(FIXTURES, 'tricky-names', fw.preset);

  it('counts as the framework does; --resume and --retries run exactly the failed tests again', async () => {
    const dir = tempDir(`tw-tricky-${fw.preset}-`);
    const ownTmp = join(dir, 'tmp');
    mkdirSync(ownTmp);
    const env = {
      TMPDIR: ownTmp,
      GOTMPDIR: ownTmp,
      GOFLAGS: '-count=1',
      PYTHONDONTWRITEBYTECODE: '1',
    };
    const run = (
      state: string,
      report: string,
      ledger: string,
      more: object,
      ...options: string[]
    ) =>
      runCli(
        presetRunArgs({
          preset: fw.preset,
          cwd,
          stateDir: join(dir, state),
          report: join(dir, report),
          options,
          frameworkArgs: fw.frameworkArgs(dir),
        }),
        { env: { ...env, FIXTURE_LEDGER: join(dir, ledger), ...more } },
      );
    const countsOf = (report: string) => {
      const { tests } = readJson(join(dir, report)).units[0] as { tests: Counts };
      return { passed: tests.passed, failed: tests.failed, skipped: tests.skipped };
    };

    const native = fw.native(cwd, dir, {
      ...process.env,
      ...env,
      FIXTURE_LEDGER: join(dir, 'native-ledger.txt'),
    });
    expect(native.failed).toBe(0);
    const clean = await run('clean', 'clean.json', 'clean-ledger.txt', {});
    expect(clean.code, clean.stdout + clean.stderr).toBe(0);
    expect(countsOf('clean.json')).toEqual(native);

    // Fail the tricky tests, then resume: the ledger holds exactly what the resume ran.
    const fail = { FIXTURE_FAIL: fw.fail.join(',') };
    const first = await run('resumed', 'first.json', 'resume-ledger.txt', fail);
    expect(first.code, first.stdout + first.stderr).toBe(1);
    expect(countsOf('first.json').failed).toBeGreaterThanOrEqual(new Set(fw.fail).size);
    const before = ledgerIds(join(dir, 'resume-ledger.txt')).length;
    const resumed = await run('resumed', 'resumed.json', 'resume-ledger.txt', {}, '--resume');
    expect(resumed.code, resumed.stdout + resumed.stderr).toBe(0);
    expect(ledgerIds(join(dir, 'resume-ledger.txt')).slice(before).sort()).toEqual(
      [...fw.rerun].sort(),
    );
    expect(countsOf('resumed.json')).toEqual(native);

    // The same failures once each, with --retries 1: the second attempt runs the same tests.
    const retried = await run(
      'retried',
      'retried.json',
      'retry-ledger.txt',
      {
        ...fail,
        FIXTURE_ONCE: '1',
      },
      '--retries',
      '1',
    );
    expect(retried.code, retried.stdout + retried.stderr).toBe(0);
    const ids = ledgerIds(join(dir, 'retry-ledger.txt'));
    const firstAttempt = ledgerIds(join(dir, 'clean-ledger.txt')).length;
    expect(ids.slice(firstAttempt).sort()).toEqual([...fw.rerun].sort());
    expect(countsOf('retried.json')).toEqual(native);
  }, 300_000);
});

describe('go: a resume after a cut run', () => {
  it('runs every test that never started, a test named in Unicode (TestÜber) among them', async () => {
    const cwd = join(FIXTURES, 'tricky-names', 'go');
    const dir = tempDir('tw-tricky-go-cut-');
    const ownTmp = join(dir, 'tmp');
    mkdirSync(ownTmp);
    const state = join(dir, 'state');
    const ledger = join(dir, 'ledger.txt');
    const env = { TMPDIR: ownTmp, GOTMPDIR: ownTmp, GOFLAGS: '-count=1', FIXTURE_LEDGER: ledger };
    const argv = (report: string, ...options: string[]) =>
      presetRunArgs({ preset: 'go', cwd, stateDir: state, report: join(dir, report), options });

    // Stopped while TestAddsTwice hangs, after TestAdds passed; TestÜber comes next in the file.
    const cut = startCli(argv('a.json'), { env: { ...env, FIXTURE_HANG: 'a2' } });
    await waitFor(
      'the hanging test, and the one before it in the checkpoint',
      () => ledgerIds(ledger).includes('a2') && passedRows(state) === 1,
      120_000,
    );
    cut.child.kill('SIGINT');
    const stopped = await cut.done;
    expect(stopped.code, stopped.stdout + stopped.stderr).toBe(130);
    expect(ledgerIds(ledger)).toEqual(['a1', 'a2']);

    const resumed = await runCli(argv('b.json', '--resume'), { env });
    expect(resumed.code, resumed.stdout + resumed.stderr).toBe(0);
    const ran = ledgerIds(ledger).slice(2);
    expect(ran).toContain('a3');
    expect(ran).not.toContain('a1');
    expect(ran).toHaveLength(19); // every test but TestAdds, subtests and fuzz seeds included
    const { tests } = readJson(join(dir, 'b.json')).units[0] as { tests: Counts };
    expect(tests).toMatchObject({ passed: 26, failed: 0, skipped: 1 });
  }, 300_000);
});

describe('pytest: a resume after a cut run', () => {
  it('deselects exactly the settled node ids (brackets and dashes in them); the rest runs, the cut case with `::` in its id too', async () => {
    const cwd = join(FIXTURES, 'tricky-names', 'pytest');
    const dir = tempDir('tw-tricky-pytest-cut-');
    const state = join(dir, 'state');
    const ledger = join(dir, 'ledger.txt');
    const env = { PYTHONDONTWRITEBYTECODE: '1', FIXTURE_LEDGER: ledger };
    const argv = (report: string, ...options: string[]) =>
      presetRunArgs({
        preset: 'pytest',
        cwd,
        stateDir: state,
        report: join(dir, report),
        options,
        frameworkArgs: ['-p', 'no:cacheprovider'],
      });

    // Stopped while the case with `::` in its id hangs, after the five tests before it passed.
    const cut = startCli(argv('a.json'), { env: { ...env, FIXTURE_HANG: 'p:a::b' } });
    await waitFor(
      'the hanging case, and the five before it in the checkpoint',
      () => ledgerIds(ledger).includes('p:a::b') && passedRows(state) === 5,
      120_000,
    );
    cut.child.kill('SIGINT');
    const stopped = await cut.done;
    expect(stopped.code, stopped.stdout + stopped.stderr).toBe(130);
    const before = ledgerIds(ledger);
    expect(before.slice(0, -1).sort()).toEqual(['a1', 'a2', 'o1', 'p:a-b', 'p:x[1]']);

    const resumed = await runCli(argv('b.json', '--resume'), { env });
    expect(resumed.code, resumed.stdout + resumed.stderr).toBe(0);
    const ran = ledgerIds(ledger).slice(before.length);
    expect(ran).toContain('p:a::b');
    expect(ran.filter((id) => before.slice(0, -1).includes(id))).toEqual([]);
    expect(ran).toHaveLength(20); // the 25 tests that append, less the 5 settled
    const { tests } = readJson(join(dir, 'b.json')).units[0] as { tests: Counts };
    expect(tests).toEqual({ passed: 24, failed: 0, skipped: 2, errors: 0 });
  }, 300_000);
});
