// Keeps the run's checkpoint in the Actions cache (docs/action.md): a new key per save, throttled, and on a re-run the newest checkpoint of the same run comes back; service trouble is a warning, never an exception.
//
// Why the checkpoint is copied, and why its cache path is relative:
// - The cache "version" hashes the `paths` strings (plus the compression method), so save and
//   restore pass the same one-element array, and it must not depend on where the checkout lives.
// - Saves upload a snapshot, `<state dir>/actions-cache/checkpoint.json`: the bytes hashed for the
//   "unchanged" check are the bytes archived, even if the core replaces the checkpoint meanwhile,
//   and the archived name does not depend on what the core calls its file.
// - The path is given relative to the current directory. @actions/glob resolves it from
//   process.cwd(); tar stores and extracts it relative to GITHUB_WORKSPACE. A JavaScript action runs
//   with both equal to the workspace, so a re-run on another machine (another RUNNER_TEMP, another
//   work folder on a self-hosted runner) computes the same version and extracts to the same place.
//   An absolute path would put the checkout location into the version and miss there.
// - `<state dir>/actions-cache/sync-state.json` (not archived; cache-sync-state.ts) carries the save
//   counter and the hash of the last upload from main to post: post neither reuses a key nor
//   uploads again what main saved.
import { createHash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { info, warning } from '@actions/core';
import { restoreCache, saveCache } from '@actions/cache';
import { invalidOption } from '../core/errors.js';
import type {
  CheckpointSync,
  RestoreOutcome,
  SaveOutcome,
} from '../core/checkpoint/checkpoint-sync.js';
import {
  checkpointCacheKeys,
  type CheckpointCacheKeys,
  type CheckpointKeyParts,
} from './checkpoint-cache-key.js';
import {
  loadCacheSyncState,
  storeCacheSyncState,
  writeAtomically,
  type CacheSyncState,
} from './cache-sync-state.js';
import {
  CacheCalls,
  cacheBlockedReason,
  errorMessage as message,
  restoreFailure,
} from './cache-call.js';

export interface CacheSyncLog {
  info(message: string): void;
  warning(message: string): void;
}

export interface ActionsCacheCheckpointSyncOptions extends CheckpointKeyParts {
  /** Absolute path of the state dir (inside GITHUB_WORKSPACE on a runner). */
  stateDir: string;
  /** Absolute path of the checkpoint JSON the core writes. */
  checkpointFile: string;
  /** At most one upload per this interval unless forced. Default 60 000. */
  throttleMs?: number;
  /**
   * How long one save or restore may take. @actions/cache retries a 5xx answer for about 30 s and
   * cannot be cancelled: past this deadline the call is given up on (see `idle()`). Default 30 000.
   */
  timeoutMs?: number;
  now?: () => number;
  /** Default: @actions/core's info and warning. */
  log?: CacheSyncLog;
}

export class ActionsCacheCheckpointSync implements CheckpointSync {
  /** Every save of this run, any attempt, has a key starting with this. */
  readonly restorePrefix: string;
  private readonly keys: CheckpointCacheKeys;
  private readonly snapshotFile: string;
  private readonly stateFile: string;
  private readonly throttleMs: number;
  private readonly calls: CacheCalls;
  private readonly now: () => number;
  private readonly log: CacheSyncLog;
  private readonly warned = new Set<string>();
  private queue: Promise<unknown> = Promise.resolve();
  private lastUploadAt: number | undefined;

  constructor(private readonly options: ActionsCacheCheckpointSyncOptions) {
    if (!isAbsolute(options.stateDir))
      throw invalidOption('stateDir', 'an absolute path', options.stateDir);
    if (!isAbsolute(options.checkpointFile)) {
      throw invalidOption('checkpointFile', 'an absolute path', options.checkpointFile);
    }
    this.throttleMs = options.throttleMs ?? 60_000;
    if (!Number.isSafeInteger(this.throttleMs) || this.throttleMs < 0) {
      throw invalidOption('throttleMs', 'a whole number of milliseconds >= 0', options.throttleMs);
    }
    const timeoutMs = options.timeoutMs ?? 30_000;
    if (!Number.isSafeInteger(timeoutMs) || timeoutMs <= 0) {
      throw invalidOption('timeoutMs', 'a whole number of milliseconds > 0', options.timeoutMs);
    }
    this.calls = new CacheCalls(timeoutMs);
    this.keys = checkpointCacheKeys(options);
    this.restorePrefix = this.keys.restorePrefix;
    this.snapshotFile = join(options.stateDir, 'actions-cache', 'checkpoint.json');
    this.stateFile = join(options.stateDir, 'actions-cache', 'sync-state.json');
    this.now = options.now ?? Date.now;
    this.log = options.log ?? { info, warning };
  }

  /** Overwrites the local checkpoint file with the newest one of this run, if any. Never throws. */
  restore(): Promise<RestoreOutcome> {
    return this.serialized(() =>
      this.restoreNow().catch((error: unknown) =>
        this.restoreFailed(`unexpected error: ${message(error)}`),
      ),
    );
  }

  /** Never throws: every reason for not saving is in the outcome, and a warning when it is trouble. */
  save(options: { force: boolean }): Promise<SaveOutcome> {
    return this.serialized(() =>
      this.saveNow(options.force).catch((error: unknown) => {
        const detail = `not saved: unexpected error: ${message(error)}`;
        this.warnOnce('save-failed', `Checkpoint ${detail}.`);
        return { saved: false, why: 'failed', detail } as const;
      }),
    );
  }

  /** Resolves once every @actions/cache call this object started has returned, including calls given up on at the deadline. */
  idle(): Promise<void> {
    return this.calls.idle();
  }

  private async restoreNow(): Promise<RestoreOutcome> {
    const blocked = cacheBlockedReason('restore');
    if (blocked) return this.restoreFailed(blocked);
    await rm(this.snapshotFile, { force: true });
    const prefix = this.restorePrefix;
    // The prefix as primary key and as restore key: a prefix match whether or not the service also
    // prefix-matches the primary key; newest first either way.
    const result = await this.calls.call(() => restoreCache(this.cachePaths(), prefix, [prefix]));
    if (result.kind !== 'returned') return this.restoreFailed(this.calls.explain(result));
    const key = result.value;
    if (key === undefined) {
      const failure = restoreFailure(result.messages);
      if (failure) return this.restoreFailed(failure);
      return {
        restored: false,
        detail: `no checkpoint of this run in the Actions cache (prefix ${prefix})`,
      };
    }
    try {
      const content = await readFile(this.snapshotFile);
      await writeAtomically(this.options.checkpointFile, content);
      const state = await this.loadState();
      await this.storeState({ ...state, savedHash: sha256(content), savedKey: key });
    } catch (error) {
      return this.restoreFailed(
        `${key} was restored but its checkpoint could not be put in place: ${message(error)}`,
      );
    }
    this.log.info(`Checkpoint restored from the Actions cache (${key}).`);
    return { restored: true, key };
  }

  private async saveNow(force: boolean): Promise<SaveOutcome> {
    const blocked = cacheBlockedReason('save');
    if (blocked) {
      this.warnOnce('save-blocked', `Checkpoint not saved to the Actions cache: ${blocked}.`);
      return { saved: false, why: 'unavailable', detail: `not saved: ${blocked}` };
    }
    const now = this.now();
    if (!force && this.lastUploadAt !== undefined && now - this.lastUploadAt < this.throttleMs) {
      return {
        saved: false,
        why: 'throttled',
        detail: `not saved: throttled (one upload per ${this.throttleMs} ms)`,
      };
    }
    let content: Buffer;
    let state: CacheSyncState;
    try {
      content = await readFile(this.options.checkpointFile);
      state = await this.loadState();
    } catch (error) {
      return {
        saved: false,
        why: 'no-checkpoint',
        detail: `not saved: no readable checkpoint (${message(error)})`,
      };
    }
    const hash = sha256(content);
    if (state.savedHash === hash) {
      return {
        saved: false,
        why: 'unchanged',
        ...(state.savedKey === undefined ? {} : { key: state.savedKey }),
        detail: `not saved: unchanged since ${state.savedKey ?? 'the last save'}`,
      };
    }
    this.lastUploadAt = now;
    // The counter is stored before the upload, so a key is never tried twice, even by post after a crash.
    const next: CacheSyncState = { ...state, seq: state.seq + 1 };
    const key = this.keys.saveKey(next.seq);
    try {
      await writeAtomically(this.snapshotFile, content);
      await this.storeState(next);
    } catch (error) {
      return this.saveFailed(key, `could not write ${this.snapshotFile} (${message(error)})`);
    }
    const result = await this.calls.call(() => saveCache(this.cachePaths(), key));
    if (result.kind === 'returned' && result.value !== -1) {
      await this.storeState({ ...next, savedHash: hash, savedKey: key }).catch(() => undefined);
      this.warned.delete('save-failed');
      this.log.info(`Checkpoint saved to the Actions cache as ${key}.`);
      return { saved: true, key };
    }
    return this.saveFailed(key, this.calls.explain(result));
  }

  private saveFailed(key: string, reason: string): SaveOutcome {
    const detail = `not saved as ${key}: ${reason}`;
    this.warnOnce('save-failed', `Checkpoint ${detail}.`);
    return { saved: false, why: 'failed', key, detail };
  }

  private restoreFailed(reason: string): RestoreOutcome {
    this.log.warning(`Checkpoint not restored from the Actions cache: ${reason}.`);
    return { restored: false, detail: `not restored: ${reason}` };
  }

  /** Later failures of the same kind are logged as info, until a success: no warning every minute. */
  private warnOnce(kind: string, text: string): void {
    if (this.warned.has(kind)) this.log.info(text);
    else this.log.warning(text);
    this.warned.add(kind);
  }

  private cachePaths(): string[] {
    const path = relative(process.cwd(), this.snapshotFile);
    return [isAbsolute(path) ? path : path.split(sep).join('/')];
  }

  private loadState(): Promise<CacheSyncState> {
    const { runId, runAttempt } = this.options;
    return loadCacheSyncState(this.stateFile, { runId, runAttempt: String(runAttempt) });
  }

  private storeState(state: CacheSyncState): Promise<void> {
    return storeCacheSyncState(this.stateFile, state);
  }

  private serialized<T>(operation: () => Promise<T>): Promise<T> {
    const next = this.queue.then(operation, operation);
    this.queue = next.catch(() => undefined);
    return next;
  }
}

function sha256(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}
