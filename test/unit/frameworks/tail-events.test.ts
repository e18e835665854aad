// Reading an event stream once, while it is written and to its end: complete lines only, a line written in pieces read once, over-long lines skipped, a cut last line, go test -json mixed with other output; the results whatever the reads' cuts are those of the whole file read at once.
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEventLine } from '../../../src/core/frameworks/parse-event-line.js';
import { EventsTail, type TailOptions } from '../../../src/core/frameworks/tail-events.js';
import type { TestEvent } from '../../../src/core/frameworks/test-events.js';
import { TestResultsBuilder } from '../../../src/core/frameworks/test-results.js';
import { tempDir } from '../../support/temp-dir.js';
import { waitFor } from '../../support/wait-for.js';

const start = (title: string) =>
  `${JSON.stringify({ type: 'test-start', file: 'a.js', titles: [title] })}\n`;
const end = (title: string) =>
  `${JSON.stringify({ type: 'test-end', file: 'a.js', titles: [title], status: 'passed' })}\n`;

describe('EventsTail', () => {
  it('hands on each complete line once, across reads that cut lines anywhere', async () => {
    const path = join(tempDir(), 'events.ndjson');
    const seen: TestEvent[] = [];
    const tail = new EventsTail(path, { format: 'testwarden', onEvent: (e) => seen.push(e) });
    const text = start('one') + end('one') + start('two') + end('two');
    await tail.poll(); // nothing written yet: not an error
    for (let at = 0; at < text.length; at += 7) {
      appendFileSync(path, text.slice(at, at + 7));
      await tail.poll();
    }
    await tail.stop();
    expect(seen.map((e) => [e.type, 'titles' in e ? e.titles[0] : ''])).toEqual([
      ['test-start', 'one'],
      ['test-end', 'one'],
      ['test-start', 'two'],
      ['test-end', 'two'],
    ]);
  });

  it('a look and the final read started together (at a unit’s exit) read each line once, the final read after the look', async () => {
    const path = join(tempDir(), 'events.ndjson');
    const seen: string[] = [];
    const tail = new EventsTail(path, {
      format: 'testwarden',
      intervalMs: 60_000,
      onEvent: (e) => seen.push(`${e.type} ${'titles' in e ? e.titles[0] : ''}`),
    });
    tail.start();
    writeFileSync(path, start('one') + end('one') + start('two'));
    const look = tail.poll();
    // The last line has no newline yet: the look leaves it, the final read takes it as the last.
    appendFileSync(path, end('two').trimEnd());
    const final = tail.stop();
    await look;
    const results = await final;
    expect(seen).toEqual(['test-start one', 'test-end one', 'test-start two', 'test-end two']);
    expect(results?.tests.map((t) => [t.titles[0], t.status])).toEqual([
      ['one', 'passed'],
      ['two', 'passed'],
    ]);
    expect(results?.problems.truncatedLastLine).toBeFalsy();
    expect(await tail.stop()).toBe(results);
  });

  it('reads while running, skips an over-long line and a cut last line, and never re-reads', async () => {
    const path = join(tempDir(), 'events.ndjson');
    writeFileSync(path, start('one'));
    const seen: string[] = [];
    const tail = new EventsTail(path, {
      format: 'testwarden',
      intervalMs: 10,
      onEvent: (e) => seen.push(`${e.type}:${'titles' in e ? e.titles[0] : ''}`),
    });
    tail.start();
    await waitFor('the first event', () => seen.length > 0);
    expect(seen).toEqual(['test-start:one']);
    appendFileSync(path, `{"type":"test-end","x":"${'y'.repeat(300 * 1024)}"}\n`);
    appendFileSync(path, end('one'));
    appendFileSync(path, '{"type":"test-st');
    await tail.stop();
    expect(seen).toEqual(['test-start:one', 'test-end:one']);
  });

  it('turns go test -json lines into events and passes over go own text', async () => {
    const path = join(tempDir(), 'go.log');
    writeFileSync(
      path,
      [
        'go: downloading nothing',
        '{"Action":"run","Package":"example.com/p","Test":"TestA"}',
        '{"Action":"pass","Package":"example.com/p","Test":"TestA","Elapsed":0.01}',
        '',
      ].join('\n'),
    );
    const seen: TestEvent[] = [];
    const tail = new EventsTail(path, { format: 'go', onEvent: (e) => seen.push(e) });
    await tail.stop();
    expect(seen.map((e) => e.type)).toEqual(['run-start', 'test-start', 'test-end']);
    expect(seen[2]).toMatchObject({ file: 'example.com/p', titles: ['TestA'], status: 'passed' });
  });

  it('a line longer than a read is read whole; one longer than the limit is skipped once, its newline in a later read', async () => {
    const path = join(tempDir(), 'events.ndjson');
    const stack = 's'.repeat(100 * 1024);
    const long = JSON.stringify({
      type: 'test-end',
      file: 'a.js',
      titles: ['long'],
      status: 'failed',
      failure: { message: 'boom', stack },
    });
    writeFileSync(path, `${long}\n`);
    const seen: TestEvent[] = [];
    const tail = new EventsTail(path, { format: 'testwarden', onEvent: (e) => seen.push(e) });
    await tail.poll();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ titles: ['long'], failure: { message: 'boom' } });
    appendFileSync(path, `{"type":"test-end","x":"${'y'.repeat(200 * 1024)}`);
    await tail.poll();
    appendFileSync(path, `${'y'.repeat(100 * 1024)}"}\n`);
    await tail.poll();
    appendFileSync(path, end('after'));
    const results = await tail.stop();
    expect(seen.map((e) => ('titles' in e ? e.titles[0] : ''))).toEqual(['long', 'after']);
    expect(results?.problems).toMatchObject({ badLines: 1, truncatedLastLine: false });
    expect(results?.counts).toMatchObject({ passed: 1, failed: 1 });
    expect(results?.tests[0]?.failure?.stack).toHaveLength(16 * 1024);
  });

  it('a last line without its newline is the stream’s last: an event if it parses, else a cut line', async () => {
    const dir = tempDir();
    const whole = join(dir, 'whole.ndjson');
    writeFileSync(whole, start('one') + end('one').trimEnd());
    const results = await new EventsTail(whole, { format: 'testwarden' }).stop();
    expect(results?.counts.passed).toBe(1);
    expect(results?.unfinished).toEqual([]);
    expect(results?.problems.truncatedLastLine).toBe(false);

    const cut = join(dir, 'cut.ndjson');
    writeFileSync(cut, start('one') + end('one').slice(0, 30));
    const seen: TestEvent[] = [];
    const tail = new EventsTail(cut, { format: 'testwarden', onEvent: (e) => seen.push(e) });
    const cutResults = await tail.stop();
    expect(seen.map((e) => e.type)).toEqual(['test-start']);
    expect(cutResults?.unfinished).toEqual([{ file: 'a.js', titles: ['one'] }]);
    expect(cutResults?.problems).toMatchObject({ truncatedLastLine: true, badLines: 0 });
    // Stopping again gives the same results, without reading anything twice.
    expect(await tail.stop()).toBe(cutResults);
  });

  it('a stream never written is "no events"; one cut at the byte limit says so', async () => {
    const dir = tempDir();
    expect(await new EventsTail(join(dir, 'none'), { format: 'testwarden' }).stop()).toBe(
      undefined,
    );
    const path = join(dir, 'events.ndjson');
    writeFileSync(path, end('one') + end('two'));
    const tail = new EventsTail(path, { format: 'testwarden', maxBytes: end('one').length + 5 });
    await tail.poll();
    const results = await tail.stop();
    expect(results?.counts.passed).toBe(1);
    expect(results?.problems).toMatchObject({ cutAtMaxBytes: true, truncatedLastLine: true });
  });
});

