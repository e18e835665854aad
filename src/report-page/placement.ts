// Where runs and units sit on the timeline's shared axis: each run gets a share by its length, gaps stand for the time between runs.
import type { PageData, PageRun, PageUnit } from '../core/report/page-data.js';

/** A run with its place on the axis, from 0 to the end of the last run. */
export interface PlacedRun extends PageRun {
  d0: number;
  d1: number;
}

export interface PlacedUnit extends PageUnit {
  x0: number;
  x1: number;
}

export interface Placement {
  runs: PlacedRun[];
  units: PlacedUnit[];
  /** The end of the axis. */
  full: number;
}

/** A time inside a run, as a place on the axis (clamped to the run). */
export function toDomain(t: number, r: PlacedRun): number {
  const within = Math.min(Math.max(t, r.start), r.end) - r.start;
  return r.d0 + (within / Math.max(1, r.end - r.start)) * (r.d1 - r.d0);
}

export function place(data: PageData): Placement {
  const gap = data.runs.length > 1 ? 0.03 : 0;
  const lengths = data.runs.map((r) => Math.max(1, r.end - r.start));
  const sum = lengths.reduce((a, b) => a + b, 0);
  // At least 8 % each, so a short run stays visible beside a long one.
  const minShare = data.runs.length > 1 ? 0.08 : 0;
  const raw = lengths.map((l) => Math.max(minShare, l / sum));
  const scale = (1 - gap * (data.runs.length - 1)) / raw.reduce((a, b) => a + b, 0);
  let at = 0;
  const runs = data.runs.map((r, i): PlacedRun => {
    const d0 = at;
    const d1 = at + raw[i]! * scale;
    at = d1 + gap;
    return { ...r, d0, d1 };
  });
  const units = data.units.map((u): PlacedUnit => {
    const r = runs[u.run]!;
    return { ...u, x0: toDomain(u.start, r), x1: toDomain(u.end, r) };
  });
  return { runs, units, full: runs.length > 0 ? runs[runs.length - 1]!.d1 : 1 };
}
