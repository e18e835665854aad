// Says when a unit has been running longer than --slow-timeout, and again each period after, as cargo-nextest's SLOW lines do.
import type { Unit } from '../types.js';

export class SlowWatch {
  readonly #timers = new Map<string, NodeJS.Timeout>();

  /** `periodMs` undefined: off. */
  constructor(
    readonly periodMs: number | undefined,
    /** `overMs`: the threshold passed (the period times how many periods). */
    private readonly onSlow: (unit: Unit, overMs: number) => void,
  ) {}

  start(unit: Unit): void {
    const period = this.periodMs;
    if (period === undefined || !Number.isFinite(period) || period <= 0) return;
    const since = Date.now();
    const arm = (times: number) => {
      const timer = setTimeout(
        () => {
          this.onSlow(unit, period * times);
          arm(times + 1);
        },
        Math.min(since + period * times - Date.now(), 2 ** 31 - 1),
      );
      timer.unref();
      this.#timers.set(unit.id, timer);
    };
    arm(1);
  }

  end(unit: Unit): void {
    clearTimeout(this.#timers.get(unit.id));
    this.#timers.delete(unit.id);
  }

  stop(): void {
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
  }
}
