// node:test reporter (`--test-reporter=<this file>`, next to a human reporter): testwarden events per test.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { createWriter, failureOf } = require('./events-writer.cjs');

/** Node 20 reports tests left out by --test-name-pattern as skipped with this reason; they were not chosen to run. */
const NOT_SELECTED = 'test name does not match pattern';

/** The test node runs for a whole file in its own process (Node 20: named by its path; later: by its base name). */
function isFileItself(data) {
  if (data.nesting !== 0 || !data.file) return false;
  return data.name === data.file || (!('entryFile' in data) && data.file.endsWith(`/${data.name}`));
}

// Prints nothing: the events go to their own file and people read the spec reporter beside this one.
// eslint-disable-next-line require-yield
export default async function* testwardenNodeReporter(source) {
  const writer = createWriter('node');
  writer.runStart();
  /** Per file, the titles of the tests being reported, by nesting level. */
  const stacks = new Map();
  const stackOf = (file) => {
    let stack = stacks.get(file ?? '');
    if (!stack) stacks.set(file ?? '', (stack = []));
    return stack;
  };
  /** Per file, the titles of the tests running, by nesting level (test:dequeue comes as a test begins). */
  const running = new Map();
  const runningOf = (file) => {
    let stack = running.get(file ?? '');
    if (!stack) running.set(file ?? '', (stack = []));
    return stack;
  };
  let tests = 0;
  for await (const event of source) {
    const data = event.data ?? {};
    if (event.type === 'test:dequeue') {
      if (isFileItself(data)) continue;
      const stack = runningOf(data.file);
      stack.length = data.nesting;
      stack.push(data.name);
      // The writer has the titles in its line before it returns: no copy of the stack.
      writer.testStart(data.file, stack);
    } else if (event.type === 'test:start') {
      const stack = stackOf(data.file);
      stack.length = data.nesting;
      stack.push(data.name);
    } else if (event.type === 'test:pass' || event.type === 'test:fail') {
      const stack = stackOf(data.file);
      stack.length = data.nesting;
      const titles = [...stack, data.name];
      const details = data.details ?? {};
      if (details.type === 'suite') {
        // Suites are not tests in node's own count; their start is closed all the same.
        writer.groupEnd(data.file, titles);
        continue;
      }
      if (data.skip === NOT_SELECTED) continue;
      const error = details.error;
      if (event.type === 'test:fail' && data.nesting === 0 && data.name === data.file) {
        // The file itself failed (it did not load, or exited early): not a test.
        writer.fileError(data.file, failureOf(error?.cause ?? error ?? 'failed', data.file));
        continue;
      }
      tests++;
      const status =
        data.todo !== undefined && data.todo !== false
          ? 'todo'
          : data.skip !== undefined && data.skip !== false
            ? 'skipped'
            : event.type === 'test:pass'
              ? 'passed'
              : 'failed';
      const failure =
        status === 'failed' ? failureOf(error?.cause ?? error ?? 'failed', data.file) : undefined;
      writer.testEnd(data.file, titles, status, details.duration_ms, failure);
    }
  }
  writer.runEnd({ tests });
  writer.close();
}
