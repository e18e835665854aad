// The durations history: which results count, the moving average, untrusted reads, atomic writes, pruning.
import { mkdirSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitShards } from '../../../src/core/plan/shard.js';
import {
  applyResults,
  emptyTimings,
  readTimings,
  TIMINGS_FILE,
  TIMINGS_MAX_AGE_MS,
  TIMINGS_MAX_BYTES,
  timingsMap,
  updateTimings,
} from '../../../src/core/plan/timings.js';
import { tempDir, unitResult, units } from '../checkpoint/checkpoint-samples.js';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const later = (days: number) => new Date(NOW.getTime() + days * 24 * 60 * 60 * 1000);

describe('updateTimings', () => {
  it('records units that ran to their end here, and only those', () => {
    const path = join(tempDir(), TIMINGS_FILE);
    const { updated, warnings } = updateTimings(
      path,
      [
        unitResult('passed', 'passed', { durationMs: 1000 }),
        unitResult('failed', 'failed', { durationMs: 2000 }),
        unitResult('timed-out', 'timed-out', { durationMs: 600_000 }),
        unitResult('interrupted', 'interrupted', { durationMs: 50 }),
        unitResult('resource', 'resource-exceeded', { durationMs: 70 }),
        unitResult('checkpoint', 'passed', { fromCheckpoint: true, durationMs: 9 }),
        unitResult('not-run', 'skipped', { attempts: 0, durationMs: 0 }),
      ],
      { now: NOW },
    );
    expect(warnings).toEqual([]);
    expect(updated).toBe(2);
    const written = JSON.parse(readFileSync(path, 'utf8'));
    expect(written).toEqual({
      formatVersion: 1,
      units: {
        passed: { durationMs: 1000, runs: 1, updatedAt: NOW.toISOString() },
        failed: { durationMs: 2000, runs: 1, updatedAt: NOW.toISOString() },
      },
    });
  });

  it('moves an estimate 30 % of the way to the newest duration', () => {
    const path = join(tempDir(), TIMINGS_FILE);
    updateTimings(path, [unitResult('a', 'passed', { durationMs: 1000 })], { now: NOW });
    updateTimings(path, [unitResult('a', 'passed', { durationMs: 2000 })], { now: later(1) });
    const { timings } = readTimings(path);
    expect(timings.units.a).toEqual({
      durationMs: 1300,
      runs: 2,
      updatedAt: later(1).toISOString(),
    });
    // An interrupted run leaves the estimate alone.
    updateTimings(path, [unitResult('a', 'interrupted', { durationMs: 1 })], { now: later(2) });
    expect(readTimings(path).timings.units.a?.durationMs).toBe(1300);
  });

  it('writes atomically: no temp file is left next to it', () => {
    const dir = tempDir();
    updateTimings(join(dir, TIMINGS_FILE), [unitResult('a', 'passed')], { now: NOW });
    expect(readdirSync(dir)).toEqual([TIMINGS_FILE]);
  });

  it('drops entries not updated for 90 days', () => {
    const timings = emptyTimings();
    applyResults(timings, [unitResult('old', 'passed'), unitResult('kept', 'passed')], NOW);
    applyResults(timings, [unitResult('kept', 'passed')], later(60));
    applyResults(
      timings,
      [unitResult('new', 'passed')],
      new Date(NOW.getTime() + TIMINGS_MAX_AGE_MS + 1),
    );
    expect(Object.keys(timings.units).sort()).toEqual(['kept', 'new']);
  });

  it('keeps ids such as __proto__ as ordinary keys', () => {
    const path = join(tempDir(), TIMINGS_FILE);
    updateTimings(path, [unitResult('__proto__', 'passed', { durationMs: 5 })], { now: NOW });
    const { timings } = readTimings(path);
    expect(timingsMap(timings).get('__proto__')).toBe(5);
  });

  it('turns a write failure into a warning', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), 'x');
    const { warnings } = updateTimings(join(dir, 'file', TIMINGS_FILE), [
      unitResult('a', 'passed'),
    ]);
    expect(warnings.at(-1)).toMatch(/could not be written/);
  });
});

describe('readTimings', () => {
  it('returns an empty history without a warning when the file is missing', () => {
    const result = readTimings(join(tempDir(), TIMINGS_FILE));
    expect(result.warnings).toEqual([]);
    expect(timingsMap(result.timings).size).toBe(0);
  });

  it.each([
    ['not JSON', '{"formatVersion":1,', /is not valid JSON; ignored/],
    ['an array', '[]', /is not a JSON object; ignored/],
    ['another version', '{"formatVersion":2,"units":{}}', /format version 2, expected 1; ignored/],
    ['no units', '{"formatVersion":1}', /has no "units" object; ignored/],
  ])('ignores a file that is %s, with a warning', (_what, content, warning) => {
    const path = join(tempDir(), TIMINGS_FILE);
    writeFileSync(path, content);
    const result = readTimings(path);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(warning);
    expect(timingsMap(result.timings).size).toBe(0);
  });

  it('drops invalid entries and keeps the rest', () => {
    const path = join(tempDir(), TIMINGS_FILE);
    const good = { durationMs: 10, runs: 1, updatedAt: NOW.toISOString() };
    writeFileSync(
      path,
      JSON.stringify({
        formatVersion: 1,
        units: {
          good,
          negative: { ...good, durationMs: -1 },
          'no-runs': { ...good, runs: 0 },
          'bad-date': { ...good, updatedAt: 'yesterday' },
          text: 'fast',
        },
      }),
    );
    const result = readTimings(path);
    expect([...timingsMap(result.timings)]).toEqual([['good', 10]]);
    expect(result.warnings).toEqual([`timings ${path}: 4 invalid entries dropped`]);
  });

  it('refuses a file above the size limit without reading it, and a folder', () => {
    const dir = tempDir();
    const path = join(dir, TIMINGS_FILE);
    writeFileSync(path, '');
    truncateSync(path, TIMINGS_MAX_BYTES + 1);
    expect(readTimings(path).warnings[0]).toMatch(/above the \d+-byte limit; ignored/);
    mkdirSync(join(dir, 'folder'));
    expect(readTimings(join(dir, 'folder')).warnings[0]).toMatch(/is not a regular file/);
  });

  it('feeds splitShards: with recorded durations the split balances them', () => {
    const path = join(tempDir(), TIMINGS_FILE);
    const list = units('a', 'b', 'c', 'd');
    updateTimings(
      path,
      [
        unitResult('a', 'passed', { durationMs: 9000 }),
        unitResult('b', 'passed', { durationMs: 3000 }),
        unitResult('c', 'passed', { durationMs: 3000 }),
        unitResult('d', 'passed', { durationMs: 3000 }),
      ],
      { now: NOW },
    );
    const shards = splitShards(list, 2, timingsMap(readTimings(path).timings));
    expect(shards.map((s) => s.map((u) => u.id))).toEqual([['a'], ['b', 'c', 'd']]);
  });
});
