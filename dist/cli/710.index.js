export const id = 710;
export const ids = [710,804];
export const modules = {

/***/ 6900:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ formatCleanup)
/* harmony export */ });
/* harmony import */ var _console_reporter_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4464);

function formatCleanup(report, stateDir) {
    const lines = [];
    const removed = [...report.processes, ...report.containers];
    if (report.runnerAlive) {
        lines.push(`The state dir ${stateDir} is in use by a live testwarden run or cleanup${report.runnerAlive.pid ? ` (pid ${report.runnerAlive.pid})` : ''}; nothing was done. Use --force to clean up anyway (it ends that run's units).`);
    }
    else if (removed.length === 0) {
        lines.push(`Nothing left behind in ${stateDir}.`);
    }
    else {
        lines.push(`Cleaned up ${removed.length} left behind by the run in ${stateDir}:`);
        for (const leak of removed)
            lines.push(`  ${(0,_console_reporter_js__WEBPACK_IMPORTED_MODULE_0__/* .describeLeak */ .hj)(leak)}`);
    }
    if (report.ignored.length > 0) {
        lines.push(`Ignored ${report.ignored.length} registry entr${report.ignored.length === 1 ? 'y' : 'ies'} naming what testwarden cannot prove the run made (left alone):`);
        for (const e of report.ignored)
            lines.push(`  ${e.kind} ${JSON.stringify(e.target)}: ${e.why}`);
    }
    for (const w of report.warnings)
        if (!report.runnerAlive)
            lines.push(`warning: ${w}`);
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 4710:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cleanupCommand: () => (/* binding */ cleanupCommand),
/* harmony export */   configCommand: () => (/* binding */ configCommand),
/* harmony export */   mergeCommand: () => (/* binding */ mergeCommand),
/* harmony export */   statusCommand: () => (/* binding */ statusCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _core_checkpoint_checkpoint_status_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(169);
/* harmony import */ var _core_plan_units_of_measure_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5985);
/* harmony import */ var _core_plan_preview_units_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7509);
/* harmony import */ var _core_report_build_report_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(141);
/* harmony import */ var _core_report_merge_command_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9488);
/* harmony import */ var _core_tracker_cleanup_command_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7852);
/* harmony import */ var _cleanup_format_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6900);
/* harmony import */ var _config_format_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4952);
/* harmony import */ var _resolve_cli_options_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8316);
/* harmony import */ var _status_format_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(4084);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_core_checkpoint_checkpoint_status_js__WEBPACK_IMPORTED_MODULE_1__, _core_plan_preview_units_js__WEBPACK_IMPORTED_MODULE_3__, _core_tracker_cleanup_command_js__WEBPACK_IMPORTED_MODULE_6__]);
([_core_checkpoint_checkpoint_status_js__WEBPACK_IMPORTED_MODULE_1__, _core_plan_preview_units_js__WEBPACK_IMPORTED_MODULE_3__, _core_tracker_cleanup_command_js__WEBPACK_IMPORTED_MODULE_6__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);
// The commands besides `run` (config, status, cleanup, merge): loaded only when one of them runs.











async function configCommand(io, given, selection, opts) {
    const { file, resolved } = await (0,_resolve_cli_options_js__WEBPACK_IMPORTED_MODULE_9__/* .resolveForCli */ ._)(given, selection);
    const view = (0,_config_format_js__WEBPACK_IMPORTED_MODULE_8__/* .configView */ .u)(file, resolved, await (0,_core_plan_preview_units_js__WEBPACK_IMPORTED_MODULE_3__/* .previewUnits */ .g)(resolved.options));
    io.stdout(opts.json ? `${JSON.stringify(view, null, 2)}\n` : (0,_config_format_js__WEBPACK_IMPORTED_MODULE_8__/* .formatConfig */ .c)(view));
    return _core_report_build_report_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.ok;
}
function statusCommand(io, opts) {
    const report = (0,_core_checkpoint_checkpoint_status_js__WEBPACK_IMPORTED_MODULE_1__/* .checkpointStatus */ .P)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(opts.stateDir));
    io.stdout(opts.json ? `${JSON.stringify(report, null, 2)}\n` : (0,_status_format_js__WEBPACK_IMPORTED_MODULE_10__/* .formatStatus */ .m)(report));
    return _core_report_build_report_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.ok;
}
async function cleanupCommand(io, opts) {
    const graceMs = (0,_core_plan_units_of_measure_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E9)('--grace-period', opts.gracePeriod);
    const report = await (0,_core_tracker_cleanup_command_js__WEBPACK_IMPORTED_MODULE_6__/* .cleanupCommand */ .A)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(opts.stateDir), {
        graceMs,
        force: opts.force ?? false,
    });
    if (opts.json)
        io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    else
        io.stdout((0,_cleanup_format_js__WEBPACK_IMPORTED_MODULE_7__/* .formatCleanup */ .Y)(report, opts.stateDir));
    const failed = report.processes.some((p) => p.action !== 'killed') ||
        report.containers.some((c) => c.action !== 'removed');
    return report.runnerAlive ? _core_report_build_report_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.usage : failed ? _core_report_build_report_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.failed : _core_report_build_report_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.ok;
}
async function mergeCommand(io, inputs, opts) {
    const outcome = await (0,_core_report_merge_command_js__WEBPACK_IMPORTED_MODULE_5__/* .runMerge */ .C)({
        inputs,
        cwd: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(opts.cwd),
        ...(opts.reportJson ? { reportJson: opts.reportJson } : {}),
        ...(opts.junit ? { junit: opts.junit } : {}),
        ...(opts.junitFrom ? { junitInputs: opts.junitFrom } : {}),
        ...(opts.summary ? { summaryMarkdown: opts.summary } : {}),
        ...(opts.timings ? { timings: opts.timings } : {}),
    });
    const t = outcome.report.totals;
    io.stdout(`Merged ${outcome.inputs.length} report(s): ${t.units} units, ${t.passed} passed, ${t.failed} failed, ${t.timedOut} timed out, ${t.interrupted} interrupted, ${t.skipped} skipped; exit code ${outcome.report.exitCode}\n`);
    for (const p of outcome.problems)
        io.stderr(`testwarden: problem: ${p}\n`);
    for (const w of outcome.warnings)
        io.stderr(`testwarden: warning: ${w}\n`);
    return outcome.report.exitCode;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 4952:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ formatConfig),
/* harmony export */   u: () => (/* binding */ configView)
/* harmony export */ });
/* harmony import */ var _core_config_config_keys_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6271);
/* harmony import */ var _core_text_control_chars_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6);
// Prints the resolved run options (each with where it came from) and the units a run would get, for `testwarden config` and `run --dry-run`.


