// The detached watchdog as real processes: a SIGKILLed runner is cleaned up after at once, a SIGSTOPped one is waited for, a stuck one is ended with its units, a normal end lets it leave, and there is never a second one.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startWatchdog } from '../../src/core/lifecycle/watchdog-process.js';
import { isProcessAlive, startTimeOf } from '../../src/core/lifecycle/process-identity.js';
import { readStat } from '../../src/core/tracker/proc-table.js';
import { CLI, FIXTURES, isAlive, runCli } from '../support/cli.js';
import { tempDir } from '../support/temp-dir.js';
import { readJson } from '../support/files.js';
import { waitFor } from '../support/wait-for.js';

const RUNNER = join(FIXTURES, 'watchdog-runner.mjs');
const LIB = fileURLToPath(new URL('../../lib/core/lifecycle/run-guard.js', import.meta.url));

interface Pids {
  runner: number;
  watchdog: number;
  unit: number;
  stubborn: number;
  daemon: number;
}

/** Every process a test started, with its start time, so cleanup never signals a reused pid. */
const started: { pid: number; startTime: number }[] = [];
const children: ChildProcess[] = [];

afterEach(async () => {
  for (const p of started.splice(0)) {
    if (!isProcessAlive(p.pid, p.startTime)) continue;
    for (const signal of ['SIGCONT', 'SIGKILL'] as const) {
      try {
        process.kill(p.pid, signal);
      } catch {
        // Gone.
      }
    }
  }
  await Promise.all(
    children
      .splice(0)
      .map(
        (c) =>
          new Promise((r) =>
            c.exitCode !== null || c.signalCode !== null ? r(0) : c.once('exit', r),
          ),
      ),
  );
});

beforeAll(() => {
  for (const [path, fix] of [
    [LIB, 'npm run build:lib'],
    [CLI, 'npm run package'],
  ] as const) {
    if (!existsSync(path)) throw new Error(`${path} is missing: run \`${fix}\` first`);
  }
});

async function startRunner(
  heartbeatTimeoutMs: number,
  mode: 'guard' | 'parts' = 'guard',
): Promise<{ stateDir: string; runner: ChildProcess; pids: Pids; exited: Promise<unknown> }> {
  const stateDir = join(tempDir(), 'state');
  mkdirSync(stateDir);
  const runner = spawn(process.execPath, [RUNNER, stateDir, String(heartbeatTimeoutMs), mode], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.push(runner);
  let stderr = '';
  runner.stderr!.on('data', (b: Buffer) => (stderr += b.toString()));
  const exited = new Promise((r) => runner.once('exit', r));
  const ready = join(stateDir, 'ready.json');
  await waitFor('the runner to be ready', () => existsSync(ready) || runner.exitCode !== null);
  if (!existsSync(ready)) throw new Error(`the runner failed: ${stderr}`);
  const pids = JSON.parse(readFileSync(ready, 'utf8')) as Pids;
  for (const pid of Object.values(pids)) started.push({ pid, startTime: startTimeOf(pid) });
  // Watching, as it is long before a real runner dies (starting node takes a moment here).
  await waitFor('the watchdog to watch', () => watchdogLog(stateDir).includes('watching runner'));
  return { stateDir, runner, pids, exited };
}

const unitProcesses = (p: Pids) => [p.unit, p.stubborn, p.daemon];
/** The watchdog's log; empty when it was stopped before it got going. */
const watchdogLog = (stateDir: string) => {
  const path = join(stateDir, 'watchdog.log');
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
};

/** Waits for every pid to be gone and returns how long it took. */
async function allGone(pids: readonly number[], what: string, timeoutMs: number): Promise<number> {
  const from = Date.now();
  await waitFor(what, () => pids.every((pid) => !isAlive(pid)), timeoutMs);
  return Date.now() - from;
}

/** Live processes running the watchdog subcommand for this state dir. */
function watchdogsOf(stateDir: string): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((name) => {
      try {
        const argv = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0');
        return argv.includes('__watchdog') && argv.includes(stateDir) && isAlive(Number(name));
      } catch {
        return false;
      }
    })
    .map(Number);
}

