// The Action bundle as the watchdog's entry point: `node dist/main/index.js __watchdog …` watches a runner and, once it is gone, removes what the run left.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startTimeOf } from '../../../src/core/lifecycle/process-identity.js';
import { WATCHDOG_LOG } from '../../../src/core/lifecycle/watchdog-log.js';
import { Registry } from '../../../src/core/tracker/registry.js';
import { isAlive } from '../../support/cli.js';
import { ACTION_ROOT } from '../../support/runner-emulator.js';
import { tempDir } from '../../support/temp-dir.js';
import { NODES } from './action-harness.js';
import { waitFor } from '../../support/wait-for.js';

const started: number[] = [];
afterEach(() => {
  for (const pid of started.splice(0)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Gone, as it should be.
    }
  }
});

function startSleep(env: NodeJS.ProcessEnv = process.env): number {
  const child = spawn('sleep', ['300'], { detached: true, stdio: 'ignore', env });
  child.unref();
  started.push(child.pid!);
  return child.pid!;
}

describe.each(NODES)('the watchdog entry of dist/main under %s', (_name, node) => {
  it('cleans up after a runner that died, then leaves', async () => {
    const stateDir = tempDir();
    const runId = `tw-action-watchdog-${process.pid}`;
    const runner = startSleep();
    const unit = startSleep({ ...process.env, TESTWARDEN_RUN_ID: runId, TESTWARDEN_UNIT: 'u.js' });
    const registry = new Registry(stateDir);
    const runnerStartTime = startTimeOf(runner);
    registry.begin({ kind: 'run', runId, pid: runner, startTime: runnerStartTime, at: Date.now() });
    registry.add({
      kind: 'unit',
      runId,
      unitId: 'u.js',
      attempt: 1,
      pid: unit,
      startTime: startTimeOf(unit),
      at: Date.now(),
    });
    const watchdog = spawn(
      node,
      [
        join(ACTION_ROOT, 'dist/main/index.js'),
        '__watchdog',
        ...['--state-dir', stateDir, '--runner-pid', String(runner)],
        ...['--runner-start-time', String(runnerStartTime), '--heartbeat-timeout', '60000'],
        ...['--run-id', runId],
      ],
      { stdio: 'ignore' },
    );
    started.push(watchdog.pid!);
    const exited = new Promise<number | null>((resolve) => watchdog.once('exit', resolve));
    // The runner is killed once the watchdog watches it (its log says so), not before.
    const log = join(stateDir, WATCHDOG_LOG);
    await waitFor(
      'the watchdog to start',
      () => existsSync(log) && readFileSync(log, 'utf8').includes('watching runner'),
    );
    expect(isAlive(unit)).toBe(true);
    process.kill(runner, 'SIGKILL');
    await waitFor('the watchdog to kill the unit', () => !isAlive(unit));
    expect(await exited).toBe(0);
  });
});
