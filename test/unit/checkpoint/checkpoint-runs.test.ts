// The checkpoint's run history: this run added on create, closed with its machine record, carried forward on resume, bounded, and read tolerantly.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCheckpoint, writeCheckpoint } from '../../../src/core/checkpoint/checkpoint-file.js';
import {
  createCheckpoint,
  markEnded,
  recordUnit,
} from '../../../src/core/checkpoint/checkpoint-format.js';
import {
  MAX_RUNS,
  MAX_RUN_SAMPLES,
  carryRuns,
  type CheckpointRun,
} from '../../../src/core/checkpoint/checkpoint-runs.js';
import { RunCheckpoint } from '../../../src/core/checkpoint/run-checkpoint.js';
import type { MachineRecord } from '../../../src/core/types.js';
import {
  COMMAND,
  NOW,
  documentOf,
  fingerprintOf,
  tempDir,
  unitResult,
  units,
} from './checkpoint-samples.js';

function machine(points: number): MachineRecord {
  return {
    samples: Array.from({ length: points }, (_, i) => ({
      at: NOW.getTime() + i * 1000,
      memoryPercent: i === 777 ? 99 : 40,
      cpuPercent: 10,
    })),
    peak: { memoryPercent: 99, cpuPercent: 10 },
    thresholds: { memoryPercent: 90, cpuPercent: null, windowMs: 10_000 },
  };
}

function run(i: number): CheckpointRun {
  return {
    runId: `r${i}`,
    attempt: i,
    startedAt: i * 1000,
    endedAt: i * 1000 + 500,
    reason: null,
    samples: [],
  };
}

describe('run history in the checkpoint format', () => {
  it('starts with this run, open, and closes it with the thinned machine record', () => {
    const checkpoint = createCheckpoint({
      runId: 'r',
      attempt: 2,
      fingerprint: fingerprintOf(['a']),
      now: NOW,
    });
    expect(checkpoint.runs).toEqual([
      { runId: 'r', attempt: 2, startedAt: NOW.getTime(), reason: null, samples: [] },
    ]);
    const later = new Date(NOW.getTime() + 5000);
    markEnded(checkpoint, { reason: 'memory', unitIds: ['a'], now: later, machine: machine(1000) });
    const closed = checkpoint.runs?.[0];
    expect(closed).toMatchObject({ endedAt: later.getTime(), reason: 'memory' });
    expect(closed?.samples.length).toBeLessThanOrEqual(MAX_RUN_SAMPLES);
    // Thinning keeps maxima: the one spike survives.
    expect(Math.max(...(closed?.samples ?? []).map((p) => p.memoryPercent))).toBe(99);
    // The file keeps it as it is: no entry of the history is dropped on the way.
    const path = join(tempDir(), 'checkpoint.json');
    writeCheckpoint(path, checkpoint);
    const read = readCheckpoint(path);
    expect(read.warnings).toEqual([]);
    expect(read.checkpoint?.runs).toEqual(checkpoint.runs);
  });

  it('keeps the old signature working: no machine record, no samples', () => {
    const checkpoint = createCheckpoint({
      runId: 'r',
      fingerprint: fingerprintOf(['a']),
      now: NOW,
    });
    markEnded(checkpoint, { reason: null, unitIds: ['a'], now: NOW });
    expect(checkpoint.runs?.[0]).toEqual({
      runId: 'r',
      startedAt: NOW.getTime(),
      endedAt: NOW.getTime(),
      reason: null,
      samples: [],
    });
  });

  it('records when and in which lane a unit ran, only when known', () => {
    const checkpoint = createCheckpoint({
      runId: 'r',
      fingerprint: fingerprintOf(['a', 'b']),
      now: NOW,
    });
    recordUnit(
      checkpoint,
      unitResult('a', 'passed', { startedAt: 1000, endedAt: 2000, lane: 1 }),
      NOW,
    );
    recordUnit(checkpoint, unitResult('b', 'passed'), NOW);
    expect(checkpoint.units.get('a')).toMatchObject({ startedAt: 1000, lane: 1 });
    expect(checkpoint.units.get('b')).not.toHaveProperty('startedAt');
    expect(checkpoint.units.get('b')).not.toHaveProperty('lane');
  });

  it('carries at most the newest runs forward, leaving room for this one', () => {
    const previous = createCheckpoint({
      runId: 'r11',
      fingerprint: fingerprintOf(['a']),
      now: NOW,
    });
    previous.runs = Array.from({ length: 12 }, (_, i) => run(i));
    const next = createCheckpoint({
      runId: 'now',
      fingerprint: fingerprintOf(['a']),
      previousRuns: carryRuns(previous),
      now: NOW,
    });
    expect(next.runs).toHaveLength(MAX_RUNS);
    expect(next.runs?.[0]?.runId).toBe('r3');
    expect(next.runs?.at(-1)?.runId).toBe('now');
  });

  it('ends a lost run at the checkpoint’s last update, and makes a run of a checkpoint without history', () => {
    const lost = createCheckpoint({
      runId: 'lost',
      attempt: 1,
      fingerprint: fingerprintOf(['a']),
      now: NOW,
    });
    lost.reason = 'runner-lost';
    lost.updatedAt = new Date(NOW.getTime() + 9000).toISOString();
    expect(carryRuns(lost)).toEqual([
      {
        runId: 'lost',
        attempt: 1,
        startedAt: NOW.getTime(),
        endedAt: NOW.getTime() + 9000,
        reason: 'runner-lost',
        samples: [],
      },
    ]);
    const { runs: _runs, ...old } = lost;
    expect(carryRuns({ ...old, reason: 'SIGINT' })).toEqual([
      {
        runId: 'lost',
        attempt: 1,
        startedAt: NOW.getTime(),
        endedAt: NOW.getTime() + 9000,
        reason: 'SIGINT',
        samples: [],
      },
    ]);
  });
});

