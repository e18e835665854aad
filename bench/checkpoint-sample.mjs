// The checkpoints the checkpoint benchmarks measure: ids shaped like real test files, every unit recorded as the runner records it; imports lib/ (run `npm run build:lib` first).
import {
  computeFingerprint,
  createCheckpoint,
  recordUnit,
} from '../lib/core/checkpoint/checkpoint-format.js';

/** `count` ids of 31 characters, like `test/unit/module-000042.test.ts`. */
export function unitIds(count) {
  return Array.from(
    { length: count },
    (_, i) => `test/unit/module-${String(i).padStart(6, '0')}.test.ts`,
  );
}

/** A unit's result as the runner records it: two lanes, one result in ten failed. */
export function result(id, i, started) {
  const failed = i % 10 === 0;
  const durationMs = 200 + ((i * 7919) % 30_000) + 0.4375;
  const startedAt = started + Math.floor(i / 2) * 300;
  return {
    id,
    outcome: failed ? 'failed' : 'passed',
    fromCheckpoint: false,
    attempts: 1,
    flaky: false,
    exitCode: failed ? 1 : 0,
    signal: null,
    durationMs,
    peakRssBytes: 60_000_000 + i * 4096,
    tests: { passed: 12, failed: failed ? 1 : 0, skipped: 1 },
    leaked: [],
    log: null,
    startedAt,
    endedAt: startedAt + durationMs,
    lane: i % 2,
  };
}

/** A checkpoint over `ids` with every unit recorded. */
export function buildCheckpoint(ids) {
  const now = new Date();
  const checkpoint = createCheckpoint({
    runId: 'tw-bench',
    attempt: 1,
    fingerprint: computeFingerprint({ unitIds: ids, command: 'node --test {file}', shell: false }),
    units: ids,
    now,
  });
  ids.forEach((id, i) => recordUnit(checkpoint, result(id, i, now.getTime()), now));
  return checkpoint;
}
