// A state dir that fills up or is removed mid-run: the run stops cleanly (exit 74), its running units and what they started end, the summary and the reports outside the state dir are written, and nothing is called a bug.
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  statfsSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAlive, startCli, type CliResult } from '../support/cli.js';
import { readJson, suiteDir } from '../support/files.js';
import { noticeSkipped } from '../support/skip-notice.js';

const isRoot = process.getuid?.() === 0;
if (!isRoot) noticeSkipped('the full-disk state dir test', 'mounting a small tmpfs needs root');

/**
 * The long unit: a child in its group and a daemon that left it (setsid), both recorded outside
 * the state dir, then it waits for good; only the stop can end it.
 */
const LONG = (out: string) => `
sleep 300 & echo $! > "${out}/a-child.pid"
setsid sleep 300 & echo $! > "${out}/a-daemon.pid"
touch "${out}/a-started"
while :; do sleep 0.1; done
`;
const WAIT_FOR_LONG = (out: string) => `while [ ! -e "${out}/a-started" ]; do sleep 0.05; done\n`;

/**
 * Four units, two at a time: a-long waits for good, b-breaks does `breaks` to the state dir while
 * a-long runs, c and d are left. Runs the CLI to its end; a run that never ends (the unit
 * waiting for good is never stopped) is sent SIGTERM after a while so that the test fails on
 * its exit code and leaves nothing.
 */
async function runBreakingStateDir(
  out: string,
  stateDir: string,
  breaks: string,
): Promise<CliResult> {
  const dir = suiteDir({
    'a-long.sh': LONG(out),
    'b-breaks.sh': `${WAIT_FOR_LONG(out)}${breaks}\n`,
    'c-later.sh': 'echo later',
    'd-later.sh': 'echo later',
  });
  return runToEnd([
    'run',
    '--cwd',
    dir,
    '--state-dir',
    stateDir,
    '--jobs',
    '2',
    '--report-json',
    join(out, 'report.json'),
    '-c',
    'sh {file}',
    '*.sh',
  ]);
}

/** Runs the CLI to its end; one that never ends is sent SIGTERM after a while (it then fails on its exit code). */
async function runToEnd(args: readonly string[]): Promise<CliResult> {
  const run = startCli(args);
  const timer = setTimeout(() => run.child.kill('SIGTERM'), 45_000);
  try {
    return await run.done;
  } finally {
    clearTimeout(timer);
  }
}

function pids(out: string): number[] {
  return ['a-child.pid', 'a-daemon.pid'].map((f) =>
    Number(readFileSync(join(out, f), 'utf8').trim()),
  );
}

/** Whatever happens, nothing the long unit started is left running by this test. */
function killLeftovers(out: string): void {
  for (const f of ['a-child.pid', 'a-daemon.pid']) {
    if (!existsSync(join(out, f))) continue;
    const pid = Number(readFileSync(join(out, f), 'utf8').trim());
    if (pid > 0 && isAlive(pid)) process.kill(pid, 'SIGKILL');
  }
}

function expectCleanStop(
  result: { code: number | null; stdout: string; stderr: string },
  out: string,
  stateDir: string,
  code: string,
): void {
  expect(result.stderr).not.toContain('a bug in testwarden');
  expect(result.stdout).toContain('the state dir stopped being writable');
  expect(result.stdout).toContain(code);
  expect(result.stdout).toContain(stateDir);
  expect(result.stdout).toContain('Stopping (state-dir-unwritable)');
  // The console summary, then the status line with the new exit code. The breaking unit itself
  // passed, unless another write noticed the fault before it had exited (then it was stopped too).
  expect(result.stdout).toMatch(
    /Units: (1 passed, 1 interrupted|0 passed, 2 interrupted), 2 skipped \(4 in all\)/,
  );
  expect(result.stdout).toContain('INTERRUPTED (state-dir-unwritable), exit code 74');
  expect(result.code).toBe(74);
  // The long unit's tree went with it: the child in its group and the daemon that left it.
  for (const pid of pids(out)) expect(isAlive(pid)).toBe(false);
  const report = readJson(join(out, 'report.json'));
  expect(report).toMatchObject({
    status: 'interrupted',
    reason: 'state-dir-unwritable',
    exitCode: 74,
  });
  const outcome = Object.fromEntries(
    (report.units as { id: string; outcome: string }[]).map((u) => [u.id, u.outcome]),
  );
  expect(['passed', 'interrupted']).toContain(outcome['b-breaks.sh']);
  expect(outcome).toEqual({
    'a-long.sh': 'interrupted',
    'b-breaks.sh': outcome['b-breaks.sh'],
    'c-later.sh': 'skipped',
    'd-later.sh': 'skipped',
  });
}

