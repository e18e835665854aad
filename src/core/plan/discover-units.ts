// Finds the units of a run: files matched by glob patterns under the working directory, or the lines printed by --list-command.
import { shellProgram } from './command-template.js';
import { spawn } from 'node:child_process';
import { UsageError } from '../errors.js';
import type { Unit } from '../types.js';

const DEFAULT_IGNORE = ['**/node_modules/**', '**/.git/**'];

export interface DiscoverOptions {
  cwd: string;
  patterns: readonly string[];
  listCommand?: string | undefined;
  /** Folders never searched (the state dir), relative to cwd or absolute. */
  ignore?: readonly string[];
  /** The list command's environment, already without the runtime secrets. */
  env: NodeJS.ProcessEnv;
}

/** Returns the units in a stable order (pattern matches sorted; list-command order kept), without duplicates. */
export async function discoverUnits(options: DiscoverOptions): Promise<Unit[]> {
  const ids =
    options.listCommand !== undefined ? await listByCommand(options) : await listByGlob(options);
  const seen = new Set<string>();
  const units: Unit[] = [];
  for (const id of ids) {
    if (seen.has(id)) continue;
    seen.add(id);
    units.push({ id, file: id });
  }
  return units;
}

/**
 * No unit id starts with `-`, so neither {file} nor {unit} can reach a program as an option: a
 * file found by a pattern is named `./-x.js` (still a path relative to cwd); an id printed by the
 * list command is not a path, so one starting with `-` is refused.
 */
function optionSafeFileId(path: string): string {
  return path.startsWith('-') ? `./${path}` : path;
}

function checkListedId(id: string, command: string): string {
  if (!id.startsWith('-')) return id;
  throw new UsageError(
    `--list-command: expected unit ids that do not start with "-" (a program would read one as an option through {unit} or {file}), got ${JSON.stringify(id)} from ${JSON.stringify(command)}`,
  );
}

async function listByGlob(options: DiscoverOptions): Promise<string[]> {
  if (options.patterns.length === 0) {
    throw new UsageError(
      'patterns: expected at least one glob pattern (or --list-command), got none',
    );
  }
  // Loaded when patterns are matched: a --preset or --list-command run never needs it.
  const { glob } = await import('tinyglobby');
  const files = await glob([...options.patterns], {
    cwd: options.cwd,
    onlyFiles: true,
    dot: false,
    expandDirectories: false,
    ignore: [
      ...DEFAULT_IGNORE,
      ...(options.ignore ?? []).map((dir) => `${dir.replace(/\/+$/, '')}/**`),
    ],
  });
  return files.map((f) => optionSafeFileId(f.split('\\').join('/'))).sort(compareIds);
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function listByCommand(options: DiscoverOptions): Promise<string[]> {
  const command = options.listCommand!;
  if (command.trim() === '') {
    throw new UsageError(
      '--list-command: expected a command that prints one unit id per line, got an empty string',
    );
  }
  const { code, signal, stdout, stderr, error } = await runCapture(
    command,
    options.cwd,
    options.env,
  );
  if (error) {
    throw new UsageError(
      `--list-command: could not start ${JSON.stringify(command)}: ${error.message}`,
      { cause: error },
    );
  }
  if (code !== 0) {
    const detail = stderr.trim().split('\n').slice(-5).join('\n');
    throw new UsageError(
      `--list-command: ${JSON.stringify(command)} exited with ${signal ?? `code ${code}`}${detail ? `:\n${detail}` : ''}`,
    );
  }
  return stdout
    .split('\n')
    .map((line) => line.replace(/\r$/, '').trim())
    .filter((line) => line !== '')
    .map((id) => checkListedId(id, command));
}

interface Captured {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  error?: Error;
}

/** The list command is the user's own shell line (pipes allowed); no unit name is ever put into it. */
function runCapture(command: string, cwd: string, env: NodeJS.ProcessEnv): Promise<Captured> {
  return new Promise((resolve) => {
    // The same shell --shell runs (Git for Windows' sh on Windows).
    const child = spawn(shellProgram(), ['-c', command], {
      cwd,
      env,
      windowsHide: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (error) =>
      resolve({ code: null, signal: null, stdout: '', stderr: '', error }),
    );
    child.on('close', (code, signal) =>
      resolve({
        code,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
  });
}
