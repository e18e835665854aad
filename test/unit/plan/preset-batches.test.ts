// Batches of a preset's files: the value's form, sizes, the balance by recorded durations, ids that stay apart across shards, and one split for the same input in any order.
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/core/errors.js';
import {
  autoBatchCount,
  parseBatch,
  planBatches,
  type BatchInput,
} from '../../../src/core/plan/preset-batches.js';
import { fileDurations } from '../../../src/core/plan/timings.js';
import { parseRunOptions } from '../../../src/core/plan/run-options.js';
import type { UnitResult } from '../../../src/core/types.js';

const files = (n: number) =>
  Array.from({ length: n }, (_, i) => `t/f${String(i).padStart(2, '0')}.test.js`);
const input = (more: Partial<BatchInput>): BatchInput => ({
  preset: 'jest',
  files: files(10),
  size: undefined,
  jobs: 1,
  durations: new Map(),
  ...more,
});

describe('--batch', () => {
  it('takes a number of files per batch or auto', () => {
    expect(parseBatch('--batch', '3')).toBe(3);
    expect(parseBatch('--batch', ' AUTO ')).toBe('auto');
    expect(parseBatch('--batch', '1')).toBe(1);
  });

  it.each(['0', '-1', '2.5', 'many', '', '10000000'])(
    'refuses %j naming the option, form and value',
    (value) => {
      expect(() => parseBatch('--batch', value)).toThrow(UsageError);
      expect(() => parseBatch('--batch', value)).toThrow(
        `--batch: expected a number of files per batch from 1 to 1000000 (1: one file per unit), or auto (batches for --jobs), got ${JSON.stringify(value)}`,
      );
    },
  );

  it('is only used with a preset (mocha included)', () => {
    expect(() => parseRunOptions({ command: 'node --test {file}', batch: '2' })).toThrow(
      '--batch: only used with --preset (without one every file is a unit already), got "2"',
    );
    expect(parseRunOptions({ preset: 'mocha', batch: '2', shard: '1/2' })).toMatchObject({
      preset: { name: 'mocha', args: [] },
      batch: 2,
      shard: { index: 1, total: 2 },
    });
    expect(() => parseRunOptions({ preset: 'jest', batch: 'x' })).toThrow(/^--batch: expected/);
    expect(
      parseRunOptions({ preset: 'jest', batch: 'auto', shard: '2/3', jobs: '4' }),
    ).toMatchObject({
      preset: { name: 'jest', args: [] },
      batch: 'auto',
      shard: { index: 2, total: 3 },
      jobs: 4,
    });
  });
});

