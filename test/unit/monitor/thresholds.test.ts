// The threshold rule with synthetic samples: admission, the window, resets, CPU on and off, shutdown choice and stickiness.
import { describe, expect, it } from 'vitest';
import {
  initialThresholdState,
  nextThresholdState,
  resolveThresholds,
  thresholdChanged,
  type ThresholdOptions,
  type ThresholdState,
} from '../../../src/core/monitor/thresholds.js';

type Step = [at: number, memoryPercent: number, cpuPercent?: number | null];

/** Runs samples through the rule and returns every state after each. */
function run(options: ThresholdOptions, steps: readonly Step[]): ThresholdState[] {
  const resolved = resolveThresholds(options);
  const states: ThresholdState[] = [];
  let state = initialThresholdState;
  for (const [at, memoryPercent, cpuPercent = null] of steps) {
    state = nextThresholdState(state, { at, memoryPercent, cpuPercent }, resolved);
    states.push(state);
  }
  return states;
}

const last = (states: ThresholdState[]) => states[states.length - 1] as ThresholdState;

describe('thresholds', () => {
  it('defaults to memory 90 %, CPU off and a 10 s window', () => {
    expect(resolveThresholds()).toEqual({
      memoryPercent: 90,
      cpuPercent: undefined,
      windowMs: 10_000,
    });
  });

  it('admits while memory is at or below the threshold', () => {
    const states = run({}, [
      [0, 10],
      [1000, 89.9],
      [2000, 90],
    ]);
    for (const s of states) expect(s).toEqual({ admit: true, breaches: [] });
  });

  it('stops admitting from the first sample above the threshold, and admits again when it ends', () => {
    const states = run({}, [
      [0, 50],
      [1000, 91],
      [2000, 95],
      [3000, 80],
    ]);
    expect(states.map((s) => s.admit)).toEqual([true, false, false, true]);
    expect(states[2]?.breaches).toEqual([
      { reason: 'memory', since: 1000, value: 95, threshold: 90 },
    ]);
    expect(states.every((s) => s.shutdown === undefined)).toBe(true);
  });

  it('asks for shutdown only when the breach has lasted the whole window', () => {
    const states = run({ windowMs: 10_000 }, [
      [1000, 91],
      [6000, 92],
      [10_999, 93],
      [11_000, 94],
    ]);
    expect(states.slice(0, 3).every((s) => s.shutdown === undefined)).toBe(true);
    expect(last(states).shutdown).toEqual({
      reason: 'memory',
      since: 1000,
      value: 94,
      threshold: 90,
    });
  });

  it('restarts the window when a breach ends', () => {
    const states = run({ windowMs: 10_000 }, [
      [0, 95],
      [5000, 95],
      [6000, 85],
      [7000, 95],
      [16_999, 95],
      [17_000, 95],
    ]);
    expect(states[4]?.shutdown).toBeUndefined();
    expect(states[4]?.breaches[0]?.since).toBe(7000);
    expect(last(states).shutdown?.since).toBe(7000);
  });

  it('keeps the shutdown once due, even when memory falls back', () => {
    const states = run({ windowMs: 2000 }, [
      [0, 99],
      [2000, 99],
      [3000, 10],
    ]);
    const shutdown = states[1]?.shutdown;
    expect(shutdown?.reason).toBe('memory');
    expect(last(states)).toEqual({ admit: true, breaches: [], shutdown });
  });

  it('ignores CPU unless a CPU threshold is given', () => {
    const states = run({ windowMs: 1000 }, [
      [0, 10, 100],
      [5000, 10, 100],
    ]);
    expect(last(states)).toEqual({ admit: true, breaches: [] });
  });

  it('applies the same rule to CPU when a threshold is given', () => {
    const states = run({ cpuPercent: 80, windowMs: 3000 }, [
      [0, 10, null],
      [1000, 10, 85],
      [2000, 10, 90],
      [4000, 10, 99],
    ]);
    expect(states.map((s) => s.admit)).toEqual([true, false, false, false]);
    expect(last(states).shutdown).toEqual({ reason: 'cpu', since: 1000, value: 99, threshold: 80 });
  });

  it('neither starts nor ends a CPU breach on a sample without a CPU figure', () => {
    const states = run({ cpuPercent: 80, windowMs: 3000 }, [
      [0, 10, 95],
      [1000, 10, null],
      [3000, 10, 95],
    ]);
    expect(states[1]?.breaches).toEqual([{ reason: 'cpu', since: 0, value: 95, threshold: 80 }]);
    expect(last(states).shutdown?.since).toBe(0);
  });

  it('names the breach that began first when both complete their window', () => {
    const states = run({ cpuPercent: 50, windowMs: 5000 }, [
      [0, 10, 60],
      [2000, 95, 60],
      [7000, 95, 60],
    ]);
    expect(states[1]?.breaches.map((b) => b.reason)).toEqual(['memory', 'cpu']);
    expect(last(states).shutdown).toMatchObject({ reason: 'cpu', since: 0 });
  });

  it('names memory when both began together', () => {
    const states = run({ cpuPercent: 50, windowMs: 5000 }, [
      [0, 95, 60],
      [5000, 95, 60],
    ]);
    expect(last(states).shutdown?.reason).toBe('memory');
  });

  it('shuts down on the first breaching sample with a zero window', () => {
    expect(last(run({ windowMs: 0 }, [[0, 91]])).shutdown?.since).toBe(0);
  });

  it('never modifies the state it is given', () => {
    const resolved = resolveThresholds({ windowMs: 1000 });
    const first = Object.freeze(
      nextThresholdState(
        initialThresholdState,
        { at: 0, memoryPercent: 95, cpuPercent: null },
        resolved,
      ),
    );
    Object.freeze(first.breaches);
    const second = nextThresholdState(
      first,
      { at: 1000, memoryPercent: 96, cpuPercent: null },
      resolved,
    );
    expect(first.breaches[0]?.value).toBe(95);
    expect(second.breaches[0]?.value).toBe(96);
    expect(second.shutdown).toBeDefined();
  });

  it('reports a change only for admission, breach set or shutdown, not for a new value', () => {
    const states = run({ windowMs: 2000 }, [
      [0, 50],
      [1000, 95],
      [1500, 97],
      [3000, 97],
      [4000, 97],
    ]);
    const changes = states.map((s, i) =>
      thresholdChanged(i === 0 ? initialThresholdState : (states[i - 1] as ThresholdState), s),
    );
    expect(changes).toEqual([false, true, false, true, false]);
  });

  it('rejects percentages and windows that make no sense', () => {
    expect(() => resolveThresholds({ memoryPercent: 0 })).toThrow(RangeError);
    expect(() => resolveThresholds({ memoryPercent: 101 })).toThrow(/percentages/);
    expect(() => resolveThresholds({ cpuPercent: Number.NaN })).toThrow(RangeError);
    expect(() => resolveThresholds({ windowMs: -1 })).toThrow(/window/);
  });
});
