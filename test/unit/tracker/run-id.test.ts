// A run id is sealed to the real path of its state dir: the folder (through any symlink) recognises it, no other folder does.
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newRunId, sealRunId, startedIn } from '../../../src/core/tracker/run-id.js';
import { tempDir } from '../../support/temp-dir.js';

describe('run ids', () => {
  it('are recognised by their own state dir, also through a symlink, and by no other', () => {
    const root = tempDir();
    const mine = join(root, 'mine');
    const other = join(root, 'other');
    mkdirSync(mine);
    mkdirSync(other);
    symlinkSync(mine, join(root, 'link'));
    const id = newRunId(mine);
    expect(id).toMatch(/^tw-[0-9a-z]+-[0-9a-f]{8}-[0-9a-f]{12}$/);
    expect(startedIn(id, mine)).toBe(true);
    expect(startedIn(id, join(root, 'link'))).toBe(true);
    expect(startedIn(id, other)).toBe(false);
    expect(startedIn(sealRunId(other, 'tw-x'), mine)).toBe(false);
    expect(startedIn(sealRunId(mine, 'tw-x'), mine)).toBe(true);
  });

  it('refuses ids without a seal, with a changed stem, or for a folder that is gone', () => {
    const dir = tempDir();
    const id = sealRunId(dir, 'tw-abc-12345678');
    for (const forged of ['tw-dead', 'x', '', `-${id}`, id.replace('tw-abc', 'tw-abd'), `${id}0`])
      expect(startedIn(forged, dir), forged).toBe(false);
    expect(startedIn(id, join(dir, 'missing'))).toBe(false);
  });
});
