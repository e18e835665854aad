// What reading a checkpoint found wrong, said safely: counts of dropped entries, the first of each, text from the file made fit for one log line.
import type * as z from '../zod-mini.js';
import { inertLine } from '../text/workflow-command.js';

/** Entries a reader left out, with the first of each kind for the warning. */
export interface EntryProblems {
  /** Recorded entries whose values are invalid: dropped, their units run again. */
  invalid: number;
  firstInvalid?: string;
  /** Recorded entries whose id is not in today's unit list: dropped, never run. */
  unknown: number;
  firstUnknown?: string;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function firstIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return 'invalid';
  const where = issue.path.map((part) => String(part)).join('.');
  return printable(where === '' ? issue.message : `${where}: ${issue.message}`, 160);
}

/** Text from the file, made safe for one log line (no newline can start a workflow command). */
export function printable(text: string, max: number): string {
  const flat = inertLine(text);
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
