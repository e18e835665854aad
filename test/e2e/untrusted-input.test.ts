// What a test names or leaves on disk, through the CLI: hostile names cannot inject into a --shell template or pass as options, and values read back from disk are bounded.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { runCli, startCli } from '../support/cli.js';
import { waitFor } from '../support/wait-for.js';
import { readJson, suiteDir } from '../support/files.js';

const PRINT_ARGV = `process.stdout.write(JSON.stringify(process.argv.slice(2)) + '\\n')`;

describe('hostile names in command templates', () => {
  it.each([
    [`sh -c 'node "{file}"'`, 'single quotes'],
    [`node "{file}"`, 'double quotes'],
    [`node 'x/{file}'`, 'single quotes'],
    ['node `echo {file}`', 'backticks'],
  ])('refuses the --shell template %s before any unit runs', async (template, context) => {
    const dir = suiteDir({
      'a$(touch INJECTED-1).js': '',
      'b`touch INJECTED-2`.js': '',
    });
    const r = await runCli(['run', '--shell', '--command', template, '*.js'], { cwd: dir });
    expect(r.code, r.stdout + r.stderr).toBe(2);
    expect(r.stderr).toContain('--command: with --shell, {file} must stand outside quotes');
    expect(r.stderr).toContain(`inside ${context}`);
    expect(readdirSync(dir).filter((f) => f.startsWith('INJECTED'))).toEqual([]);
  });

  it('still runs an unquoted placeholder in a --shell template, and the names inject nothing', async () => {
    const dir = suiteDir({
      'a$(touch INJECTED-1).js': PRINT_ARGV,
      'b`touch INJECTED-2`.js': PRINT_ARGV,
      'c\'d".js': PRINT_ARGV,
    });
    const r = await runCli(['run', '--shell', '--command', 'node {file} {unit} | cat', '*.js'], {
      cwd: dir,
    });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(existsSync(join(dir, 'INJECTED-1'))).toBe(false);
    expect(existsSync(join(dir, 'INJECTED-2'))).toBe(false);
  });

  it('never hands {file} or {unit} to a program as an option', async () => {
    // `sh -n x` only parses x: with "-n.test.sh" as an option the unit would "pass" without running.
    const dir = suiteDir({ '-n.test.sh': 'echo ran > ran.txt; exit 3' });
    const r = await runCli(['run', '--command', 'sh {unit}', '--report-json', 'r.json', '*.sh'], {
      cwd: dir,
    });
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(existsSync(join(dir, 'ran.txt'))).toBe(true);
    expect(r.stdout).toContain('./-n.test.sh');

    const listed = await runCli(
      ['run', '--command', 'sh {unit}', '--list-command', 'echo -n.test.sh'],
      { cwd: dir },
    );
    expect(listed.code, listed.stdout + listed.stderr).toBe(2);
    expect(listed.stderr).toContain('--list-command: expected unit ids that do not start with "-"');
  });
});

describe('values read back from disk', () => {
  it('drops a checkpoint entry whose lane no --jobs allows: the unit runs again, no picture spans a billion lanes', async () => {
    const dir = suiteDir({
      'a.js': "require('fs').appendFileSync('ledger.txt', 'a\\n')",
      'b.js': 'process.exit(1)',
    });
    const args = ['run', '--command', 'node {file}', '--report-json', 'r.json', '*.js'];
    expect((await runCli(args, { cwd: dir })).code).toBe(1);
    const path = join(dir, '.testwarden', 'checkpoint.json');
    const checkpoint = readJson(path);
    checkpoint.units.lane[checkpoint.units.id.indexOf('a.js')] = 1_000_000_001;
    writeFileSync(path, JSON.stringify(checkpoint));

    const started = Date.now();
    const r = await runCli([...args, '--resume', '--report-html', 'r.html'], { cwd: dir });
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.stdout + r.stderr).toContain('lane: expected a job slot from 0 to 1023');
    expect(readFileSync(join(dir, 'ledger.txt'), 'utf8')).toBe('a\na\n');
    const report = readJson(join(dir, 'r.json'));
    expect(Math.max(...report.units.map((u: { lane?: number }) => u.lane ?? 0))).toBeLessThan(1024);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('refuses to merge a report whose values testwarden could not have written', async () => {
    const dir = suiteDir({ 'a.js': '' });
    expect(
      (await runCli(['run', '-c', 'node {file}', '--report-json', 'r.json', '*.js'], { cwd: dir }))
        .code,
    ).toBe(0);
    const report = readJson(join(dir, 'r.json'));
    report.units[0].durationMs = 1e15;
    writeFileSync(join(dir, 'r.json'), JSON.stringify(report));
    const m = await runCli(['merge', '--cwd', dir, 'r.json']);
    expect(m.code, m.stdout + m.stderr).toBe(2);
    expect(m.stderr).toContain('units.0.durationMs');
  });
});

describe('what units print, in every report', () => {
  it('strips colour codes from the console, JUnit and HTML, and counts an interrupted unit as failed everywhere', async () => {
    const dir = suiteDir({
      'a-red.js':
        "console.log('\\x1b[31mAssertionError\\x1b[0m: expected \\x1b[1mred\\x1b[22m'); process.exit(1)",
      'b-block.js': `require('fs').writeFileSync('b.started', ''); setInterval(() => {}, 1000);`,
    });
    const run = startCli(
      [
        'run',
        '-c',
        'node {file}',
        '--junit',
        'j.xml',
        '--report-html',
        'r.html',
        '--report-json',
        'r.json',
        '*.js',
      ],
      { cwd: dir },
    );
    await waitFor('b-block to start', () => existsSync(join(dir, 'b.started')));
    run.child.kill('SIGINT');
    const r = await run.done;
    expect(r.code).toBe(130);
    expect(r.stdout).toContain('AssertionError: expected red');
    expect(r.stdout).not.toContain('[31m');
    // One meaning of "failed": the console, JUnit and the report agree on both units.
    const didNotPass = r.stdout.slice(r.stdout.indexOf('Did not pass:'));
    expect(didNotPass).toContain('a-red.js');
    expect(didNotPass).toContain('b-block.js');
    const junit = readFileSync(join(dir, 'j.xml'), 'utf8');
    expect(XMLValidator.validate(junit)).toBe(true);
    expect(junit).toMatch(/<testsuites [^>]*failures="2"/);
    expect(junit).toContain('AssertionError: expected red');
    expect(junit).not.toContain('[31m');
    const html = readFileSync(join(dir, 'r.html'), 'utf8');
    expect(html).toContain('Did not pass (2)');
    expect(html).not.toContain('[31m');
    expect(readJson(join(dir, 'r.json')).totals).toMatchObject({ failed: 1, interrupted: 1 });
  });
});
