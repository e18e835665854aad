// How the watchdog knows the runner lives, through the real CLI: a stopped runner is waited for and finishes its run, files in the state dir steer nothing, units never hold the heartbeat pipe, a killed runner's units go at once, and a stuck runner that answers stops its run as runner-stuck.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { waitFor, waitForPid } from '../support/wait-for.js';
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
    const unit = await waitForPid('unit a to start', join(dir, 'a.pid'));
    await waitFor('the watchdog to watch', () => watchdogLog(dir).includes('watching runner'));
    const runner = run.child.pid!;
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
    const pid = await waitForPid('the unit to start', join(dir, 'u.pid'));
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
    const unit = await waitForPid('unit a to start', join(dir, 'a.pid'));
    await waitFor('the watchdog to watch', () => watchdogLog(dir).includes('watching runner'));
    run.child.kill('SIGKILL');
    await run.done;
    const from = Date.now();
    await waitFor('the watchdog to end the unit', () => !isAlive(unit), 1000);
    expect(Date.now() - from).toBeLessThan(1000);
    await waitFor('the checkpoint mark', () => watchdogLog(dir).includes('checkpoint marked'));
    expect(readJson(join(dir, '.testwarden', 'checkpoint.json')).reason).toBe('runner-lost');
  });

  /**
   * A unit that kills its own runner (SIGKILL) as the first thing it does, after starting a
   * `setsid` child that leaves its process group; the run's id, from the registry.
   */
  async function runnerKilledByItsUnit(
    flags: readonly string[],
  ): Promise<{ dir: string; unit: number; child: number; runId: string }> {
    const dir = suiteDir({
      'a.sh': 'setsid sleep 300 & echo $! > a.child; echo $$ > a.pid; kill -9 $PPID; wait',
    });
    const run = startCli(['run', '--cwd', dir, ...flags, '-c', 'sh {file}', '*.sh']);
    const result = await run.done;
    expect(result.signal).toBe('SIGKILL');
    await waitFor('the unit to say who it is', () => existsSync(join(dir, 'a.child')));
    const unit = Number(readFileSync(join(dir, 'a.pid'), 'utf8'));
    const child = Number(readFileSync(join(dir, 'a.child'), 'utf8'));
    // What the registry held before the unit could do anything: the run (and its cgroup), and
    // the run's marker in every process of the unit, by which they are found without a line of their own.
    const lines = readFileSync(join(dir, '.testwarden', 'registry.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { kind: string; runId?: string });
    const runId = lines.find((l) => l.kind === 'run')?.runId;
    expect(runId).toBeDefined();
    return { dir, unit, child, runId: runId! };
  }

  /** The marker a process carries (empty once it is gone). */
  const markerOf = (pid: number) => {
    try {
      return readFileSync(`/proc/${pid}/environ`, 'utf8')
        .split('\0')
        .find((v) => v.startsWith('TESTWARDEN_RUN_ID='));
    } catch {
      return undefined;
    }
  };

  it('a runner killed by its first unit as it starts, with no watchdog: testwarden cleanup ends what the unit left', async () => {
    const { dir, unit, child, runId } = await runnerKilledByItsUnit(['--no-watchdog']);
    // The state a runner killed before its watchdog started leaves: nobody watches.
    expect(existsSync(join(dir, '.testwarden', 'watchdog.pid'))).toBe(false);
    expect([unit, child].every(isAlive)).toBe(true);
    // Read while the child is between fork and exec, its environ can be empty for a moment.
    await waitFor(
      'the child to carry the run marker',
      () => markerOf(child) === `TESTWARDEN_RUN_ID=${runId}`,
    );
    const cleanup = await runCli(['cleanup', '--state-dir', join(dir, '.testwarden'), '--json']);
    expect(cleanup.code, cleanup.stdout + cleanup.stderr).toBe(0);
    await waitFor('the unit and its setsid child to be gone', () => ![unit, child].some(isAlive));
    const report = JSON.parse(cleanup.stdout) as { processes: { pid: number; action: string }[] };
    expect(report.processes.map((p) => [p.pid, p.action])).toEqual(
      expect.arrayContaining([
        [unit, 'killed'],
        [child, 'killed'],
      ]),
    );
  });

  it('a runner killed by its first unit as it starts: the watchdog started with that unit ends what it left, or cleanup does', async () => {
    const { dir, unit, child, runId } = await runnerKilledByItsUnit([]);
    expect(markerOf(child) ?? `TESTWARDEN_RUN_ID=${runId}`).toBe(`TESTWARDEN_RUN_ID=${runId}`);
    // The watchdog is spawned in the same turn of the runner's event loop as the unit; on a
    // loaded machine the unit's shell can still kill the runner first (the documented window):
    // after claiming watchdog.pid (an empty file) and before spawning the watchdog and writing
    // its pid there. A watchdog was spawned if it logs or its pid was written.
    const pidFile = join(dir, '.testwarden', 'watchdog.pid');
    const started = await waitFor(
      'the watchdog to start or the window to show',
      () =>
        watchdogLog(dir).includes('watching runner') ||
        (existsSync(pidFile) && readFileSync(pidFile, 'utf8').trim() !== ''),
      // A watchdog spawned just before the runner died still needs its start-up on a busy machine.
      10_000,
    ).then(
      () => true,
      () => false,
    );
    try {
      if (started) {
        // Its Node start on a busy machine comes first: a ceiling, not a wait.
        await waitFor('the watchdog to end the unit', () => ![unit, child].some(isAlive), 30_000);
        await waitFor('the checkpoint mark', () => watchdogLog(dir).includes('checkpoint marked'));
        expect(watchdogLog(dir)).toMatch(/runner \d+ is gone: killed 2 process\(es\)/);
      } else {
        const cleanup = await runCli(['cleanup', '--state-dir', join(dir, '.testwarden')]);
        expect(cleanup.code, cleanup.stdout + cleanup.stderr).toBe(0);
        await waitFor('cleanup to end the unit', () => ![unit, child].some(isAlive));
      }
    } finally {
      // Whatever failed above, the unit's processes and its cgroup do not outlive the test.
      if ([unit, child].some(isAlive))
        await runCli(['cleanup', '--force', '--state-dir', join(dir, '.testwarden')]);
    }
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
    // The watchdog starts with the run's first unit (a.sh); the loop blocks before the next.
    const dir = suiteDir({ 'a.sh': 'exit 0', 'b.sh': WAITING('b'), 'c.sh': 'exit 0' });
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
            if (unit.id !== 'b.sh' || blocked) return;
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
    expect(report.units.find((u) => u.id === 'c.sh')).toMatchObject({
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
    // Unit b started once the loop turned again and was ended by the stop.
    expect(report.units.find((u) => u.id === 'a.sh')?.outcome).toBe('passed');
    expect(report.units.find((u) => u.id === 'b.sh')?.outcome).toBe('interrupted');
    if (existsSync(join(dir, 'b.pid')))
      expect(isAlive(Number(readFileSync(join(dir, 'b.pid'), 'utf8')))).toBe(false);
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