describe.skipIf(process.platform !== 'linux')('watchdog', () => {
  it('runs detached: own session, no marker, only the heartbeat pipes of the runner', async () => {
    const { stateDir, pids } = await startRunner(60_000);
    expect(watchdogsOf(stateDir)).toEqual([pids.watchdog]);
    expect(readStat(pids.watchdog)?.session).toBe(pids.watchdog);
    expect(readFileSync(`/proc/${pids.watchdog}/environ`).includes('TESTWARDEN_UNIT=')).toBe(false);
    expect(readlinkSync(`/proc/${pids.watchdog}/fd/0`)).toMatch(/^socket:/);
    expect(readlinkSync(`/proc/${pids.watchdog}/fd/1`)).toMatch(/^socket:/);
    expect(readlinkSync(`/proc/${pids.watchdog}/fd/2`)).toBe('/dev/null');
    // The unit's daemon (started after the watchdog) holds no socket: not the runner's ends.
    const daemonFds = readdirSync(`/proc/${pids.daemon}/fd`).map((fd) =>
      readlinkSync(`/proc/${pids.daemon}/fd/${fd}`),
    );
    expect(daemonFds.some((t) => t.startsWith('socket:'))).toBe(false);
  });

  it('SIGKILL of the runner: within 2 s every unit process is gone and the watchdog has left', async () => {
    const { stateDir, runner, pids, exited } = await startRunner(60_000);
    runner.kill('SIGKILL');
    await exited;
    const unitsMs = await allGone(unitProcesses(pids), 'the unit processes to be killed', 2000);
    const watchdogMs = await allGone([pids.watchdog], 'the watchdog to leave', 2000);
    expect(unitsMs).toBeLessThanOrEqual(2000);
    expect(watchdogMs).toBeLessThanOrEqual(2000);
    const checkpoint = readJson(join(stateDir, 'checkpoint.json'));
    expect(checkpoint).toMatchObject({ reason: 'runner-lost', complete: false });
    expect(watchdogLog(stateDir)).toMatch(/runner \d+ is gone: killed 3 process\(es\)/);
    expect(existsSync(join(stateDir, 'watchdog.pid'))).toBe(false);
  });

  it('SIGSTOP of the runner for three heartbeat timeouts: nothing is touched; continued, it ends normally', async () => {
    const { stateDir, runner, pids, exited } = await startRunner(1000);
    runner.kill('SIGSTOP');
    await waitFor('the watchdog to see it stopped', () =>
      watchdogLog(stateDir).includes('is stopped'),
    );
    const until = Date.now() + 3500;
    while (Date.now() < until) {
      for (const pid of [...unitProcesses(pids), pids.watchdog]) expect(isAlive(pid)).toBe(true);
      expect(readStat(pids.runner)?.state).toBe('T');
      await new Promise((r) => setTimeout(r, 50));
    }
    runner.kill('SIGCONT');
    await waitFor('the watchdog to see it continue', () =>
      watchdogLog(stateDir).includes('continues'),
    );
    runner.kill('SIGUSR2');
    await exited;
    expect(runner.exitCode).toBe(0);
    await allGone([pids.watchdog], 'the watchdog to leave', 2000);
    expect(readJson(join(stateDir, 'checkpoint.json')).reason).toBeNull();
    expect(watchdogLog(stateDir)).not.toMatch(/killed|stuck/);
  });

  it('a runner whose event loop is blocked for good: asked to stop, then ended with its units; runner-stuck', async () => {
    const { stateDir, runner, pids, exited } = await startRunner(1000);
    const from = Date.now();
    runner.kill('SIGHUP');
    await exited;
    // Killed by the watchdog: timeout (1 s) + no answer (1 s), give or take the polls.
    expect(runner.signalCode).toBe('SIGKILL');
    expect(Date.now() - from).toBeGreaterThanOrEqual(1500);
    await allGone(unitProcesses(pids), 'the unit processes to be killed', 3000);
    await allGone([pids.watchdog], 'the watchdog to leave', 2000);
    expect(readJson(join(stateDir, 'checkpoint.json'))).toMatchObject({
      reason: 'runner-stuck',
      complete: false,
    });
    expect(watchdogLog(stateDir)).toMatch(
      /asked it to stop the run \(runner-stuck\)[^]*is stuck \(no heartbeat for \d+ ms, not stopped, no answer to the stop request\): ended it \(SIGKILL\): killed 3 process\(es\)/,
    );
  });

  it('a normal end: the watchdog leaves within 2 s and cleans nothing', async () => {
    const { stateDir, runner, pids, exited } = await startRunner(60_000);
    runner.kill('SIGUSR2');
    await exited;
    expect(runner.exitCode).toBe(0);
    await allGone([pids.watchdog], 'the watchdog to leave after a normal end', 2000);
    expect(readJson(join(stateDir, 'checkpoint.json')).reason).toBeNull();
    expect(watchdogLog(stateDir)).not.toMatch(/killed/);
    expect(existsSync(join(stateDir, 'watchdog.pid'))).toBe(false);
  });

  it('`end` on the heartbeat pipe alone makes the watchdog leave', async () => {
    const { stateDir, runner, pids, exited } = await startRunner(60_000, 'parts');
    runner.kill('SIGUSR2');
    await exited;
    await allGone([pids.watchdog], 'the watchdog to see `end`', 2000);
    expect(watchdogLog(stateDir)).toMatch(/the run ended; leaving/);
    expect(readJson(join(stateDir, 'checkpoint.json')).reason).toBeNull();
  });

  it('never starts a second watchdog for a run', async () => {
    const { stateDir, runner, pids, exited } = await startRunner(60_000);
    const again = startWatchdog({
      stateDir,
      runnerPid: pids.runner,
      heartbeatTimeoutMs: 60_000,
      command: { program: process.execPath, args: [CLI, '__watchdog'] },
    });
    expect(again).toEqual({ started: false, running: pids.watchdog });
    expect(watchdogsOf(stateDir)).toEqual([pids.watchdog]);
    runner.kill('SIGUSR2');
    await exited;
    await allGone([pids.watchdog], 'the watchdog to leave', 2000);
  });
});

describe('the hidden __watchdog subcommand', () => {
  it('is not listed in --help and rejects bad flags as a usage error', async () => {
    const help = await runCli(['--help']);
    expect(help.stdout).not.toContain('__watchdog');
    const bad = await runCli(['__watchdog', '--state-dir', tempDir(), '--runner-pid', 'x']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--runner-pid: expected a whole number of at least 1, got "x"');
  });
});
