// Which errors count as the state dir failing: real file-system errors inside it, once; anything else is left to the caller.
import { appendFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StateDirFault, stateDirError } from '../../src/core/state-dir-fault.js';
import { tempDir } from '../support/temp-dir.js';

function failedAppend(path: string): unknown {
  try {
    appendFileSync(path, 'x\n');
  } catch (error) {
    return error;
  }
  throw new Error(`appending to ${path} did not fail`);
}

describe('stateDirError', () => {
  it('a write into a removed state dir is one, naming the file', () => {
    const root = join(tempDir(), 'state');
    mkdirSync(root);
    rmSync(root, { recursive: true });
    const found = stateDirError(failedAppend(join(root, 'registry.jsonl')), root);
    expect(found?.code).toBe('ENOENT');
    expect(found?.path).toBe(join(root, 'registry.jsonl'));
    expect(found?.message).toContain('registry.jsonl');
  });

  it('a failure outside the state dir, or one that is not the file system, is not', () => {
    const root = join(tempDir(), 'state');
    const elsewhere = join(tempDir(), 'gone', 'report.json');
    expect(stateDirError(failedAppend(elsewhere), root)).toBeUndefined();
    expect(stateDirError(new Error('a bug'), root)).toBeUndefined();
    expect(stateDirError('ENOSPC', root)).toBeUndefined();
    const sibling = `${root}-other/file`;
    const error = Object.assign(new Error('no space'), { code: 'ENOSPC', path: sibling });
    expect(stateDirError(error, root)).toBeUndefined();
  });

  it('a write(2) error names no path: the caller gives the file; a wrapped cause is found', () => {
    const root = join(tempDir(), 'state');
    const enospc = Object.assign(new Error('ENOSPC: no space left on device, write'), {
      code: 'ENOSPC',
    });
    expect(stateDirError(enospc, root)).toBeUndefined();
    const wrapped = new Error('checkpoint could not be written', { cause: enospc });
    const found = stateDirError(wrapped, root, join(root, 'checkpoint.json'));
    expect(found).toMatchObject({ code: 'ENOSPC', path: join(root, 'checkpoint.json') });
  });
});

describe('StateDirFault', () => {
  it('reports the first failure once and answers for every later one', () => {
    const root = join(tempDir(), 'state');
    const seen: string[] = [];
    const fault = new StateDirFault(root, (e) => seen.push(e.path));
    expect(fault.record(failedAppend(join(root, 'a')))).toBe(true);
    expect(fault.record(failedAppend(join(root, 'b')))).toBe(true);
    expect(fault.record(new Error('a bug'))).toBe(false);
    expect(seen).toEqual([join(root, 'a')]);
    expect(fault.error?.path).toBe(join(root, 'a'));
  });
});
