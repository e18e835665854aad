// Vitest reporter (`--reporter=<this file>`, next to Vitest's own): testwarden events per test as it starts and ends.
import { createRequire } from 'node:module';
import { stripVTControlCharacters } from 'node:util';

const require = createRequire(import.meta.url);
const { createWriter, failureOf } = require('./events-writer.cjs');

function titlesOf(testCase) {
  const titles = [testCase.name];
  for (let node = testCase.parent; node && node.type === 'suite'; node = node.parent) {
    titles.unshift(node.name);
  }
  return titles;
}

function statusOf(testCase) {
  const result = testCase.result();
  if (result.state === 'passed') return 'passed';
  if (result.state === 'failed') return 'failed';
  if (result.state === 'skipped') return testCase.options.mode === 'todo' ? 'todo' : 'skipped';
  return undefined; // pending: not finished
}

/** The error with Vitest's diff (`- Expected` / `+ Received` lines, colours removed) after its message, as Vitest prints it. */
function withDiff(error) {
  if (!error || typeof error !== 'object' || typeof error.diff !== 'string' || !error.diff)
    return error;
  return {
    ...error,
    message: `${error.message ?? ''}\n\n${stripVTControlCharacters(error.diff)}`,
    stack: error.stack,
  };
}

export default class TestwardenVitestReporter {
  constructor() {
    this.writer = createWriter('vitest');
    this.sent = new Set();
  }

  onInit(vitest) {
    const pattern = vitest.config?.testNamePattern;
    this.namePattern = pattern ? new RegExp(pattern) : undefined;
  }

  onTestRunStart() {
    this.writer.runStart();
  }

  onTestCaseReady(testCase) {
    // Vitest can deliver a test's result before its ready event (seen with hundreds of failing
    // tests, whose errors it prepares apart): a test that has ended is not started again.
    if (this.sent.has(testCase.id)) return;
    // Vitest announces the tests -t leaves out too; they are not run, so they do not start.
    const titles = titlesOf(testCase);
    if (this.namePattern && !this.namePattern.test(titles.join(' '))) return;
    this.writer.testStart(testCase.module.moduleId, titles);
  }

  onTestCaseResult(testCase) {
    this.#emit(testCase);
  }

  onTestModuleEnd(testModule) {
    // Skipped and todo tests may never get a result of their own: send what is left.
    for (const testCase of testModule.children.allTests()) this.#emit(testCase);
    const errors = testModule.errors();
    if (errors.length > 0) {
      const error = errors[0];
      this.writer.fileError(testModule.moduleId, failureOf(error, testModule.moduleId));
    }
  }

  onTestRunEnd(_modules, unhandledErrors) {
    if (unhandledErrors && unhandledErrors.length > 0) {
      this.writer.fileError('', failureOf(unhandledErrors[0]));
    }
    this.writer.runEnd();
    this.writer.close();
  }

  #emit(testCase) {
    if (this.sent.has(testCase.id)) return;
    const status = statusOf(testCase);
    if (status === undefined) return;
    this.sent.add(testCase.id);
    // Tests left out by -t are reported as skipped; they were not chosen to run, so they are not sent.
    if (
      status === 'skipped' &&
      this.namePattern &&
      !this.namePattern.test(titlesOf(testCase).join(' '))
    )
      return;
    const file = testCase.module.moduleId;
    const errors = testCase.result().errors ?? [];
    const failure =
      status === 'failed' ? failureOf(withDiff(errors[0]) ?? 'failed', file) : undefined;
    this.writer.testEnd(file, titlesOf(testCase), status, testCase.diagnostic()?.duration, failure);
  }
}
