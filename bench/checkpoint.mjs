// Checkpoint write/read time and file size at 1,000, 10,000 and 100,000 units; run `npm run build` first (imports lib/).
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  CHECKPOINT_MAX_BYTES,
  readCheckpoint,
  writeCheckpoint,
} from '../lib/core/checkpoint/checkpoint-file.js';
import {
  computeFingerprint,
  createCheckpoint,
  recordUnit,
} from '../lib/core/checkpoint/checkpoint-format.js';

const SIZES = [1_000, 10_000, 100_000];
const ROUNDS = 5;
const TARGET = { ms: 50, bytes: 10 * 1000 * 1000 };

/** Ids shaped like real test files (31 characters), one result in ten failed. */
function build(count) {
  const ids = Array.from(
    { length: count },
    (_, i) => `test/unit/module-${String(i).padStart(6, '0')}.test.ts`,
  );
  const checkpoint = createCheckpoint({
    runId: 'tw-bench',
    attempt: 1,
    fingerprint: computeFingerprint({ unitIds: ids, command: 'node --test {file}', shell: false }),
  });
  const finishedAt = new Date();
  ids.forEach((id, i) => {
    const failed = i % 10 === 0;
    recordUnit(
      checkpoint,
      {
        id,
        outcome: failed ? 'failed' : 'passed',
        fromCheckpoint: false,
        attempts: 1,
        flaky: false,
        exitCode: failed ? 1 : 0,
        signal: null,
        durationMs: 200 + ((i * 7919) % 30_000),
        peakRssBytes: 60_000_000 + i,
        tests: { passed: 12, failed: failed ? 1 : 0, skipped: 1 },
        leaked: [],
        log: null,
      },
      finishedAt,
    );
  });
  return { ids, checkpoint };
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
    const { ids, checkpoint } = build(count);
    const path = join(dir, `checkpoint-${count}.json`);
    const writes = [];
    const reads = [];
    let bytes = 0;
    let readable = true;
    for (let round = 0; round < ROUNDS; round++) {
      // No size limit here: the point is to measure what a given count costs.
      const write = time(() => writeCheckpoint(path, checkpoint, { maxBytes: Infinity }));
      writes.push(write.ms);
      bytes = write.value.bytes;
      const read = time(() => readCheckpoint(path, { unitIds: ids, maxBytes: Infinity }));
      reads.push(read.ms);
      readable &&= Object.keys(read.value.checkpoint?.units ?? {}).length === count;
    }
    if (!readable) throw new Error(`reading ${count} units back lost some`);
    rows.push({ count, write: median(writes), read: median(reads), bytes });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const mb = (bytes) => (bytes / 1_000_000).toFixed(2);
const verdict = (row) =>
  [
    row.write <= TARGET.ms && row.read <= TARGET.ms ? 'time ok' : 'time over 50 ms',
    row.bytes <= TARGET.bytes ? 'size ok' : 'size over 10 MB',
    row.bytes <= CHECKPOINT_MAX_BYTES ? 'readable' : 'above the 16 MiB read limit',
  ].join(', ');

console.log(
  `Checkpoint, median of ${ROUNDS} rounds; Node ${process.version}, ${cpus().length}× ${cpus()[0]?.model ?? 'cpu'}\n`,
);
console.log(
  '| units | write (ms) | read + validate (ms) | file size (MB) | bytes per unit | vs. targets |',
);
console.log('|---:|---:|---:|---:|---:|---|');
for (const row of rows) {
  console.log(
    `| ${row.count.toLocaleString('en')} | ${row.write.toFixed(1)} | ${row.read.toFixed(1)} | ${mb(row.bytes)} | ${Math.round(row.bytes / row.count)} | ${verdict(row)} |`,
  );
}
