// The Jest preset on a real Jest: discovery, counts equal Jest's own JSON, exact subset reruns, a hang named after a kill.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PresetContext } from '../../../src/core/frameworks/preset.js';
import { jestPreset } from '../../../src/core/frameworks/presets/jest.js';
import { FIXTURES, REPORTERS, names, runInvocation } from '../../support/framework-run.js';
import { tempDir } from '../../support/temp-dir.js';
import { posixOnly } from '../../support/platform.js';

const cwd = join(FIXTURES, 'jest');
const context: PresetContext = { cwd, env: process.env, reportersDir: REPORTERS };
const cacheArgs = () => [`--cacheDirectory=${tempDir('tw-jest-cache-')}`];

describe.skipIf(
  posixOnly(
    'the jest preset on real Jest',
    "runInvocation kills the framework's process group, as a batch is killed",
  ),
)('jest preset', () => {
  it('discovers the files Jest would run', async () => {
    expect(await jestPreset.discover(context, cacheArgs())).toEqual({
      files: ['math.spec.cjs', 'strings.spec.cjs'],
    });
  });

  it('counts every test as Jest does, with each failure where it happened', async () => {
    const json = join(tempDir(), 'jest.json');
    const [command] = jestPreset.commands(context, undefined, [
      ...cacheArgs(),
      '--json',
      `--outputFile=${json}`,
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
      errors: own.numRuntimeErrorTestSuites,
    });
    expect(run.results.counts).toMatchObject({ passed: 7, failed: 2, skipped: 1, todo: 1 });
    expect(run.results.tests).toHaveLength(own.numTotalTests);
    expect(run.output).toContain('Tests:'); // Jest's own report still reaches the log
    const fails = run.results.tests.find((t) => t.titles.join(' ') === 'math fails');
    expect(fails?.failure).toMatchObject({ file: 'math.spec.cjs', line: 25 });
    // The message Jest's console shows, not the stack it keeps for its log.
    expect(fails?.failure?.message).toBe(
      'expect(received).toBe(expected) // Object.is equality\n\nExpected: 5\nReceived: 4',
    );
    expect(fails?.failure?.stack).toMatch(/^Error: expect[\s\S]*\n\s+at .*math\.spec\.cjs:25:19/);
    expect(run.results.unfinished).toEqual([]);
  });

  it('reruns exactly the chosen tests, a parametrized case among them', async () => {
    const chosen = [
      { file: 'math.spec.cjs', titles: ['math', 'fails'] },
      { file: 'math.spec.cjs', titles: ['math', 'addition', 'adds 2 and 3'] },
      { file: 'strings.spec.cjs', titles: ['strings', 'upper-cases'] },
    ];
    const [command] = jestPreset.commands(context, { tests: chosen }, cacheArgs());
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

  it('names the test that was running when a hung run was killed', async () => {
    const [command] = jestPreset.commands(context, { files: ['math.spec.cjs'] }, cacheArgs());
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
