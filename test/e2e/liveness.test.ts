// How the watchdog knows the runner lives, through the real CLI: a stopped runner is waited for and finishes its run, files in the state dir steer nothing, units never hold the heartbeat pipe, a killed runner's units go at once, and a stuck runner that answers stops its run as runner-stuck.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { waitFor } from '../support/wait-for.js';
import { STOP_REASONS } from '../../src/core/vocabulary.js';
import { runSuite } from '../../src/core/run/run-suite.js';
import { readStat } from '../../src/core/tracker/proc-table.js';
import { CLI, isAlive, runCli, startCli } from '../support/cli.js';
import { readJson, suiteDir } from '../support/files.js';

const watchdogLog = (dir: string) => {
  const path = join(dir, '.testwarden', 'watchdog.log');
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
};

/** Polls `check` for `ms`, failing as soon as it is false: something must hold for a while. */
async function holds(check: () => boolean, what: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!check()) throw new Error(`stopped holding: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A unit that writes its pid and waits for a `go-<name>` file (at most 30 s). */
const WAITING = (name: string) =>
  `echo $$ > ${name}.pid; n=0; while [ ! -e go-${name} ] && [ $n -lt 600 ]; do sleep 0.05; n=$((n+1)); done`;

describe.skipIf(process.platform !== 'linux')('the runner’s liveness', () => {
  it('a runner stopped (SIGSTOP) for three heartbeat timeouts, then continued, finishes its run normally', async () => {
    const dir = suiteDir({ 'a.sh': WAITING('a'), 'b.sh': 'exit 0', 'c.sh': 'exit 0' });
    const run = startCli(
      [
        'run',
        '--cwd',
        dir,
        '--jobs',
        '1',
        '--heartbeat-timeout',
        '1s',
        '--report-json',
        'r.json',
      ].concat(['-c', 'sh {file}', '*.sh']),
    );
    await waitFor('unit a to start', () => existsSync(join(dir, 'a.pid')));
    await waitFor('the watchdog to watch', () => watchdogLog(dir).includes('watching runner'));
    const runner = run.child.pid!;
    const unit = Number(readFileSync(join(dir, 'a.pid'), 'utf8'));
    run.child.kill('SIGSTOP');
    await waitFor('the runner to stop', () => readStat(runner)?.state === 'T');
    await waitFor('the watchdog to see it stopped', () => watchdogLog(dir).includes('is stopped'));
    // Three heartbeat timeouts and more: the unit and the runner are left alone.
    await holds(
      () => isAlive(unit) && readStat(runner)?.state === 'T',
      'the unit running and the runner stopped',
      3500,
    );
    // The unit ends while its runner is stopped; it is reaped after SIGCONT.
    writeFileSync(join(dir, 'go-a'), '');
    run.child.kill('SIGCONT');
    const result = await run.done;
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const report = readJson(join(dir, 'r.json'));
    expect(report).toMatchObject({ status: 'passed', reason: null });
    expect(report.totals).toMatchObject({ units: 3, passed: 3 });
    const log = watchdogLog(dir);
    expect(log).toMatch(
      /is stopped \(SIGSTOP, Ctrl-Z or a debugger\): waiting[^]*the run ended; leaving/,
    );
    expect(log).not.toMatch(/stuck|is gone|killed/);
  });

  it('a heartbeat.json replaced by a folder or garbage, and a forged watchdog.pid, change nothing', async () => {
    const state = '.testwarden';
    const dir = suiteDir({
      'folder.sh': `rm -rf ${state}/heartbeat.json; mkdir ${state}/heartbeat.json; sleep 1.5`,
      'garbage.sh': `rm -rf ${state}/heartbeat.json; printf '{"pid":1,"startTime":0,"at":1,"ended":true' > ${state}/heartbeat.json; printf '{"pid":1,"startTime":0}' > ${state}/watchdog.pid; sleep 1.5`,
    });
    const result = await runCli(
      [
        'run',
        '--cwd',
        dir,
        '--jobs',
        '1',
        '--heartbeat-timeout',
        '1s',
        '--report-json',
        'r.json',
      ].concat(['-c', 'sh {file}', '*.sh']),
    );
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(readJson(join(dir, 'r.json')).totals).toMatchObject({ units: 2, passed: 2 });
    const log = watchdogLog(dir);
    expect(log).toMatch(/watching runner[^]*the run ended; leaving/);
    expect(log).not.toMatch(/stuck|is gone|killed/);
  });

  it('units hold only the stdio they were given, never the heartbeat pipe', async () => {
    // What any process started from here inherits (descriptors this test process was itself
    // handed without close-on-exec): passed down through testwarden like through any program.
    const inherited = await fdsOf(spawn('sleep', ['5'], { stdio: 'ignore' }));
    const dir = suiteDir({ 'u.sh': 'echo $$ > u.pid; exec sleep 2' });
    const run = startCli(['run', '--cwd', dir, '-c', 'sh {file}', '*.sh']);
    await waitFor('the unit to start', () => existsSync(join(dir, 'u.pid')));
    const pid = Number(readFileSync(join(dir, 'u.pid'), 'utf8'));
    await waitFor('the unit to sleep', () => asleepInSleep(pid));
    const fds = fdTargets(pid);
    expect(fds.get('0')).toBe('/dev/null');
    expect(fds.get('1')).toMatch(/\/\.testwarden\/logs\/u\.sh-.*\.log$/);
    expect(fds.get('2')).toBe(fds.get('1'));
    const extra = [...fds].filter(([fd]) => !['0', '1', '2'].includes(fd));
    expect(extra).toEqual([...inherited].filter(([fd]) => !['0', '1', '2'].includes(fd)));
    // The heartbeat pipes are sockets; nothing of the kind reaches a unit.
    expect(extra.some(([, target]) => target.startsWith('socket:'))).toBe(false);
    expect((await run.done).code).toBe(0);
  });

  it('a SIGKILLed runner: its unit is gone within a second (end-of-file, no polling)', async () => {
    const dir = suiteDir({ 'a.sh': WAITING('a') });
    const run = startCli(['run', '--cwd', dir, '-c', 'sh {file}', '*.sh']);
    await waitFor('unit a to start', () => existsSync(join(dir, 'a.pid')));
    await waitFor('the watchdog to watch', () => watchdogLog(dir).includes('watching runner'));
    const unit = Number(readFileSync(join(dir, 'a.pid'), 'utf8'));
    run.child.kill('SIGKILL');
    await run.done;
    const from = Date.now();
    await waitFor('the watchdog to end the unit', () => !isAlive(unit), 1000);
    expect(Date.now() - from).toBeLessThan(1000);
    await waitFor('the checkpoint mark', () => watchdogLog(dir).includes('checkpoint marked'));
    expect(readJson(join(dir, '.testwarden', 'checkpoint.json')).reason).toBe('runner-lost');
  });

  it('--no-watchdog: no watchdog, no heartbeat, the run as before', async () => {
    const dir = suiteDir({ 'a.sh': 'exit 0', 'b.sh': 'exit 3' });
    const result = await runCli(['run', '--cwd', dir, '--no-watchdog', '-c', 'sh {file}', '*.sh']);
    expect(result.code).toBe(1);
    for (const file of ['watchdog.log', 'watchdog.pid', 'heartbeat.json'])
      expect(existsSync(join(dir, '.testwarden', file)), file).toBe(false);
  });

  it('a runner whose event loop was stuck past the timeout stops its run as runner-stuck when it answers', async () => {
    expect(STOP_REASONS).toContain('runner-stuck');
    const dir = suiteDir({ 'a.sh': WAITING('a'), 'b.sh': 'exit 0' });
    const stateDir = join(dir, '.testwarden');
    let blocked = false;
    const report = await runSuite({
      cwd: dir,
      patterns: ['*.sh'],
      command: 'sh {file}',
      jobs: 1,
      containers: 'off',
      heartbeatTimeoutMs: 3000,
      reportJson: 'r.json',
      watchdogCommand: { program: process.execPath, args: [CLI, '__watchdog'] },
      reporters: [
        {
          onUnitStart(unit) {
            if (unit.id !== 'a.sh' || blocked) return;
            blocked = true;
            // This very process is the runner: its event loop is blocked (synchronously) until
            // the watchdog, missing its beats, asks it to stop.
            const deadline = Date.now() + 20_000;
            while (!watchdogLogAt(stateDir).includes('asked it to stop') && Date.now() < deadline) {
              // Busy on purpose.
            }
          },
        },
      ],
    });
    expect(blocked).toBe(true);
    expect(report).toMatchObject({ status: 'interrupted', reason: 'runner-stuck', exitCode: 75 });
    expect(report.units.find((u) => u.id === 'b.sh')).toMatchObject({
      outcome: 'skipped',
      attempts: 0,
    });
    expect(readJson(join(stateDir, 'checkpoint.json'))).toMatchObject({
      reason: 'runner-stuck',
      complete: false,
    });
    await waitFor('the watchdog to leave', () =>
      watchdogLogAt(stateDir).includes('the run ended; leaving'),
    );
    const log = watchdogLogAt(stateDir);
    expect(log).toMatch(
      /sent no heartbeat for \d+ ms and is not stopped: asked it to stop the run \(runner-stuck\)[^]*the run ended; leaving/,
    );
    expect(log).not.toMatch(/is stuck|is gone|killed/);
    // Unit a started once the loop turned again and was ended by the stop.
    expect(report.units.find((u) => u.id === 'a.sh')?.outcome).toBe('interrupted');
    if (existsSync(join(dir, 'a.pid')))
      expect(isAlive(Number(readFileSync(join(dir, 'a.pid'), 'utf8')))).toBe(false);
  });
});

function fdTargets(pid: number): Map<string, string> {
  return new Map(
    readdirSync(`/proc/${pid}/fd`)
      .sort()
      .map((fd) => [fd, readlinkSync(`/proc/${pid}/fd/${fd}`)] as const),
  );
}

/**
 * Whether `pid` has exec'ed `sleep` and is asleep in it. Right after the exec the dynamic loader
 * still holds the C library open on a descriptor of its own; once the process sleeps, only what
 * it was handed is left.
 */
function asleepInSleep(pid: number): boolean {
  return (
    readFileSync(`/proc/${pid}/cmdline`, 'utf8').startsWith('sleep') && readStat(pid)?.state === 'S'
  );
}

/** The descriptors of a freshly started child, which is then ended. */
async function fdsOf(child: ChildProcess): Promise<Map<string, string>> {
  const exited = new Promise((r) => child.once('exit', r));
  await waitFor('sleep to sleep', () => asleepInSleep(child.pid!));
  const fds = fdTargets(child.pid!);
  child.kill('SIGKILL');
  await exited;
  return fds;
}

function watchdogLogAt(stateDir: string): string {
  try {
    return readFileSync(join(stateDir, 'watchdog.log'), 'utf8');
  } catch {
    return '';
  }
}
