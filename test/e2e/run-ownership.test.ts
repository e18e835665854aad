// A state dir's registry can name any run (units write it; a folder can be copied or written by hand): cleanup, the next run and the post step act only on runs started in that very state dir, never on a live run elsewhere.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sealRunId } from '../../src/core/tracker/run-id.js';
import { isAlive, runCli, startCli } from '../support/cli.js';
import { useEngineLock } from '../support/engine-lock.js';
import { suiteDir } from '../support/files.js';
import { tempDir } from '../support/temp-dir.js';
import { waitFor } from '../support/wait-for.js';

interface Ignored {
  kind: string;
  target: string;
  why: string;
}

/** The run a state dir's registry was begun for, and its run cgroup when it has one. */
function registryOf(stateDir: string): { runId: string; cgroup?: string } {
  const lines = readFileSync(join(stateDir, 'registry.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as { kind: string; runId?: string; path?: string });
  const cgroup = lines.find((l) => l.kind === 'cgroup')?.path;
  return { runId: lines[0]!.runId!, ...(cgroup !== undefined ? { cgroup } : {}) };
}

/** The pid a unit wrote to `file`, once it is there whole. */
function pidIn(file: string): number | undefined {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  return /^\d+\n$/.test(text) ? Number(text) : undefined;
}

/** A registry as a unit, a hand or a copy may leave it: the other run's id, a runner long dead. */
function forgedRegistry(stateDir: string, runId: string, cgroup?: string): void {
  const dead = spawnSync('true');
  expect(dead.status).toBe(0);
  mkdirSync(stateDir, { recursive: true });
  writeFileSync(
    join(stateDir, 'registry.jsonl'),
    [
      { kind: 'run', runId, pid: dead.pid, startTime: 1, at: 0 },
      ...(cgroup !== undefined ? [{ kind: 'cgroup', runId, path: cgroup }] : []),
    ]
      .map((e) => JSON.stringify(e))
      .join('\n') + '\n',
  );
}

describe.skipIf(process.platform !== 'linux')('runs of other state dirs', () => {
  it('cleanup and the next run in a state dir whose registry names a live run of another state dir leave that run alone', async () => {
    // Run B: a unit with a daemon of its own (setsid: found only by the run's marker), which
    // stays until the test lets it go, then ends its daemon and passes.
    const b = suiteDir({
      'b.sh': [
        'setsid sleep 300 </dev/null >/dev/null 2>&1 &',
        'echo $! > daemon.pid',
        'echo $$ > leader.pid',
        'while [ ! -e go ]; do sleep 0.05; done',
        'kill "$(cat daemon.pid)"',
      ].join('\n'),
    });
    const live = startCli(['run', '--cwd', b, '--no-watchdog', '-c', 'sh {file}', 'b.sh']);
    const leader = await waitFor('run B to start its unit', () => pidIn(join(b, 'leader.pid')));
    const daemon = await waitFor('run B to start its daemon', () => pidIn(join(b, 'daemon.pid')));
    const runB = registryOf(join(b, '.testwarden'));

    // cleanup in another state dir, whose registry names run B.
    const a = tempDir();
    forgedRegistry(a, runB.runId, runB.cgroup);
    const cleaned = await runCli(['cleanup', '--state-dir', a, '--json']);
    expect(cleaned.code, cleaned.stderr).toBe(0);
    const report = JSON.parse(cleaned.stdout) as { processes: unknown[]; ignored: Ignored[] };
    expect(report.processes).toEqual([]);
    expect(report.ignored).toContainEqual(
      expect.objectContaining({
        kind: 'run',
        target: runB.runId,
        why: expect.stringMatching(/was not started in this state dir/),
      }),
    );
    expect(isAlive(leader)).toBe(true);
    expect(isAlive(daemon)).toBe(true);
    if (runB.cgroup !== undefined) expect(existsSync(runB.cgroup)).toBe(true);

    // The next run in a folder with such a registry cleans up after no one but its own runs.
    const next = suiteDir({ 'a.sh': 'true' });
    forgedRegistry(join(next, '.testwarden'), runB.runId, runB.cgroup);
    const ran = await runCli(['run', '--cwd', next, '--no-watchdog', '-c', 'sh {file}', 'a.sh']);
    expect(ran.code, ran.stderr).toBe(0);
    expect(ran.stdout).toContain(`left alone run "${runB.runId}"`);
    expect(isAlive(leader)).toBe(true);
    expect(isAlive(daemon)).toBe(true);

    // Run B never noticed: its unit ends by itself and passes.
    writeFileSync(join(b, 'go'), '');
    const finished = await live.done;
    expect(finished.code, finished.stdout + finished.stderr).toBe(0);
    await waitFor('the daemon of run B to end', () => !isAlive(daemon));
  });

  it('cleanup still sweeps a dead run of its own state dir', async () => {
    // The same kind of record, for a run this state dir did start: its daemon is swept.
    const dir = suiteDir({
      'a.sh': ['setsid sleep 300 </dev/null >/dev/null 2>&1 &', 'echo $! > daemon.pid'].join('\n'),
    });
    const ran = await runCli([
      'run',
      '--cwd',
      dir,
      '--no-watchdog',
      '--leaks',
      'warn',
      '-c',
      'sh {file}',
      'a.sh',
    ]);
    expect(ran.code, ran.stderr).toBe(0);
    const daemon = Number(readFileSync(join(dir, 'daemon.pid'), 'utf8'));
    try {
      expect(isAlive(daemon)).toBe(true);
      const cleaned = await runCli(['cleanup', '--state-dir', join(dir, '.testwarden'), '--json']);
      expect(cleaned.code, cleaned.stderr).toBe(0);
      const report = JSON.parse(cleaned.stdout) as { processes: { pid: number }[] };
      expect(report.processes).toContainEqual(expect.objectContaining({ pid: daemon }));
      await waitFor('the daemon to end', () => !isAlive(daemon));
    } finally {
      if (isAlive(daemon)) process.kill(daemon, 'SIGKILL');
    }
  });
});

const IMAGE = 'localhost/busybox:test';
const engineAnswers =
  spawnSync('docker', ['image', 'inspect', IMAGE], { timeout: 10_000 }).status === 0;

describe.skipIf(!engineAnswers && !process.env.CI)('containers of runs of other state dirs', () => {
  useEngineLock();
  const made: string[] = [];
  afterEach(() => {
    // Only the containers this test created.
    for (const name of made.splice(0)) spawnSync('docker', ['rm', '-f', name], { stdio: 'ignore' });
  });

  function container(name: string, runId: string): string {
    made.push(name);
    const r = spawnSync(
      'docker',
      [
        'run',
        '-d',
        '--network',
        'none',
        '--name',
        name,
        '--label',
        `testwarden.run=${runId}`,
        '--label',
        'testwarden.unit=a.sh',
        IMAGE,
        'sleep',
        '300',
      ],
      { encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBe(0);
    return r.stdout.trim();
  }
  const exists = (id: string) =>
    spawnSync('docker', ['container', 'inspect', id], { stdio: 'ignore' }).status === 0;

  it('cleanup removes the labelled containers of its own runs only', async () => {
    const tag = `tw-own-${process.pid}-${Date.now().toString(36)}`;
    const mine = tempDir();
    const elsewhere = tempDir();
    const ownRun = sealRunId(mine, `tw-${tag}-a`);
    const otherRun = sealRunId(elsewhere, `tw-${tag}-b`);
    const ours = container(`${tag}-ours`, ownRun);
    const theirs = container(`${tag}-theirs`, otherRun);
    const dead = spawnSync('true');
    writeFileSync(
      join(mine, 'registry.jsonl'),
      [ownRun, otherRun]
        .map((runId) => JSON.stringify({ kind: 'run', runId, pid: dead.pid, startTime: 1, at: 0 }))
        .join('\n') + '\n',
    );
    const cleaned = await runCli(['cleanup', '--state-dir', mine, '--json']);
    expect(cleaned.code, cleaned.stderr).toBe(0);
    const report = JSON.parse(cleaned.stdout) as {
      containers: { id: string; action: string }[];
      ignored: Ignored[];
    };
    expect(report.containers).toEqual([expect.objectContaining({ id: ours, action: 'removed' })]);
    expect(exists(ours)).toBe(false);
    expect(exists(theirs)).toBe(true);
    expect(report.ignored).toContainEqual(
      expect.objectContaining({ kind: 'run', target: otherRun }),
    );
  });
});
