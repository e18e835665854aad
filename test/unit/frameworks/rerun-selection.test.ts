// What runs again for a preset unit: the failed and unfinished tests by the framework's own selection after a complete report, everything but the settled tests after a cut one.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UnitTestRecords } from '../../../src/core/checkpoint/checkpoint-tests.js';
import type { PresetContext } from '../../../src/core/frameworks/preset.js';
import { presetNamed } from '../../../src/core/frameworks/presets/index.js';
import { planRerun } from '../../../src/core/frameworks/rerun-selection.js';
import { FIXTURES, REPORTERS } from '../../support/framework-run.js';
import { tempDir } from '../../support/temp-dir.js';

function records(finished: boolean, rows: [string, string[], string][]) {
  const r = new UnitTestRecords(finished);
  for (const [file, titles, status] of rows) r.set({ file, titles }, status as never);
  return r;
}

function plan(name: string, recorded: UnitTestRecords, cwd = tempDir()) {
  const context: PresetContext = {
    cwd,
    // go test's work folders go under this test's own temp folder.
    env: { ...process.env, GOTMPDIR: tempDir(), GOFLAGS: '-count=1' },
    reportersDir: REPORTERS,
    program: name === 'go' ? undefined : [name],
  };
  return planRerun({
    preset: presetNamed(name),
    context,
    extraArgs: ['--extra'].filter(() => name !== 'go'),
    records: recorded,
    deselectFile: join(tempDir(), 'settled.txt'),
  });
}

const JEST_ROWS: [string, string[], string][] = [
  ['a.spec.js', ['math', 'adds'], 'passed'],
  ['a.spec.js', ['math', 'fails'], 'failed'],
  ['a.spec.js', ['hangs'], 'running'],
  ['b.spec.js', ['b', 'skips'], 'skipped'],
  ['broken.spec.js', [], 'error'],
];