/** What an option not given anywhere is, as `run --help` says it. */
const DEFAULT_TEXT = {
    shell: 'false',
    cwd: '.',
    jobs: '1',
    timeout: '10m',
    'grace-period': '5s',
    retries: '0',
    'fail-fast': 'false',
    'max-failures': 'off',
    'state-dir': '.testwarden',
    'allow-no-units': 'false',
    leaks: 'kill',
    tracking: 'auto',
    'cgroup-sudo': 'false',
    resume: 'false',
    'memory-threshold': '90',
    'cpu-threshold': 'off',
    'threshold-window': '10s',
    'max-memory-per-test': 'off',
    containers: 'track when an engine answers',
    isolation: 'process',
    'slow-timeout': '60s',
    'progress-interval': '30s',
    watchdog: 'true',
    'heartbeat-timeout': '60s',
};
function configView(file, resolved, preview) {
    const options = {};
    for (const [name, { key }] of Object.entries(_core_config_config_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .CONFIG_KEYS */ .mC)) {
        const value = resolved.raw[key];
        const source = resolved.sources[key];
        if (value !== undefined && source !== undefined)
            options[name] = { value, source };
        else if (DEFAULT_TEXT[name] !== undefined)
            options[name] = { value: DEFAULT_TEXT[name], source: 'default' };
    }
    const shard = preview.shard;
    return {
        configFile: file?.path ?? null,
        profile: file?.profile ?? null,
        options,
        units: preview.found.map((u) => u.id),
        shard: shard
            ? {
                index: shard.info.index,
                total: shard.info.total,
                mode: shard.info.mode,
                units: shard.units.map((u) => u.id),
            }
            : null,
        batches: preview.batches
            ? preview.batches.map((b) => ({ id: b.id, files: [...(b.files ?? [])] }))
            : null,
        warnings: preview.warnings,
    };
}
function formatConfig(view) {
    const lines = [];
    lines.push(view.configFile
        ? `Config file: ${view.configFile} (profile ${view.profile})`
        : 'Config file: none (no testwarden.toml from here up to the repository root)');
    lines.push('Options:');
    const entries = Object.entries(view.options).map(([name, o]) => [name, show(o.value), o.source]);
    const nameWidth = Math.max(...entries.map(([n]) => n.length));
    const valueWidth = Math.min(40, Math.max(...entries.map(([, v]) => v.length)));
    for (const [name, value, source] of entries)
        lines.push(`  ${name.padEnd(nameWidth)}  ${value.padEnd(valueWidth)}  ${source}`);
    // With batches, what discovery found are the framework's files; the batches are the units.
    const found = view.batches ? 'files' : 'units';
    lines.push(view.batches
        ? `Files the framework discovered: ${view.units.length}`
        : `Units: ${view.units.length}`);
    for (const id of view.units)
        lines.push(`  ${(0,_core_text_control_chars_js__WEBPACK_IMPORTED_MODULE_1__/* .plainLine */ .h)(id)}`);
    if (view.shard) {
        const s = view.shard;
        lines.push(`Shard ${s.index}/${s.total} (${s.mode}): ${s.units.length} of ${view.units.length} ${found}`);
        for (const id of s.units)
            lines.push(`  ${(0,_core_text_control_chars_js__WEBPACK_IMPORTED_MODULE_1__/* .plainLine */ .h)(id)}`);
    }
    if (view.batches) {
        const files = view.batches.reduce((n, b) => n + b.files.length, 0);
        lines.push(`Units (batches): ${view.batches.length} (${files} files)`);
        for (const b of view.batches) {
            lines.push(`  ${(0,_core_text_control_chars_js__WEBPACK_IMPORTED_MODULE_1__/* .plainLine */ .h)(b.id)}: ${b.files.length} ${b.files.length === 1 ? 'file' : 'files'}`);
            for (const f of b.files)
                lines.push(`    ${(0,_core_text_control_chars_js__WEBPACK_IMPORTED_MODULE_1__/* .plainLine */ .h)(f)}`);
        }
    }
    for (const w of view.warnings)
        lines.push(`warning: ${w}`);
    lines.push('Nothing was run.');
    return `${lines.join('\n')}\n`;
}
function show(value) {
    if (Array.isArray(value))
        return value.map((v) => JSON.stringify(v)).join(' ');
    return (0,_core_text_control_chars_js__WEBPACK_IMPORTED_MODULE_1__/* .plainLine */ .h)(String(value));
}


/***/ }),

/***/ 4084:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ formatStatus)
/* harmony export */ });
/* harmony import */ var _core_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5888);
// Formats `testwarden status` for people.

/** Units left that are named one per line; `--json` lists them all. */
const SHOWN = 10;
/** A unit id from the file, on one line whatever it holds. */
function printable(id) {
    return JSON.stringify(id).slice(1, -1);
}
function formatStatus(s) {
    const lines = [];
    const attempt = s.attempt !== null ? `, attempt ${s.attempt}` : '';
    lines.push(`Checkpoint ${s.path}`);
    lines.push(`Run ${s.runId}${attempt}, last written ${s.updatedAt}`);
    const ended = s.running
        ? `running since ${s.running.since} (${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(Date.now() - Date.parse(s.running.since))}; run ${s.running.runId}, pid ${s.running.pid})`
        : s.complete
            ? 'completed: every unit passed'
            : s.reason
                ? `stopped early (reason: ${s.reason})`
                : 'not complete';
    lines.push(`State: ${ended}`);
    const total = s.totalUnits !== null ? ` of ${s.totalUnits}` : '';
    // A flaky unit passed (on a retry or a resume): one of the passed, not beside them.
    const flaky = s.flaky ? `, ${s.flaky} of them flaky` : '';
    lines.push(`Done: ${s.done}${total} units (${s.byOutcome.passed} passed${flaky}, ${s.byOutcome.skipped} skipped) in ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(s.durationMs)}`);
    const again = [
        [s.byOutcome.failed, 'failed'],
        [s.byOutcome['timed-out'], 'timed out'],
        [s.byOutcome['resource-exceeded'], 'over memory'],
        [s.byOutcome.interrupted, 'interrupted'],
    ]
        .filter(([n]) => n > 0)
        .map(([n, what]) => `${n} ${what}`);
    const notStarted = s.notStarted !== null && s.notStarted > 0 ? [`${s.notStarted} not finished`] : [];
    const left = [...again, ...notStarted];
    lines.push(`Left: ${left.length > 0 ? left.join(', ') : 'nothing'}`);
    for (const unit of s.left.slice(0, SHOWN)) {
        lines.push(`  ${printable(unit.id)}  ${unit.outcome ?? 'not finished'}`);
    }
    if (s.left.length > SHOWN)
        lines.push(`  … and ${s.left.length - SHOWN} more`);
    for (const w of s.warnings)
        lines.push(`warning: ${w}`);
    if (!s.complete && !s.running && left.length > 0)
        lines.push('Resume with the same command plus --resume.');
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 169:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ checkpointStatus)
/* harmony export */ });
/* unused harmony export liveRun */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3828);
/* harmony import */ var _checkpoint_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6537);
/* harmony import */ var _run_checkpoint_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4130);
/* harmony import */ var _tracker_registry_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3669);
/* harmony import */ var _tracker_process_table_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7032);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_tracker_process_table_js__WEBPACK_IMPORTED_MODULE_6__]);
_tracker_process_table_js__WEBPACK_IMPORTED_MODULE_6__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
// What `testwarden status` tells about a state dir's checkpoint: done, left, and why the last run stopped.







