// Errors that lose nothing: output paths and the command template are checked before any unit runs, and a report that cannot be written at the end costs only that file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { readJson, suiteDir } from '../support/files.js';

const MARKS_RAN = `require('node:fs').writeFileSync('ran', '')`;

describe('testwarden run: checked before any unit runs', () => {
  it.each([
    [
      ['--junit', 'reports'],
      /--junit: expected a file path in a writable folder, got ".*\/reports" \(it is a folder/,
    ],
    [
      ['--report-json', '/tmp'],
      /--report-json: expected a file path in a writable folder, got "\/tmp" \(it is a folder/,
    ],
    [
      ['--report-html', '/proc/x.html'],
      /--report-html: expected a file path in a writable folder, got "\/proc\/x.html" \(/,
    ],
    [
      ['--junit', 'blocker/j.xml'],
      /--junit: expected a file path in a writable folder, got ".*\/blocker\/j.xml" \(/,
    ],
    [
      ['--junit', 'same.xml', '--report-json', 'same.xml'],
      /--junit: expected a file of its own, got ".*\/same.xml", which --report-json writes too/,
    ],
    [['--state-dir', 'blocker/state'], /--state-dir: expected a folder testwarden can write to/],
    [
      ['-c', 'no-such-program-xyz {file}'],
      /--command: expected a program that can be run, got "no-such-program-xyz" \(not found on PATH\)/,
    ],
    [
      ['-c', './bin/nothing {file}'],
      /--command: expected a program that can be run, got "\.\/bin\/nothing" \(not found relative to /,
    ],
    [
      ['-c', './plain.txt {file}'],
      /--command: expected a program that can be run, got "\.\/plain.txt" \(found, but not executable\)/,
    ],
    [
      ['-c', 'node {fiel}'],
      /--command: expected placeholders \{file\}, \{unit\}, \{junit\}, got "\{fiel\}" in "node \{fiel\}"/,
    ],
    [['--shell', '-c', 'node {File}'], /--command: expected placeholders .*got "\{File\}"/],
  ])('%j is a usage error (exit 2) and no unit runs', async (extra, message) => {
    const dir = suiteDir({ 'a.js': MARKS_RAN, blocker: '', 'plain.txt': '', 'reports/.keep': '' });
    const args = extra.includes('-c') ? extra : [...extra, '-c', 'node {file}'];
    const r = await runCli(['run', '--cwd', dir, ...args, 'a.js']);
    expect(r.code, r.stdout + r.stderr).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toContain('a bug in testwarden');
    expect(existsSync(join(dir, 'ran'))).toBe(false);
    expect(readdirSync(dir).filter((f) => /\.(tmp|probe)$/.test(f))).toEqual([]);
  });

  it('leaves braces that are not placeholders alone, and checks no program it cannot know', async () => {
    const dir = suiteDir({ 'a.sh': `test "$1" = '{}' && touch ran` });
    const r = await runCli(['run', '--cwd', dir, '-c', 'sh {file} {}', 'a.sh']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(existsSync(join(dir, 'ran'))).toBe(true);
  });
});

describe('testwarden run: a report that cannot be written at the end', () => {
  it('still writes the other reports, the summary and the checkpoint; exit 4 names the path; no temp file', async () => {
    // The unit makes a folder where the JSON report goes: the check passed, the write fails.
    const dir = suiteDir({
      'a.js': `require('node:fs').mkdirSync('out/report.json', { recursive: true })`,
      'b.js': '',
    });
    const r = await runCli([
      'run',
      '--cwd',
      dir,
      '--report-json',
      'out/report.json',
      '--junit',
      'out/junit.xml',
      '--report-html',
      'out/report.html',
      '-c',
      'node {file}',
      '*.js',
    ]);
    expect(r.code, r.stdout + r.stderr).toBe(4);
    expect(r.stderr).toMatch(
      /testwarden: error: --report-json: could not write ".*\/out\/report.json" \(EISDIR/,
    );
    expect(r.stderr).not.toContain('a bug in testwarden');
    expect(r.stdout).toMatch(/Units: 2 passed \(2 in all\)/);
    expect(r.stdout).toMatch(/PASSED, exit code 0/);
    expect(readFileSync(join(dir, 'out/junit.xml'), 'utf8')).toContain('<testsuites');
    expect(readFileSync(join(dir, 'out/report.html'), 'utf8')).toContain('<html');
    const checkpoint = readJson(join(dir, '.testwarden/checkpoint.json'));
    expect(checkpoint.complete).toBe(true);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual([
      'junit.xml',
      'report.html',
      'report.json',
    ]);
    expect(readdirSync(join(dir, 'out/report.json'))).toEqual([]);
  });

  it('keeps the code of a failed run', async () => {
    const dir = suiteDir({ 'a.js': `require('node:fs').mkdirSync('r.json'); process.exit(1)` });
    const r = await runCli([
      'run',
      '--cwd',
      dir,
      '--report-json',
      'r.json',
      '-c',
      'node {file}',
      'a.js',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--report-json: could not write/);
    expect(r.stdout).toMatch(/FAILED, exit code 1/);
  });
});
