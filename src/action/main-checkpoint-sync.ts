// The checkpoint sync as main uses it: one restore shared by the resume decision and the core, and no cache call waited for once the job is being cancelled (post uploads; main's time is for stopping units).
import type {
  CheckpointSync,
  RestoreOutcome,
  SaveOutcome,
} from '../core/checkpoint/checkpoint-sync.js';
import type { ActionsCacheCheckpointSync } from './cache-checkpoint-sync.js';

export class MainCheckpointSync implements CheckpointSync {
  #restore: Promise<RestoreOutcome> | undefined;
  #deferred = false;
  #cancel: () => void = () => undefined;
  readonly #cancelled = new Promise<RestoreOutcome>((resolve) => {
    this.#cancel = () =>
      resolve({ restored: false, detail: 'not restored: the job is being cancelled' });
  });
  #lastForced: SaveOutcome | undefined;

  constructor(private readonly cache: ActionsCacheCheckpointSync) {}

  /**
   * The first call restores; later calls (the core's, on resume) get the same outcome. A cancel
   * ends the wait (the client cannot be interrupted; its download may still land, unused).
   */
  restore(): Promise<RestoreOutcome> {
    this.#restore ??= Promise.race([this.cache.restore(), this.#cancelled]);
    return this.#restore;
  }

  async save(options: { force: boolean }): Promise<SaveOutcome> {
    if (this.#deferred)
      return { saved: false, why: 'deferred', detail: 'not saved: left to the post step' };
    const outcome = await this.cache.save(options);
    if (options.force && !this.#deferred) this.#lastForced = outcome;
    return outcome;
  }

  /** From now on uploads are left to the post step. */
  deferUploads(): void {
    this.#deferred = true;
    this.#cancel();
  }

  /** Whether the last forced upload put the final checkpoint in the cache (or found it there). */
  get finalSaveDone(): boolean {
    const last = this.#lastForced;
    if (this.#deferred || !last) return false;
    return last.saved || last.why === 'unchanged';
  }

  /** Resolves when no cache call is in flight (calls given up on at their deadline included). */
  idle(): Promise<void> {
    return this.cache.idle();
  }
}
