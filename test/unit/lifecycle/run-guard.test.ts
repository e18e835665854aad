// The run guard (heartbeat + watchdog, one stop) and the watchdog's command line and options, as the CLI and the Action feed them.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/core/errors.js';
import { readHeartbeat } from '../../../src/core/lifecycle/heartbeat.js';
import { isProcessAlive, startTimeOf } from '../../../src/core/lifecycle/process-identity.js';
import { startRunGuard, type RunGuard } from '../../../src/core/lifecycle/run-guard.js';
import {
  parseWatchdogArgv,
  watchdogArgs,
  watchdogOptionsFromFlags,
} from '../../../src/core/lifecycle/watchdog-args.js';
import { parseRunOptions } from '../../../src/core/plan/run-options.js';
import { watchdogCommandForCli } from '../../../src/cli/watchdog-command.js';
import { isAlive } from '../../support/cli.js';
import { readStat } from '../../../src/core/tracker/proc-table.js';
import { tempDir } from '../../support/temp-dir.js';

// A stand-in for the watchdog entry point: lives until signalled; the appended flags become $1…
const FAKE = { program: '/bin/sh', args: ['-c', 'exec sleep 300', 'fake-watchdog'] };
const guards: RunGuard[] = [];

afterEach(async () => {
  for (const guard of guards.splice(0)) await guard.stop();
});

function guard(options: Parameters<typeof startRunGuard>[0]): RunGuard {
  const g = startRunGuard(options);
  guards.push(g);
  return g;
}

describe.skipIf(process.platform !== 'linux')('startRunGuard', () => {
  it('beats at once, starts the watchdog, and stop() ends both', async () => {
    const dir = tempDir();
    const g = guard({ stateDir: dir, runId: 'tw-1', heartbeatTimeoutMs: 3000, command: FAKE });
    expect(readHeartbeat(dir)?.pid).toBe(process.pid);
    expect(g.warnings).toEqual([]);
    const pid = g.watchdogPid!;
    const startTime = startTimeOf(pid);
    expect(
      isProcessAlive(pid, startTime),
      JSON.stringify({ pid, startTime, now: readStat(pid) }),
    ).toBe(true);
    await g.stop();
    await g.stop();
    expect(readHeartbeat(dir)?.ended).toBe(true);
    expect(isAlive(pid)).toBe(false);
    expect(existsSync(join(dir, 'watchdog.pid'))).toBe(false);
  });

  it('heartbeat only with watchdog: false or without a command', async () => {
    for (const options of [{ watchdog: false, command: FAKE }, {}]) {
      const dir = tempDir();
      const g = guard({ stateDir: dir, runId: 'tw-1', ...options });
      expect(g.watchdogPid).toBeUndefined();
      expect(existsSync(join(dir, 'watchdog.pid'))).toBe(false);
      expect(readHeartbeat(dir)).toBeDefined();
      await g.stop();
    }
  });

  it('a watchdog that cannot start is a warning, not a failed run', async () => {
    const dir = tempDir();
    const g = guard({
      stateDir: dir,
      runId: 'tw-1',
      command: { program: join(dir, 'no-such-program'), args: [] },
    });
    expect(g.watchdogPid).toBeUndefined();
    expect(g.warnings).toEqual([expect.stringMatching(/could not start the watchdog.*goes on/)]);
  });
});

describe('watchdog command line', () => {
  const spawned = {
    stateDir: '/tmp/state dir',
    runnerPid: 42,
    runnerStartTime: 123456,
    heartbeatTimeoutMs: 60_000,
    runId: 'tw-x',
  };

  it('round-trips through the Action-side parser', () => {
    expect(parseWatchdogArgv(watchdogArgs(spawned))).toEqual(spawned);
  });

  it.each([
    [{ runnerPid: 'x' }, '--runner-pid: expected a whole number of at least 1, got "x"'],
    [{ runnerPid: '0' }, '--runner-pid: expected a whole number of at least 1, got "0"'],
    [{ heartbeatTimeout: '60s' }, '--heartbeat-timeout: expected a whole number of at least 1'],
    [{ stateDir: '' }, '--state-dir: expected a value, got none'],
  ])('rejects %o naming the flag', (bad, message) => {
    const flags = {
      stateDir: '/s',
      runnerPid: '1',
      runnerStartTime: '0',
      heartbeatTimeout: '1000',
      ...bad,
    };
    expect(() => watchdogOptionsFromFlags(flags)).toThrow(UsageError);
    expect(() => watchdogOptionsFromFlags(flags)).toThrow(message);
  });

  it('rejects an unknown flag', () => {
    expect(() => parseWatchdogArgv(['--state-dir', '/s', '--bogus'])).toThrow(UsageError);
  });

  it('the CLI re-runs its own entry script with the hidden subcommand', () => {
    expect(watchdogCommandForCli('/opt/tw/dist/cli/index.js')).toEqual({
      program: process.execPath,
      args: ['/opt/tw/dist/cli/index.js', '__watchdog'],
    });
    expect(watchdogCommandForCli('')).toBeUndefined();
  });
});

describe('run options: --no-watchdog and --heartbeat-timeout', () => {
  const base = { command: 'node {file}', patterns: ['*.js'] };

  it('defaults to a watchdog and takes the timeout as a duration', () => {
    expect(parseRunOptions(base)).toMatchObject({ watchdog: true });
    expect(parseRunOptions(base).heartbeatTimeoutMs).toBeUndefined();
    expect(parseRunOptions({ ...base, watchdog: false, heartbeatTimeout: '90s' })).toMatchObject({
      watchdog: false,
      heartbeatTimeoutMs: 90_000,
    });
  });

  it.each(['500ms', 'soon', '0'])('rejects --heartbeat-timeout %s', (value) => {
    expect(() => parseRunOptions({ ...base, heartbeatTimeout: value })).toThrow(
      /--heartbeat-timeout: expected (a duration of at least 1s|a duration like)/,
    );
  });
});
