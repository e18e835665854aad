// Prints a run to a terminal or CI log: a line per finished unit, failed units' log tails, SLOW notices, leaks and a summary; on a terminal one live status line, elsewhere a progress line now and then.
import { formatBytes, formatDuration } from '../core/format.js';
import { relative } from 'node:path';
import pc from 'picocolors';
import { readTailLines } from '../core/report/log-tail.js';
import { isFailure } from '../core/report/failure.js';
import { describeEnd } from '../core/report/outcome-message.js';
import { plainLine } from '../core/text/control-chars.js';
import { failedTestPlace, failedTests } from '../core/report/failed-tests.js';
import type { RunEvents, RunStartInfo } from '../core/report/events.js';
import { RunProgress, statusLine } from '../core/report/progress.js';

import type {
  Unit,
  AttemptResult,
  Leak,
  Outcome,
  RunReport,
  StopReason,
  UnitResult,
} from '../core/types.js';
import { countsDetail, testCountsText } from '../core/report/test-counts-text.js';
import type { TestId } from '../core/frameworks/test-events.js';

/** Failed tests printed per unit; the rest are in the report JSON. */
const SHOWN_TESTS = 20;
export interface ConsoleReporterOptions {
  write: (text: string) => void;
  color: boolean;
  /** Lines of a failed unit's log to show. */
  tailLines?: number;
  cwd?: string;
  /** A terminal: one status line redrawn in place (done/total, failures, running units, time left). */
  live?: boolean;
  /** The terminal's width, for the status line. */
  columns?: () => number;
  /** Without `live`: a progress line this often (undefined or null: none). */
  progressIntervalMs?: number | null | undefined;
}

/** Colour only on a TTY, never with NO_COLOR set (any value), forced with FORCE_COLOR. */
export function shouldColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if ('NO_COLOR' in env && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== '')
    return true;
  return stream.isTTY === true && env.TERM !== 'dumb';
}

const LABEL: Record<Outcome, string> = {
  passed: 'PASS',
  failed: 'FAIL',
  'timed-out': 'TIMEOUT',
  'resource-exceeded': 'MEMORY',
  interrupted: 'STOPPED',
  skipped: 'SKIP',
};

export class ConsoleReporter implements RunEvents {
  readonly #o: ConsoleReporterOptions & { tailLines: number; cwd: string };
  readonly #c: ReturnType<typeof pc.createColors>;
  readonly #progress = new RunProgress();
  #width = 1;
  #timer: NodeJS.Timeout | undefined;
  /** Whether the live status line is on screen (it must be cleared before any other line). */
  #statusShown = false;

  constructor(options: ConsoleReporterOptions) {
    this.#o = { tailLines: 20, cwd: process.cwd(), ...options };
    this.#c = pc.createColors(options.color);
  }

