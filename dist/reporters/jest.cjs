// Jest reporter (`--reporters=<this file>`): one testwarden event per test as it starts and ends.
'use strict';
const { createWriter, failureOf, failureOfTexts } = require('./events-writer.cjs');

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
    /** Per file, the title paths of the failed results sent (a retry may follow). */
    this.failed = new Map();
    /** Per file, starts that wait for their result to tell a retry from a test of the same name. */
    this.starts = new Map();
  }

  onRunStart() {
    this.writer.runStart();
  }

  onTestCaseStart(test, info) {
    const titles = [...info.ancestorTitles, info.title];
    const key = JSON.stringify(titles);
    // A test of the name of one that failed in this file starts: another try of it
    // (jest.retryTimes) or a test of the same name. Its result tells which; the start waits.
    if (this.#failedFor(test.path).has(key)) this.#startsFor(test.path).set(key, titles);
    else this.writer.testStart(test.path, titles);
  }

  onTestCaseResult(test, result) {
    const titles = [...result.ancestorTitles, result.title];
    const key = JSON.stringify(titles);
    const starts = this.#startsFor(test.path);
    // Jest sends every try of a retried test; a try after the first counts its invocations.
    const retry = (result.invocations ?? 1) > 1 && this.#failedFor(test.path).has(key);
    if (starts.has(key)) {
      starts.delete(key);
      this.writer.testStart(test.path, titles, retry ? { retry: true } : undefined);
    }
    this.#emit(test.path, result, retry);
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
    this.failed.delete(test.path);
    this.starts.delete(test.path);
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

  #failedFor(file) {
    let set = this.failed.get(file);
    if (!set) this.failed.set(file, (set = new Set()));
    return set;
  }

  #startsFor(file) {
    let map = this.starts.get(file);
    if (!map) this.starts.set(file, (map = new Map()));
    return map;
  }

  #sentFor(file) {
    let map = this.sent.get(file);
    if (!map) this.sent.set(file, (map = new Map()));
    return map;
  }

  /** Sends a result; `retry`: another try of the test whose failure was sent, not one more test. */
  #emit(file, result, retry = false) {
    const titles = [...result.ancestorTitles, result.title];
    const key = JSON.stringify(titles);
    const sent = this.#sentFor(file);
    if (!retry) sent.set(key, (sent.get(key) ?? 0) + 1);
    const status = STATUS[result.status] ?? 'failed';
    if (status === 'failed') this.#failedFor(file).add(key);
    // Tests left out by --testNamePattern are reported as skipped; they were not chosen to run, so they are not sent.
    if (status === 'skipped' && this.namePattern && !this.namePattern.test(titles.join(' ')))
      return;
    const failure = status === 'failed' ? failureOfTexts(result.failureMessages, file) : undefined;
    const extra = retry ? { retry: true } : undefined;
    this.writer.testEnd(file, titles, status, result.duration ?? undefined, failure, extra);
  }
}

module.exports = TestwardenJestReporter;
