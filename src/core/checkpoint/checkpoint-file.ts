// The checkpoint on disk: written atomically, read as untrusted input (bounded, validated, filtered to today's units).
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  renameSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { z } from 'zod';
import {
  CHECKPOINT_FORMAT_VERSION,
  checkpointHeaderSchema,
  checkpointUnitSchema,
  type CheckpointUnit,
  type CheckpointV1,
} from './checkpoint-format.js';
import { parseRuns } from './checkpoint-runs.js';
import { closeQuietly, readBounded } from './read-bounded.js';

/**
 * Largest checkpoint read or written (64 MiB). At about 190 bytes plus the id per unit, this
 * holds roughly 300,000 units with 30-character ids; anything larger is not a checkpoint.
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
 * Compact JSON. Throws CheckpointWriteError; the caller decides whether the run goes on.
 */
export function writeCheckpoint(
  path: string,
  checkpoint: CheckpointV1,
  /**
   * `durable: false` skips the fsyncs: the rename alone keeps the file whole if the process is
   * killed (what a CI runner does), only a power loss could lose the latest write. Writes after
   * each unit use it; the write at the end and at shutdown is durable.
   */
  options: { maxBytes?: number; durable?: boolean } = {},
): { bytes: number } {
  const maxBytes = options.maxBytes ?? CHECKPOINT_MAX_BYTES;
  const durable = options.durable ?? true;
  const data = Buffer.from(`${JSON.stringify(checkpoint)}\n`, 'utf8');
  if (data.length > maxBytes) {
    throw new CheckpointWriteError(
      `checkpoint ${path} would be ${data.length} bytes (${Object.keys(checkpoint.units).length} units), above the ${maxBytes}-byte limit a reader accepts; not written`,
    );
  }
  const folder = dirname(path);
  const temp = join(
    folder,
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  let fd: number | undefined;
  try {
    mkdirSync(folder, { recursive: true });
    fd = openSync(temp, 'wx');
    writeFileSync(fd, data);
    if (durable) fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, path);
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
  return { bytes: data.length };
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
   * Today's unit ids: entries for any other id are dropped and never returned. Leave it out
   * only in tools that run no unit (status, watchdog).
   */
  unitIds?: readonly string[];
  maxBytes?: number;
}

export interface ReadCheckpointResult {
  /** Absent when there is no usable checkpoint (missing, too large, corrupt, another format). */
  checkpoint?: CheckpointV1;
  /** Why the file or some of its entries were ignored; empty when it was used whole or missing. */
  warnings: string[];
  /** Entries left out of `checkpoint`: ids not in today's list, and invalid entries. */
  dropped: { unknownIds: number; invalidEntries: number };
}

/** Reads the checkpoint as untrusted input. Never throws: every problem becomes a warning. */
export function readCheckpoint(
  path: string,
  options: ReadCheckpointOptions = {},
): ReadCheckpointResult {
  const result: ReadCheckpointResult = {
    warnings: [],
    dropped: { unknownIds: 0, invalidEntries: 0 },
  };
  const ignore = (why: string): ReadCheckpointResult => {
    result.warnings.push(`checkpoint ${path} ${why}; ignored`);
    return result;
  };
  const text = readBounded(path, options.maxBytes ?? CHECKPOINT_MAX_BYTES);
  if (text.kind === 'missing') return result;
  if (text.kind === 'unusable') return ignore(text.why);

  let document: unknown;
  try {
    document = JSON.parse(text.content.replace(/^\uFEFF/, ''));
  } catch (error) {
    return ignore(`is not valid JSON (${printable((error as Error).message, 120)})`);
  }
  if (!isPlainObject(document)) return ignore('is not a JSON object');

  const wrongVersion = versionProblem(document.formatVersion);
  if (wrongVersion !== undefined) return ignore(wrongVersion);
  const header = checkpointHeaderSchema.safeParse(document);
  if (!header.success)
    return ignore(
      `does not match format ${CHECKPOINT_FORMAT_VERSION} (${firstIssue(header.error)})`,
    );
  if (!isPlainObject(document.units)) {
    return ignore(`does not match format ${CHECKPOINT_FORMAT_VERSION} (units: expected an object)`);
  }

  const wanted = options.unitIds === undefined ? undefined : new Set(options.unitIds);
  const units = Object.create(null) as Record<string, CheckpointUnit>;
  let firstUnknown: string | undefined;
  let firstInvalid: string | undefined;
  for (const [id, raw] of Object.entries(document.units)) {
    if (wanted !== undefined && !wanted.has(id)) {
      result.dropped.unknownIds++;
      firstUnknown ??= id;
      continue;
    }
    const entry = checkpointUnitSchema.safeParse(raw);
    if (entry.success) {
      units[id] = entry.data;
    } else {
      result.dropped.invalidEntries++;
      firstInvalid ??= `${printable(JSON.stringify(id), 80)}: ${firstIssue(entry.error)}`;
    }
  }
  const { unknownIds, invalidEntries } = result.dropped;
  if (unknownIds > 0) {
    result.warnings.push(
      `checkpoint ${path}: ${plural(unknownIds, 'unit id')} not in today's unit list dropped (first: ${printable(JSON.stringify(firstUnknown), 80)})`,
    );
  }
  if (invalidEntries > 0) {
    result.warnings.push(
      `checkpoint ${path}: ${plural(invalidEntries, 'invalid unit entry', 'invalid unit entries')} dropped, they will run again (first: ${firstInvalid})`,
    );
  }
  const history = parseRuns(document.runs);
  if (history.dropped > 0) {
    result.warnings.push(
      `checkpoint ${path}: ${plural(history.dropped, 'invalid run history entry', 'invalid run history entries')} dropped (the run's progress is kept)`,
    );
  }
  result.checkpoint = {
    ...header.data,
    ...(history.runs !== undefined ? { runs: history.runs } : {}),
    units,
  };
  return result;
}

/** A newer format gets its own message: the fix is to upgrade, not to delete the file. */
function versionProblem(version: unknown): string | undefined {
  if (version === CHECKPOINT_FORMAT_VERSION) return undefined;
  if (
    typeof version === 'number' &&
    Number.isInteger(version) &&
    version > CHECKPOINT_FORMAT_VERSION
  ) {
    return `has format version ${version}, newer than this testwarden reads (${CHECKPOINT_FORMAT_VERSION}); upgrade testwarden to resume from it`;
  }
  const shown = version === undefined ? 'none' : printable(JSON.stringify(version), 40);
  return `has format version ${shown}, expected ${CHECKPOINT_FORMAT_VERSION}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return 'invalid';
  const where = issue.path.map((part) => String(part)).join('.');
  return printable(where === '' ? issue.message : `${where}: ${issue.message}`, 160);
}

/** Text from the file, made safe for one log line (no newline can start a workflow command). */
function printable(text: string, max: number): string {
  // Control characters are exactly what must go.
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
