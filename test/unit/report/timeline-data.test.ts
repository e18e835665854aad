// Thinning and picking for the run pictures: which units a small picture shows, how the rest fold, the runs of a resumed checkpoint, machine points on a bounded grid.
import { describe, expect, it } from 'vitest';
import { thinMachinePoints } from '../../../src/core/monitor/thin-points.js';
import {
  machineGrid,
  pickUnits,
  timedUnits,
  timelineRuns,
  type TimelineUnit,
} from '../../../src/core/report/timeline-data.js';
import type { MachinePoint } from '../../../src/core/types.js';
import { START, sampleReport, sampleRuns } from './timeline-samples.js';

describe('timedUnits', () => {
  it('keeps units with a start and a lane, in start order, and leaves the rest out', () => {
    const report = sampleReport({ units: 100, lanes: 4, shutdownAfter: 0.5 });
    const timed = timedUnits(report.units);
    expect(timed.length).toBe(report.units.filter((u) => u.outcome !== 'skipped').length);
    expect(
      timed.every((u, i) => i === 0 || u.startedAt >= (timed[i - 1] as TimelineUnit).startedAt),
    ).toBe(true);
    expect(timed.every((u) => u.endedAt >= u.startedAt)).toBe(true);
  });
});

describe('pickUnits', () => {
  const units = timedUnits(sampleReport({ units: 5000, lanes: 8 }).units);

  it('shows every unit of a small run', () => {
    const small = timedUnits(sampleReport({ units: 10, lanes: 2 }).units);
    const pick = pickUnits(small, { maxShown: 30 });
    expect(pick.shown).toBe(10);
    expect(pick.folded).toBe(0);
    expect(pick.lanes.every((l) => l.folded === null)).toBe(true);
  });

  it('bounds a big run: units that did not pass first, then the slowest, the rest folded per lane', () => {
    const pick = pickUnits(units, { maxShown: 30 });
    const shown = pick.lanes.flatMap((l) => l.units);
    expect(shown).toHaveLength(30);
    expect(pick.shown + pick.folded).toBe(units.length);
    // Every unit that did not pass is picked up to two thirds, the rest go to the slowest.
    expect(shown.filter((u) => u.outcome !== 'passed').length).toBeGreaterThanOrEqual(20);
    const foldedUnits = units.filter((u) => !shown.includes(u));
    const slowestFolded = Math.max(...foldedUnits.map((u) => u.durationMs));
    const passedShown = shown.filter((u) => u.outcome === 'passed');
    expect(passedShown.length).toBeGreaterThan(0);
    expect(Math.min(...passedShown.map((u) => u.durationMs))).toBeGreaterThanOrEqual(slowestFolded);
    const folded = pick.lanes.reduce((n, l) => n + (l.folded?.count ?? 0), 0);
    expect(folded).toBe(pick.folded);
    for (const lane of pick.lanes) {
      if (!lane.folded) continue;
      expect(lane.folded.endedAt).toBeGreaterThan(lane.folded.startedAt);
      expect(lane.folded.busyMs).toBeLessThanOrEqual(lane.folded.endedAt - lane.folded.startedAt);
    }
  });

  it('leaves out lanes with nothing picked past the lane limit, and counts them', () => {
    const wide = timedUnits(sampleReport({ units: 400, lanes: 40 }).units);
    const pick = pickUnits(wide, { maxShown: 5, maxLanes: 8 });
    expect(pick.lanes.length).toBeLessThanOrEqual(8 + 5);
    expect(pick.omitted.lanes).toBeGreaterThan(0);
    const inLanes = pick.lanes.reduce((n, l) => n + l.units.length + (l.folded?.count ?? 0), 0);
    expect(inLanes + pick.omitted.units).toBe(wide.length);
  });
});

describe('timelineRuns', () => {
  it('puts the checkpoint’s earlier runs before this one, with their samples thinned', () => {
    const report = sampleReport({ units: 200, lanes: 4, carried: 120 });
    const runs = timelineRuns(report, { checkpointRuns: sampleRuns(report), maxPoints: 50 });
    expect(runs.map((r) => [r.runId, r.current, r.reason, r.attempt])).toEqual([
      ['tw-earlier', false, 'memory', 1],
      ['tw-sample-run', true, null, 2],
    ]);
    expect(runs.every((r) => r.samples.length <= 50)).toBe(true);
    expect(runs[1]?.startedAt).toBe(START);
  });

  it('makes an earlier run of carried units when the checkpoint had no history', () => {
    const report = sampleReport({ units: 50, lanes: 2, carried: 20 });
    const runs = timelineRuns(report);
    expect(runs).toHaveLength(2);
    expect(runs[0]).toMatchObject({ runId: 'earlier', current: false });
    expect(runs[0]?.endedAt).toBeLessThan(START);
  });
});

describe('machine points', () => {
  const points: MachinePoint[] = Array.from({ length: 1000 }, (_, i) => ({
    at: START + i * 100,
    memoryPercent: i === 501 ? 97 : 40,
    cpuPercent: i < 2 ? null : 20,
  }));

  it('thins to a bound and keeps spikes', () => {
    const thin = thinMachinePoints(points, 64);
    expect(thin.length).toBeLessThanOrEqual(64);
    expect(Math.max(...thin.map((p) => p.memoryPercent))).toBe(97);
    expect(thinMachinePoints(points.slice(0, 10), 64)).toHaveLength(10);
    expect(() => thinMachinePoints(points, 0)).toThrow(/positive whole number/);
  });

  it('lays points on a regular grid with each bucket’s maxima, carrying values over gaps', () => {
    const grid = machineGrid(points, { from: START, to: START + 100_000, buckets: 50 });
    expect(grid).toHaveLength(50);
    expect(grid[25]?.memoryPercent).toBe(97);
    expect(grid[0]?.cpuPercent).toBe(20);
    const sparse = machineGrid([{ at: START + 50_000, memoryPercent: 30, cpuPercent: null }], {
      from: START,
      to: START + 100_000,
      buckets: 10,
    });
    expect(sparse.map((g) => g.memoryPercent)).toEqual([
      null,
      null,
      null,
      null,
      null,
      30,
      30,
      30,
      30,
      30,
    ]);
  });
});
