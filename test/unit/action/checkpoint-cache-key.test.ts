// Checkpoint cache keys: the layout docs/action.md describes, valid cache keys for any checkpoint key, distinct keys kept distinct, bad run facts rejected.
import { describe, expect, it } from 'vitest';
import {
  cacheSafeCheckpointKey,
  checkpointCacheKeys,
} from '../../../src/action/checkpoint-cache-key.js';

const parts = {
  os: 'linux',
  checkpointKey: 'test-ubuntu-node20',
  runId: '123456789',
  runAttempt: '2',
};

describe('checkpointCacheKeys', () => {
  it('follows testwarden-v1-<os>-<checkpoint-key>-<run id>-<attempt>-<seq>', () => {
    const keys = checkpointCacheKeys(parts);
    expect(keys.restorePrefix).toBe('testwarden-v1-linux-test-ubuntu-node20-123456789-');
    expect(keys.saveKey(7)).toBe('testwarden-v1-linux-test-ubuntu-node20-123456789-2-7');
    expect(
      keys.saveKey(7).startsWith(checkpointCacheKeys({ ...parts, runAttempt: 3 }).restorePrefix),
    ).toBe(true);
  });

  it('makes any checkpoint key a valid part of a cache key, and keeps different ones different', () => {
    const odd = ['node 20, ubuntu', 'a,b', 'a_b', 'x'.repeat(600), '日本語/shard 1 of 3'];
    const safe = odd.map(cacheSafeCheckpointKey);
    expect(new Set(safe).size).toBe(odd.length);
    for (const key of safe) {
      expect(key).toMatch(/^[A-Za-z0-9._+=@-]+$/);
      const full = checkpointCacheKeys({ ...parts, checkpointKey: key }).saveKey(
        Number.MAX_SAFE_INTEGER,
      );
      expect(full.length).toBeLessThanOrEqual(512);
    }
    expect(cacheSafeCheckpointKey('a_b')).toBe('a_b');
    expect(cacheSafeCheckpointKey('a,b')).toMatch(/^a_b-[0-9a-f]{12}$/);
  });

  it('rejects values that would make keys ambiguous, naming the option', () => {
    expect(() => checkpointCacheKeys({ ...parts, runId: '' })).toThrow(
      /runId \(GITHUB_RUN_ID\): expected a positive integer, got ""/,
    );
    expect(() => checkpointCacheKeys({ ...parts, runAttempt: '0' })).toThrow(/runAttempt/);
    expect(() => checkpointCacheKeys({ ...parts, os: 'Linux' })).toThrow(/os \(RUNNER_OS\)/);
    expect(() => checkpointCacheKeys({ ...parts, checkpointKey: '' })).toThrow(/checkpoint-key/);
  });
});
