// The watchdog loop in-process, over real processes and a heartbeat link: every way it ends, a stopped runner waited for, a stuck one asked to stop and then ended, what it cleans and what it leaves alone, and the checkpoint mark.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { writeCheckpoint } from '../../../src/core/checkpoint/checkpoint-file.js';
import {
  computeFingerprint,
  createCheckpoint,
  markEnded,
} from '../../../src/core/checkpoint/checkpoint-format.js';
import { isProcessAlive, startTimeOf } from '../../../src/core/lifecycle/process-identity.js';
import { markRunnerLost } from '../../../src/core/lifecycle/runner-lost.js';
import { runWatchdog, type WatchdogOptions } from '../../../src/core/lifecycle/watchdog.js';
import { readStat } from '../../../src/core/tracker/proc-table.js';
import { Registry } from '../../../src/core/tracker/registry.js';
import { isAlive } from '../../support/cli.js';
import { waitFor } from '../../support/wait-for.js';
import { tempDir } from '../../support/temp-dir.js';
import { linuxOnly } from '../../support/platform.js';

const children: ChildProcess[] = [];

afterEach(async () => {
  for (const child of children.splice(0)) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGCONT');
    child.kill('SIGKILL');
    await exited;
  }
});

function sleeper(env: NodeJS.ProcessEnv = process.env, detached = false): ChildProcess {
  const child = spawn('sleep', ['60'], { stdio: 'ignore', env, detached });
  children.push(child);
  return child;
}

/** The runner's ends of a heartbeat link (the test beats for the "runner"), and what it was told. */
function link() {
  const down = new PassThrough();
  const up = new PassThrough();
  let told = '';
  up.on('data', (chunk: Buffer) => (told += chunk.toString()));
  return {
    watchdogSide: { fromRunner: down, toRunner: up },
    beat: () => down.write('beat\n'),
    end: () => down.end('end\n'),
    /** End-of-file: what the kernel does when the runner's process goes. */
    close: () => down.end(),
    told: () => told,
  };
}

/** A state dir with a run whose "runner" is a sleep process and one marked unit in its own group. */
function fakeRun() {
  const stateDir = tempDir();
  const runner = sleeper();
  const runId = `tw-unit-test-${runner.pid}`;
  const unit = sleeper({ ...process.env, TESTWARDEN_RUN_ID: runId, TESTWARDEN_UNIT: 'u' }, true);
  const registry = new Registry(stateDir);
  const ident = (c: ChildProcess) => ({ pid: c.pid!, startTime: startTimeOf(c.pid!) });
  registry.begin({ kind: 'run', runId, ...ident(runner), at: Date.now() });
  registry.add({ kind: 'unit', runId, unitId: 'u', attempt: 1, ...ident(unit), at: Date.now() });
  const fingerprint = computeFingerprint({ unitIds: ['u'], command: 'x', shell: false });
  writeCheckpoint(join(stateDir, 'checkpoint.json'), createCheckpoint({ runId, fingerprint }));
  const pipe = link();
  const options: WatchdogOptions = {
    stateDir,
    runnerPid: runner.pid!,
    runnerStartTime: startTimeOf(runner.pid!),
    heartbeatTimeoutMs: 60_000,
    runId,
    link: pipe.watchdogSide,
    pollMs: 20,
    graceMs: 200,
    engine: null,
  };
  return { stateDir, runner, unit, registry, options, pipe };
}

const checkpointOf = (stateDir: string) =>
  JSON.parse(readFileSync(join(stateDir, 'checkpoint.json'), 'utf8'));
const logOf = (stateDir: string) => readFileSync(join(stateDir, 'watchdog.log'), 'utf8');

