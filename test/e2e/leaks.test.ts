// Leaks with real processes and a real container engine: each kind is reported for the right unit and gone afterwards; cleanup after a killed runner.
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectCgroupSupport } from '../../src/core/tracker/cgroup-detect.js';
import { isAlive, runCli, startCli } from '../support/cli.js';
import { readJson, suiteDir } from '../support/files.js';
import { waitFor } from '../support/wait-for.js';

type LeakRecord = { kind: string; pid?: number; id?: string; command?: string; action: string };
type UnitRecord = { id: string; outcome: string; leaked: LeakRecord[]; message?: string };

/** Pids the units wrote to `<name>.pids` (one per line). */
function pidsOf(dir: string, name: string): number[] {
  return readFileSync(join(dir, `${name}.pids`), 'utf8')
    .trim()
    .split(/\s+/)
    .map(Number);
}

const cgroupAvailable = detectCgroupSupport().available;

const LEAKERS: Record<string, string> = {
  'setsid.sh': 'setsid sleep 301 & echo $! > setsid.pids',
  // The unit waits for the grandchild's pid file: ending it earlier would kill the middle shell first.
  'double-fork.sh':
    '(sh -c "sleep 302 & echo \\$! > double-fork.pids" &); while [ ! -s double-fork.pids ]; do sleep 0.01; done',
  'nohup.sh': 'nohup sleep 303 >/dev/null 2>&1 & echo $! > nohup.pids; disown 2>/dev/null || true',
  'holds-stdout.sh': 'sleep 304 & echo $! > holds-stdout.pids',
  'ignores-term.sh': `node -e "process.on('SIGTERM',()=>{}); require('fs').writeFileSync('ignores-term.pids', String(process.pid)); setInterval(()=>{},1000)" & while [ ! -s ignores-term.pids ]; do sleep 0.01; done`,
  'tree.sh': 'i=0; while [ $i -lt 200 ]; do sleep 305 & echo $! >> tree.pids; i=$((i+1)); done',
};

describe.each(cgroupAvailable ? ['process', 'cgroup'] : ['process'])(
  'leaks (%s tracking)',
  (tracking) => {
    it('reports each kind of leak for its unit and kills it, with --jobs 2', async () => {
      const dir = suiteDir(LEAKERS);
      const r = await runCli([
        'run',
        '--cwd',
        dir,
        '--tracking',
        tracking,
        '--jobs',
        '2',
        '--grace-period',
        '1s',
        '--report-json',
        'r.json',
        '-c',
        'sh {file}',
        '*.sh',
      ]);
      expect(r.code, r.stdout + r.stderr).toBe(0);
      const report = readJson(join(dir, 'r.json'));
      for (const unit of report.units as UnitRecord[]) {
        const name = unit.id.replace(/\.sh$/, '');
        const expected = pidsOf(dir, name);
        const leakedPids = unit.leaked.filter((l) => l.kind === 'process').map((l) => l.pid);
        for (const pid of expected) {
          expect(leakedPids, `${unit.id} should report ${pid}`).toContain(pid);
          expect(isAlive(pid), `${unit.id}: ${pid} should be dead`).toBe(false);
        }
        // Attribution: no unit reports another unit's processes.
        const others = Object.keys(LEAKERS)
          .filter((f) => f !== unit.id)
          .flatMap((f) => pidsOf(dir, f.replace(/\.sh$/, '')));
        expect(leakedPids.filter((p) => others.includes(p!))).toEqual([]);
        expect(unit.leaked.every((l) => l.action === 'killed')).toBe(true);
      }
      expect(report.totals.leaked).toBeGreaterThanOrEqual(205);
    });

    it('--leaks fail fails the unit; --leaks warn leaves it to cleanup', async () => {
      const dir = suiteDir({ 'a.sh': 'setsid sleep 306 & echo $! > a.pids' });
      const failed = await runCli([
        'run',
        '--cwd',
        dir,
        '--tracking',
        tracking,
        '--leaks',
        'fail',
        '--report-json',
        'r.json',
        '-c',
        'sh {file}',
        'a.sh',
      ]);
      expect(failed.code).toBe(1);
      expect(readJson(join(dir, 'r.json')).units[0]).toMatchObject({
        outcome: 'failed',
        message: 'left processes running (--leaks fail)',
      });
      expect(isAlive(pidsOf(dir, 'a')[0]!)).toBe(false);

      const warned = await runCli([
        'run',
        '--cwd',
        dir,
        '--tracking',
        tracking,
        '--leaks',
        'warn',
        '--report-json',
        'r.json',
        '-c',
        'sh {file}',
        'a.sh',
      ]);
      expect(warned.code).toBe(0);
      const pid = pidsOf(dir, 'a')[0]!;
      expect(readJson(join(dir, 'r.json')).units[0].leaked[0]).toMatchObject({
        pid,
        action: 'left',
      });
      expect(isAlive(pid)).toBe(true);
      const cleaned = await runCli(['cleanup', '--state-dir', join(dir, '.testwarden')]);
      expect(cleaned.code).toBe(0);
      expect(cleaned.stdout).toContain(`process ${pid} (killed)`);
      expect(isAlive(pid)).toBe(false);
      const again = await runCli(['cleanup', '--state-dir', join(dir, '.testwarden')]);
      expect(again.stdout).toContain('Nothing left behind');
    });
  },
);

