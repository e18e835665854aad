// README's first command, run as written on a copy of examples/, prints what README shows (times, ids, pids, sizes and the log tail's lines aside).
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CLI } from '../support/cli.js';
import { tempDir } from '../support/temp-dir.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** What differs from run to run or machine to machine, made one token; a log tail is one line. */
function normalize(text: string): string {
  return (
    text
      .replace(/tw-[a-z0-9]+-[0-9a-f]+(?:-[0-9a-f]{12})?/g, '<run>')
      .replace(/\b(?:\d+h\d+m|\d+m\d+s|\d+(?:\.\d+)?(?:ms|s))\b/g, '<time>')
      .replace(/-[0-9a-f]{8}\.log/g, '-<hash>.log')
      .replace(/process \d+/g, 'process <pid>')
      .replace(/\d+(?:\.\d+)? (?:B|KiB|MiB|GiB)\b/g, '<size>')
      .replace(/\b(?:cgroup|process) tracking(?: via [\w ]+?)?,/g, '<tracking> tracking,')
      .replace(/last \d+ lines/g, 'last <n> lines')
      // Other containers on the machine may appear while a unit runs: not the example's output.
      .replace(/^ +leaked container .*\n/gm, '')
      .replace(/^Leaks: \d+/gm, 'Leaks: <n>')
      .replace(/(?:^ +│.*\n)+/gm, '        │ …\n')
      .trimEnd()
  );
}

describe('README', () => {
  it('shows the output the example suite prints', () => {
    const command = /^node dist\/cli\/index\.js run .*$/m.exec(README)?.[0];
    expect(command, 'README has no `node dist/cli/index.js run` command').toBeDefined();
    const sample = /Its output looks like this:\n\n```\n([\s\S]*?)```/.exec(README)?.[1];
    expect(sample, 'README has no sample output').toBeDefined();
    const clone = tempDir('tw-readme-');
    cpSync(join(ROOT, 'examples', 'suite'), join(clone, 'examples', 'suite'), { recursive: true });
    const result = spawnSync(
      'sh',
      ['-c', command!.replace('node dist/cli/index.js', `"${process.execPath}" "${CLI}"`)],
      {
        cwd: clone,
        env: { ...process.env, NO_COLOR: '1' },
        encoding: 'utf8',
      },
    );
    expect(result.status, result.stderr).toBe(1);
    expect(normalize(result.stdout)).toBe(normalize(sample!));
  }, 120_000);
});
