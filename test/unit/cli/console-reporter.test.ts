// The console reporter: colour only on a TTY and never with NO_COLOR; a line per unit with the progress counter; log tails of failed units.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConsoleReporter, shouldColor } from '../../../src/cli/console-reporter.js';
import type { UnitResult } from '../../../src/core/types.js';
import { tempDir } from '../../support/temp-dir.js';

const unit = (over: Partial<UnitResult>): UnitResult => ({
  id: 'test/a.test.js',
  outcome: 'passed',
  fromCheckpoint: false,
  attempts: 1,
  flaky: false,
  exitCode: 0,
  signal: null,
  durationMs: 1234,
  peakRssBytes: 0,
  tests: { passed: 1, failed: 0, skipped: 0, errors: 0 },
  leaked: [],
  log: null,
  ...over,
});

describe('console reporter', () => {
  it('colours only on a TTY, never with NO_COLOR, always with FORCE_COLOR', () => {
    expect(shouldColor({ isTTY: true }, {})).toBe(true);
    expect(shouldColor({ isTTY: false }, {})).toBe(false);
    expect(shouldColor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(shouldColor({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
    expect(shouldColor({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
    expect(shouldColor({ isTTY: true }, { NO_COLOR: '' })).toBe(true);
  });

  it('prints a counter, the outcome, the log tail of a failed unit and leaks, without escapes when colour is off', () => {
    const log = join(tempDir(), 'u.log');
    writeFileSync(log, `${Array.from({ length: 30 }, (_, i) => `line ${i}`).join('\n')}\n`);
    let out = '';
    const reporter = new ConsoleReporter({ write: (t) => (out += t), color: false, cwd: '/' });
    reporter.onRunStart({
      runId: 'tw-x',
      units: [
        { id: 'a', file: 'a' },
        { id: 'b', file: 'b' },
      ],
      toRun: 2,
      jobs: 1,
      stateDir: '/s',
      tracking: 'process',
      queued: [],
      estimates: new Map(),
    });
    reporter.onUnitEnd(unit({ id: 'a' }), { done: 1, total: 2 });
    reporter.onUnitEnd(
      unit({
        id: 'b',
        outcome: 'failed',
        exitCode: 1,
        message: 'exited with code 1',
        log,
        leaked: [{ kind: 'process', pid: 42, command: 'sleep 9', action: 'killed' }],
      }),
      { done: 2, total: 2 },
    );
    expect(out).toContain('[1/2] PASS    a 1.2s');
    expect(out).toContain('[2/2] FAIL    b 1.2s  exited with code 1');
    expect(out).toContain('leaked process 42 (killed): sleep 9');
    expect(out).toContain('│ line 29');
    expect(out).toContain('│ line 10');
    expect(out).not.toContain('│ line 9\n');
    // eslint-disable-next-line no-control-regex
    expect(out).not.toMatch(/\u001b\[/);
    let coloured = '';
    new ConsoleReporter({ write: (t) => (coloured += t), color: true }).onUnitEnd(
      unit({ id: 'a' }),
      { done: 1, total: 1 },
    );
    // eslint-disable-next-line no-control-regex
    expect(coloured).toMatch(/\u001b\[/);
  });
});
