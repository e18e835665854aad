// Per-test checkpoint cost at 10,000 and 100,000 tests: events followed into records, the file written and read back; run `npm run build:lib` first (imports lib/).
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readCheckpoint, writeCheckpoint } from '../lib/core/checkpoint/checkpoint-file.js';
import { computeFingerprint, createCheckpoint } from '../lib/core/checkpoint/checkpoint-format.js';
import { EventsTail } from '../lib/core/frameworks/tail-events.js';

const SIZES = [10_000, 100_000];
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const UNIT = 'jest';

/** Test ids shaped like a real suite: 250 files, two describe levels, one failure in fifty. */
function tests(count) {
  return Array.from({ length: count }, (_, i) => ({
    file: `src/feature-${String(i % 250).padStart(3, '0')}/module.test.ts`,
    titles: [`feature ${i % 250}`, `when case ${i % 13}`, `does thing number ${i}`],
    status: i % 50 === 0 ? 'failed' : 'passed',
    durationMs: (i * 7919) % 400,
  }));
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Wall time and this process's CPU time (user + system): on a loaded machine the CPU time is what the work costs. */
function time(fn) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const value = fn();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - started, cpu: (used.user + used.system) / 1000, value };
}

function fresh() {
  return createCheckpoint({
    runId: 'tw-bench',
    fingerprint: computeFingerprint({ unitIds: [UNIT], command: 'jest', shell: false }),
    units: [UNIT],
  });
}

/** The stream a reporter writes: a start and an end line per test. */
function stream(list) {
  return list
    .map((t) => {
      const id = { file: t.file, titles: t.titles };
      return `${JSON.stringify({ type: 'test-start', ...id, time: 1 })}\n${JSON.stringify({
        type: 'test-end',
        ...id,
        status: t.status,
        durationMs: t.durationMs,
        time: 2,
      })}\n`;
    })
    .join('');
}

const dir = mkdtempSync(join(tmpdir(), 'testwarden-bench-'));
const load = loadavg();
const rows = [];
try {
  for (const count of SIZES) {
    const list = tests(count);
    const path = join(dir, `checkpoint-${count}.json`);
    const events = join(dir, `events-${count}.ndjson`);
    writeFileSync(events, stream(list));
    const m = { follow: [], record: [], first: [], next: [], read: [] };
    const c = { follow: [], record: [], first: [], next: [], read: [] };
    let bytes = 0;
    for (let round = 0; round < ROUNDS; round++) {
      // The stream followed as a unit runs: read, parsed, validated and recorded event by event.
      const followed = fresh();
      const records = followed.tests.of(UNIT, true);
      const tail = new EventsTail(events, {
        format: 'testwarden',
        onEvent: (e) => {
          if (e.type === 'test-start') records.set(e, 'running');
          else if (e.type === 'test-end') records.set(e, e.status, e.durationMs);
        },
      });
      const started = performance.now();
      const cpu = process.cpuUsage();
      await tail.stop();
      const used = process.cpuUsage(cpu);
      m.follow.push(performance.now() - started);
      c.follow.push((used.user + used.system) / 1000);

      const checkpoint = fresh();
      const own = checkpoint.tests.of(UNIT, true);
      const recorded = time(() => {
        for (const t of list) own.set(t, 'running');
        for (const t of list) own.set(t, t.status, t.durationMs);
      });
      m.record.push(recorded.ms);
      c.record.push(recorded.cpu);
      const first = time(() => writeCheckpoint(path, checkpoint, { maxBytes: Infinity }));
      m.first.push(first.ms);
      c.first.push(first.cpu);
      bytes = first.value.bytes;
      // What the runner does as tests finish: one more test, the file rewritten (no fsync).
      const late = { file: 'src/late.test.ts', titles: ['late', `${round}`] };
      const next = time(() => {
        own.set(late, 'passed', 3);
        writeCheckpoint(path, checkpoint, { maxBytes: Infinity, durable: false });
      });
      m.next.push(next.ms);
      c.next.push(next.cpu);
      const read = time(() => readCheckpoint(path, { unitIds: [UNIT], maxBytes: Infinity }));
      c.read.push(read.cpu);
      if (read.value.checkpoint.tests.of(UNIT).size !== count + 1)
        throw new Error(`read back ${read.value.checkpoint.tests.of(UNIT).size} tests`);
      m.read.push(read.ms);
    }
    const both = (k) => ({ wall: median(m[k]), cpu: median(c[k]) });
    rows.push({
      tests: count,
      follow: both('follow'),
      record: both('record'),
      first: both('first'),
      next: both('next'),
      read: both('read'),
      bytes,
    });
    appendFileSync(events, ''); // keep the file until the folder goes
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const ms = (v) => `${v.wall.toFixed(0)} ms (CPU ${v.cpu.toFixed(0)} ms)`;
const after = loadavg();
console.log(
  `Node ${process.version}, ${cpus().length} CPUs, load average ${load.map((l) => l.toFixed(2)).join(' ')} at the start, ${after.map((l) => l.toFixed(2)).join(' ')} at the end; median of ${ROUNDS}; wall time (CPU time of this process)`,
);
console.log(
  '| tests | follow the events (2 lines a test) | record in memory | first write | write after a test | read | size | bytes per test |',
);
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(
    `| ${r.tests.toLocaleString('en')} | ${ms(r.follow)} | ${ms(r.record)} | ${ms(r.first)} | ${ms(r.next)} | ${ms(r.read)} | ${(r.bytes / 1e6).toFixed(2)} MB | ${Math.round(r.bytes / r.tests)} |`,
  );
}
