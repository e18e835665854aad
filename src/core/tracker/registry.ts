// The registry: an append-only file in the state dir naming every process group and container a run started, so cleanup, the post step and the watchdog can act without the runner.
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from '../zod-mini.js';
import { readBounded } from '../checkpoint/read-bounded.js';

export const REGISTRY_FILE = 'registry.jsonl';
/** Far above what a run writes (a few short lines a unit attempt), far below what would hurt to read. */
const MAX_REGISTRY_BYTES = 64 * 1024 * 1024;

const pid = z.number().check(z.int(), z.positive());
const startTime = z.number().check(z.nonnegative());
const text = z.string().check(z.maxLength(4096));

/** What a line may hold; a line that is anything else is skipped whole. */
const entrySchema = z.discriminatedUnion('kind', [
  /** The runner itself. */
  z.object({ kind: z.literal('run'), runId: text, pid, startTime, at: z.number() }),
  /** A unit's process group leader (pgid = pid), with its start time so a reused pid is never signalled. */
  z.object({
    kind: z.literal('unit'),
    runId: text,
    unitId: text,
    attempt: z.number().check(z.int(), z.positive()),
    pid,
    startTime,
    at: z.number(),
    /** The unit's cgroup (cgroup tracking): cleanup kills it whole and removes it. */
    cgroup: z.optional(text),
  }),
  /** A process seen descending from a unit's leader (tables without a marker scan: macOS, Windows). */
  z.object({
    kind: z.literal('descendant'),
    runId: text,
    unitPid: pid,
    unitStartTime: startTime,
    pid,
    startTime,
  }),
  /** The run's own cgroup (parent of the units' cgroups). */
  z.object({ kind: z.literal('cgroup'), runId: text, path: text }),
  /** The unit's group was seen empty after its sweep. */
  z.object({ kind: z.literal('unit-end'), pid, startTime }),
  /** `id` is the full id once the container exists; an isolated unit's is its name until then. */
  z.object({
    kind: z.literal('container'),
    runId: text,
    id: text,
    name: text,
    unitId: z.nullable(text),
  }),
  /** Everything recorded above was cleaned up. */
  z.object({ kind: z.literal('cleaned'), at: z.number() }),
]);

/**
 * A registry line. The file is in the state dir, which units can write: every entry is a claim,
 * and cleanup acts on one only once the target itself proves it (see registry-claims.ts).
 */
export type RegistryEntry = z.infer<typeof entrySchema>;

export class Registry {
  readonly path: string;
  /**
   * During a run: takes a failed append (disk full, state dir removed) and answers true when the
   * run is being stopped for it, so the caller goes on; without it, or on false, add() throws.
   */
  onWriteError: ((error: unknown, path: string) => boolean) | undefined;

  constructor(stateDir: string) {
    this.path = join(stateDir, REGISTRY_FILE);
  }

  /** Starts a new registry for a run (the previous one must have been cleaned up first). */
  begin(entry: Extract<RegistryEntry, { kind: 'run' }>): void {
    writeFileSync(this.path, `${JSON.stringify(entry)}\n`);
  }

  /** Appends synchronously: the line is on disk before the caller goes on, so a crash cannot lose it. */
  add(entry: RegistryEntry): void {
    try {
      appendFileSync(this.path, `${JSON.stringify(entry)}\n`);
    } catch (error) {
      if (!this.onWriteError?.(error, this.path)) throw error;
    }
  }

  /**
   * Every well-formed entry; a torn last line (a crash mid-write), garbage or a line of the wrong
   * shape is skipped. A missing file is an empty registry; one that cannot be read throws an
   * error naming it, so no caller takes it for "nothing to clean up".
   */
  read(): RegistryEntry[] {
    const read = this.readChecked();
    if (read.problem) throw new Error(`cannot read the registry ${read.problem}`);
    return read.entries;
  }

  /** The same, with how many lines were skipped and why the file could not be read at all. */
  readChecked(): { entries: RegistryEntry[]; skipped: number; problem?: string } {
    const file = readBounded(this.path, MAX_REGISTRY_BYTES);
    if (file.kind === 'missing') return { entries: [], skipped: 0 };
    if (file.kind === 'unusable')
      return { entries: [], skipped: 0, problem: `${this.path} ${file.why}` };
    const entries: RegistryEntry[] = [];
    let skipped = 0;
    for (const line of file.content.split('\n')) {
      if (line.trim() === '') continue;
      try {
        const value = entrySchema.safeParse(JSON.parse(line));
        if (value.success) entries.push(value.data);
        else skipped++;
      } catch {
        skipped++; // Torn or foreign line.
      }
    }
    return { entries, skipped };
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
