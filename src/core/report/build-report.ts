// Turns unit results into the run report (docs/cli.md, "Report JSON"): totals, status and exit code.
import type {
  MachineRecord,
  RunReport,
  RunStatus,
  ShardInfo,
  StopReason,
  Totals,
  TrackingRecord,
  UnitResult,
} from '../types.js';

export const EXIT = {
  ok: 0,
  failed: 1,
  usage: 2,
  internal: 3,
  /** The run ended, but a report file could not be written. */
  output: 4,
  shutdown: 42,
  /** The watchdog found the runner's event loop stuck and had it stop the run (EX_TEMPFAIL). */
  stuck: 75,
  /** The state dir stopped being writable mid-run (disk full, removed); the run was stopped (EX_IOERR). */
  stateDir: 74,
} as const;
const SIGNAL_EXIT: Partial<Record<StopReason, number>> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };

export function computeTotals(units: readonly UnitResult[]): Totals {
  const totals: Totals = {
    units: units.length,
    passed: 0,
    failed: 0,
    timedOut: 0,
    resourceExceeded: 0,
    interrupted: 0,
    skipped: 0,
    flaky: 0,
    fromCheckpoint: 0,
    leaked: 0,
    tests: { passed: 0, failed: 0, skipped: 0, errors: 0 },
  };
  for (const u of units) {
    if (u.outcome === 'passed') totals.passed++;
    else if (u.outcome === 'failed') totals.failed++;
    else if (u.outcome === 'timed-out') totals.timedOut++;
    else if (u.outcome === 'resource-exceeded') totals.resourceExceeded++;
    else if (u.outcome === 'interrupted') totals.interrupted++;
    else totals.skipped++;
    if (u.flaky) totals.flaky++;
    if (u.fromCheckpoint) totals.fromCheckpoint++;
    totals.leaked += u.leaked.length;
    totals.tests.passed += u.tests.passed;
    totals.tests.failed += u.tests.failed;
    totals.tests.skipped += u.tests.skipped;
    totals.tests.errors += u.tests.errors;
  }
  return totals;
}

export function buildReport(input: {
  runId: string;
  startedAt: number;
  units: UnitResult[];
  reason: StopReason | null;
  resumed: boolean;
  stoppedAt?: number | undefined;
  machine?: MachineRecord | undefined;
  shard?: ShardInfo | undefined;
  tracking?: TrackingRecord | undefined;
}): RunReport {
  const totals = computeTotals(input.units);
  const anyFailed = totals.failed + totals.timedOut + totals.resourceExceeded > 0;
  let status: RunStatus;
  let exitCode: number;
  const signalExit = input.reason ? SIGNAL_EXIT[input.reason] : undefined;
  if (signalExit !== undefined || input.reason === 'runner-lost') {
    status = 'interrupted';
    exitCode = signalExit ?? EXIT.failed;
  } else if (input.reason === 'runner-stuck') {
    status = 'interrupted';
    exitCode = EXIT.stuck;
  } else if (input.reason === 'state-dir-unwritable') {
    status = 'interrupted';
    exitCode = EXIT.stateDir;
  } else if (input.reason === 'memory' || input.reason === 'cpu') {
    status = 'shutdown';
    exitCode = EXIT.shutdown;
  } else {
    status = anyFailed || totals.interrupted > 0 ? 'failed' : 'passed';
    exitCode = status === 'passed' ? EXIT.ok : EXIT.failed;
  }
  return {
    version: 1,
    status,
    reason: input.reason,
    resumed: input.resumed,
    exitCode,
    durationMs: Date.now() - input.startedAt,
    runId: input.runId,
    startedAt: new Date(input.startedAt).toISOString(),
    totals,
    units: input.units,
    ...(input.stoppedAt !== undefined ? { stoppedAt: input.stoppedAt } : {}),
    ...(input.machine ? { machine: input.machine } : {}),
    ...(input.shard ? { shard: input.shard } : {}),
    ...(input.tracking ? { tracking: input.tracking } : {}),
  };
}
