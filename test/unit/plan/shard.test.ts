// Sharding: the I/N and index:I/N forms, one shard per unit, determinism, few moves in hash mode, balance by durations.
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/core/errors.js';
import { parseShard, planShard, selectShard, splitShards } from '../../../src/core/plan/shard.js';
import type { Unit } from '../../../src/core/types.js';
import { seededRandom } from '../../support/prng.js';

const unitsNamed = (ids: readonly string[]): Unit[] => ids.map((id) => ({ id, file: id }));
const suite = (count: number, from = 0): Unit[] =>
  unitsNamed(Array.from({ length: count }, (_, i) => `test/module-${i + from}.test.ts`));

/** Log-normal durations (median 2 s): most units short, a few several times longer. */
function longTailed(units: readonly Unit[], seed: number, sigma = 1): Map<string, number> {
  const random = seededRandom(seed);
  return new Map(
    units.map((u) => {
      const z = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
      return [u.id, Math.round(2000 * Math.exp(sigma * z))];
    }),
  );
}

/** Pareto durations (shape 1.3, at least 500 ms): a heavy tail, a unit may dwarf the rest. */
function pareto(units: readonly Unit[], seed: number): Map<string, number> {
  const random = seededRandom(seed);
  return new Map(units.map((u) => [u.id, Math.round(500 / Math.pow(1 - random(), 1 / 1.3))]));
}

const loadsOf = (shards: Unit[][], durations: ReadonlyMap<string, number>) =>
  shards.map((s) => s.reduce((sum, u) => sum + durations.get(u.id)!, 0));

const shardOf = (shards: Unit[][]) =>
  new Map(shards.flatMap((list, s) => list.map((u) => [u.id, s] as const)));

describe('parseShard', () => {
  it('reads I/N as 1-based and index:I/N as zero-based', () => {
    expect(parseShard('2/4', '--shard')).toEqual({ index: 2, total: 4 });
    expect(parseShard(' 1/1 ', '--shard')).toEqual({ index: 1, total: 1 });
    expect(parseShard('1024/1024', '--shard')).toEqual({ index: 1024, total: 1024 });
    expect(parseShard('index:0/4', 'shard')).toEqual({ index: 1, total: 4 });
    expect(parseShard('index:3/4', 'shard')).toEqual({ index: 4, total: 4 });
  });

  it.each(['0/4', '5/4', '1/0', 'index:4/4', '2/1025', '2 of 4', '2/4/8', '-1/4', '', 'index:/4'])(
    'rejects %j naming the option, the forms and the value',
    (value) => {
      const error = (() => {
        try {
          parseShard(value, '--shard');
        } catch (e) {
          return e;
        }
        throw new Error('no error');
      })();
      expect(error).toBeInstanceOf(UsageError);
      const message = (error as Error).message;
      expect(message).toMatch(/^--shard: expected I\/N, 1-based/);
      expect(message).toContain('index:I/N');
      expect(message).toContain(`got ${JSON.stringify(value)}`);
    },
  );
});

