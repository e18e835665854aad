// The step's outputs (docs/action.md), set from the run report, or for a run that never started.
import { setOutput } from '@actions/core';
import type { RunReport } from '../core/types.js';
import { Output } from './constants.js';

export interface OutputPaths {
  reportJson: string;
  junit: string | undefined;
  checkpointKey: string;
}

export function setRunOutputs(report: RunReport, paths: OutputPaths): void {
  const t = report.totals;
  const values: Record<(typeof Output)[keyof typeof Output], string | number | boolean> = {
    [Output.status]: report.status,
    [Output.exitCode]: report.exitCode,
    [Output.reason]: report.reason ?? '',
    [Output.resumed]: report.resumed,
    [Output.units]: t.units,
    [Output.passed]: t.passed,
    [Output.failed]: t.failed + t.resourceExceeded,
    [Output.timedOut]: t.timedOut,
    [Output.skipped]: t.skipped,
    [Output.flaky]: t.flaky,
    [Output.leaked]: t.leaked,
    [Output.fromCheckpoint]: t.fromCheckpoint,
    [Output.reportJson]: paths.reportJson,
    [Output.junit]: paths.junit ?? '',
    [Output.checkpointKey]: paths.checkpointKey,
  };
  for (const [name, value] of Object.entries(values)) setOutput(name, String(value));
}

/** A run that did not start (bad input, internal error): status `error` and the exit code. */
export function setErrorOutputs(exitCode: number, checkpointKey: string | undefined): void {
  setOutput(Output.status, 'error');
  setOutput(Output.exitCode, String(exitCode));
  if (checkpointKey) setOutput(Output.checkpointKey, checkpointKey);
}
