// Values people type: -j auto and 50% (a real cgroup CPU quota respected), compound durations, off, and a missing option value named as such.
import { existsSync, mkdirSync, rmdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, runCli } from '../support/cli.js';
import { readJson, suiteDir } from '../support/files.js';
import { spawn } from 'node:child_process';

const CPU_V1 = '/sys/fs/cgroup/cpu';

/** Whether this machine lets us make a v1 cpu cgroup with a quota (root on a v1/hybrid host). */
function canLimitCpu(): boolean {
  try {
    return existsSync(join(CPU_V1, 'cpu.cfs_quota_us')) && process.getuid?.() === 0;
  } catch {
    return false;
  }
}

describe('testwarden run: values', () => {
  it('-j without its value names -j, not a missing -c', async () => {
    const dir = suiteDir({ 'a.js': '' });
    const r = await runCli(['run', '--cwd', dir, '-j', '-c', 'node {file}', 'a.js']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      '--jobs: expected a value, got none (the next argument, "-c", is an option)',
    );
    expect(r.stderr).not.toContain("required option '-c'");
    const last = await runCli(['run', '--cwd', dir, '-c', 'node {file}', 'a.js', '-j']);
    expect(last.code).toBe(2);
    expect(last.stderr).toMatch(/option '-j, --jobs <n>' argument missing/);
  });

  it('-j auto runs as many units as there are usable cores, and 50% half of them', async () => {
    const dir = suiteDir({ 'a.js': '' });
    const auto = await runCli(['run', '--cwd', dir, '-j', 'auto', '-c', 'node {file}', 'a.js']);
    expect(auto.code, auto.stderr).toBe(0);
    expect(auto.stdout).toContain(`, ${availableParallelism()} at a time`);
    const half = await runCli(['run', '--cwd', dir, '-j', '50%', '-c', 'node {file}', 'a.js']);
    expect(half.stdout).toContain(
      `, ${Math.max(1, Math.floor(availableParallelism() / 2))} at a time`,
    );
  });

  it.runIf(canLimitCpu())('-j auto respects the CPU quota of the cgroup it runs in', async () => {
    const dir = suiteDir({ 'a.js': '' });
    const cgroup = join(CPU_V1, `tw-test-cores-${process.pid}-${Date.now()}`);
    mkdirSync(cgroup);
    try {
      writeFileSync(join(cgroup, 'cpu.cfs_period_us'), '100000');
      writeFileSync(join(cgroup, 'cpu.cfs_quota_us'), '50000');
      // The CLI enters the cgroup before node starts, like a container's process would be.
      const child = spawn(
        'sh',
        [
          '-c',
          `echo $$ > ${cgroup}/cgroup.procs && exec "$0" "$@"`,
          process.execPath,
          CLI,
          'run',
          '--containers',
          'off',
          '--cwd',
          dir,
          '-j',
          'auto',
          '-c',
          'node {file}',
          'a.js',
        ],
        { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } },
      );
      let stdout = '';
      child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
      const code = await new Promise((resolve) => child.on('close', resolve));
      expect(code, stdout).toBe(0);
      expect(stdout).toContain(', 1 at a time');
    } finally {
      rmdirSync(cgroup);
    }
  });

  it('takes compound durations and off', async () => {
    const dir = suiteDir({ 'a.js': 'setTimeout(() => {}, 200)' });
    const r = await runCli([
      'run',
      '--cwd',
      dir,
      '--timeout',
      '1m30s',
      '--grace-period',
      '1s500ms',
      '--threshold-window',
      '2m',
      '--memory-threshold',
      'off',
      '--report-json',
      'r.json',
      '-c',
      'node {file}',
      'a.js',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(readJson(join(dir, 'r.json')).machine.thresholds).toMatchObject({
      memoryPercent: null,
      windowMs: 120_000,
    });
    const off = await runCli([
      'run',
      '--cwd',
      dir,
      '--timeout',
      'off',
      '-c',
      'node {file}',
      'a.js',
    ]);
    expect(off.code, off.stderr).toBe(0);
    expect(off.stderr).not.toContain('TimeoutOverflowWarning');
    const bad = await runCli([
      'run',
      '--cwd',
      dir,
      '--timeout',
      '90 s',
      '-c',
      'node {file}',
      'a.js',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      '--timeout: expected a duration like 500ms, 90s, 1m30s, 10m, 1h or a number of seconds, or off, got "90 s"',
    );
  });
});
