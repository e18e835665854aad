// Following an event stream while it is written: complete lines only, a line written in pieces read once, over-long lines skipped, go test -json mixed with other output.
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EventsTail } from '../../../src/core/frameworks/tail-events.js';
import type { TestEvent } from '../../../src/core/frameworks/test-events.js';
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
});
