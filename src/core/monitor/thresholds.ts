// The threshold rule as a pure state machine: while memory or CPU is above its threshold no new unit starts; a breach that lasts the whole window calls for a graceful shutdown.

export interface ThresholdOptions {
  /** Machine memory in use, percent; default 90; null turns the memory rule off. */
  memoryPercent?: number | null | undefined;
  /** CPU busy across all cores, percent; undefined (the default) turns the CPU rule off. */
  cpuPercent?: number | undefined;
  /** How long a breach must last before shutdown; default 10 000 ms. */
  windowMs?: number | undefined;
}

export interface ResolvedThresholds {
  /** Undefined: the memory rule is off. */
  memoryPercent: number | undefined;
  cpuPercent: number | undefined;
  windowMs: number;
}

export type ThresholdResource = 'memory' | 'cpu';

export interface Breach {
  reason: ThresholdResource;
  /** Time of the first sample of this uninterrupted breach. */
  since: number;
  /** The latest value seen (for a shutdown: the value that completed the window). */
  value: number;
  threshold: number;
}

export interface ThresholdState {
  /** False while any threshold is breached: no new unit starts. */
  admit: boolean;
  /** Breaches going on now, memory first. */
  breaches: readonly Breach[];
  /** Set once a breach has lasted the window; it stays set, as the shutdown it asks for frees the memory. */
  shutdown?: Breach;
}

/** The only sample fields the rule looks at (a MachineSample fits). */
export interface ThresholdSample {
  at: number;
  memoryPercent: number;
  cpuPercent: number | null;
}

export const DEFAULT_MEMORY_PERCENT = 90;
export const DEFAULT_WINDOW_MS = 10_000;

export const initialThresholdState: ThresholdState = Object.freeze({
  admit: true,
  breaches: Object.freeze([]),
});

/** Fills defaults; values are validated where they enter (the CLI and Action inputs), so a bad one here is a bug. */
export function resolveThresholds(options: ThresholdOptions = {}): ResolvedThresholds {
  const resolved = {
    memoryPercent:
      options.memoryPercent === null
        ? undefined
        : (options.memoryPercent ?? DEFAULT_MEMORY_PERCENT),
    cpuPercent: options.cpuPercent,
    windowMs: options.windowMs ?? DEFAULT_WINDOW_MS,
  };
  const percentOk = (p: number | undefined) =>
    p === undefined || (Number.isFinite(p) && p > 0 && p <= 100);
  if (!percentOk(resolved.memoryPercent) || !percentOk(resolved.cpuPercent)) {
    throw new RangeError(
      `thresholds: expected percentages in (0, 100], got ${JSON.stringify(options)}`,
    );
  }
  if (!Number.isFinite(resolved.windowMs) || resolved.windowMs < 0) {
    throw new RangeError(
      `thresholds: expected a window of 0 ms or more, got ${JSON.stringify(options)}`,
    );
  }
  return resolved;
}

/**
 * One resource's breach after a sample: a value above the threshold starts or continues it, a
 * value at or below ends it (the next breach starts a fresh window), no value (the first CPU
 * sample) leaves it as it was.
 */
function nextBreach(
  previous: Breach | undefined,
  reason: ThresholdResource,
  threshold: number | undefined,
  value: number | null,
  at: number,
): Breach | undefined {
  if (threshold === undefined) return undefined;
  if (value === null) return previous;
  if (value <= threshold) return undefined;
  return previous ? { ...previous, value } : { reason, since: at, value, threshold };
}

/** The state after one sample; `state` is never modified. Samples must come in time order. */
export function nextThresholdState(
  state: ThresholdState,
  sample: ThresholdSample,
  options: ResolvedThresholds,
): ThresholdState {
  const find = (reason: ThresholdResource) => state.breaches.find((b) => b.reason === reason);
  const breaches = [
    nextBreach(find('memory'), 'memory', options.memoryPercent, sample.memoryPercent, sample.at),
    nextBreach(find('cpu'), 'cpu', options.cpuPercent, sample.cpuPercent, sample.at),
  ].filter((b): b is Breach => b !== undefined);
  const next: ThresholdState = { admit: breaches.length === 0, breaches };
  // The breach that began first completed its window first; memory wins a tie (order above).
  const due = breaches
    .filter((b) => sample.at - b.since >= options.windowMs)
    .reduce<Breach | undefined>(
      (first, b) => (first === undefined || b.since < first.since ? b : first),
      undefined,
    );
  const shutdown = state.shutdown ?? due;
  if (shutdown) next.shutdown = shutdown;
  return next;
}

/** Whether two states differ in what a caller acts on: admission, the set of breaches, shutdown. */
export function thresholdChanged(before: ThresholdState, after: ThresholdState): boolean {
  return (
    before.admit !== after.admit ||
    before.shutdown !== after.shutdown ||
    before.breaches.map((b) => `${b.reason}@${b.since}`).join() !==
      after.breaches.map((b) => `${b.reason}@${b.since}`).join()
  );
}
