// A preset attempt at test level: a resumed unit and its retries run only the tests not settled yet, and the attempt's events are recorded in the checkpoint as they come.
import type { EventsTail } from '../../frameworks/tail-events.js';
import type { RunContext } from '../run-context.js';
import type { AttemptLaunch } from './attempt-command.js';

/** Replaces the whole suite's command with one for the tests still to run, when there are records. */
export async function narrowToUnsettledTests(
  context: RunContext,
  launch: AttemptLaunch,
): Promise<void> {
  const narrowed = await context.presetAttempts?.command(launch.unit.id, launch.attempt);
  if (!narrowed) return;
  launch.program = narrowed.program;
  launch.command = { program: narrowed.program, args: narrowed.args };
  Object.assign(launch.env, narrowed.env);
}

/** Starts following the attempt's events (Go: its log) into the checkpoint, before the unit starts. */
export function followTestEvents(
  context: RunContext,
  launch: AttemptLaunch,
): EventsTail | undefined {
  const { plan, presetAttempts } = context;
  if (!plan.preset || !presetAttempts) return undefined;
  const go = plan.preset.events === 'go-json';
  return presetAttempts.watch(
    launch.unit.id,
    go ? launch.logPath : launch.eventsPath,
    plan.preset.events,
  );
}

/** Reads what the unit has written so far, now rather than at the next look (a failed read is the final read's to report). */
export function catchUp(tail: EventsTail): void {
  tail.poll().catch(() => undefined);
}

/**
 * Starts the final read (the unit is swept); its results are awaited when the tests are counted,
 * and a failed read is reported there.
 */
export function finishReading(tail: EventsTail): void {
  tail.stop().catch(() => undefined);
}
