export const id = 589;
export const ids = [589];
export const modules = {

/***/ 1589:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(8179);
// EXTERNAL MODULE: ./lib/core/report/build-report.js
var build_report = __webpack_require__(141);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/report/output-paths.js
var output_paths = __webpack_require__(940);
;// CONCATENATED MODULE: ./lib/cli/version.js
// The version printed by --version; a test keeps it equal to package.json's.
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./lib/cli/program.js
// The command line: parses arguments with commander, runs the core, maps errors and results to exit codes in one place.
// Each command's code is loaded when that command runs: `run` never pays for what `merge` or `status` need.





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
function buildProgram(io, handlers) {
    const { run, config, status, cleanup, merge } = handlers;
    const program = new esm/* Command */.uB('testwarden')
        .description('Run test units as tracked processes: nothing they start outlives them.')
        .version(VERSION, '-V, --version')
        .exitOverride()
        .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
        .showHelpAfterError('(run with --help for usage)');
    addRunOptions(program
        .command('run')
        .description('run units (patterns are globs relative to --cwd)')
        .argument('[patterns...]', 'glob patterns selecting the unit files (with --preset: arguments for the framework, after --)'))
        .option('--dry-run', "print the resolved options and the units (this shard's with --shard); run nothing")
        .addHelpText('after', RUN_HELP)
        .action(async (patterns, opts, command) => {
        const { given, selection } = givenOptions(command, opts, patterns);
        if (opts['dryRun'])
            await config(given, selection, { json: false });
        else
            await run(given, selection);
    });
    addRunOptions(program
        .command('config')
        .description('print the options a run would use (each with where it came from) and its units, without running')
        .argument('[patterns...]', 'as for run'))
        .option('--json', 'print it as JSON')
        .action(async (patterns, opts, command) => {
        const { given, selection } = givenOptions(command, opts, patterns);
        await config(given, selection, { json: opts['json'] === true });
    });
    program
        .command('status')
        .description("print the state dir's checkpoint: done and left units, why the last run stopped")
        .option('--state-dir <dir>', 'the state dir of the run', '.testwarden')
        .option('--json', 'print the status as JSON')
        .action(async (opts) => status(opts));
    program
        .command('cleanup')
        .description('kill every process and remove every container a run in the state dir left behind')
        .option('--state-dir <dir>', 'the state dir of the run', '.testwarden')
        .option('--grace-period <duration>', 'between SIGTERM and SIGKILL', '2s')
        .option('--force', "clean up even while a live run holds the state dir (ends that run's units; each target still needs its proof)")
        .option('--json', 'print what was removed as JSON')
        .action(async (opts) => cleanup(opts));
    program
        .command('merge')
        .description('combine report JSONs of several shards or attempts into one report, JUnit file and summary')
        .argument('<reports...>', 'report files or globs')
        .option('--cwd <dir>', 'base of relative paths', '.')
        .option('--report-json <path>', 'write the merged report')
        .option('--junit <path>', 'write one JUnit XML file for the merged run')
        .option('--junit-from <glob>', "the shards' JUnit files to combine (keeps their log tails); repeatable", (value, previous = []) => [...previous, value])
        .option('--summary <path>', 'append a Markdown summary (e.g. $GITHUB_STEP_SUMMARY)')
        .option('--timings <path>', 'update this durations history with the merged results')
        .action(async (inputs, opts) => merge(inputs, opts));
    return program;
}
/** Every option of `run` (also taken by `config`, which resolves them the same way). */
function addRunOptions(command) {
    return command
        .option('-c, --command <template>', 'command for one unit (argv template, no shell); required unless --preset')
        .option('--preset <name>', 'run a framework as one unit with per-test results: jest, vitest, pytest, node, go, mocha')
        .option('--batch <n|auto>', "with --preset: units of at most N of the framework's files each, balanced by recorded durations (1: a unit per file), or auto (batches for --jobs) (default: one unit)")
        .option('--shell', 'run the template with sh -c; placeholders are substituted already quoted')
        .option('--no-shell', "run the template without a shell (overrides a profile's shell = true)")
        .option('--list-command <cmd>', 'instead of patterns, a shell command printing one unit id per line')
        .option('--cwd <dir>', 'working directory of the units and base of the patterns (default: .)')
        .option('-j, --jobs <n>', 'units run at the same time: a number, auto (usable cores) or a share like 50% (default: 1)')
        .option('--timeout <duration>', 'per-attempt limit (500ms, 90s, 1m30s, 1h) or off (default: 10m)')
        .option('--grace-period <duration>', 'between SIGTERM and SIGKILL (default: 5s)')
        .option('--retries <n>', 'extra attempts for a failed or timed-out unit (passing on retry = flaky) (default: 0)')
        .option('--fail-fast', 'stop scheduling after the first failed unit')
        .option('--no-fail-fast', 'keep scheduling after failures (overrides fail-fast or max-failures of a profile)')
        .option('--max-failures <n>', 'stop scheduling after the Nth failed unit (default: off)')
        .option('--state-dir <dir>', 'where logs, checkpoint and registry live (default: .testwarden)')
        .option('--allow-no-units', 'patterns matching nothing is not an error')
        .option('--no-allow-no-units', "patterns matching nothing is an error (overrides a profile's allow-no-units = true)")
        .option('--leaks <policy>', 'what to do with leaked processes: kill, fail or warn (default: kill)')
        .option('--tracking <mode>', 'how unit processes are tracked: auto, cgroup or process (default: auto)')
        .option('--cgroup-sudo', 'as a non-root user who cannot create cgroups, use passwordless sudo once to get a cgroup v2 subtree for the units (moves this process into it)')
        .option('--no-cgroup-sudo', "do not use sudo (overrides a profile's cgroup-sudo = true)")
        .option('--resume', 'continue from the checkpoint in the state dir: passed and skipped units are not run again')
        .option('--no-resume', "start afresh, run every unit (overrides a profile's resume = true)")
        .option('--memory-threshold <pct>', 'machine memory in use above which no unit starts; held for the window: graceful shutdown (exit 42); or off (default: 90)')
        .option('--cpu-threshold <pct>', 'CPU busy across all cores, same rule; or off (default: off)')
        .option('--threshold-window <duration>', 'how long a breach must last before the shutdown (default: 10s)')
        .option('--max-memory-per-test <size>', 'kill a unit whose process tree uses more (512M, 2G): resource-exceeded; or off (default: off)')
        .option('--containers <mode>', 'find and remove containers units leave: track, remove-unattributed (also remove containers that only appeared while a unit ran) or off (default: track when an engine answers)')
        .option('--container-engine <engine>', 'docker or podman (default: the first that answers)')
        .option('--isolation <mode>', 'process (default) or container: each unit in `<engine> run --rm --init`')
        .option('--container-image <image>', 'the image units run in with --isolation container')
        .option('--container-memory <size>', "a container unit's memory limit (512M, 2G)")
        .option('--container-cpus <n>', "a container unit's CPU limit (0.5, 2)")
        .option('--shard <I/N>', 'run only shard I of N (1-based; index:I/N for a zero-based index), balanced by recorded durations')
        .option('--report-json <path>', 'write the run report as JSON')
        .option('--junit <path>', 'write one JUnit XML file for the run')
        .option('--report-html <path>', 'write a self-contained HTML report (timeline, memory/CPU chart, failures with log tails)')
        .option('--slow-timeout <duration>', 'print a SLOW line for a unit running longer, and again each period; or off (default: 60s)')
        .option('--progress-interval <duration>', 'without a terminal, a progress line this often naming the running units; or off (default: 30s)')
        .option('--watchdog', "start the detached watchdog (the default; overrides a profile's watchdog = false)")
        .option('--no-watchdog', 'do not start the detached watchdog')
        .option('--heartbeat-timeout <duration>', 'the watchdog declares the runner hung after this long without a heartbeat (default: 60s)')
        .option('--profile <name>', 'the profile of testwarden.toml to use (default: default)')
        .option('--config <path>', 'the config file (default: the nearest testwarden.toml up to the repository root)')
        .option('--no-config', 'read no config file');
}
/** What the command line itself gave (not commander's defaults), and which config file and profile to read. */
function givenOptions(command, opts, patterns) {
    checkOptionValues(command, opts);
    const given = {};
    for (const [key, value] of Object.entries(opts)) {
        if (command.getOptionValueSource(key) !== 'cli')
            continue;
        if (['profile', 'config', 'dryRun', 'json'].includes(key))
            continue;
        given[key] = value;
    }
    if (patterns.length > 0)
        given['patterns'] = patterns;
    const selection = {};
    if (typeof opts['profile'] === 'string')
        selection.profile = opts['profile'];
    if (opts['config'] === false)
        selection.file = false;
    else if (typeof opts['config'] === 'string')
        selection.file = opts['config'];
    return { given: given, selection };
}
/**
 * `-j -c x`: commander takes `-c` as the value of `-j` and then misses `-c`. Name the option
 * whose value is missing instead.
 */
function checkOptionValues(command, opts) {
    const flags = new Set(command.options.flatMap((o) => [o.short, o.long]).filter(Boolean));
    for (const option of command.options) {
        const value = opts[option.attributeName()];
        if (typeof value !== 'string' || !(option.required || option.optional))
            continue;
        if (flags.has(value.split('=')[0])) {
            throw new errors/* UsageError */.eb(`${option.long ?? option.short}: expected a value, got none (the next argument, ${JSON.stringify(value)}, is an option)`);
        }
    }
}
/** Runs the CLI and returns the exit code; never calls process.exit. */
async function main(argv, io) {
    let exitCode;
    const program = buildProgram(io, {
        run: async (given, selection) => {
            const { runCommand } = await Promise.all(/* import() */[__webpack_require__.e(582), __webpack_require__.e(56), __webpack_require__.e(215), __webpack_require__.e(336), __webpack_require__.e(755)]).then(__webpack_require__.bind(__webpack_require__, 7755));
            exitCode = await runCommand(io, given, selection);
        },
        config: async (given, selection, opts) => {
            const { configCommand } = await Promise.all(/* import() */[__webpack_require__.e(582), __webpack_require__.e(946), __webpack_require__.e(143), __webpack_require__.e(382), __webpack_require__.e(925), __webpack_require__.e(56), __webpack_require__.e(215), __webpack_require__.e(336), __webpack_require__.e(710)]).then(__webpack_require__.bind(__webpack_require__, 4710));
            exitCode = await configCommand(io, given, selection, opts);
        },
        status: async (opts) => {
            const { statusCommand } = await Promise.all(/* import() */[__webpack_require__.e(582), __webpack_require__.e(946), __webpack_require__.e(143), __webpack_require__.e(382), __webpack_require__.e(925), __webpack_require__.e(56), __webpack_require__.e(215), __webpack_require__.e(336), __webpack_require__.e(710)]).then(__webpack_require__.bind(__webpack_require__, 4710));
            exitCode = statusCommand(io, opts);
        },
        cleanup: async (opts) => {
            const { cleanupCommand } = await Promise.all(/* import() */[__webpack_require__.e(582), __webpack_require__.e(946), __webpack_require__.e(143), __webpack_require__.e(382), __webpack_require__.e(925), __webpack_require__.e(56), __webpack_require__.e(215), __webpack_require__.e(336), __webpack_require__.e(710)]).then(__webpack_require__.bind(__webpack_require__, 4710));
            exitCode = await cleanupCommand(io, opts);
        },
        merge: async (inputs, opts) => {
            const { mergeCommand } = await Promise.all(/* import() */[__webpack_require__.e(582), __webpack_require__.e(946), __webpack_require__.e(143), __webpack_require__.e(382), __webpack_require__.e(925), __webpack_require__.e(56), __webpack_require__.e(215), __webpack_require__.e(336), __webpack_require__.e(710)]).then(__webpack_require__.bind(__webpack_require__, 4710));
            exitCode = await mergeCommand(io, inputs, opts);
        },
    });
    try {
        await program.parseAsync([...argv], { from: 'user' });
        if (exitCode === undefined) {
            program.outputHelp();
            return build_report/* EXIT */.dc.usage;
        }
        return exitCode;
    }
    catch (error) {
        return exitCodeFor(error, io);
    }
}
function exitCodeFor(error, io) {
    if (error instanceof output_paths/* OutputWriteError */.J1) {
        for (const line of error.message.split('\n'))
            io.stderr(`testwarden: error: ${line}\n`);
        // A failed or stopped run keeps its own code; a passing one says the reports are missing.
        return error.report.exitCode === build_report/* EXIT */.dc.ok ? build_report/* EXIT */.dc.output : error.report.exitCode;
    }
    if (error instanceof esm/* CommanderError */.b7) {
        if (error.code === 'commander.helpDisplayed' ||
            error.code === 'commander.version' ||
            error.code === 'commander.help') {
            return build_report/* EXIT */.dc.ok;
        }
        return build_report/* EXIT */.dc.usage;
    }
    if (error instanceof errors/* UsageError */.eb) {
        io.stderr(`testwarden: error: ${error.message}\n`);
        return build_report/* EXIT */.dc.usage;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    const kind = error instanceof errors/* InternalError */.Gd ? 'internal error' : 'unexpected error';
    io.stderr(`testwarden: ${kind} (a bug in testwarden; please report it): ${detail}\n`);
    return build_report/* EXIT */.dc.internal;
}


/***/ }),

