// The seam between the on-disk checkpoint (always written by the core) and a remote copy (the Actions cache in the Action).

export interface SaveOutcome {
  saved: boolean;
  /** The key or location it was saved under. */
  key?: string;
  /** Why it was not saved (throttled, unavailable, already exists...). */
  detail?: string;
}

export interface RestoreOutcome {
  restored: boolean;
  key?: string;
  detail?: string;
}

/**
 * Keeps a remote copy of the state dir's checkpoint file. Implementations never throw for
 * service problems: they return `saved: false` / `restored: false` with a detail.
 */
export interface CheckpointSync {
  /** Brings the newest remote checkpoint into the state dir (before the run). */
  restore(): Promise<RestoreOutcome>;
  /** Uploads the on-disk checkpoint; without `force` at most once per throttle interval. */
  save(options: { force: boolean }): Promise<SaveOutcome>;
}
