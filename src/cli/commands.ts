// The commands besides `run` (config, status, cleanup, merge): loaded only when one of them runs.
import { resolve } from 'node:path';
import { checkpointStatus } from '../core/checkpoint/checkpoint-status.js';
import type { RawRunOptions } from '../core/plan/run-options.js';
import { parseDuration } from '../core/plan/units-of-measure.js';
import { previewUnits } from '../core/plan/preview-units.js';
import { EXIT } from '../core/report/build-report.js';
import { runMerge } from '../core/report/merge-command.js';
import { cleanupCommand as cleanupStateDir } from '../core/tracker/cleanup-command.js';
import { formatCleanup } from './cleanup-format.js';
import { configView, formatConfig } from './config-format.js';
import type { CliIO } from './cli-io.js';
import { resolveForCli, type ConfigSelection } from './resolve-cli-options.js';
import { formatStatus } from './status-format.js';

export interface CleanupCliOptions {
  stateDir: string;
  gracePeriod: string;
  force?: boolean;
  json?: boolean;
}

export interface MergeCliOptions {
  reportJson?: string;
  junit?: string;
  junitFrom?: string[];
  summary?: string;
  timings?: string;
  cwd: string;
}

export async function configCommand(
  io: CliIO,
  given: RawRunOptions,
  selection: ConfigSelection,
  opts: { json: boolean },
): Promise<number> {
  const { file, resolved } = await resolveForCli(given, selection);
  const view = configView(file, resolved, await previewUnits(resolved.options));
  io.stdout(opts.json ? `${JSON.stringify(view, null, 2)}\n` : formatConfig(view));
  return EXIT.ok;
}

export function statusCommand(io: CliIO, opts: { stateDir: string; json?: boolean }): number {
  const report = checkpointStatus(resolve(opts.stateDir));
  io.stdout(opts.json ? `${JSON.stringify(report, null, 2)}\n` : formatStatus(report));
  return EXIT.ok;
}

export async function cleanupCommand(io: CliIO, opts: CleanupCliOptions): Promise<number> {
  const graceMs = parseDuration('--grace-period', opts.gracePeriod);
  const report = await cleanupStateDir(resolve(opts.stateDir), {
    graceMs,
    force: opts.force ?? false,
  });
  if (opts.json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else io.stdout(formatCleanup(report, opts.stateDir));
  const failed =
    report.processes.some((p) => p.action !== 'killed') ||
    report.containers.some((c) => c.action !== 'removed');
  return report.runnerAlive ? EXIT.usage : failed ? EXIT.failed : EXIT.ok;
}

export async function mergeCommand(
  io: CliIO,
  inputs: string[],
  opts: MergeCliOptions,
): Promise<number> {
  const outcome = await runMerge({
    inputs,
    cwd: resolve(opts.cwd),
    ...(opts.reportJson ? { reportJson: opts.reportJson } : {}),
    ...(opts.junit ? { junit: opts.junit } : {}),
    ...(opts.junitFrom ? { junitInputs: opts.junitFrom } : {}),
    ...(opts.summary ? { summaryMarkdown: opts.summary } : {}),
    ...(opts.timings ? { timings: opts.timings } : {}),
  });
  const t = outcome.report.totals;
  io.stdout(
    `Merged ${outcome.inputs.length} report(s): ${t.units} units, ${t.passed} passed, ${t.failed} failed, ${t.timedOut} timed out, ${t.interrupted} interrupted, ${t.skipped} skipped; exit code ${outcome.report.exitCode}\n`,
  );
  for (const p of outcome.problems) io.stderr(`testwarden: problem: ${p}\n`);
  for (const w of outcome.warnings) io.stderr(`testwarden: warning: ${w}\n`);
  return outcome.report.exitCode;
}