/***/ 141:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ buildReport),
/* harmony export */   dc: () => (/* binding */ EXIT)
/* harmony export */ });
/* unused harmony export computeTotals */
const EXIT = {
    ok: 0,
    failed: 1,
    usage: 2,
    internal: 3,
    /** The run ended, but a report file could not be written. */
    output: 4,
    shutdown: 42,
    /** The watchdog found the runner's event loop stuck and had it stop the run (EX_TEMPFAIL). */
    stuck: 75,
    /** The state dir stopped being writable mid-run (disk full, removed); the run was stopped (EX_IOERR). */
    stateDir: 74,
};
const SIGNAL_EXIT = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };
function computeTotals(units) {
    const totals = {
        units: units.length,
        passed: 0,
        failed: 0,
        timedOut: 0,
        resourceExceeded: 0,
        interrupted: 0,
        skipped: 0,
        flaky: 0,
        fromCheckpoint: 0,
        leaked: 0,
        tests: { passed: 0, failed: 0, skipped: 0, errors: 0 },
    };
    for (const u of units) {
        if (u.outcome === 'passed')
            totals.passed++;
        else if (u.outcome === 'failed')
            totals.failed++;
        else if (u.outcome === 'timed-out')
            totals.timedOut++;
        else if (u.outcome === 'resource-exceeded')
            totals.resourceExceeded++;
        else if (u.outcome === 'interrupted')
            totals.interrupted++;
        else
            totals.skipped++;
        if (u.flaky)
            totals.flaky++;
        if (u.fromCheckpoint)
            totals.fromCheckpoint++;
        totals.leaked += u.leaked.length;
        totals.tests.passed += u.tests.passed;
        totals.tests.failed += u.tests.failed;
        totals.tests.skipped += u.tests.skipped;
        totals.tests.errors += u.tests.errors;
    }
    return totals;
}
function buildReport(input) {
    const totals = computeTotals(input.units);
    const anyFailed = totals.failed + totals.timedOut + totals.resourceExceeded > 0;
    let status;
    let exitCode;
    const signalExit = input.reason ? SIGNAL_EXIT[input.reason] : undefined;
    if (signalExit !== undefined || input.reason === 'runner-lost') {
        status = 'interrupted';
        exitCode = signalExit ?? EXIT.failed;
    }
    else if (input.reason === 'runner-stuck') {
        status = 'interrupted';
        exitCode = EXIT.stuck;
    }
    else if (input.reason === 'state-dir-unwritable') {
        status = 'interrupted';
        exitCode = EXIT.stateDir;
    }
    else if (input.reason === 'memory' || input.reason === 'cpu') {
        status = 'shutdown';
        exitCode = EXIT.shutdown;
    }
    else {
        status = anyFailed || totals.interrupted > 0 ? 'failed' : 'passed';
        exitCode = status === 'passed' ? EXIT.ok : EXIT.failed;
    }
    return {
        version: 1,
        status,
        reason: input.reason,
        resumed: input.resumed,
        exitCode,
        durationMs: Date.now() - input.startedAt,
        runId: input.runId,
        startedAt: new Date(input.startedAt).toISOString(),
        totals,
        units: input.units,
        ...(input.stoppedAt !== undefined ? { stoppedAt: input.stoppedAt } : {}),
        ...(input.machine ? { machine: input.machine } : {}),
        ...(input.shard ? { shard: input.shard } : {}),
        ...(input.tracking ? { tracking: input.tracking } : {}),
    };
}


