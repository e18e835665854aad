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