describe('planRerun', () => {
  it('after a complete report: the failed, errored and unfinished tests by name, a broken file whole', async () => {
    const rerun = await plan('jest', records(true, JEST_ROWS));
    expect(rerun).toMatchObject({ kind: 'run', scope: 'tests', rerun: 3, settled: 2 });
    if (rerun.kind !== 'run') throw new Error('expected a run');
    // The broken file's tests are not known: it runs whole, in a process without a name pattern.
    expect(rerun.invocations).toHaveLength(2);
    const [whole, named] = rerun.invocations.map((i) => i.argv);
    expect(whole!.filter((a) => a.startsWith('--testNamePattern'))).toEqual([]);
    expect(whole!.slice(whole!.indexOf('--runTestsByPath'))).toEqual([
      '--runTestsByPath',
      'broken.spec.js',
    ]);
    expect(named).toContain('--testNamePattern=^(?:math fails|hangs)$');
    expect(named!.slice(named!.indexOf('--runTestsByPath'))).toEqual([
      '--runTestsByPath',
      'a.spec.js',
    ]);
    for (const argv of [whole!, named!]) expect(argv).toContain('--extra');
  });

  it('after a complete report: Vitest and Mocha run a broken file whole too, without a name pattern', async () => {
    for (const name of ['vitest', 'mocha']) {
      const rerun = await plan(name, records(true, JEST_ROWS));
      if (rerun.kind !== 'run') throw new Error('expected a run');
      expect(rerun.invocations, name).toHaveLength(2);
      const [whole, named] = rerun.invocations;
      expect(whole!.argv, name).toContain('broken.spec.js');
      expect(whole!.argv, name).not.toContain('a.spec.js');
      expect(
        whole!.argv.filter((a) => a.startsWith('--testNamePattern')),
        name,
      ).toEqual([]);
      expect(whole!.env.TESTWARDEN_MOCHA_SELECT, name).toBeUndefined();
      expect(named!.argv, name).toContain('a.spec.js');
      expect(named!.argv, name).not.toContain('broken.spec.js');
    }
  });

  it('nothing to run when every test is settled after a complete report', async () => {
    const rerun = await plan('vitest', records(true, [['a.ts', ['x'], 'passed']]));
    expect(rerun).toEqual({ kind: 'nothing', settled: 1 });
  });

  it('after a cut report: Jest and Vitest run everything but the settled full names', async () => {
    for (const name of ['jest', 'vitest']) {
      const rerun = await plan(name, records(false, JEST_ROWS));
      expect(rerun).toMatchObject({ kind: 'run', scope: 'all-but-settled' });
      if (rerun.kind !== 'run') throw new Error('expected a run');
      const argv = rerun.invocations[0]!.argv;
      expect(argv).toContain('--testNamePattern=^(?!(?:math adds|b skips)$)');
      expect(argv).not.toContain('--runTestsByPath');
      const pattern = new RegExp('^(?!(?:math adds|b skips)$)');
      expect(
        ['math adds', 'b skips', 'math fails', 'math adds more'].filter((n) => pattern.test(n)),
      ).toEqual(['math fails', 'math adds more']);
    }
  });

  it('after a cut report: Mocha leaves out the settled titles through its batch configuration', async () => {
    const rerun = await plan('mocha', records(false, JEST_ROWS));
    if (rerun.kind !== 'run') throw new Error('expected a run');
    const [invocation] = rerun.invocations;
    expect(invocation!.argv).toContain(join(REPORTERS, 'mocha-batch.cjs'));
    expect(invocation!.argv).not.toContain('--grep');
    // No files named: the suite as the project's spec names it, the project's grep kept (mocha-batch.cjs).
    expect(invocation!.env).toMatchObject({
      TESTWARDEN_MOCHA_KEEP_SPEC: '1',
      TESTWARDEN_MOCHA_ARGS: '["--extra"]',
    });
    expect(JSON.parse(invocation!.env.TESTWARDEN_MOCHA_SELECT!)).toEqual({
      pattern: '^(?:math adds|b skips)$',
      except: true,
    });
  });

  it('titles with control characters (data-driven tests) become patterns a command line can hold', async () => {
    const titles = ['\0javascript:', 'tab\there', 'esc \x1b[0m', 'line\nbreak', 'del \x7f'];
    const rows = records(
      false,
      titles.map((t): [string, string[], string] => ['a.spec.ts', ['inputs', t], 'passed']),
    );
    rows.set({ file: 'a.spec.ts', titles: ['inputs', 'hangs'] }, 'running');
    for (const name of ['jest', 'vitest', 'mocha']) {
      const rerun = await plan(name, rows);
      if (rerun.kind !== 'run') throw new Error('expected a run');
      const argv = rerun.invocations[0]!.argv;
      // eslint-disable-next-line no-control-regex
      expect(argv.filter((a) => /[\u0000-\u001f\u007f]/.test(a))).toEqual([]);
      // Jest and Vitest: a pattern the settled names fail; Mocha: a pattern they match, left out.
      const mochaSelect = rerun.invocations[0]!.env.TESTWARDEN_MOCHA_SELECT;
      const runs = (title: string) =>
        name === 'mocha'
          ? !new RegExp(JSON.parse(mochaSelect!).pattern).test(title)
          : new RegExp(argv.find((a) => a.startsWith('--testNamePattern='))!.slice(18)).test(title);
      expect(titles.filter((t) => runs(`inputs ${t}`))).toEqual([]);
      expect(runs('inputs hangs')).toBe(true);
    }
    // A rerun of failed tests by name takes the same escape.
    const failed = records(true, [['a.spec.ts', ['inputs', '\0x'], 'failed']]);
    const rerun = await plan('vitest', failed);
    if (rerun.kind !== 'run') throw new Error('expected a run');
    expect(rerun.invocations[0]!.argv).toContain('--testNamePattern=^(?:inputs \\x00x)$');
  });

  it('a title the reporter clipped (over 1,024 characters) is chosen by what it begins with', async () => {
    const long = `long ${'x'.repeat(3000)}`;
    const clipped = `${long.slice(0, 1024)}…`;
    const failed = records(true, [
      ['a.spec.ts', ['group', clipped], 'failed'],
      ['a.spec.ts', ['group', 'ok'], 'passed'],
    ]);
    for (const name of ['jest', 'vitest', 'mocha', 'node']) {
      const rerun = await plan(name, failed);
      if (rerun.kind !== 'run') throw new Error('expected a run');
      const { argv, env } = rerun.invocations[0]!;
      const patterns =
        name === 'mocha'
          ? [JSON.parse(env.TESTWARDEN_MOCHA_SELECT!).pattern as string]
          : argv
              .filter((a) => /^--test(?:-name-pattern|NamePattern)=/.test(a))
              .map((a) => a.slice(a.indexOf('=') + 1));
      expect(patterns, name).toHaveLength(1);
      const pattern = new RegExp(patterns[0]!);
      expect(pattern.test(`group ${long}`), name).toBe(true);
      expect(pattern.test('group ok'), name).toBe(false);
      expect(pattern.test(`group ${long.slice(0, 1000)}`), name).toBe(false);
    }
    // Leaving settled tests out stays exact: a clipped settled title is never taken for another test.
    const settled = records(false, [['a.spec.ts', ['group', clipped], 'passed']]);
    const rerun = await plan('jest', settled);
    if (rerun.kind !== 'run') throw new Error('expected a run');
    const exclusive = rerun.invocations[0]!.argv.find((a) => a.startsWith('--testNamePattern='))!;
    expect(new RegExp(exclusive.slice(18)).test(`group ${long}`)).toBe(true);
  });

  it('more failed tests than a command line can name: their files run whole', async () => {
    // 15,000 failures (a broken build fails every test): 1.3 MB of names.
    const rows: [string, string[], string][] = [['ok_test.py', ['test_passes'], 'passed']];
    for (let n = 0; n < 15_000; n++)
      rows.push([`test_${n % 3}.py`, ['TestSuite', `test_${'x'.repeat(60)}_${n}`], 'failed']);
    for (const name of ['jest', 'vitest', 'mocha', 'pytest']) {
      const rerun = await plan(name, records(true, rows));
      expect(rerun, name).toMatchObject({ kind: 'run', scope: 'files', rerun: 15_000, settled: 1 });
      if (rerun.kind !== 'run') throw new Error('expected a run');
      for (const { argv } of rerun.invocations) {
        expect(Math.max(...argv.map((a) => a.length))).toBeLessThan(128 * 1024);
        expect(argv.join(' ').length).toBeLessThan(1024 * 1024);
      }
      const argv = rerun.invocations.flatMap((i) => i.argv);
      expect(argv.filter((a) => /test_\d\.py$/.test(a)).sort()).toEqual([
        'test_0.py',
        'test_1.py',
        'test_2.py',
      ]);
      expect(argv.join(' ')).not.toMatch(/ok_test\.py|xxxx/);
    }
  });

  it('node:test and Go: more failed tests than a command line can name run in several processes, exactly', async () => {
    // 15,000 failures in three files (Go: packages) plus one test that passed.
    const long = (n: number) => `Test${'X'.repeat(60)}_${n}`;
    const rows: [string, string[], string][] = [['ok', ['TestPasses'], 'passed']];
    for (let n = 0; n < 15_000; n++) rows.push([`pkg${n % 3}`, [long(n)], 'failed']);
    for (const name of ['node', 'go']) {
      const rerun = await plan(name, records(true, rows));
      expect(rerun, name).toMatchObject({ kind: 'run', scope: 'tests', rerun: 15_000, settled: 1 });
      if (rerun.kind !== 'run') throw new Error('expected a run');
      // More than one -run / --test-name-pattern per file: the names were split.
      const selecting = rerun.invocations
        .flatMap((i) => i.argv)
        .filter((a) => a === '-run' || a.startsWith('--test-name-pattern='));
      expect(selecting.length, name).toBeGreaterThan(3);
      const ran = new Map<string, Set<string>>();
      for (const { argv } of rerun.invocations) {
        expect(Math.max(...argv.map((a) => a.length))).toBeLessThan(128 * 1024);
        expect(argv.join(' ').length).toBeLessThan(1024 * 1024);
        // The tests each process selects, per file: what its patterns match among the suite's names.
        const patterns =
          name === 'go'
            ? [argv[argv.indexOf('-run') + 1]!]
            : argv.filter((a) => a.startsWith('--test-name-pattern=')).map((a) => a.slice(20));
        const files = argv.filter((a) => /^pkg\d$|^ok$/.test(a));
        for (const file of files) {
          const names = ran.get(file) ?? new Set<string>();
          const selects = new RegExp(patterns.map((p) => `(?:${p})`).join('|'));
          for (const [f, titles] of rows)
            if (f === file && selects.test(titles[0]!)) names.add(titles[0]!);
          ran.set(file, names);
        }
      }
      expect([...ran.keys()].sort(), name).toEqual(['pkg0', 'pkg1', 'pkg2']);
      for (const [file, names] of ran) expect(names.size, `${name} ${file}`).toBe(5000);
    }
  });

  it('Go after a cut report: a package with more unsettled tests than one -run holds runs in several processes', async () => {
    const cwd = tempDir();
    const names = Array.from({ length: 1500 }, (_, n) => `Test${'Y'.repeat(80)}_${n}`);
    writeFileSync(join(cwd, 'go.mod'), 'module example.com/many\n\ngo 1.19\n');
    writeFileSync(
      join(cwd, 'many_test.go'),
      `package many\n\nimport "testing"\n\n${names.map((n) => `func ${n}(t *testing.T) {}\n`).join('')}`,
    );
    const pkg = 'example.com/many';
    const rerun = await plan(
      'go',
      records(false, [
        [pkg, [names[0]!], 'passed'],
        [pkg, [names[1]!], 'running'],
      ]),
      cwd,
    );
    if (rerun.kind !== 'run') throw new Error('expected a run');
    expect(rerun.scope).toBe('all-but-settled');
    expect(rerun.invocations.length).toBeGreaterThan(1);
    const selected: string[] = [];
    for (const { argv } of rerun.invocations) {
      expect(Math.max(...argv.map((a) => a.length))).toBeLessThan(128 * 1024);
      expect(argv.at(-1)).toBe(pkg);
      const run = new RegExp(argv[argv.indexOf('-run') + 1]!);
      selected.push(...names.filter((n) => run.test(n)));
    }
    expect(selected.sort()).toEqual(names.slice(1).sort());
  }, 120_000);

  it('after a cut report: pytest deselects the settled node ids through its plugin', async () => {
    const rows = records(false, [
      ['test_a.py', ['TestA', 'test_x[1-2]'], 'passed'],
      ['test_a.py', ['test_y'], 'failed'],
    ]);
    rows.set({ file: 'test_b.py', titles: ['test_z'], nodeId: 'sub/test_b.py::test_z' }, 'xfail');
    const rerun = await plan('pytest', rows);
    if (rerun.kind !== 'run') throw new Error('expected a run');
    const { argv, env } = rerun.invocations[0]!;
    expect(argv).not.toContain('test_a.py::test_y');
    expect(readFileSync(env.TESTWARDEN_DESELECT!, 'utf8')).toBe(
      'test_a.py::TestA::test_x[1-2]\nsub/test_b.py::test_z\n',
    );
  });

  it('after a cut report: node:test runs the whole suite (it cannot leave tests out by name)', async () => {
    const rerun = await plan('node', records(false, JEST_ROWS));
    expect(rerun).toMatchObject({ kind: 'run', scope: 'all' });
    expect((rerun as { why: string }).why).toMatch(/cannot leave out tests by name/);
  });

  it('a settled-name pattern too long for one argument runs the whole suite', async () => {
    const rows: [string, string[], string][] = Array.from({ length: 2000 }, (_, i) => [
      'a.js',
      ['a rather long describe title to fill the pattern', `test number ${i}`],
      'passed',
    ]);
    const rerun = await plan('jest', records(false, rows));
    expect(rerun).toMatchObject({ kind: 'run', scope: 'all' });
  });

  it('after a cut report: Go runs the top-level tests go test -list names, less the settled ones', async () => {
    const pkg = 'example.com/twfixture/calc';
    const rerun = await plan(
      'go',
      records(false, [
        [pkg, ['TestAdd'], 'passed'],
        [pkg, ['TestAddTable'], 'passed'],
        [pkg, ['TestAddTable', 'one'], 'failed'],
        [pkg, ['TestSkipped'], 'skipped'],
        [pkg, ['TestHangsWhenAsked'], 'running'],
      ]),
      join(FIXTURES, 'go'),
    );
    if (rerun.kind !== 'run') throw new Error('expected a run');
    expect(rerun.scope).toBe('all-but-settled');
    const argvs = rerun.invocations.map((i) => i.argv.slice(2));
    expect(argvs).toContainEqual([
      '-json',
      '-run',
      '^(?:TestAddTable|TestFails|TestHangsWhenAsked|TestLeaksAProcessWhenAsked)$',
      pkg,
    ]);
    expect(argvs).toContainEqual([
      '-json',
      '-run',
      '^(?:TestAdd|TestFails)$',
      'example.com/twfixture/strs',
    ]);
    expect(argvs).toHaveLength(2);
  }, 120_000);
});