/***/ }),

/***/ 940:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J1: () => (/* binding */ OutputWriteError),
/* harmony export */   Kn: () => (/* binding */ writeOutputs),
/* harmony export */   Qk: () => (/* binding */ checkOutputFolder),
/* harmony export */   s0: () => (/* binding */ checkOutputPaths)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3828);
// The report files a run writes (--report-json, --junit, --report-html): checked writable before any unit runs, and written at the end so that one failing write loses none of the others.



/**
 * Proves each path can be written now: its folder exists or can be made, a file can be created
 * in it, and the path is not a folder or a read-only file. Two options naming one file are refused.
 * Returns each path's folder as it resolves now (links followed), before any unit ran.
 */
function checkOutputPaths(outputs) {
    const folders = new Map();
    const seen = new Map();
    for (const { option, path } of outputs) {
        const other = seen.get(path);
        if (other) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${option}: expected a file of its own, got ${JSON.stringify(path)}, which ${other} writes too`);
        }
        seen.set(path, option);
        const problem = outputPathProblem(path);
        if (problem) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${option}: expected a file path in a writable folder, got ${JSON.stringify(path)} (${problem})`);
        }
        folders.set(path, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path)));
    }
    return folders;
}
/**
 * Throws when the output's folder no longer resolves where it did before the units ran: units
 * write the cwd (an isolated one as root in its image), and a folder swapped for a link would
 * have the runner put its file in a folder elsewhere on the host. A folder gone is made again.
 */