describe('splitShards', () => {
  const units = suite(300);

  it.each([false, true])(
    'puts every unit in exactly one shard for N = 1…8 (durations: %s)',
    (timed) => {
      const durations = timed ? longTailed(units, 7) : undefined;
      for (let n = 1; n <= 8; n++) {
        const shards = splitShards(units, n, durations);
        expect(shards).toHaveLength(n);
        const ids = shards.flat().map((u) => u.id);
        expect(ids).toHaveLength(units.length);
        expect(new Set(ids)).toEqual(new Set(units.map((u) => u.id)));
      }
    },
  );

  it('gives the same split for the same units, in any order', () => {
    const random = seededRandom(99);
    const shuffled = units
      .map((u) => ({ u, key: random() }))
      .sort((a, b) => a.key - b.key)
      .map((x) => x.u);
    const durations = longTailed(units, 3);
    for (const d of [undefined, durations]) {
      const a = splitShards(units, 5, d).map((s) => s.map((u) => u.id).sort());
      const b = splitShards(shuffled, 5, d).map((s) => s.map((u) => u.id).sort());
      expect(b).toEqual(a);
      expect(splitShards(units, 5, d)).toEqual(splitShards(units, 5, d));
    }
  });

  it('by hash, adding 5 and removing 5 of 300 units moves no other unit', () => {
    const changed = [...units.slice(5), ...suite(5, 1000)];
    for (const n of [2, 4, 8]) {
      const before = shardOf(splitShards(units, n));
      const after = shardOf(splitShards(changed, n));
      const moved = units.slice(5).filter((u) => before.get(u.id) !== after.get(u.id));
      expect(moved).toEqual([]);
    }
  });

  it('by hash, going from 4 to 5 shards moves about a fifth of the units', () => {
    const four = shardOf(splitShards(units, 4));
    const five = shardOf(splitShards(units, 5));
    const moved = units.filter((u) => four.get(u.id) !== five.get(u.id)).length;
    // Rendezvous hashing moves only the units the new shard wins: expected 300/5 = 60.
    expect(moved).toBeGreaterThan(30);
    expect(moved).toBeLessThan(90);
    expect(units.filter((u) => four.get(u.id) !== five.get(u.id) && five.get(u.id) !== 4)).toEqual(
      [],
    );
  });

  it('by hash, spreads units over every shard', () => {
    for (const shard of splitShards(units, 8)) {
      expect(shard.length).toBeGreaterThan(300 / 8 / 2);
      expect(shard.length).toBeLessThan((300 / 8) * 1.5);
    }
  });

  it('by durations, keeps the largest shard within 10 % of total/N when no unit is longer than that', () => {
    let checked = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const many = suite(400);
      const durations = longTailed(many, seed);
      const total = [...durations.values()].reduce((a, b) => a + b, 0);
      const longest = Math.max(...durations.values());
      for (const n of [2, 3, 4, 6, 8]) {
        const ideal = total / n;
        if (longest > 0.1 * ideal) continue;
        checked++;
        const loads = loadsOf(splitShards(many, n, durations), durations);
        expect(Math.max(...loads)).toBeLessThanOrEqual(ideal * 1.1);
      }
    }
    expect(checked).toBeGreaterThanOrEqual(50);
  });

  it('by durations, never exceeds total/N plus the longest unit, even with a heavy tail', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const many = suite(400);
      const durations = pareto(many, seed);
      const total = [...durations.values()].reduce((a, b) => a + b, 0);
      const longest = Math.max(...durations.values());
      for (const n of [2, 4, 8]) {
        const largest = Math.max(...loadsOf(splitShards(many, n, durations), durations));
        expect(largest).toBeLessThanOrEqual(Math.max(total / n + longest, longest));
        // On these suites, hashing (blind to durations) is never better.
        const hashed = Math.max(...loadsOf(splitShards(many, n), durations));
        expect(largest).toBeLessThanOrEqual(hashed);
      }
    }
  });

  it('by durations, counts a unit without one as the median of the known ones', () => {
    const six = unitsNamed(['a', 'b', 'c', 'd', 'e', 'f']);
    // Known: a 100, b 10, c 10 → median 10; d, e, f unknown count 10 each.
    const durations = new Map([
      ['a', 100],
      ['b', 10],
      ['c', 10],
    ]);
    const ids = splitShards(six, 2, durations).map((s) => s.map((u) => u.id));
    expect(ids).toEqual([['a'], ['b', 'c', 'd', 'e', 'f']]);
  });

  it('by durations, breaks ties by id', () => {
    const four = unitsNamed(['d', 'b', 'a', 'c']);
    const equal = new Map(four.map((u) => [u.id, 5]));
    expect(splitShards(four, 2, equal).map((s) => s.map((u) => u.id))).toEqual([
      ['a', 'c'],
      ['b', 'd'],
    ]);
  });

  it('refuses a shard count outside 1…1024', () => {
    expect(() => splitShards(units, 0)).toThrow(UsageError);
    expect(() => splitShards(units, 1025)).toThrow(UsageError);
    expect(() => splitShards(units, 2.5)).toThrow(UsageError);
  });
});

describe('selectShard and planShard', () => {
  const units = suite(40);

  it('returns one shard in the original order', () => {
    const durations = longTailed(units, 11);
    const shards = splitShards(units, 3, durations);
    for (let index = 1; index <= 3; index++) {
      const chosen = selectShard(units, { index, total: 3 }, durations);
      const expected = shards[index - 1]!;
      const positions = chosen.map((u) => units.indexOf(u));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      expect(chosen.map((u) => u.id).sort()).toEqual(expected.map((u) => u.id).sort());
    }
  });

  it('gives every shard of one split the same plan digest, and another split another one', () => {
    const durations = longTailed(units, 11);
    const plans = [1, 2, 3].map((index) => planShard(units, { index, total: 3 }, durations).info);
    expect(new Set(plans.map((p) => p.plan)).size).toBe(1);
    expect(plans[0]).toMatchObject({ index: 1, total: 3, units: 40, mode: 'durations' });
    expect(planShard(units, { index: 1, total: 3 }).info.mode).toBe('hash');
    expect(planShard(units, { index: 1, total: 3 }).info.plan).not.toBe(plans[0]!.plan);
  });

  it('refuses an index outside the shard count', () => {
    expect(() => selectShard(units, { index: 4, total: 3 })).toThrow(UsageError);
    expect(() => selectShard(units, { index: 0, total: 3 })).toThrow(UsageError);
  });
});
