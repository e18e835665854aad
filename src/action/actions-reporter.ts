// The run as the Actions log shows it: a line per unit, a collapsed group with the output of each failed unit, notices as info or warnings.
import { formatDuration } from '../core/format.js';
import { endGroup, info, startGroup, warning } from '@actions/core';

import type { RunEvents, RunStartInfo } from '../core/report/events.js';
import { isFailure } from '../core/report/failure.js';
import { RunProgress, statusLine } from '../core/report/progress.js';
import { inertBlock, inertLine } from '../core/text/workflow-command.js';
import type { TestId } from '../core/frameworks/test-events.js';
import type { AttemptResult, RunReport, StopReason, Unit, UnitResult } from '../core/types.js';
import { inInputTerms } from './input-terms.js';
import { logTail } from './log-text.js';

/** How many lines of a failed unit's log go into its group. */
const GROUP_LINES = 200;

const MARK: Record<UnitResult['outcome'], string> = {
  passed: '✓',
  failed: '✗',
  'timed-out': '⏱',
  'resource-exceeded': '✗',
  interrupted: '■',
  skipped: '-',
};

export class ActionsReporter implements RunEvents {
  report: RunReport | undefined;
  readonly #progress = new RunProgress();
  #timer: NodeJS.Timeout | undefined;

  /** `progressIntervalMs`: a progress line this often naming the running units (null: none). */
  constructor(private readonly progressIntervalMs: number | null = null) {}

  onRunStart(run: RunStartInfo): void {
    this.#progress.start(run.queued, run.jobs, run.estimates);
    if (this.progressIntervalMs) {
      this.#timer = setInterval(
        () => info(`progress: ${statusLine(this.#progress.snapshot())}`),
        this.progressIntervalMs,
      );
      this.#timer.unref();
    }
    const fromCheckpoint = run.units.length - run.toRun;
    const resumed = fromCheckpoint > 0 ? ` (${fromCheckpoint} done in the checkpoint)` : '';
    info(
      `testwarden: ${run.toRun} of ${run.units.length} units to run${resumed}, ${run.jobs} at a time (run ${run.runId}); state dir ${run.stateDir}`,
    );
    if (run.trackingRecord) info(`tracking: ${run.trackingRecord.description}`);
  }

  onUnitStart(unit: Unit): void {
    this.#progress.unitStarted(unit.id);
  }

  /** As cargo-nextest prints it: `SLOW [> 1m00s] unit`. */
  onUnitSlow(unit: Unit, overMs: number): void {
    info(inertLine(`SLOW [> ${formatDuration(overMs)}] ${unit.id}`));
  }

  onTestSlow(_unitId: string, test: TestId, overMs: number): void {
    const name = test.titles.join(' > ') || test.file;
    info(inertLine(`SLOW [> ${formatDuration(overMs)}] ${name} (${test.file})`));
  }

  onAttemptEnd(result: AttemptResult, willRetry: boolean): void {
    if (!willRetry) return;
    info(
      inertLine(`↻ ${result.unit.id}: attempt ${result.attempt} ${result.end.outcome}; retrying`),
    );
  }

  onUnitEnd(result: UnitResult, progress: { done: number; total: number }): void {
    this.#progress.unitEnded(result);
    const flaky = result.flaky ? ' (flaky: passed after failing)' : '';
    const why = result.message ? `: ${result.message}` : '';
    const leaks = result.leaked.length > 0 ? `; ${result.leaked.length} leaked` : '';
    // The id and the message are the unit's text: one inert line, whatever they hold.
    const line = inertLine(
      `${MARK[result.outcome]} ${result.id}${why}${flaky}${leaks} (${formatDuration(result.durationMs)}) [${progress.done}/${progress.total}]`,
    );
    if (!isFailure(result)) {
      info(line);
      return;
    }
    startGroup(line);
    const lines = logTail(result.log, GROUP_LINES);
    if (lines.length === 0) info('(no output)');
    for (const text of inertBlock(lines)) info(text);
    endGroup();
  }

  onStopRequested(reason: StopReason, immediate: boolean): void {
    if (immediate) info(`testwarden: stopping at once (${reason} again): SIGKILL without grace`);
    else if (reason === 'fail-fast') info('testwarden: failure limit reached; no new unit starts');
    else if (reason === 'runner-stuck')
      info(
        'testwarden: stopping (runner-stuck): the watchdog got no heartbeat for heartbeat-timeout; ending running units, then saving the checkpoint',
      );
    else if (reason === 'state-dir-unwritable')
      info(
        'testwarden: stopping (state-dir-unwritable): the state dir can no longer be written; ending running units and what they started',
      );
    else info(`testwarden: stopping (${reason}): ending running units, then saving the checkpoint`);
  }

  onNotice(level: 'info' | 'warning', message: string): void {
    // The core names its options as CLI flags; here they are inputs.
    const text = inertLine(inInputTerms(message));
    if (level === 'warning') warning(text);
    else info(text);
  }

  /** Stops the progress timer (also when the run ends in an error). */
  close(): void {
    clearInterval(this.#timer);
  }

  onRunEnd(report: RunReport): void {
    this.close();
    this.report = report;
  }
}
