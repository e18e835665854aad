// A second run on a state dir in use is refused before it touches anything there: the live run keeps its logs.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAlive, runCli, startCli } from '../support/cli.js';
import { tempDir } from '../support/temp-dir.js';
import { suiteDir } from '../support/files.js';
import { waitFor, waitForPid } from '../support/wait-for.js';
import { noticeSkipped } from '../support/skip-notice.js';

const NODE24 = process.env['TESTWARDEN_NODE24'];
if (!NODE24) noticeSkipped('the state dir lock across Node 20 and 24', 'set TESTWARDEN_NODE24');

describe('state dir lock', () => {
  it('refuses a second run (exit 2) before the live run loses its failed unit log', async () => {
    const dir = suiteDir({
      'a-fails.sh': 'echo boom-from-a; exit 1',
      'b-waits.sh': 'touch b-started; while [ ! -e go ]; do sleep 0.05; done',
    });
    const stateDir = join(dir, '.testwarden');
    const first = startCli(['run', '--cwd', dir, '--no-watchdog', '-c', 'sh {file}', '*.sh']);
    try {
      await waitFor('the second unit to start', () => existsSync(join(dir, 'b-started')), 20_000);
      const logs = () => readdirSync(join(stateDir, 'logs'));
      expect(logs().some((f) => f.startsWith('a-fails.sh'))).toBe(true);

      const second = await runCli([
        'run',
        '--cwd',
        dir,
        '--no-watchdog',
        '-c',
        'sh {file}',
        '*.sh',
      ]);
      expect(second.code).toBe(2);
      expect(second.stderr).toContain(`another testwarden run or cleanup (pid ${first.child.pid})`);
      const log = logs().find((f) => f.startsWith('a-fails.sh'))!;
      expect(readFileSync(join(stateDir, 'logs', log), 'utf8')).toContain('boom-from-a');

      const cleanup = await runCli(['cleanup', '--state-dir', stateDir]);
      expect(cleanup.code).toBe(2);
      expect(cleanup.stdout).toContain(
        `in use by a live testwarden run or cleanup (pid ${first.child.pid})`,
      );
      // Refused before anything: the live run's waiting unit is untouched.
      expect(first.child.exitCode).toBeNull();
    } finally {
      // Even when an assertion failed: the first run must end before its folder is removed.
      writeFileSync(join(dir, 'go'), '');
      await first.done;
    }
    const done = await first.done;
    expect(done.code).toBe(1);
    expect(done.stdout).toContain('boom-from-a');
  });
});