function checkpointStatus(stateDir) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(stateDir, _run_checkpoint_js__WEBPACK_IMPORTED_MODULE_4__/* .CHECKPOINT_FILE */ .S);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--state-dir: expected a folder holding ${_run_checkpoint_js__WEBPACK_IMPORTED_MODULE_4__/* .CHECKPOINT_FILE */ .S} (written by testwarden run), found none in ${JSON.stringify(stateDir)}`);
    }
    const { checkpoint, warnings } = (0,_checkpoint_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readCheckpoint */ .HQ)(path);
    if (!checkpoint) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`the checkpoint ${path} cannot be used: ${warnings.join('; ') || 'unreadable'}`);
    }
    const byOutcome = {
        passed: 0,
        failed: 0,
        'timed-out': 0,
        'resource-exceeded': 0,
        interrupted: 0,
        skipped: 0,
    };
    let flaky = 0;
    let durationMs = 0;
    const { units } = checkpoint;
    const left = [];
    for (let i = 0; i < units.length; i++) {
        const unit = units.at(i);
        if (unit === undefined) {
            left.push({ id: units.ids[i], outcome: null });
            continue;
        }
        byOutcome[unit.outcome]++;
        if (unit.flaky)
            flaky++;
        durationMs += unit.durationMs;
        if (unit.outcome !== 'passed' && unit.outcome !== 'skipped')
            left.push({ id: units.ids[i], outcome: unit.outcome });
    }
    const recorded = units.size;
    const done = byOutcome.passed + byOutcome.skipped;
    const total = checkpoint.totalUnits ?? null;
    return {
        path,
        runId: checkpoint.runId,
        attempt: checkpoint.attempt ?? null,
        reason: checkpoint.reason,
        complete: checkpoint.complete,
        updatedAt: checkpoint.updatedAt,
        totalUnits: total,
        done,
        toRetry: recorded - done,
        notStarted: total === null ? null : Math.max(0, total - recorded),
        byOutcome,
        left,
        flaky,
        durationMs,
        warnings,
        running: liveRun(stateDir),
    };
}
/** A run is live while the process its registry entry names is alive with the start time recorded. */
function liveRun(stateDir) {
    const runs = (0,_tracker_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .pendingEntries */ .io)(new _tracker_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .Registry */ .OR(stateDir).read()).runs;
    const alive = runs.findLast((r) => r.pid !== process.pid && (0,_tracker_process_table_js__WEBPACK_IMPORTED_MODULE_6__/* .sameProcessAlive */ .bZ)(r.pid, r.startTime));
    return alive
        ? { runId: alive.runId, pid: alive.pid, since: new Date(alive.at).toISOString() }
        : null;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 7509:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ previewUnits)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _run_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6881);
/* harmony import */ var _frameworks_presets_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6310);
/* harmony import */ var _command_template_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6961);
/* harmony import */ var _discover_units_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(118);
/* harmony import */ var _plan_run_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1316);
/* harmony import */ var _shard_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(59);
/* harmony import */ var _preset_units_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7760);
/* harmony import */ var _timings_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5236);
/* harmony import */ var _unit_env_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3528);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_plan_run_js__WEBPACK_IMPORTED_MODULE_5__]);
_plan_run_js__WEBPACK_IMPORTED_MODULE_5__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
// The units a run would get, without running anything or touching the state dir: for `testwarden config` and `run --dry-run`.










/** The same checks as a run makes on the folder and the template, then discovery and the shard's split. */
async function previewUnits(options) {
    const cwd = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(options.cwd);
    (0,_plan_run_js__WEBPACK_IMPORTED_MODULE_5__/* .checkCwd */ .RR)(cwd);
    const env = options.env ?? process.env;
    const stateRoot = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, options.stateDir ?? _run_config_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULTS */ .z.stateDir);
    const timingsPath = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, options.timingsFile ?? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(stateRoot, _timings_js__WEBPACK_IMPORTED_MODULE_8__/* .TIMINGS_FILE */ .hP));
    if (options.preset) {
        const preset = (0,_frameworks_presets_index_js__WEBPACK_IMPORTED_MODULE_2__/* .presetNamed */ .$)(options.preset.name);
        const split = options.shard !== undefined || options.batch !== undefined;
        const history = split ? (0,_timings_js__WEBPACK_IMPORTED_MODULE_8__/* .readTimings */ .kF)(timingsPath) : undefined;
        const planned = await (0,_preset_units_js__WEBPACK_IMPORTED_MODULE_7__/* .planPresetUnits */ .k)(preset, options, cwd, (0,_timings_js__WEBPACK_IMPORTED_MODULE_8__/* .timingsMap */ .uR)(history?.timings ?? (0,_timings_js__WEBPACK_IMPORTED_MODULE_8__/* .emptyTimings */ .Fs)()));
        if (!planned.discovered)
            return { found: planned.units, warnings: [] };
        const asUnits = (files) => files.map((f) => ({ id: f, file: f }));
        return {
            found: asUnits(planned.discovered),
            ...(planned.shard
                ? { shard: { units: asUnits(planned.shard.files), info: planned.shard.info } }
                : {}),
            batches: planned.units,
            warnings: history?.warnings ?? [],
        };
    }
    const template = (0,_command_template_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCommandTemplate */ .Nx)(options.command, options.shell ?? false);
    if (options.isolation !== 'container')
        (0,_plan_run_js__WEBPACK_IMPORTED_MODULE_5__/* .checkProgram */ .nf)(template, env, cwd);
    const found = await (0,_discover_units_js__WEBPACK_IMPORTED_MODULE_4__/* .discoverUnits */ .t)({
        cwd,
        patterns: options.patterns,
        listCommand: options.listCommand,
        ignore: [stateRoot],
        env: (0,_unit_env_js__WEBPACK_IMPORTED_MODULE_9__/* .scrubbedEnv */ .wS)(env, options.passRuntimeEnv ?? false),
    });
    if (!options.shard)
        return { found, warnings: [] };
    const history = (0,_timings_js__WEBPACK_IMPORTED_MODULE_8__/* .readTimings */ .kF)(timingsPath);
    return {
        found,
        shard: (0,_shard_js__WEBPACK_IMPORTED_MODULE_6__/* .planShard */ .km)(found, options.shard, (0,_timings_js__WEBPACK_IMPORTED_MODULE_8__/* .timingsMap */ .uR)(history.timings)),
        warnings: history.warnings,
    };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 4804:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderJUnit: () => (/* binding */ renderJUnit)
});

// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlbuilder/json2xml.js + 4 modules
var json2xml = __webpack_require__(925);
// EXTERNAL MODULE: ./lib/core/text/control-chars.js
var control_chars = __webpack_require__(6);
;// CONCATENATED MODULE: ./lib/core/text/xml.js
// Text as XML 1.0 allows it (JUnit files): unit output may contain anything, XML forbids most control characters.

// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/g;
/** Plain text with what XML 1.0 cannot hold removed; the XML builder escapes the rest. */
function xmlText(text) {
    return (0,control_chars/* plainText */.w)(text).replace(INVALID_XML, '');
}

// EXTERNAL MODULE: ./lib/core/report/failure.js
var failure = __webpack_require__(2236);
// EXTERNAL MODULE: ./lib/core/report/log-tail.js
var log_tail = __webpack_require__(8231);
// EXTERNAL MODULE: ./lib/core/report/test-counts-text.js
var test_counts_text = __webpack_require__(6429);
;// CONCATENATED MODULE: ./lib/core/report/junit-writer.js
// Writes one JUnit XML file for the run: a testsuite per unit with one testcase (a preset unit: one per test), as Jenkins, GitLab and the common Actions report viewers read it.





const builder = new json2xml/* default */.A({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    format: true,
    indentBy: '  ',
    suppressEmptyNode: true,
    // Otherwise a "true" value is written as a bare attribute (`value`), which is not XML.
    suppressBooleanAttributes: false,
});
const clean = xmlText;
const seconds = (ms) => (ms / 1000).toFixed(3);
function renderJUnit(report, options = {}) {
    const suites = report.units.map((u) => suite(u, options.tailLines ?? 50));
    const sum = (key) => suites.reduce((total, s) => total + s[key], 0);
    const doc = {
        '?xml': { '@version': '1.0', '@encoding': 'UTF-8' },
        testsuites: {
            '@name': 'testwarden',
            '@tests': sum('@tests'),
            '@failures': sum('@failures'),
            '@errors': sum('@errors'),
            '@skipped': sum('@skipped'),
            '@time': seconds(report.durationMs),
            '@timestamp': report.startedAt,
            testsuite: suites,
        },
    };
    return builder.build(doc);
}
function suite(u, tailLines) {
    const testcase = {
        '@name': clean(u.id),
        '@classname': clean(u.id),
        '@file': clean(u.id),
        '@time': seconds(u.durationMs),
    };
    const properties = [
        { '@name': 'testwarden.outcome', '@value': u.outcome },
        { '@name': 'testwarden.attempts', '@value': String(u.attempts) },
        { '@name': 'testwarden.flaky', '@value': String(u.flaky) },
        { '@name': 'testwarden.fromCheckpoint', '@value': String(u.fromCheckpoint) },
        {
            '@name': 'testwarden.tests',
            '@value': (0,test_counts_text/* testCountsText */.I)(u.tests),
        },
    ];
    if (u.outcome === 'skipped') {
        testcase.skipped = { '@message': clean(u.message ?? 'skipped') };
    }
    else if ((0,failure/* isFailure */.N)(u)) {
        const tail = u.log ? (0,log_tail/* readTailLines */.m1)(u.log, tailLines).join('\n') : '';
        testcase.failure = {
            '@message': clean(u.message ?? u.outcome),
            '@type': u.outcome,
            '#text': clean(tail),
        };
    }
    if (u.leaked.length > 0) {
        testcase['system-err'] = clean(u.leaked
            .map((l) => l.kind === 'process'
            ? `leaked process ${l.pid} (${l.action}): ${l.command}`
            : `${l.unattributed ? 'unattributed' : 'leaked'} container ${l.name} ${l.id} (${l.action})`)
            .join('\n'));
    }
    const perTest = u.testCases ? testCasesOf(u, testcase) : undefined;
    return {
        '@name': clean(u.id),
        '@tests': perTest ? perTest.cases.length : 1,
        '@failures': perTest ? perTest.failures : (0,failure/* isFailure */.N)(u) ? 1 : 0,
        '@errors': perTest ? perTest.errors : 0,
        '@skipped': perTest ? perTest.skipped : u.outcome === 'skipped' ? 1 : 0,
        '@time': seconds(u.durationMs),
        properties: { property: properties },
        testcase: perTest ? perTest.cases : testcase,
    };
}
const SKIPPED = new Set(['skipped', 'todo', 'xfail']);
/**
 * A preset unit: one testcase per test the framework reported, one per test still running when
 * it ended (a hang, a crash) and per file that failed to load; the unit's own testcase only when
 * it failed with none of those to show why. A file that failed to load and a pytest setup error
 * are `<error>`s (counted in `errors`, as pytest's own JUnit does), not failures.
 */
function testCasesOf(u, unitCase) {
    const { tests, unfinished, fileErrors } = u.testCases;
    const cases = tests.map((t) => {
        const c = {
            '@name': clean(t.titles.join(' > ') || t.file),
            '@classname': clean(t.file),
            '@file': clean(t.failure?.file ?? t.file),
            '@time': seconds(t.durationMs ?? 0),
        };
        if (t.failure?.line !== undefined)
            c['@line'] = t.failure.line;
        // Passed on a retry after failing: Surefire's `flakyFailure`, which report viewers show as flaky.
        if (t.flaky) {
            c.flakyFailure = {
                '@message': clean(t.failure?.message ?? 'failed on an earlier attempt or in the resumed run'),
                '@type': 'flaky',
                '#text': clean(t.failure?.stack ?? t.failure?.message ?? ''),
            };
        }
        if (SKIPPED.has(t.status))
            c.skipped = { '@message': t.status };
        else if (t.status === 'error' || (t.status !== 'failed' && (t.teardownErrors ?? 0) > 0)) {
            c.error = {
                '@message': clean(t.failure?.message ?? t.status),
                '@type': t.status,
                '#text': clean(t.failure?.stack ?? t.failure?.message ?? ''),
            };
        }
        else if (t.status === 'failed') {
            c.failure = {
                '@message': clean(t.failure?.message ?? t.status),
                '@type': t.status,
                '#text': clean(t.failure?.stack ?? t.failure?.message ?? ''),
            };
        }
        return c;
    });
    for (const t of unfinished) {
        cases.push({
            '@name': clean(t.titles.join(' > ') || t.file),
            '@classname': clean(t.file),
            '@file': clean(t.file),
            failure: {
                '@message': `still running when the unit ended (${u.outcome})`,
                '@type': 'unfinished',
            },
        });
    }
    for (const e of fileErrors) {
        cases.push({
            '@name': clean(e.file || u.id),
            '@classname': clean(e.file || u.id),
            '@file': clean(e.failure?.file ?? e.file),
            error: {
                '@message': clean(e.failure?.message ?? 'failed to load'),
                '@type': 'file-error',
                '#text': clean(e.failure?.stack ?? ''),
            },
        });
    }
    const shown = cases.filter((c) => 'failure' in c || 'error' in c).length;
    if ((0,failure/* isFailure */.N)(u) && shown === 0)
        cases.push(unitCase);
    return {
        cases,
        failures: cases.filter((c) => 'failure' in c).length,
        errors: cases.filter((c) => 'error' in c).length,
        skipped: cases.filter((c) => 'skipped' in c).length,
    };
}


/***/ }),

/***/ 9488:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ runMerge)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(3382);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/checkpoint/read-bounded.js
var read_bounded = __webpack_require__(9476);
// EXTERNAL MODULE: ./lib/core/plan/timings.js
var timings = __webpack_require__(5236);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlparser/XMLParser.js + 23 modules
var XMLParser = __webpack_require__(1143);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlbuilder/json2xml.js + 4 modules
var json2xml = __webpack_require__(925);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/validator.js
var validator = __webpack_require__(1176);
;// CONCATENATED MODULE: ./node_modules/fast-xml-parser/src/fxp.js






const XMLValidator = {
  validate: validator/* validate */.t
}

;// CONCATENATED MODULE: ./lib/core/report/junit-merge.js
// Combines JUnit XML files (one per shard) into one testsuites document, keeping each suite as written (log tails included).


const shared = {
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    preserveOrder: true,
    cdataPropName: '#cdata',
};
const parser = new XMLParser/* default */.A({ ...shared, parseTagValue: false, parseAttributeValue: false });
const builder = new json2xml/* default */.A({
    ...shared,
    format: true,
    indentBy: '  ',
    suppressEmptyNode: true,
    // Otherwise a "true" value is written as a bare attribute (`value`), which is not XML.
    suppressBooleanAttributes: false,
});
/**
 * One `<testsuites>` holding every `<testsuite>` of the documents (whose root may be
 * `<testsuites>` or a single `<testsuite>`), with tests, failures, errors, skipped and time summed.
 * Documents are taken in the order of their root's `timestamp` (testwarden writes the run's start)
 * and otherwise as given. A suite testwarden wrote (it has a `testwarden.outcome` property) is one
 * unit: when a later document has a suite of the same name, that one replaces it, as the later
 * report wins in `mergeReports`. Other suites are all kept.
 */
function mergeJUnit(documents) {
    const parsed = documents.map((d, order) => {
        const { xml, source } = typeof d === 'string' ? { xml: d, source: `#${order + 1}` } : d;
        const root = parseRoot(xml, source);
        const at = Date.parse(root[':@']?.['@timestamp'] ?? '');
        return { root, order, at: Number.isNaN(at) ? undefined : at };
    });
    parsed.sort((a, b) => (a.at ?? 0) - (b.at ?? 0) || a.order - b.order);
    const suites = [];
    const unitSuite = new Map();
    for (const { root } of parsed) {
        const list = tagOf(root) === 'testsuite' ? [root] : children(root).filter(isSuite);
        for (const suite of list) {
            const name = suite[':@']?.['@name'];
            const known = name !== undefined && isUnitSuite(suite) ? unitSuite.get(name) : undefined;
            if (known !== undefined) {
                suites[known] = suite;
            }
            else {
                if (name !== undefined && isUnitSuite(suite))
                    unitSuite.set(name, suites.length);
                suites.push(suite);
            }
        }
    }
    const sum = (attribute) => suites.reduce((total, s) => total + (Number(s[':@']?.[attribute]) || 0), 0);
    const stamps = parsed.flatMap((p) => (p.at === undefined ? [] : [p.at]));
    const attributes = {
        '@name': 'testwarden',
        '@tests': String(sum('@tests')),
        '@failures': String(sum('@failures')),
        '@errors': String(sum('@errors')),
        '@skipped': String(sum('@skipped')),
        '@time': sum('@time').toFixed(3),
    };
    if (stamps.length > 0)
        attributes['@timestamp'] = new Date(Math.min(...stamps)).toISOString();
    const document = [
        { '?xml': [{ '#text': '' }], ':@': { '@version': '1.0', '@encoding': 'UTF-8' } },
        { testsuites: suites, ':@': attributes },
    ];
    return builder.build(document);
}
function parseRoot(xml, source) {
    const valid = XMLValidator.validate(xml);
    if (valid !== true) {
        throw new errors/* UsageError */.eb(`junit ${source}: expected well-formed XML, line ${valid.err.line}: ${valid.err.msg}`);
    }
    const nodes = parser.parse(xml);
    const root = nodes.find((n) => tagOf(n) === 'testsuites' || tagOf(n) === 'testsuite');
    if (root === undefined) {
        const found = nodes.map(tagOf).filter((t) => t !== '?xml' && t !== '#text');
        throw new errors/* UsageError */.eb(`junit ${source}: expected a <testsuites> or <testsuite> root element, got ${found.length > 0 ? `<${found[0]}>` : 'none'}`);
    }
    return root;
}
function tagOf(node) {
    return Object.keys(node).find((k) => k !== ':@') ?? '';
}
function children(node) {
    const value = node[tagOf(node)];
    return Array.isArray(value) ? value : [];
}
const isSuite = (node) => tagOf(node) === 'testsuite';
function isUnitSuite(suite) {
    return children(suite)
        .filter((c) => tagOf(c) === 'properties')
        .flatMap(children)
        .some((p) => p[':@']?.['@name'] === 'testwarden.outcome');
}

