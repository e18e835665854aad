// After the lanes: every unit's result (not run ones too), the registry marked clean when nothing
// was left (the watchdog told it can leave), the checkpoint ended, the timings updated and the report built.
import type { RunCheckpoint } from '../checkpoint/run-checkpoint.js';
import { machineRecord } from '../monitor/run-monitor.js';
import { updateTimings } from '../plan/timings.js';
import { buildReport } from '../report/build-report.js';
import type { RunReport, TrackingRecord, Unit, UnitResult } from '../types.js';
import type { Notice, RunContext } from './run-context.js';
import type { LanesOutcome } from './run-lanes.js';

export async function finishRun(
  context: RunContext,
  checkpoint: RunCheckpoint,
  lanes: LanesOutcome,
  run: {
    startedAt: number;
    tracking: TrackingRecord;
    notice: Notice;
    /**
     * Every unit is swept and the registry says how it ended: nothing is left for the watchdog
     * to clean up, and its exit overlaps the checkpoint's last (durable) write and the reports.
     */
    onSwept?: () => void;
  },
): Promise<RunReport> {
  const { plan, options, stop, registry, monitor } = context;
  const units = plan.units.map((unit) => lanes.results.get(unit.id) ?? notRun(unit, stop.reason));
  if (
    units.every((u) => u.leaked.every((l) => l.action !== 'left' && l.action !== 'kill-failed'))
  ) {
    registry.add({ kind: 'cleaned', at: Date.now() });
  }
  run.onSwept?.();
  const machine = machineRecord(monitor, options);
  await checkpoint.end(stop.reason ?? null, machine);
  if (options.updateTimings !== false) {
    for (const w of updateTimings(plan.timingsFile, units).warnings) run.notice('warning', w);
  }
  return buildReport({
    runId: plan.runId,
    startedAt: run.startedAt,
    units,
    reason: stop.reason ?? null,
    resumed: checkpoint.resumed,
    stoppedAt: lanes.stoppedAt(),
    machine,
    shard: plan.shard,
    tracking: run.tracking,
  });
}

function notRun(unit: Unit, reason: string | undefined): UnitResult {
  return {
    id: unit.id,
    outcome: 'skipped',
    fromCheckpoint: false,
    attempts: 0,
    flaky: false,
    exitCode: null,
    signal: null,
    durationMs: 0,
    peakRssBytes: 0,
    tests: { passed: 0, failed: 0, skipped: 0, errors: 0 },
    leaked: [],
    log: null,
    message: `not run (${reason ?? 'stopped'})`,
  };
}
