// Annotations of a run: an error per failed test of a preset unit on the line where it failed, else per failed unit pointing at its file (at most 10 errors), a warning per unit that leaked.
import { error, warning, type AnnotationProperties } from '@actions/core';
import type { RunReport, UnitResult } from '../core/types.js';
import { isFailure } from '../core/report/failure.js';
import { failedTestPlace, failedTests } from '../core/report/failed-tests.js';
import { inertLine } from '../core/text/workflow-command.js';
import { MAX_ANNOTATIONS } from './constants.js';
import { logTail } from './log-text.js';
import { unitFile } from './unit-location.js';

export interface AnnotationContext {
  workspace: string;
  /** Absolute working directory of the units (unit ids are relative to it). */
  cwd: string;
}

/** Lines of the log quoted in an error annotation. */
const QUOTED_LINES = 10;

export function annotateRun(report: RunReport, context: AnnotationContext): void {
  const where = (u: UnitResult): AnnotationProperties => {
    const file = unitFile(u.id, context.cwd, context.workspace);
    // A path the runner could read a command in is not pointed at: the annotation still says it.
    return file && inertLine(file) === file ? { file } : {};
  };
  const failed = report.units.filter((u) => isFailure(u) && !u.fromCheckpoint);
  // A preset unit's failed tests each get an error on the line where they failed.
  const tests = failed.flatMap((u) => failedTests(u));
  for (const t of tests.slice(0, MAX_ANNOTATIONS)) {
    const file = unitFile(t.file, context.cwd, context.workspace);
    const pointed = file !== undefined && inertLine(file) === file;
    const at: AnnotationProperties = pointed
      ? { file, ...(t.line !== undefined ? { startLine: t.line } : {}) }
      : {};
    const head = `${t.name}${pointed ? '' : ` (${failedTestPlace(t)})`}`;
    error([head, ...t.message].map(inertLine).join('\n'), {
      title: inertLine(`${t.kind === 'unfinished' ? 'unfinished' : 'failed'}: ${t.name}`),
      ...at,
    });
  }
  const byUnit = failed.filter((u) => failedTests(u).length === 0);
  for (const u of byUnit.slice(0, Math.max(0, MAX_ANNOTATIONS - tests.length))) {
    const tail = logTail(u.log, QUOTED_LINES);
    // The toolkit escapes newlines; each line is made inert too (`##[` counts anywhere in a line).
    const message = [`${u.id}: ${u.message ?? u.outcome}`, ...tail].map(inertLine).join('\n');
    error(message, { title: inertLine(`${u.id} ${u.outcome}`), ...where(u) });
  }
  const leaky = report.units.filter((u) => u.leaked.length > 0);
  for (const u of leaky.slice(0, MAX_ANNOTATIONS)) {
    const what = u.leaked.map((l) =>
      l.kind === 'process'
        ? `process ${l.pid} (${l.command}): ${l.action}`
        : `container ${l.name || l.id}: ${l.action}`,
    );
    const head = `${u.id} left ${u.leaked.length} running after it ended:`;
    warning([head, ...what].map(inertLine).join('\n'), {
      title: inertLine(`${u.id} leaked`),
      ...where(u),
    });
  }
}
