// A failing unit that prints binary data: its tail on the console and in the JUnit file says "[binary output, …]" and keeps the text lines, instead of lines of U+FFFD.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { suiteDir } from '../support/files.js';

describe('binary output in log tails', () => {
  it('is one line naming its size, between the text the unit printed', async () => {
    const dir = suiteDir({
      'bin.js': `process.stdout.write('before\\n');
process.stdout.write(Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
process.stdout.write('\\nafter: failing now\\n');
process.exitCode = 1;`,
    });
    const r = await runCli([
      'run',
      '--cwd',
      dir,
      '--junit',
      'junit.xml',
      '-c',
      'node {file}',
      'bin.js',
    ]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toMatch(
      /│ before\n\s+│ \[binary output, 4\.0 KiB\]\n\s+│ after: failing now\n/,
    );
    expect(r.stdout).not.toContain('\uFFFD');
    const junit = readFileSync(join(dir, 'junit.xml'), 'utf8');
    expect(junit).toContain('[binary output, 4.0 KiB]');
    expect(junit).not.toContain('\uFFFD');
  });
});
