// The data behind the run pictures: units placed in time and lanes, the runs of a resumed checkpoint, a bounded pick of units for small pictures, and machine samples on a bounded grid.
import type { CheckpointRun } from '../checkpoint/checkpoint-runs.js';
import { thinMachinePoints } from '../monitor/thin-points.js';
import { isFailure } from './failure.js';
import type { MachinePoint, Outcome, RunReport, StopReason, UnitResult } from '../types.js';

/** A unit with a place on the timeline. */
export interface TimelineUnit {
  id: string;
  outcome: Outcome;
  lane: number;
  startedAt: number;
  endedAt: number;
  durationMs: number;
  attempts: number;
  flaky: boolean;
  /** Ran in an earlier run of a resumed checkpoint. */
  fromCheckpoint: boolean;
  message?: string;
  log: string | null;
  leaked: number;
}

/** One run that worked on the checkpoint; the last is the report's own. */
export interface TimelineRun {
  runId: string;
  attempt?: number;
  startedAt: number;
  endedAt: number;
  reason: StopReason | null;
  current: boolean;
  /** The machine's memory and CPU during the run, thinned. */
  samples: MachinePoint[];
}

/** The units of one lane that a small picture does not show one by one. */
export interface LaneFold {
  count: number;
  startedAt: number;
  endedAt: number;
  busyMs: number;
}

export interface LanePick {
  lane: number;
  units: TimelineUnit[];
  folded: LaneFold | null;
}

export interface TimelinePick {
  lanes: LanePick[];
  /** Units shown one by one, and units folded into the lanes' "other units". */
  shown: number;
  folded: number;
  /** Lanes left out whole (only folded units in them), and their units. */
  omitted: { lanes: number; units: number };
}

/** Every unit that has a start, an end and a lane, in start order. */
export function timedUnits(units: readonly UnitResult[]): TimelineUnit[] {
  const timed: TimelineUnit[] = [];
  for (const u of units) {
    if (u.startedAt === undefined || u.lane === undefined) continue;
    const endedAt = Math.max(u.startedAt, u.endedAt ?? u.startedAt + u.durationMs);
    timed.push({
      id: u.id,
      outcome: u.outcome,
      lane: u.lane,
      startedAt: u.startedAt,
      endedAt,
      durationMs: u.durationMs,
      attempts: u.attempts,
      flaky: u.flaky,
      fromCheckpoint: u.fromCheckpoint,
      ...(u.message !== undefined ? { message: u.message } : {}),
      log: u.log,
      leaked: u.leaked.length,
    });
  }
  return timed.sort((a, b) => a.startedAt - b.startedAt || a.lane - b.lane);
}

/**
 * The runs to picture, oldest first: the checkpoint's earlier runs, then this one. Without a
 * history, units carried from a checkpoint still get an "earlier run" spanning them.
 */
export function timelineRuns(
  report: RunReport,
  options: { checkpointRuns?: readonly CheckpointRun[] | undefined; maxPoints?: number } = {},
): TimelineRun[] {
  const maxPoints = options.maxPoints ?? 300;
  const startedAt = Date.parse(report.startedAt);
  const earlier: TimelineRun[] = (options.checkpointRuns ?? [])
    .filter((r) => r.runId !== report.runId && r.startedAt < startedAt)
    .map((r) => ({
      runId: r.runId,
      ...(r.attempt !== undefined ? { attempt: r.attempt } : {}),
      startedAt: r.startedAt,
      endedAt: Math.min(startedAt, r.endedAt ?? lastSample(r.samples, r.startedAt)),
      reason: r.reason,
      current: false,
      samples: thinMachinePoints(r.samples, maxPoints),
    }));
  if (earlier.length === 0) {
    // A loop, not Math.min(...spread): a checkpoint may carry more units than a call takes arguments.
    let first = Infinity;
    let last = -Infinity;
    for (const u of report.units) {
      if (!u.fromCheckpoint || u.startedAt === undefined) continue;
      first = Math.min(first, u.startedAt);
      last = Math.max(last, u.endedAt ?? u.startedAt);
    }
    if (Number.isFinite(first)) {
      earlier.push({
        runId: 'earlier',
        startedAt: first,
        endedAt: last,
        reason: null,
        current: false,
        samples: [],
      });
    }
  }
  const current = options.checkpointRuns?.find((r) => r.runId === report.runId);
  return [
    ...earlier,
    {
      runId: report.runId,
      ...(current?.attempt !== undefined ? { attempt: current.attempt } : {}),
      startedAt,
      endedAt: startedAt + report.durationMs,
      reason: report.reason,
      current: true,
      samples: thinMachinePoints(report.machine?.samples ?? [], maxPoints),
    },
  ];
}

