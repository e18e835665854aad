// What "failed" means, once, for every reporter (console, job summary, annotations, JUnit, merged summary, HTML): the unit ran and did not pass.
import type { Outcome, UnitResult } from '../types.js';

/** Interrupted counts: the unit did not pass, and a resume runs it again. */
export const FAILED_OUTCOMES = [
  'failed',
  'timed-out',
  'resource-exceeded',
  'interrupted',
] as const satisfies readonly Outcome[];

export function isFailure(result: Pick<UnitResult, 'outcome'>): boolean {
  return (FAILED_OUTCOMES as readonly Outcome[]).includes(result.outcome);
}