describe('planBatches', () => {
  it('without --batch, the files are one unit named after the preset (or the shard)', () => {
    expect(planBatches(input({})).units).toEqual([{ id: 'jest', file: 'jest', files: files(10) }]);
    expect(planBatches(input({ shard: { index: 2, total: 3 } })).units[0]!.id).toBe(
      'jest shard 2/3',
    );
  });

  it('--batch 1 makes each file a unit whose id is the file', () => {
    const { units } = planBatches(input({ size: 1, files: ['b.js', 'a.js'] }));
    expect(units).toEqual([
      { id: 'a.js', file: 'a.js', files: ['a.js'] },
      { id: 'b.js', file: 'b.js', files: ['b.js'] },
    ]);
  });

  it('--batch N makes ceil(files / N) batches of at most N files, even in count without durations', () => {
    const { units, mode } = planBatches(input({ size: 3 }));
    expect(mode).toBe('count');
    expect(units.map((u) => u.id)).toEqual([
      'jest batch 1/4',
      'jest batch 2/4',
      'jest batch 3/4',
      'jest batch 4/4',
    ]);
    expect(units.map((u) => u.files!.length)).toEqual([3, 3, 2, 2]);
    expect(units.flatMap((u) => u.files).sort()).toEqual(files(10));
  });

  it('balances by recorded durations, longest first, without going over N files', () => {
    const durations = new Map([
      ['t/f00.test.js', 9000],
      ['t/f01.test.js', 5000],
      ['t/f02.test.js', 4000],
      ['t/f03.test.js', 1000],
    ]);
    const { units, mode } = planBatches(input({ files: files(4), size: 2, durations }));
    expect(mode).toBe('durations');
    expect(units.map((u) => u.files)).toEqual([
      ['t/f00.test.js', 't/f03.test.js'],
      ['t/f01.test.js', 't/f02.test.js'],
    ]);
    // auto with 2 lanes: 4 batches, one file each here.
    const auto = planBatches(input({ files: files(4), size: 'auto', jobs: 2, durations }));
    expect(auto.units).toHaveLength(4);
    // A file with no recorded duration counts as the median of the known ones.
    const some = planBatches(
      input({
        files: files(3),
        size: 'auto',
        jobs: 1,
        durations: new Map([['t/f02.test.js', 10]]),
      }),
    );
    expect(some.units).toHaveLength(1);
  });

  it('auto: two batches per lane, one with one lane, never more than files', () => {
    expect(autoBatchCount(100, 1)).toBe(1);
    expect(autoBatchCount(100, 4)).toBe(8);
    expect(autoBatchCount(3, 4)).toBe(3);
    expect(autoBatchCount(0, 4)).toBe(0);
    expect(planBatches(input({ size: 'auto', jobs: 2 })).units.map((u) => u.id)).toEqual([
      'jest batch 1/4',
      'jest batch 2/4',
      'jest batch 3/4',
      'jest batch 4/4',
    ]);
  });

  it('gives the same batches for the same files in any order; shard ids stay apart', () => {
    const durations = new Map(files(10).map((f, i) => [f, (i * 37) % 11]));
    const a = planBatches(input({ size: 4, durations }));
    const b = planBatches(input({ size: 4, durations, files: [...files(10)].reverse() }));
    expect(b).toEqual(a);
    expect(
      planBatches(input({ size: 4, shard: { index: 1, total: 2 } })).units.map((u) => u.id),
    ).toEqual(['jest shard 1/2 batch 1/3', 'jest shard 1/2 batch 2/3', 'jest shard 1/2 batch 3/3']);
    expect(planBatches(input({ files: [], size: 2 })).units).toEqual([]);
  });
});

describe('per-file durations of a preset unit', () => {
  const result = (more: Partial<UnitResult>): UnitResult => ({
    id: 'go batch 1/2',
    outcome: 'passed',
    fromCheckpoint: false,
    attempts: 1,
    flaky: false,
    exitCode: 0,
    signal: null,
    durationMs: 1000,
    peakRssBytes: 0,
    tests: { passed: 3, failed: 0, skipped: 0, errors: 0 },
    leaked: [],
    log: null,
    ...more,
  });
  const test = (file: string, titles: string[], durationMs: number) => ({
    file,
    titles,
    status: 'passed' as const,
    durationMs,
  });
  const cases = (tests: ReturnType<typeof test>[]) => ({
    tests,
    unfinished: [],
    fileErrors: [],
    counts: { passed: tests.length, failed: 0, skipped: 0, todo: 0, xfail: 0, xpass: 0, errors: 0 },
  });

  it("share the unit's time by the innermost tests' own times (a parent's time holds its subtests')", () => {
    const durations = fileDurations(
      result({
        files: ['a', 'b', 'c'],
        testCases: cases([
          test('a', ['TestX'], 300),
          test('a', ['TestX', 'sub'], 300),
          test('b', ['TestY'], 100),
        ]),
      }),
    );
    expect(Object.fromEntries(durations)).toEqual({ a: 750, b: 250, c: 0 });
  });

  it('share it equally when no test was timed', () => {
    expect(Object.fromEntries(fileDurations(result({ files: ['a', 'b'] })))).toEqual({
      a: 500,
      b: 500,
    });
  });
});
