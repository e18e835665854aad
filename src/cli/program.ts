// The command line: parses arguments with commander, runs the core, maps errors and results to exit codes in one place.
// Each command's code is loaded when that command runs: `run` never pays for what `merge` or `status` need.
import { Command, CommanderError } from 'commander';
import { EXIT } from '../core/report/build-report.js';
import { InternalError, UsageError } from '../core/errors.js';
import { OutputWriteError } from '../core/report/output-paths.js';
import type { RawRunOptions } from '../core/plan/run-options.js';
import type { CleanupCliOptions, MergeCliOptions } from './commands.js';
import type { ConfigSelection } from './resolve-cli-options.js';
import type { CliIO } from './cli-io.js';
import { VERSION } from './version.js';

export type { CliIO };

const RUN_HELP = `
Placeholders in --command: {file} the unit's path, {unit} its id, {junit} a path where the unit
may write JUnit XML. Without a placeholder the unit's path is appended as the last argument.
The template is split into words like a POSIX shell would, but no shell runs (use --shell).

Exit codes: 0 all passed, 1 a unit failed, 2 usage error (nothing ran), 3 internal error,
4 all passed but a report file could not be written, 42 resource shutdown,
74 the state dir stopped being writable mid-run (disk full, removed; the run was stopped),
75 the runner was stuck and stopped its run at the watchdog's request,
129/130/143 stopped by SIGHUP/SIGINT/SIGTERM.

Examples:
  testwarden run -c 'node --test {file}' 'test/**/*.test.js'
  testwarden run -j 4 --timeout 2m --retries 1 -c 'pytest -q {file} --junitxml {junit}' 'tests/test_*.py'
  testwarden run --list-command 'go list ./...' -c 'go test {unit}'`;

/** What each command does; the program only parses and dispatches. */
interface Handlers {
  run: (given: RawRunOptions, selection: ConfigSelection) => Promise<void>;
  config: (
    given: RawRunOptions,
    selection: ConfigSelection,
    opts: { json: boolean },
  ) => Promise<void>;
  status: (opts: { stateDir: string; json?: boolean }) => Promise<void>;
  cleanup: (opts: CleanupCliOptions) => Promise<void>;
  merge: (inputs: string[], opts: MergeCliOptions) => Promise<void>;
}

function buildProgram(io: CliIO, handlers: Handlers): Command {
  const { run, config, status, cleanup, merge } = handlers;
  const program = new Command('testwarden')
    .description('Run test units as tracked processes: nothing they start outlives them.')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run with --help for usage)');

  addRunOptions(
    program
      .command('run')
      .description('run units (patterns are globs relative to --cwd)')
      .argument(
        '[patterns...]',
        'glob patterns selecting the unit files (with --preset: arguments for the framework, after --)',
      ),
  )
    .option(
      '--dry-run',
      "print the resolved options and the units (this shard's with --shard); run nothing",
    )
    .addHelpText('after', RUN_HELP)
    .action(async (patterns: string[], opts: Record<string, unknown>, command: Command) => {
      const { given, selection } = givenOptions(command, opts, patterns);
      if (opts['dryRun']) await config(given, selection, { json: false });
      else await run(given, selection);
    });
  addRunOptions(
    program
      .command('config')
      .description(
        'print the options a run would use (each with where it came from) and its units, without running',
      )
      .argument('[patterns...]', 'as for run'),
  )
    .option('--json', 'print it as JSON')
    .action(async (patterns: string[], opts: Record<string, unknown>, command: Command) => {
      const { given, selection } = givenOptions(command, opts, patterns);
      await config(given, selection, { json: opts['json'] === true });
    });
  program
    .command('status')
    .description("print the state dir's checkpoint: done and left units, why the last run stopped")
    .option('--state-dir <dir>', 'the state dir of the run', '.testwarden')
    .option('--json', 'print the status as JSON')
    .action(async (opts: { stateDir: string; json?: boolean }) => status(opts));
  program
    .command('cleanup')
    .description('kill every process and remove every container a run in the state dir left behind')
    .option('--state-dir <dir>', 'the state dir of the run', '.testwarden')
    .option('--grace-period <duration>', 'between SIGTERM and SIGKILL', '2s')
    .option(
      '--force',
      "clean up even while a live run holds the state dir (ends that run's units; each target still needs its proof)",
    )
    .option('--json', 'print what was removed as JSON')
    .action(async (opts: CleanupCliOptions) => cleanup(opts));
  program
    .command('merge')
    .description(
      'combine report JSONs of several shards or attempts into one report, JUnit file and summary',
    )
    .argument('<reports...>', 'report files or globs')
    .option('--cwd <dir>', 'base of relative paths', '.')
    .option('--report-json <path>', 'write the merged report')
    .option('--junit <path>', 'write one JUnit XML file for the merged run')
    .option(
      '--junit-from <glob>',
      "the shards' JUnit files to combine (keeps their log tails); repeatable",
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .option('--summary <path>', 'append a Markdown summary (e.g. $GITHUB_STEP_SUMMARY)')
    .option('--timings <path>', 'update this durations history with the merged results')
    .action(async (inputs: string[], opts: MergeCliOptions) => merge(inputs, opts));
  return program;
}

