// How many tests the attempt ran: from a preset's test events, else from its JUnit file or its log.
import {
  goPackageFolders,
  packagesToPlace,
  placeGoFailures,
} from '../../frameworks/go-failure-places.js';
import { readTestEvents } from '../../frameworks/read-test-events.js';
import { emit } from '../../report/events.js';
import type { EventsTail } from '../../frameworks/tail-events.js';
import type { TestId } from '../../frameworks/test-events.js';
import { toTestCounts, type TestRunResults } from '../../frameworks/test-results.js';
import { countUnitTests } from '../../report/unit-counts.js';
import type { AttemptEnd, CountSource, TestCases, TestCounts } from '../../types.js';
import type { RunContext } from '../run-context.js';
import type { AttemptLaunch } from './attempt-command.js';
import { dropEmptyJunit } from './attempt-isolation.js';

export interface AttemptTests {
  tests: TestCounts;
  source: CountSource;
  /** Per-test results, when a preset's reporter wrote them. */
  testCases?: TestCases;
  /** Tests the attempt was to run again that the framework, reporting to its end, did not run. */
  notRun?: TestId[];
}

export async function countTests(
  context: RunContext,
  launch: AttemptLaunch,
  end: AttemptEnd,
  /** With a preset: the attempt's events followed into the checkpoint. */
  tail?: EventsTail,
): Promise<AttemptTests> {
  const { plan } = context;
  if (plan.isolation) dropEmptyJunit(launch.junitPath);
  // The stream was read as the unit wrote it: only what the tail had not reached is read now.
  const results = plan.preset
    ? await (tail?.stop() ??
        readTestEvents(plan.preset.events === 'go-json' ? launch.logPath : launch.eventsPath, {
          format: plan.preset.events === 'go-json' ? 'go' : 'testwarden',
        }))
    : undefined;
  const fromEvents = presetEvents(results);
  if (plan.preset?.name === 'go' && fromEvents) await placeFailures(context, fromEvents.testCases);
  // The unit's tests over the run: the carried ones and every attempt's, from the checkpoint. A
  // rerun that ran none of its tests and said it finished still tells that it ran none of them.
  const atTestLevel =
    tail && context.presetAttempts
      ? context.presetAttempts.endAttempt(
          launch.unit.id,
          end,
          fromEvents ?? (results?.finished ? finishedEmpty(results) : undefined),
        )
      : fromEvents;
  return (
    atTestLevel ??
    (await countUnitTests({
      junitPath: launch.junitPath,
      logPath: launch.logPath,
      passed: end.outcome === 'passed',
    }))
  );
}

/** Go's failure places are relative to each package: made relative to the working directory. */
async function placeFailures(context: RunContext, cases: TestCases): Promise<void> {
  const failing = [...cases.tests, ...cases.fileErrors];
  const packages = packagesToPlace(failing);
  if (packages.length === 0) return;
  try {
    const env = context.options.env ?? process.env;
    placeGoFailures(failing, await goPackageFolders({ cwd: context.plan.cwd, env }, packages));
  } catch (error) {
    emit(
      context.reporters,
      'onNotice',
      'warning',
      `--preset go: failures stay placed relative to their packages: ${(error as Error).message}`,
    );
  }
}

/** What a stream that finished without any test tells: the framework ran to its end, and ran nothing. */
function finishedEmpty(results: TestRunResults): { testCases: TestCases; reportedToEnd: true } {
  const { tests, unfinished, fileErrors, counts } = results;
  return { testCases: { tests, unfinished, fileErrors, counts }, reportedToEnd: true };
}

/** Counts and per-test results from a preset unit's events; undefined when it wrote none. */
function presetEvents(
  results: TestRunResults | undefined,
): (Required<Omit<AttemptTests, 'notRun'>> & { reportedToEnd: boolean }) | undefined {
  if (
    !results ||
    (results.tests.length === 0 &&
      results.unfinished.length === 0 &&
      results.fileErrors.length === 0)
  )
    return undefined;
  const { tests, unfinished, fileErrors, counts } = results;
  return {
    tests: toTestCounts(counts),
    source: 'events',
    testCases: { tests, unfinished, fileErrors, counts },
    // The framework said it finished (Go writes no such event).
    reportedToEnd: results.finished,
  };
}
