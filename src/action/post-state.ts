// Everything main hands to post, in one place: main saves it with core.saveState as soon as it knows it, post reads it back typed (a fresh process, so nothing else carries over).
import { isAbsolute } from 'node:path';
import { getState, saveState } from '@actions/core';
import { State } from './constants.js';

/** What post needs to sweep, upload and report a run, known before any unit starts. */
export interface RunHandoff {
  /** Absolute state dir of the run (registry, checkpoint, logs). */
  stateDir: string;
  /** Absolute working directory of the units. */
  workingDirectory: string;
  /** The checkpoint key in use (effective, with the suite hash). */
  checkpointKey: string;
  /** GITHUB_RUN_ID, or '' outside a runner (then nothing is uploaded). */
  runId: string;
  runAttempt: number;
  /** Absolute path of the run report JSON main writes at the end. */
  reportJson: string;
  /** The `summary` input: whether a job summary is wanted at all. */
  summary: boolean;
}

export interface PostState extends RunHandoff {
  /** Main's last checkpoint upload happened (or had nothing new to send). */
  checkpointSaved: boolean;
  /** Main wrote the job summary. */
  summaryWritten: boolean;
}

/** Saved first: from here on post can clean up even if main is killed the next instant. */
export function saveRunHandoff(handoff: RunHandoff): void {
  saveState(State.stateDir, handoff.stateDir);
  saveState(State.workingDirectory, handoff.workingDirectory);
  saveState(State.checkpointKey, handoff.checkpointKey);
  saveState(State.runId, handoff.runId);
  saveState(State.runAttempt, String(handoff.runAttempt));
  saveState(State.reportJson, handoff.reportJson);
  saveState(State.summary, String(handoff.summary));
}

export function markCheckpointSaved(): void {
  saveState(State.checkpointSaved, 'true');
}

export function markSummaryWritten(): void {
  saveState(State.summaryWritten, 'true');
}

/** The state main left; undefined when main stopped before it had a state dir (bad input, say). */
export function loadPostState(): PostState | undefined {
  const stateDir = getState(State.stateDir);
  if (!stateDir || !isAbsolute(stateDir)) return undefined;
  const attempt = Number(getState(State.runAttempt));
  return {
    stateDir,
    workingDirectory: getState(State.workingDirectory) || stateDir,
    checkpointKey: getState(State.checkpointKey),
    runId: getState(State.runId),
    runAttempt: Number.isSafeInteger(attempt) && attempt > 0 ? attempt : 1,
    reportJson: getState(State.reportJson),
    summary: getState(State.summary) !== 'false',
    checkpointSaved: getState(State.checkpointSaved) === 'true',
    summaryWritten: getState(State.summaryWritten) === 'true',
  };
}
