// --batch and --shard with a preset, with the bundled CLI on real frameworks: batches run exactly their files and add up to the framework's own counts, the two shards run every test once, and a resume reruns exactly the failed tests in their batches.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { FIXTURES, presetRunArgs, runCli } from '../support/cli.js';
import { ledgerOf, readJson } from '../support/files.js';
import { tempDir } from '../support/temp-dir.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

interface Framework {
  name: 'jest' | 'pytest' | 'go' | 'node' | 'mocha' | 'vitest';
  /** The fixture's two files (Go: packages) plus these, so that batches of two files exist. */
  extra: Record<string, string>;
  ledgerName: (titles: string[]) => string;
  args: (dir: string) => string[];
  /** The framework's own counts for the whole suite copy, from its JSON reporter. */
  ownCounts?: (suite: string, dir: string, env: Record<string, string>) => Record<string, number>;
}

/** Runs the suite's own framework with its JSON reporter writing `file`, and reads that file. */
function ownJson(
  suite: string,
  env: Record<string, string>,
  file: string,
  argv: string[],
): Record<string, unknown> {
  spawnSync(argv[0]!, argv.slice(1), { cwd: suite, env: { ...process.env, ...env } });
  return readJson(file);
}

const jsExtra = (x: string) =>
  `const record = require('./ledger.cjs');\ndescribe('extra ${x}', () => {\n  test('one', () => record('extra ${x} one'));\n  test('two', () => record('extra ${x} two'));\n});\n`;
const pyExtra = (x: string) =>
  `def test_one(record):\n    record("extra_${x}_one")\n\n\ndef test_two(record):\n    record("extra_${x}_two")\n`;
const goExtra = (x: string) =>
  `package extra${x}\n\nimport (\n\t"testing"\n\n\t"example.com/twfixture/ledger"\n)\n\nfunc TestOne(t *testing.T) { ledger.Record(t) }\n\nfunc TestTwo(t *testing.T) { ledger.Record(t) }\n`;
const nodeExtra = (x: string) =>
  `import { createRequire } from 'node:module';\nimport { test } from 'node:test';\nconst record = createRequire(import.meta.url)('./ledger.cjs');\ntest('extra ${x} one', () => record('extra ${x} one'));\ntest('extra ${x} two', () => record('extra ${x} two'));\n`;

const vitestExtra = (x: string) =>
  `import { describe, test } from 'vitest';\nimport { record } from './ledger.js';\ndescribe('extra ${x}', () => {\n  test('one', () => record('extra ${x} one'));\n  test('two', () => record('extra ${x} two'));\n});\n`;
/**
 * Mocha's configuration is kept in every batch: the required setup file, `ignore`, `recursive`,
 * `extension`, package.json's spec beside the rc file's, and the options after `--` (--timeout).
 * A test fails when the setup did not run or the timeout is not the one given after `--`.
 */
const MOCHA_CHECK = `if (!globalThis.fixtureSetup) throw new Error('the setup file did not run');\n    if (this.timeout() !== 4321) throw new Error('timeout ' + this.timeout() + ', not the 4321 given');`;
const mochaExtra: Record<string, string> = {
  '.mocharc.cjs': `module.exports = {\n  spec: ['*.spec.cjs', 'deep'],\n  recursive: true,\n  extension: ['cjs', 'mjs'],\n  ignore: ['deep/ignored.spec.cjs'],\n  require: ['./setup.cjs'],\n};\n`,
  'package.json': `{ "private": true, "mocha": { "spec": ["extra/*.spec.cjs"] } }\n`,
  'setup.cjs': `globalThis.fixtureSetup = true;\n`,
  'deep/inner/extra_a.spec.mjs': `import { createRequire } from 'node:module';\nconst record = createRequire(import.meta.url)('../../ledger.cjs');\ndescribe('extra a', () => {\n  it('one', function () {\n    ${MOCHA_CHECK}\n    record('extra a one');\n  });\n  it('two', () => record('extra a two'));\n});\n`,
  'extra/extra_b.spec.cjs': `const record = require('../ledger.cjs');\ndescribe('extra b', () => {\n  it('one', function () {\n    ${MOCHA_CHECK}\n    record('extra b one');\n  });\n  it('two', () => record('extra b two'));\n});\n`,
  'deep/ignored.spec.cjs': `it('is ignored by the configuration', () => {\n  throw new Error('an ignored file ran');\n});\n`,
  'deep/notes.txt': `not a test: its extension is not in the configuration's\n`,
};

