// The run's report files (JSON, JUnit, HTML); each failure is kept and the other files are still written.
import { dirname } from 'node:path';
import type { RunCheckpoint } from '../checkpoint/run-checkpoint.js';
import { outputPaths } from '../plan/plan-run.js';
import {
  checkOutputFolder,
  writeOutputs,
  type OutputOption,
  type OutputWriteFailure,
} from '../report/output-paths.js';
import { reportJsonText } from '../report/report-json.js';
import { writeFileAtomic } from '../report/write-files.js';
import type { Plan, RunSuiteOptions } from '../run-config.js';
import type { RunReport } from '../types.js';

export async function writeReports(
  plan: Plan,
  options: RunSuiteOptions,
  report: RunReport,
  checkpointRuns: RunCheckpoint['runs'],
): Promise<OutputWriteFailure[]> {
  const outputs = outputPaths(plan.cwd, options);
  const content = await renderers(
    outputs.map((o) => o.option),
    report,
    checkpointRuns,
  );
  return writeOutputs(
    outputs.map((output) => ({
      ...output,
      write: () => {
        checkOutputFolder(output.path, plan.outputFolders.get(output.path));
        writeFileAtomic(output.path, content[output.option](output.path));
      },
    })),
  );
}

/** Each file's renderer; the XML and HTML writers (large) are loaded only when their file is asked for. */
async function renderers(
  asked: readonly OutputOption[],
  report: RunReport,
  checkpointRuns: RunCheckpoint['runs'],
): Promise<Record<OutputOption, (path: string) => string>> {
  const junit = asked.includes('--junit') ? await import('../report/junit-writer.js') : undefined;
  const html = asked.includes('--report-html')
    ? await import('../report/html-report.js')
    : undefined;
  return {
    '--report-json': () => reportJsonText(report),
    '--junit': () => junit!.renderJUnit(report),
    '--report-html': (path) =>
      html!.renderHtmlReport(report, { checkpointRuns, reportDir: dirname(path) }),
  };
}
