// Says when a unit (or, with a preset, a test) has been running longer than --slow-timeout, and again each period after, as cargo-nextest's SLOW lines do.
import type { Unit } from '../types.js';

interface Watched {
  since: number;
  /** How many periods the next notice is for. */
  times: number;
  onSlow: (overMs: number) => void;
}

/**
 * Each key's notices after the period and again each period after, from one shared timer: a
 * preset run starts and ends a key per test (1,000 tests, 1,000 of each), and a timer of its own
 * for each cost more of the runner's CPU than reading the test's events. The timer is armed for
 * the earliest notice due and left armed when keys end (it then finds nothing due, at most once
 * a period), so starting and ending a key touch only a map.
 */
export class SlowTimers {
  readonly #watched = new Map<string, Watched>();
  #timer: NodeJS.Timeout | undefined;
  /** When the armed timer fires (Infinity: none armed). */
  #timerAt = Infinity;

  /** `periodMs` undefined: off. */
  constructor(readonly periodMs: number | undefined) {}

  /** `onSlow(overMs)`: the threshold passed (the period times how many periods), counted from `since`. */
  start(key: string, onSlow: (overMs: number) => void, since = Date.now()): void {
    const period = this.periodMs;
    if (period === undefined || !Number.isFinite(period) || period <= 0) return;
    this.#watched.delete(key);
    this.#watched.set(key, { since, times: 1, onSlow });
    this.#arm(since + period);
  }

  end(key: string): void {
    this.#watched.delete(key);
  }

  /** How many keys are watched. */
  get size(): number {
    return this.#watched.size;
  }

  /** Ends every key that starts with `prefix` (all of them by default). */
  endAll(prefix = ''): void {
    for (const key of this.#watched.keys()) if (key.startsWith(prefix)) this.#watched.delete(key);
    if (this.#watched.size === 0) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
      this.#timerAt = Infinity;
    }
  }

  /** Makes the timer fire by `at` (an earlier one armed already does). */
  #arm(at: number): void {
    if (at >= this.#timerAt) return;
    clearTimeout(this.#timer);
    this.#timerAt = at;
    this.#timer = setTimeout(
      () => this.#due(),
      Math.max(0, Math.min(at - Date.now(), 2 ** 31 - 1)),
    );
    this.#timer.unref();
  }

  /** Says every notice due (each missed period too, in order), then arms for the next. */
  #due(): void {
    this.#timer = undefined;
    this.#timerAt = Infinity;
    const period = this.periodMs!;
    let next = Infinity;
    for (const [key, watched] of this.#watched) {
      while (
        this.#watched.get(key) === watched &&
        watched.since + period * watched.times <= Date.now()
      ) {
        watched.onSlow(period * watched.times++);
      }
      if (this.#watched.get(key) === watched)
        next = Math.min(next, watched.since + period * watched.times);
    }
    if (next !== Infinity) this.#arm(next);
  }
}

export class SlowWatch {
  readonly #timers: SlowTimers;

  /** `periodMs` undefined: off. */
  constructor(
    readonly periodMs: number | undefined,
    /** `overMs`: the threshold passed (the period times how many periods). */
    private readonly onSlow: (unit: Unit, overMs: number) => void,
  ) {
    this.#timers = new SlowTimers(periodMs);
  }

  start(unit: Unit): void {
    this.#timers.start(unit.id, (overMs) => this.onSlow(unit, overMs));
  }

  end(unit: Unit): void {
    this.#timers.end(unit.id);
  }

  stop(): void {
    this.#timers.endAll();
  }
}