const FRAMEWORKS: Framework[] = [
  {
    name: 'jest',
    extra: { 'extra_a.spec.cjs': jsExtra('a'), 'extra_b.spec.cjs': jsExtra('b') },
    ledgerName: (t) => t.join(' '),
    args: (dir) => [`--cacheDirectory=${join(dir, 'jest-cache')}`],
  },
  {
    name: 'pytest',
    extra: { 'test_extra_a.py': pyExtra('a'), 'test_extra_b.py': pyExtra('b') },
    ledgerName: (t) => t.join('::'),
    args: () => ['-p', 'no:cacheprovider'],
  },
  {
    name: 'go',
    extra: { 'extraa/extraa_test.go': goExtra('a'), 'extrab/extrab_test.go': goExtra('b') },
    ledgerName: (t) => t.join('/'),
    args: () => [],
  },
  {
    name: 'node',
    extra: { 'extra_a.test.mjs': nodeExtra('a'), 'extra_b.test.mjs': nodeExtra('b') },
    ledgerName: (t) => t.join(' '),
    args: () => [],
  },
  {
    name: 'mocha',
    extra: mochaExtra,
    ledgerName: (t) => t.join(' '),
    args: () => ['--timeout', '4321'],
    ownCounts: (suite, dir, env) => {
      const file = join(dir, 'mocha-own.json');
      const { stats } = ownJson(suite, env, file, [
        join(suite, 'node_modules', '.bin', 'mocha'),
        '--reporter',
        'json',
        '--reporter-option',
        `output=${file}`,
        '--timeout',
        '4321',
      ]) as { stats: Record<string, number> };
      return { passed: stats.passes!, failed: stats.failures!, skipped: stats.pending! };
    },
  },
  {
    name: 'vitest',
    // Vitest's file arguments are substring filters: `a_extra.spec.ts` also matches the other
    // file, which is in the other batch (and its own unit with --batch 1).
    extra: { 'a_extra.spec.ts': vitestExtra('a'), 'b_a_extra.spec.ts': vitestExtra('b') },
    ledgerName: (t) => t.join(' '),
    args: () => [],
    ownCounts: (suite, dir, env) => {
      const file = join(dir, 'vitest-own.json');
      const own = ownJson(suite, env, file, [
        join(suite, 'node_modules', '.bin', 'vitest'),
        'run',
        '--reporter=json',
        `--outputFile.json=${file}`,
      ]) as Record<string, number>;
      return {
        passed: own.numPassedTests!,
        failed: own.numFailedTests!,
        skipped: own.numPendingTests!,
        todo: own.numTodoTests!,
      };
    },
  },
];

interface TestCase {
  file: string;
  titles: string[];
  status: string;
}

interface ReportUnit {
  id: string;
  outcome: string;
  fromCheckpoint: boolean;
  attempts: number;
  files?: string[];
  tests: { passed: number; failed: number; skipped: number };
  testCases: { tests: TestCase[]; counts: Record<string, number> };
  leaked: { kind: string; command?: string; action: string }[];
}

interface Report {
  units: ReportUnit[];
  totals: { tests: object };
  shard?: { index: number; total: number; units: number };
}

const SETTLED = new Set(['passed', 'skipped', 'todo', 'xfail', 'xpass']);

/** The framework counts of all units together. */
function summed(units: readonly ReportUnit[]): Record<string, number> {
  const sum: Record<string, number> = {};
  for (const u of units)
    for (const [k, v] of Object.entries(u.testCases.counts)) sum[k] = (sum[k] ?? 0) + v;
  return sum;
}

function junitTests(path: string): string {
  const xml = new XMLParser({ ignoreAttributes: false }).parse(readFileSync(path, 'utf8'));
  return xml.testsuites['@_tests'] as string;
}

