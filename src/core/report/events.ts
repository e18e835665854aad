// The hooks a run calls as it goes; reporters (console, Actions summary) implement the ones they need. The core never prints.
import type { TestId } from '../frameworks/test-events.js';
import type {
  AttemptResult,
  RunReport,
  StopReason,
  TrackingRecord,
  Unit,
  UnitResult,
} from '../types.js';

export interface RunStartInfo {
  runId: string;
  units: readonly Unit[];
  /** Units that will run in this run (the rest come from a checkpoint). */
  toRun: number;
  jobs: number;
  stateDir: string;
  tracking: 'cgroup' | 'process';
  /** The same with the process table, in words. */
  trackingRecord?: TrackingRecord;
  /** The units this run will run, in order. */
  queued: readonly Unit[];
  /** Recorded durations of earlier runs by unit id (for an estimate of the time left). */
  estimates: ReadonlyMap<string, number>;
}

export interface RunEvents {
  onRunStart?(info: RunStartInfo): void;
  onUnitStart?(unit: Unit, attempt: number): void;
  /** An attempt ended; `willRetry` is true when another attempt follows. */
  onAttemptEnd?(result: AttemptResult, willRetry: boolean): void;
  /** A unit is done; `done` counts finished units including this one, of `total`. */
  onUnitEnd?(result: UnitResult, progress: { done: number; total: number }): void;
  /** A unit has run longer than `--slow-timeout` (`overMs`), and again each period after. */
  onUnitSlow?(unit: Unit, overMs: number): void;
  /** With a preset: a test of the unit has run longer than `--slow-timeout` (`overMs`), and again each period after. */
  onTestSlow?(unitId: string, test: TestId, overMs: number): void;
  /** A stop was requested (signal, threshold, fail-fast). */
  onStopRequested?(reason: StopReason, immediate: boolean): void;
  /** Something the user should know that is not a unit's result. */
  onNotice?(level: 'info' | 'warning', message: string): void;
  onRunEnd?(report: RunReport): void;
}

/** Calls a hook on every reporter; a throwing reporter must not break the run. */
export function emit<K extends keyof RunEvents>(
  reporters: readonly RunEvents[],
  name: K,
  ...args: Parameters<NonNullable<RunEvents[K]>>
): void {
  for (const reporter of reporters) {
    const hook = reporter[name] as ((...a: typeof args) => void) | undefined;
    try {
      hook?.apply(reporter, args);
    } catch {
      // A reporter bug is not the run's failure.
    }
  }
}
