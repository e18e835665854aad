// A preset resume whose units differ from the checkpoint's (another --batch, batches before and none now, or the reverse): the recorded tests go to today's units by file, a test being known by its file and titles, so a test that passed is not run again because it moved to another batch.
import { plural } from '../format.js';
import { countStatuses, toTestCounts } from '../frameworks/test-results.js';
import type { TestStatus } from '../frameworks/test-events.js';
import type { Unit } from '../types.js';
import type { Checkpoint, CheckpointUnit } from './checkpoint-format.js';
import {
  CheckpointTests,
  isSettledStatus,
  type TestRecord,
  type UnitTestRecords,
} from './checkpoint-tests.js';
import { CheckpointUnits } from './checkpoint-units.js';

export interface RegroupedCheckpoint {
  /** The checkpoint with today's units: their tests by file, the units whose tests all settled recorded as passed. */
  checkpoint: Checkpoint;
  notice: string;
}

/**
 * Gives the tests recorded under units that are not today's (`others`) and under today's to
 * today's units, by file: a unit (a batch) takes the rows of its files; a unit without files (the
 * whole suite) takes every row. A file's rows are complete when the unit that recorded them
 * reported to its end and its outcome is explained by its tests (it passed, or a test of it
 * failed): a unit that failed for something else (a leak, a limit) has its files run again.
 * Today's unit is complete when each of its files is; a complete unit whose tests all settled is
 * recorded as passed and is carried, the others run what their rows do not settle (by name after
 * a complete record, everything but the settled tests otherwise, see rerun-selection.ts).
 * Undefined when every recorded unit is one of today's (the unit ids did not change).
 */
export function regroupTestsByFile(
  checkpoint: Checkpoint,
  others: { units: CheckpointUnits; tests: CheckpointTests },
  units: readonly Unit[],
): RegroupedCheckpoint | undefined {
  const otherIds = others.tests.unitIds.filter((id) => (others.tests.of(id)?.size ?? 0) > 0);
  if (otherIds.length === 0) return undefined;
  const sources: { records: UnitTestRecords; entry: CheckpointUnit | undefined }[] = [
    ...checkpoint.tests.unitIds.map((id) => ({
      records: checkpoint.tests.of(id)!,
      entry: checkpoint.units.get(id),
    })),
    ...otherIds.map((id) => ({ records: others.tests.of(id)!, entry: others.units.get(id) })),
  ];
  const whole = units.length === 1 && units[0]!.files === undefined ? units[0]!.id : undefined;
  const owner = new Map<string, string>();
  for (const unit of units) for (const file of unit.files ?? []) owner.set(file, unit.id);

  const tests = new CheckpointTests();
  const complete = new Map<string, boolean>();
  const finishedAt = new Map<string, number>();
  let moved = 0;
  for (const { records, entry } of sources) {
    const rows = [...records.records()];
    const explained =
      entry !== undefined &&
      (entry.outcome === 'passed' ||
        entry.outcome === 'skipped' ||
        (entry.outcome === 'failed' &&
          rows.some((r) => r.status === 'failed' || r.status === 'error')));
    const trusted = records.finished && explained;
    for (const row of rows) {
      const unitId = owner.get(row.file) ?? whole;
      if (unitId === undefined) continue;
      const { occurrence: _numberedAgain, ...record } = row;
      tests.of(unitId, true).adopt(record as TestRecord);
      moved++;
      complete.set(row.file, (complete.get(row.file) ?? true) && trusted);
      if (entry !== undefined)
        finishedAt.set(unitId, Math.max(finishedAt.get(unitId) ?? 0, entry.finishedAt));
    }
  }

  const carried = CheckpointUnits.empty(
    units.map((u) => u.id),
    checkpoint.units.timeBase,
  );
  let settled = 0;
  for (const unit of units) {
    const records = tests.of(unit.id);
    if (records === undefined) continue;
    // Without a file list (the whole suite) which files exist is not known: never complete.
    records.finished =
      unit.files !== undefined && unit.files.every((file) => complete.get(file) === true);
    const rows = [...records.records()];
    if (!records.finished || !rows.every((r) => r.titles.length > 0 && isSettledStatus(r.status)))
      continue;
    // Every row settled (checked above): none is `running`.
    const { passed, skipped } = toTestCounts(
      countStatuses(rows.map((r) => r.status as TestStatus)),
    );
    carried.record(unit.id, {
      outcome: 'passed',
      attempts: 1,
      flaky: rows.some((r) => r.flaky),
      durationMs: rows.reduce((sum, r) => sum + (r.durationMs ?? 0), 0),
      tests: { passed, failed: 0, skipped },
      exitCode: 0,
      peakRssBytes: 0,
      finishedAt: finishedAt.get(unit.id) || Date.parse(checkpoint.updatedAt) || Date.now(),
    });
    settled++;
  }
  return {
    checkpoint: { ...checkpoint, units: carried, tests },
    notice: `The units changed since the checkpoint (another --batch?): its ${plural(moved, 'recorded test')} were given to today's ${plural(units.length, 'unit')} by file; ${plural(settled, 'unit')} whose tests all settled ${settled === 1 ? 'is' : 'are'} carried, the others run their tests not settled`,
  };
}
