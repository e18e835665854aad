// The run's report files (JSON, JUnit, HTML); each failure is kept and the other files are still written.
import { dirname } from 'node:path';
import type { RunCheckpoint } from '../checkpoint/run-checkpoint.js';
import { outputPaths } from '../plan/plan-run.js';
import { renderHtmlReport } from '../report/html-report.js';
import { renderJUnit } from '../report/junit-writer.js';
import {
  writeOutputs,
  type OutputOption,
  type OutputWriteFailure,
} from '../report/output-paths.js';
import { writeFileAtomic } from '../report/write-files.js';
import type { Plan, RunSuiteOptions } from '../run-config.js';
import type { RunReport } from '../types.js';

export function writeReports(
  plan: Plan,
  options: RunSuiteOptions,
  report: RunReport,
  checkpointRuns: RunCheckpoint['runs'],
): OutputWriteFailure[] {
  const content: Record<OutputOption, (path: string) => string> = {
    '--report-json': () => `${JSON.stringify(report, null, 2)}\n`,
    '--junit': () => renderJUnit(report),
    '--report-html': (path) =>
      renderHtmlReport(report, { checkpointRuns, reportDir: dirname(path) }),
  };
  return writeOutputs(
    outputPaths(plan.cwd, options).map((output) => ({
      ...output,
      write: () => writeFileAtomic(output.path, content[output.option](output.path)),
    })),
  );
}
