// Counting without a preset, on the real frameworks' own output: node's TAP trailer and spec totals, Jest's Tests line, pytest's and Mocha's summaries.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countSummaryLine } from '../../../src/core/report/summary-line.js';
import { countTapInFile } from '../../../src/core/report/tap-counts.js';
import { countUnitTests } from '../../../src/core/report/unit-counts.js';
import { FIXTURES } from '../../support/framework-run.js';
import { tempDir } from '../../support/temp-dir.js';
import { posixOnly } from '../../support/platform.js';

const BIN = join(import.meta.dirname, '..', '..', '..', 'node_modules', '.bin');

/** Runs a framework on a fixture suite and returns everything it printed, as a unit's log holds it. */
function output(fixture: string, argv: string[], env: Record<string, string> = {}): string {
  const r = spawnSync(argv[0]!, argv.slice(1), {
    cwd: join(FIXTURES, fixture),
    env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1', NO_COLOR: '1', ...env },
    encoding: 'utf8',
  });
  return `${r.stdout}\n${r.stderr}`;
}

function logFile(text: string): string {
  const path = join(tempDir(), 'unit.log');
  writeFileSync(path, text);
  return path;
}

describe('counts read from frameworks without a preset', () => {
  it("node --test's TAP: the trailer counts nested tests and subtests, skip and todo kept", async () => {
    const tap = output('node', [process.execPath, '--test', '--test-reporter=tap']);
    expect(tap).toMatch(/^# tests 13$/m);
    // 9 passed (subtests included), 2 failed, 1 skipped + 1 todo; the top level holds 5 entries only
    expect(await countTapInFile(logFile(tap))).toEqual({
      passed: 9,
      failed: 2,
      skipped: 2,
      errors: 0,
    });
  });

  it("node --test's spec reporter totals", () => {
    const spec = output('node', [process.execPath, '--test', '--test-reporter=spec']);
    expect(spec).toMatch(/ℹ tests 13/);
    expect(countSummaryLine(spec)).toEqual({ passed: 9, failed: 2, skipped: 2, errors: 0 });
  });

  it.skipIf(posixOnly("Jest's summary", 'node_modules/.bin/jest is a POSIX script'))(
    "Jest's Tests line, never its Snapshots line",
    () => {
      const cache = tempDir('tw-jest-cache-');
      const log = output('jest', [join(BIN, 'jest'), '--ci', `--cacheDirectory=${cache}`]);
      expect(log).toMatch(/Snapshots:\s+1 passed, 1 total/);
      expect(countSummaryLine(log)).toEqual({ passed: 7, failed: 2, skipped: 2, errors: 0 });
    },
  );

  it.skipIf(posixOnly("pytest's summary", 'python3 with pytest on PATH'))(
    "pytest's summary: xfailed and skipped are skipped, xpassed passed, errors apart",
    () => {
      const log = output('pytest', ['python3', '-m', 'pytest', '-p', 'no:cacheprovider']);
      expect(log).toMatch(/2 failed, 6 passed, 1 skipped, 1 xfailed, 1 xpassed, 1 error in/);
      expect(countSummaryLine(log)).toEqual({ passed: 7, failed: 2, skipped: 2, errors: 1 });
    },
  );

  it.skipIf(posixOnly("pytest's all-skipped summary", 'python3 with pytest on PATH'))(
    'a pytest run where everything was skipped is all skipped, not one passed',
    async () => {
      const log = output('pytest', [
        'python3',
        '-m',
        'pytest',
        '-p',
        'no:cacheprovider',
        '-k',
        'skipped',
      ]);
      expect(log).toMatch(/1 skipped, 11 deselected in/);
      expect(countSummaryLine(log)).toEqual({ passed: 0, failed: 0, skipped: 1, errors: 0 });
      const logPath = logFile(log);
      expect(
        await countUnitTests({ junitPath: join(tempDir(), 'none.xml'), logPath, passed: true }),
      ).toEqual({
        tests: { passed: 0, failed: 0, skipped: 1, errors: 0 },
        source: 'summary-line',
      });
    },
  );

  it.skipIf(posixOnly("Mocha's summary", 'node_modules/.bin/mocha is a POSIX script'))(
    "Mocha's summary, one count a line",
    () => {
      const log = output('mocha', [join(BIN, 'mocha')]);
      expect(log).toMatch(/6 passing/);
      expect(countSummaryLine(log)).toEqual({ passed: 6, failed: 2, skipped: 2, errors: 0 });
    },
  );

  it("a compiler's `Found 1 error.` is not a test summary", () => {
    expect(countSummaryLine('tsc\nFound 1 error.\n')).toBeUndefined();
  });

  it('a TAP stream without a plan in a passing unit has no failed test', async () => {
    // A producer that streams results and exits before printing its plan.
    const log = logFile('TAP version 13\nok 1 - first\nok 2 - second # SKIP later\n');
    expect(await countTapInFile(log)).toEqual({ passed: 1, failed: 0, skipped: 1, errors: 0 });
    const withFailure = logFile('TAP version 13\nok 1 - first\nnot ok 2 - second\n');
    expect(await countTapInFile(withFailure)).toEqual({
      passed: 1,
      failed: 1,
      skipped: 0,
      errors: 0,
    });
  });
});
