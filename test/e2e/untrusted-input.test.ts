// What a test names or leaves on disk, through the CLI: hostile names cannot inject into a --shell template or pass as options, and values read back from disk are bounded.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { suiteDir } from '../support/files.js';

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
