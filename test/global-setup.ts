// Runs once around the whole suite: after the last test, fails the run if a process carrying a testwarden marker, a testwarden cgroup, a labelled container or a temp folder of the tests is left.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function markedProcesses(): string[] {
  if (process.platform !== 'linux') return [];
  const found: string[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    try {
      const env = readFileSync(`/proc/${name}/environ`);
      if (!env.includes('TESTWARDEN_UNIT=')) continue;
      const stat = readFileSync(`/proc/${name}/stat`, 'latin1');
      const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
      if (state === 'Z') continue;
      const cmd = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').join(' ').trim();
      found.push(`${name} ${cmd}`);
    } catch {
      // Gone or not readable.
    }
  }
  return found;
}

/** testwarden cgroups under the v2 mounts seen here and on pure-v2 machines. */
function runCgroups(): string[] {
  const found: string[] = [];
  for (const root of ['/sys/fs/cgroup/unified', '/sys/fs/cgroup']) {
    try {
      for (const name of readdirSync(root))
        if (name.startsWith('testwarden-')) found.push(`${root}/${name}`);
    } catch {
      // No such hierarchy.
    }
  }
  return found;
}

/** Containers carrying testwarden's run label, when an engine answers. */
function labelledContainers(): string[] {
  for (const engine of ['docker', 'podman']) {
    const r = spawnSync(
      engine,
      ['ps', '-a', '--filter', 'label=testwarden.run', '--format', '{{.ID}} {{.Names}}'],
      {
        encoding: 'utf8',
        timeout: 10_000,
      },
    );
    if (r.status === 0)
      return r.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => `${engine} ${l}`);
  }
  return [];
}

/**
 * Temp folders the tests make (their `tw-` and `testwarden-` prefixes) and the ones the tools they
 * drive make for them (Chromium's artifacts, podman's runtime folders for a non-root user).
 */
const TEMP_PREFIXES = /^(tw-|testwarden-|playwright-artifacts-|containers-user-|podman-run-)/;

function tempFolders(): string[] {
  try {
    return readdirSync(tmpdir())
      .filter((name) => TEMP_PREFIXES.test(name))
      .map((name) => join(tmpdir(), name));
  } catch {
    return [];
  }
}

let before = new Set<string>();
let tempsBefore = new Set<string>();
let cgroupsBefore = new Set<string>();
let containersBefore = new Set<string>();

export function setup(): void {
  before = new Set(markedProcesses());
  cgroupsBefore = new Set(runCgroups());
  containersBefore = new Set(labelledContainers());
  tempsBefore = new Set(tempFolders());
  if (before.size > 0) {
    // Left by something else before the suite started: say so, but do not blame the suite.
    console.warn(
      `note: processes with a testwarden marker were alive before the tests:\n${[...before].join('\n')}`,
    );
  }
}

export function teardown(): void {
  const left = [
    ...markedProcesses()
      .filter((p) => !before.has(p))
      .map((p) => `process ${p}`),
    ...runCgroups()
      .filter((c) => !cgroupsBefore.has(c))
      .map((c) => `cgroup ${c}`),
    ...labelledContainers()
      .filter((c) => !containersBefore.has(c))
      .map((c) => `container ${c}`),
    ...tempFolders()
      .filter((t) => !tempsBefore.has(t))
      .map((t) => `temp folder ${t}`),
  ];
  if (left.length > 0) {
    // Vitest logs an error thrown here but still exits 0: the exit code is set as well.
    process.exitCode = 1;
    throw new Error(`the test suite left things behind:\n${left.join('\n')}`);
  }
}
