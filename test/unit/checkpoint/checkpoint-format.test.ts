// Building and updating a checkpoint in memory: fingerprints, recorded entries, what is never recorded, the end state.
import { describe, expect, it } from 'vitest';
import {
  computeFingerprint,
  createCheckpoint,
  fingerprintCommand,
  fingerprintUnits,
  markEnded,
  recordUnit,
} from '../../../src/core/checkpoint/checkpoint-format.js';
import { InternalError } from '../../../src/core/errors.js';
import { readCheckpoint, writeCheckpoint } from '../../../src/core/checkpoint/checkpoint-file.js';
import {
  NOW,
  checkpointWith,
  documentOf,
  fingerprintOf,
  plain,
  recordsOf,
  tempDir,
  unitResult,
} from './checkpoint-samples.js';
import { join } from 'node:path';

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
      runId: 'r',
      reason: null,
      complete: false,
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    });
    expect(checkpoint).not.toHaveProperty('attempt');
    expect(checkpoint.units.size).toBe(0);
    const path = join(tempDir(), 'checkpoint.json');
    writeCheckpoint(path, checkpoint);
    const read = readCheckpoint(path);
    expect(read.warnings).toEqual([]);
    expect(plain(read.checkpoint!)).toEqual(plain(checkpoint));
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
    expect(checkpoint.units.get('a')).toEqual({
      outcome: 'passed',
      attempts: 2,
      flaky: true,
      durationMs: 1234,
      tests: { passed: 3, failed: 0, skipped: 1 },
      exitCode: 0,
      peakRssBytes: 50_000_000,
      finishedAt: later.getTime(),
    });
    expect(checkpoint.updatedAt).toBe(later.toISOString());
    expect(checkpoint.createdAt).toBe(NOW.toISOString());
    // A unit not in the list it was created with is added to it.
    expect(checkpoint.units.ids).toEqual(['a']);
  });

  it('never records a unit that did not start: it would count as skipped and never run', () => {
    const checkpoint = checkpointWith(['a'], []);
    expect(recordUnit(checkpoint, unitResult('a', 'skipped', { attempts: 0 }))).toBe(false);
    expect(checkpoint.units.size).toBe(0);
  });

  it('keeps the carried entry of a checkpoint unit, and records one that was not carried', () => {
    const previous = checkpointWith(['a', 'b'], [unitResult('a', 'passed')]);
    const next = createCheckpoint({
      runId: 'r2',
      fingerprint: previous.fingerprint,
      units: previous.units,
    });
    const later = new Date(NOW.getTime() + 1000);
    expect(recordUnit(next, unitResult('a', 'passed', { fromCheckpoint: true }), later)).toBe(
      false,
    );
    expect(next.units.get('a')?.finishedAt).toBe(NOW.getTime());
    expect(recordUnit(next, unitResult('b', 'skipped', { fromCheckpoint: true }), later)).toBe(
      true,
    );
  });

  it('treats "__proto__" as an ordinary unit id', () => {
    const checkpoint = checkpointWith(['__proto__'], [unitResult('__proto__', 'passed')]);
    expect(Object.keys(recordsOf(checkpoint.units).records)).toEqual(['__proto__']);
    expect(checkpoint.units.has('__proto__')).toBe(true);
    expect(checkpoint.units.has('constructor')).toBe(false);
    expect(documentOf(checkpoint)).toMatchObject({ units: { id: ['__proto__'], outcome: [0] } });
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
