// One attempt of a unit, in the order of its life: what it runs, where it runs, what watches it,
// the run itself, then what it left behind and what it counted.
import { emit } from '../../report/events.js';
import type { AttemptEnd, AttemptResult, Unit } from '../../types.js';
import type { TestId } from '../../frameworks/test-events.js';
import type { RunContext } from '../run-context.js';
import { enterUnitCgroup } from './attempt-cgroup.js';
import { attemptCommand } from './attempt-command.js';
import { checkContainers, watchContainers } from './attempt-containers.js';
import { closeEndpoint, openEndpoint } from './attempt-endpoint.js';
import { endIsolatedContainer, isolateInContainer } from './attempt-isolation.js';
import { countTests } from './attempt-tests.js';
import {
  catchUp,
  finishReading,
  followTestEvents,
  narrowToUnsettledTests,
} from './attempt-test-level.js';
import { trackAttempt } from './track-attempt.js';

export async function runOneAttempt(
  context: RunContext,
  unit: Unit,
  attempt: number,
  runNumber = 1,
): Promise<AttemptResult> {
  const launch = attemptCommand(context, unit, attempt, runNumber);
  // A resumed preset unit and its retries run only the tests not settled yet.
  await narrowToUnsettledTests(context, launch);
  // The container is registered before it exists, so cleanup can find it whatever happens next.
  isolateInContainer(context, launch);
  // After isolation: the cgroup then holds the engine client that runs the container.
  const cgroup = enterUnitCgroup(context, launch);
  // Both before the unit starts, so every container it creates is new to the watcher and goes
  // through its own endpoint; neither waits for the other.
  const [endpoint, watching] = await Promise.all([
    openEndpoint(context, launch),
    watchContainers(context, launch),
  ]);
  // Before the unit starts: every test it reports reaches the checkpoint as it finishes.
  const tail = followTestEvents(context, launch);
  emit(context.reporters, 'onUnitStart', unit, attempt);
  // From the leader's exit, what it wrote is read while the sweep looks for its leftovers.
  const run = await trackAttempt(context, launch, cgroup, tail && (() => catchUp(tail)));
  // Swept, nothing writes any more: the rest of its events are read while the endpoint closes
  // and the engine is asked for its containers (countTests awaits that same read).
  if (tail) finishReading(tail);
  // The unit's processes are gone: nothing may create through its endpoint any more.
  await closeEndpoint(context, endpoint);
  // A killed engine client leaves its container running: end it before looking for the unit's own leaked containers.
  const isolatedEnd = await endIsolatedContainer(context, launch, run.end);
  const containers = await checkContainers(context, launch, watching, isolatedEnd);
  const { tests, source, testCases, notRun } = await countTests(
    context,
    launch,
    containers.end,
    tail,
  );
  const end = notRun?.length ? missedTests(context, unit, containers.end, notRun) : containers.end;
  return {
    unit,
    attempt,
    end,
    startedAt: run.startedAt,
    durationMs: run.durationMs,
    peakRssBytes: run.peakRssBytes,
    tests,
    countSource: source,
    ...(testCases ? { testCases } : {}),
    leaked: [...run.leaked, ...containers.leaks],
    log: launch.logPath,
  };
}

/**
 * Tests the attempt was to run again (resume, retries) that the framework, reporting to its end,
 * never ran: said once, and an attempt that exited 0 fails, so a selection that misses a failed
 * test never makes a run pass without it.
 */
function missedTests(
  context: RunContext,
  unit: Unit,
  end: AttemptEnd,
  notRun: readonly TestId[],
): AttemptEnd {
  const named = notRun
    .slice(0, 3)
    .map((t) => `${t.file} > ${t.titles.join(' > ')}`)
    .join('; ');
  const more = notRun.length > 3 ? ` and ${notRun.length - 3} more` : '';
  emit(
    context.reporters,
    'onNotice',
    'warning',
    `${unit.id}: ${notRun.length} of the tests to run again did not run (${named}${more}): the framework's selection missed them, so their last result stands; a run without --resume runs them`,
  );
  return end.outcome === 'passed'
    ? { outcome: 'failed', exitCode: 0, signal: null, testsNotRun: notRun.length }
    : end;
}
