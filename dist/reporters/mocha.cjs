// Mocha reporter (`--reporter <this file>`): testwarden events per test, and Mocha's spec output for people.
'use strict';
const { createWriter, failureOf } = require('./events-writer.cjs');

/** Mocha of the project being run (the one that loaded this reporter), for its spec reporter. */
function projectMocha() {
  try {
    return require(require.resolve('mocha', { paths: [process.cwd()] }));
  } catch {
    return undefined;
  }
}

function titlesOf(runnable) {
  return runnable.titlePath();
}

function fileOf(runnable) {
  let node = runnable;
  while (node && !node.file) node = node.parent;
  return node ? node.file : '';
}

/**
 * Mocha stops the whole run when a spec file throws while it loads ("Exception during run"),
 * before any reporter exists: the file that began loading and never finished is reported as a
 * file error. No `run-end` follows, since none of the other files' tests ran.
 */
function reportLoadErrors(Mocha) {
  const proto = Mocha?.prototype;
  if (!proto || proto.testwardenLoadErrors) return;
  proto.testwardenLoadErrors = true;
  for (const name of ['loadFilesAsync', 'loadFiles']) {
    const original = proto[name];
    if (typeof original !== 'function') continue;
    proto[name] = function (...args) {
      let loading;
      this.suite.on('pre-require', (_context, file) => (loading = file));
      this.suite.on('post-require', () => (loading = undefined));
      const failed = (error) => {
        const writer = createWriter('mocha');
        writer.runStart();
        writer.fileError(loading ?? '', failureOf(error ?? 'failed to load', loading));
        writer.close();
        throw error;
      };
      try {
        const result = original.apply(this, args);
        return result && typeof result.then === 'function' ? result.catch(failed) : result;
      } catch (error) {
        return failed(error);
      }
    };
  }
}

reportLoadErrors(projectMocha());

function TestwardenMochaReporter(runner, options) {
  const writer = createWriter('mocha');
  const mocha = projectMocha();
  const human = options?.reporterOption?.human ?? 'spec';
  if (mocha && human !== 'none' && mocha.reporters[human])
    new mocha.reporters[human](runner, options);
  const ended = new Set();
  const end = (test, status, error) => {
    if (ended.has(test)) return;
    ended.add(test);
    const file = fileOf(test);
    writer.testEnd(
      file,
      titlesOf(test),
      status,
      test.duration,
      error ? failureOf(error, file) : undefined,
    );
  };
  runner.on('start', () => writer.runStart());
  runner.on('test', (test) => {
    // A retry (`this.retries`) runs a copy of the test again: it is the same test, started once.
    if (typeof test.currentRetry === 'function' && test.currentRetry() > 0) return;
    writer.testStart(fileOf(test), titlesOf(test));
  });
  runner.on('pass', (test) => end(test, 'passed'));
  runner.on('pending', (test) => end(test, 'skipped'));
  runner.on('fail', (runnable, error) => {
    // Mocha counts a failed hook as a failure of its own; so do the events, under the hook's title.
    end(runnable, 'failed', error ?? new Error('failed'));
  });
  runner.once('end', () => {
    const stats = runner.stats ?? {};
    writer.runEnd({ passed: stats.passes, failed: stats.failures, skipped: stats.pending });
    writer.close();
  });
}

TestwardenMochaReporter.description = 'testwarden per-test events (and spec output)';
module.exports = TestwardenMochaReporter;
module.exports.default = TestwardenMochaReporter;
