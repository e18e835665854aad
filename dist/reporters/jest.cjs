// Jest reporter (`--reporters=<this file>`): one testwarden event per test as it starts and ends.
'use strict';
const { createWriter, failureOf } = require('./events-writer.cjs');

const STATUS = {
  passed: 'passed',
  failed: 'failed',
  todo: 'todo',
  pending: 'skipped',
  skipped: 'skipped',
  disabled: 'skipped',
  focused: 'passed',
};

class TestwardenJestReporter {
  constructor(globalConfig) {
    this.writer = createWriter('jest');
    const pattern = globalConfig?.testNamePattern;
    this.namePattern = pattern ? new RegExp(pattern, 'i') : undefined;
    /** Per file, how many results each title path has already sent (titles may repeat in a file). */
    this.sent = new Map();
  }

  onRunStart() {
    this.writer.runStart();
  }

  onTestCaseStart(test, info) {
    this.writer.testStart(test.path, [...info.ancestorTitles, info.title]);
  }

  onTestCaseResult(test, result) {
    this.#emit(test.path, result);
  }

  onTestResult(test, testResult) {
    // Results Jest did not report one by one (older versions, skipped tests) are sent here.
    const seen = new Map();
    for (const result of testResult.testResults) {
      const key = JSON.stringify([...result.ancestorTitles, result.title]);
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      if (n > (this.#sentFor(test.path).get(key) ?? 0)) this.#emit(test.path, result);
    }
    if (testResult.testExecError) {
      this.writer.fileError(test.path, failureOf(testResult.testExecError, test.path));
    }
    this.sent.delete(test.path);
  }

  onRunComplete(_contexts, results) {
    this.writer.runEnd({
      passed: results.numPassedTests,
      failed: results.numFailedTests,
      skipped: results.numPendingTests,
      todo: results.numTodoTests,
      total: results.numTotalTests,
      failedFiles: results.numRuntimeErrorTestSuites,
    });
    this.writer.close();
  }

  getLastError() {
    return undefined;
  }

  #sentFor(file) {
    let map = this.sent.get(file);
    if (!map) this.sent.set(file, (map = new Map()));
    return map;
  }

  #emit(file, result) {
    const titles = [...result.ancestorTitles, result.title];
    const key = JSON.stringify(titles);
    const sent = this.#sentFor(file);
    sent.set(key, (sent.get(key) ?? 0) + 1);
    const status = STATUS[result.status] ?? 'failed';
    // Tests left out by --testNamePattern are reported as skipped; they were not chosen to run, so they are not sent.
    if (status === 'skipped' && this.namePattern && !this.namePattern.test(titles.join(' ')))
      return;
    const failure =
      status === 'failed'
        ? failureOf(result.failureMessages.join('\n\n') || 'failed', file)
        : undefined;
    this.writer.testEnd(file, titles, status, result.duration ?? undefined, failure);
  }
}

module.exports = TestwardenJestReporter;
