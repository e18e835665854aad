// A resumed batch runs the files its records name, not the files a changed split would give it: no file of a cut batch moves into a batch that is carried and does not run.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RunCheckpoint } from '../../../src/core/checkpoint/run-checkpoint.js';
import { PresetAttempts } from '../../../src/core/frameworks/preset-attempts.js';
import { jestPreset } from '../../../src/core/frameworks/presets/jest.js';
import type { Unit } from '../../../src/core/types.js';
import { COMMAND, tempDir, unitResult } from '../checkpoint/checkpoint-samples.js';

const batch = (id: string, files: string[]): Unit => ({ id, file: id, files });
const at = Date.now();

/** Opens the run checkpoint of `stateDir` for a list of batches, as a run with `jobs` lanes. */
const checkpointIn =
  (stateDir: string, jobs: number) => (units: Unit[], resume: boolean, runId: string) =>
    RunCheckpoint.open({
      stateDir,
      units,
      command: COMMAND,
      shell: false,
      resume,
      runId,
      jobs,
      notice: () => {},
    });

describe('resumed batches', () => {
  it('keep the files their records name; unrecorded files go to a batch that runs', async () => {
    const stateDir = tempDir();
    const open = checkpointIn(stateDir, 2);
    // First run: batch 1 passes with a.js and b.js; batch 2 is cut in c.js before d.js starts.
    const first = await open(
      [batch('jest batch 1/2', ['a.js', 'b.js']), batch('jest batch 2/2', ['c.js', 'd.js'])],
      false,
      'first',
    );
    for (const file of ['a.js', 'b.js'])
      first.recordTestEvent('jest batch 1/2', {
        type: 'test-end',
        file,
        titles: ['t'],
        status: 'passed',
        time: at,
      });
    first.record(unitResult('jest batch 1/2', 'passed'));
    first.recordTestEvent('jest batch 2/2', {
      type: 'test-start',
      file: 'c.js',
      titles: ['hangs'],
      time: at,
    });
    first.record(unitResult('jest batch 2/2', 'interrupted'));
    await first.end('SIGINT');

    // The history changed the split: d.js would now be in batch 1, which passed and is carried.
    const units = [
      batch('jest batch 1/2', ['a.js', 'd.js']),
      batch('jest batch 2/2', ['b.js', 'c.js']),
    ];
    const second = await open(units, true, 'second');
    expect(second.toRun.map((u) => u.id)).toEqual(['jest batch 2/2']);
    const notices: string[] = [];
    const attempts = new PresetAttempts({
      preset: jestPreset,
      context: { cwd: stateDir, env: {}, reportersDir: '/reporters', program: ['jest'] },
      extraArgs: [],
      checkpoint: second,
      units,
      helperFile: (_id, attempt, ext) => join(stateDir, `${attempt}.${ext}`),
      notice: (_level, message) => notices.push(message),
    });
    attempts.resumeScopes(second.toRun);
    expect(attempts.scopeOf('jest batch 1/2')).toEqual(['a.js', 'b.js']);
    expect(attempts.scopeOf('jest batch 2/2')).toEqual(['c.js', 'd.js']);
    expect(notices).toEqual([
      "jest batch 2/2: resuming with the files its records name (2), not this run's split",
    ]);
    // The cut batch runs its own files again (nothing of it settled): c.js and d.js, not b.js.
    const command = await attempts.command('jest batch 2/2', 1);
    expect(command?.args.slice(-3)).toEqual(['--runTestsByPath', 'c.js', 'd.js']);
    await second.end(null);
  });

  it('give a batch that never started the files no test was recorded for', async () => {
    const stateDir = tempDir();
    const open = checkpointIn(stateDir, 1);
    // Batch 1 ran a.js and b.js and failed; the run stopped before batch 2 started.
    const first = await open(
      [batch('jest batch 1/2', ['a.js', 'b.js']), batch('jest batch 2/2', ['c.js', 'd.js'])],
      false,
      'first',
    );
    for (const file of ['a.js', 'b.js'])
      first.recordTestEvent('jest batch 1/2', {
        type: 'test-end',
        file,
        titles: ['t'],
        status: 'failed',
        time: at,
      });
    first.record(unitResult('jest batch 1/2', 'failed'));
    await first.end('SIGINT');
    // Now the split swaps the files: batch 2 would get only files batch 1 recorded.
    const units = [
      batch('jest batch 1/2', ['c.js', 'd.js']),
      batch('jest batch 2/2', ['a.js', 'b.js']),
    ];
    const second = await open(units, true, 'second');
    const attempts = new PresetAttempts({
      preset: jestPreset,
      context: { cwd: stateDir, env: {}, reportersDir: '/reporters', program: ['jest'] },
      extraArgs: [],
      checkpoint: second,
      units,
      helperFile: (_id, attempt, ext) => join(stateDir, `${attempt}.${ext}`),
      notice: () => {},
    });
    attempts.resumeScopes(second.toRun);
    expect(attempts.scopeOf('jest batch 1/2')).toEqual(['a.js', 'b.js']);
    expect(attempts.scopeOf('jest batch 2/2')).toEqual(['c.js', 'd.js']);
    await second.end(null);
  });

  it('keep this run split when no batch of it has a record (another --batch): each id names its files', async () => {
    const stateDir = tempDir();
    const open = checkpointIn(stateDir, 2);
    const first = await open([batch('jest batch 1/1', ['a.js', 'b.js', 'c.js'])], false, 'first');
    first.recordTestEvent('jest batch 1/1', {
      type: 'test-end',
      file: 'a.js',
      titles: ['t'],
      status: 'failed',
      time: at,
    });
    first.record(unitResult('jest batch 1/1', 'failed'));
    await first.end(null);
    // Resumed with --batch 1: the ids are the files, none of them in the checkpoint.
    const units = ['a.js', 'b.js', 'c.js'].map((f) => batch(f, [f]));
    const second = await open(units, true, 'second');
    const notices: string[] = [];
    const attempts = new PresetAttempts({
      preset: jestPreset,
      context: { cwd: stateDir, env: {}, reportersDir: '/reporters', program: ['jest'] },
      extraArgs: [],
      checkpoint: second,
      units,
      helperFile: (_id, attempt, ext) => join(stateDir, `${attempt}.${ext}`),
      notice: (_level, message) => notices.push(message),
    });
    attempts.resumeScopes([...second.toRun].reverse());
    for (const f of ['a.js', 'b.js', 'c.js']) expect(attempts.scopeOf(f)).toEqual([f]);
    expect(notices).toEqual([]);
    await second.end(null);
  });
});

