// Splits the units of a run into N shards: by a stable hash of each id, or balanced by recorded durations (longest first).
import { createHash } from 'node:crypto';
import { invalidOption } from '../errors.js';
import { medianOf } from '../checkpoint/order-units.js';
import type { ShardInfo, ShardMode, Unit } from '../types.js';

export const MAX_SHARDS = 1024;

/** One shard of N; `index` is 1-based whatever form the user wrote. */
export interface ShardSpec {
  index: number;
  total: number;
}

const EXPECTED =
  `I/N, 1-based, with 1 <= I <= N <= ${MAX_SHARDS} (such as "2/4"), ` +
  `or index:I/N, zero-based as strategy.job-index is, with 0 <= I < N (such as "index:1/4")`;

/**
 * `I/N` is shard I of N counted from 1, as `--shard` of Jest, Vitest and Playwright. The
 * zero-based form needs the `index:` prefix (`index:${{ strategy.job-index }}/${{ strategy.job-total }}`),
 * so "1/4" never means two different shards depending on who wrote it; a bare "0/N" is rejected
 * with a message pointing at that form.
 */
export function parseShard(value: string, optionName: string): ShardSpec {
  const text = value.trim();
  const match = /^(index:)?(\d{1,6})\/(\d{1,6})$/.exec(text);
  if (match === null) throw invalidOption(optionName, EXPECTED, value);
  const zeroBased = match[1] !== undefined;
  const given = Number(match[2]);
  const total = Number(match[3]);
  const index = zeroBased ? given + 1 : given;
  if (total < 1 || total > MAX_SHARDS || index < 1 || index > total) {
    throw invalidOption(optionName, EXPECTED, value);
  }
  return { index, total };
}

/**
 * Every unit in exactly one of `n` shards; the same units and durations give the same split in
 * any input order.
 *
 * - Without a recorded duration for any of the units: rendezvous (highest random weight) hashing
 *   of the unit id. A unit's shard depends on its id and `n` only, so adding or removing units
 *   moves no other unit, and going from N to N+1 shards moves about 1/(N+1) of them. Shard sizes
 *   are only statistically even (a binomial spread of counts).
 * - With durations: longest-processing-time first. Units sorted by duration, longest first (ties
 *   by id), each to the shard with the least total so far (ties to the lowest shard). The largest
 *   shard is at most total/N plus the longest unit. A unit without a duration counts as the
 *   median of the known ones. The price: a changed duration or unit list can move many units
 *   between shards. Balance is what sharding is for, and nothing in testwarden depends on a unit
 *   staying in its shard from one run to the next; within a run every shard must see the same
 *   durations (see docs/sharding.md).
 */
export function splitShards(
  units: readonly Unit[],
  n: number,
  durations?: ReadonlyMap<string, number>,
): Unit[][] {
  return split(units, n, durations).shards;
}

function split(
  units: readonly Unit[],
  n: number,
  durations: ReadonlyMap<string, number> | undefined,
): { shards: Unit[][]; mode: ShardMode } {
  if (!Number.isInteger(n) || n < 1 || n > MAX_SHARDS) {
    throw invalidOption('shards', `a whole number from 1 to ${MAX_SHARDS}`, n);
  }
  const known = knownDurations(units, durations);
  return known.size > 0
    ? { shards: splitByDuration(units, n, known), mode: 'durations' }
    : { shards: splitByHash(units, n), mode: 'hash' };
}

/** The units of one shard, in the order given. */
export function selectShard(
  units: readonly Unit[],
  shard: ShardSpec,
  durations?: ReadonlyMap<string, number>,
): Unit[] {
  return planShard(units, shard, durations).units;
}

/** The units of one shard (in the order given) and the facts its report should carry. */
export function planShard(
  units: readonly Unit[],
  shard: ShardSpec,
  durations?: ReadonlyMap<string, number>,
): { units: Unit[]; info: ShardInfo } {
  const { shards, mode } = split(units, shard.total, durations);
  if (!Number.isInteger(shard.index) || shard.index < 1 || shard.index > shard.total) {
    throw invalidOption('shard', `an index from 1 to ${shard.total}`, shard.index);
  }
  const chosen = new Set(shards[shard.index - 1]);
  const digest = createHash('sha256');
  for (const list of shards) digest.update(JSON.stringify(list.map((u) => u.id).sort(compareIds)));
  return {
    units: units.filter((u) => chosen.has(u)),
    info: {
      index: shard.index,
      total: shard.total,
      units: units.length,
      mode,
      plan: digest.digest('hex').slice(0, 16),
    },
  };
}

function knownDurations(
  units: readonly Unit[],
  durations: ReadonlyMap<string, number> | undefined,
): Map<string, number> {
  const known = new Map<string, number>();
  for (const unit of units) {
    const ms = durations?.get(unit.id);
    if (ms !== undefined && Number.isFinite(ms) && ms >= 0) known.set(unit.id, ms);
  }
  return known;
}

function splitByHash(units: readonly Unit[], n: number): Unit[][] {
  const shards: Unit[][] = Array.from({ length: n }, () => []);
  const seeds = Array.from({ length: n }, (_, s) => mix32(Math.imul(s + 1, 0x9e3779b9)));
  for (const unit of units) {
    const digest = createHash('sha256').update(unit.id).digest();
    const a = digest.readUInt32BE(0);
    const b = digest.readUInt32BE(4);
    let best = 0;
    let bestWeight = -1;
    for (let s = 0; s < n; s++) {
      const weight = mix32(a ^ mix32(b ^ seeds[s]!));
      if (weight > bestWeight) {
        best = s;
        bestWeight = weight;
      }
    }
    shards[best]!.push(unit);
  }
  return shards;
}

/** MurmurHash3's finalizer: spreads every input bit over the 32-bit result. */
function mix32(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function splitByDuration(units: readonly Unit[], n: number, known: Map<string, number>): Unit[][] {
  const median = medianOf([...known.values()]);
  const keyed = units.map((unit) => ({ unit, ms: known.get(unit.id) ?? median }));
  keyed.sort((x, y) => y.ms - x.ms || compareIds(x.unit.id, y.unit.id));
  const shards: Unit[][] = Array.from({ length: n }, () => []);
  const loads = new LoadHeap(n);
  for (const { unit, ms } of keyed) {
    shards[loads.addToLightest(ms)]!.push(unit);
  }
  return shards;
}

/** A min-heap of shard loads, ties to the lower shard index: O(log N) per unit. */
class LoadHeap {
  private readonly heap: { shard: number; load: number }[];
  constructor(n: number) {
    this.heap = Array.from({ length: n }, (_, shard) => ({ shard, load: 0 }));
  }
  /** Adds `ms` to the lightest shard and returns that shard. */
  addToLightest(ms: number): number {
    const heap = this.heap;
    const root = heap[0]!;
    root.load += ms;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let least = i;
      if (left < heap.length && lighter(heap[left]!, heap[least]!)) least = left;
      if (right < heap.length && lighter(heap[right]!, heap[least]!)) least = right;
      if (least === i) return root.shard;
      [heap[i], heap[least]] = [heap[least]!, heap[i]!];
      i = least;
    }
  }
}

function lighter(a: { shard: number; load: number }, b: { shard: number; load: number }): boolean {
  return a.load < b.load || (a.load === b.load && a.shard < b.shard);
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