/** The stream's results as a plain split of the whole text into lines makes them: the reference the tail must equal. */
function referenceReading(text: string, maxLineBytes: number) {
  const builder = new TestResultsBuilder();
  const events: TestEvent[] = [];
  const lines = text.split('\n');
  const last = lines.pop()!; // '' when the text ends with a newline
  const one = (raw: string, unterminated: boolean) => {
    if (Buffer.byteLength(raw) > maxLineBytes) {
      builder.problems.badLines++;
      return;
    }
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') return;
    const event = parseEventLine(line);
    if (event) events.push(builder.add(event));
    else if (unterminated) builder.problems.truncatedLastLine = true;
    else builder.problems.badLines++;
  };
  for (const line of lines) one(line, false);
  if (last !== '') one(last, true);
  return { results: builder.finish(), events };
}

describe('EventsTail reads each byte once, wherever the reads cut the stream', () => {
  let n = 0;
  const MAX_LINE = 120;
  const id = fc.record({
    file: fc.constantFrom('a.js', 'b.js'),
    titles: fc.constantFrom(['same'], ['d', 'x'], ['d', 'y'], ['ünï', 'çödé']),
  });
  const streamLine = fc.oneof(
    { arbitrary: id.map((i) => JSON.stringify({ type: 'test-start', ...i })), weight: 3 },
    {
      arbitrary: fc
        .tuple(id, fc.constantFrom('passed', 'failed', 'skipped', 'error'))
        .map(([i, status]) => JSON.stringify({ type: 'test-end', ...i, status })),
      weight: 4,
    },
    id.map((i) => JSON.stringify({ type: 'group-end', ...i })),
    fc.constant(JSON.stringify({ type: 'file-error', file: 'c.js' })),
    fc.constant(JSON.stringify({ type: 'run-start', v: 1, framework: 'mocha' })),
    fc.constant(JSON.stringify({ type: 'run-end' })),
    fc.constantFrom('', '   ', 'garbage', '{"type":"test-end"', '{"type":"nope"}', '\u0000\u00ff'),
    // At the line limit, just over it, and far over it (over many reads).
    fc
      .constantFrom(MAX_LINE - 1, MAX_LINE, MAX_LINE + 1, 5 * MAX_LINE)
      .map((n) => `{"type":"run-end","x":"${'z'.repeat(n - 25)}"}`),
  );
  const stream = fc.record({
    lines: fc.array(fc.tuple(streamLine, fc.constantFrom('\n', '\r\n')), { maxLength: 40 }),
    /** A last line left without its newline: whole, or cut by a killed writer. */
    tail: fc.option(fc.tuple(streamLine, fc.nat()), { nil: undefined }),
    cuts: fc.array(fc.nat(), { maxLength: 12 }),
  });

  it('gives the events and results of the whole file read at once, for testwarden’s stream', async () => {
    const dir = tempDir();
    await fc.assert(
      fc.asyncProperty(stream, async ({ lines, tail, cuts }) => {
        let text = lines.map(([l, eol]) => l + eol).join('');
        if (tail) text += tail[0].slice(0, tail[1] % (tail[0].length + 1) || undefined);
        const bytes = Buffer.from(text);
        const path = join(dir, `s${n++}.ndjson`);
        writeFileSync(path, '');
        const options: TailOptions = { format: 'testwarden', maxLineBytes: MAX_LINE };
        const seen: TestEvent[] = [];
        const followed = new EventsTail(path, { ...options, onEvent: (e) => seen.push(e) });
        let at = 0;
        for (const cut of [...cuts.map((c) => c % (bytes.length + 1))].sort((a, b) => a - b)) {
          appendFileSync(path, bytes.subarray(at, cut));
          at = cut;
          await followed.poll();
        }
        appendFileSync(path, bytes.subarray(at));
        const results = await followed.stop();
        const reference = referenceReading(text, MAX_LINE);
        expect(seen).toStrictEqual(reference.events);
        expect(results).toStrictEqual(reference.results);
        const wholeEvents: TestEvent[] = [];
        const whole = await new EventsTail(path, {
          ...options,
          onEvent: (e) => wholeEvents.push(e),
        }).stop();
        expect(whole).toStrictEqual(results);
        expect(wholeEvents).toStrictEqual(seen);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the results of the whole file read at once, for go test -json with go’s own text', async () => {
    const dir = tempDir();
    const go = (fields: object) => JSON.stringify({ Time: '2026-01-01T00:00:00Z', ...fields });
    const goLine = fc.oneof(
      fc
        .tuple(fc.constantFrom('run', 'pass', 'fail', 'skip'), fc.constantFrom('TestA', 'TestB/x'))
        .map(([Action, Test]) => go({ Action, Package: 'm/p', Test, Elapsed: 0.01 })),
      fc
        .constantFrom('=== RUN   TestA', '    a_test.go:9: want 1', '--- FAIL: TestA (0.00s)')
        .map((Output) => go({ Action: 'output', Package: 'm/p', Test: 'TestA', Output })),
      fc.constantFrom(
        go({ Action: 'fail', Package: 'm/p', Elapsed: 0.3 }),
        go({ Action: 'fail', Package: 'm/broken', Elapsed: 0 }),
        '# m/broken',
        './x.go:3:1: syntax error',
        'FAIL\tm/broken [build failed]',
        '{"Action":"run","Package":',
        '{"Action":5}',
      ),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(goLine, { maxLength: 30 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        async (lines, cuts) => {
          const bytes = Buffer.from(lines.map((l) => `${l}\n`).join(''));
          const path = join(dir, `g${n++}.log`);
          writeFileSync(path, '');
          const followed = new EventsTail(path, { format: 'go' });
          let at = 0;
          for (const cut of cuts.map((c) => c % (bytes.length + 1)).sort((a, b) => a - b)) {
            appendFileSync(path, bytes.subarray(at, cut));
            at = cut;
            await followed.poll();
          }
          appendFileSync(path, bytes.subarray(at));
          const results = await followed.stop();
          expect(results).toStrictEqual(await new EventsTail(path, { format: 'go' }).stop());
          const bad = ['{"Action":"run","Package":', '{"Action":5}'];
          expect(results?.problems.badLines).toBe(lines.filter((l) => bad.includes(l)).length);
        },
      ),
      { numRuns: 200 },
    );
  });
});
