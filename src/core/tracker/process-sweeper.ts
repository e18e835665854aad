// Sweeps the process table on an unref'd timer while units run, without blocking the event loop; every running unit's recorder and memory watch share each sweep.
import type { ProcessInfo, ProcessTable, ProcessTableKind } from './process-table.js';

/** How often a table without a marker scan is swept while units run (documented in docs/tracking.md). */
export const SWEEP_INTERVAL_MS: Record<ProcessTableKind, number> = {
  proc: 250,
  ps: 250,
  windows: 2000,
};

type Listener = (sweep: readonly ProcessInfo[]) => void;

export class ProcessSweeper {
  readonly #table: ProcessTable;
  readonly #intervalMs: number;
  readonly #listeners = new Set<Listener>();
  #timer: NodeJS.Timeout | undefined;
  #inFlight: Promise<readonly ProcessInfo[]> | undefined;
  #latest: readonly ProcessInfo[] | undefined;

  constructor(table: ProcessTable, intervalMs = SWEEP_INTERVAL_MS[table.kind]) {
    this.#table = table;
    this.#intervalMs = intervalMs;
  }

  /** The last sweep's result (undefined before the first). */
  get latest(): readonly ProcessInfo[] | undefined {
    return this.#latest;
  }

  /** Calls `listener` after every sweep until the returned function is called; the first subscriber starts the timer. */
  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    if (!this.#timer) {
      this.#timer = setInterval(() => void this.sweep(), this.#intervalMs);
      this.#timer.unref();
    }
    void this.sweep();
    return () => {
      this.#listeners.delete(listener);
      if (this.#listeners.size === 0 && this.#timer) {
        clearInterval(this.#timer);
        this.#timer = undefined;
      }
    };
  }

  /** One sweep now, or the one already under way. */
  sweep(): Promise<readonly ProcessInfo[]> {
    this.#inFlight ??= this.#table
      .listAsync()
      .then((list) => {
        this.#latest = list;
        for (const listener of this.#listeners) listener(list);
        return list;
      })
      .finally(() => {
        this.#inFlight = undefined;
      });
    return this.#inFlight;
  }
}

const sweepers = new WeakMap<ProcessTable, ProcessSweeper>();

/** The one sweeper of a table in this process. */
export function sweeperFor(table: ProcessTable): ProcessSweeper {
  let sweeper = sweepers.get(table);
  if (!sweeper) {
    sweeper = new ProcessSweeper(table);
    sweepers.set(table, sweeper);
  }
  return sweeper;
}
