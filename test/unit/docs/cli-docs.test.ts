// docs/cli.md against the CLI itself: every option each command's --help lists is documented (run's and config's in the run table, the others in their synopsis or section).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/program.js';
import { FLAG_KEYS } from '../../../src/core/config/config-keys.js';

const DOC = readFileSync(fileURLToPath(new URL('../../../docs/cli.md', import.meta.url)), 'utf8');

async function help(command: string): Promise<string> {
  let out = '';
  const code = await main([command, '--help'], {
    stdout: (t) => (out += t),
    stderr: (t) => (out += t),
    env: {},
    isTTY: false,
  });
  expect(code).toBe(0);
  return out;
}

/** The long options a --help lists (`--help` itself aside). */
function longOptions(text: string): string[] {
  const options = text.slice(text.indexOf('Options:'));
  return [...options.matchAll(/^ {2}(?:-\w, )?(--[a-z][a-z-]*)/gm)]
    .map((m) => m[1]!)
    .filter((o) => o !== '--help');
}

/** The text of a `## ` section, from its heading to the next one of the same level. */
function section(heading: string): string {
  const start = DOC.indexOf(`\n## ${heading}\n`);
  expect(start, `docs/cli.md has no "## ${heading}"`).toBeGreaterThan(-1);
  const end = DOC.indexOf('\n## ', start + 1);
  return DOC.slice(start, end < 0 ? undefined : end);
}

const SYNOPSIS = DOC.slice(DOC.indexOf('```'), DOC.indexOf('```', DOC.indexOf('```') + 3));
const RUN_ROWS = section('`testwarden run`')
  .split('\n')
  .filter((line) => line.startsWith('| `-'));

describe('docs/cli.md', () => {
  it.each(['run', 'config'])(
    'has a row of the run table for every option of %s --help',
    async (command) => {
      const options = longOptions(await help(command));
      expect(options.length).toBeGreaterThan(30);
      // config's own option is described in its section.
      const own = command === 'config' ? section('`testwarden config`') : '';
      // A row's first cell may name both forms of a flag: `--shell`, `--no-shell`.
      const missing = options.filter(
        (o) =>
          !RUN_ROWS.some((row) =>
            new RegExp(`\`(?:-\\w, )?${o}(?![\\w-])`).test(row.split('|')[1]!),
          ) && !own.includes(`\`${o}\``),
      );
      expect(missing, `options of ${command} --help missing from docs/cli.md`).toEqual([]);
    },
  );

  it('lists both forms of every on/off option a profile can set, --X and --no-X', async () => {
    const options = longOptions(await help('run'));
    const both = FLAG_KEYS.flatMap((k) => [`--${k}`, `--no-${k}`]);
    expect(FLAG_KEYS.length).toBeGreaterThan(5);
    expect(both.filter((o) => !options.includes(o))).toEqual([]);
  });

  it.each(['status', 'cleanup', 'merge'])(
    'names every option of %s --help in its synopsis',
    async (command) => {
      const options = longOptions(await help(command));
      expect(options.length).toBeGreaterThan(0);
      const lines = SYNOPSIS.split('\n');
      const at = lines.findIndex((l) => l.startsWith(`testwarden ${command} `));
      expect(at, `no synopsis of ${command}`).toBeGreaterThan(-1);
      // A synopsis may go on over indented lines.
      let text = lines[at]!;
      for (let i = at + 1; i < lines.length && /^\s/.test(lines[i]!); i++) text += lines[i];
      const merge = command === 'merge' ? section('`testwarden merge`') : '';
      const missing = options.filter((o) => !text.includes(o) && !merge.includes(o));
      expect(missing, `options of ${command} --help missing from its synopsis`).toEqual([]);
    },
  );
});
