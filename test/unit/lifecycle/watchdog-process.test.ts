// Starting and stopping the watchdog process: one per run (pid file), stale records replaced, detached and unmarked, a failed spawn reported.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isProcessAlive, startTimeOf } from '../../../src/core/lifecycle/process-identity.js';
import { WATCHDOG_PID_FILE } from '../../../src/core/lifecycle/watchdog.js';
import {
  startWatchdog,
  stopWatchdog,
  type StartWatchdogOptions,
} from '../../../src/core/lifecycle/watchdog-process.js';
import { readStat } from '../../../src/core/tracker/proc-table.js';
import { isAlive } from '../../support/cli.js';
import { waitFor } from '../../support/wait-for.js';
import { tempDir } from '../../support/temp-dir.js';
import { linuxOnly } from '../../support/platform.js';

/** Stands in for the watchdog entry point: records its argv and waits to be signalled. */
// Written whole under another name, then renamed: the file never exists half-written.
const FAKE = `const fs = require('node:fs'); fs.writeFileSync(process.argv[1] + '.tmp', JSON.stringify(process.argv.slice(2))); fs.renameSync(process.argv[1] + '.tmp', process.argv[1]); setInterval(() => {}, 1000);`;

const started: { pid: number; startTime: number }[] = [];

afterEach(() => {
  for (const p of started.splice(0))
    if (isProcessAlive(p.pid, p.startTime)) process.kill(p.pid, 'SIGKILL');
});

function options(
  stateDir: string,
  extra: Partial<StartWatchdogOptions> = {},
): StartWatchdogOptions {
  return {
    stateDir,
    heartbeatTimeoutMs: 5000,
    runId: 'tw-1',
    command: { program: process.execPath, args: ['-e', FAKE, join(stateDir, 'argv.json')] },
    ...extra,
  };
}

function start(opts: StartWatchdogOptions) {
  const result = startWatchdog(opts);
  if (result.started) started.push({ pid: result.pid, startTime: startTimeOf(result.pid) });
  return result;
}

const pidFile = (dir: string) => JSON.parse(readFileSync(join(dir, WATCHDOG_PID_FILE), 'utf8'));

describe.skipIf(linuxOnly('startWatchdog', '/proc fd and environ checks'))('startWatchdog', () => {
  it('starts one watchdog per state dir; a second start finds the first', async () => {
    const dir = tempDir();
    const first = start(options(dir));
    expect(first.started).toBe(true);
    const pid = first.started ? first.pid : 0;
    expect(pidFile(dir)).toMatchObject({
      pid,
      startTime: startTimeOf(pid),
      runnerPid: process.pid,
    });
    expect(start(options(dir))).toEqual({ started: false, running: pid });
    await waitFor('the watchdog to start', () => existsSync(join(dir, 'argv.json')));
    expect(JSON.parse(readFileSync(join(dir, 'argv.json'), 'utf8'))).toEqual([
      '--state-dir',
      dir,
      '--runner-pid',
      String(process.pid),
      '--runner-start-time',
      String(startTimeOf(process.pid)),
      '--heartbeat-timeout',
      '5000',
      '--run-id',
      'tw-1',
    ]);
  });

  it("runs it in its own session, without the unit markers or the user's Node settings, its stdin and stdout private pipes to the runner", async () => {
    const dir = tempDir();
    const base = {
      ...process.env,
      TESTWARDEN_UNIT: 'outer.js',
      TESTWARDEN_RUN_ID: 'tw-outer',
      NODE_OPTIONS: '--max-old-space-size=512',
      NODE_EXTRA_CA_CERTS: '/nonexistent/ca.pem',
    };
    const result = start(options(dir, { env: base }));
    if (!result.started) throw new Error('not started');
    const { pid } = result;
    await waitFor('the watchdog to start', () => existsSync(join(dir, 'argv.json')));
    expect(readStat(pid)?.session).toBe(pid);
    expect(readlinkSync(`/proc/${pid}/fd/0`)).toMatch(/^socket:/);
    expect(readlinkSync(`/proc/${pid}/fd/1`)).toMatch(/^socket:/);
    expect(readlinkSync(`/proc/${pid}/fd/2`)).toBe('/dev/null');
    // The runner's ends are close-on-exec: no process it starts later (a unit) holds them.
    for (const end of [result.link.toWatchdog, result.link.fromWatchdog]) {
      const fd = (end as unknown as { _handle: { fd: number } })._handle.fd;
      const flags = /flags:\s+(\d+)/.exec(readFileSync(`/proc/self/fdinfo/${fd}`, 'utf8'))![1]!;
      expect(parseInt(flags, 8) & 0o2000000).not.toBe(0);
    }
    const environ = readFileSync(`/proc/${pid}/environ`, 'latin1');
    expect(environ).not.toContain('TESTWARDEN_UNIT=');
    expect(environ).not.toContain('TESTWARDEN_RUN_ID=');
    expect(environ).not.toContain('NODE_OPTIONS=');
    expect(environ).not.toContain('NODE_EXTRA_CA_CERTS=');
    result.link.toWatchdog.destroy();
    result.link.fromWatchdog.destroy();
  });

  it('replaces a record whose process is dead, or a claim that was never completed', () => {
    const dir = tempDir();
    const path = join(dir, WATCHDOG_PID_FILE);
    writeFileSync(path, JSON.stringify({ pid: 2 ** 22 + 1, startTime: 1 }));
    expect(start(options(dir)).started).toBe(true);
    const live = pidFile(dir).pid as number;
    process.kill(live, 'SIGKILL');
    writeFileSync(path, '');
    // A fresh empty file is another starter between its claim and its write.
    expect(start(options(dir))).toEqual({ started: false, running: 0 });
    const old = new Date(Date.now() - 60_000);
    utimesSync(path, old, old);
    expect(start(options(dir)).started).toBe(true);
  });

  it('replaces the watchdog of an earlier run whose runner is dead', async () => {
    const dir = tempDir();
    const earlier = spawn('sleep', ['60'], { stdio: 'ignore' });
    const exited = new Promise((r) => earlier.once('exit', r));
    const first = start(options(dir, { runnerPid: earlier.pid! }));
    const firstPid = first.started ? first.pid : 0;
    // Its runner still lives: another run is in progress, hands off.
    expect(start(options(dir))).toEqual({ started: false, running: firstPid });
    earlier.kill('SIGKILL');
    await exited;
    const second = start(options(dir));
    expect(second.started).toBe(true);
    await waitFor('the earlier watchdog to be told to leave', () => !isAlive(firstPid));
  });

  it('reports a program that cannot start and leaves no pid file', () => {
    const dir = tempDir();
    const result = start(options(dir, { command: { program: join(dir, 'missing'), args: [] } }));
    expect(result).toEqual({ started: false, error: expect.stringContaining('could not start') });
    expect(existsSync(join(dir, WATCHDOG_PID_FILE))).toBe(false);
  });

  it('reports a state dir it cannot write to', () => {
    const result = start(options(join(tempDir(), 'absent')));
    expect(result).toEqual({ started: false, error: expect.stringContaining('could not create') });
  });
});

