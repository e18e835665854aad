// Why the step fails, in one line: from the run report's exit code, or from an error before or during the run (usage errors speak of inputs, not CLI flags).
import { InternalError, UsageError } from '../core/errors.js';
import { EXIT } from '../core/report/build-report.js';
import type { RunReport } from '../core/types.js';
import { isFailure } from '../core/report/failure.js';
import { inertLine } from '../core/text/workflow-command.js';
import { inInputTerms } from './input-terms.js';

const SHOWN = 5;

/** The message for core.setFailed, or undefined when the step passes. */
export function failureMessage(report: RunReport): string | undefined {
  if (report.exitCode === EXIT.ok) return undefined;
  if (report.exitCode === EXIT.shutdown) {
    return `stopped on a resource threshold (${report.reason ?? 'resource'}): re-run the job to resume`;
  }
  if (report.exitCode === EXIT.stateDir) {
    return 'stopped: the state dir stopped being writable (disk full, or the folder was removed); the log names the file';
  }
  if (report.status === 'interrupted') {
    return `interrupted (${report.reason ?? 'stopped'}); the checkpoint is saved: re-run the job to resume`;
  }
  const failed = report.units.filter(isFailure);
  const names = failed.slice(0, SHOWN).map((u) => inertLine(`${u.id} (${u.message ?? u.outcome})`));
  const more = failed.length > SHOWN ? `, and ${failed.length - SHOWN} more` : '';
  if (failed.length > 0) {
    return `${failed.length} of ${report.totals.units} units failed: ${names.join(', ')}${more}`;
  }
  const stopped = report.reason ? ` (${report.reason})` : '';
  return `the run did not complete${stopped}: ${report.totals.interrupted} units interrupted`;
}

/** The message for an error thrown instead of a report; and the exit code it stands for. */
export function errorFailure(error: unknown): { message: string; exitCode: number } {
  if (error instanceof UsageError) {
    return { message: inInputTerms(error.message), exitCode: EXIT.usage };
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  const kind = error instanceof InternalError ? 'internal error' : 'unexpected error';
  return {
    message: `testwarden: ${kind} (a bug in testwarden; please report it): ${detail}`,
    exitCode: EXIT.internal,
  };
}
