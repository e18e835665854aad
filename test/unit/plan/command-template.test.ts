// Argument templating with real processes: hostile file names arrive as one argument each and inject nothing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandCommand, parseCommandTemplate } from '../../../src/core/plan/command-template.js';
import { tempDir } from '../../support/temp-dir.js';

const HOSTILE = [
  'with space.js',
  `it's "quoted".js`,
  '$(touch INJECTED).js',
  '`touch INJECTED`.js',
  'a;touch INJECTED.js',
  'new\nline.js',
  'naïve-日本語.js',
  '-rf.js',
  '$HOME.js',
];

function runArgv(template: string, shell: boolean, file: string, cwd: string): string[] {
  const t = parseCommandTemplate(template, shell);
  const { program, args } = expandCommand(t, { file, unit: file, junit: '/tmp/j.xml' });
  const r = spawnSync(program, args, { cwd, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as string[];
}

const PRINT_ARGS = `node -e "process.stdout.write(JSON.stringify(process.argv.slice(1)))"`;

describe('command templates', () => {
  it.each(HOSTILE)('passes %j as one argument without a shell', (name) => {
    const dir = tempDir();
    expect(runArgv(`${PRINT_ARGS} -- {file} {unit}`, false, name, dir)).toEqual([name, name]);
    expect(existsSync(join(dir, 'INJECTED'))).toBe(false);
  });

  it.each(HOSTILE)('passes %j as one argument under --shell', (name) => {
    const dir = tempDir();
    expect(runArgv(`${PRINT_ARGS} -- {file} | cat`, true, name, dir)).toEqual([name]);
    expect(existsSync(join(dir, 'INJECTED'))).toBe(false);
  });

  it('appends the file when the template has no placeholder, as xargs does', () => {
    const t = parseCommandTemplate('node --test', false);
    expect(expandCommand(t, { file: 'a b.js', unit: 'a b.js', junit: 'j' })).toEqual({
      program: 'node',
      args: ['--test', 'a b.js'],
    });
    const s = parseCommandTemplate('node --test', true);
    expect(expandCommand(s, { file: 'a b.js', unit: 'a b.js', junit: 'j' }).args).toEqual([
      '-c',
      `node --test 'a b.js'`,
    ]);
  });

  it('fills placeholders inside a word', () => {
    const t = parseCommandTemplate('pytest --junitxml={junit} {file}', false);
    expect(expandCommand(t, { file: 't.py', unit: 't.py', junit: '/s/j.xml' }).args).toEqual([
      '--junitxml=/s/j.xml',
      't.py',
    ]);
  });

  it('rejects unbalanced quotes and empty templates with the option named', () => {
    expect(() => parseCommandTemplate(`node "unclosed {file}`, false)).toThrow(
      /^--command: expected a command template with balanced quotes, got "node \\"unclosed \{file\}"/,
    );
    expect(() => parseCommandTemplate('   ', false)).toThrow(
      /^--command: expected a command template/,
    );
  });
});
