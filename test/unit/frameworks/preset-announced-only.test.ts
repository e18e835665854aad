// A test to run again that the framework announces (a start) and never reports, in a run it reports to its end, did not run: it keeps its result and is named among the tests not run, never dropped from the counts.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RunCheckpoint } from '../../../src/core/checkpoint/run-checkpoint.js';
import { PresetAttempts } from '../../../src/core/frameworks/preset-attempts.js';
import { vitestPreset } from '../../../src/core/frameworks/presets/vitest.js';
import type { Unit } from '../../../src/core/types.js';
import { COMMAND, tempDir, unitResult } from '../checkpoint/checkpoint-samples.js';

const unit: Unit = { id: 'vitest', file: 'vitest' };
const at = Date.now();
const line = (event: object) => `${JSON.stringify({ ...event, time: at })}\n`;

const open = (stateDir: string, resume: boolean, runId: string) =>
  RunCheckpoint.open({
    stateDir,
    units: [unit],
    command: COMMAND,
    shell: false,
    resume,
    runId,
    jobs: 1,
    notice: () => {},
  });

describe('a test to run again that the framework only announced', () => {
  it.each([
    ['left open (Vitest)', []],
    [
      'closed as no test (node:test on Node 20)',
      [{ type: 'group-end', file: 'a.spec.ts', titles: ['breaks'] }],
    ],
  ])(
    '%s: keeps its failed result and is listed as not run; the counts keep it',
    async (_how, closing) => {
      const stateDir = tempDir();
      const first = await open(stateDir, false, 'first');
      first.recordTestEvent('vitest', {
        type: 'test-end',
        file: 'a.spec.ts',
        titles: ['ok'],
        status: 'passed',
        time: at,
      });
      first.recordTestEvent('vitest', {
        type: 'test-end',
        file: 'a.spec.ts',
        titles: ['breaks'],
        status: 'failed',
        time: at,
      });
      first.record(unitResult('vitest', 'failed'));
      await first.end(null);

      const second = await open(stateDir, true, 'second');
      const attempts = new PresetAttempts({
        preset: vitestPreset,
        context: { cwd: stateDir, env: {}, reportersDir: '/reporters', program: ['vitest'] },
        extraArgs: [],
        checkpoint: second,
        units: [unit],
        helperFile: (_id, attempt, ext) => join(stateDir, `${attempt}.${ext}`),
        notice: () => {},
      });
      const events = join(stateDir, 'events.ndjson');
      const tail = attempts.watch('vitest', events, 'file');
      // The name filter missed the test: Vitest announced it and ran nothing, then ended its run.
      writeFileSync(
        events,
        line({ v: 1, type: 'run-start', framework: 'vitest' }) +
          line({ type: 'test-start', file: 'a.spec.ts', titles: ['breaks'] }) +
          closing.map(line).join('') +
          line({ type: 'run-end' }),
      );
      const read = await tail.stop();
      const ended = attempts.endAttempt(
        'vitest',
        { outcome: 'passed', exitCode: 0, signal: null },
        {
          testCases: { tests: [], unfinished: [], fileErrors: [], counts: read!.counts },
          reportedToEnd: true,
        },
      );
      expect(ended?.notRun).toEqual([{ file: 'a.spec.ts', titles: ['breaks'] }]);
      expect(ended?.tests).toEqual({ passed: 1, failed: 1, skipped: 0, errors: 0 });
      expect(ended?.testCases.unfinished).toEqual([]);
      expect(second.testsOf('vitest').get({ file: 'a.spec.ts', titles: ['breaks'] })?.status).toBe(
        'failed',
      );
      await second.end(null);
    },
  );
});