  #line(text = ''): void {
    this.#o.write(`${this.#clearStatus()}${text}\n`);
  }

  #clearStatus(): string {
    if (!this.#statusShown) return '';
    this.#statusShown = false;
    return '\r\x1b[2K';
  }

  #drawStatus(): void {
    if (!this.#o.live || this.#timer === undefined) return;
    const columns = Math.max(20, this.#o.columns?.() ?? 80);
    const text = fitTo(statusLine(this.#progress.snapshot()), columns - 1);
    this.#o.write(`${this.#clearStatus()}${this.#c.dim(text)}`);
    this.#statusShown = true;
  }

  /** Stops the timer and takes the status line off the screen (also when the run ends in an error). */
  close(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
    const clear = this.#clearStatus();
    if (clear) this.#o.write(clear);
  }

  onRunStart(info: RunStartInfo): void {
    this.#width = String(info.units.length).length;
    this.#progress.start(info.queued, info.jobs, info.estimates);
    const every = this.#o.live ? 1000 : this.#o.progressIntervalMs;
    if (every) {
      this.#timer = setInterval(() => {
        if (this.#o.live) this.#drawStatus();
        else this.#line(this.#c.dim(`progress: ${statusLine(this.#progress.snapshot())}`));
      }, every);
      this.#timer.unref();
    }
    const resumed = info.units.length - info.toRun;
    const what =
      resumed > 0
        ? `${info.toRun} of ${info.units.length} units to run`
        : `${info.units.length} units`;
    const state = relative(this.#o.cwd, info.stateDir) || '.';
    const table = info.trackingRecord?.processTable;
    const via = table === 'ps' ? ' via ps' : table === 'windows' ? ' via a CIM query' : '';
    this.#line(
      this.#c.bold(
        `testwarden: ${what}, ${info.jobs} at a time (run ${info.runId}, ${info.tracking} tracking${via}, state in ${state})`,
      ),
    );
    this.#drawStatus();
  }

  onUnitStart(unit: Unit): void {
    this.#progress.unitStarted(unit.id);
    this.#drawStatus();
  }

  onUnitSlow(unit: Unit, overMs: number): void {
    const pad = ' '.repeat(this.#width * 2 + 3);
    this.#line(
      `${pad} ${this.#c.yellow('SLOW')}    ${plainLine(unit.id)} ${this.#c.dim(`[> ${formatDuration(overMs)}]`)}`,
    );
    this.#drawStatus();
  }

  onTestSlow(_unitId: string, test: TestId, overMs: number): void {
    const pad = ' '.repeat(this.#width * 2 + 3);
    const name = plainLine(test.titles.join(' > ') || test.file);
    this.#line(
      `${pad} ${this.#c.yellow('SLOW')}    ${this.#c.dim(`[> ${formatDuration(overMs)}]`)} ${name} (${plainLine(test.file)})`,
    );
    this.#drawStatus();
  }

  onAttemptEnd(result: AttemptResult, willRetry: boolean): void {
    if (!willRetry) return;
    const why = describeEnd(result.end) ?? result.end.outcome;
    this.#line(
      `${' '.repeat(this.#width * 2 + 3)} ${this.#c.yellow('RETRY')}   ${plainLine(result.unit.id)} (attempt ${result.attempt}: ${why})`,
    );
  }

  onUnitEnd(result: UnitResult, progress: { done: number; total: number }): void {
    this.#progress.unitEnded(result);
    const counter = `[${String(progress.done).padStart(this.#width)}/${progress.total}]`;
    const label = result.flaky ? 'FLAKY' : LABEL[result.outcome];
    const paint = this.#paint(result);
    const detail = result.message ? `  ${this.#c.dim(plainLine(result.message))}` : '';
    this.#line(
      `${this.#c.dim(counter)} ${paint(label.padEnd(7))} ${plainLine(result.id)} ${this.#c.dim(formatDuration(result.durationMs))}${detail}`,
    );
    for (const leak of result.leaked)
      this.#line(`        ${this.#c.yellow('leaked')} ${describeLeak(leak)}`);
    const tests = isFailure(result) ? failedTests(result) : [];
    // A preset unit's failures as the framework reported them, instead of the log's last lines.
    for (const t of tests.slice(0, SHOWN_TESTS)) {
      this.#line(
        `        ${this.#c.red('✗')} ${plainLine(t.name)}  ${this.#c.dim(plainLine(failedTestPlace(t)))}`,
      );
      for (const l of t.message) this.#line(`            ${plainLine(l)}`);
    }
    if (tests.length > SHOWN_TESTS)
      this.#line(
        this.#c.dim(
          `        …and ${tests.length - SHOWN_TESTS} more (testCases in the report JSON)`,
        ),
      );
    if (isFailure(result) && result.log && tests.length === 0) {
      const tail = readTailLines(result.log, this.#o.tailLines);
      if (tail.length > 0) {
        this.#line(
          this.#c.dim(
            `        ── last ${tail.length} lines of ${relative(this.#o.cwd, result.log)} ──`,
          ),
        );
        for (const l of tail) this.#line(`        ${this.#c.dim('│')} ${l}`);
      }
    }
    if ((isFailure(result) || result.flaky) && result.attemptLogs) {
      for (const a of result.attemptLogs.slice(0, -1)) {
        const name = `${a.run > 1 ? `run ${a.run}, ` : ''}attempt ${a.attempt}`;
        this.#line(
          this.#c.dim(
            `        log of ${name}${a.outcome ? ` (${a.outcome})` : ''}: ${plainLine(relative(this.#o.cwd, a.log))}`,
          ),
        );
      }
    }
    this.#drawStatus();
  }

  onStopRequested(reason: StopReason, immediate: boolean): void {
    if (reason === 'fail-fast') {
      this.#line(
        this.#c.yellow(
          'Stopping: failure limit reached; no new units start, running units finish.',
        ),
      );
    } else if (reason === 'runner-stuck' && !immediate) {
      this.#line(
        this.#c.yellow(
          'Stopping (runner-stuck): the watchdog got no heartbeat for --heartbeat-timeout (the event loop was blocked); terminating running units.',
        ),
      );
    } else if (reason === 'state-dir-unwritable' && !immediate) {
      this.#line(
        this.#c.red(
          'Stopping (state-dir-unwritable): the state dir can no longer be written; terminating running units and ending what they started.',
        ),
      );
    } else if (immediate) {
      this.#line(this.#c.red(`Stopping now (${reason} again): killing every unit without grace.`));
    } else {
      this.#line(
        this.#c.yellow(
          `Stopping (${reason}): terminating running units; send the signal again to kill at once.`,
        ),
      );
    }
  }

  onNotice(level: 'info' | 'warning', message: string): void {
    this.#line(level === 'warning' ? this.#c.yellow(`warning: ${message}`) : message);
  }

  onRunEnd(report: RunReport): void {
    this.close();
    const t = report.totals;
    // A flaky unit passed (on a retry or a resume): one of the passed, not beside them.
    const parts = [`${t.passed} passed`];
    if (t.flaky) parts.push(this.#c.yellow(`${t.flaky} of them flaky`));
    if (t.failed) parts.push(this.#c.red(`${t.failed} failed`));
    if (t.timedOut) parts.push(this.#c.red(`${t.timedOut} timed out`));
    if (t.resourceExceeded) parts.push(this.#c.red(`${t.resourceExceeded} over memory`));
    if (t.interrupted) parts.push(this.#c.yellow(`${t.interrupted} interrupted`));
    if (t.skipped) parts.push(`${t.skipped} skipped`);
    if (t.fromCheckpoint) parts.push(`${t.fromCheckpoint} from checkpoint`);
    this.#line();
    this.#line(
      this.#c.bold(
        `Units: ${parts.join(', ')} (${t.units} in all) in ${formatDuration(report.durationMs)}`,
      ),
    );
    this.#line(`Tests: ${testCountsText(t.tests, countsDetail(report.units))}`);
    const flaky = report.units.flatMap((u) =>
      (u.testCases?.tests ?? []).filter((test) => test.flaky === true),
    );
    if (flaky.length > 0) {
      this.#line(
        this.#c.yellow(`Flaky tests (failed, then passed on a retry or a resume): ${flaky.length}`),
      );
      for (const test of flaky.slice(0, 20))
        this.#line(`  FLAKY   ${plainLine([test.file, ...test.titles].join(' > '))}`);
      if (flaky.length > 20) this.#line(`  … and ${flaky.length - 20} more (see the report JSON)`);
    }
    if (t.leaked)
      this.#line(
        this.#c.yellow(`Leaks: ${t.leaked} process(es) or container(s) outlived their unit`),
      );
    const peak = Math.max(0, ...report.units.map((u) => u.peakRssBytes));
    if (peak > 0) this.#line(`Peak memory of a unit: ${formatBytes(peak)}`);
    const bad = report.units.filter(isFailure);
    if (bad.length > 0) {
      this.#line(this.#c.red(`Did not pass:`));
      for (const u of bad)
        this.#line(
          `  ${LABEL[u.outcome].padEnd(7)} ${plainLine(u.id)}${u.message ? ` — ${plainLine(u.message)}` : ''}`,
        );
    }
    const status =
      report.status === 'passed'
        ? this.#c.green('PASSED')
        : this.#c.red(report.status.toUpperCase());
    this.#line(
      `${status}${report.reason ? ` (${report.reason})` : ''}, exit code ${report.exitCode}`,
    );
  }

  #paint(result: UnitResult): (s: string) => string {
    if (result.flaky) return this.#c.yellow;
    if (result.outcome === 'passed') return this.#c.green;
    if (result.outcome === 'skipped' || result.outcome === 'interrupted') return this.#c.yellow;
    return this.#c.red;
  }
}

function fitTo(text: string, columns: number): string {
  const chars = [...text];
  return chars.length <= columns ? text : `${chars.slice(0, columns - 1).join('')}…`;
}

export function describeLeak(leak: Leak): string {
  return leak.kind === 'process'
    ? `process ${leak.pid} (${leak.action}): ${leak.command}`
    : `container ${leak.name || leak.id.slice(0, 12)} (${leak.action}${leak.unattributed ? ', unattributed: it appeared while the unit ran but carries no proof the unit made it' : ''})`;
}
