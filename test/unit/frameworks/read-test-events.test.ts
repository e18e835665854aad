// Reading per-test event streams: counts from statuses, a killed writer's cut line, hostile input bounded, go test -json.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTestEvents } from '../../../src/core/frameworks/read-test-events.js';
import { EVENT_LIMITS } from '../../../src/core/frameworks/test-events.js';
import { tempDir } from '../../support/temp-dir.js';

const line = (event: object) => `${JSON.stringify(event)}\n`;
const start = (titles: string[], file = 'a.test.js') => line({ type: 'test-start', file, titles });
const end = (titles: string[], status: string, extra: object = {}, file = 'a.test.js') =>
  line({ type: 'test-end', file, titles, status, ...extra });

function streamFile(text: string): string {
  const path = join(tempDir(), 'events.ndjson');
  writeFileSync(path, text);
  return path;
}

describe('readTestEvents', () => {
  it('counts each status once per test and keeps each failure', async () => {
    const path = streamFile(
      line({ v: 1, type: 'run-start', framework: 'jest' }) +
        start(['a', 'passes']) +
        end(['a', 'passes'], 'passed', { durationMs: 3 }) +
        end(['a', 'fails'], 'failed', {
          failure: { message: 'boom', file: 'a.test.js', line: 4 },
        }) +
        end(['skips'], 'skipped') +
        end(['later'], 'todo') +
        end(['known'], 'xfail') +
        end(['lucky'], 'xpass') +
        end(['setup'], 'error') +
        end(['teardown'], 'passed', { teardownErrors: 1 }) +
        line({ type: 'file-error', file: 'b.test.js', failure: { message: 'cannot load' } }) +
        line({ type: 'run-end', summary: { passed: 2 } }),
    );
    const results = await readTestEvents(path);
    expect(results?.framework).toBe('jest');
    expect(results?.finished).toBe(true);
    expect(results?.counts).toEqual({
      passed: 2,
      failed: 1,
      skipped: 1,
      todo: 1,
      xfail: 1,
      xpass: 1,
      errors: 3,
    });
    expect(results?.tests[1]).toEqual({
      file: 'a.test.js',
      titles: ['a', 'fails'],
      status: 'failed',
      failure: { message: 'boom', file: 'a.test.js', line: 4 },
    });
    expect(results?.fileErrors).toEqual([
      { file: 'b.test.js', failure: { message: 'cannot load' } },
    ]);
    expect(results?.frameworkSummary).toEqual({ passed: 2 });
    expect(results?.problems).toEqual({
      badLines: 0,
      truncatedLastLine: false,
      cutAtMaxBytes: false,
      testsNotKept: 0,
    });
  });

  it('names the innermost tests still running after a kill, and ignores the cut last line', async () => {
    const path = streamFile(
      start(['suite']) + // a group whose end a killed run never reports
        start(['suite', 'done']) +
        end(['suite', 'done'], 'passed') +
        start(['suite', 'hangs']) +
        '{"type":"test-end","file":"a.test.js","titl',
    );
    const results = await readTestEvents(path);
    expect(results?.finished).toBe(false);
    expect(results?.unfinished).toEqual([{ file: 'a.test.js', titles: ['suite', 'hangs'] }]);
    expect(results?.problems.truncatedLastLine).toBe(true);
    expect(results?.problems.badLines).toBe(0);
    expect(results?.counts.passed).toBe(1);
  });

  it('a test with the same titles twice is two tests', async () => {
    const path = streamFile(
      start(['same']) + end(['same'], 'passed') + start(['same']) + end(['same'], 'failed'),
    );
    const results = await readTestEvents(path);
    expect(results?.counts).toMatchObject({ passed: 1, failed: 1 });
    expect(results?.unfinished).toEqual([]);
    expect(results?.tests.map((t) => [t.occurrence, t.status])).toEqual([
      [undefined, 'passed'],
      [2, 'failed'],
    ]);
  });

  it('another try of a test (retry) replaces its result: one test, counted once, as its last try ended', async () => {
    const retry = { retry: true };
    const path = streamFile(
      start(['flaky']) +
        end(['flaky'], 'failed', { failure: { message: 'first try' } }) +
        start(['same']) +
        end(['same'], 'failed') +
        start(['same']) +
        end(['same'], 'passed') +
        line({ type: 'test-start', file: 'a.test.js', titles: ['flaky'], ...retry }) +
        end(['flaky'], 'passed', retry) +
        // A retry of the second test of a name: that one is replaced, not the first.
        line({ type: 'test-start', file: 'a.test.js', titles: ['same'], ...retry }) +
        end(['same'], 'failed', retry) +
        line({ type: 'run-end' }),
    );
    const results = await readTestEvents(path);
    expect(results?.counts).toMatchObject({ passed: 1, failed: 2 });
    expect(results?.unfinished).toEqual([]);
    expect(results?.tests.map((t) => [t.titles[0], t.occurrence, t.status])).toEqual([
      ['flaky', undefined, 'passed'],
      ['same', undefined, 'failed'],
      ['same', 2, 'failed'],
    ]);
  });

  it('numbers each framework process of a stream from 1 again (a rerun over several processes)', async () => {
    const runStart = line({ v: 1, type: 'run-start', framework: 'node' });
    const closed = (titles: string[]) => line({ type: 'group-end', file: 'a.test.js', titles });
    // node:test announces, in each process, the tests its name pattern leaves out, and closes them.
    const path = streamFile(
      runStart +
        start(['first']) +
        end(['first'], 'passed') +
        start(['second']) +
        closed(['second']) +
        runStart +
        start(['first']) +
        closed(['first']) +
        start(['second']) +
        end(['second'], 'passed') +
        start(['same']) +
        end(['same'], 'passed') +
        start(['same']) +
        end(['same'], 'passed'),
    );
    const results = await readTestEvents(path);
    expect(results?.tests.map((t) => [t.titles[0], t.occurrence, t.status])).toEqual([
      ['first', undefined, 'passed'],
      ['second', undefined, 'passed'],
      ['same', undefined, 'passed'],
      ['same', 2, 'passed'],
    ]);
    expect(results?.unfinished).toEqual([]);
  });

  it('numbers repeated names in the order reported: an end without a start is the next one', async () => {
    const path = streamFile(
      end(['same'], 'skipped') +
        start(['same']) +
        start(['same']) +
        end(['same'], 'passed') +
        end(['same'], 'failed') +
        start(['same']),
    );
    const results = await readTestEvents(path);
    expect(results?.tests.map((t) => [t.occurrence, t.status])).toEqual([
      [undefined, 'skipped'],
      [2, 'passed'],
      [3, 'failed'],
    ]);
    expect(results?.unfinished).toEqual([{ file: 'a.test.js', titles: ['same'], occurrence: 4 }]);
  });

  it('bounds hostile input: bad lines counted, long values clipped, huge lines skipped, tests capped', async () => {
    const long = 'x'.repeat(EVENT_LIMITS.maxTitleChars + 10);
    const path = streamFile(
      'not json\n' +
        line({ type: 'test-end', file: 'a', titles: ['t'], status: 'exploded' }) +
        line({ type: 'test-end', file: long, titles: Array(100).fill('t'), status: 'passed' }) +
        `${'{'.repeat(EVENT_LIMITS.maxLineBytes + 5)}\n` +
        end(['one'], 'passed') +
        end(['two'], 'passed') +
        end(['three'], 'failed'),
    );
    const results = await readTestEvents(path, { maxTests: 2 });
    expect(results?.problems.badLines).toBe(3);
    expect(results?.tests).toHaveLength(2);
    expect(results?.tests[0]?.file).toHaveLength(EVENT_LIMITS.maxTitleChars);
    expect(results?.tests[0]?.titles).toHaveLength(EVENT_LIMITS.maxTitles);
    expect(results?.problems.testsNotKept).toBe(2);
    expect(results?.counts).toMatchObject({ passed: 3, failed: 1 });
  });

  it('stops at the byte limit and says so', async () => {
    const path = streamFile(end(['one'], 'passed') + end(['two'], 'passed'));
    const results = await readTestEvents(path, { maxBytes: 80 });
    expect(results?.problems.cutAtMaxBytes).toBe(true);
    expect(results?.counts.passed).toBe(1);
  });

  it('a missing stream is "no events"', async () => {
    expect(await readTestEvents(join(tempDir(), 'none.ndjson'))).toBeUndefined();
  });

  it('reads go test -json mixed with the go tool’s own lines; a package that did not build is a file error', async () => {
    const go = (event: object) => line({ Time: '2026-01-01T00:00:00Z', ...event });
    const path = streamFile(
      '# example.com/m/broken\n./x.go:3:1: syntax error\n' +
        go({ Action: 'run', Package: 'm/p', Test: 'TestA' }) +
        go({ Action: 'output', Package: 'm/p', Test: 'TestA', Output: '=== RUN   TestA\n' }) +
        go({
          Action: 'output',
          Package: 'm/p',
          Test: 'TestA',
          Output: '    a_test.go:9: want 1\n',
        }) +
        go({ Action: 'fail', Package: 'm/p', Test: 'TestA', Elapsed: 0.25 }) +
        go({ Action: 'run', Package: 'm/p', Test: 'TestB/sub' }) +
        go({ Action: 'skip', Package: 'm/p', Test: 'TestB/sub', Elapsed: 0 }) +
        go({ Action: 'fail', Package: 'm/p', Elapsed: 0.3 }) +
        go({ Action: 'output', Package: 'm/broken', Output: 'FAIL\tm/broken [build failed]\n' }) +
        go({ Action: 'fail', Package: 'm/broken', Elapsed: 0 }) +
        go({ Action: 'run', Package: 'm/p', Test: 'TestHang' }),
    );
    const results = await readTestEvents(path, { format: 'go' });
    expect(results?.counts).toMatchObject({ passed: 0, failed: 1, skipped: 1, errors: 1 });
    expect(results?.tests[0]).toMatchObject({
      file: 'm/p',
      titles: ['TestA'],
      durationMs: 250,
      failure: { message: 'want 1', file: 'a_test.go', line: 9 },
    });
    expect(results?.tests[1]).toMatchObject({ titles: ['TestB', 'sub'], status: 'skipped' });
    expect(results?.fileErrors).toEqual([
      {
        file: 'm/broken',
        failure: expect.objectContaining({ message: 'FAIL\tm/broken [build failed]' }),
      },
    ]);
    expect(results?.unfinished).toEqual([{ file: 'm/p', titles: ['TestHang'] }]);
  });
});
