// The checkpoint on disk: written atomically, read as untrusted input (bounded, validated, filtered to today's units).
import { plural } from '../format.js';
import { randomBytes } from 'node:crypto';
import {
  close,
  closeSync,
  fsync,
  fsyncSync,
  open,
  mkdirSync,
  openSync,
  renameSync,
  unlinkSync,
  writeFileSync,
  writevSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import * as z from '../zod-mini.js';
import { OUTCOMES } from '../vocabulary.js';
import { CheckpointTests, TEST_RECORD_STATUSES } from './checkpoint-tests.js';
import type { CheckpointUnits } from './checkpoint-units.js';
import { decodeTests } from './checkpoint-tests-read.js';
import {
  CHECKPOINT_FORMAT_VERSION,
  checkpointHeaderSchema,
  type Checkpoint,
} from './checkpoint-format.js';
import { parseRuns } from './checkpoint-runs.js';
import { decodeUnitsV1 } from './checkpoint-v1.js';
import { checkpointDocumentSchemaV2, decodeUnitsV2, layOnto } from './checkpoint-v2.js';
import { closeQuietly, readBounded } from './read-bounded.js';
import { type EntryProblems, firstIssue, isPlainObject, printable } from './read-problems.js';

/**
 * Largest checkpoint read or written (64 MiB). At about 50 bytes plus the id per unit, this
 * holds about 750,000 units with 30-character ids; anything larger is not a checkpoint.
 */
export const CHECKPOINT_MAX_BYTES = 64 * 1024 * 1024;

/** Writing the checkpoint failed (disk full, permissions, too large); `cause` has the details. */
export class CheckpointWriteError extends Error {
  override name = 'CheckpointWriteError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/**
 * Replaces the file at `path` in one step: a temp file in the same folder is written, flushed to
 * disk and renamed over it, so a crash at any moment leaves either the old or the new checkpoint.
 * Compact JSON in the current format. Throws CheckpointWriteError; the caller decides whether the
 * run goes on.
 */
export function writeCheckpoint(
  path: string,
  checkpoint: Checkpoint,
  /**
   * `durable: false` skips the fsyncs: the rename alone keeps the file whole if the process is
   * killed (what a CI runner does), only a power loss could lose the latest write. Writes after
   * each unit use it; the write at the end and at shutdown is durable. `durable: 'background'`
   * writes and renames as `false` does, then has the file and its folder synced off the main
   * thread (`synced` settles when they are): a run's first write, which then does not hold the
   * first unit's start behind a flush of whatever else the disk has pending.
   */
  options: { maxBytes?: number; durable?: boolean | 'background' } = {},
): { bytes: number; synced?: Promise<void> } {
  const maxBytes = options.maxBytes ?? CHECKPOINT_MAX_BYTES;
  const durable = options.durable ?? true;
  const parts = encodeCheckpoint(checkpoint);
  const size = parts.reduce((sum, part) => sum + part.length, 0);
  if (size > maxBytes) {
    throw new CheckpointWriteError(
      `checkpoint ${path} would be ${size} bytes (${checkpoint.units.length} units), above the ${maxBytes}-byte limit a reader accepts; not written`,
    );
  }
  const folder = dirname(path);
  const temp = join(
    folder,
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  let fd: number | undefined;
  try {
    fd = openTemp(temp, folder);
    writeAll(fd, parts, size);
    if (durable === true) fsyncSync(fd);
    renameSync(temp, path);
    if (durable === 'background') {
      const synced = syncLater(fd, folder);
      fd = undefined;
      return { bytes: size, synced };
    }
    closeSync(fd);
    fd = undefined;
  } catch (error) {
    if (fd !== undefined) closeQuietly(fd);
    try {
      unlinkSync(temp);
    } catch {
      // Never created, or already renamed.
    }
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new CheckpointWriteError(
      `checkpoint ${path} could not be written (${code} ${(error as Error).message})`,
      { cause: error },
    );
  }
  if (durable) syncFolder(folder);
  return { bytes: size };
}

/**
 * Flushes the written file (its descriptor, renamed into place meanwhile) and then its folder
 * (the rename) on libuv's thread pool, and closes the descriptor; never rejects (a disk that
 * fails shows at the next write).
 */
function syncLater(fd: number, folder: string): Promise<void> {
  const step = (run: (done: (error: Error | null) => void) => void) =>
    new Promise<void>((resolve) => run(() => resolve()));
  return step((done) => fsync(fd, done))
    .then(() => step((done) => close(fd, done)))
    .then(async () => {
      // Windows cannot open a folder for fsync; the rename is still atomic.
      if (process.platform === 'win32') return;
      const dir = await new Promise<number | undefined>((resolve) =>
        open(folder, 'r', (error, opened) => resolve(error ? undefined : opened)),
      );
      if (dir === undefined) return;
      await step((done) => fsync(dir, done));
      await step((done) => close(dir, done));
    });
}

/** Creates the temp file, and its folder only when it is missing (not a system call per write). */
function openTemp(temp: string, folder: string): number {
  try {
    return openSync(temp, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(folder, { recursive: true });
    return openSync(temp, 'wx');
  }
}

/** Writes the parts in one system call when the kernel takes them all (it may stop short). */
function writeAll(fd: number, parts: Buffer[], size: number): void {
  // One writev takes at most IOV_MAX (1024) buffers; libuv splits larger lists itself.
  const written = writevSync(fd, parts);
  if (written < size) writeFileSync(fd, Buffer.concat(parts).subarray(written));
}

/**
 * The file's bytes, in parts: the header (format version, time base and outcome legend first),
 * then the unit columns, whose blocks `CheckpointUnits` re-encodes only when they changed.
 */
export function encodeCheckpoint(checkpoint: Checkpoint): Buffer[] {
  const { units, tests, ...header } = checkpoint;
  const head = JSON.stringify({
    formatVersion: CHECKPOINT_FORMAT_VERSION,
    ...header,
    timeBase: units.timeBase,
    outcomeCodes: OUTCOMES,
    testStatusCodes: TEST_RECORD_STATUSES,
  });
  return [
    Buffer.from(`${head.slice(0, -1)},"units":`, 'utf8'),
    ...units.encode(),
    Buffer.from(',"tests":'),
    ...tests.encode(),
    Buffer.from('}\n'),
  ];
}

/** Makes the rename itself durable; not possible on every platform, so best effort. */
function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // Windows cannot open a folder for fsync; the rename is still atomic.
  } finally {
    if (fd !== undefined) closeQuietly(fd);
  }
}

export interface ReadCheckpointOptions {
  /**
   * Today's unit ids: the checkpoint returned is laid out on exactly this list, and records of
   * any other id are dropped and never returned. Leave it out only in tools that run no unit
   * (status, watchdog): the file's own list is returned.
   */
  unitIds?: readonly string[];
  /**
   * With `unitIds`: also return, in `others`, the units not in today's list and their per-test
   * records (a preset resume gives those records to today's batches by file).
   */
  keepOthers?: boolean;
  maxBytes?: number;
}

export interface ReadCheckpointResult {
  /** Absent when there is no usable checkpoint (missing, too large, corrupt, another format). */
  checkpoint?: Checkpoint;
  /** Why the file or some of its entries were ignored; empty when it was used whole or missing. */
  warnings: string[];
  /** Records left out of `checkpoint`: ids not in today's list, and invalid records. */
  dropped: { unknownIds: number; invalidEntries: number };
  /** The format the file was written in (1, 2 or 3), when it was read. */
  formatVersion?: number;
  /** With `keepOthers`: the units not in today's list (the file's own list) and their tests. */
  others?: { units: CheckpointUnits; tests: CheckpointTests };
}

/** Reads the checkpoint as untrusted input, in either format. Never throws: every problem becomes a warning. */
export function readCheckpoint(
  path: string,
  options: ReadCheckpointOptions = {},
): ReadCheckpointResult {
  const text = readBounded(path, options.maxBytes ?? CHECKPOINT_MAX_BYTES);
  if (text.kind === 'missing') return noCheckpoint();
  if (text.kind === 'unusable') return noCheckpoint(path, text.why);
  return parseCheckpoint(text.content, path, options.unitIds, options.keepOthers);
}

/** A result without a checkpoint: nothing there, or (with a reason) a file that was ignored. */
function noCheckpoint(path?: string, why?: string): ReadCheckpointResult {
  return {
    warnings: why === undefined ? [] : [`checkpoint ${path} ${why}; ignored`],
    dropped: { unknownIds: 0, invalidEntries: 0 },
  };
}

/**
 * A checkpoint from its text, read as untrusted input (see `readCheckpoint`); `path` only names it
 * in warnings. Never throws.
 */
export function parseCheckpoint(
  content: string,
  path: string,
  unitIds?: readonly string[],
  keepOthers = false,
): ReadCheckpointResult {
  const options = unitIds === undefined ? {} : { unitIds };
  const result = noCheckpoint();
  const ignore = (why: string) => noCheckpoint(path, why);
  let document: unknown;
  try {
    document = JSON.parse(content.charCodeAt(0) === 0xfeff ? content.slice(1) : content);
  } catch (error) {
    return ignore(`is not valid JSON (${printable((error as Error).message, 120)})`);
  }
  if (!isPlainObject(document)) return ignore('is not a JSON object');

  const version = document.formatVersion;
  const wrongVersion = versionProblem(version);
  if (wrongVersion !== undefined) return ignore(wrongVersion);
  const schema =
    version === 1
      ? z.extend(checkpointHeaderSchema, { formatVersion: z.literal(1) })
      : checkpointDocumentSchemaV2;
  const header = schema.safeParse(document);
  if (!header.success)
    return ignore(`does not match format ${String(version)} (${firstIssue(header.error)})`);

  const problems: EntryProblems = { invalid: 0, unknown: 0 };
  let units;
  if (version === 1) {
    const base = Math.max(0, Date.parse(header.data.createdAt));
    const own = decodeUnitsV1(document.units, base, problems);
    if (typeof own === 'string') return ignore(`does not match format 1 (${own})`);
    units = options.unitIds === undefined ? own : layOnto(own, options.unitIds, problems);
  } else {
    units = decodeUnitsV2(
      header.data as z.infer<typeof checkpointDocumentSchemaV2>,
      options.unitIds,
      problems,
    );
  }
  const testProblems: EntryProblems = { invalid: 0, unknown: 0 };
  const tests =
    version === 3
      ? decodeTests(
          document.tests,
          Array.isArray(document.testStatusCodes) ? document.testStatusCodes : [],
          keepOthers ? undefined : options.unitIds,
          testProblems,
        )
      : new CheckpointTests();
  if (keepOthers && options.unitIds !== undefined && version === 3) {
    // Sections of units not in today's list go apart, with those units' own entries.
    const today = new Set(options.unitIds);
    const otherTests = new CheckpointTests();
    for (const id of tests.unitIds) {
      if (today.has(id)) continue;
      otherTests.put(id, tests.of(id)!);
      tests.remove(id);
    }
    const all = decodeUnitsV2(
      header.data as z.infer<typeof checkpointDocumentSchemaV2>,
      undefined,
      { invalid: 0, unknown: 0 },
    );
    result.others = { units: all, tests: otherTests };
  }
  if (testProblems.invalid > 0) {
    result.warnings.push(
      `checkpoint ${path}: ${plural(testProblems.invalid, 'invalid test record')} dropped; their units' tests not known to have passed will run again (first: ${testProblems.firstInvalid})`,
    );
  }
  result.dropped = { unknownIds: problems.unknown, invalidEntries: problems.invalid };
  if (problems.unknown > 0) {
    result.warnings.push(
      `checkpoint ${path}: ${plural(problems.unknown, 'unit id')} not in today's unit list dropped (first: ${printable(JSON.stringify(problems.firstUnknown), 80)})`,
    );
  }
  if (problems.invalid > 0) {
    result.warnings.push(
      `checkpoint ${path}: ${plural(problems.invalid, 'invalid unit entry', 'invalid unit entries')} dropped, they will run again (first: ${problems.firstInvalid})`,
    );
  }
  const history = parseRuns(document.runs);
  if (history.dropped > 0) {
    result.warnings.push(
      `checkpoint ${path}: ${plural(history.dropped, 'invalid run history entry', 'invalid run history entries')} dropped (the run's progress is kept)`,
    );
  }
  const {
    runId,
    attempt,
    ciRunId,
    fingerprint,
    reason,
    complete,
    totalUnits,
    createdAt,
    updatedAt,
  } = header.data;
  result.formatVersion = version as number;
  result.checkpoint = {
    runId,
    ...(attempt !== undefined ? { attempt } : {}),
    ...(ciRunId !== undefined ? { ciRunId } : {}),
    fingerprint,
    reason,
    complete,
    ...(totalUnits !== undefined ? { totalUnits } : {}),
    createdAt,
    updatedAt,
    ...(history.runs !== undefined ? { runs: history.runs } : {}),
    units,
    tests,
  };
  return result;
}

/** A newer format gets its own message: the fix is to upgrade, not to delete the file. */
function versionProblem(version: unknown): string | undefined {
  if (version === 1 || version === 2 || version === CHECKPOINT_FORMAT_VERSION) return undefined;
  if (
    typeof version === 'number' &&
    Number.isInteger(version) &&
    version > CHECKPOINT_FORMAT_VERSION
  ) {
    return `has format version ${version}, newer than this testwarden reads (${CHECKPOINT_FORMAT_VERSION}); upgrade testwarden to resume from it`;
  }
  // Only a primitive is shown: stringifying a deeply nested value could exhaust the stack.
  const shown =
    version === undefined
      ? 'none'
      : typeof version === 'object'
        ? Array.isArray(version)
          ? 'an array'
          : version === null
            ? 'null'
            : 'an object'
        : printable(JSON.stringify(version), 40);
  return `has format version ${shown}, expected 1, 2 or ${CHECKPOINT_FORMAT_VERSION}`;
}
