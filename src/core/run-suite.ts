// The one function that ties a run together: plan the units, run them in parallel lanes with retries, stop on request, report.
import { platformNotices, trackingRecord } from './tracker/tracking-description.js';
import { InternalError } from './errors.js';
import { RunCheckpoint } from './checkpoint/run-checkpoint.js';
import { ContainerWatcher } from './containers/container-watcher.js';
import { openUnitEndpoints } from './containers/open-unit-endpoints.js';
import { startRunGuard } from './lifecycle/run-guard.js';
import { StopToken } from './lifecycle/stop-token.js';
import { admitted, machineRecord, startMonitor } from './monitor/run-monitor.js';
import { outputPaths, planRun } from './plan/plan-run.js';
import { readTimings, timingsMap, updateTimings } from './plan/timings.js';
import { SlowWatch } from './report/slow-watch.js';
import { buildReport } from './report/build-report.js';
import { emit } from './report/events.js';
import { isFailure } from './report/failure.js';
import { renderHtmlReport } from './report/html-report.js';
import { renderJUnit } from './report/junit-writer.js';
import {
  OutputWriteError,
  writeOutputs,
  type OutputOption,
  type OutputWriteFailure,
} from './report/output-paths.js';
import { writeFileAtomic } from './report/write-files.js';
import type { Plan, RunSuiteOptions } from './run-config.js';
import { DEFAULTS } from './run-config.js';
import { runUnit, type RunContext } from './run-unit.js';
import { createRunCgroup } from './tracker/cgroup.js';
import { openRegistry } from './tracker/open-registry.js';
import { StateDirFault } from './state-dir-fault.js';
import type { RunReport, Unit, UnitResult } from './types.js';

export { DEFAULTS, planRun };
export type { Plan, RunSuiteOptions };

export async function runSuite(options: RunSuiteOptions): Promise<RunReport> {
  const plan = await planRun(options);
  return executePlan(plan, options);
}

