// An attempt says its leader has exited the moment it sees the exit, before the sweep ends what the unit left: the unit's output can be read while its leftovers are looked for.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { StopToken } from '../../../src/core/lifecycle/stop-token.js';
import { runAttempt } from '../../../src/core/tracker/run-attempt.js';
import { isAlive } from '../../support/cli.js';
import { linuxOnly } from '../../support/platform.js';
import { tempDir } from '../../support/temp-dir.js';
import { waitFor } from '../../support/wait-for.js';

const started: number[] = [];
afterAll(async () => {
  // What a failed assertion left behind: ours, started by the units below.
  for (const pid of started) if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  await waitFor('the leftovers to end', () => started.every((pid) => !isAlive(pid)));
});

function attempt(dir: string, script: string, on: (step: string) => void) {
  writeFileSync(join(dir, 'unit.sh'), script);
  return runAttempt({
    runId: 'tw-exit-test',
    unitId: 'unit',
    program: 'sh',
    args: ['unit.sh'],
    cwd: dir,
    env: { ...process.env, TESTWARDEN_RUN_ID: 'tw-exit-test', TESTWARDEN_UNIT: 'unit' },
    logPath: join(dir, 'log'),
    timeoutMs: 30_000,
    graceMs: 500,
    leaks: 'kill',
    stop: new StopToken(),
    onExited: () => on('exited'),
    onSwept: () => on('swept'),
  });
}

// Linux only: the leak is found through /proc.
describe.skipIf(linuxOnly('onExited before the sweep', 'the /proc leak scan'))(
  'runAttempt onExited',
  () => {
    it('is called once, when the leader exits, while what it left is still alive', async () => {
      const dir = tempDir();
      const steps: string[] = [];
      let leakAliveAtExit: boolean | undefined;
      const result = await attempt(dir, 'sleep 300 & echo $! > leak.pid; echo done', (step) => {
        steps.push(step);
        if (step !== 'exited') return;
        const pid = Number(readFileSync(join(dir, 'leak.pid'), 'utf8'));
        started.push(pid);
        leakAliveAtExit = isAlive(pid);
        // What the unit wrote is all there when its exit is told.
        expect(readFileSync(join(dir, 'log'), 'utf8')).toBe('done\n');
      });
      expect(steps).toEqual(['exited', 'swept']);
      expect(leakAliveAtExit).toBe(true);
      // Its command may still read `sh` if the scan came before the fork's exec: the pid says it.
      expect(result.leaked.map((l) => [l.pid, l.action])).toEqual([[started.at(-1), 'killed']]);
      expect(result.end.outcome).toBe('passed');
    });

    it('is called once for a unit that leaves nothing and one that fails', async () => {
      for (const [script, outcome] of [
        ['exit 0', 'passed'],
        ['exit 3', 'failed'],
      ] as const) {
        const steps: string[] = [];
        const result = await attempt(tempDir(), script, (step) => steps.push(step));
        expect(steps).toEqual(['exited', 'swept']);
        expect(result.end.outcome).toBe(outcome);
      }
    });
  },
);
