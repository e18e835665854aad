// Durations-history cache keys: the docs/sharding.md layout, fallback branches in order and without repeats, valid keys for any branch name, bad run facts rejected.
import { describe, expect, it } from 'vitest';
import { cacheSafeBranch, timingsCacheKeys } from '../../../src/action/timings-cache-key.js';

const parts = {
  os: 'linux',
  timingsKey: 'test',
  branch: 'feature/x',
  fallbackBranches: ['main', 'main'],
  runId: '123456789',
  runAttempt: 2,
};

describe('timingsCacheKeys', () => {
  it('keys the history by suite and branch, falling back in order, and the split by run', () => {
    const keys = timingsCacheKeys(parts);
    expect(keys.splitKey).toBe('testwarden-split-v1-linux-test-123456789');
    expect(keys.historyPrefixes).toEqual([
      'testwarden-timings-v1-linux-test-feature/x-',
      'testwarden-timings-v1-linux-test-main-',
    ]);
    const key = keys.newHistoryKey();
    expect(key).toMatch(/^testwarden-timings-v1-linux-test-feature\/x-123456789-2-[0-9a-f]{8}$/);
    // Two saves of one attempt (matrix legs, two steps of a job) never collide.
    expect(keys.newHistoryKey()).not.toBe(key);
  });

  it('a pull request reads its head branch, then its base, then the default branch', () => {
    const keys = timingsCacheKeys({ ...parts, fallbackBranches: ['release', '', 'main'] });
    expect(keys.historyPrefixes).toEqual(
      ['feature/x', 'release', 'main'].map((b) => `testwarden-timings-v1-linux-test-${b}-`),
    );
  });

  it('makes any branch and suite name a valid part of a key of at most 512 characters', () => {
    const odd = ['a,b', 'x'.repeat(255), 'ünïcode/ブランチ'];
    expect(new Set(odd.map(cacheSafeBranch)).size).toBe(odd.length);
    for (const branch of odd) {
      const keys = timingsCacheKeys({ ...parts, branch, timingsKey: 'y'.repeat(300) });
      for (const key of [keys.splitKey, keys.newHistoryKey(), ...keys.historyPrefixes]) {
        expect(key).not.toContain(',');
        expect(key.length).toBeLessThanOrEqual(512);
      }
    }
    expect(cacheSafeBranch('main')).toBe('main');
  });

  it('rejects what would make keys ambiguous, naming the value', () => {
    expect(() => timingsCacheKeys({ ...parts, branch: '' })).toThrow(/branch: expected/);
    expect(() => timingsCacheKeys({ ...parts, runId: 'x' })).toThrow(/GITHUB_RUN_ID/);
    expect(() => timingsCacheKeys({ ...parts, runAttempt: 0 })).toThrow(/GITHUB_RUN_ATTEMPT/);
    expect(() => timingsCacheKeys({ ...parts, timingsKey: '' })).toThrow(
      /timings-key: expected a non-empty name/,
    );
  });
});
