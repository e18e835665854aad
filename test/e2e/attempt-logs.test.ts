// Every attempt keeps its log: retries and a resumed run write files of their own, and the report JSON and HTML list each attempt's log.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { readJson } from '../support/files.js';
import { tempDir } from '../support/temp-dir.js';

/** A unit that prints which call of it this is, and passes from the `passFrom`-th call on. */
const UNIT = `
const fs = require('node:fs');
const calls = (fs.existsSync('calls') ? Number(fs.readFileSync('calls', 'utf8')) : 0) + 1;
fs.writeFileSync('calls', String(calls));
console.log('call ' + calls);
process.exit(calls >= Number(fs.readFileSync('pass-from', 'utf8')) ? 0 : 1);
`;

interface Unit {
  id: string;
  outcome: string;
  log: string;
  attemptLogs?: { run: number; attempt: number; log: string; outcome?: string }[];
}

describe('attempt logs', () => {
  it("a retry and a resume never overwrite a failed attempt's log; the report lists each", async () => {
    const dir = tempDir('tw-attempts-');
    writeFileSync(join(dir, 'flip.test.js'), UNIT);
    writeFileSync(join(dir, 'pass-from'), '4');
    const args = [
      'run',
      '--cwd',
      dir,
      '--retries',
      '1',
      '--no-watchdog',
      '--report-json',
      'out/report.json',
      '--report-html',
      'out/report.html',
      '-c',
      'node {file}',
      '*.test.js',
    ];
    const first = await runCli(args);
    expect(first.code, first.stdout).toBe(1);
    const failed = readJson(join(dir, 'out/report.json')).units[0] as Unit;
    expect(failed.attemptLogs?.map((a) => [a.run, a.attempt, a.outcome])).toEqual([
      [1, 1, 'failed'],
      [1, 2, 'failed'],
    ]);
    expect(first.stdout).toMatch(
      /log of attempt 1 \(failed\): \S*\.testwarden\/logs\/flip\.test\.js-[0-9a-f]{8}\.log/,
    );

    // The resumed run fails once more, then passes: run 2's attempts come after run 1's.
    const second = await runCli([...args.slice(0, 1), '--resume', ...args.slice(1)]);
    expect(second.code, second.stdout).toBe(0);
    const report = readJson(join(dir, 'out/report.json'));
    expect(report.resumed).toBe(true);
    const unit = report.units[0] as Unit;
    expect(unit.outcome).toBe('passed');
    expect(unit.attemptLogs?.map((a) => [a.run, a.attempt, a.outcome])).toEqual([
      [1, 1, undefined],
      [1, 2, undefined],
      [2, 1, 'failed'],
      [2, 2, 'passed'],
    ]);
    // Each file is still there with what its own attempt printed.
    expect(unit.attemptLogs!.map((a) => readFileSync(a.log, 'utf8').trim())).toEqual([
      'call 1',
      'call 2',
      'call 3',
      'call 4',
    ]);
    expect(new Set(unit.attemptLogs!.map((a) => a.log)).size).toBe(4);
    expect(unit.log).toBe(unit.attemptLogs![3]!.log);
    expect(second.stdout).toContain('log of run 2, attempt 1 (failed)');

    // The HTML page links each log, relative to its own folder.
    const html = readFileSync(join(dir, 'out/report.html'), 'utf8');
    const hrefs = [...html.matchAll(/<a href="([^"]+)">(?:run \d+, )?attempt \d+<\/a>/g)].map(
      (m) => m[1]!,
    );
    expect(hrefs).toHaveLength(4);
    for (const href of hrefs)
      expect(
        existsSync(resolve(dirname(join(dir, 'out/report.html')), decodeURIComponent(href))),
      ).toBe(true);
  });

  it('a fresh run starts the logs over: one attempt, no attemptLogs', async () => {
    const dir = tempDir('tw-attempts-');
    writeFileSync(join(dir, 'flip.test.js'), UNIT);
    writeFileSync(join(dir, 'pass-from'), '1');
    const args = [
      'run',
      '--cwd',
      dir,
      '--no-watchdog',
      '--report-json',
      'r.json',
      '-c',
      'node {file}',
      '*.test.js',
    ];
    expect((await runCli(args)).code).toBe(0);
    expect((await runCli(args)).code).toBe(0);
    const unit = readJson(join(dir, 'r.json')).units[0] as Unit;
    expect(unit.attemptLogs).toBeUndefined();
    expect(readFileSync(unit.log, 'utf8').trim()).toBe('call 2');
    expect(unit.log).toMatch(/flip\.test\.js-[0-9a-f]{8}\.log$/);
  });
});
