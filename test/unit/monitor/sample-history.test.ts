// The bounded machine history: no thinning below the limit, halving when full, maxima kept, exact peaks.
import { describe, expect, it } from 'vitest';
import type { MachineSample } from '../../../src/core/monitor/machine-sampler.js';
import { SampleHistory } from '../../../src/core/monitor/sample-history.js';

const sample = (
  at: number,
  memoryPercent: number,
  cpuPercent: number | null = null,
): MachineSample => ({
  at,
  memoryUsedBytes: memoryPercent * 10,
  memoryTotalBytes: 1000,
  memoryPercent,
  cpuPercent,
  source: 'meminfo',
});

describe('SampleHistory', () => {
  it('keeps every sample while under the limit', () => {
    const history = new SampleHistory(10);
    for (let i = 0; i < 9; i++) history.add(sample(i * 1000, i));
    const points = history.points();
    expect(points).toHaveLength(9);
    expect(points[3]).toEqual({
      at: 3000,
      until: 3000,
      samples: 1,
      memoryUsedBytes: 30,
      memoryPercent: 3,
      cpuPercent: null,
    });
  });

  it('halves its resolution when full, keeping the higher memory and CPU of each pair', () => {
    const history = new SampleHistory(4);
    history.add(sample(0, 50, 10));
    history.add(sample(1, 20, 90));
    history.add(sample(2, 30, null));
    history.add(sample(3, 40, 5));
    expect(history.points()).toEqual([
      { at: 0, until: 1, samples: 2, memoryUsedBytes: 500, memoryPercent: 50, cpuPercent: 90 },
      { at: 2, until: 3, samples: 2, memoryUsedBytes: 400, memoryPercent: 40, cpuPercent: 5 },
    ]);
    // New samples now gather in pairs too, so the spacing stays even.
    history.add(sample(4, 1));
    expect(history.points().at(-1)).toMatchObject({ at: 4, samples: 1 });
    history.add(sample(5, 2));
    expect(history.points()).toHaveLength(3);
    expect(history.points().at(-1)).toMatchObject({
      at: 4,
      until: 5,
      samples: 2,
      memoryPercent: 2,
    });
  });

  it('stays bounded over a long run, covers every sample in order and never loses a maximum', () => {
    const history = new SampleHistory(500);
    for (let i = 0; i < 10_000; i++)
      history.add(sample(i * 1000, i === 7777 ? 99 : (i % 50) + 1, i % 100));
    const points = history.points();
    expect(points.length).toBeLessThanOrEqual(500);
    expect(points.length).toBeGreaterThan(125);
    expect(points.reduce((n, p) => n + p.samples, 0)).toBe(10_000);
    for (let i = 1; i < points.length; i++) expect(points[i]!.at).toBe(points[i - 1]!.until + 1000);
    expect(Math.max(...points.map((p) => p.memoryPercent))).toBe(99);
    expect(Math.max(...points.map((p) => p.cpuPercent ?? 0))).toBe(99);
  });

  it('reports the exact peak, not a thinned one', () => {
    const history = new SampleHistory(2);
    expect(history.peak()).toBeUndefined();
    history.add(sample(0, 10, null));
    history.add(sample(1, 70, 30));
    history.add(sample(2, 40, 80));
    expect(history.peak()).toEqual({
      memoryUsedBytes: 700,
      memoryPercent: 70,
      memoryTotalBytes: 1000,
      cpuPercent: 80,
    });
  });

  it('refuses a limit below two points', () => {
    expect(() => new SampleHistory(1)).toThrow(RangeError);
  });
});
