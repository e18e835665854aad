// A bounded history of machine samples for reports: when full it halves its resolution by merging neighbours, keeping the highest memory and CPU of each pair.
import type { MachineSample } from './machine-sampler.js';

export interface HistoryPoint {
  /** Start of the span this point covers (time of its first sample). */
  at: number;
  /** Time of its last sample. */
  until: number;
  /** How many samples were merged into it. */
  samples: number;
  memoryUsedBytes: number;
  memoryPercent: number;
  cpuPercent: number | null;
}

export interface HistoryPeak {
  memoryUsedBytes: number;
  memoryPercent: number;
  memoryTotalBytes: number;
  cpuPercent: number | null;
}

function maxOrNull(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.max(a, b);
}

function merge(a: HistoryPoint, b: HistoryPoint): HistoryPoint {
  return {
    at: a.at,
    until: b.until,
    samples: a.samples + b.samples,
    memoryUsedBytes: Math.max(a.memoryUsedBytes, b.memoryUsedBytes),
    memoryPercent: Math.max(a.memoryPercent, b.memoryPercent),
    cpuPercent: maxOrNull(a.cpuPercent, b.cpuPercent),
  };
}

export class SampleHistory {
  private readonly full: HistoryPoint[] = [];
  private pending: HistoryPoint | undefined;
  /** Samples per point; doubles each time the history fills. */
  private stride = 1;
  private highest: HistoryPeak | undefined;

  constructor(readonly maxPoints = 500) {
    if (!Number.isInteger(maxPoints) || maxPoints < 2) {
      throw new RangeError(`history: expected at least 2 points, got ${maxPoints}`);
    }
  }

  add(sample: MachineSample): void {
    const point: HistoryPoint = {
      at: sample.at,
      until: sample.at,
      samples: 1,
      memoryUsedBytes: sample.memoryUsedBytes,
      memoryPercent: sample.memoryPercent,
      cpuPercent: sample.cpuPercent,
    };
    this.trackPeak(sample);
    this.pending = this.pending ? merge(this.pending, point) : point;
    if (this.pending.samples < this.stride) return;
    this.full.push(this.pending);
    this.pending = undefined;
    if (this.full.length >= this.maxPoints) this.halve();
  }

  /** The points, oldest first (the last one may cover fewer samples than the rest); at most maxPoints. */
  points(): HistoryPoint[] {
    return this.pending ? [...this.full, this.pending] : [...this.full];
  }

  /** Highest values over every sample ever added (exact, not thinned); undefined before the first. */
  peak(): HistoryPeak | undefined {
    return this.highest ? { ...this.highest } : undefined;
  }

  private halve(): void {
    const merged: HistoryPoint[] = [];
    for (let i = 0; i < this.full.length; i += 2) {
      const a = this.full[i] as HistoryPoint;
      const b = this.full[i + 1];
      merged.push(b ? merge(a, b) : a);
    }
    this.full.splice(0, this.full.length, ...merged);
    this.stride *= 2;
  }

  private trackPeak(sample: MachineSample): void {
    const peak = this.highest;
    if (!peak) {
      this.highest = {
        memoryUsedBytes: sample.memoryUsedBytes,
        memoryPercent: sample.memoryPercent,
        memoryTotalBytes: sample.memoryTotalBytes,
        cpuPercent: sample.cpuPercent,
      };
      return;
    }
    if (sample.memoryPercent > peak.memoryPercent) {
      peak.memoryPercent = sample.memoryPercent;
      peak.memoryUsedBytes = sample.memoryUsedBytes;
      peak.memoryTotalBytes = sample.memoryTotalBytes;
    }
    peak.cpuPercent = maxOrNull(peak.cpuPercent, sample.cpuPercent);
  }
}
