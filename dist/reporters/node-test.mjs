// node:test reporter (`--test-reporter=<this file>`, next to a human reporter): testwarden events per test.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { createWriter, failureOf, relativeFile } = require('./events-writer.cjs');

/** Node 20 reports tests left out by --test-name-pattern as skipped with this reason; they were not chosen to run. */
const NOT_SELECTED = 'test name does not match pattern';

/** The major version of the node running this reporter (the one that runs the tests). */
const NODE_MAJOR = Number(process.versions.node.split('.')[0]);

/**
 * The test node runs for a whole file in its own process: Node 20 names it by the file's
 * absolute path (its `file`), so a test of the file named like the file's base name is a test
 * there; later versions that give no `entryFile` name it by its base name.
 */
function isFileItself(data) {
  if (data.nesting !== 0 || !data.file) return false;
  if (data.name === data.file) return true;
  return (
    NODE_MAJOR > 20 &&
    !('entryFile' in data) &&
    (data.file.endsWith(`/${data.name}`) || data.file.endsWith(`\\${data.name}`))
  );
}

/**
 * The file node ran for each test (the test file, where the test may be written in a module it
 * imports). Node 22.3 and later name it (`entryFile`). Node 20 does not: its parent process
 * reports each file's events in the order it started the files, one file after the other, and
 * a file's events come as they happen while every file before it is done (`owner`). A file that
 * finished while an earlier one ran is reported in one burst after that one, and where that
 * burst ends is not told: there the owner is unknown (undefined).
 */
function entryFiles() {
  /** The files node runs, in the order it reports them. */
  const files = [];
  const done = new Set();
  /** The first file whose events are not all reported. */
  let head = 0;
  const firstRunning = () => {
    let i = head;
    while (i < files.length && done.has(files[i])) i++;
    return i;
  };
  return {
    queued(file) {
      files.push(file);
    },
    ended(file) {
      const running = firstRunning();
      done.add(file);
      if (files[running] === file) head = running + 1;
    },
    /** The file whose events come now, when known. */
    owner(data) {
      if (typeof data.entryFile === 'string') return data.entryFile;
      return head < files.length && !done.has(files[head]) ? files[head] : undefined;
    },
  };
}

// Prints nothing: the events go to their own file and people read the spec reporter beside this one.
// eslint-disable-next-line require-yield
export default async function* testwardenNodeReporter(source) {
  const writer = createWriter('node');
  writer.runStart();
  const entries = entryFiles();
  /** Per file node ran, the titles of the tests being reported, by nesting level. */
  const stacks = new Map();
  /** Per file node ran, the titles of the tests running, by nesting level (test:dequeue comes as a test begins). */
  const running = new Map();
  const stackOf = (stacksByFile, key) => {
    let stack = stacksByFile.get(key);
    if (!stack) stacksByFile.set(key, (stack = []));
    return stack;
  };
  let tests = 0;
  for await (const event of source) {
    const data = event.data ?? {};
    const itself = isFileItself(data);
    if (itself && event.type !== 'test:pass' && event.type !== 'test:start') {
      if (event.type === 'test:enqueue') entries.queued(data.file);
      else if (event.type === 'test:complete') entries.ended(data.file);
      else if (event.type === 'test:fail') {
        // The file itself failed (it did not load, or exited early): not a test.
        const error = data.details?.error;
        writer.fileError(data.file, failureOf(error?.cause ?? error ?? 'failed', data.file));
      }
      continue;
    }
    // A test is recorded under the file node ran, which a rerun gives node with the test's name
    // (the test may be written in a module that file imports); its failure's place stays where
    // the failing line is. Where the file is unknown, the test's own file. (A file without tests
    // passes as one test of its own, as node counts it.)
    const entry = itself ? data.file : entries.owner(data);
    const file = entry ?? data.file;
    // One file's events come together, in the order of its tests: a file unknown shares a stack.
    const key = entry ?? '';
    if (event.type === 'test:dequeue') {
      const stack = stackOf(running, key);
      stack.length = data.nesting;
      stack.push(data.name);
      // The writer has the titles in its line before it returns: no copy of the stack.
      writer.testStart(file, stack);
    } else if (event.type === 'test:start') {
      const stack = stackOf(stacks, key);
      stack.length = data.nesting;
      stack.push(data.name);
    } else if (event.type === 'test:pass' || event.type === 'test:fail') {
      const stack = stackOf(stacks, key);
      stack.length = data.nesting;
      // A file's own test is named by the file, relative as on every Node version.
      const titles = itself ? [relativeFile(data.file)] : [...stack, data.name];
      const details = data.details ?? {};
      if (details.type === 'suite') {
        // Suites are not tests in node's own count; their start is closed all the same.
        writer.groupEnd(file, titles);
        continue;
      }
      if (data.skip === NOT_SELECTED) {
        // Not chosen to run, yet announced as starting: its start is closed, it is no test.
        writer.groupEnd(file, titles);
        continue;
      }
      const error = details.error;
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
      writer.testEnd(file, titles, status, details.duration_ms, failure);
    }
  }
  writer.runEnd({ tests });
  writer.close();
}