/** Every option of `run` (also taken by `config`, which resolves them the same way). */
function addRunOptions(command: Command): Command {
  return command
    .option(
      '-c, --command <template>',
      'command for one unit (argv template, no shell); required unless --preset',
    )
    .option(
      '--preset <name>',
      'run a framework as one unit with per-test results: jest, vitest, pytest, node, go, mocha',
    )
    .option(
      '--batch <n|auto>',
      "with --preset: units of at most N of the framework's files each, balanced by recorded durations (1: a unit per file), or auto (batches for --jobs) (default: one unit)",
    )
    .option('--shell', 'run the template with sh -c; placeholders are substituted already quoted')
    .option('--no-shell', "run the template without a shell (overrides a profile's shell = true)")
    .option(
      '--list-command <cmd>',
      'instead of patterns, a shell command printing one unit id per line',
    )
    .option('--cwd <dir>', 'working directory of the units and base of the patterns (default: .)')
    .option(
      '-j, --jobs <n>',
      'units run at the same time: a number, auto (usable cores) or a share like 50% (default: 1)',
    )
    .option(
      '--timeout <duration>',
      'per-attempt limit (500ms, 90s, 1m30s, 1h) or off (default: 10m)',
    )
    .option('--grace-period <duration>', 'between SIGTERM and SIGKILL (default: 5s)')
    .option(
      '--retries <n>',
      'extra attempts for a failed or timed-out unit (passing on retry = flaky) (default: 0)',
    )
    .option('--fail-fast', 'stop scheduling after the first failed unit')
    .option(
      '--no-fail-fast',
      'keep scheduling after failures (overrides fail-fast or max-failures of a profile)',
    )
    .option('--max-failures <n>', 'stop scheduling after the Nth failed unit (default: off)')
    .option('--state-dir <dir>', 'where logs, checkpoint and registry live (default: .testwarden)')
    .option('--allow-no-units', 'patterns matching nothing is not an error')
    .option(
      '--no-allow-no-units',
      "patterns matching nothing is an error (overrides a profile's allow-no-units = true)",
    )
    .option(
      '--leaks <policy>',
      'what to do with leaked processes: kill, fail or warn (default: kill)',
    )
    .option(
      '--tracking <mode>',
      'how unit processes are tracked: auto, cgroup or process (default: auto)',
    )
    .option(
      '--cgroup-sudo',
      'as a non-root user who cannot create cgroups, use passwordless sudo once to get a cgroup v2 subtree for the units (moves this process into it)',
    )
    .option('--no-cgroup-sudo', "do not use sudo (overrides a profile's cgroup-sudo = true)")
    .option(
      '--resume',
      'continue from the checkpoint in the state dir: passed and skipped units are not run again',
    )
    .option('--no-resume', "start afresh, run every unit (overrides a profile's resume = true)")
    .option(
      '--memory-threshold <pct>',
      'machine memory in use above which no unit starts; held for the window: graceful shutdown (exit 42); or off (default: 90)',
    )
    .option('--cpu-threshold <pct>', 'CPU busy across all cores, same rule; or off (default: off)')
    .option(
      '--threshold-window <duration>',
      'how long a breach must last before the shutdown (default: 10s)',
    )
    .option(
      '--max-memory-per-test <size>',
      'kill a unit whose process tree uses more (512M, 2G): resource-exceeded; or off (default: off)',
    )
    .option(
      '--containers <mode>',
      'find and remove containers units leave: track, remove-unattributed (also remove containers that only appeared while a unit ran) or off (default: track when an engine answers)',
    )
    .option('--container-engine <engine>', 'docker or podman (default: the first that answers)')
    .option(
      '--isolation <mode>',
      'process (default) or container: each unit in `<engine> run --rm --init`',
    )
    .option('--container-image <image>', 'the image units run in with --isolation container')
    .option('--container-memory <size>', "a container unit's memory limit (512M, 2G)")
    .option('--container-cpus <n>', "a container unit's CPU limit (0.5, 2)")
    .option(
      '--shard <I/N>',
      'run only shard I of N (1-based; index:I/N for a zero-based index), balanced by recorded durations',
    )
    .option('--report-json <path>', 'write the run report as JSON')
    .option('--junit <path>', 'write one JUnit XML file for the run')
    .option(
      '--report-html <path>',
      'write a self-contained HTML report (timeline, memory/CPU chart, failures with log tails)',
    )
    .option(
      '--slow-timeout <duration>',
      'print a SLOW line for a unit running longer, and again each period; or off (default: 60s)',
    )
    .option(
      '--progress-interval <duration>',
      'without a terminal, a progress line this often naming the running units; or off (default: 30s)',
    )
    .option(
      '--watchdog',
      "start the detached watchdog (the default; overrides a profile's watchdog = false)",
    )
    .option('--no-watchdog', 'do not start the detached watchdog')
    .option(
      '--heartbeat-timeout <duration>',
      'the watchdog declares the runner hung after this long without a heartbeat (default: 60s)',
    )
    .option('--profile <name>', 'the profile of testwarden.toml to use (default: default)')
    .option(
      '--config <path>',
      'the config file (default: the nearest testwarden.toml up to the repository root)',
    )
    .option('--no-config', 'read no config file');
}

