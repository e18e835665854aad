// The Vitest preset on a real Vitest: discovery, counts equal Vitest's own JSON, exact subset reruns, a hang named after a kill.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PresetContext } from '../../../src/core/frameworks/preset.js';
import { vitestPreset } from '../../../src/core/frameworks/presets/vitest.js';
import { FIXTURES, REPORTERS, names, runInvocation } from '../../support/framework-run.js';
import { tempDir } from '../../support/temp-dir.js';
import { posixOnly } from '../../support/platform.js';

const cwd = join(FIXTURES, 'vitest');
const context: PresetContext = { cwd, env: process.env, reportersDir: REPORTERS };

describe.skipIf(
  posixOnly(
    'the vitest preset on real Vitest',
    "runInvocation kills the framework's process group, as a batch is killed",
  ),
)('vitest preset', () => {
  it('discovers the files Vitest would run', async () => {
    const found = await vitestPreset.discover(context);
    expect(found.files).toEqual(['math.spec.ts', 'strings.spec.ts']);
    // `vitest list --filesOnly`: the files, none of them loaded (a file that fails to load is listed).
    expect(found.tests).toBeUndefined();
  });

  it('counts every test as Vitest does, with each failure where it happened', async () => {
    const json = join(tempDir(), 'vitest.json');
    const [command] = vitestPreset.commands(context, undefined, [
      '--reporter=json',
      `--outputFile.json=${json}`,
    ]);
    const run = await runInvocation(command!, { cwd });
    const own = JSON.parse(readFileSync(json, 'utf8'));
    expect(run.code).toBe(1);
    expect(run.results.finished).toBe(true);
    expect(run.results.counts).toEqual({
      passed: own.numPassedTests,
      failed: own.numFailedTests,
      skipped: own.numPendingTests,
      todo: own.numTodoTests,
      xfail: 0,
      xpass: 0,
      errors: 0,
    });
    expect(run.results.counts).toMatchObject({ passed: 7, failed: 2, skipped: 1, todo: 1 });
    expect(run.results.tests).toHaveLength(own.numTotalTests);
    expect(run.output).toContain('Tests'); // Vitest's own report still reaches the log
    const fails = run.results.tests.find((t) => t.titles.join(' ') === 'math fails');
    expect(fails?.failure).toMatchObject({ file: 'math.spec.ts', line: 26 });
    expect(fails?.failure?.message).toContain('expected 4 to be 5');
    // Vitest's diff follows the message, as Vitest prints it.
    expect(fails?.failure?.message).toMatch(/- Expected\n\+ Received\n\n- 5\n\+ 4/);
    expect(run.results.unfinished).toEqual([]);
  });

  it('reruns exactly the chosen tests, a parametrized case among them', async () => {
    const chosen = [
      { file: 'math.spec.ts', titles: ['math', 'fails'] },
      { file: 'math.spec.ts', titles: ['math', 'addition', 'adds 2 and 3'] },
      { file: 'strings.spec.ts', titles: ['strings', 'upper-cases'] },
    ];
    const [command] = vitestPreset.commands(context, { tests: chosen });
    const run = await runInvocation(command!, { cwd });
    expect(run.ledger.sort()).toEqual([
      'math addition adds 2 and 3',
      'math fails',
      'strings upper-cases',
    ]);
    expect(names(run.results)).toEqual([
      'math.spec.ts > math > addition > adds 2 and 3',
      'math.spec.ts > math > fails',
      'strings.spec.ts > strings > upper-cases',
    ]);
  });

  it('excludes the discovered files a chosen file would match as a substring filter', () => {
    const [command] = vitestPreset.commands(
      {
        ...context,
        suiteFiles: ['a.spec.ts', 'ba.spec.ts', 'sub/A.spec.ts', 'b[1].a.spec.ts', 'c.spec.ts'],
      },
      { files: ['a.spec.ts', 'c.spec.ts'] },
    );
    expect(command!.argv.filter((a) => a.startsWith('--exclude'))).toEqual([
      `--exclude=${join(cwd, 'ba.spec.ts')}`,
      `--exclude=${join(cwd, 'sub/A.spec.ts')}`,
      `--exclude=${join(cwd, 'b\\[1\\].a.spec.ts')}`,
    ]);
    expect(command!.argv.slice(-2)).toEqual(['a.spec.ts', 'c.spec.ts']);
  });

  it('names the test that was running when a hung run was killed', async () => {
    const [command] = vitestPreset.commands(context, { files: ['math.spec.ts'] });
    const run = await runInvocation(command!, {
      cwd,
      env: { FIXTURE_HANG: '1' },
      killWhenStarted: 'hangs when asked',
    });
    expect(run.signal).toBe('SIGKILL');
    expect(run.results.finished).toBe(false);
    expect(run.results.unfinished).toEqual([
      { file: 'math.spec.ts', titles: ['hangs when asked'] },
    ]);
  });
});
