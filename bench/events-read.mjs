// CPU cost of reading a unit's per-test event stream: checking each line, and the whole reading of an attempt's stream (followed, then caught up at its end), for testwarden's NDJSON and `go test -json`.
// Run: npm run build:lib && node bench/events-read.mjs. Env: TESTS=1000,10000,100000; REPS=5; LIB=path of another lib/ build (before/after).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const LIB = resolve(process.env.LIB ?? join(ROOT, 'lib'));
const SIZES = (process.env.TESTS ?? '1000,10000,100000').split(',').map(Number);
const REPS = Number(process.env.REPS ?? 5);
const load = (path) => import(pathToFileURL(join(LIB, 'core/frameworks', path)).href);
const { EventsTail } = await load('tail-events.js');
const { readTestEvents } = await load('read-test-events.js');
const { testEventSchema } = await load('test-events.js');
const parseModule = await load('parse-event-line.js').catch(() => load('read-test-events.js'));
const { parseEventLine } = parseModule;

/** The lines a reporter writes for `tests` passing tests: a start and an end each, 20 a file. */
function ndjson(tests) {
  const lines = [JSON.stringify({ type: 'run-start', v: 1, framework: 'mocha', pid: 1, time: 1 })];
  for (let i = 0; i < tests; i++) {
    const id = {
      file: `test/file-${String(Math.floor(i / 20)).padStart(3, '0')}.test.js`,
      titles: [`suite ${Math.floor(i / 20)}`, `group ${i % 4}`, `computes case ${i}`],
    };
    lines.push(JSON.stringify({ type: 'test-start', ...id, time: 1_700_000_000_000 + i }));
    lines.push(
      JSON.stringify({ type: 'test-end', ...id, status: 'passed', durationMs: 1, time: 1 + i }),
    );
  }
  lines.push(JSON.stringify({ type: 'run-end', summary: { passed: tests }, time: 2 }));
  return `${lines.join('\n')}\n`;
}

/** `go test -json` for `tests` passing tests, 20 a package: five lines a test, as go 1.19-1.23 write them. */
function goJson(tests) {
  const lines = [];
  const time = '2026-01-01T00:00:00.000000000Z';
  for (let i = 0; i < tests; i++) {
    const Package = `example.com/bench/p${String(Math.floor(i / 20)).padStart(3, '0')}`;
    const Test = `TestCase${i}`;
    const at = (fields) => JSON.stringify({ Time: time, ...fields });
    lines.push(at({ Action: 'run', Package, Test }));
    lines.push(at({ Action: 'output', Package, Test, Output: `=== RUN   ${Test}\n` }));
    lines.push(at({ Action: 'output', Package, Test, Output: `--- PASS: ${Test} (0.00s)\n` }));
    lines.push(at({ Action: 'pass', Package, Test, Elapsed: 0 }));
    if (i % 20 === 19) {
      lines.push(at({ Action: 'output', Package, Output: `ok  \t${Package}\t0.01s\n` }));
      lines.push(at({ Action: 'pass', Package, Elapsed: 0.01 }));
    }
  }
  return `${lines.join('\n')}\n`;
}

/** CPU milliseconds (user + system) of `fn`, the median of REPS runs. */
async function cpu(fn) {
  const times = [];
  for (let rep = 0; rep < REPS; rep++) {
    const before = process.cpuUsage();
    await fn();
    const used = process.cpuUsage(before);
    times.push((used.user + used.system) / 1000);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

/**
 * An attempt's whole reading: the tail followed while the unit ran, stopped at its end; a build
 * whose stop returns no results (it read the stream a second time for them) reads it again.
 */
async function attemptReading(path, format) {
  const tail = new EventsTail(path, { format, onEvent: () => {} });
  await tail.poll();
  const results = (await tail.stop()) ?? (await readTestEvents(path, { format }));
  if (!results?.counts?.passed) throw new Error(`${path}: no passed tests read`);
  return results;
}

const dir = mkdtempSync(join(tmpdir(), 'tw-bench-events-'));
const ms = (n) => `${n.toFixed(1)} ms`;
try {
  console.log(`lib: ${LIB}; CPU time, median of ${REPS}`);
  console.log('| tests | stream | lines | zod per line | parseEventLine | attempt reading |');
  console.log('|---:|---|---:|---:|---:|---:|');
  for (const tests of SIZES) {
    for (const [format, text] of [
      ['testwarden', ndjson(tests)],
      ['go', goJson(tests)],
    ]) {
      const path = join(dir, `${format}-${tests}`);
      writeFileSync(path, text);
      const lines = text.split('\n').filter((l) => l !== '');
      const zod =
        format === 'testwarden'
          ? await cpu(() => {
              for (const l of lines) if (!testEventSchema.safeParse(JSON.parse(l)).success) throw l;
            })
          : undefined;
      const parse =
        format === 'testwarden'
          ? await cpu(() => {
              for (const l of lines) if (!parseEventLine(l)) throw new Error(l);
            })
          : undefined;
      const reading = await cpu(() => attemptReading(path, format));
      console.log(
        `| ${tests.toLocaleString('en')} | ${format} | ${lines.length.toLocaleString('en')} | ${zod === undefined ? '' : ms(zod)} | ${parse === undefined ? '' : ms(parse)} | ${ms(reading)} |`,
      );
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