describe('escapes', () => {
  it('env -i setsid escapes the marker scan but not the cgroup backend', async () => {
    // The unit waits until the child is in its own session (field 6 of stat), so it has left the group.
    const dir = suiteDir({
      'escape.sh': `env -i setsid sleep 307 & echo $! > escape.pids
until [ "$(cut -d' ' -f6 /proc/$!/stat)" = "$!" ]; do sleep 0.01; done`,
    });
    const byProcess = await runCli([
      'run',
      '--cwd',
      dir,
      '--tracking',
      'process',
      '--report-json',
      'r.json',
      '-c',
      'sh {file}',
      'escape.sh',
    ]);
    expect(byProcess.code).toBe(0);
    const escaped = pidsOf(dir, 'escape')[0]!;
    expect(readJson(join(dir, 'r.json')).units[0].leaked).toEqual([]);
    expect(isAlive(escaped)).toBe(true);
    process.kill(escaped, 'SIGKILL'); // ours: the test started it through the unit
    await waitFor('the escaped sleep to die', () => !isAlive(escaped));
    if (!cgroupAvailable) return;
    const byCgroup = await runCli([
      'run',
      '--cwd',
      dir,
      '--tracking',
      'cgroup',
      '--report-json',
      'r.json',
      '-c',
      'sh {file}',
      'escape.sh',
    ]);
    expect(byCgroup.code).toBe(0);
    const caught = pidsOf(dir, 'escape')[0]!;
    expect(readJson(join(dir, 'r.json')).units[0].leaked).toMatchObject([
      { pid: caught, action: 'killed' },
    ]);
    expect(isAlive(caught)).toBe(false);
  });
});

describe('cleanup after a killed runner', () => {
  it('removes everything the registry and the marker find, and never a process whose start time differs', async () => {
    const dir = suiteDir({
      'a.sh':
        'setsid sleep 308 & echo $! > a.pids; sleep 309 & echo $! >> a.pids; touch started; wait',
    });
    // No watchdog: this is what `cleanup` is for when there is none (another CI system, say).
    const run = startCli(['run', '--cwd', dir, '--no-watchdog', '-c', 'sh {file}', 'a.sh']);
    await waitFor('the unit to start', () => existsSync(join(dir, 'started')));
    run.child.kill('SIGKILL');
    await run.done;
    const pids = pidsOf(dir, 'a');
    expect(pids.every(isAlive)).toBe(true);

    // An unrelated process whose pid is recorded with another start time (as after pid reuse).
    const bystander = spawn('sleep', ['310'], { detached: true, stdio: 'ignore' });
    await waitFor('the bystander', () => bystander.pid !== undefined && isAlive(bystander.pid));
    appendFileSync(
      join(dir, '.testwarden', 'registry.jsonl'),
      `${JSON.stringify({ kind: 'unit', runId: 'tw-other', unitId: 'x', attempt: 1, pid: bystander.pid, startTime: 1, at: Date.now() })}\n`,
    );
    try {
      const cleaned = await runCli(['cleanup', '--state-dir', join(dir, '.testwarden'), '--json']);
      expect(cleaned.code).toBe(0);
      const report = JSON.parse(cleaned.stdout);
      expect(report.processes.map((p: { pid: number }) => p.pid).sort()).toEqual(
        expect.arrayContaining(pids.sort()),
      );
      for (const pid of pids) expect(isAlive(pid)).toBe(false);
      expect(isAlive(bystander.pid!)).toBe(true);
    } finally {
      process.kill(-bystander.pid!, 'SIGKILL');
    }
    await waitFor('the bystander to end', () => !isAlive(bystander.pid!));
  });
});
