// Ordering rules: last time's failures first, longest first with parallel lanes (unknown = median), stable otherwise.
import { describe, expect, it } from 'vitest';
import { medianOf, orderUnits } from '../../../src/core/checkpoint/order-units.js';
import { checkpointWith, unitResult, units } from './checkpoint-samples.js';

const ids = (list: { id: string }[]) => list.map((u) => u.id);

describe('orderUnits', () => {
  const all = ['a', 'b', 'c', 'd', 'e', 'f'];
  const previous = checkpointWith(all, [
    unitResult('a', 'passed', { durationMs: 100 }),
    unitResult('b', 'failed', { durationMs: 50 }),
    unitResult('c', 'passed', { durationMs: 900 }),
    unitResult('d', 'timed-out', { durationMs: 5000 }),
    unitResult('e', 'passed', { durationMs: 300 }),
  ]);

  it('finds the units of a subset, and of a checkpoint laid out on another list', () => {
    expect(ids(orderUnits(units('a', 'b', 'd', 'f'), { jobs: 1, previous }))).toEqual([
      'b',
      'd',
      'a',
      'f',
    ]);
    const reversed = checkpointWith([...all].reverse(), [
      unitResult('e', 'failed'),
      unitResult('a', 'passed'),
      unitResult('c', 'interrupted'),
    ]);
    expect(ids(orderUnits(units(...all), { jobs: 1, previous: reversed }))).toEqual([
      'c',
      'e',
      'a',
      'b',
      'd',
      'f',
    ]);
  });

  it('keeps the given order without a checkpoint', () => {
    expect(ids(orderUnits(units(...all), { jobs: 4 }))).toEqual(all);
    expect(ids(orderUnits(units(...all), { jobs: 4, previous: undefined }))).toEqual(all);
  });

  it('with one lane puts failures first and otherwise keeps the given order', () => {
    expect(ids(orderUnits(units(...all), { jobs: 1, previous }))).toEqual([
      'b',
      'd',
      'a',
      'c',
      'e',
      'f',
    ]);
  });

  it('with several lanes runs failures first, then the longest first, unknown as the median', () => {
    // Durations of the others: a 100, c 900, e 300, f unknown → median of known (50,100,300,900,5000) = 300.
    expect(ids(orderUnits(units(...all), { jobs: 2, previous }))).toEqual([
      'd',
      'b',
      'c',
      'e',
      'f',
      'a',
    ]);
  });

  it('puts every failed kind first: failed, timed-out, resource-exceeded, interrupted', () => {
    const kinds = checkpointWith(
      ['p', 'f', 't', 'r', 'i'],
      [
        unitResult('p', 'passed', { durationMs: 10_000 }),
        unitResult('f', 'failed', { durationMs: 1 }),
        unitResult('t', 'timed-out', { durationMs: 1 }),
        unitResult('r', 'resource-exceeded', { durationMs: 1 }),
        unitResult('i', 'interrupted', { durationMs: 1 }),
      ],
    );
    const ordered = ids(orderUnits(units('p', 'f', 't', 'r', 'i'), { jobs: 3, previous: kinds }));
    expect(ordered.at(-1)).toBe('p');
    expect(ordered.slice(0, 4).sort()).toEqual(['f', 'i', 'r', 't']);
  });

  it("counts an interrupted unit's cut-short duration as unknown", () => {
    const cut = checkpointWith(
      ['x', 'y', 'z'],
      [
        unitResult('x', 'passed', { durationMs: 100 }),
        unitResult('y', 'passed', { durationMs: 300 }),
        unitResult('z', 'interrupted', { durationMs: 1 }),
      ],
    );
    const withInterrupted = units('x', 'y', 'z', 'w');
    // z and w count as 200 (median of 100 and 300); z is first because it was interrupted.
    expect(ids(orderUnits(withInterrupted, { jobs: 2, previous: cut }))).toEqual([
      'z',
      'y',
      'w',
      'x',
    ]);
  });

  it('is stable between equal durations and deterministic from run to run', () => {
    const same = checkpointWith(
      ['q', 'r', 's'],
      ['q', 'r', 's'].map((id) => unitResult(id, 'passed', { durationMs: 7 })),
    );
    const list = units('s', 'q', 'r');
    expect(ids(orderUnits(list, { jobs: 8, previous: same }))).toEqual(['s', 'q', 'r']);
    expect(orderUnits(list, { jobs: 8, previous })).toEqual(
      orderUnits(list, { jobs: 8, previous }),
    );
    expect(ids(list)).toEqual(['s', 'q', 'r']);
  });
});

describe('medianOf', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(medianOf([])).toBe(0);
    expect(medianOf([5])).toBe(5);
    expect(medianOf([9, 1, 5])).toBe(5);
    expect(medianOf([4, 1, 3, 2])).toBe(2.5);
  });
});
