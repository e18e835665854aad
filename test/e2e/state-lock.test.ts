// A second run on a state dir in use is refused before it touches anything there: the live run keeps its logs.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, startCli } from '../support/cli.js';
import { suiteDir } from '../support/files.js';
import { waitFor } from '../support/wait-for.js';

describe('state dir lock', () => {
  it('refuses a second run (exit 2) before the live run loses its failed unit log', async () => {
    const dir = suiteDir({
      'a-fails.sh': 'echo boom-from-a; exit 1',
      'b-waits.sh': 'touch b-started; while [ ! -e go ]; do sleep 0.05; done',
    });
    const stateDir = join(dir, '.testwarden');
    const first = startCli(['run', '--cwd', dir, '--no-watchdog', '-c', 'sh {file}', '*.sh']);
    try {
      await waitFor('the second unit to start', () => existsSync(join(dir, 'b-started')), 20_000);
      const logs = () => readdirSync(join(stateDir, 'logs'));
      expect(logs().some((f) => f.startsWith('a-fails.sh'))).toBe(true);

      const second = await runCli([
        'run',
        '--cwd',
        dir,
        '--no-watchdog',
        '-c',
        'sh {file}',
        '*.sh',
      ]);
      expect(second.code).toBe(2);
      expect(second.stderr).toContain(`another testwarden run (pid ${first.child.pid})`);
      const log = logs().find((f) => f.startsWith('a-fails.sh'))!;
      expect(readFileSync(join(stateDir, 'logs', log), 'utf8')).toContain('boom-from-a');

      const cleanup = await runCli(['cleanup', '--state-dir', stateDir]);
      expect(cleanup.code).toBe(2);
    } finally {
      // Even when an assertion failed: the first run must end before its folder is removed.
      writeFileSync(join(dir, 'go'), '');
      await first.done;
    }
    const done = await first.done;
    expect(done.code).toBe(1);
    expect(done.stdout).toContain('boom-from-a');
  });
});
