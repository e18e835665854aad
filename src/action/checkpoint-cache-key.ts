// Actions-cache keys for checkpoints (docs/action.md): one new key per save, and the prefix a re-run of the same run restores from.
import { createHash } from 'node:crypto';
import { invalidOption } from '../core/errors.js';

export interface CheckpointKeyParts {
  /** RUNNER_OS lower-cased: linux, windows, macos. */
  os: string;
  checkpointKey: string;
  /** GITHUB_RUN_ID. */
  runId: string;
  /** GITHUB_RUN_ATTEMPT. */
  runAttempt: string | number;
}

export interface CheckpointCacheKeys {
  /** `testwarden-v1-<os>-<checkpoint-key>-<run id>-`: every attempt of this run saves under it. */
  restorePrefix: string;
  /** `<restorePrefix><attempt>-<seq>`. */
  saveKey(seq: number): string;
}

const SAFE_KEY = /^[A-Za-z0-9._+=@-]{1,200}$/;

export function checkpointCacheKeys(parts: CheckpointKeyParts): CheckpointCacheKeys {
  if (!/^[a-z0-9]{1,20}$/.test(parts.os))
    throw invalidOption('os (RUNNER_OS)', 'a lower-case name such as "linux"', parts.os);
  if (!/^[1-9][0-9]{0,19}$/.test(parts.runId)) {
    throw invalidOption('runId (GITHUB_RUN_ID)', 'a positive integer', parts.runId);
  }
  const attempt = String(parts.runAttempt);
  if (!/^[1-9][0-9]{0,5}$/.test(attempt)) {
    throw invalidOption('runAttempt (GITHUB_RUN_ATTEMPT)', 'a positive integer', parts.runAttempt);
  }
  const restorePrefix = `testwarden-v1-${parts.os}-${cacheSafeCheckpointKey(parts.checkpointKey)}-${parts.runId}-`;
  return { restorePrefix, saveKey: (seq) => `${restorePrefix}${attempt}-${seq}` };
}

/**
 * The checkpoint key as it appears in cache keys. Cache keys may not contain commas and are at
 * most 512 characters; the checkpoint key is free text (matrix values, shard labels). A key made
 * of letters, digits and `._+=@-` (at most 200) is used as is; any other is reduced to those
 * characters, cut to 100, and followed by a hash of the original, so two different checkpoint keys
 * (which must never restore each other's checkpoints) stay different.
 */
export function cacheSafeCheckpointKey(checkpointKey: string): string {
  if (checkpointKey === '')
    throw invalidOption('checkpoint-key', 'a non-empty string', checkpointKey);
  if (SAFE_KEY.test(checkpointKey)) return checkpointKey;
  const readable = checkpointKey.replace(/[^A-Za-z0-9._+=@-]+/g, '_').slice(0, 100);
  const hash = createHash('sha256').update(checkpointKey).digest('hex').slice(0, 12);
  return `${readable}-${hash}`;
}
