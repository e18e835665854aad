// Runs once around the whole suite: after the last test, fails the run if any process carrying a testwarden marker (TESTWARDEN_UNIT) is still alive.
import { readdirSync, readFileSync } from 'node:fs';

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

let before = new Set<string>();

export function setup(): void {
  before = new Set(markedProcesses());
  if (before.size > 0) {
    // Left by something else before the suite started: say so, but do not blame the suite.
    console.warn(
      `note: processes with a testwarden marker were alive before the tests:\n${[...before].join('\n')}`,
    );
  }
}

export function teardown(): void {
  const left = markedProcesses().filter((p) => !before.has(p));
  if (left.length > 0) {
    throw new Error(`the test suite left processes running:\n${left.join('\n')}`);
  }
}
