// The cgroup backend on the real kernel: a unit is in its cgroup before it runs, escapes (env -i, setsid) are members, kill() empties 200 processes, cgroups are removed.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { detectCgroupSupport } from '../../../src/core/tracker/cgroup-detect.js';
import {
  CGROUP_ENTRY_FAILED_EXIT,
  wrapCommandForCgroup,
} from '../../../src/core/tracker/cgroup-launch.js';
import { canSudo, prepareDelegatedSubtree } from '../../../src/core/tracker/cgroup-setup.js';
import {
  createRunCgroup,
  createUnitCgroup,
  removeCgroupTree,
  type RunCgroup,
} from '../../../src/core/tracker/cgroup.js';
import { readEnviron, readStat } from '../../../src/core/tracker/proc-table.js';
import { suiteToken } from '../../support/suite-scope.js';
import { waitFor } from '../../support/wait-for.js';
import { noticeSkipped } from '../../support/skip-notice.js';
import { linuxOnly, ON_LINUX } from '../../support/platform.js';

let support = detectCgroupSupport();
if (!support.available && process.env.CI && process.platform === 'linux' && (await canSudo())) {
  // CI as a non-root user with passwordless sudo (GitHub's runners): the documented setup.
  support = (await prepareDelegatedSubtree({ sudo: true })).support;
}
// Cgroups are Linux's: elsewhere skipped with a notice even in CI; on Linux CI they must run.
const SKIP = linuxOnly('cgroup tests', 'cgroups') || (!support.available && !process.env.CI);
if (SKIP && ON_LINUX) noticeSkipped('cgroup tests', support.reason);
const IS_ROOT = process.getuid?.() === 0;
if (!SKIP && !IS_ROOT) noticeSkipped('delegated subtree tests', 'they run as root');

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function startIn(cgroupPath: string, program: string, args: string[]): Started {
  const wrapped = wrapCommandForCgroup(cgroupPath, program, args);
  const child = spawn(wrapped.program, wrapped.args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return { child, output: () => out, exited };
}

const gone = (pid: number) => {
  const stat = readStat(pid);
  return stat === undefined || stat.state === 'Z';
};

describe('cgroup support here', () => {
  it.runIf(!support.available && Boolean(process.env.CI))('is available in CI', () => {
    expect.fail(`CI is set but cgroups cannot be used: ${support.reason}`);
  });
});

describe.skipIf(SKIP)('cgroup backend (real kernel)', () => {
  const runs: RunCgroup[] = [];
  const newRun = () => {
    const run = createRunCgroup(
      `test-${suiteToken()}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`,
      support,
    );
    runs.push(run);
    return run;
  };
  afterEach(async () => {
    // Only our own cgroups: killing them ends only processes these tests started inside.
    for (const run of runs.splice(0)) expect(await run.remove({ kill: true })).toBe(true);
  });

  it('starts a unit inside its cgroup before its program runs, keeping the pid', async () => {
    const unit = createUnitCgroup(newRun(), 'test/a b/$(x).test.js', 1);
    const started = startIn(unit.path, '/bin/sh', ['-c', 'echo $$; cat /proc/self/cgroup']);
    expect(await started.exited).toBe(0);
    const [pid, ...cgroupLines] = started.output().trim().split('\n');
    expect(Number(pid)).toBe(started.child.pid);
    const relative = unit.path.slice(support.mount?.length ?? 0);
    expect(cgroupLines).toContain(`0::${relative}`);
  });

  it('passes arguments through untouched', async () => {
    const unit = createUnitCgroup(newRun(), 'args', 1);
    const started = startIn(unit.path, 'printf', ['%s|', 'a b', '$(id)', '*', '"q"', '']);
    expect(await started.exited).toBe(0);
    expect(started.output()).toBe('a b|$(id)|*|"q"||');
  });

  it('does not run the program when it cannot enter the cgroup', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tw-cg-'));
    try {
      const marker = join(dir, 'ran');
      const started = startIn(join(dir, 'no-such-cgroup'), '/bin/sh', ['-c', `touch '${marker}'`]);
      expect(await started.exited).toBe(CGROUP_ENTRY_FAILED_EXIT);
      expect(started.output()).toContain('testwarden: could not enter cgroup');
      expect(existsSync(marker)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('holds an `env -i setsid` daemon as a member and kill() ends it', async () => {
    const unit = createUnitCgroup(newRun(), 'test/daemon.test.js', 1);
    const started = startIn(unit.path, '/bin/sh', [
      '-c',
      'env -i setsid sleep 300 >/dev/null 2>&1 & echo $!',
    ]);
    await started.exited;
    const daemon = Number(started.output().trim());
    expect(daemon).toBeGreaterThan(0);
    // The leader is gone; the daemon escaped its session and its environment, not its cgroup.
    // setsid() and the exec that drops the environment happen after the fork: wait for both.
    await waitFor(
      'the daemon to be a member in its own session',
      () =>
        unit.pids().includes(daemon) &&
        readStat(daemon)?.session === daemon &&
        readStat(daemon)?.comm === 'sleep',
    );
    expect(readStat(daemon)?.session).toBe(daemon);
    expect(readEnviron(daemon)?.length ?? 0).toBe(0);
    expect(unit.populated()).toBe(true);
    expect(await unit.remove()).toBe(false); // Not empty: remove() alone leaves it.

    const t = Date.now();
    expect(await unit.kill()).toBe(true);
    const killMs = Date.now() - t;
    expect(killMs).toBeLessThan(2000);
    await waitFor('the daemon to die', () => gone(daemon));
    expect(unit.pids()).toEqual([]);
    expect(await unit.remove()).toBe(true);
    expect(existsSync(unit.path)).toBe(false);
  });

  it('removes an empty cgroup', async () => {
    const run = newRun();
    const unit = createUnitCgroup(run, 'test/empty.test.js', 2);
    expect(unit.pids()).toEqual([]);
    expect(unit.populated()).toBe(false);
    expect(unit.memoryPeak() === undefined || typeof unit.memoryPeak() === 'number').toBe(true);
    expect(await unit.remove()).toBe(true);
    expect(existsSync(unit.path)).toBe(false);
    expect(await removeCgroupTree(unit.path)).toBe(true); // Already gone.
    // The next attempt of the same unit gets its own cgroup.
    expect(createUnitCgroup(run, 'test/empty.test.js', 3).path).not.toBe(unit.path);
  });

  for (const useCgroupKill of [true, false]) {
    const how = useCgroupKill ? 'cgroup.kill' : 'the SIGKILL loop (kernels before 5.14)';
    it(`kills a 200-process tree with ${how}`, async () => {
      const unit = createUnitCgroup(newRun(), `test/tree-${useCgroupKill}.test.js`, 1);
      const script =
        'i=0; while [ $i -lt 200 ]; do if [ $((i % 2)) = 0 ]; then setsid sleep 300 & else sleep 300 & fi; i=$((i+1)); done; wait';
      const started = startIn(unit.path, '/bin/sh', ['-c', script]);
      await waitFor('201 members', () => unit.pids().length >= 201);
      const members = unit.pids();
      const t = Date.now();
      expect(await unit.kill({ useCgroupKill })).toBe(true);
      expect(Date.now() - t).toBeLessThan(5000);
      expect(unit.pids()).toEqual([]);
      await started.exited;
      await waitFor('every member to die', () => members.every(gone));
      expect(await unit.remove()).toBe(true);
    });
  }

  it('signals every member (SIGTERM before the grace period)', async () => {
    const unit = createUnitCgroup(newRun(), 'test/term.test.js', 1);
    const started = startIn(unit.path, '/bin/sh', ['-c', 'setsid sleep 300 & sleep 300 & wait']);
    await waitFor('3 members', () => unit.pids().length === 3);
    expect(unit.signal('SIGTERM')).toBe(3);
    await waitFor('the cgroup to empty', () => !unit.populated());
    await started.exited;
    expect(await unit.remove()).toBe(true);
  });
});

describe.skipIf(SKIP || !IS_ROOT)(
  'delegated subtree (root simulating a non-root runner with setpriv)',
  () => {
    // As nobody: on a line from stdin, make a run and a unit cgroup (first process only) and move a child into the unit.
    const script = [
      'read go',
      'if [ "$2" = first ]; then mkdir "$1/testwarden-r" "$1/testwarden-r/u1" || exit 3; fi',
      'sh -c \'echo $$ > "$1/testwarden-r/u1/cgroup.procs" && grep ^0:: /proc/self/cgroup\' _ "$1" 2>&1 || echo denied',
    ].join('\n');

    function asNobody(base: string, role: string) {
      const args = [
        '--reuid=65534',
        '--regid=65534',
        '--clear-groups',
        '--',
        '/bin/sh',
        '-c',
        script,
        'sh',
        base,
        role,
      ];
      const child = spawn('setpriv', args, { stdio: ['pipe', 'pipe', 'pipe'] });
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (out += d.toString()));
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      return { child, exited, output: () => out };
    }

    it('lets the user move its children into unit cgroups once root moved it into the subtree, and not before', async () => {
      const name = `testwarden-test-${process.pid}`;
      const base = join(support.mount ?? '/sys/fs/cgroup', name);
      // The user's own subtree in the shared folder.
      const mine = join(base, 'u65534');
      const moved = asNobody(mine, 'first');
      const outside = asNobody(mine, 'second');
      try {
        const prepared = await prepareDelegatedSubtree({
          sudo: true,
          pid: moved.child.pid,
          uid: 65534,
          gid: 65534,
          name,
        });
        expect(prepared.path).toBe(mine);
        expect(prepared.holder).toBe(join(mine, `runner-${moved.child.pid}`));
        expect(readFileSync(`/proc/${moved.child.pid}/cgroup`, 'utf8')).toContain(
          `0::/${name}/u65534/runner-${moved.child.pid}`,
        );
        // The shared folder stays root's; the user's subtree is the user's.
        expect(statSync(base).uid).toBe(0);
        expect(statSync(mine).uid).toBe(65534);

        moved.child.stdin.end('go\n');
        expect(await moved.exited, moved.output()).toBe(0);
        expect(moved.output()).toContain(`0::/${name}/u65534/testwarden-r/u1`);

        // Same user, same target, but still in a root-owned cgroup: the common ancestor is not writable.
        outside.child.stdin.end('go\n');
        expect(await outside.exited).toBe(0);
        expect(outside.output()).toContain('denied');
      } finally {
        for (const p of [moved, outside]) if (p.child.exitCode === null) p.child.kill('SIGKILL');
        await Promise.all([moved.exited, outside.exited]);
        expect(await removeCgroupTree(base, { kill: true })).toBe(true);
      }
    });
  },
);
