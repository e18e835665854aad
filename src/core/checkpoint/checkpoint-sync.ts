// The seam between the on-disk checkpoint (always written by the core) and a remote copy (the Actions cache in the Action).

/**
 * Why a save did not happen. `throttled`, `unchanged` (the remote copy is already this one) and
 * `deferred` (another step uploads) are routine; the others are problems worth a warning.
 */
export type SaveSkipReason =
  'throttled' | 'unchanged' | 'deferred' | 'unavailable' | 'no-checkpoint' | 'failed';

export type SaveOutcome =
  /** `key`: the key or location it was saved under. */
  | { saved: true; key: string }
  /** `key`: the one it would have used, or that already holds it; `detail`: for people. */
  | { saved: false; why: SaveSkipReason; key?: string; detail: string };

const ROUTINE: ReadonlySet<SaveSkipReason> = new Set(['throttled', 'unchanged', 'deferred']);

/** The detail of a save that failed for a reason worth a warning; undefined when saved or routinely skipped. */
export function saveProblem(outcome: SaveOutcome): string | undefined {
  return outcome.saved || ROUTINE.has(outcome.why) ? undefined : outcome.detail;
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
