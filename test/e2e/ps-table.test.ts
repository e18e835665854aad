// The bundled CLI with the macOS process table (`ps`) forced on Linux: hostile units' leaks found and killed, the report says which tracking was in force, and cleanup after a SIGKILLed runner finds a setsid daemon through the descendants the run recorded.
//
// On a real macOS runner the same code runs; there `ps` reads the kernel through sysctl and
// orphans go to launchd. /proc being unused by the table is proved in-process
// (test/unit/tracker/ps-table-leaks.test.ts); here the report's own account says `ps`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAlive, runCli, startCli } from '../support/cli.js';
import { waitFor } from '../support/wait-for.js';
import { readJson, suiteDir } from '../support/files.js';

const PS = { TESTWARDEN_PROCESS_TABLE: 'ps' };
const pidsOf = (dir: string, name: string) =>
  readFileSync(join(dir, `${name}.pids`), 'utf8')
    .trim()
    .split(/\s+/)
    .map(Number);

describe('ps process table (TESTWARDEN_PROCESS_TABLE=ps)', () => {
  it('finds and kills each kind of leak, and says the tracking was ps', async () => {
    // Units stay up 2 s after starting a daemon (as suites do), so a sweep sees it under them.
    const dir = suiteDir({
      'setsid.sh': 'setsid sleep 321 & echo $! > setsid.pids; sleep 2',
      'double-fork.sh':
        '(sh -c "setsid sleep 322 & echo \\$! > double-fork.pids; sleep 2" &); while [ ! -s double-fork.pids ]; do sleep 0.01; done; sleep 2',
      'nohup.sh': 'nohup sleep 323 >/dev/null 2>&1 & echo $! > nohup.pids',
      'ignores-term.sh': `node -e "process.on('SIGTERM',()=>{}); require('fs').writeFileSync('ignores-term.pids', String(process.pid)); setInterval(()=>{},1000)" & while [ ! -s ignores-term.pids ]; do sleep 0.01; done`,
    });
    const r = await runCli(
      [
        'run',
        '--cwd',
        dir,
        '--tracking',
        'process',
        '--grace-period',
        '1s',
        '--report-json',
        'r.json',
        '-c',
        'sh {file}',
        '*.sh',
      ],
      { env: PS },
    );
    const all = ['setsid', 'double-fork', 'nohup', 'ignores-term'].flatMap((n) =>
      existsSync(join(dir, `${n}.pids`)) ? pidsOf(dir, n) : [],
    );
    try {
      expect(r.code, r.stdout + r.stderr).toBe(0);
      expect(r.stdout).toContain('process tracking via ps');
      expect(r.stdout).toContain('no cgroups or marker scan on this platform');
      const report = readJson(join(dir, 'r.json'));
      expect(report.tracking).toMatchObject({ mode: 'process', processTable: 'ps' });
      for (const unit of report.units as {
        id: string;
        leaked: { pid: number; action: string }[];
      }[]) {
        const expected = pidsOf(dir, unit.id.replace(/\.sh$/, ''));
        for (const pid of expected)
          expect(unit.leaked, unit.id).toContainEqual(
            expect.objectContaining({ pid, action: 'killed' }),
          );
      }
      for (const pid of all) expect(isAlive(pid)).toBe(false);
    } finally {
      for (const pid of all) if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    }
  });

  it('cleanup after a SIGKILLed runner kills the recorded setsid daemon and the group', async () => {
    const dir = suiteDir({
      'a.sh':
        'setsid sleep 324 & echo $! > a.pids; sleep 325 & echo $! >> a.pids; sleep 1; touch started; wait',
    });
    const run = startCli(
      ['run', '--cwd', dir, '--tracking', 'process', '--no-watchdog', '-c', 'sh {file}', 'a.sh'],
      { env: PS },
    );
    await waitFor('the unit to start', () => existsSync(join(dir, 'started')));
    // The descendant is in the registry once a sweep saw it (every 250 ms; the unit waited 1 s).
    await waitFor('the daemon to be recorded', () =>
      readFileSync(join(dir, '.testwarden', 'registry.jsonl'), 'utf8').includes('"descendant"'),
    );
    run.child.kill('SIGKILL');
    await run.done;
    const pids = pidsOf(dir, 'a');
    try {
      expect(pids.every(isAlive)).toBe(true);
      const cleaned = await runCli(['cleanup', '--state-dir', join(dir, '.testwarden'), '--json'], {
        env: PS,
      });
      expect(cleaned.code, cleaned.stderr).toBe(0);
      const report = JSON.parse(cleaned.stdout);
      expect(report.processes.map((p: { pid: number }) => p.pid)).toEqual(
        expect.arrayContaining(pids),
      );
      for (const pid of pids) expect(isAlive(pid)).toBe(false);
    } finally {
      for (const pid of pids) if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    }
  });
});
