// One line saying how an attempt ended, made from its facts.
import { formatBytes, formatDuration } from '../format.js';
import type { AttemptEnd } from '../types.js';

export function describeEnd(end: AttemptEnd): string | undefined {
  switch (end.outcome) {
    case 'passed':
      return undefined;
    case 'failed':
      if ('startError' in end) return end.startError;
      if ('engineProblem' in end && end.engineProblem)
        return `${end.engineProblem} (exit ${end.exitCode})`;
      if ('leakedUnderFailPolicy' in end && end.leakedUnderFailPolicy)
        return 'left processes running (--leaks fail)';
      if ('testsNotRun' in end && end.testsNotRun)
        return `exited with code 0 without running ${end.testsNotRun} of the tests it was to run again`;
      return end.signal ? `killed by ${end.signal}` : `exited with code ${end.exitCode}`;
    case 'timed-out':
      return `timed out after ${formatDuration(end.timeoutMs)}`;
    case 'resource-exceeded':
      return `used ${formatBytes(end.peakRssBytes)}, over the limit of ${formatBytes(end.limitBytes)}`;
    case 'interrupted':
      return `interrupted (${end.reason})`;
  }
}