// EXTERNAL MODULE: ./lib/core/report/junit-writer.js + 1 modules
var junit_writer = __webpack_require__(4804);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./lib/core/report/build-report.js
var build_report = __webpack_require__(141);
// EXTERNAL MODULE: ./lib/core/zod-mini.js
var zod_mini = __webpack_require__(7892);
// EXTERNAL MODULE: ./lib/core/plan/shard.js
var shard = __webpack_require__(59);
// EXTERNAL MODULE: ./lib/core/value-limits.js
var value_limits = __webpack_require__(8235);
// EXTERNAL MODULE: ./lib/core/vocabulary.js
var vocabulary = __webpack_require__(6883);
;// CONCATENATED MODULE: ./lib/core/report/report-schema.js
// The run report JSON (docs/cli.md, "Report JSON") as a schema: reports read back (for `merge`) are untrusted input, checked whole with a message naming the file and the problem.






/** Largest report read: 100,000 units pretty-printed take about 60 MB. */
const REPORT_MAX_BYTES = 256 * 1024 * 1024;
// Bounded by what testwarden writes (value-limits.ts): a merged report feeds pictures and tables.
const whole = (min, max) => zod_mini/* number */.aig().check(zod_mini/* int */.Whr(), zod_mini/* minimum */.BpO(min), zod_mini/* maximum */.PhQ(max));
const count = zod_mini/* number */.aig().check(zod_mini/* int */.Whr(), zod_mini/* nonnegative */.ZnW(), zod_mini/* maximum */.PhQ(Number.MAX_SAFE_INTEGER));
const tests = zod_mini/* number */.aig().check(zod_mini/* int */.Whr(), zod_mini/* nonnegative */.ZnW(), zod_mini/* maximum */.PhQ(value_limits/* MAX_TESTS */.R1));
// `errors` came later: a report written before it had none to count.
const counts = zod_mini/* object */.Ikc({
    passed: tests,
    failed: tests,
    skipped: tests,
    errors: zod_mini/* _default */.Rvf(tests, 0),
});
const totalTests = zod_mini/* object */.Ikc({
    passed: count,
    failed: count,
    skipped: count,
    errors: zod_mini/* _default */.Rvf(count, 0),
});
const report_schema_text = zod_mini/* string */.YjP().check(zod_mini/* maxLength */.Ru6(value_limits/* MAX_TEXT_LENGTH */.Gt));
const duration = zod_mini/* number */.aig().check(zod_mini/* nonnegative */.ZnW(), zod_mini/* maximum */.PhQ(value_limits/* MAX_DURATION_MS */.rG));
const time = zod_mini/* number */.aig().check(zod_mini/* nonnegative */.ZnW(), zod_mini/* refine */.YPB((t) => (0,value_limits/* isRecordedTime */.sJ)(Math.round(t)), {
    message: 'not a time testwarden could have recorded',
}));
const isoTime = zod_mini/* iso.datetime */.KH5.datetime({ offset: true }).check(zod_mini/* refine */.YPB((t) => (0,value_limits/* isRecordedTime */.sJ)(Date.parse(t)), {
    message: 'not a time testwarden could have recorded',
}));
const id = zod_mini/* string */.YjP().check(zod_mini/* minLength */.BpQ(1), zod_mini/* maxLength */.Ru6(value_limits/* MAX_ID_LENGTH */.Qx));
const leakSchema = zod_mini/* discriminatedUnion */.gMt('kind', [
    zod_mini/* object */.Ikc({
        kind: zod_mini/* literal */.euz('process'),
        pid: whole(1, 2 ** 31 - 1),
        command: report_schema_text,
        action: zod_mini/* enum */.k5n(['killed', 'left', 'kill-failed']),
    }),
    zod_mini/* object */.Ikc({
        kind: zod_mini/* literal */.euz('container'),
        id: report_schema_text,
        name: report_schema_text,
        action: zod_mini/* enum */.k5n(['removed', 'left', 'remove-failed']),
        unattributed: zod_mini/* optional */.lqM(zod_mini/* literal */.euz(true)),
        candidates: zod_mini/* optional */.lqM(zod_mini/* array */.YOg(report_schema_text).check(zod_mini/* maxLength */.Ru6(value_limits/* MAX_JOBS */.Eu))),
    }),
]);
const unitSchema = zod_mini/* object */.Ikc({
    id,
    outcome: zod_mini/* enum */.k5n(vocabulary/* OUTCOMES */.im),
    fromCheckpoint: zod_mini/* boolean */.zMY(),
    attempts: zod_mini/* number */.aig().check(zod_mini/* int */.Whr(), zod_mini/* nonnegative */.ZnW(), zod_mini/* maximum */.PhQ(value_limits/* MAX_ATTEMPTS */.m)),
    flaky: zod_mini/* boolean */.zMY(),
    exitCode: zod_mini/* nullable */.mee(whole(value_limits/* MIN_EXIT_CODE */.KK, value_limits/* MAX_EXIT_CODE */.ub)),
    signal: zod_mini/* nullable */.mee(zod_mini/* string */.YjP().check(zod_mini/* maxLength */.Ru6(64))),
    durationMs: duration,
    peakRssBytes: zod_mini/* number */.aig().check(zod_mini/* nonnegative */.ZnW(), zod_mini/* maximum */.PhQ(value_limits/* MAX_BYTES */.zx)),
    tests: counts,
    leaked: zod_mini/* array */.YOg(leakSchema).check(zod_mini/* maxLength */.Ru6(100_000)),
    log: zod_mini/* nullable */.mee(report_schema_text),
    attemptLogs: zod_mini/* optional */.lqM(zod_mini/* array */.YOg(zod_mini/* object */.Ikc({
        run: whole(1, 1_000_000),
        attempt: whole(1, value_limits/* MAX_ATTEMPTS */.m),
        log: report_schema_text,
        outcome: zod_mini/* optional */.lqM(zod_mini/* enum */.k5n(vocabulary/* OUTCOMES */.im)),
    }))
        .check(zod_mini/* maxLength */.Ru6(10_000))),
    message: zod_mini/* optional */.lqM(report_schema_text),
    startedAt: zod_mini/* optional */.lqM(time),
    files: zod_mini/* optional */.lqM(zod_mini/* array */.YOg(id).check(zod_mini/* maxLength */.Ru6(1_000_000))),
});
const totalsSchema = zod_mini/* object */.Ikc({
    units: count,
    passed: count,
    failed: count,
    timedOut: count,
    resourceExceeded: count,
    interrupted: count,
    skipped: count,
    flaky: count,
    fromCheckpoint: count,
    leaked: count,
    tests: totalTests,
});
const shardInfoSchema = zod_mini/* object */.Ikc({
    index: whole(1, shard/* MAX_SHARDS */.hH),
    total: whole(1, shard/* MAX_SHARDS */.hH),
    units: count,
    mode: zod_mini/* enum */.k5n(['hash', 'durations']),
    plan: zod_mini/* string */.YjP().check(zod_mini/* regex */.yGV(/^[0-9a-f]{1,64}$/)),
});
const runReportSchema = zod_mini/* object */.Ikc({
    version: zod_mini/* literal */.euz(1),
    status: zod_mini/* enum */.k5n(vocabulary/* RUN_STATUSES */.LV),
    reason: zod_mini/* nullable */.mee(zod_mini/* enum */.k5n(vocabulary/* STOP_REASONS */.Np)),
    resumed: zod_mini/* boolean */.zMY(),
    exitCode: whole(0, 255),
    durationMs: duration,
    runId: report_schema_text,
    startedAt: isoTime,
    // Recomputed by merge from the units; checked so that a report that is not one is refused.
    totals: totalsSchema,
    units: zod_mini/* array */.YOg(unitSchema),
    shard: zod_mini/* optional */.lqM(shardInfoSchema),
})
    .check(zod_mini/* refine */.YPB((r) => r.shard === undefined || r.shard.index <= r.shard.total, {
    message: 'shard.index is above shard.total',
    path: ['shard'],
}));
/** Checks a parsed report; throws a UsageError naming `source` and the first problem. */
function parseReport(value, source) {
    const version = value?.version;
    if (typeof version === 'number' && version > 1) {
        throw new errors/* UsageError */.eb(`report ${source}: format version ${version} is newer than this testwarden reads (1); upgrade testwarden to merge it`);
    }
    const parsed = runReportSchema.safeParse(value);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue?.path.map(String).join('.') || '(top level)';
        throw new errors/* UsageError */.eb(`report ${source}: expected a testwarden run report, ${where}: ${issue?.message ?? 'invalid'}`);
    }
    const seen = new Set();
    for (const unit of parsed.data.units) {
        if (seen.has(unit.id)) {
            throw new errors/* UsageError */.eb(`report ${source}: expected each unit once, unit ${JSON.stringify(unit.id)} appears twice`);
        }
        seen.add(unit.id);
    }
    const report = parsed.data;
    return report;
}
/** Reads and checks one report file (bounded in size); throws a UsageError naming the file. */
function readReportFile(path) {
    const text = (0,read_bounded/* readBounded */.C)(path, REPORT_MAX_BYTES);
    if (text.kind === 'missing')
        throw new errors/* UsageError */.eb(`report ${path}: no such file`);
    if (text.kind === 'unusable')
        throw new errors/* UsageError */.eb(`report ${path}: ${text.why}`);
    let document;
    try {
        document = JSON.parse(text.content.replace(/^\uFEFF/, ''));
    }
    catch (error) {
        throw new errors/* UsageError */.eb(`report ${path}: not valid JSON (${error.message})`, {
            cause: error,
        });
    }
    return parseReport(document, path);
}

