// The Mocha preset on a real Mocha: discovery by --dry-run, counts equal Mocha's own JSON, exact subset reruns, a hang named after a kill.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PresetContext } from '../../../src/core/frameworks/preset.js';
import { mochaPreset } from '../../../src/core/frameworks/presets/mocha.js';
import { FIXTURES, REPORTERS, names, runInvocation } from '../../support/framework-run.js';
import { tempDir } from '../../support/temp-dir.js';
import { posixOnly } from '../../support/platform.js';

const cwd = join(FIXTURES, 'mocha');
const context: PresetContext = { cwd, env: process.env, reportersDir: REPORTERS };

describe.skipIf(
  posixOnly(
    'the mocha preset on real Mocha',
    "runInvocation kills the framework's process group, as a batch is killed",
  ),
)('mocha preset', () => {
  it('discovers files and tests by a dry run, without running them', async () => {
    const found = await mochaPreset.discover(context);
    expect(found.files).toEqual(['math.spec.cjs', 'strings.spec.cjs']);
    expect(found.tests).toHaveLength(10);
    expect(found.tests).toContainEqual({
      file: 'math.spec.cjs',
      titles: ['math', 'addition', 'adds 2 and 3'],
    });
  });

  it('counts every test as Mocha does, with each failure where it happened', async () => {
    const [command] = mochaPreset.commands(context);
    const run = await runInvocation(command!, { cwd });
    const json = join(tempDir(), 'mocha.json');
    spawnSync(command!.argv[0]!, ['--reporter', 'json', '--reporter-option', `output=${json}`], {
      cwd,
    });
    const own = JSON.parse(readFileSync(json, 'utf8')).stats;
    expect(run.code).toBe(2);
    expect(run.results.finished).toBe(true);
    expect(run.results.counts).toEqual({
      passed: own.passes,
      failed: own.failures,
      skipped: own.pending,
      todo: 0,
      xfail: 0,
      xpass: 0,
      errors: 0,
    });
    expect(run.results.counts).toMatchObject({ passed: 6, failed: 2, skipped: 2 });
    expect(run.results.tests).toHaveLength(own.tests);
    expect(run.output).toContain('6 passing'); // Mocha's spec output still reaches the log
    const fails = run.results.tests.find((t) => t.titles.join(' ') === 'math fails');
    expect(fails?.failure).toMatchObject({ file: 'math.spec.cjs', line: 24 });
    expect(fails?.failure?.message).toContain('4 !== 5');
  });

  it('reruns exactly the chosen tests, a parametrized case among them', async () => {
    const chosen = [
      { file: 'math.spec.cjs', titles: ['math', 'fails'] },
      { file: 'math.spec.cjs', titles: ['math', 'addition', 'adds 2 and 3'] },
      { file: 'strings.spec.cjs', titles: ['strings', 'upper-cases'] },
    ];
    const [command] = mochaPreset.commands(context, { tests: chosen });
    const run = await runInvocation(command!, { cwd });
    expect(run.ledger.sort()).toEqual([
      'math addition adds 2 and 3',
      'math fails',
      'strings upper-cases',
    ]);
    expect(names(run.results)).toEqual([
      'math.spec.cjs > math > addition > adds 2 and 3',
      'math.spec.cjs > math > fails',
      'strings.spec.cjs > strings > upper-cases',
    ]);
  });

  it('runs exactly the files it is given, not the spec of the configuration beside them', async () => {
    const [command] = mochaPreset.commands(context, { files: ['strings.spec.cjs'] });
    const run = await runInvocation(command!, { cwd });
    expect(run.ledger.sort()).toEqual(['strings fails', 'strings upper-cases']);
    expect(run.results.counts).toMatchObject({ passed: 1, failed: 1, skipped: 0 });
  });

  it('names the test that was running when a hung run was killed', async () => {
    const [command] = mochaPreset.commands(context);
    const run = await runInvocation(command!, {
      cwd,
      env: { FIXTURE_HANG: '1' },
      killWhenStarted: 'hangs when asked',
    });
    expect(run.signal).toBe('SIGKILL');
    expect(run.results.finished).toBe(false);
    expect(run.results.unfinished).toEqual([
      { file: 'math.spec.cjs', titles: ['hangs when asked'] },
    ]);
  });
});
