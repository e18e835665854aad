// Runs one unit: its attempts (retries, flaky detection; numbered after a resumed state dir's earlier runs) and the one result they make together.
import { emit } from '../../report/events.js';
import { describeEnd } from '../../report/outcome-message.js';
import { earlierAttemptLogs, nextRun } from '../../attempt-logs.js';
import type { AttemptLog, AttemptResult, Leak, Unit, UnitResult } from '../../types.js';
import type { RunContext } from '../run-context.js';
import { runOneAttempt } from './attempt.js';

export async function runUnit(context: RunContext, unit: Unit, lane: number): Promise<UnitResult> {
  const { stop, reporters, retries } = context;
  const attempts: AttemptResult[] = [];
  // A resumed run's attempts are numbered after the earlier runs' (their logs are kept).
  const earlier = earlierAttemptLogs(context.plan.state, unit.id);
  const run = nextRun(earlier);
  for (let attempt = 1; attempt <= retries + 1; attempt++) {
    const result = await runOneAttempt(context, unit, attempt, run);
    attempts.push(result);
    const retryable = result.end.outcome === 'failed' || result.end.outcome === 'timed-out';
    const willRetry = retryable && attempt <= retries && !stop.terminatesRunning;
    emit(reporters, 'onAttemptEnd', result, willRetry);
    if (!willRetry) break;
  }
  const files = context.presetAttempts?.scopeOf(unit.id) ?? unit.files;
  const result = unitResult(unit, attempts, lane, earlier, run);
  return files ? { ...result, files: [...files] } : result;
}

/** The unit's result: the last attempt's end, the whole time and every attempt's leaks. */
function unitResult(
  unit: Unit,
  attempts: AttemptResult[],
  lane: number,
  earlier: readonly AttemptLog[],
  run: number,
): UnitResult {
  const last = attempts[attempts.length - 1]!;
  const leaked: Leak[] = attempts.flatMap((a) => a.leaked);
  const message = describeEnd(last.end);
  const attemptLogs = [
    ...earlier,
    ...attempts.map((a) => ({ run, attempt: a.attempt, log: a.log, outcome: a.end.outcome })),
  ];
  return {
    id: unit.id,
    outcome: last.end.outcome,
    fromCheckpoint: false,
    attempts: attempts.length,
    // Passed after failing: on a retry, or (a preset unit) a test that failed in the run this one resumes.
    flaky:
      last.end.outcome === 'passed' &&
      (attempts.length > 1 || (last.testCases?.tests.some((t) => t.flaky === true) ?? false)),
    exitCode: last.end.exitCode,
    signal: last.end.signal,
    durationMs: attempts.reduce((sum, a) => sum + a.durationMs, 0),
    peakRssBytes: Math.max(...attempts.map((a) => a.peakRssBytes)),
    tests: last.tests,
    ...(last.testCases ? { testCases: last.testCases } : {}),
    leaked,
    log: last.log,
    ...(attemptLogs.length > 1 ? { attemptLogs } : {}),
    ...(message !== undefined ? { message } : {}),
    startedAt: attempts[0]!.startedAt,
    endedAt: last.startedAt + last.durationMs,
    lane,
  };
}