;// CONCATENATED MODULE: ./lib/core/report/merge-reports.js
// Merges run reports into one: shards (disjoint units) and attempts (the same unit again, the later report wins), with status and totals recomputed.




/**
 * One report for a set of reports, each checked first (`sources` name them in errors).
 *
 * - Reports are taken in the order they started (`startedAt`); for a unit in several, a result
 *   of a later report replaces an earlier one, with two exceptions: a later `fromCheckpoint`
 *   entry with the same outcome keeps the earlier real result (its log, leaks and attempts),
 *   and a "not run" placeholder (no attempt, not from the checkpoint) never replaces anything.
 * - Units come out sorted by id, as discovery by patterns sorts them.
 * - `startedAt` is the earliest start, `durationMs` the span to the latest end (wall clock, with
 *   shards in parallel), `resumed` whether any report resumed.
 * - Status and exit code are those of a run with the merged units: a unit still interrupted or
 *   not run leaves the status of the report it came from (`interrupted` with its signal's code,
 *   `shutdown` with 42, or `failed` after fail-fast). Shard reports that do not add up to their
 *   split (a shard missing, shards split differently, units missing) make a passing merge
 *   `failed`: see `shardProblems`.
 */
function mergeReports(reports, sources = []) {
    if (reports.length === 0)
        throw new errors/* UsageError */.eb('merge: expected at least one report, got none');
    const checked = reports.map((r, i) => ({
        report: parseReport(r, sources[i] ?? `#${i + 1}`),
        order: i,
    }));
    checked.sort((a, b) => Date.parse(a.report.startedAt) - Date.parse(b.report.startedAt) || a.order - b.order);
    const chosen = new Map();
    for (const { report } of checked) {
        for (const unit of report.units) {
            const current = chosen.get(unit.id)?.unit;
            if (current === undefined || replaces(unit, current)) {
                chosen.set(unit.id, { unit, from: report });
            }
        }
    }
    const ids = [...chosen.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const units = ids.map((id) => chosen.get(id).unit);
    // The stop reason of the latest report that left a unit unfinished.
    let reason = null;
    let reasonAt = -Infinity;
    for (const { unit, from } of chosen.values()) {
        const at = Date.parse(from.startedAt);
        if (isUnfinished(unit) && from.reason !== null && at >= reasonAt) {
            reason = from.reason;
            reasonAt = at;
        }
    }
    const all = checked.map((c) => c.report);
    const start = Math.min(...all.map((r) => Date.parse(r.startedAt)));
    const end = Math.max(...all.map((r) => Date.parse(r.startedAt) + r.durationMs));
    const merged = (0,build_report/* buildReport */.FK)({
        runId: mergedRunId(all),
        startedAt: start,
        units,
        reason,
        resumed: all.some((r) => r.resumed),
    });
    merged.durationMs = end - start;
    if (merged.status === 'passed' && shardProblems(all, suiteUnits(units)).length > 0) {
        merged.status = 'failed';
        merged.exitCode = 1;
    }
    return merged;
}
/**
 * How many of the suite's units the merged units cover: a preset batch covers its files, which
 * are what a preset's shards split (their `shard.units` counts files).
 */
function suiteUnits(units) {
    return units.reduce((n, u) => n + (u.files?.length ?? 1), 0);
}
/** Whether `next` (from a later report) should replace `current` for the same unit. */
function replaces(next, current) {
    if (isPlaceholder(next))
        return false;
    if (next.fromCheckpoint && isReal(current) && current.outcome === next.outcome)
        return false;
    return true;
}
const isPlaceholder = (u) => !u.fromCheckpoint && u.attempts === 0;
const isReal = (u) => !u.fromCheckpoint && u.attempts > 0;
const isUnfinished = (u) => u.outcome === 'interrupted' || isPlaceholder(u);
/** The run id all reports share, or one derived from all of them. */
function mergedRunId(reports) {
    const ids = [...new Set(reports.map((r) => r.runId))].sort();
    if (ids.length === 1)
        return ids[0];
    return `merged-${(0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(ids)).digest('hex').slice(0, 12)}`;
}
/**
 * What is wrong with a set of shard reports (those carrying `shard`): different shard counts,
 * shards that split differently (they read different timings), shards with no report, and fewer
 * merged units than the suite had. Empty when the set is complete and consistent, or when no
 * report says it is a shard.
 */
function shardProblems(reports, mergedUnits) {
    const shards = reports.flatMap((r) => (r.shard ? [r.shard] : []));
    if (shards.length === 0)
        return [];
    const problems = [];
    const totals = [...new Set(shards.map((s) => s.total))].sort((a, b) => a - b);
    if (totals.length > 1) {
        problems.push(`the reports come from different shard counts (${totals.join(', ')})`);
    }
    const plans = [...new Set(shards.map((s) => s.plan))];
    if (plans.length > 1) {
        problems.push(`the shards split the units differently (${plans.length} plans): they read different timings, so some units may have run twice and others not at all`);
    }
    const total = Math.max(...totals);
    const present = new Set(shards.map((s) => s.index));
    const missing = Array.from({ length: total }, (_, i) => i + 1).filter((i) => !present.has(i));
    if (missing.length > 0) {
        problems.push(`no report for shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${total}`).join(', ')}`);
    }
    const expected = Math.max(...shards.map((s) => s.units));
    if (mergedUnits < expected) {
        problems.push(`${expected - mergedUnits} of the suite's ${expected} units are in no report`);
    }
    return problems;
}

