// The report files a run writes (--report-json, --junit, --report-html): checked writable before any unit runs, and written at the end so that one failing write loses none of the others.
import {
  accessSync,
  constants,
  mkdirSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../errors.js';
import type { RunReport } from '../types.js';

export type OutputOption = '--report-json' | '--junit' | '--report-html';

export interface OutputPath {
  option: OutputOption;
  /** Absolute path. */
  path: string;
}

/** A report file that could not be written at the end of a run. */
export interface OutputWriteFailure extends OutputPath {
  message: string;
}

/**
 * Proves each path can be written now: its folder exists or can be made, a file can be created
 * in it, and the path is not a folder or a read-only file. Two options naming one file are refused.
 * Returns each path's folder as it resolves now (links followed), before any unit ran.
 */
export function checkOutputPaths(outputs: readonly OutputPath[]): Map<string, string> {
  const folders = new Map<string, string>();
  const seen = new Map<string, OutputOption>();
  for (const { option, path } of outputs) {
    const other = seen.get(path);
    if (other) {
      throw new UsageError(
        `${option}: expected a file of its own, got ${JSON.stringify(path)}, which ${other} writes too`,
      );
    }
    seen.set(path, option);
    const problem = outputPathProblem(path);
    if (problem) {
      throw new UsageError(
        `${option}: expected a file path in a writable folder, got ${JSON.stringify(path)} (${problem})`,
      );
    }
    folders.set(path, realpathSync(dirname(path)));
  }
  return folders;
}

/**
 * Throws when the output's folder no longer resolves where it did before the units ran: units
 * write the cwd (an isolated one as root in its image), and a folder swapped for a link would
 * have the runner put its file in a folder elsewhere on the host. A folder gone is made again.
 */
export function checkOutputFolder(path: string, planned: string | undefined): void {
  if (planned === undefined) return;
  let now: string;
  try {
    now = realpathSync(dirname(path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (now !== planned)
    throw new Error(
      `its folder resolves to ${JSON.stringify(now)}, not ${JSON.stringify(planned)} as before the units ran (a link put in its place); not written`,
    );
}

function outputPathProblem(path: string): string | undefined {
  const existing = statIfAny(path);
  if (existing?.isDirectory()) return 'it is a folder; name a file inside it';
  const folder = dirname(path);
  try {
    mkdirSync(folder, { recursive: true });
    if (existing) accessSync(path, constants.W_OK);
    // access() says yes to root everywhere; only creating a file proves the folder takes one.
    const probe = join(folder, `.${basename(path)}.${process.pid}.probe`);
    writeFileSync(probe, '', { flag: 'wx' });
    rmSync(probe, { force: true });
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    return e.message;
  }
  return undefined;
}

function statIfAny(path: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** Runs every write; a failing one is recorded and the others still happen. */
export function writeOutputs(
  writes: readonly (OutputPath & { write: () => void })[],
): OutputWriteFailure[] {
  const failures: OutputWriteFailure[] = [];
  for (const { option, path, write } of writes) {
    try {
      write();
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      failures.push({ option, path, message: e.message });
    }
  }
  return failures;
}

/** The run ended and its result is known, but a report file could not be written: exit code 4. */
export class OutputWriteError extends Error {
  override name = 'OutputWriteError';
  constructor(
    readonly failures: readonly OutputWriteFailure[],
    /** The run's own report (already shown to reporters, checkpoint written). */
    readonly report: RunReport,
  ) {
    super(
      failures
        .map((f) => `${f.option}: could not write ${JSON.stringify(f.path)} (${f.message})`)
        .join('\n'),
    );
  }
}
