// Go: test flags after `--` (`-count 1`, as the Go page advises against the test cache) with --batch and --shard, and packages after `--` replacing ./... rather than being added to it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, presetRunArgs, runCli } from '../support/cli.js';
import { readJson } from '../support/files.js';
import { tempDir } from '../support/temp-dir.js';

const cwd = join(FIXTURES, 'go');
const PKG = 'example.com/twfixture';

interface Unit {
  id: string;
  files?: string[];
  testCases: { tests: { file: string; titles: string[]; status: string }[] };
}

async function run(out: string, name: string, options: string[], goArgs: string[]) {
  const result = await runCli(
    presetRunArgs({
      preset: 'go',
      cwd,
      stateDir: join(out, `${name}-state`),
      report: join(out, `${name}.json`),
      options,
      frameworkArgs: goArgs,
    }),
  );
  const units = (readJson(join(out, `${name}.json`)) as { units: Unit[] }).units;
  // The fixture has failing tests in each package: 1 when anything ran (a shard may get no
  // package: 0). A usage error (go list refusing a test flag) would be 2.
  expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(units.length > 0 ? 1 : 0);
  return units;
}

const ids = (units: Unit[]) =>
  units
    .flatMap((u) => u.testCases.tests.map((t) => `${t.file} ${t.titles.join('/')} ${t.status}`))
    .sort();

describe('go preset: arguments after --', () => {
  it('runs only the packages given, with test flags written either way', async () => {
    const out = tempDir('tw-go-args-');
    // Go's own count of the one package.
    const own = spawnSync('go', ['test', '-json', '-count=1', './calc'], { cwd, encoding: 'utf8' });
    const goTests = own.stdout
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { Action: string; Test?: string; Package: string })
      .filter((e) => e.Test && ['pass', 'fail', 'skip'].includes(e.Action));
    expect(goTests.length).toBeGreaterThan(0);
    const units = await run(out, 'calc', [], ['-count', '1', './calc']);
    const tests = units.flatMap((u) => u.testCases.tests);
    expect(new Set(tests.map((t) => t.file))).toEqual(new Set([`${PKG}/calc`]));
    expect(tests).toHaveLength(goTests.length);
  });

  it('with --batch auto and --shard: every test runs exactly once over the parts', async () => {
    const out = tempDir('tw-go-args-');
    const whole = ids(await run(out, 'whole', [], ['-count=1']));
    expect(whole.length).toBeGreaterThan(0);
    const batched = await run(out, 'auto', ['--batch', 'auto', '--jobs', '2'], ['-count', '1']);
    expect(batched.map((u) => u.id)).toEqual(['go batch 1/2', 'go batch 2/2']);
    expect(ids(batched)).toEqual(whole);
    const shards = [
      ...(await run(out, 's1', ['--shard', '1/2'], ['-count=1', '-v'])),
      ...(await run(out, 's2', ['--shard', '2/2'], ['-count=1', '-v'])),
    ];
    expect(ids(shards)).toEqual(whole);
  });

  it('honours build tags given after -- when the packages are listed for --batch', async () => {
    const out = tempDir('tw-go-tags-');
    const mod = join(out, 'mod');
    for (const dir of ['a', 'b']) mkdirSync(join(mod, dir), { recursive: true });
    writeFileSync(join(mod, 'go.mod'), 'module example.com/twtags\n\ngo 1.19\n');
    writeFileSync(
      join(mod, 'a', 'a_test.go'),
      'package a\nimport "testing"\nfunc TestA(t *testing.T) {}\n',
    );
    // Package b has tests only with the tag.
    writeFileSync(join(mod, 'b', 'b.go'), 'package b\n');
    writeFileSync(
      join(mod, 'b', 'b_test.go'),
      '//go:build integration\n\npackage b\nimport "testing"\nfunc TestB(t *testing.T) {}\n',
    );
    const run = async (name: string, goArgs: string[]) => {
      const result = await runCli(
        presetRunArgs({
          preset: 'go',
          cwd: mod,
          stateDir: join(out, `${name}-state`),
          report: join(out, `${name}.json`),
          options: ['--batch', 'auto', '--jobs', '2'],
          frameworkArgs: goArgs,
        }),
      );
      expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0);
      return ids((readJson(join(out, `${name}.json`)) as { units: Unit[] }).units);
    };
    expect(await run('tagged', ['-tags', 'integration', '-count', '1'])).toEqual([
      'example.com/twtags/a TestA passed',
      'example.com/twtags/b TestB passed',
    ]);
    expect(await run('plain', ['-count=1'])).toEqual(['example.com/twtags/a TestA passed']);
  });
});
