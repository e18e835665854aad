// Runs the bundled CLI (dist/cli/index.js) as a real child process and collects what it printed.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { recordRunIdsIn } from './suite-scope.js';
import { endBeforeRemoval } from './temp-dir.js';

export const CLI = fileURLToPath(new URL('../../dist/cli/index.js', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  durationMs: number;
}

export interface CliRun {
  child: ChildProcess;
  done: Promise<CliResult>;
  /** Output so far (stdout). */
  output(): string;
}

export interface CliOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** The node binary; default this one. */
  node?: string;
  /** A script node runs before the CLI (e.g. an `--import` preload). */
  script?: string;
  /** A command line the CLI's own runs under (`sh -c '…; exec "$@"'`, e.g. to enter a cgroup). */
  launcher?: readonly string[];
}

export function startCli(args: readonly string[], options: CliOptions = {}): CliRun {
  const started = Date.now();
  const script = options.script ? [options.script] : [];
  // Other test files start and remove containers at the same time; a run that tracked them would
  // take them for its own leaks. Container tracking is tested on its own, under the engine lock.
  const argv =
    args[0] === 'run' && !args.includes('--containers') && !args.includes('--isolation')
      ? ['run', '--containers', 'off', ...args.slice(1)]
      : args;
  const command = [...(options.launcher ?? []), options.node ?? process.execPath, ...script, CLI];
  const child = spawn(command[0]!, [...command.slice(1), ...argv], {
    cwd: options.cwd,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (b: Buffer) => (stdout += b.toString()));
  child.stderr!.on('data', (b: Buffer) => (stderr += b.toString()));
  let forget = () => {};
  const done = new Promise<CliResult>((resolve) => {
    child.on('close', (code, signal) => {
      forget();
      // Its cgroup and containers are named for the run id: the end-of-suite check looks for them.
      recordRunIdsIn(stdout);
      resolve({ code, signal, stdout, stderr, durationMs: Date.now() - started });
    });
  });
  // A test that failed before its run ended: cancel the run as a user would (SIGTERM: it ends its
  // units), SIGKILL only if that takes over 15 s, and wait, before its temp folders go.
  forget = endBeforeRemoval(async () => {
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await done;
    clearTimeout(killer);
  });
  return { child, done, output: () => stdout };
}

/** What a `testwarden run --preset` of a test names: the framework, the folders, the outputs. */
export interface PresetRun {
  preset: string;
  /** The suite's folder (`--cwd`). */
  cwd: string;
  stateDir: string;
  /** `--report-json` path, if any. */
  report?: string;
  /** `--junit` path, if any. */
  junit?: string;
  /** More testwarden options (`--resume`, `--batch 2`, ...), after the common ones. */
  options?: readonly string[];
  /** The framework's own arguments, after `--` (none: no `--`). */
  frameworkArgs?: readonly string[];
}

/**
 * The command line of a preset run as the preset tests make it: `run --preset X --cwd … --state-dir
 * … [--report-json …] [--junit …] --no-watchdog [options] [-- framework arguments]`.
 */
export function presetRunArgs(run: PresetRun): string[] {
  return [
    'run',
    '--preset',
    run.preset,
    '--cwd',
    run.cwd,
    '--state-dir',
    run.stateDir,
    ...(run.report !== undefined ? ['--report-json', run.report] : []),
    ...(run.junit !== undefined ? ['--junit', run.junit] : []),
    '--no-watchdog',
    ...(run.options ?? []),
    ...(run.frameworkArgs !== undefined && run.frameworkArgs.length > 0
      ? ['--', ...run.frameworkArgs]
      : []),
  ];
}

export function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  return startCli(args, options).done;
}

/** Whether a pid is alive (not a zombie). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return process.platform !== 'linux';
  }
}
