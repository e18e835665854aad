// The Action bundle as the watchdog's entry point: `node dist/main/index.js __watchdog …` watches a runner and, once it is gone, removes what the run left.
import { spawn, type StdioOptions } from 'node:child_process';
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

/** A run in a fresh state dir: a "runner" and one marked unit, both sleep processes. */
function fakeRun() {
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
  const args = [
    '__watchdog',
    ...['--state-dir', stateDir, '--runner-pid', String(runner)],
    ...['--runner-start-time', String(runnerStartTime), '--heartbeat-timeout', '60000'],
    ...['--run-id', runId],
  ];
  return { stateDir, runner, unit, args };
}

describe.each(NODES)('the watchdog entry of dist/main under %s', (_name, node) => {
  async function startWatchdog(args: string[], stdio: StdioOptions) {
    const watchdog = spawn(node, [join(ACTION_ROOT, 'dist/main/index.js'), ...args], { stdio });
    started.push(watchdog.pid!);
    const exited = new Promise<number | null>((resolve) => watchdog.once('exit', resolve));
    return { watchdog, exited };
  }

  async function watching(stateDir: string) {
    const log = join(stateDir, WATCHDOG_LOG);
    await waitFor(
      'the watchdog to start',
      () => existsSync(log) && readFileSync(log, 'utf8').includes('watching runner'),
    );
  }

  it('without a heartbeat pipe: cleans up after a runner that died, then leaves', async () => {
    const { stateDir, runner, unit, args } = fakeRun();
    const { exited } = await startWatchdog(args, 'ignore');
    // The runner is killed once the watchdog watches it (its log says so), not before.
    await watching(stateDir);
    expect(isAlive(unit)).toBe(true);
    process.kill(runner, 'SIGKILL');
    await waitFor('the watchdog to kill the unit', () => !isAlive(unit));
    expect(await exited).toBe(0);
  });

  it('over the heartbeat pipe: `end` makes it leave; end-of-file of a dead runner makes it clean up', async () => {
    const first = fakeRun();
    const quiet = await startWatchdog(first.args, ['pipe', 'pipe', 'ignore']);
    await watching(first.stateDir);
    quiet.watchdog.stdin!.end('beat\nend\n');
    expect(await quiet.exited).toBe(0);
    expect(isAlive(first.unit)).toBe(true);
    expect(readFileSync(join(first.stateDir, WATCHDOG_LOG), 'utf8')).toContain('the run ended');

    const second = fakeRun();
    const { watchdog, exited } = await startWatchdog(second.args, ['pipe', 'pipe', 'ignore']);
    await watching(second.stateDir);
    watchdog.stdin!.write('beat\n');
    process.kill(second.runner, 'SIGKILL');
    watchdog.stdin!.end();
    await waitFor('the watchdog to kill the unit', () => !isAlive(second.unit), 2000);
    expect(await exited).toBe(0);
  });
});