describe.skipIf(linuxOnly('stopWatchdog', '/proc start times'))('stopWatchdog', () => {
  it('signals the recorded watchdog, waits for it and removes the record', async () => {
    const dir = tempDir();
    const result = start(options(dir));
    const pid = result.started ? result.pid : 0;
    expect(await stopWatchdog(dir, { waitMs: 5000 })).toEqual({
      pid,
      signalled: true,
      running: false,
    });
    expect(isAlive(pid)).toBe(false);
    expect(existsSync(join(dir, WATCHDOG_PID_FILE))).toBe(false);
    expect(await stopWatchdog(dir)).toEqual({ signalled: false, running: false });
  });

  it('never signals a process that is not this state dir’s watchdog (a forged pid file)', async () => {
    const dir = tempDir();
    const victim = spawn('sleep', ['60'], { stdio: 'ignore' });
    const exited = new Promise((r) => victim.once('exit', r));
    try {
      const record = { pid: victim.pid!, startTime: startTimeOf(victim.pid!) };
      writeFileSync(join(dir, WATCHDOG_PID_FILE), JSON.stringify(record));
      expect(await stopWatchdog(dir, { waitMs: 200 })).toEqual({
        signalled: false,
        running: false,
      });
      expect(isAlive(victim.pid!)).toBe(true);
      // Nor does a new run take it for a watchdog to replace.
      writeFileSync(
        join(dir, WATCHDOG_PID_FILE),
        JSON.stringify({ ...record, runnerPid: 2 ** 22 + 1, runnerStartTime: 1 }),
      );
      expect(start(options(dir)).started).toBe(true);
      expect(isAlive(victim.pid!)).toBe(true);
    } finally {
      victim.kill('SIGKILL');
      await exited;
    }
  });

  it('never signals a pid whose start time no longer matches', async () => {
    const dir = tempDir();
    // This very process, recorded with a wrong start time: a reused pid.
    writeFileSync(
      join(dir, WATCHDOG_PID_FILE),
      JSON.stringify({ pid: process.pid, startTime: startTimeOf(process.pid) + 1 }),
    );
    expect(await stopWatchdog(dir)).toEqual({ signalled: false, running: false });
    expect(existsSync(join(dir, WATCHDOG_PID_FILE))).toBe(false);
  });
});
