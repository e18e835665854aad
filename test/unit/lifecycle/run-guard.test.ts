// The run guard (watchdog + heartbeat over its pipes, one stop) and the watchdog's command line and options, as the CLI and the Action feed them.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/core/errors.js';
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
import { waitFor } from '../../support/wait-for.js';
import { tempDir } from '../../support/temp-dir.js';
import { linuxOnly } from '../../support/platform.js';

/**
 * Stands in for the watchdog entry point (its flags follow the script): copies what the runner
 * sends to `<stateDir>/got`, leaves at end-of-file, and asks the runner to stop when told by a
 * file `ask` appearing (or, stubborn, never leaves until signalled).
 */
function fake(stubborn = false) {
  const source = `
const fs = require('node:fs');
const dir = process.argv[process.argv.indexOf('--state-dir') + 1];
let got = '';
process.stdin.on('data', (c) => { got += c; fs.writeFileSync(dir + '/got', got); });
process.stdin.on('end', () => { ${stubborn ? '' : 'process.exit(0);'} });
const ask = setInterval(() => { if (fs.existsSync(dir + '/ask')) { clearInterval(ask); process.stdout.write('noise\\nstop runner-stuck\\n'); } }, 10);
setInterval(() => {}, 1000);`;
  return { program: process.execPath, args: ['-e', source, 'fake-watchdog'] };
}
const guards: RunGuard[] = [];

afterEach(async () => {
  for (const guard of guards.splice(0)) await guard.stop();
});

function guard(options: Parameters<typeof startRunGuard>[0]): RunGuard {
  const g = startRunGuard(options);
  guards.push(g);
  return g;
}

const got = (dir: string) =>
  existsSync(join(dir, 'got')) ? readFileSync(join(dir, 'got'), 'utf8') : '';

describe.skipIf(linuxOnly('startRunGuard', '/proc start times'))('startRunGuard', () => {
  it('starts the watchdog and beats to it; stop() says end and it leaves', async () => {
    const dir = tempDir();
    const g = guard({ stateDir: dir, runId: 'tw-1', heartbeatTimeoutMs: 1000, command: fake() });
    expect(g.warnings).toEqual([]);
    const pid = g.watchdogPid!;
    const startTime = startTimeOf(pid);
    expect(
      isProcessAlive(pid, startTime),
      JSON.stringify({ pid, startTime, now: readStat(pid) }),
    ).toBe(true);
    // Beats every quarter of the timeout.
    await waitFor('beats', () => got(dir).split('beat\n').length > 3);
    await g.stop();
    await g.stop();
    expect(got(dir).endsWith('beat\nend\n')).toBe(true);
    expect(isAlive(pid)).toBe(false);
    expect(existsSync(join(dir, 'watchdog.pid'))).toBe(false);
    // No heartbeat file any more: nothing in the state dir speaks for the runner.
    expect(existsSync(join(dir, 'heartbeat.json'))).toBe(false);
  });

  it('a watchdog that does not leave at `end` is signalled', async () => {
    const dir = tempDir();
    const g = guard({
      stateDir: dir,
      runId: 'tw-1',
      heartbeatTimeoutMs: 1000,
      command: fake(true),
    });
    const pid = g.watchdogPid!;
    await g.stop();
    expect(isAlive(pid)).toBe(false);
  });

  it('passes the watchdog’s stop request to onStopRequest', async () => {
    const dir = tempDir();
    const requests: string[] = [];
    guard({
      stateDir: dir,
      runId: 'tw-1',
      command: fake(),
      onStopRequest: (reason) => requests.push(reason),
    });
    writeFileSync(join(dir, 'ask'), '');
    await waitFor('the stop request', () => requests.length > 0);
    expect(requests).toEqual(['runner-stuck']);
  });

  it('no watchdog and no heartbeat with watchdog: false or without a command', async () => {
    for (const options of [{ watchdog: false, command: fake() }, {}]) {
      const dir = tempDir();
      const g = guard({ stateDir: dir, runId: 'tw-1', ...options });
      expect(g.watchdogPid).toBeUndefined();
      expect(existsSync(join(dir, 'watchdog.pid'))).toBe(false);
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