export async function executePlan(plan: Plan, options: RunSuiteOptions): Promise<RunReport> {
  const reporters = options.reporters ?? [];
  const stop = options.stop ?? new StopToken();
  const jobs = options.jobs ?? DEFAULTS.jobs;
  const retries = options.retries ?? DEFAULTS.retries;
  const startedAt = Date.now();
  const unsubscribe = stop.onRequest((reason, immediate) =>
    emit(reporters, 'onStopRequested', reason, immediate),
  );

  const notice = (level: 'info' | 'warning', message: string) =>
    emit(reporters, 'onNotice', level, message);
  for (const w of plan.warnings) notice('warning', w);
  for (const i of plan.infos) notice('info', i);
  const registry = await openRegistry(plan, notice);
  // Disk full or state dir removed mid-run: running units are stopped and swept (by what this
  // process knows of them), results so far reported, exit 74; never taken for a bug.
  const fault = new StateDirFault(plan.state.root, (error) => {
    notice(
      'warning',
      `the state dir stopped being writable: ${error.message}; stopping the run (exit 74)`,
    );
    if (!stop.terminatesRunning) stop.request('state-dir-unwritable', { terminate: true });
  });
  registry.onWriteError = fault.record;
  const tracking = trackingRecord(plan.tracking);
  for (const n of platformNotices()) notice(n.level, n.message);
  // The detached watchdog and the heartbeat to it: if this process dies, its units still go;
  // if its event loop is stuck, the watchdog asks it to stop the run (and ends it if it cannot).
  const guard = startRunGuard({
    stateDir: plan.state.root,
    runId: plan.runId,
    heartbeatTimeoutMs: options.heartbeatTimeoutMs,
    watchdog: options.watchdog,
    command: options.watchdogCommand,
    onStopRequest: (reason) => stop.request(reason, { terminate: true }),
  });
  for (const w of guard.warnings) notice('warning', w);
  try {
    const monitor = startMonitor(options, stop, notice);
    const runCgroup =
      plan.tracking === 'cgroup' ? createRunCgroup(plan.runId, plan.cgroupSupport) : undefined;
    if (runCgroup) registry.add({ kind: 'cgroup', runId: plan.runId, path: runCgroup.path });
    const containers = plan.engine
      ? new ContainerWatcher(
          plan.engine,
          plan.runId,
          options.containers === 'remove-unattributed' ? 'remove' : 'leave',
        )
      : undefined;
    const endpoints = await openUnitEndpoints(plan, options.env ?? process.env, notice);
    const context: RunContext = {
      plan,
      options,
      stop,
      reporters,
      retries,
      registry,
      monitor,
      runCgroup,
      containers,
      endpoints,
    };
    const checkpoint = await RunCheckpoint.open({
      stateDir: plan.state.root,
      units: plan.units,
      command: plan.template.source,
      shell: plan.template.shell,
      resume: options.resume ?? false,
      runId: plan.runId,
      attempt: options.attempt,
      ciRunId: options.ciRunId,
      jobs,
      sync: options.checkpointSync,
      notice,
      onWriteError: fault.record,
    });
    const queue = checkpoint.toRun;
    const slow = new SlowWatch(
      options.slowTimeoutMs === undefined
        ? DEFAULTS.slowTimeoutMs
        : (options.slowTimeoutMs ?? undefined),
      (unit, overMs) => emit(reporters, 'onUnitSlow', unit, overMs),
    );

    emit(reporters, 'onRunStart', {
      runId: plan.runId,
      units: plan.units,
      toRun: queue.length,
      jobs,
      stateDir: plan.state.root,
      tracking: plan.tracking,
      trackingRecord: tracking,
      queued: queue,
      estimates: timingsMap(readTimings(plan.timingsFile).timings),
    });

    const results = new Map<string, UnitResult>(checkpoint.fromCheckpoint.map((r) => [r.id, r]));
    let done = 0;
    let next = 0;
    let failures = 0;
    let stoppedAt: number | undefined;
    stop.onRequest(() => (stoppedAt ??= Date.now()));
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
          if (fault.record(error)) break;
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
    try {
      // allSettled: a lane that throws (a bug) must not leave the others' units unattended.
      const lanes = await Promise.allSettled(
        Array.from({ length: Math.max(1, Math.min(jobs, queue.length)) }, lane),
      );
      const broken = lanes.find((l): l is PromiseRejectedResult => l.status === 'rejected');
      if (broken) throw new InternalError('a run lane failed', { cause: broken.reason });
    } finally {
      unsubscribe();
      slow.stop();
      monitor.stop();
      await runCgroup?.remove().catch(() => false);
      await endpoints?.closeAll();
    }

    const units = plan.units.map((unit) => results.get(unit.id) ?? notRun(unit, stop.reason));
    if (
      units.every((u) => u.leaked.every((l) => l.action !== 'left' && l.action !== 'kill-failed'))
    ) {
      registry.add({ kind: 'cleaned', at: Date.now() });
    }
    const machine = machineRecord(monitor, options);
    await checkpoint.end(stop.reason ?? null, machine);
    if (options.updateTimings !== false) {
      for (const w of updateTimings(plan.timingsFile, units).warnings) notice('warning', w);
    }
    const report = buildReport({
      runId: plan.runId,
      startedAt,
      units,
      reason: stop.reason ?? null,
      resumed: checkpoint.resumed,
      stoppedAt,
      machine,
      shard: plan.shard,
      tracking,
    });
    const unwritten = writeReports(plan, options, report, checkpoint.runs);
    emit(reporters, 'onRunEnd', report);
    // After the summary and the checkpoint: a report that cannot be written loses nothing else.
    if (unwritten.length > 0) throw new OutputWriteError(unwritten, report);
    return report;
  } finally {
    await guard.stop();
    await plan.stateLock.release();
  }
}

/** Writes the report files; each failure is kept and the other files are still written. */
function writeReports(
  plan: Plan,
  options: RunSuiteOptions,
  report: RunReport,
  checkpointRuns: RunCheckpoint['runs'],
): OutputWriteFailure[] {
  const content: Record<OutputOption, () => string> = {
    '--report-json': () => `${JSON.stringify(report, null, 2)}\n`,
    '--junit': () => renderJUnit(report),
    '--report-html': () => renderHtmlReport(report, { checkpointRuns }),
  };
  return writeOutputs(
    outputPaths(plan.cwd, options).map((output) => ({
      ...output,
      write: () => writeFileAtomic(output.path, content[output.option]()),
    })),
  );
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
    tests: { passed: 0, failed: 0, skipped: 0 },
    leaked: [],
    log: null,
    message: `not run (${reason ?? 'stopped'})`,
  };
}
