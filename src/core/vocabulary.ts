// The closed lists of the run's vocabulary as values (outcomes, stop reasons, statuses), for schemas; checked against types.ts at compile time.
import type { Outcome, RunStatus, StopReason } from './types.js';

export const OUTCOMES = [
  'passed',
  'failed',
  'timed-out',
  'resource-exceeded',
  'interrupted',
  'skipped',
] as const satisfies readonly Outcome[];

export const STOP_REASONS = [
  'memory',
  'cpu',
  'SIGINT',
  'SIGTERM',
  'SIGHUP',
  'fail-fast',
  'runner-lost',
  'runner-stuck',
  'state-dir-unwritable',
] as const satisfies readonly StopReason[];

export const RUN_STATUSES = [
  'passed',
  'failed',
  'shutdown',
  'interrupted',
] as const satisfies readonly RunStatus[];

// Fails to compile when types.ts gains a value a list above does not have.
type Missing<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : Exclude<All, Listed>;
const complete: [
  Missing<Outcome, (typeof OUTCOMES)[number]>,
  Missing<StopReason, (typeof STOP_REASONS)[number]>,
  Missing<RunStatus, (typeof RUN_STATUSES)[number]>,
] = [true, true, true];
void complete;
