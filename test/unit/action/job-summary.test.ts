// The job summary and the step's failure message, from reports built like the core builds them: totals, resume note, stop reason and how to resume, failed units with escaped log tails, leaks, slowest units.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderRunSummary } from '../../../src/action/job-summary.js';
import { failureMessage } from '../../../src/action/step-failure.js';
import { buildReport } from '../../../src/core/report/build-report.js';
import type { StopReason, UnitResult } from '../../../src/core/types.js';
import { tempDir } from '../../support/temp-dir.js';

function unit(
  id: string,
  outcome: UnitResult['outcome'],
  extra: Partial<UnitResult> = {},
): UnitResult {
  return {
    id,
    outcome,
    fromCheckpoint: false,
    attempts: outcome === 'skipped' ? 0 : 1,
    flaky: false,
    exitCode: outcome === 'passed' ? 0 : 1,
    signal: null,
    durationMs: 1000,
    peakRssBytes: 0,
    tests: { passed: 1, failed: 0, skipped: 0, errors: 0 },
    leaked: [],
    log: null,
    ...extra,
  };
}

const report = (units: UnitResult[], reason: StopReason | null = null, resumed = false) =>
  buildReport({ runId: 'r', startedAt: Date.now() - 5000, units, reason, resumed });

const context = { checkpointKey: 'test-0-0123abcd' };

describe('the job summary', () => {
  it('names the shard and how the suite was split', () => {
    const sharded = report([unit('a.test.js', 'passed'), unit('b.test.js', 'passed')]);
    sharded.shard = { index: 2, total: 3, units: 7, mode: 'durations', plan: '0123456789abcdef' };
    expect(renderRunSummary(sharded, context)).toContain(
      "Shard 2 of 3: 2 of the suite's 7 units, split by recorded durations.",
    );
    sharded.shard.mode = 'hash';
    expect(renderRunSummary(sharded, context)).toContain('split by a hash of the unit ids');
    expect(renderRunSummary(report([unit('a.test.js', 'passed')]), context)).not.toContain('Shard');
  });

  it('shows a failed unit with the escaped tail of its log, leaks and the slowest units', () => {
    const log = join(tempDir(), 'unit.log');
    writeFileSync(
      log,
      `${Array.from({ length: 50 }, (_, i) => `line ${i}`).join('\n')}\n<script>alert(1)</script>\n`,
    );
    const text = renderRunSummary(
      report([
        unit('a.test.js', 'passed', { durationMs: 3000, peakRssBytes: 64 * 2 ** 20 }),
        unit('b|<b>.test.js', 'failed', { message: 'exited with code 1', log }),
        unit('c.test.js', 'passed', {
          leaked: [{ kind: 'process', pid: 42, command: 'sleep 300', action: 'killed' }],
        }),
      ]),
      context,
    );
    expect(text).toContain('### testwarden: ❌ 1 of 3 units failed');
    expect(text).toContain('<code>b&#124;&#60;b&#62;&#46;test&#46;js</code> exited with code 1');
    expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(text).not.toContain('<script>');
    expect(text).toContain('line 49');
    expect(text).not.toContain('line 19\n');
    expect(text).toMatch(
      /\| <code>c&#46;test&#46;js<\/code> \| process \| 42 <code>sleep 300<\/code> \| killed \|/,
    );
    expect(text).toContain('#### Slowest units');
    expect(text).toContain('Memory peak of one unit: 64.0 MiB (<code>a&#46;test&#46;js</code>)');
    expect(text).toContain('<code>test-0-0123abcd</code>');
  });

  it('says which tracking was in force, on every platform', async () => {
    const { trackingRecord } = await import('../../../src/core/tracker/tracking-description.js');
    const { createPsTable } = await import('../../../src/core/tracker/ps-table.js');
    const { createWindowsTable } = await import('../../../src/core/tracker/windows-table.js');
    const { createProcTable } = await import('../../../src/core/tracker/proc-process-table.js');
    const unused = () => {
      throw new Error('not run');
    };
    const windows = createWindowsTable({ run: unused, sync: unused, async: unused });
    const lines = [
      trackingRecord('cgroup', createProcTable()),
      trackingRecord('process', createProcTable()),
      trackingRecord('process', createPsTable()),
      trackingRecord('process', windows),
    ].map((tracking) =>
      renderRunSummary({ ...report([unit('a.test.js', 'passed')]), tracking }, context)
        .split('\n')
        .find((line) => line.startsWith('Tracking: ')),
    );
    expect(lines).toEqual([
      'Tracking: a cgroup per unit, with process groups and the /proc marker scan.',
      'Tracking: process groups and the /proc marker scan.',
      'Tracking: process groups and descent recorded from ps every 0.25 s (no cgroups or marker scan here).',
      'Tracking: descent recorded from a CIM query every 2 s, trees ended with taskkill /F /T (no process groups, marker scan or grace period on Windows).',
    ]);
  });

  it('says which attempt a resumed run came from and how many units it skipped', () => {
    const text = renderRunSummary(
      report(
        [
          unit('a', 'passed', { fromCheckpoint: true }),
          unit('b', 'passed', { fromCheckpoint: true }),
          unit('c', 'passed'),
        ],
        null,
        true,
      ),
      { ...context, resumedFromAttempt: 1 },
    );
    expect(text).toContain('### testwarden: ✅ 3 units passed');
    expect(text).toContain('> Resumed from attempt 1: 2 units skipped');
  });

  it.each([
    [
      'memory',
      '#### Stopped: memory threshold',
      'stopped on a resource threshold (memory): re-run the job to resume',
    ],
    [
      'SIGINT',
      '#### Stopped: SIGINT',
      'interrupted (SIGINT); the checkpoint is saved: re-run the job to resume',
    ],
  ] as const)('on a %s stop says why and how to resume', (reason, heading, message) => {
    const r = report([unit('a', 'passed'), unit('b', 'interrupted'), unit('c', 'skipped')], reason);
    const text = renderRunSummary(r, context);
    expect(text).toContain(heading);
    expect(text).toContain(
      'Re-run the job ("Re-run failed jobs") to resume: 1 of 3 units are done',
    );
    expect(failureMessage(r)).toBe(message);
  });

  it('passes the step when every unit passed, names the failed units otherwise', () => {
    expect(failureMessage(report([unit('a', 'passed')]))).toBeUndefined();
    expect(
      failureMessage(
        report([
          unit('a', 'failed', { message: 'exited with code 2' }),
          unit('b', 'timed-out', { message: 'timed out after 1.0s' }),
        ]),
      ),
    ).toBe('2 of 2 units failed: a (exited with code 2), b (timed out after 1.0s)');
  });
});
