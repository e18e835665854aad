// The one function that ties a run together, in the order of the run's life: announce, guard,
// open what the units share, resume from the checkpoint, run the lanes, close, report.
import { platformNotices, trackingRecord } from '../tracker/tracking-description.js';
import { StopToken } from '../lifecycle/stop-token.js';
import { planRun } from '../plan/plan-run.js';
import { readTimings, timingsMap } from '../plan/timings.js';
import { emit, type RunEvents } from '../report/events.js';
import { OutputWriteError } from '../report/output-paths.js';
import type { Plan, RunSuiteOptions } from '../run-config.js';
import { DEFAULTS } from '../run-config.js';
import { StateDirFault } from '../state-dir-fault.js';
import { openRegistry } from '../tracker/open-registry.js';
import type { RunReport } from '../types.js';
import { finishRun } from './finish-run.js';
import { guardRun } from './guard-run.js';
import { openCheckpoint, openPresetAttempts } from './open-checkpoint.js';
import type { Notice } from './run-context.js';
import { closeRunResources, openRunResources } from './run-resources.js';
import { runLanes } from './run-lanes.js';
import { writeReports } from './write-reports.js';

export { DEFAULTS, planRun };
export type { Plan, RunSuiteOptions };

export async function runSuite(options: RunSuiteOptions): Promise<RunReport> {
  const plan = await planRun(options);
  return executePlan(plan, options);
}

export async function executePlan(plan: Plan, options: RunSuiteOptions): Promise<RunReport> {
  const reporters = options.reporters ?? [];
  const stop = options.stop ?? new StopToken();
  const startedAt = Date.now();
  const unsubscribe = stop.onRequest((reason, immediate) =>
    emit(reporters, 'onStopRequested', reason, immediate),
  );
  const notice = noticeTo(reporters);
  for (const w of plan.warnings) notice('warning', w);
  for (const i of plan.infos) notice('info', i);
  const fault = stopOnStateDirFault(plan, stop, notice);
  const registry = await openRegistry(plan, notice, fault).catch(async (error: unknown) => {
    await plan.stateLock.release();
    throw error;
  });
  const tracking = trackingRecord(plan.tracking);
  for (const n of platformNotices()) notice(n.level, n.message);
  const guard = guardRun(plan, options, stop, notice);
  try {
    const context = await openRunResources(plan, options, {
      stop,
      reporters,
      registry,
      fault,
      notice,
    });
    context.guard = guard;
    const checkpoint = await openCheckpoint(context, notice);
    context.presetAttempts = openPresetAttempts(context, checkpoint, notice);
    emit(reporters, 'onRunStart', {
      runId: plan.runId,
      units: plan.units,
      toRun: checkpoint.toRun.length,
      jobs: context.jobs,
      stateDir: plan.state.root,
      tracking: plan.tracking,
      trackingRecord: tracking,
      queued: checkpoint.toRun,
      estimates: timingsMap(readTimings(plan.timingsFile).timings),
    });
    let lanes: Awaited<ReturnType<typeof runLanes>>;
    try {
      lanes = await runLanes(context, checkpoint);
    } finally {
      unsubscribe();
      await closeRunResources(context);
    }
    const report = await finishRun(context, checkpoint, lanes, {
      startedAt,
      tracking,
      notice,
      // The units are swept and the registry holds how: the watchdog has nothing left to guard,
      // and leaves while the checkpoint's end is written and synced and the reports are written
      // (awaited below).
      onSwept: () => void guard.stop(),
    });
    const unwritten = await writeReports(plan, options, report, checkpoint.runs);
    emit(reporters, 'onRunEnd', report);
    // After the summary and the checkpoint: a report that cannot be written loses nothing else.
    if (unwritten.length > 0) throw new OutputWriteError(unwritten, report);
    return report;
  } finally {
    await guard.stop();
    await plan.stateLock.release();
  }
}

/**
 * Disk full or state dir removed after the start check: running units are stopped and swept (by
 * what this process knows of them), results so far reported, exit 74; never taken for a bug.
 * Failing at the registry's or the checkpoint's first write, the run stops before any unit.
 */
function stopOnStateDirFault(plan: Plan, stop: StopToken, notice: Notice): StateDirFault {
  const fault = new StateDirFault(plan.state.root, (error) => {
    notice(
      'warning',
      `the state dir stopped being writable: ${error.message}; stopping the run (exit 74)`,
    );
    if (!stop.terminatesRunning) stop.request('state-dir-unwritable', { terminate: true });
  });
  return fault;
}

function noticeTo(reporters: RunEvents[]): Notice {
  return (level, message) => emit(reporters, 'onNotice', level, message);
}