/** A copy of the fixture suite with two more files, so that `--batch 2` makes two batches of two. */
function suiteCopy(fw: Framework, dir: string): string {
  const suite = join(dir, 'suite');
  // A framework's own cache in the fixture folder (Vitest's node_modules/.vite) is not the suite's.
  cpSync(join(FIXTURES, fw.name), suite, {
    recursive: true,
    filter: (source) => !source.split(/[\\/]/).includes('node_modules'),
  });
  for (const [path, text] of Object.entries(fw.extra)) {
    mkdirSync(join(suite, path, '..'), { recursive: true });
    writeFileSync(join(suite, path), text);
  }
  // The framework is found as the project's own node_modules/.bin/<name>.
  if (['jest', 'mocha', 'vitest'].includes(fw.name))
    symlinkSync(join(REPO, 'node_modules'), join(suite, 'node_modules'));
  return suite;
}

describe.each(FRAMEWORKS)('$name: --batch and --shard', (fw) => {
  it('batches add up to the whole run, shards run every test once, a resume reruns the failed tests in their batches', async () => {
    const dir = tempDir(`tw-batch-${fw.name}-`);
    const suite = suiteCopy(fw, dir);
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
    const run = async (name: string, ...more: string[]) => {
      const result = await runCli(
        presetRunArgs({
          preset: fw.name,
          cwd: suite,
          stateDir: join(dir, `state-${name.split('-')[0]}`),
          report: join(dir, `${name}.json`),
          junit: join(dir, `${name}.xml`),
          options: more,
          frameworkArgs: fw.args(dir),
        }),
        { env },
      );
      const report = readJson(join(dir, `${name}.json`)) as unknown as Report;
      const ran = ledgerOf(ledger);
      rmSync(ledger, { force: true });
      return { result, report, ran };
    };

    // The whole suite as one unit: the framework's own counts (tested equal to its JSON elsewhere).
    const whole = await run('whole');
    expect(whole.result.code, whole.result.stdout + whole.result.stderr).toBe(1);
    expect(whole.report.units).toHaveLength(1);
    const all = whole.ran;
    const wholeUnit = whole.report.units[0]!;
    const discovered = [...new Set(wholeUnit.testCases.tests.map((t) => t.file))].sort();
    expect(discovered).toHaveLength(4);
    const failed = wholeUnit.testCases.tests.filter((t) => !SETTLED.has(t.status));
    expect(failed.length).toBeGreaterThan(0);
    if (fw.ownCounts) {
      // The framework's own JSON reporter on the same suite: the same counts.
      expect(wholeUnit.testCases.counts).toMatchObject(fw.ownCounts(suite, dir, env));
      rmSync(ledger, { force: true });
    }
    if (fw.name === 'mocha') {
      // Mocha's configuration decided the files: package.json's spec beside the rc file's, the
      // folder read recursively for both extensions, the ignored file left out.
      expect(discovered).toEqual([
        'deep/inner/extra_a.spec.mjs',
        'extra/extra_b.spec.cjs',
        'math.spec.cjs',
        'strings.spec.cjs',
      ]);
      // The setup file required and the --timeout after `--` applied (these tests check both).
      expect(all).toEqual(expect.arrayContaining(['extra a one', 'extra b one']));
    }
    const failedNames = failed
      .map((t) => fw.ledgerName(t.titles))
      .filter((n) => all.includes(n))
      .sort();

    // The dry run names each batch and its files.
    const dry = await runCli(
      [
        'run',
        '--dry-run',
        '--preset',
        fw.name,
        '--cwd',
        suite,
        '--batch',
        '2',
        '--jobs',
        '2',
        '--state-dir',
        join(dir, 'state-dry'),
        '--',
        ...fw.args(dir),
      ],
      { env },
    );
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('Files the framework discovered: 4');
    expect(dry.stdout).toContain('Units (batches): 2 (4 files)');
    expect(dry.stdout).toContain(`${fw.name} batch 2/2: 2 files`);

    // Two batches of two files over two lanes: every test once, the same counts, one testcase per test.
    const batched = await run('batched', '--batch', '2', '--jobs', '2');
    expect(batched.result.code, batched.result.stdout + batched.result.stderr).toBe(1);
    expect(batched.report.units.map((u) => u.id).sort()).toEqual([
      `${fw.name} batch 1/2`,
      `${fw.name} batch 2/2`,
    ]);
    expect(batched.report.units.map((u) => u.files!.length)).toEqual([2, 2]);
    expect(batched.report.units.flatMap((u) => u.files!).sort()).toEqual(discovered);
    for (const unit of batched.report.units)
      for (const t of unit.testCases.tests) expect(unit.files).toContain(t.file);
    expect(batched.ran).toEqual(all);
    if (fw.name === 'mocha')
      expect(batched.ran).toEqual(expect.arrayContaining(['extra a one', 'extra b one']));
    expect(summed(batched.report.units)).toEqual(wholeUnit.testCases.counts);
    expect(batched.report.totals.tests).toEqual(whole.report.totals.tests);
    expect(junitTests(join(dir, 'batched.xml'))).toBe(junitTests(join(dir, 'whole.xml')));

    // Resume: exactly the failed tests run again, each in the batch holding its file.
    const resumed = await run('batched-resume', '--batch', '2', '--jobs', '2', '--resume');
    expect(resumed.result.code, resumed.result.stdout + resumed.result.stderr).toBe(1);
    expect(resumed.result.stdout).toMatch(/failed or unfinished tests? again/);
    expect(resumed.ran).toEqual(failedNames);
    expect(summed(resumed.report.units)).toEqual(wholeUnit.testCases.counts);
    for (const t of failed) {
      const holder = resumed.report.units.find((u) => u.files!.includes(t.file))!;
      expect(holder.attempts).toBe(1);
      expect(holder.testCases.tests).toContainEqual(
        expect.objectContaining({ file: t.file, titles: t.titles, status: t.status }),
      );
    }

    // Resume with another batching: the tests that passed are carried by file and titles, not
    // by batch id; exactly the failed ones run, in today's units.
    const rebatched = await run('batched-rebatch', '--batch', '1', '--jobs', '2', '--resume');
    expect(rebatched.result.code, rebatched.result.stdout + rebatched.result.stderr).toBe(1);
    expect(rebatched.result.stdout).toContain(
      'the unit list changed since: merged by id, 2 recorded units no longer listed',
    );
    expect(rebatched.result.stdout).toMatch(
      /The units changed since the checkpoint \(another --batch\?\): its \d+ recorded tests? were given to today's 4 units by file/,
    );
    expect(rebatched.ran).toEqual(failedNames);
    expect(rebatched.report.units.map((u) => u.id).sort()).toEqual(discovered);
    expect(summed(rebatched.report.units)).toEqual(wholeUnit.testCases.counts);
    // Each unit's id (--batch 1: the file) names the file it ran; a file none of whose tests
    // failed is carried.
    for (const unit of rebatched.report.units) {
      expect(unit.files).toEqual([unit.id]);
      const failing = unit.testCases.tests.some((t) => !SETTLED.has(t.status));
      expect(unit.fromCheckpoint, unit.id).toBe(!failing);
      expect(failing).toBe(failed.some((t) => t.file === unit.id));
    }
    // The whole suite's record, resumed in batches: the same.
    const split = await run('whole-split', '--batch', '2', '--jobs', '2', '--resume');
    expect(split.result.code, split.result.stdout + split.result.stderr).toBe(1);
    expect(split.ran).toEqual(failedNames);
    expect(summed(split.report.units)).toEqual(wholeUnit.testCases.counts);
    // Batches resumed as the whole suite: which files it has is not known without asking the
    // framework, so the suite runs without its settled tests (node:test, which cannot leave
    // tests out by name, runs whole).
    const joined = await run('batched-joined', '--resume');
    expect(joined.result.code, joined.result.stdout + joined.result.stderr).toBe(1);
    expect(joined.ran).toEqual(fw.name === 'node' ? all : failedNames);
    expect(joined.report.units[0]!.testCases.counts).toEqual(wholeUnit.testCases.counts);

    // Two shards with a unit per file: together every test exactly once, the same counts.
    const shards = [];
    for (const index of [1, 2])
      shards.push(
        await run(`shard${index}`, '--shard', `${index}/2`, '--batch', '1', '--jobs', '2'),
      );
    expect(shards.flatMap((s) => s.ran).sort()).toEqual(all);
    const shardUnits = shards.flatMap((s) => s.report.units);
    expect(shardUnits.flatMap((u) => u.files!).sort()).toEqual(discovered);
    for (const u of shardUnits) expect(u.id).toBe(u.files![0]);
    expect(summed(shardUnits)).toEqual(wholeUnit.testCases.counts);
    for (const s of shards) expect(s.report.shard).toMatchObject({ total: 2, units: 4 });
  }, 300_000);
});

