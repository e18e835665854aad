// The watchdog takes the state dir's lock before it cleans up: a live run of someone else in the same folder is left alone; its own runner's leftovers are still cleaned up once the runner is dead (the kernel frees the lock with it).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startTimeOf } from '../../src/core/lifecycle/process-identity.js';
import { CLI, isAlive, startCli } from '../support/cli.js';
import { suiteDir } from '../support/files.js';
import { waitFor, waitForPid } from '../support/wait-for.js';

const watchdogLog = (stateDir: string) => {
  const path = join(stateDir, 'watchdog.log');
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
};

describe.skipIf(process.platform !== 'linux')('cleanup after a lost runner and the lock', () => {
  it('a watchdog whose runner died leaves a live run of someone else in the same state dir alone', async () => {
    const dir = suiteDir({
      'waits.sh': 'echo $$ > unit.pid; while [ ! -e go ]; do sleep 0.05; done',
    });
    const stateDir = join(dir, '.testwarden');
    // The live run: it holds the state dir and its registry names its waiting unit.
    const live = startCli(['run', '--cwd', dir, '--no-watchdog', '-c', 'sh {file}', '*.sh']);
    let runner: ChildProcess | undefined;
    let watchdog: ChildProcess | undefined;
    let watchdogExited: Promise<unknown> = Promise.resolve();
    try {
      const unit = await waitForPid('the unit to start', join(dir, 'unit.pid'));
      // A watchdog of an earlier runner of this folder (a stand-in process), with no run id, so
      // without the lock it would take every run in the registry for the lost one.
      runner = spawn('sleep', ['600'], { stdio: 'ignore' });
      watchdog = spawn(
        process.execPath,
        [
          CLI,
          '__watchdog',
          '--state-dir',
          stateDir,
          '--runner-pid',
          String(runner.pid),
          '--runner-start-time',
          String(startTimeOf(runner.pid!)),
          '--heartbeat-timeout',
          '60000',
        ],
        { stdio: ['pipe', 'pipe', 'ignore'] },
      );
      const child = watchdog;
      watchdogExited = new Promise((r) =>
        child.exitCode !== null || child.signalCode !== null ? r(0) : child.once('exit', r),
      );
      await waitFor('the watchdog to watch', () => watchdogLog(stateDir).includes('watching'));
      runner.kill('SIGKILL');
      await watchdogExited;
      const log = watchdogLog(stateDir);
      expect(log).toContain(`runner ${runner.pid} is gone`);
      expect(log).toContain(
        `another testwarden run or cleanup (pid ${live.child.pid}) holds the state dir ${JSON.stringify(stateDir)}: nothing was cleaned up or marked`,
      );
      expect(isAlive(unit)).toBe(true);
      expect(live.child.exitCode).toBeNull();
    } finally {
      writeFileSync(join(dir, 'go'), '');
      runner?.kill('SIGKILL');
      watchdog?.kill('SIGKILL');
      await watchdogExited;
      await live.done;
    }
    const done = await live.done;
    expect(done.code, done.stdout).toBe(0);
    expect(readFileSync(join(stateDir, 'checkpoint.json'), 'utf8')).not.toContain('runner-lost');
  }, 120_000);

  it('the run’s own watchdog still cleans up after its SIGKILLed runner, under the lock the kernel freed, and lets go of it', async () => {
    const dir = suiteDir({
      'a.sh': `setsid sh -c 'echo $$ > daemon.pid; while :; do sleep 0.05; done' &\necho $$ > unit.pid; while [ ! -e go ]; do sleep 0.05; done`,
    });
    const stateDir = join(dir, '.testwarden');
    const run = startCli(['run', '--cwd', dir, '-c', 'sh {file}', '*.sh']);
    const daemon = await waitForPid('the daemon to start', join(dir, 'daemon.pid'));
    const unit = await waitForPid('the unit to start', join(dir, 'unit.pid'));
    await waitFor('the watchdog to watch', () => watchdogLog(stateDir).includes('watching runner'));
    run.child.kill('SIGKILL');
    await run.done;
    try {
      await waitFor('the checkpoint mark', () =>
        watchdogLog(stateDir).includes('checkpoint marked'),
      );
      expect(isAlive(unit)).toBe(false);
      expect(isAlive(daemon)).toBe(false);
      const log = watchdogLog(stateDir);
      expect(log).toContain(`took the state dir's lock (runner ${run.child.pid} is gone)`);
      expect(log).toMatch(/runner \d+ is gone: killed [1-9]\d* process\(es\)/);
      expect(log.indexOf("took the state dir's lock")).toBeLessThan(log.indexOf('is gone: killed'));
    } finally {
      writeFileSync(join(dir, 'go'), '');
      for (const pid of [unit, daemon]) if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    }
    // The watchdog let go of the lock when it was done: the next run starts (and resumes).
    const next = await startCli(['run', '--cwd', dir, '--no-watchdog', '-c', 'true {file}', '*.sh'])
      .done;
    expect(next.code, next.stderr).toBe(0);
  }, 120_000);
});
