// Building and updating a checkpoint in memory: fingerprints, recorded entries, what is never recorded, the end state.
import { describe, expect, it } from 'vitest';
import {
  checkpointSchema,
  computeFingerprint,
  createCheckpoint,
  fingerprintCommand,
  fingerprintUnits,
  markEnded,
  recordUnit,
} from '../../../src/core/checkpoint/checkpoint-format.js';
import { InternalError } from '../../../src/core/errors.js';
import { NOW, checkpointWith, fingerprintOf, unitResult } from './checkpoint-samples.js';

describe('fingerprints', () => {
  it('does not depend on the order of the unit ids', () => {
    expect(fingerprintUnits(['b', 'a', 'c'])).toBe(fingerprintUnits(['c', 'b', 'a']));
    expect(fingerprintUnits(['a'])).toMatch(/^[0-9a-f]{64}$/);
  });

  it('tells lists apart that only a naive join would confuse', () => {
    expect(fingerprintUnits(['a\nb'])).not.toBe(fingerprintUnits(['a', 'b']));
    expect(fingerprintUnits(['a,b'])).not.toBe(fingerprintUnits(['a', 'b']));
    expect(fingerprintUnits(['a'])).not.toBe(fingerprintUnits(['a', 'b']));
  });

  it('covers the shell flag as well as the command text', () => {
    expect(fingerprintCommand('npm test {file}', false)).not.toBe(
      fingerprintCommand('npm test {file}', true),
    );
    expect(fingerprintCommand('a', false)).toBe(
      computeFingerprint({ unitIds: [], command: 'a', shell: false }).command,
    );
  });
});

describe('createCheckpoint and recordUnit', () => {
  it('starts empty, valid, not complete and without a reason', () => {
    const checkpoint = createCheckpoint({
      runId: 'r',
      fingerprint: fingerprintOf(['a']),
      now: NOW,
    });
    expect(checkpoint).toMatchObject({
      formatVersion: 1,
      runId: 'r',
      reason: null,
      complete: false,
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    });
    expect(checkpoint).not.toHaveProperty('attempt');
    expect(Object.keys(checkpoint.units)).toEqual([]);
    expect(checkpointSchema.safeParse(checkpoint).success).toBe(true);
  });

  it('records the facts of a finished unit and moves updatedAt', () => {
    const checkpoint = createCheckpoint({
      runId: 'r',
      attempt: 2,
      fingerprint: fingerprintOf(['a']),
      now: NOW,
    });
    const later = new Date(NOW.getTime() + 60_000);
    const flaky = unitResult('a', 'passed', { attempts: 2, flaky: true, exitCode: 0 });
    expect(recordUnit(checkpoint, flaky, later)).toBe(true);
    expect(checkpoint.units.a).toEqual({
      outcome: 'passed',
      attempts: 2,
      flaky: true,
      durationMs: 1234,
      tests: { passed: 3, failed: 0, skipped: 1 },
      exitCode: 0,
      peakRssBytes: 50_000_000,
      finishedAt: later.toISOString(),
    });
    expect(checkpoint.updatedAt).toBe(later.toISOString());
    expect(checkpoint.createdAt).toBe(NOW.toISOString());
    expect(checkpointSchema.safeParse(checkpoint).success).toBe(true);
  });

  it('never records a unit that did not start: it would count as skipped and never run', () => {
    const checkpoint = checkpointWith(['a'], []);
    expect(recordUnit(checkpoint, unitResult('a', 'skipped', { attempts: 0 }))).toBe(false);
    expect(Object.keys(checkpoint.units)).toEqual([]);
  });

  it('keeps the carried entry of a checkpoint unit, and records one that was not carried', () => {
    const previous = checkpointWith(['a', 'b'], [unitResult('a', 'passed')]);
    const next = createCheckpoint({
      runId: 'r2',
      fingerprint: previous.fingerprint,
      carried: previous.units,
    });
    const later = new Date(NOW.getTime() + 1000);
    expect(recordUnit(next, unitResult('a', 'passed', { fromCheckpoint: true }), later)).toBe(
      false,
    );
    expect(next.units.a?.finishedAt).toBe(NOW.toISOString());
    expect(recordUnit(next, unitResult('b', 'skipped', { fromCheckpoint: true }), later)).toBe(
      true,
    );
  });

  it('treats "__proto__" as an ordinary unit id', () => {
    const checkpoint = checkpointWith(['__proto__'], [unitResult('__proto__', 'passed')]);
    expect(Object.keys(checkpoint.units)).toEqual(['__proto__']);
    expect(Object.hasOwn(checkpoint.units, '__proto__')).toBe(true);
    expect(JSON.stringify(checkpoint)).toContain('"units":{"__proto__":{"outcome":"passed"');
  });

  it('refuses an entry the reader would reject, as a bug', () => {
    const checkpoint = checkpointWith(['a'], []);
    expect(() =>
      recordUnit(checkpoint, unitResult('a', 'passed', { durationMs: Number.NaN })),
    ).toThrow(InternalError);
  });
});

describe('markEnded', () => {
  const ids = ['a', 'b', 'c'];

  it('is complete when nothing stopped the run and every unit passed or was skipped', () => {
    const checkpoint = checkpointWith(ids, [
      unitResult('a', 'passed'),
      unitResult('b', 'passed', { attempts: 2, flaky: true }),
      unitResult('c', 'skipped'),
    ]);
    markEnded(checkpoint, { reason: null, unitIds: ids, now: NOW });
    expect(checkpoint).toMatchObject({ complete: true, reason: null });
  });

  it('stays resumable after failures, after a stop, and with units left', () => {
    const failed = checkpointWith(ids, [
      unitResult('a', 'passed'),
      unitResult('b', 'failed'),
      unitResult('c', 'passed'),
    ]);
    markEnded(failed, { reason: null, unitIds: ids });
    expect(failed.complete).toBe(false);

    const stopped = checkpointWith(
      ids,
      ids.map((id) => unitResult(id, 'passed')),
    );
    markEnded(stopped, { reason: 'SIGINT', unitIds: ids });
    expect(stopped).toMatchObject({ complete: false, reason: 'SIGINT' });

    const partial = checkpointWith(ids, [unitResult('a', 'passed')]);
    markEnded(partial, { reason: null, unitIds: ids });
    expect(partial.complete).toBe(false);
  });
});
