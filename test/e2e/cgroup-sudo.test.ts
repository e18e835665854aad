// --cgroup-sudo as a real non-root user with passwordless sudo (GitHub's hosted runners work this way): the run gets a cgroup subtree, and a process that left the unit's group with an empty environment is still found and killed.
//
// Needs root (to make the user's folder and clean the subtree up) and a user named by
// TESTWARDEN_SUDO_USER with passwordless sudo; .ci/run creates one. Outside CI the tests are
// skipped without it; in CI a missing user fails them.
import { execFile, spawnSync } from 'node:child_process';
import {
  chownSync,
  cpSync,
  existsSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, isAlive } from '../support/cli.js';
import { recordRunIdsIn } from '../support/suite-scope.js';
import { tempDir } from '../support/temp-dir.js';
import { waitFor } from '../support/wait-for.js';
import { noticeSkipped } from '../support/skip-notice.js';

const USER = process.env['TESTWARDEN_SUDO_USER'];
const WANTED = process.platform === 'linux' && (USER !== undefined || process.env['CI'] === 'true');
const MOUNTS = ['/sys/fs/cgroup/unified', '/sys/fs/cgroup'];
if (!WANTED) {
  noticeSkipped(
    '--cgroup-sudo tests',
    process.platform === 'linux'
      ? 'set TESTWARDEN_SUDO_USER to a non-root user with passwordless sudo, and run them as root'
      : 'they need Linux',
  );
}

/** A unit whose child leaves the unit's process group and drops its environment (no marker). */
const ESCAPE = `
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const child = spawn('setsid', ['env', '-i', 'sleep', '300'], { stdio: 'ignore' });
child.unref();
// Exit only once it runs sleep, so it has left the group: the end-of-unit kill must not race it.
const deadline = Date.now() + 10000;
const cmdline = () => { try { return fs.readFileSync('/proc/' + child.pid + '/cmdline', 'latin1'); } catch { return ''; } };
const poll = () => {
  if (cmdline().startsWith('sleep') || Date.now() > deadline) fs.writeFileSync('escapee.pid', String(child.pid));
  else setTimeout(poll, 5);
};
poll();
`;

function idOf(flag: '-u' | '-g'): number {
  const r = spawnSync('id', [flag, USER ?? ''], { encoding: 'utf8' });
  if (r.status !== 0)
    throw new Error(`TESTWARDEN_SUDO_USER=${USER}: no such user (${r.stderr.trim()})`);
  return Number(r.stdout.trim());
}

interface UserRun {
  dir: string;
  code: number;
  stdout: string;
  stderr: string;
  /** The pid of the process the unit let escape. */
  escapee(): number;
}

/**
 * `testwarden run` of the escaping unit as the user, without container tracking, plus `options`.
 * The folder, the unit and a copy of the bundled CLI (self-contained) are the user's: the checkout
 * may be where the user cannot read.
 */
function runEscapeAsUser(options: string[] = []): Promise<UserRun> {
  const dir = tempDir('tw-sudo-');
  writeFileSync(join(dir, 'escape.js'), ESCAPE);
  const cli = join(dir, 'cli', 'index.js');
  cpSync(dirname(CLI), dirname(cli), { recursive: true });
  for (const path of [dir, join(dir, 'escape.js'), dirname(cli), cli])
    chownSync(path, idOf('-u'), idOf('-g'));
  const args = [
    'run',
    '--cwd',
    dir,
    '--containers',
    'off',
    ...options,
    '-c',
    'node {file}',
    'escape.js',
  ];
  return new Promise((resolve) => {
    // runuser keeps PATH.
    execFile(
      'runuser',
      ['-u', USER ?? '', '--', process.execPath, cli, ...args],
      { timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) => {
        recordRunIdsIn(stdout);
        resolve({
          dir,
          code: error ? Number(error.code ?? 1) : 0,
          stdout,
          stderr,
          escapee: () => Number(readFileSync(join(dir, 'escapee.pid'), 'utf8')),
        });
      },
    );
  });
}

/** Where --cgroup-sudo puts the user's subtree: `testwarden/u<uid>` under the v2 mount. */
function userSubtree(): string | undefined {
  return MOUNTS.map((m) => join(m, 'testwarden', `u${idOf('-u')}`)).find((p) => existsSync(p));
}

/** The user's subtree (and the empty leaves left in it) removed after the tests; the shared folder too once empty. */
function removeSubtree(): void {
  const remove = (path: string) => {
    for (const name of readdirSync(path)) {
      const child = join(path, name);
      if (statSync(child).isDirectory()) remove(child);
    }
    rmdirSync(path);
  };
  const mine = userSubtree();
  if (mine === undefined) return;
  remove(mine);
  const shared = dirname(mine);
  if (readdirSync(shared).every((name) => !statSync(join(shared, name)).isDirectory())) {
    rmdirSync(shared);
  }
}

describe.skipIf(!WANTED)('--cgroup-sudo as a non-root user with passwordless sudo', () => {
  afterAll(removeSubtree);

  it('changes nothing on the machine when the run stops at a usage error', async () => {
    removeSubtree();
    const run = await runEscapeAsUser(['--cgroup-sudo', '--state-dir', '/root/not-yours']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--state-dir');
    expect(userSubtree()).toBeUndefined();
  });

  it('without it the run tracks process groups and misses the escaped process', async () => {
    const run = await runEscapeAsUser();
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('process tracking');
    // What the cgroup is for: nothing else can find it. Ended here by pid, as the test started it.
    const escapee = run.escapee();
    expect(isAlive(escapee)).toBe(true);
    process.kill(escapee, 'SIGKILL');
    await waitFor('the escaped process to end', () => !isAlive(escapee));
  });

  it('with it every unit runs in a cgroup, and the escaped process is found and killed', async () => {
    const run = await runEscapeAsUser(['--cgroup-sudo', '--report-json', 'r.json']);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('cgroup tracking');
    expect(isAlive(run.escapee())).toBe(false);
    const report = JSON.parse(readFileSync(join(run.dir, 'r.json'), 'utf8'));
    expect(report.units[0].leaked.map((l: { pid: number }) => l.pid)).toContain(run.escapee());
    // The user's subtree is the user's, the folder holding it root's; the units' cgroups are gone.
    const subtree = userSubtree();
    expect(subtree).toBeDefined();
    expect(statSync(subtree!).uid).toBe(idOf('-u'));
    expect(statSync(dirname(subtree!)).uid).toBe(0);
    expect(readdirSync(subtree!).filter((name) => name.startsWith('testwarden-'))).toEqual([]);
  });

  it('runs started at once by the same user each get their cgroups', async () => {
    const runs = await Promise.all([1, 2, 3, 4].map(() => runEscapeAsUser(['--cgroup-sudo'])));
    for (const run of runs) {
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.stdout, run.stderr).toContain('cgroup tracking');
      expect(isAlive(run.escapee())).toBe(false);
    }
  });
});
