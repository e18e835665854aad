// Checkpoint and resume across a killed runner, and stops by signal, with real processes and a ledger of what ran.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCheckpoint } from '../../src/core/checkpoint/checkpoint-file.js';
import {
  CHECKPOINT_FORMAT_VERSION,
  computeFingerprint,
} from '../../src/core/checkpoint/checkpoint-format.js';
import { CLI, FIXTURES, isAlive, runCli, startCli } from '../support/cli.js';
import { ledger, readJson, sameUnits } from '../support/files.js';
import { waitFor } from '../support/wait-for.js';

/** A unit that appends its name to ledger.txt, writes its pid, and hangs while a `block-<name>` file exists. */
const UNIT = `
const fs = require('node:fs');
const name = require('node:path').basename(__filename, '.js');
fs.appendFileSync('ledger.txt', name + '\\n');
fs.writeFileSync(name + '.pid', String(process.pid));
if (fs.existsSync('block-' + name)) {
  process.on('SIGTERM', () => { if (!fs.existsSync('stubborn')) process.exit(143); });
  setInterval(() => {}, 1000);
}`;

const suite = (names: string[]) => sameUnits(names, UNIT);

describe('checkpoint and resume', () => {
  it('after a SIGKILLed runner, --resume runs only what had not finished', async () => {
    const dir = suite(['u1', 'u2', 'u3', 'u4', 'u5', 'u6']);
    writeFileSync(join(dir, 'block-u4'), '');
    const first = startCli(['run', '--cwd', dir, '-c', 'node {file}', '*.js']);
    await waitFor('u4 to start', () => existsSync(join(dir, 'u4.pid')));
    first.child.kill('SIGKILL');
    await first.done;
    // The runner is gone; the watchdog ends its orphaned unit and marks the checkpoint.
    const orphan = Number(readFileSync(join(dir, 'u4.pid'), 'utf8'));
    await waitFor('the watchdog to end the orphaned unit', () => !isAlive(orphan), 5000);
    // It kills first, then marks the checkpoint.
    const log = join(dir, '.testwarden', 'watchdog.log');
    await waitFor(
      'the watchdog to mark the checkpoint',
      () => existsSync(log) && readFileSync(log, 'utf8').includes('checkpoint marked'),
      5000,
    );

    const status = await runCli(['status', '--state-dir', join(dir, '.testwarden')]);
    expect(status.code).toBe(0);
    expect(status.stdout).toContain('Done: 3 of 6 units');
    expect(status.stdout).toContain('reason: runner-lost');
    expect(status.stdout).toContain('Left: 3 not finished');
    // The checkpoint knows the whole list, so status names what is left.
    expect(status.stdout).toMatch(
      /^ {2}u4\.js {2}not finished\n {2}u5\.js {2}not finished\n {2}u6\.js {2}not finished$/m,
    );

    rmSync(join(dir, 'block-u4'));
    const second = await runCli([
      'run',
      '--cwd',
      dir,
      '--resume',
      '--report-json',
      'r.json',
      '-c',
      'node {file}',
      '*.js',
    ]);
    expect(second.code, second.stdout).toBe(0);
    expect(second.stdout).toContain('Resuming from checkpoint');
    expect(second.stdout).toContain(
      'Resuming from checkpoint (reason: runner-lost, 3 of 6 units done)',
    );
    expect(ledger(dir)).toEqual(['u1', 'u2', 'u3', 'u4', 'u4', 'u5', 'u6']);
    const report = readJson(join(dir, 'r.json'));
    expect(report.resumed).toBe(true);
    expect(report.totals).toMatchObject({ units: 6, passed: 6, fromCheckpoint: 3 });
    expect(
      report.units
        .filter((u: { fromCheckpoint: boolean }) => u.fromCheckpoint)
        .map((u: { id: string }) => u.id),
    ).toEqual(['u1.js', 'u2.js', 'u3.js']);

    // The run is complete now: another --resume starts fresh.
    const third = await runCli(['run', '--cwd', dir, '--resume', '-c', 'node {file}', '*.js']);
    expect(third.stdout).toContain('Starting fresh: the checkpoint is of a run that completed');
    expect(ledger(dir)).toHaveLength(13);
  });

  it('resumes from a checkpoint an older testwarden wrote (format 1), and leaves it in the current format', async () => {
    const dir = suite(['u1', 'u2', 'u3']);
    const ids = ['u1.js', 'u2.js', 'u3.js'];
    const entry = (outcome: string, exitCode: number) => ({
      outcome,
      attempts: 1,
      flaky: false,
      durationMs: 12.5,
      tests: { passed: 0, failed: 0, skipped: 0 },
      exitCode,
      peakRssBytes: 40_000_000,
      finishedAt: '2026-11-20T10:00:01.000Z',
    });
    mkdirSync(join(dir, '.testwarden'));
    writeFileSync(
      join(dir, '.testwarden', 'checkpoint.json'),
      JSON.stringify({
        formatVersion: 1,
        runId: 'tw-older',
        attempt: 1,
        fingerprint: computeFingerprint({ unitIds: ids, command: 'node {file}', shell: false }),
        reason: 'SIGTERM',
        complete: false,
        createdAt: '2026-11-20T10:00:00.000Z',
        updatedAt: '2026-11-20T10:00:02.000Z',
        units: { 'u1.js': entry('passed', 0), 'u2.js': entry('failed', 1) },
      }),
    );
    const run = await runCli(['run', '--cwd', dir, '--resume', '-c', 'node {file}', '*.js']);
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain(
      'Resuming from checkpoint of attempt 1 (reason: SIGTERM, 1 of 3 units done)',
    );
    // The failure first, then the unit that never ran; u1 passed before and does not run.
    expect(ledger(dir)).toEqual(['u2', 'u3']);
    const read = readCheckpoint(join(dir, '.testwarden', 'checkpoint.json'), { unitIds: ids });
    expect(read.formatVersion).toBe(CHECKPOINT_FORMAT_VERSION); // rewritten in the current format
    expect(read.checkpoint?.complete).toBe(true);
    expect(read.checkpoint?.units.get('u1.js')).toMatchObject({
      outcome: 'passed',
      durationMs: 13,
    });
  });

  it('runs failed units first on resume, and a changed command starts fresh', async () => {
    const dir = suite(['a', 'b', 'c']);
    writeFileSync(
      join(dir, 'c.js'),
      `require('node:fs').appendFileSync('ledger.txt', 'c\\n'); process.exit(fsExists() ? 0 : 1); function fsExists() { return require('node:fs').existsSync('fixed'); }`,
    );
    const first = await runCli(['run', '--cwd', dir, '-c', 'node {file}', '*.js']);
    expect(first.code).toBe(1);
    writeFileSync(join(dir, 'fixed'), '');
    const second = await runCli(['run', '--cwd', dir, '--resume', '-c', 'node {file}', '*.js']);
    expect(second.code).toBe(0);
    expect(ledger(dir)).toEqual(['a', 'b', 'c', 'c']);
    const third = await runCli([
      'run',
      '--cwd',
      dir,
      '--resume',
      '-c',
      'node --no-warnings {file}',
      '*.js',
    ]);
    expect(third.stdout).toContain('Starting fresh');
  });
});

