// Makespan of 4 shards split by hash vs by recorded durations on a simulated long-tailed 400-unit suite (nothing sleeps); run `npm run build:lib` first (imports lib/).
import { performance } from 'node:perf_hooks';
import { splitShards } from '../lib/core/plan/shard.js';

const UNITS = 400;
const SHARDS = 4;
const SEEDS = 25;
/** Run-to-run noise of one unit's duration (log-normal sigma): CI machines are not metronomes. */
const NOISE = 0.2;

/** mulberry32: seeded, so the table is the same on every machine. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const normal = (random) =>
  Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());

const DISTRIBUTIONS = {
  'log-normal (median 2 s, σ 1)': (random) => 2000 * Math.exp(normal(random)),
  'Pareto (min 0.5 s, α 1.5)': (random) => 500 / Math.pow(1 - random(), 1 / 1.5),
};

const units = Array.from({ length: UNITS }, (_, i) => {
  const id = `test/module-${String(i).padStart(3, '0')}.test.ts`;
  return { id, file: id };
});

/** One run's actual durations: each unit's typical duration with run-to-run noise. */
const runOf = (typical, random) =>
  new Map([...typical].map(([id, ms]) => [id, ms * Math.exp(NOISE * normal(random))]));

const makespan = (shards, actual) =>
  Math.max(...shards.map((s) => s.reduce((sum, u) => sum + actual.get(u.id), 0)));
const shardOf = (shards) => new Map(shards.flatMap((s, i) => s.map((u) => [u.id, i])));
const moved = (a, b) => units.filter((u) => a.get(u.id) !== b.get(u.id)).length / UNITS;

function scenarios(draw, seed) {
  const random = prng(seed);
  const typical = new Map(units.map((u) => [u.id, draw(random)]));
  const lastRun = runOf(typical, random);
  const thisRun = runOf(typical, random);
  const ideal = [...thisRun.values()].reduce((a, b) => a + b, 0) / SHARDS;
  const partial = new Map([...lastRun].filter(() => random() >= 0.2));
  const previousSplit = shardOf(splitShards(units, SHARDS, runOf(typical, random)));
  const byLast = splitShards(units, SHARDS, lastRun);
  return {
    hash: { ratio: makespan(splitShards(units, SHARDS), thisRun) / ideal, moved: 0 },
    exact: { ratio: makespan(splitShards(units, SHARDS, thisRun), thisRun) / ideal },
    recorded: {
      ratio: makespan(byLast, thisRun) / ideal,
      moved: moved(previousSplit, shardOf(byLast)),
    },
    partial: { ratio: makespan(splitShards(units, SHARDS, partial), thisRun) / ideal },
  };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (x) => x.toFixed(3);
const pct = (x) => `${Math.round(x * 100)} %`;

const LABELS = {
  hash: 'hash of the unit id (no timings)',
  recorded: "recorded durations (last run's, ±20 % noise)",
  partial: 'recorded, 20 % of units unknown (median)',
  exact: "exact durations of this run (LPT's best case)",
};

console.log(
  `Makespan of ${SHARDS} shards ÷ ideal (total/${SHARDS}) on ${UNITS} simulated units, ${SEEDS} seeds; "moved" = units in another shard than in the previous run.\n`,
);
console.log('| durations | split | median | worst | moved between runs |');
console.log('|---|---|---|---|---|');
for (const [name, draw] of Object.entries(DISTRIBUTIONS)) {
  const results = Array.from({ length: SEEDS }, (_, i) => scenarios(draw, i + 1));
  for (const key of ['hash', 'recorded', 'partial', 'exact']) {
    const ratios = results.map((r) => r[key].ratio);
    const movedShare = results[0][key].moved;
    const movedCell =
      movedShare === undefined ? '—' : pct(median(results.map((r) => r[key].moved)));
    console.log(
      `| ${name} | ${LABELS[key]} | ${fmt(median(ratios))} | ${fmt(Math.max(...ratios))} | ${movedCell} |`,
    );
  }
}

console.log('\nTime to split (median of 5):\n');
console.log('| units | shards | by hash | by durations |');
console.log('|---|---|---|---|');
for (const [count, n] of [
  [10_000, 4],
  [100_000, 4],
  [100_000, 64],
]) {
  const many = Array.from({ length: count }, (_, i) => ({ id: `t/${i}.test.ts`, file: '' }));
  const random = prng(count + n);
  const durations = new Map(many.map((u) => [u.id, 2000 * Math.exp(normal(random))]));
  const time = (fn) =>
    median(
      Array.from({ length: 5 }, () => {
        const start = performance.now();
        fn();
        return performance.now() - start;
      }),
    );
  const hash = time(() => splitShards(many, n));
  const lpt = time(() => splitShards(many, n, durations));
  console.log(`| ${count} | ${n} | ${hash.toFixed(0)} ms | ${lpt.toFixed(0)} ms |`);
}
