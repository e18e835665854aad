// The run's lanes: up to `jobs` units at once, each admitted by the monitor, recorded in the
// checkpoint as it ends, said to be slow past --slow-timeout; fail-fast and stop requests end the scheduling.
import type { RunCheckpoint } from '../checkpoint/run-checkpoint.js';
import { InternalError } from '../errors.js';
import { admitted } from '../monitor/run-monitor.js';
import { emit } from '../report/events.js';
import { isFailure } from '../report/failure.js';
import { SlowWatch } from '../report/slow-watch.js';
import { slowTimeoutOf } from '../run-config.js';
import type { UnitResult } from '../types.js';
import type { RunContext } from './run-context.js';
import { runUnit } from './unit/run-unit.js';

export interface LanesOutcome {
  /** Every unit's result by id: those from the checkpoint and those run now. */
  results: Map<string, UnitResult>;
  /** When the first stop request came (read after the lanes end: a late request still counts). */
  stoppedAt: () => number | undefined;
}

export async function runLanes(
  context: RunContext,
  checkpoint: RunCheckpoint,
): Promise<LanesOutcome> {
  const { options, stop, reporters, monitor, jobs } = context;
  const queue = checkpoint.toRun;
  const results = new Map<string, UnitResult>(checkpoint.fromCheckpoint.map((r) => [r.id, r]));
  let done = 0;
  let next = 0;
  let failures = 0;
  let stoppedAt: number | undefined;
  stop.onRequest(() => (stoppedAt ??= Date.now()));
  const slow = new SlowWatch(slowTimeoutOf(options), (unit, overMs) =>
    emit(reporters, 'onUnitSlow', unit, overMs),
  );
  const lane = async (_: unknown, laneIndex: number) => {
    while (!stop.stopped && next < queue.length) {
      // Over a threshold no new unit starts; held for the window, the monitor stops the run.
      if (!(await admitted(monitor, stop))) break;
      const unit = queue[next++]!;
      let result: UnitResult;
      slow.start(unit);
      try {
        result = await runUnit(context, unit, laneIndex);
      } catch (error) {
        // A state dir that failed before the unit could start (its log): it counts as not run.
        if (context.fault.record(error)) break;
        // Stop scheduling in every lane; the units already running finish normally.
        next = queue.length;
        throw error;
      } finally {
        slow.end(unit);
      }
      results.set(unit.id, result);
      checkpoint.record(result);
      if (isFailure(result)) {
        failures++;
        if (options.maxFailures !== undefined && failures >= options.maxFailures) {
          stop.request('fail-fast', { terminate: false });
        }
      }
      emit(reporters, 'onUnitEnd', result, { done: ++done, total: queue.length });
    }
  };
  // allSettled: a lane that throws (a bug) must not leave the others' units unattended.
  const lanes = await Promise.allSettled(
    Array.from({ length: Math.max(1, Math.min(jobs, queue.length)) }, lane),
  ).finally(() => slow.stop());
  const broken = lanes.find((l): l is PromiseRejectedResult => l.status === 'rejected');
  if (broken) throw new InternalError('a run lane failed', { cause: broken.reason });
  return { results, stoppedAt: () => stoppedAt };
}
