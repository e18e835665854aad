// A registry is a list of claims (units can write the state dir): cleanup, the next run and the watchdog act only on what proves it is the run's, and report the rest as ignored.
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmdirSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { detectCgroupSupport, findCgroup2Mounts } from '../../src/core/tracker/cgroup-detect.js';
import { readStat } from '../../src/core/tracker/proc-table.js';
import { sealRunId } from '../../src/core/tracker/run-id.js';
import { isAlive, runCli } from '../support/cli.js';
import { waitFor } from '../support/wait-for.js';
import { suiteDir } from '../support/files.js';
import { tempDir } from '../support/temp-dir.js';
import { useEngineLock } from '../support/engine-lock.js';

const support = detectCgroupSupport();
const isRoot = process.getuid?.() === 0;
const mount = existsSync('/proc/self/mountinfo')
  ? findCgroup2Mounts(readFileSync('/proc/self/mountinfo', 'utf8'))[0]?.mountPoint
  : undefined;

/** Cgroups and processes this file made, removed after each test (only those). */
const victims: { cgroup: string; pid: number }[] = [];
afterEach(async () => {
  for (const v of victims.splice(0)) {
    try {
      process.kill(v.pid, 'SIGKILL');
    } catch {
      // Already gone (the assertion that it survived has been made).
    }
    await waitFor(`victim ${v.pid} to end`, () => !isAlive(v.pid));
    await waitFor(`cgroup ${v.cgroup} to go`, () => removeTree(v.cgroup));
  }
});

