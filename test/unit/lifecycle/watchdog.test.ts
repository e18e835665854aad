// The watchdog loop in-process, over real processes: every way it ends, what it cleans and what it leaves alone, and the checkpoint mark.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeCheckpoint } from '../../../src/core/checkpoint/checkpoint-file.js';
import {
  computeFingerprint,
  createCheckpoint,
} from '../../../src/core/checkpoint/checkpoint-format.js';
import { HEARTBEAT_FILE, startHeartbeat } from '../../../src/core/lifecycle/heartbeat.js';
import { isProcessAlive, startTimeOf } from '../../../src/core/lifecycle/process-identity.js';
import { markRunnerLost } from '../../../src/core/lifecycle/runner-lost.js';
import { runWatchdog, type WatchdogOptions } from '../../../src/core/lifecycle/watchdog.js';
import { Registry } from '../../../src/core/tracker/registry.js';
import { isAlive } from '../../support/cli.js';
import { tempDir } from '../../support/temp-dir.js';
import { waitFor } from '../../support/wait-for.js';

const children: ChildProcess[] = [];

afterEach(async () => {
  for (const child of children.splice(0)) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
  }
});

function sleeper(env: NodeJS.ProcessEnv = process.env, detached = false): ChildProcess {
  const child = spawn('sleep', ['60'], { stdio: 'ignore', env, detached });
  children.push(child);
  return child;
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
  writeBeat(stateDir, { ...ident(runner), at: 1 });
  const options: WatchdogOptions = {
    stateDir,
    runnerPid: runner.pid!,
    runnerStartTime: startTimeOf(runner.pid!),
    heartbeatTimeoutMs: 60_000,
    runId,
    pollMs: 20,
    graceMs: 200,
    engine: null,
  };
  return { stateDir, runner, unit, registry, options };
}

function writeBeat(stateDir: string, beat: object): void {
  writeFileSync(join(stateDir, HEARTBEAT_FILE), JSON.stringify(beat));
}

const checkpointOf = (stateDir: string) =>
  JSON.parse(readFileSync(join(stateDir, 'checkpoint.json'), 'utf8'));
const logOf = (stateDir: string) => readFileSync(join(stateDir, 'watchdog.log'), 'utf8');

describe.skipIf(process.platform !== 'linux')('runWatchdog', () => {
  it('leaves within a poll of the ended heartbeat', async () => {
    const stateDir = tempDir();
    const heartbeat = startHeartbeat(stateDir, { intervalMs: 20 });
    const ends = runWatchdog({
      stateDir,
      runnerPid: process.pid,
      runnerStartTime: startTimeOf(process.pid),
      heartbeatTimeoutMs: 60_000,
      pollMs: 20,
    });
    const from = Date.now();
    heartbeat.stop();
    expect(await ends).toEqual({ kind: 'run-ended' });
    expect(Date.now() - from).toBeLessThan(1000);
    expect(logOf(stateDir)).toMatch(
      /watching runner \d+, heartbeat timeout 60000 ms\n.*the run ended/,
    );
  });

  it('a dead runner: kills the run’s units and marks the checkpoint runner-lost', async () => {
    const { stateDir, runner, unit, options } = fakeRun();
    const ends = runWatchdog(options);
    runner.kill('SIGKILL');
    const end = await ends;
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

  it('a hung runner: after the timeout its units go, the runner itself stays', async () => {
    const { stateDir, runner, unit, options } = fakeRun();
    const from = Date.now();
    const end = await runWatchdog({ ...options, heartbeatTimeoutMs: 300 });
    expect(Date.now() - from).toBeGreaterThanOrEqual(300);
    expect(end).toMatchObject({ kind: 'runner-lost', cause: 'heartbeat-stale' });
    expect(isAlive(unit.pid!)).toBe(false);
    expect(isAlive(runner.pid!)).toBe(true);
    expect(logOf(stateDir)).toMatch(
      /sent no heartbeat for \d+ ms \(alive but hung; left running\)/,
    );
  });

  it('a beating runner is never taken for hung', async () => {
    const { stateDir, runner, unit, options } = fakeRun();
    const abort = new AbortController();
    const ends = runWatchdog({ ...options, heartbeatTimeoutMs: 150, signal: abort.signal });
    let at = 1;
    const deadline = Date.now() + 600;
    while (Date.now() < deadline) {
      writeBeat(stateDir, { pid: runner.pid, startTime: startTimeOf(runner.pid!), at: ++at });
      await new Promise((r) => setTimeout(r, 30));
    }
    abort.abort();
    expect(await ends).toEqual({ kind: 'stopped' });
    expect(isAlive(unit.pid!)).toBe(true);
  });

  it('the runner’s last beat said ended: no cleanup even though it is gone', async () => {
    const { stateDir, runner, unit, options } = fakeRun();
    writeBeat(stateDir, {
      pid: runner.pid,
      startTime: options.runnerStartTime,
      at: 2,
      ended: true,
    });
    runner.kill('SIGKILL');
    await waitFor('the runner to die', () => !isProcessAlive(runner.pid!, options.runnerStartTime));
    expect(await runWatchdog(options)).toEqual({ kind: 'run-ended' });
    expect(isAlive(unit.pid!)).toBe(true);
    expect(checkpointOf(stateDir).reason).toBeNull();
  });

  it('another runner took over the state dir: leaves without touching its run', async () => {
    const { stateDir, runner, unit, options } = fakeRun();
    writeBeat(stateDir, { pid: process.pid, startTime: startTimeOf(process.pid), at: 5 });
    runner.kill('SIGKILL');
    expect(await runWatchdog(options)).toEqual({ kind: 'superseded', by: process.pid });
    expect(isAlive(unit.pid!)).toBe(true);
  });

  it('the registry names another runner: leaves without cleaning', async () => {
    const { stateDir, runner, unit, registry, options } = fakeRun();
    rmSync(join(stateDir, HEARTBEAT_FILE));
    registry.begin({ kind: 'run', runId: 'tw-next', pid: process.pid, startTime: 1, at: 1 });
    runner.kill('SIGKILL');
    expect(await runWatchdog(options)).toEqual({ kind: 'superseded', by: process.pid });
    expect(isAlive(unit.pid!)).toBe(true);
  });

  it('leaves when its state dir is removed or when asked to stop', async () => {
    const { stateDir, options } = fakeRun();
    const abort = new AbortController();
    const stopped = runWatchdog({ ...options, signal: abort.signal });
    abort.abort();
    expect(await stopped).toEqual({ kind: 'stopped' });
    rmSync(stateDir, { recursive: true });
    expect(await runWatchdog(options)).toEqual({ kind: 'state-dir-gone' });
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
    expect(markRunnerLost(path, 'r2')).toBe('marked');
  });
});