/** What the command line itself gave (not commander's defaults), and which config file and profile to read. */
function givenOptions(
  command: Command,
  opts: Record<string, unknown>,
  patterns: string[],
): { given: RawRunOptions; selection: ConfigSelection } {
  checkOptionValues(command, opts);
  const given: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(opts)) {
    if (command.getOptionValueSource(key) !== 'cli') continue;
    if (['profile', 'config', 'dryRun', 'json'].includes(key)) continue;
    given[key] = value;
  }
  if (patterns.length > 0) given['patterns'] = patterns;
  const selection: ConfigSelection = {};
  if (typeof opts['profile'] === 'string') selection.profile = opts['profile'];
  if (opts['config'] === false) selection.file = false;
  else if (typeof opts['config'] === 'string') selection.file = opts['config'];
  return { given: given as RawRunOptions, selection };
}

/**
 * `-j -c x`: commander takes `-c` as the value of `-j` and then misses `-c`. Name the option
 * whose value is missing instead.
 */
function checkOptionValues(command: Command, opts: Record<string, unknown>): void {
  const flags = new Set(command.options.flatMap((o) => [o.short, o.long]).filter(Boolean));
  for (const option of command.options) {
    const value = opts[option.attributeName()];
    if (typeof value !== 'string' || !(option.required || option.optional)) continue;
    if (flags.has(value.split('=')[0]!)) {
      throw new UsageError(
        `${option.long ?? option.short}: expected a value, got none (the next argument, ${JSON.stringify(value)}, is an option)`,
      );
    }
  }
}

/** Runs the CLI and returns the exit code; never calls process.exit. */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  let exitCode: number | undefined;
  const program = buildProgram(io, {
    run: async (given, selection) => {
      const { runCommand } = await import('./run-command.js');
      exitCode = await runCommand(io, given, selection);
    },
    config: async (given, selection, opts) => {
      const { configCommand } = await import('./commands.js');
      exitCode = await configCommand(io, given, selection, opts);
    },
    status: async (opts) => {
      const { statusCommand } = await import('./commands.js');
      exitCode = statusCommand(io, opts);
    },
    cleanup: async (opts) => {
      const { cleanupCommand } = await import('./commands.js');
      exitCode = await cleanupCommand(io, opts);
    },
    merge: async (inputs, opts) => {
      const { mergeCommand } = await import('./commands.js');
      exitCode = await mergeCommand(io, inputs, opts);
    },
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    if (exitCode === undefined) {
      program.outputHelp();
      return EXIT.usage;
    }
    return exitCode;
  } catch (error) {
    return exitCodeFor(error, io);
  }
}

function exitCodeFor(error: unknown, io: CliIO): number {
  if (error instanceof OutputWriteError) {
    for (const line of error.message.split('\n')) io.stderr(`testwarden: error: ${line}\n`);
    // A failed or stopped run keeps its own code; a passing one says the reports are missing.
    return error.report.exitCode === EXIT.ok ? EXIT.output : error.report.exitCode;
  }
  if (error instanceof CommanderError) {
    if (
      error.code === 'commander.helpDisplayed' ||
      error.code === 'commander.version' ||
      error.code === 'commander.help'
    ) {
      return EXIT.ok;
    }
    return EXIT.usage;
  }
  if (error instanceof UsageError) {
    io.stderr(`testwarden: error: ${error.message}\n`);
    return EXIT.usage;
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  const kind = error instanceof InternalError ? 'internal error' : 'unexpected error';
  io.stderr(`testwarden: ${kind} (a bug in testwarden; please report it): ${detail}\n`);
  return EXIT.internal;
}
