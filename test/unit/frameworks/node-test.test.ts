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