/** Polls `check` for `ms`, failing at once if it is ever false: something must hold for a while. */
async function holds(check: () => boolean, what: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    expect(check(), what).toBe(true);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.skipIf(linuxOnly('runWatchdog', '/proc, process groups'))('runWatchdog', () => {
  it('leaves within a poll of `end`, touching nothing', async () => {
    const { stateDir, unit, options, pipe } = fakeRun();
    const ends = runWatchdog(options);
    pipe.beat();
    const from = Date.now();
    pipe.end();
    expect(await ends).toEqual({ kind: 'run-ended' });
    expect(Date.now() - from).toBeLessThan(1000);
    expect(isAlive(unit.pid!)).toBe(true);
    expect(checkpointOf(stateDir).reason).toBeNull();
    expect(logOf(stateDir)).toMatch(
      /watching runner \d+ \(run tw-unit-test-\d+\), heartbeat timeout 60000 ms\n.*the run ended/,
    );
  });

  it('end-of-file from a dead runner: kills the run’s units at once and marks the checkpoint runner-lost', async () => {
    const { stateDir, runner, unit, options, pipe } = fakeRun();
    // Polls far apart: only the end-of-file can make it act quickly.
    const ends = runWatchdog({ ...options, pollMs: 10_000 });
    const exited = new Promise((r) => runner.once('exit', r));
    runner.kill('SIGKILL');
    await exited;
    const from = Date.now();
    pipe.close();
    const end = await ends;
    expect(Date.now() - from).toBeLessThan(2000);
    expect(end).toMatchObject({ kind: 'runner-lost', cause: 'runner-gone', checkpoint: 'marked' });
    expect(end.kind === 'runner-lost' && end.cleanup.processes).toEqual([
      expect.objectContaining({ pid: unit.pid, action: 'killed' }),
    ]);
    expect(isAlive(unit.pid!)).toBe(false);
    expect(checkpointOf(stateDir)).toMatchObject({ reason: 'runner-lost', complete: false });
    expect(logOf(stateDir)).toMatch(
      /runner \d+ is gone: killed 1 process\(es\), removed 0 container\(s\); checkpoint marked/,
    );
  });

  it('a runner that said `end` and exited before the watchdog read it: nothing is cleaned', async () => {
    const { stateDir, runner, unit, options, pipe } = fakeRun();
    pipe.beat();
    pipe.end();
    const exited = new Promise((r) => runner.once('exit', r));
    runner.kill('SIGKILL');
    await exited;
    expect(await runWatchdog(options)).toEqual({ kind: 'run-ended' });
    expect(isAlive(unit.pid!)).toBe(true);
    expect(checkpointOf(stateDir).reason).toBeNull();
  });

  it('without a link: a dead runner is still noticed from /proc', async () => {
    const { stateDir, runner, unit, options } = fakeRun();
    const ends = runWatchdog({ ...options, link: undefined });
    runner.kill('SIGKILL');
    expect(await ends).toMatchObject({ kind: 'runner-lost', cause: 'runner-gone' });
    expect(isAlive(unit.pid!)).toBe(false);
    expect(logOf(stateDir)).toMatch(/no heartbeat pipe: only its death is noticed/);
  });

  it('end-of-file while the runner lives is no death: nothing is touched', async () => {
    const { stateDir, runner, unit, options, pipe } = fakeRun();
    const abort = new AbortController();
    const ends = runWatchdog({ ...options, heartbeatTimeoutMs: 100, signal: abort.signal });
    pipe.close();
    await waitFor('the watchdog to notice', () =>
      logOf(stateDir).includes('the heartbeat pipe closed but the runner lives'),
    );
    // And with no pipe left, silence is no reason to act either.
    await holds(() => isAlive(unit.pid!) && isAlive(runner.pid!), 'the run untouched', 400);
    abort.abort();
    expect(await ends).toEqual({ kind: 'stopped' });
  });

  it('a stopped runner is waited for, however long, and goes on when continued', async () => {
    const { stateDir, runner, unit, options, pipe } = fakeRun();
    const abort = new AbortController();
    const ends = runWatchdog({ ...options, heartbeatTimeoutMs: 150, signal: abort.signal });
    runner.kill('SIGSTOP');
    await waitFor('the runner to stop', () => readStat(runner.pid!)?.state === 'T');
    // Three heartbeat timeouts and more without a beat.
    await holds(() => isAlive(unit.pid!), 'the unit alive while the runner is stopped', 600);
    expect(pipe.told()).toBe('');
    runner.kill('SIGCONT');
    const beating = setInterval(() => pipe.beat(), 20);
    try {
      await waitFor('the watchdog to see it continue', () => logOf(stateDir).includes('continues'));
      await holds(() => isAlive(unit.pid!), 'the unit alive after it continued', 400);
    } finally {
      clearInterval(beating);
    }
    abort.abort();
    expect(await ends).toEqual({ kind: 'stopped' });
    expect(pipe.told()).toBe('');
    expect(logOf(stateDir)).toMatch(
      /runner \d+ is stopped \(SIGSTOP, Ctrl-Z or a debugger\): waiting/,
    );
    expect(checkpointOf(stateDir).reason).toBeNull();
  });

  it('a stuck runner is asked to stop; without an answer it is ended, its units go, the checkpoint says runner-stuck', async () => {
    const { stateDir, runner, unit, options, pipe } = fakeRun();
    const from = Date.now();
    const end = await runWatchdog({ ...options, heartbeatTimeoutMs: 300 });
    expect(Date.now() - from).toBeGreaterThanOrEqual(600);
    expect(pipe.told()).toBe('stop runner-stuck\n');
    expect(end).toMatchObject({ kind: 'runner-lost', cause: 'runner-stuck', runner: 'killed' });
    expect(isAlive(unit.pid!)).toBe(false);
    expect(isProcessAlive(runner.pid!, options.runnerStartTime)).toBe(false);
    expect(checkpointOf(stateDir)).toMatchObject({ reason: 'runner-stuck', complete: false });
    expect(logOf(stateDir)).toMatch(
      /asked it to stop the run \(runner-stuck\)[^]*is stuck \(no heartbeat for \d+ ms, not stopped, no answer to the stop request\): ended it \(SIGKILL\): killed 1 process/,
    );
  });

  it('a stuck runner that answers the request is left to stop its run itself', async () => {
    const { stateDir, runner, unit, options, pipe } = fakeRun();
    const abort = new AbortController();
    const ends = runWatchdog({ ...options, heartbeatTimeoutMs: 200, signal: abort.signal });
    await waitFor('the stop request', () => pipe.told() !== '');
    const beating = setInterval(() => pipe.beat(), 20);
    try {
      await waitFor('the watchdog to see the answer', () =>
        logOf(stateDir).includes('answers again'),
      );
      await holds(() => isAlive(unit.pid!) && isAlive(runner.pid!), 'the run untouched', 500);
    } finally {
      clearInterval(beating);
    }
    abort.abort();
    expect(await ends).toEqual({ kind: 'stopped' });
    expect(pipe.told()).toBe('stop runner-stuck\n');
  });

  it('a beating runner is never taken for stuck', async () => {
    const { runner, unit, options, pipe } = fakeRun();
    const abort = new AbortController();
    const ends = runWatchdog({ ...options, heartbeatTimeoutMs: 150, signal: abort.signal });
    const beating = setInterval(() => pipe.beat(), 30);
    try {
      await holds(() => isAlive(unit.pid!) && isAlive(runner.pid!), 'the run untouched', 600);
    } finally {
      clearInterval(beating);
    }
    abort.abort();
    expect(await ends).toEqual({ kind: 'stopped' });
    expect(pipe.told()).toBe('');
  });

  it('files in the state dir steer nothing: a heartbeat folder, a removed state dir', async () => {
    const { stateDir, runner, unit, options, pipe } = fakeRun();
    mkdirSync(join(stateDir, 'heartbeat.json'));
    writeFileSync(join(stateDir, 'watchdog.pid'), 'garbage');
    const abort = new AbortController();
    const ends = runWatchdog({ ...options, heartbeatTimeoutMs: 150, signal: abort.signal });
    const beating = setInterval(() => pipe.beat(), 30);
    try {
      await holds(() => isAlive(unit.pid!), 'the unit alive', 300);
      rmSync(stateDir, { recursive: true });
      // Still watching: the runner lives and beats.
      await holds(() => isAlive(unit.pid!) && isAlive(runner.pid!), 'the run untouched', 300);
    } finally {
      clearInterval(beating);
    }
    abort.abort();
    expect(await ends).toEqual({ kind: 'stopped' });
  });
});

describe('markRunnerLost', () => {
  const fingerprint = computeFingerprint({ unitIds: ['u'], command: 'x', shell: false });

  it('marks an unfinished checkpoint of the run, leaves any other as it is', () => {
    const dir = tempDir();
    const path = join(dir, 'checkpoint.json');
    expect(markRunnerLost(path)).toBe('missing');
    writeFileSync(path, '{ torn');
    expect(markRunnerLost(path)).toBe('unreadable');
    expect(readFileSync(path, 'utf8')).toBe('{ torn');
    writeCheckpoint(path, { ...createCheckpoint({ runId: 'r', fingerprint }), reason: 'SIGINT' });
    expect(markRunnerLost(path)).toBe('marked');
    const marked = JSON.parse(readFileSync(path, 'utf8'));
    expect(marked).toMatchObject({ runId: 'r', reason: 'runner-lost', complete: false });
    // The run's history entry ends with the reason.
    expect(marked.runs.at(-1)).toMatchObject({
      runId: 'r',
      reason: 'runner-lost',
      endedAt: expect.any(Number),
    });
    writeCheckpoint(path, { ...createCheckpoint({ runId: 'r', fingerprint }), complete: true });
    expect(markRunnerLost(path)).toBe('complete');
    expect(JSON.parse(readFileSync(path, 'utf8')).reason).toBeNull();
    // A later run has written its own checkpoint since: not this watchdog's to mark.
    writeCheckpoint(path, createCheckpoint({ runId: 'r2', fingerprint }));
    expect(markRunnerLost(path, 'r')).toBe('other-run');
    expect(markRunnerLost(path, 'r2', 'runner-stuck')).toBe('marked');
    expect(JSON.parse(readFileSync(path, 'utf8')).reason).toBe('runner-stuck');
  });

  it('leaves a run the runner ended itself (stopped by a signal, say) as it is', () => {
    const path = join(tempDir(), 'checkpoint.json');
    const checkpoint = createCheckpoint({ runId: 'r', fingerprint });
    markEnded(checkpoint, { reason: 'SIGINT', unitIds: [] });
    writeCheckpoint(path, checkpoint);
    expect(markRunnerLost(path, 'r')).toBe('ended');
    expect(JSON.parse(readFileSync(path, 'utf8')).reason).toBe('SIGINT');
  });
});
