// The job summary post writes when main could not: from the run report if main got that far, else from the checkpoint on disk; plus what post swept.
import { formatDuration, plural } from '../core/format.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCheckpoint } from '../core/checkpoint/checkpoint-file.js';
import type { Checkpoint } from '../core/checkpoint/checkpoint-format.js';
import { CHECKPOINT_FILE } from '../core/checkpoint/run-checkpoint.js';

import { earlierAttemptLogs } from '../core/attempt-logs.js';
import type { CleanupReport } from '../core/tracker/cleanup.js';
import type { RunReport } from '../core/types.js';
import { renderRunSummary } from './job-summary.js';
import { isFailure } from '../core/report/failure.js';
import { code, details, table } from '../core/text/markdown.js';
import { logTail } from './log-text.js';
import type { PostState } from './post-state.js';

const SHOWN_FAILURES = 20;
const TAIL_LINES = 30;

/** What the post step swept, as a summary section (empty when nothing was left). */
export function renderSweep(sweep: CleanupReport | undefined): string {
  if (!sweep || sweep.processes.length + sweep.containers.length === 0) return '';
  const rows = [
    ...sweep.processes.map((p) => ['process', `${p.pid} ${code(p.command)}`, p.action]),
    ...sweep.containers.map((c) => ['container', code(c.name || c.id), c.action]),
  ];
  return `#### Left running after the main step, removed by the post step\n\n${table(['Kind', 'What', 'Action'], rows)}\n`;
}

/** The summary of a run whose main step did not write one. */
export function renderPostSummary(state: PostState, sweep: CleanupReport | undefined): string {
  const { checkpoint, warnings } = readCheckpoint(join(state.stateDir, CHECKPOINT_FILE));
  const report = readReport(state.reportJson);
  if (report && checkpoint && report.runId === checkpoint.runId) {
    return `${renderRunSummary(report, { checkpointKey: state.checkpointKey, reportJson: state.reportJson })}\n${renderSweep(sweep)}`;
  }
  const parts = [
    '### testwarden: ⚠️ the main step did not finish',
    'The main step ended before it could report (killed after the cancel window, or the runner lost it). The post step cleaned up what the run left and uploaded the checkpoint.',
  ];
  if (checkpoint) parts.push(...fromCheckpoint(checkpoint, state.stateDir));
  else
    parts.push(`No checkpoint was found${warnings.length > 0 ? `: ${warnings.join('; ')}` : ''}.`);
  parts.push(renderSweep(sweep), `<sub>checkpoint key ${code(state.checkpointKey)}</sub>`);
  return `${parts.filter((p) => p !== '').join('\n\n')}\n`;
}

function fromCheckpoint(checkpoint: Checkpoint, stateDir: string): string[] {
  const entries = [...checkpoint.units.entries()];
  const count = (outcome: string) => entries.filter(([, u]) => u.outcome === outcome).length;
  const done = entries.filter(([, u]) => u.outcome === 'passed' || u.outcome === 'skipped').length;
  const total = checkpoint.totalUnits ?? entries.length;
  const parts = [
    table(
      ['Units', 'Finished', 'Passed', 'Failed', 'Timed out', 'Not finished'],
      [
        [
          total,
          entries.length,
          count('passed'),
          count('failed') + count('resource-exceeded'),
          count('timed-out'),
          total - entries.length,
        ].map(String),
      ],
    ),
    `Re-run the job ("Re-run failed jobs") to resume: ${done} of ${plural(total, 'unit')} are done and will not run again.`,
  ];
  const failed = entries.filter(([, u]) => isFailure(u));
  if (failed.length > 0) parts.push('#### Failed units');
  // The newest attempt's log (a resumed run numbers its attempts after the earlier runs').
  const state = { root: stateDir, logs: join(stateDir, 'logs'), junit: '', kept: true };
  for (const [id, u] of failed.slice(0, SHOWN_FAILURES)) {
    const log = earlierAttemptLogs(state, id).at(-1)?.log ?? null;
    const summary = `${code(id)} ${u.outcome}${u.exitCode !== null ? ` (exit ${u.exitCode})` : ''} (${formatDuration(u.durationMs)})`;
    parts.push(details(summary, logTail(log, TAIL_LINES)));
  }
  return parts;
}

function readReport(path: string): RunReport | undefined {
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as RunReport;
    return value && value.version === 1 && Array.isArray(value.units) ? value : undefined;
  } catch {
    return undefined;
  }
}
