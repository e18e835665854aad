// Decides a unit's test counts: its JUnit file, else TAP in its output, else a summary line, else one test for the unit.
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { CountSource, TestCounts } from '../types.js';
import { readTailText } from './log-tail.js';
import { countSummaryLine } from './summary-line.js';

export async function countUnitTests(options: {
  junitPath: string;
  logPath: string;
  passed: boolean;
}): Promise<{ tests: TestCounts; source: CountSource }> {
  const xml = await readFile(options.junitPath, 'utf8').catch(() => undefined);
  // The XML and TAP parsers are loaded by the first unit that needs them, not by every run.
  const fromJUnit =
    xml === undefined ? undefined : (await import('./junit-counts.js')).countJUnit(xml);
  if (fromJUnit) return { tests: fromJUnit, source: 'junit' };
  if (fileSize(options.logPath) > 0) {
    const { countTapInFile } = await import('./tap-counts.js');
    const fromTap = await countTapInFile(options.logPath).catch(() => undefined);
    if (fromTap) return { tests: fromTap, source: 'tap' };
    const fromSummary = countSummaryLine(readTailText(options.logPath, 16 * 1024));
    if (fromSummary) return { tests: fromSummary, source: 'summary-line' };
  }
  return {
    tests: options.passed
      ? { passed: 1, failed: 0, skipped: 0, errors: 0 }
      : { passed: 0, failed: 1, skipped: 0, errors: 0 },
    source: 'unit',
  };
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
