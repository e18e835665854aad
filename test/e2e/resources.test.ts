// Resource protection with real processes: the memory threshold measured in a memory cgroup whose limit the test sets (as in a container), so neither the machine's RAM nor what else runs on it matters.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readCheckpoint } from '../../src/core/checkpoint/checkpoint-file.js';
import { isAlive, runCli, startCli } from '../support/cli.js';
import { ledger, readJson, sameUnits } from '../support/files.js';
import { memoryCgroup, type MemoryCgroup } from '../support/memory-cgroup.js';
import { waitFor } from '../support/wait-for.js';
import { noticeSkipped } from '../support/skip-notice.js';

const MiB = 1024 * 1024;
/** The cgroup's limit: the run and its units are measured against it. */
const LIMIT = 1024 * MiB;
const probe = memoryCgroup(LIMIT);
if (typeof probe === 'string') {
  if (process.env['CI']) throw new Error(`CI is set but no memory cgroup can be made: ${probe}`);
  noticeSkipped('the memory threshold test', probe);
} else {
  await probe.remove();
}
const cgroups: MemoryCgroup[] = [];

afterEach(async () => {
  for (const cgroup of cgroups.splice(0)) await cgroup.remove();
});

/** Appends its name to ledger.txt; with `hog-<name>` present, holds `bytes` of memory until killed. */
const UNIT = `
const fs = require('node:fs');
const name = require('node:path').basename(__filename, '.js');
fs.appendFileSync('ledger.txt', name + '\\n');
fs.writeFileSync(name + '.pid', String(process.pid));
if (fs.existsSync('hog-' + name)) {
  const bytes = Number(fs.readFileSync('hog-' + name, 'utf8'));
  const keep = [];
  for (let left = bytes; left > 0; left -= 256 * 1024 * 1024) keep.push(Buffer.alloc(Math.min(left, 256 * 1024 * 1024), 1));
  fs.writeFileSync(name + '.holding', '');
  setInterval(() => keep.length, 1000);
}
if (fs.existsSync('spin-' + name)) { fs.writeFileSync(name + '.holding', ''); for (;;) {} }`;

const suite = (names: string[]) => sameUnits(names, UNIT);

describe('resource protection', () => {
  it.skipIf(typeof probe === 'string')(
    'a unit pushing memory over the threshold shuts the run down (exit 42) and --resume continues',
    async () => {
      const cgroup = memoryCgroup(LIMIT) as MemoryCgroup;
      cgroups.push(cgroup);
      const dir = suite(['a', 'b', 'c']);
      // The run and unit a hold about a tenth of the limit; b holds 70 % on its own.
      writeFileSync(join(dir, 'hog-b'), String(700 * MiB));
      const r = await runCli(
        [
          'run',
          '--cwd',
          dir,
          '--memory-threshold',
          '50',
          '--threshold-window',
          '1s',
          '--grace-period',
          '1s',
          '--report-json',
          'r.json',
          '-c',
          'node {file}',
          '*.js',
        ],
        { launcher: cgroup.launcher },
      );
      expect(r.code, r.stdout + r.stderr).toBe(42);
      expect(r.stdout).toMatch(/Memory at \d+%, over the 50% threshold/);
      expect(r.stdout).toContain('--resume');
      const report = readJson(join(dir, 'r.json'));
      expect(report).toMatchObject({ status: 'shutdown', reason: 'memory', exitCode: 42 });
      expect(report.units.map((u: { outcome: string }) => u.outcome)).toEqual([
        'passed',
        'interrupted',
        'skipped',
      ]);
      expect(isAlive(Number(readFileSync(join(dir, 'b.pid'), 'utf8')))).toBe(false);
      const checkpoint = readCheckpoint(join(dir, '.testwarden', 'checkpoint.json')).checkpoint;
      expect(checkpoint?.reason).toBe('memory');
      expect(checkpoint?.units.get('b.js')?.outcome).toBe('interrupted');

      rmSync(join(dir, 'hog-b'));
      const resumed = await runCli(
        ['run', '--cwd', dir, '--resume', '--memory-threshold', '50', '-c', 'node {file}', '*.js'],
        { launcher: cgroup.launcher },
      );
      expect(resumed.code, resumed.stdout).toBe(0);
      expect(resumed.stdout).toContain('Resuming from checkpoint (reason: memory');
      expect(ledger(dir)).toEqual(['a', 'b', 'b', 'c']);
    },
  );

  it('busy units over a CPU threshold shut the run down with reason cpu', async () => {
    const dir = suite(['s1', 's2', 'z']);
    writeFileSync(join(dir, 'spin-s1'), '');
    writeFileSync(join(dir, 'spin-s2'), '');
    const r = await runCli([
      'run',
      '--cwd',
      dir,
      '--jobs',
      '2',
      '--cpu-threshold',
      '60',
      '--threshold-window',
      '1500ms',
      '--grace-period',
      '1s',
      '--report-json',
      'r.json',
      '-c',
      'node {file}',
      '*.js',
    ]);
    expect(r.code, r.stdout + r.stderr).toBe(42);
    const report = readJson(join(dir, 'r.json'));
    expect(report).toMatchObject({ status: 'shutdown', reason: 'cpu' });
    expect(readJson(join(dir, '.testwarden', 'checkpoint.json')).reason).toBe('cpu');
    for (const name of ['s1', 's2']) {
      if (existsSync(join(dir, `${name}.pid`)))
        expect(isAlive(Number(readFileSync(join(dir, `${name}.pid`), 'utf8')))).toBe(false);
    }
  });

  it('--max-memory-per-test kills a unit over it: resource-exceeded', async () => {
    const dir = suite(['big', 'small']);
    writeFileSync(join(dir, 'hog-big'), String(1024 * 1024 * 1024));
    const r = await runCli([
      'run',
      '--cwd',
      dir,
      '--max-memory-per-test',
      '200M',
      '--grace-period',
      '1s',
      '--report-json',
      'r.json',
      '-c',
      'node {file}',
      '*.js',
    ]);
    expect(r.code).toBe(1);
    const report = readJson(join(dir, 'r.json'));
    const big = report.units.find((u: { id: string }) => u.id === 'big.js');
    expect(big.outcome).toBe('resource-exceeded');
    expect(big.peakRssBytes).toBeGreaterThan(200 * 1024 * 1024);
    expect(big.message).toMatch(/over the limit of 200\.0 MiB/);
    expect(report.totals.resourceExceeded).toBe(1);
    expect(report.units.find((u: { id: string }) => u.id === 'small.js').outcome).toBe('passed');
    expect(r.stdout).toContain('MEMORY');
  });

  it('records the peak memory of a unit', async () => {
    const dir = suite(['holder']);
    writeFileSync(join(dir, 'hog-holder'), String(300 * 1024 * 1024));
    const run = startCli([
      'run',
      '--cwd',
      dir,
      '--timeout',
      '12s',
      '--grace-period',
      '500ms',
      '--report-json',
      'r.json',
      '-c',
      'node {file}',
      '*.js',
    ]);
    // The unit holds its memory until the timeout; 12 s leaves a loaded machine time to start it and sample it.
    await waitFor(
      'the unit to hold its memory',
      () => existsSync(join(dir, 'holder.holding')),
      20_000,
    );
    await run.done;
    const unit = readJson(join(dir, 'r.json')).units[0];
    expect(unit.outcome).toBe('timed-out');
    expect(unit.peakRssBytes).toBeGreaterThan(250 * 1024 * 1024);
  });
});