describe('cleanup and the state dir lock', () => {
  it('cleanup holds the lock while it works: a run and a second cleanup are refused (exit 2) until it is done', async () => {
    const out = tempDir();
    // Left behind under --leaks warn: a daemon that survives SIGTERM, so cleanup waits out its
    // grace (30 s) — until the test, its checks done, lets the daemon go (the `quit` file).
    const dir = suiteDir({
      'leaves.sh': `setsid sh -c 'trap "touch ${out}/got-term" TERM; echo $$ > ${out}/daemon.pid; while [ ! -e ${out}/quit ]; do sleep 0.05; done' &\nwhile [ ! -s ${out}/daemon.pid ]; do sleep 0.05; done\n`,
    });
    const stateDir = join(dir, '.testwarden');
    const daemon = () => Number(readFileSync(join(out, 'daemon.pid'), 'utf8').trim());
    try {
      const first = await runCli([
        'run',
        '--cwd',
        dir,
        '--no-watchdog',
        // Signals, not cgroup.kill: cleanup then waits out the grace period for the daemon.
        '--tracking',
        'process',
        '--leaks',
        'warn',
        '-c',
        'sh {file}',
        '*.sh',
      ]);
      expect(first.code).toBe(0);
      expect(isAlive(daemon())).toBe(true);

      const cleanup = startCli([
        'cleanup',
        '--state-dir',
        stateDir,
        '--grace-period',
        '30s',
        '--json',
      ]);
      try {
        // The daemon got SIGTERM: cleanup holds the lock and waits out the grace period.
        await waitFor(
          'cleanup to signal the daemon',
          () => existsSync(join(out, 'got-term')),
          20_000,
        );
        const run = await runCli(['run', '--cwd', dir, '--no-watchdog', '-c', 'sh {file}', '*.sh']);
        expect(run.code).toBe(2);
        expect(run.stderr).toContain(
          `another testwarden run or cleanup (pid ${cleanup.child.pid})`,
        );
        const second = await runCli(['cleanup', '--state-dir', stateDir]);
        expect(second.code).toBe(2);
        expect(second.stdout).toContain(`(pid ${cleanup.child.pid}); nothing was done`);
        expect(cleanup.child.exitCode).toBeNull();
      } finally {
        // The daemon leaves once cleanup has signalled it; cleanup, polling, sees it gone.
        writeFileSync(join(out, 'quit'), '');
        const done = await cleanup.done;
        expect(done.code).toBe(0);
        const report = JSON.parse(done.stdout) as { processes: { pid: number; action: string }[] };
        expect(report.processes).toContainEqual(
          expect.objectContaining({ pid: daemon(), action: 'killed' }),
        );
      }
      expect(isAlive(daemon())).toBe(false);
      // The lock went with the cleanup: the next run starts.
      const after = await runCli([
        'run',
        '--cwd',
        dir,
        '--no-watchdog',
        '--leaks',
        'fail',
        '-c',
        'true',
        '*.sh',
      ]);
      expect(after.code).toBe(0);
    } finally {
      if (existsSync(join(out, 'daemon.pid')) && isAlive(daemon()))
        process.kill(daemon(), 'SIGKILL');
    }
  }, 120_000);

  it("cleanup --force under a live run ends that run's units (by proof) and says the dir was held", async () => {
    const out = tempDir();
    const dir = suiteDir({
      'waits.sh': `echo $$ > ${out}/unit.pid\nwhile [ ! -e ${out}/go ]; do sleep 0.05; done\n`,
    });
    const stateDir = join(dir, '.testwarden');
    const first = startCli(['run', '--cwd', dir, '--no-watchdog', '-c', 'sh {file}', '*.sh']);
    try {
      const unit = await waitForPid('the unit to start', join(out, 'unit.pid'), 20_000);
      const forced = await runCli([
        'cleanup',
        '--state-dir',
        stateDir,
        '--force',
        '--grace-period',
        '1s',
      ]);
      expect(forced.code).toBe(0);
      expect(forced.stdout).toContain(
        `another testwarden process (pid ${first.child.pid}) holds the state dir; --force cleaned up under it`,
      );
      expect(forced.stdout).toContain(`process ${unit} (killed)`);
      expect(isAlive(unit)).toBe(false);
    } finally {
      writeFileSync(join(out, 'go'), '');
      await first.done;
    }
    // The run saw its unit killed from outside: a failure, not a bug.
    const done = await first.done;
    expect(done.code).toBe(1);
  }, 120_000);
});

describe.skipIf(!NODE24 || process.platform !== 'linux')('the lock across Node versions', () => {
  it('a run under Node 24 is refused while a Node 20 run holds the state dir, and the other way round', async () => {
    for (const [holder, second] of [
      [process.execPath, NODE24!],
      [NODE24!, process.execPath],
    ] as const) {
      const dir = suiteDir({
        'waits.sh': 'touch started; while [ ! -e go ]; do sleep 0.05; done',
      });
      const first = startCli(['run', '--cwd', dir, '--no-watchdog', '-c', 'sh {file}', '*.sh'], {
        node: holder,
      });
      try {
        await waitFor('the unit to start', () => existsSync(join(dir, 'started')), 30_000);
        const refused = await runCli(
          ['run', '--cwd', dir, '--no-watchdog', '-c', 'sh {file}', '*.sh'],
          { node: second },
        );
        expect(refused.code, refused.stderr).toBe(2);
        expect(refused.stderr).toContain(
          `another testwarden run or cleanup (pid ${first.child.pid})`,
        );
      } finally {
        writeFileSync(join(dir, 'go'), '');
        await first.done;
      }
      expect((await first.done).code).toBe(0);
    }
  }, 120_000);
});
