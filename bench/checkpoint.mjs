// Checkpoint write/read time and file size at 1,000, 10,000 and 100,000 units; run `npm run build:lib` first (imports lib/).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readCheckpoint, writeCheckpoint } from '../lib/core/checkpoint/checkpoint-file.js';
import { recordUnit } from '../lib/core/checkpoint/checkpoint-format.js';
import { buildCheckpoint as build, result, unitIds } from './checkpoint-sample.mjs';

const SIZES = [1_000, 10_000, 100_000];
const ROUNDS = 7;
const TARGET = { ms: 50, bytes: 10 * 1000 * 1000 };

/** The same checkpoint as format 1 wrote it (an object per unit), for the comparison. */
function formatV1(checkpoint) {
  const { units, ...header } = checkpoint;
  const entries = {};
  for (const [id, entry] of units.entries())
    entries[id] = { ...entry, finishedAt: new Date(entry.finishedAt).toISOString() };
  return JSON.stringify({ formatVersion: 1, ...header, units: entries });
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(fn) {
  const started = performance.now();
  const value = fn();
  return { ms: performance.now() - started, value };
}

const dir = mkdtempSync(join(tmpdir(), 'testwarden-bench-'));
const rows = [];
try {
  for (const count of SIZES) {
    const ids = unitIds(count);
    const changed = [...ids.slice(1), 'test/unit/added.test.ts'];
    const path = join(dir, `checkpoint-${count}.json`);
    const legacy = join(dir, `checkpoint-v1-${count}.json`);
    const m = { first: [], next: [], read: [], readChanged: [], readV1: [] };
    let bytes = 0;
    let v1Bytes = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const checkpoint = build(ids);
      // No size limit here: the point is to measure what a given count costs.
      const first = time(() => writeCheckpoint(path, checkpoint, { maxBytes: Infinity }));
      m.first.push(first.ms);
      bytes = first.value.bytes;
      // What the runner does after each unit: one more record, the file rewritten (no fsync).
      const i = (round * 7919) % count;
      m.next.push(
        time(() => {
          recordUnit(checkpoint, { ...result(ids[i], i, Date.now()), outcome: 'failed' });
          writeCheckpoint(path, checkpoint, { maxBytes: Infinity, durable: false });
        }).ms,
      );
      const read = time(() => readCheckpoint(path, { unitIds: ids, maxBytes: Infinity }));
      m.read.push(read.ms);
      if (read.value.checkpoint?.units.size !== count || read.value.warnings.length > 0)
        throw new Error(`reading ${count} units back lost some: ${read.value.warnings}`);
      const merged = time(() => readCheckpoint(path, { unitIds: changed, maxBytes: Infinity }));
      m.readChanged.push(merged.ms);
      if (merged.value.checkpoint?.units.size !== count - 1)
        throw new Error(`merging ${count} units by id lost some`);
      const text = formatV1(checkpoint);
      v1Bytes = Buffer.byteLength(text);
      writeFileSync(legacy, text);
      m.readV1.push(time(() => readCheckpoint(legacy, { unitIds: ids, maxBytes: Infinity })).ms);
    }
    rows.push({
      count,
      bytes,
      v1Bytes,
      ...Object.fromEntries(Object.entries(m).map(([k, v]) => [k, median(v)])),
    });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const mb = (n) => (n / 1_000_000).toFixed(2);
const ms = (n) => n.toFixed(1);
const verdict = (row) =>
  [
    row.next <= TARGET.ms && row.read <= TARGET.ms ? 'time ok' : 'time over 50 ms',
    row.bytes <= TARGET.bytes ? 'size ok' : 'size over 10 MB',
  ].join(', ');

console.log(
  `Checkpoint (format 2), median of ${ROUNDS} rounds; Node ${process.version}, ${cpus().length}× ${cpus()[0]?.model ?? 'cpu'}\n`,
);
console.log(
  '| units | first write | write after a unit | read, same list | read, list changed | size | bytes per unit | vs. targets |',
);
console.log('|---:|---:|---:|---:|---:|---:|---:|---|');
for (const r of rows) {
  console.log(
    `| ${r.count.toLocaleString('en')} | ${ms(r.first)} ms | ${ms(r.next)} ms | ${ms(r.read)} ms | ${ms(r.readChanged)} ms | ${mb(r.bytes)} MB | ${Math.round(r.bytes / r.count)} | ${verdict(r)} |`,
  );
}
console.log('\nFormat 1 (still read), the same checkpoints:\n');
console.log('| units | read | size |');
console.log('|---:|---:|---:|');
for (const r of rows)
  console.log(`| ${r.count.toLocaleString('en')} | ${ms(r.readV1)} ms | ${mb(r.v1Bytes)} MB |`);
