// Says when a unit (or, with a preset, a test) has been running longer than --slow-timeout, and again each period after, as cargo-nextest's SLOW lines do.
import type { Unit } from '../types.js';

/** One timer per key, each firing after the period and again each period after. */
export class SlowTimers {
  readonly #timers = new Map<string, NodeJS.Timeout>();

  /** `periodMs` undefined: off. */
  constructor(readonly periodMs: number | undefined) {}

  /** `onSlow(overMs)`: the threshold passed (the period times how many periods), counted from `since`. */
  start(key: string, onSlow: (overMs: number) => void, since = Date.now()): void {
    const period = this.periodMs;
    if (period === undefined || !Number.isFinite(period) || period <= 0) return;
    this.end(key);
    const arm = (times: number) => {
      const timer = setTimeout(
        () => {
          onSlow(period * times);
          arm(times + 1);
        },
        Math.max(0, Math.min(since + period * times - Date.now(), 2 ** 31 - 1)),
      );
      timer.unref();
      this.#timers.set(key, timer);
    };
    arm(1);
  }

  end(key: string): void {
    clearTimeout(this.#timers.get(key));
    this.#timers.delete(key);
  }

  /** Ends every timer whose key starts with `prefix`. */
  endAll(prefix = ''): void {
    for (const [key, timer] of this.#timers) {
      if (!key.startsWith(prefix)) continue;
      clearTimeout(timer);
      this.#timers.delete(key);
    }
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