/**
 * A Jest run of the suite copy in `dir` on two lanes, with its own state dir and its report in
 * `<name>.json`: `options` go before `--`, `jestArgs` after the fixture's own Jest arguments.
 */
function jestRun(
  dir: string,
  suite: string,
  name: string,
  options: readonly string[],
  { jestArgs = [], env }: { jestArgs?: readonly string[]; env?: Record<string, string> } = {},
) {
  return runCli(
    presetRunArgs({
      preset: 'jest',
      cwd: suite,
      stateDir: join(dir, 'state'),
      report: join(dir, `${name}.json`),
      options: ['--jobs', '2', ...options],
      frameworkArgs: [...FRAMEWORKS[0]!.args(dir), ...jestArgs],
    }),
    env ? { env } : {},
  );
}

describe('a batch that times out', () => {
  it('names the hung test, and the other batches run to their end (jest, --batch 1)', async () => {
    const dir = tempDir('tw-batch-hang-');
    const suite = suiteCopy(FRAMEWORKS[0]!, dir);
    const result = await jestRun(
      dir,
      suite,
      'r',
      ['--batch', '1', '--timeout', '15s', '--grace-period', '1s'],
      { jestArgs: ['--testTimeout=600000'], env: { FIXTURE_HANG: '1' } },
    );
    expect(result.code, result.stdout + result.stderr).toBe(1);
    const units = (readJson(join(dir, 'r.json')) as unknown as Report).units;
    const hung = units.find((u) => u.id === 'math.spec.cjs') as ReportUnit & {
      testCases: { unfinished: { file: string; titles: string[] }[] };
    };
    expect(hung.outcome).toBe('timed-out');
    expect(hung.testCases.unfinished).toEqual([
      { file: 'math.spec.cjs', titles: ['hangs when asked'] },
    ]);
    expect(
      units
        .filter((u) => u.id !== 'math.spec.cjs')
        .map((u) => u.outcome)
        .sort(),
    ).toEqual(['failed', 'passed', 'passed']);
  }, 120_000);
});

