// pytest under --batch and --shard, with a file that fails to import and modules skipped as a whole: every batch's other files run, the error names its file, and the counts over the batches equal pytest's own.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { presetRunArgs, runCli } from '../support/cli.js';
import { readJson, suiteDir } from '../support/files.js';
import { tempDir } from '../support/temp-dir.js';

const env = { ...process.env, PYTHONDONTWRITEBYTECODE: '1' };

const SUITE = {
  'test_a.py': 'def test_a_passes():\n    pass\n\ndef test_a_fails():\n    assert 1 + 1 == 3\n',
  'test_broken.py':
    'raise RuntimeError("test_broken.py cannot load")\n\ndef test_never():\n    pass\n',
  'test_c.py': 'def test_c1():\n    pass\n\ndef test_c2():\n    pass\n',
  'test_module_skip.py':
    'import pytest\npytest.skip("not on this system", allow_module_level=True)\n\ndef test_never():\n    pass\n',
  'test_marked_skip.py':
    'import pytest\npytestmark = pytest.mark.skip(reason="all of it")\n\ndef test_m1():\n    pass\n\ndef test_m2():\n    pass\n',
};

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
  errors: number;
}
interface ReportUnit {
  id: string;
  files?: string[];
  tests?: Counts;
  testCases?: { fileErrors: { file: string; failure?: { message: string } }[] };
}

/** pytest's own summary line (`1 failed, 3 passed, 3 skipped, 1 error in 0.1s`) as counts. */
function pytestSummary(args: string[], cwd: string): Counts {
  const own = spawnSync('python3', ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', ...args], {
    cwd,
    env,
    encoding: 'utf8',
  });
  const line = own.stdout.trim().split('\n').at(-1) ?? '';
  const count = (word: string) => Number(new RegExp(`(\\d+) ${word}`).exec(line)?.[1] ?? 0);
  return {
    passed: count('passed'),
    failed: count('failed'),
    skipped: count('skipped'),
    errors: count('errors?'),
  };
}

const sum = (units: ReportUnit[]): Counts =>
  units.reduce(
    (a, u) => ({
      passed: a.passed + (u.tests?.passed ?? 0),
      failed: a.failed + (u.tests?.failed ?? 0),
      skipped: a.skipped + (u.tests?.skipped ?? 0),
      errors: a.errors + (u.tests?.errors ?? 0),
    }),
    { passed: 0, failed: 0, skipped: 0, errors: 0 },
  );

describe('pytest batches and shards: a file that fails to import, modules skipped whole', () => {
  const run = async (suite: string, name: string, options: string[]) => {
    const out = tempDir('tw-pytest-batch-collection-');
    const report = join(out, `${name}.json`);
    const result = await runCli(
      presetRunArgs({
        preset: 'pytest',
        cwd: suite,
        stateDir: join(suite, '.testwarden', name),
        report,
        options: ['--containers', 'off', ...options],
        frameworkArgs: ['-p', 'no:cacheprovider'],
      }),
      { env },
    );
    // 2 would be a usage error: the listing refused the suite and nothing ran.
    expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(1);
    return (readJson(report) as { units: ReportUnit[] }).units;
  };
  const broken = (units: ReportUnit[]) =>
    units.flatMap((u) => u.testCases?.fileErrors ?? []).map((e) => [e.file, e.failure?.message]);

  it('every batch runs its files that load, and the batches count as pytest --continue-on-collection-errors does', async () => {
    const suite = suiteDir(SUITE);
    const own = pytestSummary(['--continue-on-collection-errors'], suite);
    expect(own).toEqual({ passed: 3, failed: 1, skipped: 3, errors: 1 });

    // One batch of every file: the file that does not load shares it with all the others.
    const one = await run(suite, 'one-batch', ['--batch', '5']);
    expect(one.map((u) => u.files?.length)).toEqual([5]);
    expect(sum(one)).toEqual(own);
    expect(broken(one)).toEqual([
      ['test_broken.py', expect.stringContaining('test_broken.py cannot load')],
    ]);

    const auto = await run(suite, 'auto', ['--batch', 'auto', '--jobs', '2']);
    expect(auto.flatMap((u) => u.files ?? []).sort()).toEqual(Object.keys(SUITE).sort());
    expect(sum(auto)).toEqual(own);

    const shards = [
      ...(await run(suite, 's1', ['--shard', '1/2'])),
      ...(await run(suite, 's2', ['--shard', '2/2'])),
    ];
    expect(shards.flatMap((u) => u.files ?? []).sort()).toEqual(Object.keys(SUITE).sort());
    expect(sum(shards)).toEqual(own);
    expect(broken(shards)).toHaveLength(1);
  });

  it('modules skipped whole are listed and counted by their batch, as plain pytest counts them, across a resume', async () => {
    const { ['test_broken.py']: _broken, ...loading } = SUITE;
    const suite = suiteDir(loading);
    const own = pytestSummary([], suite);
    expect(own).toEqual({ passed: 3, failed: 1, skipped: 3, errors: 0 });
    const files = Object.keys(loading).sort();

    const auto = await run(suite, 'auto', ['--batch', 'auto', '--jobs', '2']);
    expect(auto.flatMap((u) => u.files ?? []).sort()).toEqual(files);
    expect(sum(auto)).toEqual(own);
    // The resume reruns the failed test and carries the rest, the skipped modules included.
    const resumed = await run(suite, 'auto', ['--batch', 'auto', '--jobs', '2', '--resume']);
    expect(sum(resumed)).toEqual(own);

    const shards = [
      ...(await run(suite, 's1', ['--shard', '1/2'])),
      ...(await run(suite, 's2', ['--shard', '2/2'])),
    ];
    expect(shards.flatMap((u) => u.files ?? []).sort()).toEqual(files);
    expect(sum(shards)).toEqual(own);
  });

  it('the whole suite in one unit runs as pytest does: the session stops at the collection error', async () => {
    const suite = suiteDir(SUITE);
    const own = pytestSummary([], suite);
    expect(own).toEqual({ passed: 0, failed: 0, skipped: 1, errors: 1 });
    const whole = await run(suite, 'whole', []);
    expect(sum(whole)).toEqual(own);
    expect(broken(whole)).toEqual([
      ['test_broken.py', expect.stringContaining('test_broken.py cannot load')],
    ]);
  });
});
