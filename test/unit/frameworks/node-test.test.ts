// The node:test preset on real node --test: node's file rules, counts equal node's own TAP trailer, exact subset reruns, a hang named after a kill.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PresetContext } from '../../../src/core/frameworks/preset.js';
import {
  nodeSelectableTests,
  nodeTestPreset,
} from '../../../src/core/frameworks/presets/node-test.js';
import { FIXTURES, REPORTERS, names, runInvocation } from '../../support/framework-run.js';
import { tempDir } from '../../support/temp-dir.js';
import { suiteDir } from '../../support/files.js';
import { posixOnly } from '../../support/platform.js';

const cwd = join(FIXTURES, 'node');
const context: PresetContext = { cwd, env: process.env, reportersDir: REPORTERS };
const programs = [['node', process.execPath]];
if (process.env.TESTWARDEN_NODE24) programs.push(['node24', process.env.TESTWARDEN_NODE24]);

/** node's own `# tests N` style trailer of a TAP report. */
function trailer(tap: string): Record<string, number> {
  return Object.fromEntries(
    [...tap.matchAll(/^# (tests|pass|fail|cancelled|skipped|todo) (\d+)$/gm)].map((m) => [
      m[1],
      Number(m[2]),
    ]),
  );
}

describe.skipIf(
  posixOnly(
    'the node:test preset on real node --test',
    "runInvocation kills the framework's process group, as a batch is killed",
  ),
)('node:test preset', () => {
  it('discovers the files node --test runs when given none', async () => {
    expect(await nodeTestPreset.discover(context)).toEqual({
      files: ['math.test.mjs', 'strings.test.mjs'],
    });
  });

  describe.each(programs)('on %s', (_name, node) => {
    const ctx = { ...context, program: [node] };

    it('counts every test as node does, subtests included, with each failure where it happened', async () => {
      const tap = join(tempDir(), 'node.tap');
      const [command] = nodeTestPreset.commands(ctx, undefined, [
        '--test-reporter=tap',
        `--test-reporter-destination=${tap}`,
      ]);
      const run = await runInvocation(command!, { cwd });
      const own = trailer(readFileSync(tap, 'utf8'));
      expect(run.code).toBe(1);
      expect(run.results.finished).toBe(true);
      expect(run.results.counts).toEqual({
        passed: own.pass,
        failed: own.fail! + own.cancelled!,
        skipped: own.skipped,
        todo: own.todo,
        xfail: 0,
        xpass: 0,
        errors: 0,
      });
      expect(run.results.counts).toMatchObject({ passed: 9, failed: 2, skipped: 1, todo: 1 });
      expect(run.results.tests).toHaveLength(own.tests!);
      expect(run.output).toContain('✖ fails'); // the spec reporter still reaches the log
      const fails = run.results.tests.find((t) => t.titles.join(' ') === 'math fails');
      expect(fails?.failure).toMatchObject({ file: 'math.test.mjs', line: 27 });
      expect(fails?.failure?.message).toContain('4 !== 5');
    });

    it('reruns exactly the chosen tests; a subtest through its parent test', async () => {
      const known = [
        { file: 'math.test.mjs', titles: ['with subtests'] },
        { file: 'math.test.mjs', titles: ['with subtests', 'second step'] },
      ];
      const chosen = nodeSelectableTests(
        [
          { file: 'math.test.mjs', titles: ['math', 'fails'] },
          { file: 'math.test.mjs', titles: ['math', 'addition', 'adds 2 and 3'] },
          { file: 'math.test.mjs', titles: ['with subtests', 'second step'] },
          { file: 'strings.test.mjs', titles: ['strings', 'upper-cases'] },
        ],
        known,
      );
      const commands = nodeTestPreset.commands(ctx, { tests: chosen });
      expect(commands).toHaveLength(2); // one per file: patterns never reach another file
      const runs = [];
      for (const command of commands) runs.push(await runInvocation(command, { cwd }));
      const run = {
        ledger: runs.flatMap((r) => r.ledger),
        results: { tests: runs.flatMap((r) => r.results.tests) },
      } as Awaited<ReturnType<typeof runInvocation>>;
      expect(run.ledger.sort()).toEqual([
        'math addition adds 2 and 3',
        'math fails',
        'strings upper-cases',
        'with subtests',
        'with subtests first step',
        'with subtests second step',
      ]);
      expect(names(run.results)).toEqual([
        'math.test.mjs > math > addition > adds 2 and 3',
        'math.test.mjs > math > fails',
        'math.test.mjs > with subtests',
        'math.test.mjs > with subtests > first step',
        'math.test.mjs > with subtests > second step',
        'strings.test.mjs > strings > upper-cases',
      ]);
    });

    it('counts a top-level test named like its file as a test, not as the file', async () => {
      const dir = suiteDir({
        'a.test.mjs': `import { test } from 'node:test';
test('a.test.mjs', () => { throw new Error('named like its file'); });
test('b.test.mjs', () => {});
test('other', () => {});
`,
        'b.test.mjs': `import { test } from 'node:test';
test('b.test.mjs', () => {});
`,
      });
      const tap = join(tempDir(), 'node.tap');
      const [command] = nodeTestPreset.commands({ ...ctx, cwd: dir }, undefined, [
        '--test-reporter=tap',
        `--test-reporter-destination=${tap}`,
      ]);
      const run = await runInvocation(command!, { cwd: dir });
      const own = trailer(readFileSync(tap, 'utf8'));
      expect(run.results.fileErrors).toEqual([]);
      expect(run.results.counts).toMatchObject({ passed: own.pass, failed: own.fail, errors: 0 });
      expect(names(run.results)).toEqual([
        'a.test.mjs > a.test.mjs',
        'a.test.mjs > b.test.mjs',
        'a.test.mjs > other',
        'b.test.mjs > b.test.mjs',
      ]);
    });

    it('records a test written in a shared module under the file node ran, and reruns it there', async () => {
      // Each test file calls the module's cases, once at the top and once inside a describe:
      // node names the module as the tests' file, and running the module runs none of them.
      const shared = `const { describe, test } = require('node:test');
const fs = require('node:fs');
module.exports = (label) => {
  test('shared ' + label, () => fs.appendFileSync(process.env.FIXTURE_LEDGER, 'shared ' + label + '\\n'));
  describe('group', () => { test('inner', () => {}); });
};
`;
      const file = (label: string) => `const { describe, test } = require('node:test');
require('./helpers/cases.js')('${label}');
test('own', () => {});
describe('wrap', () => require('./helpers/cases.js')('${label} wrapped'));
`;
      const dir = suiteDir({
        'test/helpers/cases.js': shared,
        'test/a.test.js': file('a'),
        'test/b.test.js': file('b'),
      });
      const tap = join(dir, 'node.tap');
      // One file at a time: Node 20 tells which file ran a test only by the order of its report.
      const [command] = nodeTestPreset.commands({ ...ctx, cwd: dir }, undefined, [
        '--test-concurrency=1',
        '--test-reporter=tap',
        `--test-reporter-destination=${tap}`,
      ]);
      const run = await runInvocation(command!, { cwd: dir });
      expect(run.code, run.output).toBe(0);
      const own = trailer(readFileSync(tap, 'utf8'));
      expect(run.results.counts).toMatchObject({ passed: own.pass, failed: 0, errors: 0 });
      expect(run.results.tests).toHaveLength(own.tests!);
      const ran = (label: string) => [
        `test/${label}.test.js > group > inner`,
        `test/${label}.test.js > own`,
        `test/${label}.test.js > shared ${label}`,
        `test/${label}.test.js > wrap > group > inner`,
        `test/${label}.test.js > wrap > shared ${label} wrapped`,
      ];
      expect(names(run.results)).toEqual([
        ...ran('a'),
        ...ran('b'),
        // node runs the module too (it is under test/), and counts it as a test of its own.
        'test/helpers/cases.js > test/helpers/cases.js',
      ]);

      const rerun = nodeTestPreset.commands(
        { ...ctx, cwd: dir },
        {
          tests: [
            { file: 'test/b.test.js', titles: ['shared b'] },
            { file: 'test/a.test.js', titles: ['wrap', 'shared a wrapped'] },
          ],
        },
      );
      const again = [];
      for (const command of rerun) again.push(await runInvocation(command, { cwd: dir }));
      expect(again.flatMap((r) => r.ledger).sort()).toEqual(['shared a wrapped', 'shared b']);
      expect(again.flatMap((r) => names(r.results)).sort()).toEqual([
        'test/a.test.js > wrap > shared a wrapped',
        'test/b.test.js > shared b',
      ]);
    });

    it('on concurrent files, names the file node ran wherever node tells it', async () => {
      // The first file is slow: the others end while it runs, and Node 20 reports them in one
      // burst after it, where one file's end is not told.
      const dir = suiteDir({
        'test/helpers/cases.js': `const { test } = require('node:test');
module.exports = (label, ms) => test('shared ' + label, () => new Promise((r) => setTimeout(r, ms)));
`,
        'test/a.test.js': `require('./helpers/cases.js')('a', 1500);\n`,
        'test/b.test.js': `require('./helpers/cases.js')('b', 1);\n`,
        'test/c.test.js': `require('./helpers/cases.js')('c', 1);\n`,
      });
      const [command] = nodeTestPreset.commands({ ...ctx, cwd: dir }, undefined, [
        '--test-concurrency=3',
      ]);
      const run = await runInvocation(command!, { cwd: dir });
      expect(run.code, run.output).toBe(0);
      const told = names(run.results).filter((n) => n.includes('shared'));
      expect(told).toHaveLength(3);
      // Always told: the file node reports first (on every version), and every file where node
      // names it (22.3 and later).
      expect(told[0]).toBe('test/a.test.js > shared a');
      if (_name === 'node24')
        expect(told).toEqual([
          'test/a.test.js > shared a',
          'test/b.test.js > shared b',
          'test/c.test.js > shared c',
        ]);
      else
        for (const label of ['b', 'c'])
          expect([
            `test/${label}.test.js > shared ${label}`,
            `test/helpers/cases.js > shared ${label}`,
          ]).toContain(told.find((t) => t.endsWith(`shared ${label}`)));
    });

    it('names the test that was running when a hung run was killed', async () => {
      const [command] = nodeTestPreset.commands(ctx, { files: ['math.test.mjs'] });
      const run = await runInvocation(command!, {
        cwd,
        env: { FIXTURE_HANG: '1' },
        killWhenStarted: 'hangs when asked',
      });
      expect(run.signal).toBe('SIGKILL');
      expect(run.results.finished).toBe(false);
      expect(run.results.unfinished).toEqual([
        { file: 'math.test.mjs', titles: ['hangs when asked'] },
      ]);
    });
  });
});
