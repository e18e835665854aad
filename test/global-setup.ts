// Runs once around the whole suite: gives the suite a token and its own temp folder, and after the last test fails the run if a process, cgroup, container or temp folder of THIS suite is left. Other testwarden runs on the machine are not looked at.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SUITE_DIR_ENV, SUITE_ENV, recordedRunIds, suiteTemp } from './support/suite-scope.js';
import { findOwnMemoryCgroup } from '../src/core/monitor/cgroup-memory.js';

/** Whether a process's environment says it belongs to this suite (units inherit it from the runs). */
function carriesToken(pid: string, token: string): boolean {
  try {
    return readFileSync(`/proc/${pid}/environ`, 'latin1')
      .split('\0')
      .includes(`${SUITE_ENV}=${token}`);
  } catch {
    return false; // Gone, or another user's.
  }
}

function isZombie(pid: string): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] === 'Z';
  } catch {
    return true; // Gone.
  }
}

/** Live processes a testwarden run of this suite started (they carry both markers). */
function suiteUnits(token: string): string[] {
  if (process.platform !== 'linux') return [];
  const found: string[] = [];
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid) || Number(pid) === process.pid) continue;
    if (!carriesToken(pid, token) || isZombie(pid)) continue;
    try {
      if (!readFileSync(`/proc/${pid}/environ`, 'latin1').includes('TESTWARDEN_UNIT=')) continue;
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
      found.push(`${pid} ${cmd}`);
    } catch {
      // Gone meanwhile.
    }
  }
  return found;
}

/** The pids in a cgroup and every cgroup below it. */
function cgroupMembers(path: string): string[] {
  const pids: string[] = [];
  try {
    pids.push(...readFileSync(join(path, 'cgroup.procs'), 'utf8').split('\n').filter(Boolean));
    for (const name of readdirSync(path))
      if (statSync(join(path, name)).isDirectory()) pids.push(...cgroupMembers(join(path, name)));
  } catch {
    // Removed meanwhile.
  }
  return pids;
}

/** testwarden's run cgroups (`testwarden-<run id>`) at the top of the v2 mounts and in the prepared per-user subtrees. */
function runCgroups(): string[] {
  const parents: string[] = [];
  for (const mount of ['/sys/fs/cgroup/unified', '/sys/fs/cgroup']) {
    parents.push(mount);
    try {
      for (const user of readdirSync(join(mount, 'testwarden')))
        if (/^u\d+$/.test(user)) parents.push(join(mount, 'testwarden', user));
    } catch {
      // No prepared subtree there.
    }
  }
  const found: string[] = [];
  for (const parent of parents) {
    try {
      for (const name of readdirSync(parent))
        if (name.startsWith('testwarden-')) found.push(join(parent, name));
    } catch {
      // No such hierarchy.
    }
  }
  return found;
}

/** Cgroups of this suite's runs: named for one of its run ids or its token, or holding one of its processes. */
function suiteCgroups(token: string, runIds: Set<string>): string[] {
  return runCgroups().filter((path) => {
    const runId = path.slice(path.lastIndexOf('/testwarden-') + '/testwarden-'.length);
    return (
      runIds.has(runId) ||
      runId.includes(token) ||
      cgroupMembers(path).some((pid) => carriesToken(pid, token))
    );
  });
}

/** Memory cgroups the tests made (named with the token): under this process's own v1 one, or at the top of the v2 mount. */
function memoryCgroups(token: string): string[] {
  const parents = [findOwnMemoryCgroup()?.dir, '/sys/fs/cgroup/unified', '/sys/fs/cgroup'];
  const found = new Set<string>();
  for (const parent of parents) {
    if (parent === undefined) continue;
    try {
      for (const name of readdirSync(parent))
        if (name.includes(token)) found.add(join(parent, name));
    } catch {
      // No such hierarchy.
    }
  }
  return [...found];
}

/** Containers of this suite: labelled with one of its run ids, or named or labelled with its token. */
function suiteContainers(token: string, runIds: Set<string>): string[] {
  for (const engine of ['docker', 'podman']) {
    const r = spawnSync(
      engine,
      ['ps', '-a', '--format', '{{.ID}}\t{{.Names}}\t{{.Label "testwarden.run"}}'],
      { encoding: 'utf8', timeout: 10_000 },
    );
    if (r.status !== 0) continue;
    return r.stdout
      .split('\n')
      .filter(Boolean)
      .filter((line) => {
        const [, name = '', run = ''] = line.split('\t');
        return runIds.has(run) || name.includes(token) || run.includes(token);
      })
      .map((line) => `${engine} ${line.replaceAll('\t', ' ')}`);
  }
  return [];
}

let token = '';
let dir = '';

export function setup(): void {
  token = randomBytes(6).toString('hex');
  dir = join(tmpdir(), `tw-suite-${token}`);
  // Readable by the non-root user the cgroup-sudo tests run as; its temp folder writable like /tmp.
  mkdirSync(suiteTemp(dir), { recursive: true });
  chmodSync(dir, 0o755);
  chmodSync(suiteTemp(dir), 0o1777);
  // Set before the workers start: they, the runs they start and the units inherit all three.
  process.env[SUITE_ENV] = token;
  process.env[SUITE_DIR_ENV] = dir;
  process.env['TMPDIR'] = suiteTemp(dir);
}

export function teardown(): void {
  const runIds = recordedRunIds(dir);
  const left = [
    ...suiteUnits(token).map((p) => `process ${p}`),
    ...[...new Set([...suiteCgroups(token, runIds), ...memoryCgroups(token)])].map(
      (c) => `cgroup ${c}`,
    ),
    ...suiteContainers(token, runIds).map((c) => `container ${c}`),
    ...readdirSync(suiteTemp(dir)).map((t) => `temp folder ${join(suiteTemp(dir), t)}`),
  ];
  if (left.length > 0) {
    // Vitest logs an error thrown here but still exits 0: the exit code is set as well.
    process.exitCode = 1;
    throw new Error(`the test suite left things behind (kept in ${dir}):\n${left.join('\n')}`);
  }
  rmSync(dir, { recursive: true, force: true });
}
