// The reporters' event writer: each line is in the file when the call returns (a killed framework keeps every event), with the bounds and fields the runner reads.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseEventLine, wellFormedEvent } from '../../../src/core/frameworks/parse-event-line.js';
import { REPORTERS } from '../../support/framework-run.js';
import { tempDir } from '../../support/temp-dir.js';
import { waitFor } from '../../support/wait-for.js';

const WRITER = join(REPORTERS, 'events-writer.cjs');

interface Writer {
  enabled: boolean;
  runStart(): void;
  testStart(file: string, titles: unknown[], extra?: Record<string, unknown>): void;
  testEnd(
    file: string,
    titles: unknown[],
    status: string,
    durationMs?: number,
    failure?: Record<string, unknown>,
    extra?: Record<string, unknown>,
  ): void;
  close(): void;
}
const { createWriter } = createRequire(import.meta.url)(WRITER) as {
  createWriter(framework: string): Writer;
};

const saved = process.env.TESTWARDEN_EVENTS;
afterEach(() => {
  if (saved === undefined) delete process.env.TESTWARDEN_EVENTS;
  else process.env.TESTWARDEN_EVENTS = saved;
});

function writerTo(): { writer: Writer; lines: () => Record<string, unknown>[]; raw: () => string } {
  const path = join(tempDir('tw-events-writer-'), 'events.ndjson');
  process.env.TESTWARDEN_EVENTS = path;
  const writer = createWriter('jest');
  const raw = () => (existsSync(path) ? readFileSync(path, 'utf8') : '');
  const lines = () =>
    raw()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { writer, lines, raw };
}

describe('events writer', () => {
  it('writes each event as the call returns, one line each, with the fields the runner reads', () => {
    const { writer, lines, raw } = writerTo();
    expect(writer.enabled).toBe(true);
    const file = join(process.cwd(), 'src', 'math.test.js');
    writer.testStart(file, ['math', 'adds']);
    expect(lines()).toEqual([
      {
        type: 'test-start',
        file: 'src/math.test.js',
        titles: ['math', 'adds'],
        time: expect.any(Number),
      },
    ]);
    writer.testEnd(file, ['math', 'adds'], 'passed', 1.6);
    writer.testEnd(
      file,
      ['math', 'fails'],
      'failed',
      -3,
      { message: 'expected 4 to be 5', file: 'src/math.test.js', line: 9 },
      { nodeId: 'src/math.test.js::fails' },
    );
    writer.testEnd('src/other.test.js', ['t'], 'skipped');
    writer.close();
    const [, passed, failed, skipped] = lines();
    expect(passed).toEqual({
      type: 'test-end',
      file: 'src/math.test.js',
      titles: ['math', 'adds'],
      status: 'passed',
      durationMs: 2,
      time: expect.any(Number),
    });
    expect(failed).toEqual({
      type: 'test-end',
      file: 'src/math.test.js',
      titles: ['math', 'fails'],
      nodeId: 'src/math.test.js::fails',
      status: 'failed',
      durationMs: 0,
      failure: { message: 'expected 4 to be 5', file: 'src/math.test.js', line: 9 },
      time: expect.any(Number),
    });
    expect(skipped).toEqual({
      type: 'test-end',
      file: 'src/other.test.js',
      titles: ['t'],
      status: 'skipped',
      time: expect.any(Number),
    });
    // Each line is one the runner's hand-checked path takes as it is.
    for (const line of raw().trim().split('\n')) {
      expect(wellFormedEvent(JSON.parse(line))).toEqual(parseEventLine(line));
      expect(wellFormedEvent(JSON.parse(line))).toBeDefined();
    }
  });

  it('clips long titles, keeps at most 32 levels and writes titles that are not strings as text', () => {
    const { writer, lines } = writerTo();
    const long = 'x'.repeat(2000);
    const deep = Array.from({ length: 40 }, (_, i) => `level ${i}`);
    writer.testStart('a.test.js', ['outer', long]);
    writer.testEnd('a.test.js', deep, 'passed', 1);
    writer.testEnd('a.test.js', ['outer', 7, undefined, null, 'quote " \\ \u0000 é 😀'], 'todo');
    writer.testEnd(`file://${process.cwd()}${sep}b c.test.js`, ['t'], 'passed');
    writer.close();
    const [start, depth, odd, url] = lines();
    expect(start!.titles).toEqual(['outer', `${'x'.repeat(1024)}…`]);
    expect(depth!.titles).toEqual(deep.slice(0, 32));
    expect(odd!.titles).toEqual(['outer', '7', '', '', 'quote " \\ \u0000 é 😀']);
    expect(url!.file).toBe('b c.test.js');
  });

  it('writes nothing without TESTWARDEN_EVENTS', () => {
    delete process.env.TESTWARDEN_EVENTS;
    const writer = createWriter('jest');
    expect(writer.enabled).toBe(false);
    writer.testStart('a.test.js', ['t']);
    writer.testEnd('a.test.js', ['t'], 'passed', 1);
    writer.close();
  });

  it('names files relative to where the framework started, even after a test changes directory, and a SIGKILL loses no event', async () => {
    const dir = tempDir('tw-events-writer-kill-');
    const events = join(dir, 'events.ndjson');
    // A framework that reports two tests, changes directory, then hangs in a third (a busy loop:
    // no timer or flush would ever run) until it is killed.
    const script = `
      const { createWriter } = require(${JSON.stringify(WRITER)});
      const w = createWriter('mocha');
      w.runStart();
      for (const name of ['one', 'two']) {
        w.testStart(process.cwd() + '/t.spec.js', ['suite', name]);
        w.testEnd(process.cwd() + '/t.spec.js', ['suite', name], 'passed', 1);
      }
      const next = process.cwd() + '/other.spec.js';
      process.chdir('/');
      w.testStart(next, ['suite', 'hangs']);
      for (;;) {}
    `;
    const child = spawn(process.execPath, ['-e', script], {
      cwd: dir,
      env: { ...process.env, TESTWARDEN_EVENTS: events },
      stdio: 'ignore',
    });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    try {
      await waitFor(
        'the hanging test to start',
        () => existsSync(events) && readFileSync(events, 'utf8').includes('hangs'),
        30_000,
      );
    } finally {
      child.kill('SIGKILL');
      await exited;
    }
    const written = readFileSync(events, 'utf8');
    expect(written.endsWith('\n')).toBe(true);
    const parsed = written
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; file?: string; titles?: string[] });
    expect(parsed.map((e) => `${e.type} ${e.titles?.at(-1) ?? ''}`)).toEqual([
      'run-start ',
      'test-start one',
      'test-end one',
      'test-start two',
      'test-end two',
      'test-start hangs',
    ]);
    expect(parsed.slice(1).map((e) => e.file)).toEqual([
      ...Array(4).fill('t.spec.js'),
      'other.spec.js',
    ]);
  });
});
