// Synthetic run reports for the picture tests: N units packed into lanes with a few failures, timeouts and flaky ones, a machine history, optionally a shutdown and an earlier run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckpointRun } from '../../../src/core/checkpoint/checkpoint-runs.js';
import { computeTotals } from '../../../src/core/report/build-report.js';
import type { MachinePoint, Outcome, RunReport, UnitResult } from '../../../src/core/types.js';

export const START = Date.parse('2026-03-04T10:00:00.000Z');

export interface SampleOptions {
  units: number;
  lanes: number;
  /** Stop the run for memory after this fraction of the units (a graceful shutdown). */
  shutdownAfter?: number;
  /** Units 0 … carried-1 come from an earlier run's checkpoint. */
  carried?: number;
  /** Folder to write the units' logs into (the HTML report reads their tails). */
  logDir?: string;
}

/** A deterministic pseudo-random sequence, so pictures and sizes are stable between runs. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

function outcomeOf(i: number): Outcome {
  if (i % 97 === 5) return 'failed';
  if (i % 211 === 7) return 'timed-out';
  if (i % 499 === 11) return 'resource-exceeded';
  return 'passed';
}

export function sampleReport(options: SampleOptions): RunReport {
  const next = random(42);
  const lanesFree = Array.from({ length: options.lanes }, () => 0);
  const carried = options.carried ?? 0;
  const earlierStart = START - 3_600_000;
  const units: UnitResult[] = [];
  const stopAt =
    options.shutdownAfter !== undefined
      ? Math.floor(options.units * options.shutdownAfter)
      : Infinity;
  for (let i = 0; i < options.units; i++) {
    const fromCheckpoint = i < carried;
    if (i === carried) lanesFree.fill(0);
    const lane = lanesFree.indexOf(Math.min(...lanesFree));
    const base = fromCheckpoint ? earlierStart : START;
    const startedAt = base + (lanesFree[lane] as number) + 5;
    // A resumed run carries only settled units; the rest run again.
    let outcome = fromCheckpoint ? 'passed' : outcomeOf(i);
    if (i >= stopAt) outcome = i < stopAt + options.lanes ? 'interrupted' : 'skipped';
    const durationMs = outcome === 'timed-out' ? 30_000 : Math.round(200 + next() ** 3 * 12_000);
    const flaky = outcome === 'passed' && i % 131 === 3;
    const id = `packages/pkg-${i % 17}/test/area-${i % 5}/unit-${String(i).padStart(4, '0')}.test.ts`;
    let log: string | null = null;
    if (options.logDir !== undefined && outcome !== 'skipped' && !fromCheckpoint) {
      log = join(options.logDir, `unit-${i}.log`);
      writeFileSync(log, logText(id, outcome));
    }
    if (outcome === 'skipped') {
      units.push(unit(id, outcome, { attempts: 0, log: null, message: 'not run (memory)' }));
      continue;
    }
    lanesFree[lane] = (lanesFree[lane] as number) + durationMs + 5;
    units.push(
      unit(id, outcome, {
        fromCheckpoint,
        durationMs,
        startedAt,
        endedAt: startedAt + durationMs,
        lane,
        flaky,
        attempts: flaky ? 2 : 1,
        log,
        ...(outcome !== 'passed' ? { message: messageOf(outcome) } : {}),
        leaked:
          i % 401 === 9
            ? [{ kind: 'process', pid: 4000 + i, command: 'sleep 300', action: 'killed' }]
            : [],
      }),
    );
  }
  const ends = units
    .filter((u) => !u.fromCheckpoint && u.endedAt !== undefined)
    .map((u) => u.endedAt as number);
  const end = ends.length > 0 ? Math.max(...ends) : START + 1000;
  const stoppedAt = Number.isFinite(stopAt) ? START + (end - START) * 0.9 : undefined;
  return {
    version: 1,
    status:
      stoppedAt !== undefined
        ? 'shutdown'
        : units.some((u) => u.outcome !== 'passed' && u.outcome !== 'skipped')
          ? 'failed'
          : 'passed',
    reason: stoppedAt !== undefined ? 'memory' : null,
    resumed: carried > 0,
    exitCode: stoppedAt !== undefined ? 42 : 1,
    durationMs: end - START + 20,
    runId: 'tw-sample-run',
    startedAt: new Date(START).toISOString(),
    totals: computeTotals(units),
    units,
    ...(stoppedAt !== undefined ? { stoppedAt } : {}),
    machine: {
      samples: machineSamples(START, end, stoppedAt !== undefined),
      peak: { memoryPercent: stoppedAt !== undefined ? 93.5 : 71.2, cpuPercent: 97.1 },
      thresholds: { memoryPercent: 90, cpuPercent: null, windowMs: 10_000 },
    },
  };
}

/** The checkpoint history of a resumed sample: the earlier run (stopped for memory) and this one. */
export function sampleRuns(report: RunReport): CheckpointRun[] {
  const earlierStart = START - 3_600_000;
  const earlierEnd = Math.max(
    earlierStart + 1000,
    ...report.units
      .filter((u) => u.fromCheckpoint && u.endedAt !== undefined)
      .map((u) => u.endedAt as number),
  );
  return [
    {
      runId: 'tw-earlier',
      attempt: 1,
      startedAt: earlierStart,
      endedAt: earlierEnd + 500,
      reason: 'memory',
      samples: machineSamples(earlierStart, earlierEnd, true).slice(0, 200),
    },
    { runId: report.runId, attempt: 2, startedAt: START, reason: null, samples: [] },
  ];
}