function checkOutputFolder(path, planned) {
    if (planned === undefined)
        return;
    let now;
    try {
        now = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path));
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return;
        throw error;
    }
    if (now !== planned)
        throw new Error(`its folder resolves to ${JSON.stringify(now)}, not ${JSON.stringify(planned)} as before the units ran (a link put in its place); not written`);
}
function outputPathProblem(path) {
    const existing = statIfAny(path);
    if (existing?.isDirectory())
        return 'it is a folder; name a file inside it';
    const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(folder, { recursive: true });
        if (existing)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK);
        // access() says yes to root everywhere; only creating a file proves the folder takes one.
        const probe = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, `.${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path)}.${process.pid}.probe`);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(probe, '', { flag: 'wx' });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(probe, { force: true });
    }
    catch (error) {
        const e = error;
        return e.message;
    }
    return undefined;
}
function statIfAny(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path);
    }
    catch {
        return undefined;
    }
}
/** Runs every write; a failing one is recorded and the others still happen. */
function writeOutputs(writes) {
    const failures = [];
    for (const { option, path, write } of writes) {
        try {
            write();
        }
        catch (error) {
            const e = error;
            failures.push({ option, path, message: e.message });
        }
    }
    return failures;
}
/** The run ended and its result is known, but a report file could not be written: exit code 4. */
class OutputWriteError extends Error {
    failures;
    report;
    name = 'OutputWriteError';
    constructor(failures, 
    /** The run's own report (already shown to reporters, checkpoint written). */
    report) {
        super(failures
            .map((f) => `${f.option}: could not write ${JSON.stringify(f.path)} (${f.message})`)
            .join('\n'));
        this.failures = failures;
        this.report = report;
    }
}


/***/ })

};