describe('a resume with another batching (the checkpoint knows none of the batch ids)', () => {
  /** A first run in two batches of two files; batch 2's c.js has a failed test. */
  async function firstRun(stateDir: string, batch1: 'passed' | 'failed', cut = false) {
    const first = await RunCheckpoint.open({
      stateDir,
      units: [batch('jest batch 1/2', ['a.js', 'b.js']), batch('jest batch 2/2', ['c.js', 'd.js'])],
      command: COMMAND,
      shell: false,
      resume: false,
      runId: 'first',
      jobs: 2,
      notice: () => {},
      presetTests: true,
    });
    const end = (unitId: string, file: string, title: string, status: 'passed' | 'failed') =>
      first.recordTestEvent(unitId, { type: 'test-end', file, titles: [title], status, time: at });
    end('jest batch 1/2', 'a.js', 'a passes', 'passed');
    end('jest batch 1/2', 'b.js', 'b passes', 'passed');
    first.testsOf('jest batch 1/2').finished = true;
    // All its tests passed; `failed` here is a leak or a limit, which its tests do not explain.
    first.record(unitResult('jest batch 1/2', batch1));
    end('jest batch 2/2', 'c.js', 'c passes', 'passed');
    end('jest batch 2/2', 'c.js', 'c fails', 'failed');
    if (cut) {
      first.recordTestEvent('jest batch 2/2', {
        type: 'test-start',
        file: 'c.js',
        titles: ['c hangs'],
        time: at,
      });
      first.record(unitResult('jest batch 2/2', 'interrupted'));
      await first.end('SIGINT');
      return;
    }
    end('jest batch 2/2', 'd.js', 'd passes', 'passed');
    first.testsOf('jest batch 2/2').finished = true;
    first.record(unitResult('jest batch 2/2', 'failed'));
    await first.end(null);
  }

  const resume = (stateDir: string, units: Unit[], notices: string[] = []) =>
    RunCheckpoint.open({
      stateDir,
      units,
      command: COMMAND,
      shell: false,
      resume: true,
      runId: 'second',
      jobs: 2,
      notice: (_level, message) => notices.push(message),
      presetTests: true,
    });

  const attemptsOf = (stateDir: string, checkpoint: RunCheckpoint, units: Unit[]) =>
    new PresetAttempts({
      preset: jestPreset,
      context: { cwd: stateDir, env: {}, reportersDir: '/reporters', program: ['jest'] },
      extraArgs: [],
      checkpoint,
      units,
      helperFile: (_id, attempt, ext) => join(stateDir, `${attempt}.${ext}`),
      notice: () => {},
    });

  it('carries by file the units whose tests all passed; the others run their failed tests by name', async () => {
    const stateDir = tempDir();
    await firstRun(stateDir, 'passed');
    const units = ['a.js', 'b.js', 'c.js', 'd.js'].map((f) => batch(f, [f]));
    const notices: string[] = [];
    const second = await resume(stateDir, units, notices);
    expect(second.toRun.map((u) => u.id)).toEqual(['c.js']);
    expect(second.fromCheckpoint.map((r) => [r.id, r.outcome, r.files])).toEqual([
      ['a.js', 'passed', ['a.js']],
      ['b.js', 'passed', ['b.js']],
      ['d.js', 'passed', ['d.js']],
    ]);
    expect(second.fromCheckpoint.map((r) => r.tests.passed)).toEqual([1, 1, 1]);
    expect(notices).toContain(
      "The units changed since the checkpoint (another --batch?): its 5 recorded tests were given to today's 4 units by file; 3 units whose tests all settled are carried, the others run their tests not settled",
    );
    expect(second.testsOf('c.js').finished).toBe(true);
    const command = await attemptsOf(stateDir, second, units).command('c.js', 1);
    expect(command?.args).toContain('--testNamePattern=^(?:c fails)$');
    expect(command?.args.slice(-2)).toEqual(['--runTestsByPath', 'c.js']);
    await second.end(null);
  });

  it('runs again the files of a batch that failed for something its tests do not explain (a leak)', async () => {
    const stateDir = tempDir();
    await firstRun(stateDir, 'failed');
    const units = ['a.js', 'b.js', 'c.js', 'd.js'].map((f) => batch(f, [f]));
    const second = await resume(stateDir, units);
    expect(second.toRun.map((u) => u.id).sort()).toEqual(['a.js', 'b.js', 'c.js']);
    expect(second.fromCheckpoint.map((r) => r.id)).toEqual(['d.js']);
    await second.end(null);
  });

  it('after a cut batch, resumed as the whole suite: everything but the settled tests runs', async () => {
    const stateDir = tempDir();
    await firstRun(stateDir, 'passed', true);
    const units: Unit[] = [{ id: 'jest', file: 'jest' }];
    const second = await resume(stateDir, units);
    expect(second.toRun.map((u) => u.id)).toEqual(['jest']);
    const records = second.testsOf('jest');
    expect(records.finished).toBe(false);
    expect([...records.records()].map((r) => `${r.file} ${r.titles[0]} ${r.status}`)).toEqual([
      'a.js a passes passed',
      'b.js b passes passed',
      'c.js c passes passed',
      'c.js c fails failed',
      'c.js c hangs running',
    ]);
    const command = await attemptsOf(stateDir, second, units).command('jest', 1);
    expect(command?.args).toContain('--testNamePattern=^(?!(?:a passes|b passes|c passes)$)');
    await second.end(null);
  });
});
