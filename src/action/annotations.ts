// Annotations of a run: an error per failed unit (at most 10) pointing at its file, a warning per unit that leaked.
import { error, warning, type AnnotationProperties } from '@actions/core';
import type { RunReport, UnitResult } from '../core/types.js';
import { isFailure } from '../core/report/failure.js';
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
  for (const u of failed.slice(0, MAX_ANNOTATIONS)) {
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
