// Reads format 3's per-test records as untrusted input: each row is checked on its own, a bad row is dropped and its unit's records no longer count as complete (so nothing it held is skipped on resume).
import { EVENT_LIMITS } from '../frameworks/test-events.js';
import { MAX_DURATION_MS, isWholeIn } from '../value-limits.js';
import {
  CheckpointTests,
  TEST_RECORD_STATUSES,
  UnitTestRecords,
  type TestRecord,
} from './checkpoint-tests.js';
import { isPlainObject, printable, type EntryProblems } from './read-problems.js';

/** Tests kept over all units; more are dropped (a file this large is not one testwarden wrote). */
export const MAX_CHECKPOINT_TESTS = 1_000_000;

const isTitle = (v: unknown): v is string =>
  typeof v === 'string' && v.length <= EVENT_LIMITS.maxTitleChars;

/**
 * The `tests` array of a format-3 file. Sections of units not in `unitIds` (when given) are
 * dropped and counted as unknown; invalid rows are dropped and counted as invalid.
 */
export function decodeTests(
  value: unknown,
  legend: readonly unknown[],
  unitIds: readonly string[] | undefined,
  problems: EntryProblems,
): CheckpointTests {
  const tests = new CheckpointTests();
  if (value === undefined) return tests;
  const invalid = (why: string) => {
    problems.invalid++;
    problems.firstInvalid ??= `tests: ${why}`;
  };
  if (!Array.isArray(value)) {
    invalid('expected an array');
    return tests;
  }
  const codes = legend.map((name) => TEST_RECORD_STATUSES.indexOf(name as never));
  const known = unitIds === undefined ? undefined : new Set(unitIds);
  let kept = 0;
  for (const section of value) {
    if (
      !isPlainObject(section) ||
      typeof section.unit !== 'string' ||
      !Array.isArray(section.files) ||
      !Array.isArray(section.rows)
    ) {
      invalid('a section is not {unit, finished, files, rows}');
      continue;
    }
    const unit = section.unit;
    if (known !== undefined && !known.has(unit)) {
      problems.unknown += section.rows.length;
      problems.firstUnknown ??= unit;
      continue;
    }
    if (tests.of(unit) !== undefined) {
      invalid(`unit ${printable(JSON.stringify(unit), 80)} has two sections`);
      continue;
    }
    const files = section.files;
    const records = new UnitTestRecords(section.finished === true);
    for (const row of section.rows) {
      const record = kept < MAX_CHECKPOINT_TESTS ? rowRecord(row, files, codes) : 'too many tests';
      if (typeof record === 'string') {
        invalid(`${printable(JSON.stringify(unit), 80)}: ${record}`);
        // A dropped row may have been a failure: the unit's records are no longer complete.
        records.finished = false;
        continue;
      }
      records.adopt(record);
      kept++;
    }
    tests.put(unit, records);
  }
  return tests;
}

/** A checked row, or why it is not one. */
function rowRecord(
  row: unknown,
  files: readonly unknown[],
  codes: readonly number[],
): TestRecord | string {
  if (!Array.isArray(row) || row.length < 5 || row.length > 6)
    return 'a row is not [file, titles, status, durationMs, flaky, nodeId?]';
  const [file, titles, status, durationMs, flaky, nodeId] = row as unknown[];
  if (!isWholeIn(file, 0, files.length - 1) || !isTitle(files[file]))
    return 'file: expected an index into files';
  if (
    !Array.isArray(titles) ||
    titles.length > EVENT_LIMITS.maxTitles ||
    !titles.every((t) => isTitle(t))
  )
    return `titles: expected at most ${EVENT_LIMITS.maxTitles} strings`;
  const code = isWholeIn(status, 0, codes.length - 1) ? codes[status]! : -1;
  if (code < 0) return 'status: expected a code of testStatusCodes that this version knows';
  if (durationMs !== null && !isWholeIn(durationMs, 0, MAX_DURATION_MS))
    return 'durationMs: expected whole milliseconds or null';
  const statusName = TEST_RECORD_STATUSES[code]!;
  if (flaky !== 0 && !(flaky === 1 && statusName === 'passed'))
    return 'flaky: expected 0, or 1 for a passed test';
  if (nodeId !== undefined && !isTitle(nodeId)) return 'nodeId: expected a string';
  const record: TestRecord = {
    file: files[file] as string,
    titles: titles as string[],
    status: statusName,
    flaky: flaky === 1,
  };
  if (durationMs !== null) record.durationMs = durationMs as number;
  if (nodeId !== undefined) record.nodeId = nodeId as string;
  return record;
}
