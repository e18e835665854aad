// The inputs of a merge step (`merge-reports` set): which shard reports to merge and where the merged report, JUnit file and durations history go; inputs that would run units are refused.
import { getInput, getMultilineInput } from '@actions/core';
import { invalidOption } from '../core/errors.js';
import { Input } from './constants.js';
import { readBoolean, readOptional, readTimingsInputs, type TimingsInputs } from './inputs.js';

export interface MergeInputs {
  /** Report files or globs, relative to the working directory. */
  reports: string[];
  /** Relative to the workspace, as given. */
  workingDirectory: string;
  reportJson: string | undefined;
  junit: string | undefined;
  /** The shards' JUnit files or globs, combined into `junit` (empty: rendered from the report). */
  junitInputs: string[];
  summary: boolean;
  timings: TimingsInputs;
}

/** Inputs a merge step cannot honour: it runs no unit. */
const RUN_ONLY = [
  Input.command,
  Input.tests,
  Input.listCommand,
  Input.shard,
  Input.reportHtml,
] as const;

/** The merge step's inputs, or undefined when `merge-reports` is empty (a run). */
export function readMergeInputs(): MergeInputs | undefined {
  const reports = getMultilineInput(Input.mergeReports);
  if (reports.length === 0) {
    const junit = getInput(Input.mergeJunit);
    if (junit !== '')
      throw invalidOption(Input.mergeJunit, `nothing without ${Input.mergeReports}`, junit);
    return undefined;
  }
  for (const name of RUN_ONLY) {
    const value = getInput(name);
    if (value !== '') {
      throw invalidOption(
        name,
        `nothing when ${Input.mergeReports} is set (a merge step runs no unit; it takes ${Input.reportJson}, ${Input.junit}, ${Input.mergeJunit}, ${Input.summary}, ${Input.workingDirectory} and ${Input.timingsKey})`,
        value,
      );
    }
  }
  return {
    reports,
    workingDirectory: getInput(Input.workingDirectory) || '.',
    reportJson: readOptional(Input.reportJson),
    junit: readOptional(Input.junit),
    junitInputs: getMultilineInput(Input.mergeJunit),
    summary: getInput(Input.summary) === '' ? true : readBoolean(Input.summary),
    timings: readTimingsInputs(),
  };
}
