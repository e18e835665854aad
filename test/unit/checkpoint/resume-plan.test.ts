// Resume rules: what a checkpoint settles for each outcome, when a run starts fresh, and merging a changed unit list.
import { describe, expect, it } from 'vitest';
import { planResume } from '../../../src/core/checkpoint/resume-plan.js';
import type { Outcome } from '../../../src/core/types.js';
import {
  COMMAND,
  checkpointWith,
  fingerprintOf,
  recordsOf,
  unitResult,
  units,
} from './checkpoint-samples.js';

const IDS = ['a', 'b', 'c', 'd'];

describe('planResume', () => {
  it.each<[Outcome, boolean, 'settled' | 'runs']>([
    ['passed', false, 'settled'],
    ['passed', true, 'settled'],
    ['skipped', false, 'settled'],
    ['failed', false, 'runs'],
    ['timed-out', false, 'runs'],
    ['resource-exceeded', false, 'runs'],
    ['interrupted', false, 'runs'],
  ])('a unit recorded as %s (flaky: %s) is %s', (outcome, flaky, expected) => {
    const recorded = unitResult('b', outcome, flaky ? { attempts: 2, flaky, exitCode: 0 } : {});
    const plan = planResume({
      checkpoint: checkpointWith(IDS, [recorded], { reason: 'SIGINT' }),
      units: units(...IDS),
      fingerprintNow: fingerprintOf(IDS),
    });
    expect(plan.resumed).toBe(true);
    const runs = plan.toRun.map((u) => u.id);
    if (expected === 'runs') {
      expect(runs).toEqual(IDS);
      expect(plan.fromCheckpoint).toEqual([]);
    } else {
      expect(runs).toEqual(['a', 'c', 'd']);
      expect(plan.fromCheckpoint).toEqual([
        {
          id: 'b',
          outcome,
          fromCheckpoint: true,
          attempts: recorded.attempts,
          flaky,
          exitCode: recorded.exitCode,
          signal: null,
          durationMs: 1234,
          peakRssBytes: 50_000_000,
          tests: recorded.tests,
          leaked: [],
          log: null,
        },
      ]);
      expect(Object.keys(recordsOf(plan.carried).records)).toEqual(['b']);
    }
  });

  it('says where it resumes from', () => {
    const plan = planResume({
      checkpoint: checkpointWith(
        IDS,
        [unitResult('a', 'passed'), unitResult('b', 'failed'), unitResult('c', 'skipped')],
        { reason: 'SIGINT', attempt: 3 },
      ),
      units: units(...IDS),
      fingerprintNow: fingerprintOf(IDS),
    });
    expect(plan.notice).toBe(
      'Resuming from checkpoint of attempt 3 (reason: SIGINT, 2 of 4 units done)',
    );
    expect(plan.toRun.map((u) => u.id)).toEqual(['b', 'd']);
  });

  it('resumes the failures of a run that ended normally', () => {
    const plan = planResume({
      checkpoint: checkpointWith(IDS, [unitResult('a', 'failed'), unitResult('b', 'passed')], {
        attempt: undefined,
      }),
      units: units('a', 'b'),
      fingerprintNow: fingerprintOf(IDS),
    });
    expect(plan.notice).toBe('Resuming from checkpoint (previous run ended, 1 of 2 units done)');
  });

  it('starts fresh on a complete checkpoint', () => {
    const plan = planResume({
      checkpoint: checkpointWith(
        IDS,
        IDS.map((id) => unitResult(id, 'passed')),
        { complete: true },
      ),
      units: units(...IDS),
      fingerprintNow: fingerprintOf(IDS),
    });
    expect(plan).toMatchObject({ resumed: false, fresh: 'complete', fromCheckpoint: [] });
    expect(plan.toRun.map((u) => u.id)).toEqual(IDS);
    expect(plan.notice).toContain('(reason: complete)');
  });

  it('starts fresh, saying why, when the command changed', () => {
    const plan = planResume({
      checkpoint: checkpointWith(IDS, [unitResult('a', 'passed')]),
      units: units(...IDS),
      fingerprintNow: fingerprintOf(IDS, `${COMMAND} --coverage`),
    });
    expect(plan).toMatchObject({ resumed: false, fresh: 'command-changed', fromCheckpoint: [] });
    expect(plan.toRun).toHaveLength(4);
    expect(plan.notice).toMatch(/^Starting fresh: the command changed/);
  });

  it('starts fresh without a checkpoint, telling a missing one from an unusable one', () => {
    const none = planResume({
      checkpoint: undefined,
      units: units(...IDS),
      fingerprintNow: fingerprintOf(IDS),
    });
    expect(none).toMatchObject({
      resumed: false,
      fresh: 'no-checkpoint',
      notice: 'Starting fresh: no checkpoint found',
    });
    const bad = planResume({
      checkpoint: undefined,
      units: units(...IDS),
      fingerprintNow: fingerprintOf(IDS),
      previousAvailable: true,
    });
    expect(bad).toMatchObject({ resumed: false, fresh: 'unusable' });
  });

  it('merges a changed unit list by id, with counts', () => {
    // Recorded: a passed, b failed, old passed (dropped by readCheckpoint). Today: a, b, new1, new2.
    const plan = planResume({
      checkpoint: checkpointWith(
        ['a', 'b', 'old'],
        [unitResult('a', 'passed'), unitResult('b', 'failed')],
        {
          reason: 'SIGTERM',
        },
      ),
      units: units('a', 'b', 'new1', 'new2'),
      fingerprintNow: fingerprintOf(['a', 'b', 'new1', 'new2']),
      droppedUnknown: 1,
    });
    expect(plan.resumed).toBe(true);
    expect(plan.fromCheckpoint.map((r) => r.id)).toEqual(['a']);
    expect(plan.toRun.map((u) => u.id)).toEqual(['b', 'new1', 'new2']);
    expect(plan.notice).toBe(
      'Resuming from checkpoint of attempt 1 (reason: SIGTERM, 1 of 4 units done); the unit list changed since: merged by id, 1 recorded unit no longer listed, 2 units without a record will run',
    );
  });

  it('starts a fresh list with times counted from now', () => {
    const before = Date.now();
    const plan = planResume({
      checkpoint: undefined,
      units: units('a'),
      fingerprintNow: fingerprintOf(['a']),
    });
    expect(plan.carried.ids).toEqual(['a']);
    expect(plan.carried.timeBase).toBeGreaterThanOrEqual(before);
  });

  it("only ever returns today's units, whatever the checkpoint holds", () => {
    const plan = planResume({
      checkpoint: checkpointWith(
        ['a', '../../etc/passwd'],
        [unitResult('a', 'passed'), unitResult('../../etc/passwd', 'passed')],
      ),
      units: units('a', 'b'),
      fingerprintNow: fingerprintOf(['a', 'b']),
    });
    const ids = [...plan.fromCheckpoint.map((r) => r.id), ...plan.toRun.map((u) => u.id)];
    expect(ids.sort()).toEqual(['a', 'b']);
    expect(Object.keys(recordsOf(plan.carried).records)).toEqual(['a']);
  });
});