describe('a batch a leak is attributed to', () => {
  it('is the one whose file leaked it (jest, --batch 1)', async () => {
    const dir = tempDir('tw-batch-leak-');
    const suite = suiteCopy(FRAMEWORKS[0]!, dir);
    const result = await jestRun(dir, suite, 'r', ['--batch', '1'], {
      env: { FIXTURE_LEAK: '1' },
    });
    expect(result.code, result.stdout + result.stderr).toBe(1);
    const units = (readJson(join(dir, 'r.json')) as unknown as Report).units;
    const leaking = units.filter((u) => u.leaked.length > 0);
    expect(leaking.map((u) => u.id)).toEqual(['math.spec.cjs']);
    expect(leaking[0]!.leaked).toEqual([
      expect.objectContaining({ kind: 'process', command: 'sleep 300', action: 'killed' }),
    ]);
  }, 120_000);
});

describe('a resumed run’s batches carried over from the checkpoint', () => {
  it('keep their tests in the report and the JUnit file, as the run that ran them recorded them (jest, --batch 1)', async () => {
    const fw = FRAMEWORKS[0]!;
    const dir = tempDir('tw-batch-carried-');
    const suite = suiteCopy(fw, dir);
    const ledger = join(dir, 'ledger.txt');
    const run = (name: string, ...more: string[]) =>
      jestRun(dir, suite, name, ['--batch', '1', '--junit', join(dir, `${name}.xml`), ...more], {
        env: { FIXTURE_LEDGER: ledger },
      });
    const first = await run('first');
    expect(first.code, first.stdout + first.stderr).toBe(1);
    const firstUnits = (readJson(join(dir, 'first.json')) as unknown as Report).units;
    const passed = firstUnits.filter((u) => u.outcome === 'passed');
    expect(passed.length).toBeGreaterThan(0);

    const again = await run('again', '--resume');
    expect(again.code, again.stdout + again.stderr).toBe(1);
    const units = (readJson(join(dir, 'again.json')) as unknown as Report).units;
    for (const before of passed) {
      const carried = units.find((u) => u.id === before.id)!;
      expect(carried.fromCheckpoint).toBe(true);
      expect(carried.testCases.counts).toEqual(before.testCases.counts);
      const ids = (tests: readonly { file: string; titles: string[]; status: string }[]) =>
        tests.map(({ file, titles, status }) => ({ file, titles, status }));
      expect(ids(carried.testCases.tests)).toEqual(ids(before.testCases.tests));
    }
    expect(summed(units)).toEqual(summed(firstUnits));
    expect(junitTests(join(dir, 'again.xml'))).toBe(junitTests(join(dir, 'first.xml')));
  }, 120_000);
});

