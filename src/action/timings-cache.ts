// The durations history in the Actions cache (docs/sharding.md): restored before a run or a merge, the split of a sharded run pinned under its run id, the updated history saved under a new key; every cache problem is a warning.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { info, warning } from '@actions/core';
import { restoreCache, saveCache } from '@actions/cache';
import { emptyTimings, writeTimings } from '../core/plan/timings.js';
import { CacheCalls, cacheBlockedReason, errorMessage, restoreFailure } from './cache-call.js';
import type { CacheSyncLog } from './cache-checkpoint-sync.js';
import { STATE_ROOT, TIMINGS_CACHE_TIMEOUT_MS } from './constants.js';
import type { GitHubContext } from './github-context.js';
import type { TimingsInputs } from './inputs.js';
import {
  timingsCacheKeys,
  type TimingsCacheKeys,
  type TimingsKeyParts,
} from './timings-cache-key.js';

/**
 * The one `paths` entry of every timings cache call. The cache's version hashes the path strings,
 * so it is the same relative string everywhere (an absolute path would carry the checkout's
 * location); the client globs it from the current directory, which in a step is the workspace.
 */
export const TIMINGS_CACHE_PATH = `${STATE_ROOT}/timings.json`;

/** Where the durations a run splits by came from. */
export type TimingsSource =
  | { kind: 'pinned'; key: string }
  | { kind: 'history'; key: string }
  | { kind: 'none'; detail: string };

export interface ActionsCacheTimingsOptions extends TimingsKeyParts {
  /** Absolute path of TIMINGS_CACHE_PATH in the workspace. */
  file: string;
  /** Deadline of one cache call. Default 20 000. */
  timeoutMs?: number;
  /** How long a shard that found the split's key taken waits for that entry. Default 5 000. */
  pinWaitMs?: number;
  log?: CacheSyncLog;
}

export class ActionsCacheTimings {
  readonly keys: TimingsCacheKeys;
  private readonly calls: CacheCalls;
  private readonly log: CacheSyncLog;
  private readonly paths = [TIMINGS_CACHE_PATH];
  /** sha256 of the history as restored: an unchanged one is not saved again. */
  private restoredHash: string | undefined;
  /** Set by the first failed call: later ones are not tried. */
  private broken: string | undefined;

  constructor(private readonly options: ActionsCacheTimingsOptions) {
    this.keys = timingsCacheKeys(options);
    this.calls = new CacheCalls(options.timeoutMs ?? 20_000);
    this.log = options.log ?? { info, warning };
  }

  /** The branch's history (else a fallback branch's) into the file; a miss leaves no file. */
  async restoreHistory(): Promise<TimingsSource> {
    const blocked = cacheBlockedReason('restore');
    if (blocked) return this.none(`not restored: ${blocked}`, true);
    rmSync(this.options.file, { force: true });
    const [own, ...others] = this.keys.historyPrefixes;
    const restored = await this.restore(own!, [own!, ...others]);
    if (restored.kind !== 'hit') {
      const searched = this.keys.historyPrefixes.join(', ');
      return restored.kind === 'miss'
        ? this.none(`no durations history in the Actions cache yet (${searched})`, false)
        : this.none(`not restored: ${restored.reason}`, true);
    }
    this.log.info(`Durations history restored from the Actions cache (${restored.key}).`);
    return { kind: 'history', key: restored.key };
  }

