// Builders for the checkpoint tests: unit results, checkpoints with given outcomes, temp dirs that are removed after each test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import {
  computeFingerprint,
  createCheckpoint,
  recordUnit,
  type Checkpoint,
} from '../../../src/core/checkpoint/checkpoint-format.js';
import { encodeCheckpoint } from '../../../src/core/checkpoint/checkpoint-file.js';
import type {
  CheckpointUnit,
  CheckpointUnits,
} from '../../../src/core/checkpoint/checkpoint-units.js';
import type { Outcome, Unit, UnitResult } from '../../../src/core/types.js';

export const COMMAND = 'node --test {file}';
export const NOW = new Date('2026-01-02T03:04:05.678Z');

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temp dir, removed after the current test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'testwarden-checkpoint-'));
  made.push(dir);
  return dir;
}

export function units(...ids: string[]): Unit[] {
  return ids.map((id) => ({ id, file: id }));
}

export function unitResult(
  id: string,
  outcome: Outcome,
  extra: Partial<UnitResult> = {},
): UnitResult {
  return {
    id,
    outcome,
    fromCheckpoint: false,
    attempts: 1,
    flaky: false,
    exitCode: outcome === 'passed' ? 0 : 1,
    signal: null,
    durationMs: 1234,
    peakRssBytes: 50_000_000,
    tests: { passed: 3, failed: outcome === 'failed' ? 1 : 0, skipped: 1, errors: 0 },
    leaked: [],
    log: `/state/logs/${id}.log`,
    ...extra,
  };
}

export function fingerprintOf(
  ids: readonly string[],
  command = COMMAND,
): Checkpoint['fingerprint'] {
  return computeFingerprint({ unitIds: ids, command, shell: false });
}

/** A checkpoint over `allIds` in which the given units finished with the given results. */
export function checkpointWith(
  allIds: readonly string[],
  results: readonly UnitResult[],
  extra: Partial<Checkpoint> = {},
): Checkpoint {
  const checkpoint = createCheckpoint({
    runId: 'run-1',
    attempt: 1,
    fingerprint: fingerprintOf(allIds),
    units: allIds,
    now: NOW,
  });
  for (const result of results) recordUnit(checkpoint, result, NOW);
  return Object.assign(checkpoint, extra);
}

/** A checkpoint's units as plain data: the list and the records by id (for `toEqual`). */
export function recordsOf(units: CheckpointUnits): {
  ids: string[];
  records: Record<string, CheckpointUnit>;
} {
  return { ids: [...units.ids], records: Object.fromEntries(units.entries()) };
}

/** A checkpoint as plain data, units included: what two equal checkpoints share. */
export function plain(checkpoint: Checkpoint): Record<string, unknown> {
  const tests = Object.fromEntries(
    checkpoint.tests.unitIds.map((id) => {
      const records = checkpoint.tests.of(id)!;
      return [id, { finished: records.finished, records: [...records.records()] }];
    }),
  );
  return { ...checkpoint, units: recordsOf(checkpoint.units), tests };
}

/** The JSON document the writer makes of `checkpoint` (format 3). */
export function documentOf(checkpoint: Checkpoint): Record<string, unknown> {
  return JSON.parse(Buffer.concat(encodeCheckpoint(checkpoint)).toString('utf8')) as Record<
    string,
    unknown
  >;
}

/** The same checkpoint as format 1 wrote it: an object per unit, ISO times. */
export function documentV1Of(checkpoint: Checkpoint): Record<string, unknown> {
  const { units, ...header } = checkpoint;
  const entries = Object.fromEntries(
    [...units.entries()].map(([id, entry]) => [
      id,
      { ...entry, finishedAt: new Date(entry.finishedAt).toISOString() },
    ]),
  );
  return { formatVersion: 1, ...header, units: entries };
}
