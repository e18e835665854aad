// SlowTimers: each key's notices after the period and each period after, from one shared timer.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SlowTimers } from '../../../src/core/report/slow-watch.js';

describe('SlowTimers', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000_000 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('says a key is slow after the period and again each period, until it ends', () => {
    const timers = new SlowTimers(100);
    const said: number[] = [];
    timers.start('a', (over) => said.push(over));
    vi.advanceTimersByTime(99);
    expect(said).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(said).toEqual([100]);
    vi.advanceTimersByTime(200);
    expect(said).toEqual([100, 200, 300]);
    timers.end('a');
    vi.advanceTimersByTime(1000);
    expect(said).toEqual([100, 200, 300]);
  });

  it('says nothing of keys that end within the period, however many come and go', () => {
    const timers = new SlowTimers(100);
    const said: string[] = [];
    for (let i = 0; i < 1000; i++) {
      timers.start(`t${i}`, () => said.push(`t${i}`));
      vi.advanceTimersByTime(1);
      timers.end(`t${i}`);
    }
    expect(vi.getTimerCount()).toBeLessThanOrEqual(1);
    vi.advanceTimersByTime(1000);
    expect(said).toEqual([]);
    expect(timers.size).toBe(0);
  });

  it('times each key from its own start (or the start it is given), among others', () => {
    const timers = new SlowTimers(100);
    const said: string[] = [];
    timers.start('a', (over) => said.push(`a${over}`));
    vi.advanceTimersByTime(30);
    timers.start('b', (over) => said.push(`b${over}`));
    // Started 80 ms ago by its own clock: due before b, and before a's second notice.
    timers.start('c', (over) => said.push(`c${over}`), Date.now() - 80);
    vi.advanceTimersByTime(20);
    expect(said).toEqual(['c100']);
    vi.advanceTimersByTime(50);
    expect(said).toEqual(['c100', 'a100']);
    vi.advanceTimersByTime(30);
    expect(said).toEqual(['c100', 'a100', 'b100']);
    timers.end('c');
    vi.advanceTimersByTime(100);
    expect(said).toEqual(['c100', 'a100', 'b100', 'a200', 'b200']);
  });

  it('a key started again is timed from its new start; endAll ends keys by prefix', () => {
    const timers = new SlowTimers(100);
    const said: string[] = [];
    timers.start('u1\0x', () => said.push('x'));
    timers.start('u1\0y', () => said.push('y'));
    timers.start('u2\0z', () => said.push('z'));
    vi.advanceTimersByTime(60);
    timers.start('u1\0x', () => said.push('x again'));
    timers.endAll('u1\0y');
    vi.advanceTimersByTime(40);
    expect(said).toEqual(['z']);
    vi.advanceTimersByTime(60);
    expect(said).toEqual(['z', 'x again']);
    timers.endAll();
    expect(timers.size).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('catches up every period a late timer missed, in order', () => {
    const timers = new SlowTimers(100);
    const said: number[] = [];
    timers.start('a', (over) => said.push(over));
    // The clock jumps past three periods before the timer runs (a busy event loop).
    vi.setSystemTime(Date.now() + 350);
    vi.advanceTimersByTime(100);
    expect(said).toEqual([100, 200, 300, 400]);
  });

  it('is off without a period', () => {
    const timers = new SlowTimers(undefined);
    timers.start('a', () => expect.fail('no period, no notice'));
    expect(timers.size).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});
