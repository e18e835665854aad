// With --preset: the framework's files (Go: packages) cut into batches, each one unit run by one framework process, balanced by recorded durations.
import { invalidOption } from '../errors.js';
import { medianOf } from '../checkpoint/order-units.js';
import type { Unit } from '../types.js';

/** Files per batch: a number (1: one file per unit), or `auto` (as many batches as lanes). */
export type BatchSize = number | 'auto';

/** More files per batch than any suite has: one batch. */
export const MAX_BATCH_SIZE = 1_000_000;

export const BATCH_FORM = `a number of files per batch from 1 to ${MAX_BATCH_SIZE} (1: one file per unit), or auto (batches for --jobs)`;

/** `--batch N|auto`, validated where it enters. */
export function parseBatch(name: string, value: string): BatchSize {
  const text = value.trim().toLowerCase();
  if (text === 'auto') return 'auto';
  if (/^\d{1,7}$/.test(text)) {
    const size = Number(text);
    if (size >= 1 && size <= MAX_BATCH_SIZE) return size;
  }
  throw invalidOption(name, BATCH_FORM, value);
}

export interface BatchInput {
  /** The preset's name, the start of each batch's id. */
  preset: string;
  /** What the framework discovered (this shard's files with --shard). */
  files: readonly string[];
  /** Undefined: the files as one batch. */
  size: BatchSize | undefined;
  jobs: number;
  /** Recorded duration per file (ms), from the durations history. */
  durations: ReadonlyMap<string, number>;
  /** With --shard: the shard's name goes into each batch id, so ids stay apart when shards are merged. */
  shard?: { index: number; total: number };
}

export interface Batches {
  units: Unit[];
  /** `durations`: balanced by the recorded durations; `count`: none recorded, balanced by the number of files. */
  mode: 'durations' | 'count';
}

/**
 * How many batches `auto` makes: two per lane (one lane: one batch, the framework's own run),
 * never more than files. One per lane would be enough when the recorded durations are right;
 * two let a lane whose batch ends early take another when they are not (noise, a new slow test,
 * no history yet) for one more framework start per lane. The count does not depend on the
 * history, so the batch ids a resume looks for stay the same after the run updates it.
 */
export function autoBatchCount(files: number, jobs: number): number {
  return Math.min(files, jobs <= 1 ? 1 : 2 * jobs);
}

/**
 * The batches of a preset run, in the order of their ids. `size` N: ceil(files / N) batches of at
 * most N files; a size of 1 makes each file a unit whose id is the file. The files go longest
 * first (a file without a recorded duration counts as the median of the known ones; with none
 * known every file counts the same, so batches differ by at most one file) into the batch with
 * the least total so far that still has room, ties to the lower batch and by file name, so the
 * same files and durations always give the same batches.
 */
export function planBatches(input: BatchInput): Batches {
  const files = [...new Set(input.files)].sort(compare);
  const known = new Map<string, number>();
  for (const file of files) {
    const ms = input.durations.get(file);
    if (ms !== undefined && Number.isFinite(ms) && ms >= 0) known.set(file, ms);
  }
  const mode = known.size > 0 ? 'durations' : 'count';
  const prefix = input.shard
    ? `${input.preset} shard ${input.shard.index}/${input.shard.total}`
    : input.preset;
  if (files.length === 0) return { units: [], mode };
  if (input.size === 1) return { units: files.map((f) => ({ id: f, file: f, files: [f] })), mode };
  const count =
    input.size === undefined
      ? 1
      : input.size === 'auto'
        ? autoBatchCount(files.length, input.jobs)
        : Math.ceil(files.length / input.size);
  if (count <= 1) return { units: [{ id: prefix, file: prefix, files }], mode };
  const capacity = input.size === 'auto' ? Infinity : input.size!;
  const median = medianOf([...known.values()]);
  const keyed = files.map((file) => ({ file, ms: known.get(file) ?? (known.size ? median : 1) }));
  keyed.sort((a, b) => b.ms - a.ms || compare(a.file, b.file));
  const batches: string[][] = Array.from({ length: count }, () => []);
  // The lightest batch with room, ties to the lower one: a binary heap, O(log B) per file.
  const heap = new BatchHeap(count);
  for (const { file, ms } of keyed) {
    const lightest = heap.pop();
    batches[lightest.batch]!.push(file);
    lightest.load += ms;
    if (batches[lightest.batch]!.length < capacity) heap.push(lightest);
  }
  return {
    units: batches.map((list, i) => {
      const id = `${prefix} batch ${i + 1}/${count}`;
      return { id, file: id, files: list.sort(compare) };
    }),
    mode,
  };
}

interface Load {
  batch: number;
  load: number;
}

/** A min-heap of batch loads, ties to the lower batch. */
class BatchHeap {
  readonly #items: Load[];
  constructor(n: number) {
    this.#items = Array.from({ length: n }, (_, batch) => ({ batch, load: 0 }));
  }
  pop(): Load {
    const items = this.#items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length > 0) {
      items[0] = last;
      this.#down(0);
    }
    return top;
  }
  push(item: Load): void {
    const items = this.#items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(items[i]!, items[parent]!)) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }
  #down(start: number): void {
    const items = this.#items;
    let i = start;
    for (;;) {
      const left = 2 * i + 1;
      let least = i;
      if (left < items.length && before(items[left]!, items[least]!)) least = left;
      if (left + 1 < items.length && before(items[left + 1]!, items[least]!)) least = left + 1;
      if (least === i) return;
      [items[i], items[least]] = [items[least]!, items[i]!];
      i = least;
    }
  }
}

function before(a: Load, b: Load): boolean {
  return a.load < b.load || (a.load === b.load && a.batch < b.batch);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