describe('signals', () => {
  it('SIGINT stops the run: exit 130, units gone, interrupted in the checkpoint', async () => {
    const dir = suite(['long1', 'long2', 'z-later']);
    writeFileSync(join(dir, 'block-long1'), '');
    writeFileSync(join(dir, 'block-long2'), '');
    const run = startCli([
      'run',
      '--cwd',
      dir,
      '--jobs',
      '2',
      '--report-json',
      'r.json',
      '-c',
      'node {file}',
      '*.js',
    ]);
    await waitFor(
      'both long units',
      () => existsSync(join(dir, 'long1.pid')) && existsSync(join(dir, 'long2.pid')),
    );
    const sentAt = Date.now();
    run.child.kill('SIGINT');
    const result = await run.done;
    expect(result.code).toBe(130);
    expect(Date.now() - sentAt).toBeLessThan(7500);
    for (const name of ['long1', 'long2'])
      expect(isAlive(Number(readFileSync(join(dir, `${name}.pid`), 'utf8')))).toBe(false);
    const report = readJson(join(dir, 'r.json'));
    expect(report).toMatchObject({ status: 'interrupted', reason: 'SIGINT', exitCode: 130 });
    expect(report.totals.interrupted).toBe(2);
    const status = await runCli(['status', '--state-dir', join(dir, '.testwarden'), '--json']);
    expect(JSON.parse(status.stdout)).toMatchObject({
      reason: 'SIGINT',
      byOutcome: { interrupted: 2 },
      notStarted: 1,
    });
    expect(
      JSON.parse(status.stdout)
        .left.map((u: { outcome: string | null }) => u.outcome)
        .sort(),
    ).toEqual(['interrupted', 'interrupted', null]);
  });

  it('a second SIGINT skips the grace period', async () => {
    const dir = suite(['stubborn1']);
    writeFileSync(join(dir, 'block-stubborn1'), '');
    writeFileSync(join(dir, 'stubborn'), '');
    const run = startCli([
      'run',
      '--cwd',
      dir,
      '--grace-period',
      '20s',
      '-c',
      'node {file}',
      '*.js',
    ]);
    await waitFor('the unit', () => existsSync(join(dir, 'stubborn1.pid')));
    run.child.kill('SIGINT');
    await waitFor('the stop to begin', () => run.output().includes('Stopping (SIGINT)'));
    const again = Date.now();
    run.child.kill('SIGINT');
    const result = await run.done;
    expect(result.code).toBe(130);
    expect(Date.now() - again).toBeLessThan(5000);
    expect(result.stdout).toContain('Stopping now (SIGINT again)');
    expect(isAlive(Number(readFileSync(join(dir, 'stubborn1.pid'), 'utf8')))).toBe(false);
  });

  it('SIGTERM exits 143', async () => {
    const dir = suite(['t1']);
    writeFileSync(join(dir, 'block-t1'), '');
    const run = startCli(['run', '--cwd', dir, '-c', 'node {file}', '*.js']);
    await waitFor('the unit', () => existsSync(join(dir, 't1.pid')));
    run.child.kill('SIGTERM');
    expect((await run.done).code).toBe(143);
  });
});

describe('Ctrl-C on a terminal', () => {
  it('stops the run like SIGINT: exit 130, units gone, checkpoint marked', async () => {
    const dir = suite(['tty1']);
    writeFileSync(join(dir, 'block-tty1'), '');
    const { spawn } = await import('node:child_process');
    const ctrlC = join(FIXTURES, 'ctrl-c.py');
    const child = spawn(
      'python3',
      [
        ctrlC,
        join(dir, 'tty1.pid'),
        process.execPath,
        CLI,
        'run',
        '--cwd',
        dir,
        '--containers',
        'off',
        '-c',
        'node {file}',
        '*.js',
      ],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (b: Buffer) => (output += b.toString()));
    child.stderr.on('data', (b: Buffer) => (output += b.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code, output).toBe(130);
    expect(output).toContain('Stopping (SIGINT)');
    expect(isAlive(Number(readFileSync(join(dir, 'tty1.pid'), 'utf8')))).toBe(false);
    expect(readJson(join(dir, '.testwarden', 'checkpoint.json')).reason).toBe('SIGINT');
  });
});