// EXTERNAL MODULE: ./lib/core/format.js
var format = __webpack_require__(5888);
// EXTERNAL MODULE: ./lib/core/text/control-chars.js
var control_chars = __webpack_require__(6);
// EXTERNAL MODULE: ./lib/core/text/html.js
var html = __webpack_require__(4630);
;// CONCATENATED MODULE: ./lib/core/text/markdown.js
// Markdown that shows unit text literally (GitHub's job summary): escaped text, code spans, tables and collapsed log tails. No id, message or log line can become a link, an image, emphasis or HTML.


/**
 * Every ASCII punctuation character that Markdown or GitHub's autolinker gives a meaning (`[`,
 * `!`, `*`, `_`, `|`, `:` of `https:`, `.` of `www.`, `@` of an e-mail address …) as a numeric
 * character reference: it renders as itself, and the parser never sees the character that starts a
 * construct. `,`, `-` and `/` stay: unit text never starts a line here, where only they would count.
 */
const SPECIAL = /[!-+.:-@[-`{-~]/g;
/** One line of unit text, inert anywhere in Markdown (a table cell too). */
function markdownText(text) {
    return (0,control_chars/* plainLine */.h)(text).replace(SPECIAL, (c) => `&#${c.charCodeAt(0)};`);
}
/** Unit text as a code span that nothing in it can break. */
function code(text) {
    return `<code>${markdownText(text)}</code>`;
}
/** Text testwarden wrote itself, safe in a table cell. */
function cell(text) {
    return markdownText(text);
}
function table(head, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}
/**
 * A collapsed section with preformatted text (a log tail). `summary` is Markdown already escaped.
 * The `<pre>` block is raw HTML to Markdown, ended only by `</pre>`, which escaping rules out.
 */
function details(summary, lines) {
    const text = plainText(lines.join('\n'));
    const body = text !== '' ? escapeHtml(text) : '(no output)';
    return `<details><summary>${summary}</summary>\n\n<pre>${body}</pre>\n\n</details>`;
}

// EXTERNAL MODULE: ./lib/core/report/failure.js
var failure = __webpack_require__(2236);
// EXTERNAL MODULE: ./lib/core/report/test-counts-text.js
var test_counts_text = __webpack_require__(6429);
;// CONCATENATED MODULE: ./lib/core/report/totals-table.js
// The totals table of a job summary (a run's or a merge's): one set of columns, one way to count.



/** `fromCheckpoint` and `durationMs` add their columns (a merge has neither). */
function totalsTable(t, extra = {}) {
    const columns = [
        ['Units', String(t.units)],
        ['Passed', String(t.passed)],
        ['Failed', String(t.failed + t.resourceExceeded)],
        ['Timed out', String(t.timedOut)],
        ['Interrupted', String(t.interrupted)],
        ['Skipped', String(t.skipped)],
        ['Flaky', String(t.flaky)],
        ...(extra.fromCheckpoint
            ? [['From checkpoint', String(t.fromCheckpoint)]]
            : []),
        ['Leaked', String(t.leaked)],
        ['Tests', (0,test_counts_text/* testCountsText */.I)(t.tests)],
        ...(extra.durationMs !== undefined
            ? [['Duration', (0,format/* formatDuration */.a3)(extra.durationMs)]]
            : []),
    ];
    return table(columns.map(([name]) => name), [columns.map(([, value]) => value)]);
}

;// CONCATENATED MODULE: ./lib/core/report/merge-summary.js
// Markdown for a merged report ($GITHUB_STEP_SUMMARY of the merge job): totals, problems with the shard set, failed units, one line per input report.




const SHOWN_FAILURES = 50;
function renderMergeSummary(input) {
    const { report, inputs, problems } = input;
    const t = report.totals;
    const parts = [
        `### testwarden: merged ${(0,format/* plural */.LS)(inputs.length, 'report')}: ${headline(report)}`,
        totalsTable(t),
    ];
    if (problems.length > 0) {
        parts.push(`**The reports do not add up to the whole suite:**\n\n${problems.map((p) => `- ${markdownText(p)}`).join('\n')}`);
    }
    const failed = report.units.filter(failure/* isFailure */.N);
    if (failed.length > 0) {
        const rows = failed
            .slice(0, SHOWN_FAILURES)
            .map((u) => [
            code(u.id),
            u.outcome,
            markdownText(u.message ?? ''),
            (0,format/* formatDuration */.a3)(u.durationMs),
        ]);
        const more = failed.length > SHOWN_FAILURES ? `\n\n…and ${failed.length - SHOWN_FAILURES} more.` : '';
        parts.push(`#### ${(0,format/* plural */.LS)(failed.length, 'unit')} did not pass\n\n${table(['Unit', 'Outcome', 'Why', 'Duration'], rows)}${more}`);
    }
    const rows = inputs.map(({ source, report: r }) => [
        code(source),
        r.shard ? `${r.shard.index}/${r.shard.total} (${r.shard.mode})` : '—',
        r.reason ? `${r.status} (${r.reason})` : r.status,
        String(r.units.length),
        String(r.units.filter(failure/* isFailure */.N).length),
        (0,format/* formatDuration */.a3)(r.durationMs),
        markdownText(r.startedAt),
    ]);
    parts.push(`#### Reports\n\n${table(['Report', 'Shard', 'Status', 'Units', 'Not passed', 'Duration', 'Started'], rows)}`);
    return `${parts.join('\n\n')}\n`;
}
function headline(report) {
    const failing = report.totals.failed + report.totals.timedOut + report.totals.resourceExceeded;
    if (report.status === 'passed')
        return `passed (${(0,format/* plural */.LS)(report.totals.units, 'unit')})`;
    if (report.status === 'failed' && failing > 0)
        return `failed (${failing} of ${report.totals.units} units)`;
    if (report.status === 'failed')
        return 'failed (incomplete)';
    return `${report.status}${report.reason ? ` (${report.reason})` : ''}`;
}

// EXTERNAL MODULE: ./lib/core/report/write-files.js
var write_files = __webpack_require__(8039);
;// CONCATENATED MODULE: ./lib/core/report/merge-command.js
// `testwarden merge` without the CLI: finds the shard reports, merges them, writes the report, JUnit, step summary and timings history.












/** Throws a UsageError (exit code 2) for inputs that match nothing or a report that is not one. */
async function runMerge(options) {
    const cwd = (0,external_node_path_.resolve)(options.cwd ?? '.');
    const files = await resolveInputs('inputs', options.inputs, cwd);
    const inputs = files.map((path) => ({
        source: (0,external_node_path_.relative)(cwd, path) || path,
        report: readReportFile(path),
    }));
    const report = mergeReports(inputs.map((i) => i.report), inputs.map((i) => i.source));
    const problems = shardProblems(inputs.map((i) => i.report), suiteUnits(report.units));
    const warnings = [];
    if (options.reportJson !== undefined) {
        (0,write_files/* writeFileAtomic */.Z)((0,external_node_path_.resolve)(cwd, options.reportJson), `${JSON.stringify(report, null, 2)}\n`);
    }
    if (options.junit !== undefined) {
        const xml = options.junitInputs !== undefined && options.junitInputs.length > 0
            ? mergeJUnit(await readJUnitInputs(options.junitInputs, cwd))
            : (0,junit_writer.renderJUnit)(report);
        (0,write_files/* writeFileAtomic */.Z)((0,external_node_path_.resolve)(cwd, options.junit), xml);
    }
    if (options.summaryMarkdown !== undefined) {
        const path = (0,external_node_path_.resolve)(cwd, options.summaryMarkdown);
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
        (0,external_node_fs_.appendFileSync)(path, renderMergeSummary({ report, inputs, problems }));
    }
    if (options.timings !== undefined) {
        warnings.push(...(0,timings/* updateTimings */.h1)((0,external_node_path_.resolve)(cwd, options.timings), report.units).warnings);
    }
    return { report, inputs, problems, warnings };
}
/** Files named or matched, deduplicated and sorted; an input matching nothing is an error. */
async function resolveInputs(option, inputs, cwd) {
    if (inputs.length === 0) {
        throw new errors/* UsageError */.eb(`${option}: expected report files or globs, got none`);
    }
    const found = new Set();
    for (const input of inputs) {
        const literal = (0,external_node_path_.resolve)(cwd, input);
        if (isFile(literal)) {
            found.add(literal);
            continue;
        }
        const matches = await (0,dist.glob)([input], {
            cwd,
            absolute: true,
            onlyFiles: true,
            expandDirectories: false,
        });
        if (matches.length === 0) {
            throw new errors/* UsageError */.eb(`${option}: expected a file or a glob matching files, got ${JSON.stringify(input)} (nothing under ${cwd})`);
        }
        for (const match of matches)
            found.add((0,external_node_path_.resolve)(match));
    }
    return [...found].sort();
}
async function readJUnitInputs(inputs, cwd) {
    const files = await resolveInputs('junit inputs', inputs, cwd);
    return files.map((path) => {
        const text = (0,read_bounded/* readBounded */.C)(path, REPORT_MAX_BYTES);
        if (text.kind !== 'text') {
            throw new errors/* UsageError */.eb(`junit ${path}: ${text.kind === 'missing' ? 'no such file' : text.why}`);
        }
        return { xml: text.content, source: (0,external_node_path_.relative)(cwd, path) || path };
    });
}
function isFile(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 4630:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ escapeHtml)
/* harmony export */ });
// The one HTML escape: text (a unit's id, message or log) as element content or a quoted attribute value.
const ENTITY = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => ENTITY[c]);
}