function machineSamples(from: number, to: number, climbs: boolean): MachinePoint[] {
  const next = random(7);
  const points: MachinePoint[] = [];
  const count = 300;
  for (let i = 0; i < count; i++) {
    const f = i / (count - 1);
    const memory = climbs ? 35 + f ** 2 * 60 : 35 + 25 * Math.sin(f * Math.PI) + next() * 8;
    points.push({
      at: Math.round(from + f * (to - from)),
      memoryPercent: Math.round(Math.min(99, memory) * 10) / 10,
      cpuPercent: Math.round((55 + next() * 42) * 10) / 10,
    });
  }
  return points;
}

function unit(id: string, outcome: Outcome, extra: Partial<UnitResult>): UnitResult {
  return {
    id,
    outcome,
    fromCheckpoint: false,
    attempts: 1,
    flaky: false,
    exitCode: outcome === 'passed' ? 0 : outcome === 'skipped' ? null : 1,
    signal: null,
    durationMs: 0,
    peakRssBytes: 80_000_000,
    tests: {
      passed: outcome === 'passed' ? 4 : 2,
      failed: outcome === 'failed' ? 1 : 0,
      skipped: 0,
      errors: 0,
    },
    leaked: [],
    log: null,
    ...extra,
  };
}

function messageOf(outcome: Outcome): string {
  if (outcome === 'timed-out') return 'timed out after 30.0s';
  if (outcome === 'resource-exceeded') return 'used 2.1 GiB, over the 2 GiB limit';
  if (outcome === 'interrupted') return 'interrupted (memory)';
  return 'exited with code 1';
}

function logText(id: string, outcome: Outcome): string {
  const lines = [`TAP version 13`, `# Subtest: ${id}`];
  for (let i = 0; i < 60; i++) lines.push(`# line ${i} of output`);
  lines.push('ok 1 - adds numbers');
  if (outcome === 'failed') {
    lines.push(
      'not ok 2 - pads a number',
      '  ---',
      "  error: 'Expected values to be strictly equal:\\n\\n\\'07\\' !== \\'007\\''",
      '  expected: "007"',
      '  actual: "07"',
      `  at: TestContext.<anonymous> (${id}:6:27) </script><b>not bold</b>`,
      '  ...',
    );
  }
  lines.push(outcome === 'passed' ? '# pass 2' : `# fail 1 (${outcome})`);
  return `${lines.join('\n')}\n`;
}

export function ensureDir(path: string): string {
  mkdirSync(path, { recursive: true });
  return path;
}