describe('state dir stops being writable mid-run', () => {
  it.skipIf(!isRoot)(
    'a full disk: running units and their daemons end, the summary and report are written, exit 74',
    async () => {
      const out = suiteDir({});
      const stateDir = join(out, 'state');
      mkdirSync(stateDir);
      // A small file system of its own, filled by a unit while another runs.
      const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', stateDir]);
      expect(mounted.status, mounted.stderr?.toString()).toBe(0);
      try {
        const result = await runBreakingStateDir(
          out,
          stateDir,
          `dd if=/dev/zero of="${stateDir}/fill" bs=64k 2>/dev/null\nexit 0`,
        );
        expectCleanStop(result, out, stateDir, 'ENOSPC');
      } finally {
        killLeftovers(out);
        spawnSync('umount', [stateDir]);
      }
    },
    90_000,
  );

  it('the state dir removed: running units and their daemons end, the summary and report are written, exit 74', async () => {
    const out = suiteDir({});
    const stateDir = join(out, 'state');
    try {
      const result = await runBreakingStateDir(out, stateDir, `rm -rf "${stateDir}"`);
      expectCleanStop(result, out, stateDir, 'ENOENT');
    } finally {
      killLeftovers(out);
    }
  }, 90_000);
});

describe('state dir full right after the start check', () => {
  it.skipIf(!isRoot)(
    'the first checkpoint write fails: no unit starts, every unit is reported not run, exit 74',
    async () => {
      const out = suiteDir({});
      const stateDir = join(out, 'state');
      mkdirSync(stateDir);
      const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', stateDir]);
      expect(mounted.status, mounted.stderr?.toString()).toBe(0);
      try {
        // Two free pages: the start check's 4 KiB probe (removed again) and the registry's first
        // line fit; the first checkpoint (300 units with long ids, well over 8 KiB) does not.
        const { bavail, bsize } = statfsSync(stateDir);
        const fd = openSync(join(stateDir, 'fill'), 'w');
        writeSync(fd, Buffer.alloc((bavail - 2) * bsize));
        closeSync(fd);
        const files: Record<string, string> = {};
        for (let i = 0; i < 300; i++)
          files[`unit-with-a-rather-long-name-to-make-the-checkpoint-big-${i}.sh`] =
            `touch "${out}/ran-${i}"`;
        const dir = suiteDir(files);
        const result = await runToEnd([
          'run',
          '--cwd',
          dir,
          '--state-dir',
          stateDir,
          '--no-watchdog',
          '--report-json',
          join(out, 'report.json'),
          '-c',
          'sh {file}',
          '*.sh',
        ]);
        expect(result.stderr).not.toContain('a bug in testwarden');
        expect(result.stderr).not.toContain('--state-dir: expected');
        expect(result.stdout).toContain('the state dir stopped being writable');
        expect(result.stdout).toContain('ENOSPC');
        expect(result.stdout).toContain(join(stateDir, 'checkpoint.json'));
        expect(result.stdout).toMatch(/Units: 0 passed, 300 skipped \(300 in all\)/);
        expect(result.stdout).toContain('INTERRUPTED (state-dir-unwritable), exit code 74');
        expect(result.code).toBe(74);
        expect(readdirSync(out).filter((f) => f.startsWith('ran-'))).toEqual([]);
        const report = readJson(join(out, 'report.json'));
        expect(report).toMatchObject({
          status: 'interrupted',
          reason: 'state-dir-unwritable',
          exitCode: 74,
        });
        const units = report.units as { outcome: string; message: string }[];
        expect(units).toHaveLength(300);
        for (const u of units)
          expect(u).toMatchObject({
            outcome: 'skipped',
            message: 'not run (state-dir-unwritable)',
          });
      } finally {
        spawnSync('umount', [stateDir]);
      }
    },
    90_000,
  );
});

describe('the durations history cannot be written', () => {
  it('a warning naming timings.json; the results, the report and the exit code stand', async () => {
    const out = suiteDir({});
    const dir = suiteDir({ 'a.sh': 'exit 0', 'b.sh': 'exit 0' });
    const stateDir = join(dir, '.testwarden');
    // A folder where the file goes: read and write both fail (EISDIR), whatever the user.
    mkdirSync(join(stateDir, 'timings.json'), { recursive: true });
    const result = await runToEnd([
      'run',
      '--cwd',
      dir,
      '--no-watchdog',
      '--report-json',
      join(out, 'report.json'),
      '-c',
      'sh {file}',
      '*.sh',
    ]);
    expect(result.stderr + result.stdout).toMatch(
      new RegExp(`timings ${join(stateDir, 'timings.json')} could not be written: .*EISDIR`),
    );
    expect(result.stderr).not.toContain('a bug in testwarden');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Units: 2 passed \(2 in all\)/);
    expect(readJson(join(out, 'report.json'))).toMatchObject({
      status: 'passed',
      exitCode: 0,
      totals: { units: 2, passed: 2 },
    });
    expect(readJson(join(stateDir, 'checkpoint.json'))).toMatchObject({ complete: true });
  });
});