function removeTree(path: string): boolean {
  try {
    for (const d of readdirSync(path, { withFileTypes: true }))
      if (d.isDirectory()) removeTree(join(path, d.name));
    rmdirSync(path);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

/** An unrelated `sleep` in a cgroup of its own, right under the v2 mount: what must never be touched. */
async function victim(): Promise<{ cgroup: string; pid: number }> {
  const cgroup = join(mount!, `victim-${process.pid}-${Date.now().toString(36)}`);
  mkdirSync(cgroup);
  const child = spawn('sleep', ['300'], { detached: true, stdio: 'ignore' });
  child.unref();
  await waitFor('the victim to start', () => child.pid !== undefined && isAlive(child.pid));
  const v = { cgroup, pid: child.pid! };
  victims.push(v);
  writeFileSync(join(cgroup, 'cgroup.procs'), `${v.pid}\n`);
  expect(readFileSync(join(cgroup, 'cgroup.procs'), 'utf8')).toContain(String(v.pid));
  return v;
}

type Ignored = { kind: string; target: string; why: string };

describe.skipIf(!isRoot || !support.available || mount === undefined)(
  'cgroup paths in the registry',
  () => {
    it('a unit appends lines naming foreign cgroups: cleanup kills the run leftovers and leaves the victims alone', async () => {
      const v = await victim();
      // Moved by the (root) unit into a cgroup named like the run's, but not where testwarden makes them.
      const moved = await victim();
      const stateDir = join(tempDir(), 'state');
      const fake = `${moved.cgroup}/testwarden-$TESTWARDEN_RUN_ID`;
      // The unit writes the registry the way a hostile or careless test could, then leaks a
      // process that only the run's own cgroup can prove is the run's.
      const lines = [
        `{"kind":"cgroup","runId":"$TESTWARDEN_RUN_ID","path":"${v.cgroup}"}`,
        `{"kind":"cgroup","runId":"$TESTWARDEN_RUN_ID","path":"${mount}/testwarden-$TESTWARDEN_RUN_ID/../${v.cgroup.split('/').pop()}"}`,
        `{"kind":"cgroup","runId":"$TESTWARDEN_RUN_ID","path":"${stateDir}/testwarden-$TESTWARDEN_RUN_ID"}`,
        `{"kind":"cgroup","runId":"$TESTWARDEN_RUN_ID","path":"${fake}"}`,
        `{"kind":"unit","runId":"$TESTWARDEN_RUN_ID","unitId":"a.sh","attempt":1,"pid":${v.pid},"startTime":${readStat(v.pid)!.startTime},"at":0,"cgroup":"${v.cgroup}"}`,
      ];
      const dir = suiteDir({
        'a.sh': [
          // A symlink named like the run's cgroup, pointing at the victim's.
          `ln -s "${v.cgroup}" "${stateDir}/testwarden-$TESTWARDEN_RUN_ID"`,
          `mkdir "${fake}" && echo ${moved.pid} > "${fake}/cgroup.procs"`,
          ...lines.map((l) => `echo "${l.replace(/"/g, '\\"')}" >> "${stateDir}/registry.jsonl"`),
          'env -i setsid sleep 311 > /dev/null 2>&1 & echo $! > leak.pid',
        ].join('\n'),
      });
      const run = await runCli([
        'run',
        '--cwd',
        dir,
        '--state-dir',
        stateDir,
        '--tracking',
        'cgroup',
        '--leaks',
        'warn',
        '--no-watchdog',
        '-c',
        'sh {file}',
        'a.sh',
      ]);
      expect(run.code, run.stderr).toBe(0);
      const leak = Number(readFileSync(join(dir, 'leak.pid'), 'utf8'));
      expect(isAlive(leak)).toBe(true);

      const cleaned = await runCli(['cleanup', '--state-dir', stateDir, '--json']);
      expect(cleaned.code, cleaned.stderr).toBe(0);
      const report = JSON.parse(cleaned.stdout) as {
        processes: { pid: number; action: string }[];
        ignored: Ignored[];
      };
      // What the run made went: the env -i, setsid leak only its cgroup holds.
      expect(report.processes).toContainEqual(
        expect.objectContaining({ pid: leak, action: 'killed' }),
      );
      expect(isAlive(leak)).toBe(false);
      // What it did not make stayed, and every claim about it is reported.
      expect(isAlive(v.pid)).toBe(true);
      expect(existsSync(v.cgroup)).toBe(true);
      expect(readFileSync(join(v.cgroup, 'cgroup.procs'), 'utf8')).toContain(String(v.pid));
      expect(report.processes.map((p) => p.pid)).not.toContain(v.pid);
      expect(isAlive(moved.pid)).toBe(true);
      const runId = readRunId(stateDir);
      const why = (target: string) =>
        report.ignored
          .filter((e) => e.target === target)
          .map((e) => e.why)
          .join('\n');
      expect(why(v.cgroup)).toMatch(/its name is not testwarden-/);
      expect(report.ignored.find((e) => e.target.includes('/../'))?.why).toBe('it contains ".."');
      // The symlink resolves to the victim's cgroup, whose name is not the run's.
      expect(why(`${stateDir}/testwarden-${runId}`)).toMatch(/its name is not testwarden-/);
      expect(why(`${moved.cgroup}/testwarden-${runId}`)).toMatch(
        /not under a folder testwarden creates run cgroups in/,
      );
      expect(report.ignored).toContainEqual(
        expect.objectContaining({ kind: 'unit', target: `process group ${v.pid}` }),
      );

      const text = await runCli(['cleanup', '--state-dir', stateDir]);
      expect(text.code).toBe(0);
      expect(text.stdout).toContain('Nothing left behind');
    });

    it('the next run in the state dir sweeps what proves it is the earlier run and names what it left alone', async () => {
      const v = await victim();
      const dir = suiteDir({ 'a.sh': 'true' });
      const stateDir = join(dir, '.testwarden');
      mkdirSync(stateDir);
      // A registry left by a run that died (its runner pid is this test's dead child).
      const dead = spawnSync('true');
      expect(dead.status).toBe(0);
      writeFileSync(
        join(stateDir, 'registry.jsonl'),
        [
          { kind: 'run', runId: 'tw-dead', pid: dead.pid, startTime: 1, at: 0 },
          { kind: 'cgroup', runId: 'tw-dead', path: v.cgroup },
          { kind: 'cgroup', runId: 'tw-other', path: v.cgroup },
        ]
          .map((e) => JSON.stringify(e))
          .join('\n') + '\n',
      );
      const run = await runCli(['run', '--cwd', dir, '--no-watchdog', '-c', 'sh {file}', 'a.sh']);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain(`left alone cgroup "${v.cgroup}"`);
      expect(run.stdout).toMatch(/names run tw-other, which this state dir does not record/);
      expect(isAlive(v.pid)).toBe(true);
      expect(existsSync(v.cgroup)).toBe(true);
    });
  },
);

function readRunId(stateDir: string): string {
  const first = readFileSync(join(stateDir, 'registry.jsonl'), 'utf8').split('\n')[0]!;
  return (JSON.parse(first) as { runId: string }).runId;
}

const IMAGE = 'localhost/busybox:test';
const engineAnswers =
  spawnSync('docker', ['image', 'inspect', IMAGE], { timeout: 10_000 }).status === 0;

describe.skipIf(!engineAnswers && !process.env.CI)('containers in the registry', () => {
  useEngineLock();
  const made: string[] = [];
  afterEach(() => {
    // Only the containers this test created.
    for (const name of made.splice(0)) spawnSync('docker', ['rm', '-f', name], { stdio: 'ignore' });
  });

  /** Starts a container and returns its full id. */
  function container(name: string, labels: string[] = []): string {
    made.push(name);
    const args = ['run', '-d', '--network', 'none', '--name', name];
    for (const l of labels) args.push('--label', l);
    const r = spawnSync('docker', [...args, IMAGE, 'sleep', '300'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    return r.stdout.trim();
  }
  const exists = (id: string) =>
    spawnSync('docker', ['container', 'inspect', id], { stdio: 'ignore' }).status === 0;

  it('removes only by full id with the run label; names, short ids and unlabelled ids are reported and left alone', async () => {
    const tag = `tw-claims-${process.pid}-${Date.now().toString(36)}`;
    const dir = tempDir();
    // A run of this state dir: its id carries the folder's seal.
    const runId = sealRunId(dir, `tw-dead-${tag}`);
    const byName = container(`${tag}-by-name`);
    const byPrefix = container(`${tag}-by-prefix`);
    const unlabelled = container(`${tag}-unlabelled`);
    const otherRun = container(`${tag}-other-run`, ['testwarden.run=tw-someone-else']);
    const ours = container(`${tag}-ours`, [`testwarden.run=${runId}`, 'testwarden.unit=a.sh']);
    const dead = spawnSync('true');
    const entry = (id: string, name: string) =>
      JSON.stringify({ kind: 'container', runId, id, name, unitId: 'a.sh' });
    const registry =
      [
        JSON.stringify({ kind: 'run', runId, pid: dead.pid, startTime: 1, at: 0 }),
        entry('', `${tag}-by-name`),
        entry(byPrefix.slice(0, 2), ''),
        entry(unlabelled, ''),
        entry(otherRun, ''),
        entry(ours, `${tag}-ours`),
      ].join('\n') + '\n';
    writeFileSync(join(dir, 'registry.jsonl'), registry);
    const cleaned = await runCli(['cleanup', '--state-dir', dir, '--json']);
    expect(cleaned.code, cleaned.stderr).toBe(0);
    const report = JSON.parse(cleaned.stdout) as {
      containers: { id: string; action: string }[];
      ignored: Ignored[];
    };
    expect(report.containers).toEqual([expect.objectContaining({ id: ours, action: 'removed' })]);
    expect(exists(ours)).toBe(false);
    for (const id of [byName, byPrefix, unlabelled, otherRun]) expect(exists(id)).toBe(true);
    const why = (target: string) => report.ignored.find((e) => e.target === target)?.why;
    expect(why(`${tag}-by-name`)).toMatch(/a name or short id is no proof/);
    expect(why(byPrefix.slice(0, 2))).toMatch(/a name or short id is no proof/);
    expect(why(unlabelled)).toBe('it has no testwarden.run label');
    expect(why(otherRun)).toBe('its testwarden.run label names another run');

    // The same claims, read by a person.
    const again = tempDir();
    writeFileSync(
      join(again, 'registry.jsonl'),
      registry.replaceAll(runId, sealRunId(again, `tw-dead-${tag}`)),
    );
    const text = await runCli(['cleanup', '--state-dir', again]);
    expect(text.stdout).toContain('Ignored 4 registry entries');
    expect(text.stdout).toContain(`container "${unlabelled}": it has no testwarden.run label`);
  });
});