function lastSample(samples: readonly MachinePoint[], fallback: number): number {
  return samples.length > 0 ? (samples[samples.length - 1] as MachinePoint).at : fallback;
}

/**
 * A bounded pick for a small picture: every unit that did not pass (up to two thirds of
 * `maxShown`, the longest first), then the slowest others; the rest fold into one span per lane. Lanes past
 * `maxLanes` that have nothing picked are left out whole and counted.
 */
export function pickUnits(
  units: readonly TimelineUnit[],
  options: { maxShown?: number; maxLanes?: number } = {},
): TimelinePick {
  const maxShown = options.maxShown ?? 30;
  const maxLanes = options.maxLanes ?? 16;
  const bad = units.filter(isFailure);
  const picked = new Set<TimelineUnit>(
    bad.sort(byDuration).slice(0, Math.max(1, Math.ceil((maxShown * 2) / 3))),
  );
  const rest = units.filter((u) => !picked.has(u)).sort(byDuration);
  for (const u of rest) {
    if (picked.size >= maxShown) break;
    picked.add(u);
  }
  const byLane = new Map<number, { units: TimelineUnit[]; folded: TimelineUnit[] }>();
  for (const u of units) {
    const lane = byLane.get(u.lane) ?? { units: [], folded: [] };
    (picked.has(u) ? lane.units : lane.folded).push(u);
    byLane.set(u.lane, lane);
  }
  const lanes: LanePick[] = [];
  const omitted = { lanes: 0, units: 0 };
  for (const [lane, { units: shown, folded }] of [...byLane].sort((a, b) => a[0] - b[0])) {
    if (shown.length === 0 && lanes.length >= maxLanes) {
      omitted.lanes++;
      omitted.units += folded.length;
      continue;
    }
    lanes.push({ lane, units: shown, folded: fold(folded) });
  }
  return { lanes, shown: picked.size, folded: units.length - picked.size, omitted };
}

function byDuration(a: TimelineUnit, b: TimelineUnit): number {
  return b.durationMs - a.durationMs || a.startedAt - b.startedAt;
}

function fold(units: readonly TimelineUnit[]): LaneFold | null {
  if (units.length === 0) return null;
  let startedAt = Infinity;
  let endedAt = -Infinity;
  let busyMs = 0;
  for (const u of units) {
    startedAt = Math.min(startedAt, u.startedAt);
    endedAt = Math.max(endedAt, u.endedAt);
    busyMs += u.endedAt - u.startedAt;
  }
  return { count: units.length, startedAt, endedAt, busyMs };
}

/** One bucket of a regular grid: the highest memory and CPU seen in it (carried over when empty). */
export interface GridPoint {
  at: number;
  memoryPercent: number | null;
  cpuPercent: number | null;
}

/**
 * Machine points on a regular grid of `buckets` over [from, to], keeping each bucket's maxima,
 * so a chart whose x-axis is evenly spaced shows time truthfully. An empty bucket repeats the
 * one before it; buckets before the first sample are null.
 */
export function machineGrid(
  points: readonly MachinePoint[],
  range: { from: number; to: number; buckets: number },
): GridPoint[] {
  const buckets = Math.max(1, Math.floor(range.buckets));
  const width = Math.max(1, range.to - range.from) / buckets;
  const grid: GridPoint[] = Array.from({ length: buckets }, (_, i) => ({
    at: Math.round(range.from + i * width),
    memoryPercent: null,
    cpuPercent: null,
  }));
  for (const p of points) {
    const i = Math.min(buckets - 1, Math.max(0, Math.floor((p.at - range.from) / width)));
    const cell = grid[i] as GridPoint;
    cell.memoryPercent = Math.max(cell.memoryPercent ?? 0, p.memoryPercent);
    if (p.cpuPercent !== null) cell.cpuPercent = Math.max(cell.cpuPercent ?? 0, p.cpuPercent);
  }
  for (let i = 1; i < grid.length; i++) {
    const cell = grid[i] as GridPoint;
    const before = grid[i - 1] as GridPoint;
    cell.memoryPercent ??= before.memoryPercent;
    cell.cpuPercent ??= before.cpuPercent;
  }
  return grid;
}