describe('reading the run history', () => {
  function readWithRuns(runs: unknown) {
    const path = join(tempDir(), 'checkpoint.json');
    const checkpoint = createCheckpoint({
      runId: 'r',
      fingerprint: fingerprintOf(['a']),
      now: NOW,
    });
    recordUnit(checkpoint, unitResult('a', 'passed'), NOW);
    writeFileSync(path, JSON.stringify({ ...documentOf(checkpoint), runs }));
    return readCheckpoint(path, { unitIds: ['a'] });
  }

  it('round-trips a history', () => {
    const read = readWithRuns([run(1), run(2)]);
    expect(read.warnings).toEqual([]);
    expect(read.checkpoint?.runs).toEqual([run(1), run(2)]);
  });

  it('drops invalid entries with a warning but keeps the units', () => {
    const tooMany = {
      ...run(3),
      samples: Array.from({ length: MAX_RUN_SAMPLES + 1 }, () => ({
        at: 1,
        memoryPercent: 1,
        cpuPercent: null,
      })),
    };
    const read = readWithRuns([run(1), { runId: 7 }, tooMany]);
    expect(read.checkpoint?.runs).toEqual([run(1)]);
    expect(read.checkpoint?.units.get('a')?.outcome).toBe('passed');
    expect(read.warnings).toEqual([
      expect.stringContaining('2 invalid run history entries dropped'),
    ]);
  });

  it('keeps the newest entries of an overlong history, and reads a file without one', () => {
    const read = readWithRuns(Array.from({ length: 15 }, (_, i) => run(i)));
    expect(read.checkpoint?.runs?.map((r) => r.runId)).toEqual(
      Array.from({ length: 10 }, (_, i) => `r${i + 5}`),
    );
    const none = readWithRuns(undefined);
    expect(none.warnings).toEqual([]);
    expect(none.checkpoint).not.toHaveProperty('runs');
  });
});

describe('RunCheckpoint across a resume', () => {
  it('shows both runs, and the first run’s units keep their times and lanes', async () => {
    const stateDir = tempDir();
    const list = units('a', 'b');
    const open = (runId: string, resume: boolean, attempt: number) =>
      RunCheckpoint.open({
        stateDir,
        units: list,
        command: COMMAND,
        shell: false,
        resume,
        runId,
        attempt,
        jobs: 2,
        notice: () => {},
      });
    const first = await open('first', false, 1);
    const t = Date.now() - 10_000;
    first.record(unitResult('a', 'passed', { startedAt: t, endedAt: t + 1000, lane: 1 }));
    first.record(unitResult('b', 'failed', { startedAt: t, endedAt: t + 2000, lane: 0 }));
    await first.end('SIGINT', machine(3));

    const second = await open('second', true, 2);
    expect(second.resumed).toBe(true);
    expect(second.runs.map((r) => [r.runId, r.attempt, r.reason])).toEqual([
      ['first', 1, 'SIGINT'],
      ['second', 2, null],
    ]);
    expect(second.runs[0]?.samples).toHaveLength(3);
    expect(second.fromCheckpoint[0]).toMatchObject({ id: 'a', startedAt: t, lane: 1 });
    expect(second.toRun.map((u) => u.id)).toEqual(['b']);
    await second.end(null);
    const saved = JSON.parse(readFileSync(second.path, 'utf8')) as { runs: CheckpointRun[] };
    expect(saved.runs.map((r) => r.runId)).toEqual(['first', 'second']);
    expect(saved.runs[1]?.endedAt).toBeGreaterThan(0);
    // A fresh start forgets the history.
    const fresh = await open('third', false, 3);
    expect(fresh.runs.map((r) => r.runId)).toEqual(['third']);
  });
});