/***/ }),

/***/ 7852:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ cleanupCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var _state_lock_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(724);
/* harmony import */ var _cleanup_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9348);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_cleanup_js__WEBPACK_IMPORTED_MODULE_2__]);
_cleanup_js__WEBPACK_IMPORTED_MODULE_2__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
// `testwarden cleanup`: the state dir's lock first, so no run starts (or goes on) in the folder while its leftovers are killed and removed.



/**
 * Takes the lock a run holds for its whole life. Held by a live run (or another cleanup): refused
 * with `runnerAlive`, nothing read or touched, unless `force`: then the cleanup goes ahead
 * without the lock and kills what that live run started (each target still checked for its
 * proof), which ends the run's units under it. A state dir that does not exist has nothing to
 * clean up and is not created.
 */
async function cleanupCommand(stateDir, options = {}) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(stateDir))
        return { processes: [], containers: [], ignored: [], warnings: [] };
    const held = await (0,_state_lock_js__WEBPACK_IMPORTED_MODULE_1__/* .lockStateDir */ .S)(stateDir);
    if (!held.locked) {
        const holder = held.pid ? ` (pid ${held.pid})` : '';
        if (!options.force)
            return {
                processes: [],
                containers: [],
                ignored: [],
                warnings: [`another testwarden process${holder} holds the state dir; nothing was done`],
                runnerAlive: { pid: held.pid },
            };
        const report = await (0,_cleanup_js__WEBPACK_IMPORTED_MODULE_2__/* .cleanupStateDir */ .D)(stateDir, options);
        report.warnings.unshift(`another testwarden process${holder} holds the state dir; --force cleaned up under it`);
        return report;
    }
    try {
        return await (0,_cleanup_js__WEBPACK_IMPORTED_MODULE_2__/* .cleanupStateDir */ .D)(stateDir, options);
    }
    finally {
        await held.lock.release();
    }
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ })

};
