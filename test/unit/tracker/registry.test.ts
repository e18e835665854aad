// The registry read back: a missing file is an empty registry; one that cannot be read is an error naming it, never "nothing to clean up".
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanupStateDir } from '../../../src/core/tracker/cleanup.js';
import { REGISTRY_FILE, Registry } from '../../../src/core/tracker/registry.js';
import { tempDir } from '../../support/temp-dir.js';

describe('Registry.read', () => {
  it('is empty when there is no registry yet', () => {
    expect(new Registry(tempDir()).read()).toEqual([]);
  });

  it('skips a torn last line', () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, REGISTRY_FILE),
      `${JSON.stringify({ kind: 'run', runId: 'r', pid: 1, startTime: 1, at: 1 })}\n{"kind":"un`,
    );
    expect(new Registry(dir).read().map((e) => e.kind)).toEqual(['run']);
  });

  it('throws, naming the file, when it cannot be read; cleanup does not say "nothing to clean"', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, REGISTRY_FILE));
    expect(() => new Registry(dir).read()).toThrow(
      `cannot read the registry ${join(dir, REGISTRY_FILE)}`,
    );
    await expect(cleanupStateDir(dir)).rejects.toThrow(REGISTRY_FILE);
  });
});
