// The registry: an append-only file in the state dir naming every process group and container a run started, so cleanup, the post step and the watchdog can act without the runner.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const REGISTRY_FILE = 'registry.jsonl';

export type RegistryEntry =
  /** The runner itself. */
  | { kind: 'run'; runId: string; pid: number; startTime: number; at: number }
  /** A unit's process group leader (pgid = pid), with its start time so a reused pid is never signalled. */
  | {
      kind: 'unit';
      runId: string;
      unitId: string;
      attempt: number;
      pid: number;
      startTime: number;
      at: number;
      /** The unit's cgroup (cgroup tracking): cleanup kills it whole and removes it. */
      cgroup?: string;
    }
  /** A process seen descending from a unit's leader (tables without a marker scan: macOS, Windows). */
  | {
      kind: 'descendant';
      runId: string;
      unitPid: number;
      unitStartTime: number;
      pid: number;
      startTime: number;
    }
  /** The run's own cgroup (parent of the units' cgroups). */
  | { kind: 'cgroup'; runId: string; path: string }
  /** The unit's group was seen empty after its sweep. */
  | { kind: 'unit-end'; pid: number; startTime: number }
  | { kind: 'container'; runId: string; id: string; name: string; unitId: string | null }
  /** Everything recorded above was cleaned up. */
  | { kind: 'cleaned'; at: number };

export class Registry {
  readonly path: string;

  constructor(stateDir: string) {
    this.path = join(stateDir, REGISTRY_FILE);
  }

  /** Starts a new registry for a run (the previous one must have been cleaned up first). */
  begin(entry: Extract<RegistryEntry, { kind: 'run' }>): void {
    writeFileSync(this.path, `${JSON.stringify(entry)}\n`);
  }

  /** Appends synchronously: the line is on disk before the caller goes on, so a crash cannot lose it. */
  add(entry: RegistryEntry): void {
    appendFileSync(this.path, `${JSON.stringify(entry)}\n`);
  }

  /**
   * Every well-formed entry; a torn last line (a crash mid-write) or garbage is skipped. A missing
   * file is an empty registry; one that cannot be read throws an error naming it, so no caller
   * takes it for "nothing to clean up".
   */
  read(): RegistryEntry[] {
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw new Error(`cannot read the registry ${this.path}: ${(error as Error).message}`, {
        cause: error,
      });
    }
    const entries: RegistryEntry[] = [];
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      try {
        const value = JSON.parse(line) as RegistryEntry;
        if (value && typeof value === 'object' && typeof value.kind === 'string')
          entries.push(value);
      } catch {
        // Torn or foreign line: ignore it.
      }
    }
    return entries;
  }
}

/** What is still to clean up: entries after the last `cleaned` mark, minus units seen ended. */
export function pendingEntries(entries: readonly RegistryEntry[]): {
  runs: Extract<RegistryEntry, { kind: 'run' }>[];
  units: Extract<RegistryEntry, { kind: 'unit' }>[];
  containers: Extract<RegistryEntry, { kind: 'container' }>[];
  cgroups: Extract<RegistryEntry, { kind: 'cgroup' }>[];
  descendants: Extract<RegistryEntry, { kind: 'descendant' }>[];
} {
  let from = 0;
  entries.forEach((e, i) => {
    if (e.kind === 'cleaned') from = i + 1;
  });
  const tail = entries.slice(from);
  const ended = new Set(
    tail.filter((e) => e.kind === 'unit-end').map((e) => `${e.pid}:${e.startTime}`),
  );
  return {
    runs: tail.filter((e) => e.kind === 'run'),
    units: tail.filter(
      (e) => e.kind === 'unit' && !ended.has(`${e.pid}:${e.startTime}`),
    ) as Extract<RegistryEntry, { kind: 'unit' }>[],
    containers: tail.filter((e) => e.kind === 'container'),
    cgroups: tail.filter((e) => e.kind === 'cgroup'),
    descendants: tail.filter(
      (e) => e.kind === 'descendant' && !ended.has(`${e.unitPid}:${e.unitStartTime}`),
    ) as Extract<RegistryEntry, { kind: 'descendant' }>[],
  };
}
