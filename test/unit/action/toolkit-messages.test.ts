// The stdout listener for @actions/core messages: parses workflow commands, passes output through, and puts stdout back.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { captureToolkitMessages } from '../../../src/action/toolkit-messages.js';

let realWrite: typeof process.stdout.write;
let passed: string[];

beforeEach(() => {
  realWrite = process.stdout.write;
  passed = [];
  process.stdout.write = ((chunk: string | Uint8Array) => {
    passed.push(String(chunk));
    return true;
  }) as typeof process.stdout.write;
});

afterEach(() => {
  process.stdout.write = realWrite;
});

it('collects messages by level, undoes the escapes, and leaves stdout as it found it', () => {
  const stub = process.stdout.write;
  const outer = captureToolkitMessages();
  const inner = captureToolkitMessages();
  process.stdout.write('::warning::Failed to restore: a%0Ab 100%25\n');
  process.stdout.write('::debug::detail\nplain info\n::add-mask::secret\n');
  process.stdout.write(Buffer.from('::error file=x.ts,line=1::broken\npartial'));
  inner.stop();
  process.stdout.write(' line\n');
  outer.stop();
  expect(inner.messages).toEqual([
    { level: 'warning', text: 'Failed to restore: a\nb 100%' },
    { level: 'debug', text: 'detail' },
    { level: 'info', text: 'plain info' },
    { level: 'error', text: 'broken' },
    { level: 'info', text: 'partial' },
  ]);
  expect(outer.messages.at(-1)).toEqual({ level: 'info', text: 'partial line' });
  expect(passed.join('')).toContain('::add-mask::secret');
  expect(process.stdout.write).toBe(stub);
});
