// The tests of a preset unit that did not pass, as the framework reported them: full name, where it failed (file and line) and the assertion message, for the console, the job summary and annotations.
import type { TestFailure } from '../frameworks/test-events.js';
import type { UnitResult } from '../types.js';

export interface FailedTest {
  /** The titles from the outermost group to the test, joined with ` > ` (a file error: the file). */
  name: string;
  /** Where it failed, relative to the unit's working directory (Go: relative to its package). */
  file: string;
  line?: number;
  /** The assertion message, a few lines at most. */
  message: string[];
  kind: 'failed' | 'error' | 'unfinished' | 'file-error';
}

/** Lines of a message kept: the assertion and its expected/received lines, not a whole stack. */
const MESSAGE_LINES = 8;
const LINE_CHARS = 400;
const STACK_FRAME = /^\s+at \S/;

/** Failed and errored tests, then tests still running when the unit ended, then files that did not load. */
export function failedTests(unit: UnitResult): FailedTest[] {
  const cases = unit.testCases;
  if (!cases) return [];
  const failed = cases.tests
    .filter((t) => t.status === 'failed' || t.status === 'error')
    .map((t) => entry(t.titles.join(' > '), t.file, t.failure, t.status as 'failed' | 'error'));
  const unfinished = cases.unfinished.map((t) => ({
    name: t.titles.join(' > '),
    file: t.file,
    message: [`still running when the unit ended (${unit.outcome})`],
    kind: 'unfinished' as const,
  }));
  const files = cases.fileErrors.map((f) => entry(f.file, f.file, f.failure, 'file-error'));
  return [...failed, ...unfinished, ...files];
}

function entry(
  name: string,
  file: string,
  failure: TestFailure | undefined,
  kind: FailedTest['kind'],
): FailedTest {
  const lines = (failure?.message ?? '')
    .split('\n')
    .map((l) => l.trimEnd())
    // Stack frames are dropped: the place is given as file and line.
    .filter((l) => l !== '' && !STACK_FRAME.test(l));
  const message = lines
    .slice(0, MESSAGE_LINES)
    .map((l) => (l.length > LINE_CHARS ? `${l.slice(0, LINE_CHARS)} […]` : l));
  if (lines.length > MESSAGE_LINES) message.push('[…]');
  return {
    name,
    file: failure?.file ?? file,
    ...(failure?.line !== undefined ? { line: failure.line } : {}),
    message: message.length > 0 ? message : [kind === 'error' ? 'error' : 'failed'],
    kind,
  };
}

/** `file:line` or `file`. */
export function failedTestPlace(test: FailedTest): string {
  return test.line !== undefined ? `${test.file}:${test.line}` : test.file;
}