describe('test paths after -- with --batch or --shard', () => {
  it('are refused with jest, pytest and node (they would run in every batch), naming them', async () => {
    const cases: [Framework, string[], string[]][] = [
      [FRAMEWORKS[0]!, ['--batch', '2'], ['math.spec.cjs']],
      [FRAMEWORKS[1]!, ['--shard', '1/2'], ['./test_math.py::TestMath']],
      [FRAMEWORKS[3]!, ['--batch', '1'], ['.']],
    ];
    for (const [fw, option, after] of cases) {
      const dir = tempDir(`tw-batch-paths-${fw.name}-`);
      const suite = suiteCopy(fw, dir);
      for (const dry of [[], ['--dry-run']]) {
        const result = await runCli(
          [
            'run',
            ...dry,
            '--preset',
            fw.name,
            '--cwd',
            suite,
            ...option,
            '--state-dir',
            join(dir, 'state'),
            '--no-watchdog',
            '--',
            ...fw.args(dir),
            ...after,
          ],
          { env: { PYTHONDONTWRITEBYTECODE: '1' } },
        );
        expect(result.code, result.stdout + result.stderr).toBe(2);
        expect(result.stderr).toContain(
          `${option[0]}: expected no test paths after -- with --preset ${fw.name} (each batch runs only its own files; a path given after -- would run in every batch beside them), got ${JSON.stringify(after.at(-1))}`,
        );
      }
    }
  }, 120_000);

  it('are run once, in the batch that gets them, with mocha (Mocha adds them to the spec)', async () => {
    const fw = FRAMEWORKS.find((f) => f.name === 'mocha')!;
    const dir = tempDir('tw-batch-paths-mocha-');
    const suite = suiteCopy(fw, dir);
    mkdirSync(join(suite, 'outside'));
    writeFileSync(
      join(suite, 'outside', 'extra_c.spec.cjs'),
      `const record = require('../ledger.cjs');\ndescribe('extra c', () => {\n  it('one', () => record('extra c one'));\n});\n`,
    );
    const ledger = join(dir, 'ledger.txt');
    const result = await runCli(
      [
        'run',
        '--preset',
        'mocha',
        '--cwd',
        suite,
        '--batch',
        '1',
        '--jobs',
        '2',
        '--state-dir',
        join(dir, 'state'),
        '--report-json',
        join(dir, 'r.json'),
        '--no-watchdog',
        '--',
        ...fw.args(dir),
        'outside/extra_c.spec.cjs',
      ],
      { env: { FIXTURE_LEDGER: ledger } },
    );
    expect(result.code, result.stdout + result.stderr).toBe(1);
    const units = (readJson(join(dir, 'r.json')) as unknown as Report).units;
    expect(units.map((u) => u.id).sort()).toEqual([
      'deep/inner/extra_a.spec.mjs',
      'extra/extra_b.spec.cjs',
      'math.spec.cjs',
      'outside/extra_c.spec.cjs',
      'strings.spec.cjs',
    ]);
    const ran = ledgerOf(ledger);
    expect(ran.filter((n) => n === 'extra c one')).toHaveLength(1);
    expect(ran.filter((n) => n === 'strings upper-cases')).toHaveLength(1);
    const holder = units.find((u) => u.id === 'outside/extra_c.spec.cjs')!;
    expect(holder.testCases.tests.map((t) => t.titles)).toEqual([['extra c', 'one']]);
    for (const u of units.filter((x) => x !== holder))
      expect(u.testCases.tests.every((t) => t.file === u.id)).toBe(true);
  }, 120_000);
});