  /**
   * The durations every shard of this run splits by: the ones pinned under the run id by the first
   * shard (or attempt) to get there; else the history, pinned now. A pin that cannot be made is a
   * warning: a shard reading another history would split differently, which merge reports.
   */
  async restoreForShards(): Promise<TimingsSource> {
    const { splitKey } = this.keys;
    if (cacheBlockedReason('restore')) return this.restoreHistory();
    rmSync(this.options.file, { force: true });
    const pinned = await this.restorePin();
    if (pinned.kind === 'pinned') return pinned;
    const history = await this.restoreHistory();
    // No history is pinned too: a re-run must not split by one saved since (by the merge job).
    if (!existsSync(this.options.file)) writeTimings(this.options.file, emptyTimings());
    const saved = await this.save(splitKey);
    if (saved.kind === 'saved') {
      this.log.info(`The split of this run is pinned in the Actions cache as ${splitKey}.`);
      return history;
    }
    // Taken: another shard got there first and may still be uploading; wait for its entry.
    const deadline = Date.now() + (saved.kind === 'taken' ? (this.options.pinWaitMs ?? 5_000) : 0);
    for (;;) {
      const other = await this.restorePin();
      if (other.kind === 'pinned') return other;
      if (other.kind === 'failed' || Date.now() >= deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    this.log.warning(
      `The split of this run could not be pinned in the Actions cache as ${splitKey} (${saved.reason}): the shards split by the history each one restored.`,
    );
    if (!existsSync(this.options.file)) writeTimings(this.options.file, emptyTimings());
    return history;
  }

  /** Saves the file under a new history key of this branch, unless it is missing or unchanged. */
  async saveHistory(): Promise<void> {
    if (!existsSync(this.options.file)) {
      this.log.info('No durations recorded: the history is not saved.');
      return;
    }
    if (hashOf(this.options.file) === this.restoredHash) {
      this.log.info('The durations history is unchanged: not saved again.');
      return;
    }
    const key = this.keys.newHistoryKey();
    const saved = await this.save(key);
    if (saved.kind === 'saved')
      this.log.info(`Durations history saved to the Actions cache as ${key}.`);
    else this.log.warning(`Durations history not saved as ${key}: ${saved.reason}.`);
  }

  idle(): Promise<void> {
    return this.calls.idle();
  }

  private async restorePin(): Promise<TimingsSource | { kind: 'miss' | 'failed' }> {
    const { splitKey } = this.keys;
    const pinned = await this.restore(splitKey, []);
    if (pinned.kind === 'hit' && pinned.key === splitKey) {
      this.log.info(`The shards split by the durations pinned for this run (${splitKey}).`);
      return { kind: 'pinned', key: splitKey };
    }
    // The service may match the key as a prefix (another run id that starts with this one).
    if (pinned.kind === 'hit') rmSync(this.options.file, { force: true });
    return { kind: pinned.kind === 'failed' ? 'failed' : 'miss' };
  }

  private async restore(
    primary: string,
    prefixes: string[],
  ): Promise<{ kind: 'hit'; key: string } | { kind: 'miss' } | { kind: 'failed'; reason: string }> {
    if (this.broken) return { kind: 'failed', reason: this.broken };
    const result = await this.calls.call(() => restoreCache(this.paths, primary, prefixes));
    if (result.kind !== 'returned') return this.failed(this.calls.explain(result));
    if (result.value === undefined) {
      const failure = restoreFailure(result.messages);
      return failure ? this.failed(failure) : { kind: 'miss' };
    }
    try {
      this.restoredHash = hashOf(this.options.file);
    } catch (error) {
      return { kind: 'failed', reason: `${result.value} was restored but: ${errorMessage(error)}` };
    }
    return { kind: 'hit', key: result.value };
  }

  private async save(
    key: string,
  ): Promise<
    { kind: 'saved' } | { kind: 'taken'; reason: string } | { kind: 'failed'; reason: string }
  > {
    const blocked = cacheBlockedReason('save') ?? this.broken;
    if (blocked) return { kind: 'failed', reason: blocked };
    const result = await this.calls.call(() => saveCache(this.paths, key));
    if (result.kind === 'returned' && result.value !== -1) return { kind: 'saved' };
    // The client says "Unable to reserve cache" for any failure to create the entry; the service's
    // answer to a key that exists is 409 (twirp already_exists), in the client's debug lines.
    const taken = result.messages.some((m) => /\(409\)|already.exists/i.test(m.text));
    return taken
      ? { kind: 'taken', reason: `${key} exists already` }
      : this.failed(this.calls.explain(result));
  }

  /** After one failure no more calls: a service that retries 5xx for half a minute would hold the step up each time. */
  private failed(reason: string): { kind: 'failed'; reason: string } {
    this.broken ??= `not tried: the cache service failed before (${reason})`;
    return { kind: 'failed', reason };
  }

  private none(detail: string, trouble: boolean): TimingsSource {
    if (trouble) this.log.warning(`Durations history ${detail}.`);
    else this.log.info(`${detail}.`);
    return { kind: 'none', detail };
  }
}

function hashOf(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** The history's place in the cache for this step; undefined, with the reason logged, off a runner. */
export function timingsCacheForStep(
  github: GitHubContext,
  inputs: TimingsInputs,
): ActionsCacheTimings | undefined {
  if (github.runId === undefined || github.branch === '') {
    info(
      'testwarden: no GITHUB_RUN_ID or branch (not on a runner?): the durations history stays on disk only',
    );
    return undefined;
  }
  try {
    return new ActionsCacheTimings({
      os: github.os,
      timingsKey: inputs.key,
      branch: github.branch,
      fallbackBranches: [github.baseBranch, inputs.defaultBranch],
      runId: github.runId,
      runAttempt: github.runAttempt,
      file: join(github.workspace, TIMINGS_CACHE_PATH),
      timeoutMs: TIMINGS_CACHE_TIMEOUT_MS,
    });
  } catch (error) {
    warning(`The durations history will not be kept in the Actions cache: ${errorMessage(error)}`);
    return undefined;
  }
}
