// Progress on a real terminal (one status line redrawn in place and cleared before other lines), progress lines in a log, SLOW notices, and unit ids made plain.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CLI, FIXTURES, runCli, startCli } from '../support/cli.js';
import { waitFor } from '../support/wait-for.js';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suiteDir } from '../support/files.js';

const CLEAR = '\r\x1b[2K';

/** Runs the CLI on a pseudo-terminal `columns` wide; resolves with everything it wrote. */
function onTerminal(
  args: string[],
  columns: number,
): Promise<{ code: number | null; out: string }> {
  const child = spawn(
    'python3',
    [
      `${FIXTURES}pty-run.py`,
      String(columns),
      process.execPath,
      CLI,
      'run',
      '--containers',
      'off',
      ...args,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, NO_COLOR: '1', TERM: 'xterm' } },
  );
  let out = '';
  child.stdout.on('data', (b: Buffer) => (out += b.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, out })));
}

describe('progress', () => {
  it('on a terminal: one status line, redrawn in place and cleared before every other line', async () => {
    const dir = suiteDir({ 'quick.sh': 'true', 'slow.sh': 'sleep 2.5' });
    const { code, out } = await onTerminal(
      ['--cwd', dir, '-j', '2', '--slow-timeout', '1s', '-c', 'sh {file}', '*.sh'],
      60,
    );
    expect(code, out).toBe(0);
    // The status names the running unit with its elapsed time, and is drawn more than once.
    const draws = out.split(CLEAR).filter((s) => s.includes('done; running: slow.sh'));
    expect(draws.length, out).toBeGreaterThan(1);
    expect(out).toMatch(/1\/2 done; running: slow\.sh \d/);
    // Every line the run prints starts on a clean line: a status draw never runs into it.
    for (const line of out.split('\r\n')) {
      const visible = line.slice(
        line.lastIndexOf(CLEAR) + (line.includes(CLEAR) ? CLEAR.length : 0),
      );
      expect(visible, JSON.stringify(line)).not.toMatch(/done;.*(PASS|SLOW|Units:)/);
    }
    expect(out).toMatch(/SLOW {4}slow\.sh \[> 1\.0s\]/);
    expect(out).toMatch(/SLOW {4}slow\.sh \[> 2\.0s\]/);
    // Fitted to the terminal: no drawn status is wider than it.
    for (const draw of out.split(CLEAR).map((s) => s.split('\r\n')[0]!))
      if (draw.includes('done')) expect([...draw].length).toBeLessThan(60);
    // Nothing is left on screen after the summary.
    expect(out.slice(out.lastIndexOf('exit code 0'))).not.toContain('done');
  });

  it('in a log: a progress line every --progress-interval naming what runs, and SLOW lines', async () => {
    const dir = suiteDir({ 'slow.sh': 'sleep 2.5' });
    const r = await runCli([
      'run',
      '--cwd',
      dir,
      '--progress-interval',
      '1s',
      '--slow-timeout',
      '2s',
      '-c',
      'sh {file}',
      'slow.sh',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^progress: 0\/1 done; running: slow\.sh \d/m);
    expect(r.stdout).toMatch(/SLOW {4}slow\.sh \[> 2\.0s\]/);
    expect(r.stdout).not.toContain('\x1b[');
    const off = await runCli([
      'run',
      '--cwd',
      dir,
      '--progress-interval',
      'off',
      '--slow-timeout',
      'off',
      '-c',
      'sh {file}',
      'slow.sh',
    ]);
    expect(off.stdout).not.toMatch(/progress:|SLOW/);
  });

  it('prints a unit id holding an escape sequence without it (one plain line)', async () => {
    const dir = suiteDir({});
    const r = await runCli([
      'run',
      '--cwd',
      dir,
      '--list-command',
      `printf 'a\\nb\\033[31mred\\n'`,
      '-c',
      'true {unit}',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('PASS    bred');
    expect(r.stdout).not.toContain('\x1b');
  });

  it('status on a live run says it is running, since when, and what it has done', async () => {
    const dir = suiteDir({
      'a.sh': 'true',
      'b.sh': 'while [ ! -e go ]; do sleep 0.05; done',
    });
    const run = startCli(['run', '--cwd', dir, '-c', 'sh {file}', '*.sh']);
    await waitFor('a.sh to pass', () => run.output().includes('PASS    a.sh'), 20_000);
    const status = await runCli(['status', '--state-dir', join(dir, '.testwarden')]);
    expect(status.code, status.stderr).toBe(0);
    expect(status.stdout).toMatch(
      new RegExp(`State: running since \\d{4}-.*; run tw-[\\w-]+, pid ${run.child.pid}\\)`),
    );
    expect(status.stdout).toMatch(/Done: 1 of 2 units/);
    expect(status.stdout).not.toContain('Resume with');
    const json = JSON.parse(
      (await runCli(['status', '--json', '--state-dir', join(dir, '.testwarden')])).stdout,
    );
    expect(json.running).toMatchObject({ pid: run.child.pid });
    writeFileSync(join(dir, 'go'), '');
    expect((await run.done).code).toBe(0);
    const after = JSON.parse(
      (await runCli(['status', '--json', '--state-dir', join(dir, '.testwarden')])).stdout,
    );
    expect(after.running).toBeNull();
    expect(after.complete).toBe(true);
    expect(existsSync(join(dir, 'go'))).toBe(true);
  });
});
