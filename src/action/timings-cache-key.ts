// Actions-cache keys for the durations history (docs/sharding.md): one history per suite and branch falling back to the base and default branches, and the split of one run pinned under its run id.
import { createHash, randomBytes } from 'node:crypto';
import { invalidOption } from '../core/errors.js';
import { cacheSafeCheckpointKey } from './checkpoint-cache-key.js';

export interface TimingsKeyParts {
  /** RUNNER_OS lower-cased. */
  os: string;
  /** The `timings-key` input: names the suite, the same for every shard and the merge job. */
  timingsKey: string;
  /** The branch the run is on: GITHUB_HEAD_REF on pull requests, else GITHUB_REF_NAME. */
  branch: string;
  /** Branches whose history this one may start from, in order (a PR's base, the default branch). */
  fallbackBranches: readonly string[];
  runId: string;
  runAttempt: number;
}

export interface TimingsCacheKeys {
  /** `testwarden-split-v1-<os>-<key>-<run id>`: the history every shard of this run splits by. */
  splitKey: string;
  /** `testwarden-timings-v1-<os>-<key>-<branch>-` for this branch, then for each fallback branch. */
  historyPrefixes: string[];
  /** A new key under this branch's prefix: `<prefix><run id>-<attempt>-<random>`. */
  newHistoryKey(): string;
}

export function timingsCacheKeys(parts: TimingsKeyParts): TimingsCacheKeys {
  if (!/^[a-z0-9]{1,20}$/.test(parts.os))
    throw invalidOption('os (RUNNER_OS)', 'a lower-case name such as "linux"', parts.os);
  if (!/^[1-9][0-9]{0,19}$/.test(parts.runId)) {
    throw invalidOption('runId (GITHUB_RUN_ID)', 'a positive integer', parts.runId);
  }
  if (!Number.isSafeInteger(parts.runAttempt) || parts.runAttempt < 1) {
    throw invalidOption('runAttempt (GITHUB_RUN_ATTEMPT)', 'a positive integer', parts.runAttempt);
  }
  if (parts.branch === '') throw invalidOption('branch', 'a branch name', parts.branch);
  if (parts.timingsKey === '') {
    throw invalidOption('timings-key', 'a non-empty name', parts.timingsKey);
  }
  const key = cacheSafeCheckpointKey(parts.timingsKey);
  const prefix = (branch: string) =>
    `testwarden-timings-v1-${parts.os}-${key}-${cacheSafeBranch(branch)}-`;
  const branches = [...new Set([parts.branch, ...parts.fallbackBranches].filter((b) => b !== ''))];
  const own = prefix(parts.branch);
  return {
    splitKey: `testwarden-split-v1-${parts.os}-${key}-${parts.runId}`,
    historyPrefixes: branches.map(prefix),
    // Random: matrix legs and two steps of one job save under the same run id and attempt.
    newHistoryKey: () =>
      `${own}${parts.runId}-${parts.runAttempt}-${randomBytes(4).toString('hex')}`,
  };
}

/**
 * A branch name as it appears in a key: cache keys may not contain commas and are at most 512
 * characters, branch names may have 255. Names without a comma up to 100 characters stay as they
 * are; others are cut and followed by a hash of the whole name.
 */
export function cacheSafeBranch(branch: string): string {
  if (/^[^,]{1,100}$/.test(branch)) return branch;
  const hash = createHash('sha256').update(branch).digest('hex').slice(0, 12);
  return `${branch.replace(/,/g, '_').slice(0, 80)}-${hash}`;
}
