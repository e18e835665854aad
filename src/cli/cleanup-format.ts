// Formats what `testwarden cleanup` removed.
import type { CleanupReport } from '../core/tracker/cleanup.js';
import { describeLeak } from './console-reporter.js';

export function formatCleanup(report: CleanupReport, stateDir: string): string {
  const lines: string[] = [];
  const removed = [...report.processes, ...report.containers];
  if (report.runnerAlive) {
    lines.push(
      `The state dir ${stateDir} is in use by a live testwarden run or cleanup${report.runnerAlive.pid ? ` (pid ${report.runnerAlive.pid})` : ''}; nothing was done. Use --force to clean up anyway (it ends that run's units).`,
    );
  } else if (removed.length === 0) {
    lines.push(`Nothing left behind in ${stateDir}.`);
  } else {
    lines.push(`Cleaned up ${removed.length} left behind by the run in ${stateDir}:`);
    for (const leak of removed) lines.push(`  ${describeLeak(leak)}`);
  }
  if (report.ignored.length > 0) {
    lines.push(
      `Ignored ${report.ignored.length} registry entr${report.ignored.length === 1 ? 'y' : 'ies'} naming what testwarden cannot prove the run made (left alone):`,
    );
    for (const e of report.ignored) lines.push(`  ${e.kind} ${JSON.stringify(e.target)}: ${e.why}`);
  }
  for (const w of report.warnings) if (!report.runnerAlive) lines.push(`warning: ${w}`);
  return `${lines.join('\n')}\n`;
}
