export const id = 809;
export const ids = [809];
export const modules = {

/***/ 12050:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X: () => (/* binding */ ActionsReporter)
});

// EXTERNAL MODULE: ./lib/core/format.js
var format = __webpack_require__(25888);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./lib/core/report/failure.js
var failure = __webpack_require__(52236);
// EXTERNAL MODULE: ./lib/core/text/control-chars.js
var control_chars = __webpack_require__(80006);
;// CONCATENATED MODULE: ./lib/core/report/progress.js



class RunProgress {
    #total = 0;
    #done = 0;
    #failed = 0;
    #jobs = 1;
    #running = new Map();
    #waiting = new Set();
    #estimates = new Map();
    #finishedMs = 0;
    start(queued, jobs, estimates) {
        this.#total = queued.length;
        this.#jobs = Math.max(1, jobs);
        this.#estimates = estimates ?? new Map();
        for (const unit of queued)
            this.#waiting.add(unit.id);
    }
    unitStarted(id, at = Date.now()) {
        if (this.#running.has(id))
            return; // a retry keeps the unit's first start
        this.#waiting.delete(id);
        this.#running.set(id, at);
    }
    unitEnded(result) {
        this.#running.delete(result.id);
        this.#waiting.delete(result.id);
        this.#done++;
        this.#finishedMs += result.durationMs;
        if ((0,failure/* isFailure */.N)(result))
            this.#failed++;
    }
    snapshot(now = Date.now()) {
        const running = [...this.#running]
            .map(([id, since]) => ({ id, elapsedMs: Math.max(0, now - since) }))
            .sort((a, b) => b.elapsedMs - a.elapsedMs);
        return {
            done: this.#done,
            total: this.#total,
            failed: this.#failed,
            running,
            etaMs: this.#eta(running),
        };
    }
    /** The work left (estimates of waiting units, what is left of running ones) spread over the lanes. */
    #eta(running) {
        const known = [...this.#estimates.values()];
        const typical = known.length > 0
            ? known.reduce((a, b) => a + b, 0) / known.length
            : this.#done > 0
                ? this.#finishedMs / this.#done
                : undefined;
        if (typical === undefined)
            return undefined;
        let work = 0;
        for (const id of this.#waiting)
            work += this.#estimates.get(id) ?? typical;
        let longestLeft = 0;
        for (const { id, elapsedMs } of running) {
            const left = Math.max(0, (this.#estimates.get(id) ?? typical) - elapsedMs);
            work += left;
            longestLeft = Math.max(longestLeft, left);
        }
        // Never less than the unit that will run longest: lanes cannot share one unit.
        return Math.max(longestLeft, work / this.#jobs);
    }
}
/** `3/10 done, 1 failed; running: a.test.js 1m02s, b.test.js 12s; about 2m10s left` */
function statusLine(s) {
    const parts = [`${s.done}/${s.total} done`];
    if (s.failed > 0)
        parts[0] += `, ${s.failed} failed`;
    if (s.running.length > 0) {
        parts.push(`running: ${s.running.map((r) => `${(0,control_chars/* plainLine */.h)(r.id)} ${(0,format/* formatDuration */.a3)(r.elapsedMs)}`).join(', ')}`);
    }
    if (s.etaMs !== undefined && s.done < s.total)
        parts.push(`about ${(0,format/* formatDuration */.a3)(s.etaMs)} left`);
    return parts.join('; ');
}

// EXTERNAL MODULE: ./lib/core/text/workflow-command.js
var workflow_command = __webpack_require__(45370);
// EXTERNAL MODULE: ./lib/action/input-terms.js
var input_terms = __webpack_require__(61864);
// EXTERNAL MODULE: ./lib/action/log-text.js
var log_text = __webpack_require__(13246);
;// CONCATENATED MODULE: ./lib/action/actions-reporter.js
// The run as the Actions log shows it: a line per unit, a collapsed group with the output of each failed unit, notices as info or warnings.







/** How many lines of a failed unit's log go into its group. */
const GROUP_LINES = 200;
const MARK = {
    passed: '✓',
    failed: '✗',
    'timed-out': '⏱',
    'resource-exceeded': '✗',
    interrupted: '■',
    skipped: '-',
};
class ActionsReporter {
    progressIntervalMs;
    report;
    #progress = new RunProgress();
    #timer;
    /** `progressIntervalMs`: a progress line this often naming the running units (null: none). */
    constructor(progressIntervalMs = null) {
        this.progressIntervalMs = progressIntervalMs;
    }
    onRunStart(run) {
        this.#progress.start(run.queued, run.jobs, run.estimates);
        if (this.progressIntervalMs) {
            this.#timer = setInterval(() => (0,core/* info */.pq)(`progress: ${statusLine(this.#progress.snapshot())}`), this.progressIntervalMs);
            this.#timer.unref();
        }
        const fromCheckpoint = run.units.length - run.toRun;
        const resumed = fromCheckpoint > 0 ? ` (${fromCheckpoint} done in the checkpoint)` : '';
        (0,core/* info */.pq)(`testwarden: ${run.toRun} of ${run.units.length} units to run${resumed}, ${run.jobs} at a time (run ${run.runId}); state dir ${run.stateDir}`);
        if (run.trackingRecord)
            (0,core/* info */.pq)(`tracking: ${run.trackingRecord.description}`);
    }
    onUnitStart(unit) {
        this.#progress.unitStarted(unit.id);
    }
    /** As cargo-nextest prints it: `SLOW [> 1m00s] unit`. */
    onUnitSlow(unit, overMs) {
        (0,core/* info */.pq)((0,workflow_command/* inertLine */.F)(`SLOW [> ${(0,format/* formatDuration */.a3)(overMs)}] ${unit.id}`));
    }
    onTestSlow(_unitId, test, overMs) {
        const name = test.titles.join(' > ') || test.file;
        (0,core/* info */.pq)((0,workflow_command/* inertLine */.F)(`SLOW [> ${(0,format/* formatDuration */.a3)(overMs)}] ${name} (${test.file})`));
    }
    onAttemptEnd(result, willRetry) {
        if (!willRetry)
            return;
        (0,core/* info */.pq)((0,workflow_command/* inertLine */.F)(`↻ ${result.unit.id}: attempt ${result.attempt} ${result.end.outcome}; retrying`));
    }
    onUnitEnd(result, progress) {
        this.#progress.unitEnded(result);
        const flaky = result.flaky ? ' (flaky: passed after failing)' : '';
        const why = result.message ? `: ${result.message}` : '';
        const leaks = result.leaked.length > 0 ? `; ${result.leaked.length} leaked` : '';
        // The id and the message are the unit's text: one inert line, whatever they hold.
        const line = (0,workflow_command/* inertLine */.F)(`${MARK[result.outcome]} ${result.id}${why}${flaky}${leaks} (${(0,format/* formatDuration */.a3)(result.durationMs)}) [${progress.done}/${progress.total}]`);
        if (!(0,failure/* isFailure */.N)(result)) {
            (0,core/* info */.pq)(line);
            return;
        }
        (0,core/* startGroup */.Oh)(line);
        const lines = (0,log_text/* logTail */.R)(result.log, GROUP_LINES);
        if (lines.length === 0)
            (0,core/* info */.pq)('(no output)');
        for (const text of (0,workflow_command/* inertBlock */.W)(lines))
            (0,core/* info */.pq)(text);
        (0,core/* endGroup */.N4)();
    }
    onStopRequested(reason, immediate) {
        if (immediate)
            (0,core/* info */.pq)(`testwarden: stopping at once (${reason} again): SIGKILL without grace`);
        else if (reason === 'fail-fast')
            (0,core/* info */.pq)('testwarden: failure limit reached; no new unit starts');
        else if (reason === 'runner-stuck')
            (0,core/* info */.pq)('testwarden: stopping (runner-stuck): the watchdog got no heartbeat for heartbeat-timeout; ending running units, then saving the checkpoint');
        else if (reason === 'state-dir-unwritable')
            (0,core/* info */.pq)('testwarden: stopping (state-dir-unwritable): the state dir can no longer be written; ending running units and what they started');
        else
            (0,core/* info */.pq)(`testwarden: stopping (${reason}): ending running units, then saving the checkpoint`);
    }
    onNotice(level, message) {
        // The core names its options as CLI flags; here they are inputs.
        const text = (0,workflow_command/* inertLine */.F)((0,input_terms/* inInputTerms */.P)(message));
        if (level === 'warning')
            (0,core/* warning */.$e)(text);
        else
            (0,core/* info */.pq)(text);
    }
    /** Stops the progress timer (also when the run ends in an error). */
    close() {
        clearInterval(this.#timer);
    }
    onRunEnd(report) {
        this.close();
        this.report = report;
    }
}


/***/ }),

/***/ 69661:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E: () => (/* binding */ annotateRun)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./lib/core/report/failure.js
var failure = __webpack_require__(52236);
// EXTERNAL MODULE: ./lib/core/report/failed-tests.js
var failed_tests = __webpack_require__(90021);
// EXTERNAL MODULE: ./lib/core/text/workflow-command.js
var workflow_command = __webpack_require__(45370);
// EXTERNAL MODULE: ./lib/action/constants.js
var constants = __webpack_require__(33895);
// EXTERNAL MODULE: ./lib/action/log-text.js
var log_text = __webpack_require__(13246);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./lib/action/unit-location.js
// Where a unit lives for GitHub: its path relative to the workspace (annotations attach there), when the unit is a file.


/** The unit's file relative to the workspace with `/`, or undefined (a package name, a folder, outside the workspace). */
function unitFile(unitId, cwd, workspace) {
    const path = (0,external_node_path_.resolve)(cwd, unitId);
    const rel = (0,external_node_path_.relative)(workspace, path);
    if (rel === '' || rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel))
        return undefined;
    try {
        if (!(0,external_node_fs_.existsSync)(path) || !(0,external_node_fs_.statSync)(path).isFile())
            return undefined;
    }
    catch {
        return undefined;
    }
    return rel.split(external_node_path_.sep).join('/');
}

;// CONCATENATED MODULE: ./lib/action/annotations.js
// Annotations of a run: an error per failed test of a preset unit on the line where it failed, else per failed unit pointing at its file (at most 10 errors), a warning per unit that leaked.







/** Lines of the log quoted in an error annotation. */
const QUOTED_LINES = 10;
function annotateRun(report, context) {
    const where = (u) => {
        const file = unitFile(u.id, context.cwd, context.workspace);
        // A path the runner could read a command in is not pointed at: the annotation still says it.
        return file && (0,workflow_command/* inertLine */.F)(file) === file ? { file } : {};
    };
    const failed = report.units.filter((u) => (0,failure/* isFailure */.N)(u) && !u.fromCheckpoint);
    // A preset unit's failed tests each get an error on the line where they failed.
    const tests = failed.flatMap((u) => (0,failed_tests/* failedTests */.T)(u));
    for (const t of tests.slice(0, constants/* MAX_ANNOTATIONS */.KE)) {
        const file = unitFile(t.file, context.cwd, context.workspace);
        const pointed = file !== undefined && (0,workflow_command/* inertLine */.F)(file) === file;
        const at = pointed
            ? { file, ...(t.line !== undefined ? { startLine: t.line } : {}) }
            : {};
        const head = `${t.name}${pointed ? '' : ` (${(0,failed_tests/* failedTestPlace */.j)(t)})`}`;
        (0,core/* error */.z3)([head, ...t.message].map(workflow_command/* inertLine */.F).join('\n'), {
            title: (0,workflow_command/* inertLine */.F)(`${t.kind === 'unfinished' ? 'unfinished' : 'failed'}: ${t.name}`),
            ...at,
        });
    }
    const byUnit = failed.filter((u) => (0,failed_tests/* failedTests */.T)(u).length === 0);
    for (const u of byUnit.slice(0, Math.max(0, constants/* MAX_ANNOTATIONS */.KE - tests.length))) {
        const tail = (0,log_text/* logTail */.R)(u.log, QUOTED_LINES);
        // The toolkit escapes newlines; each line is made inert too (`##[` counts anywhere in a line).
        const message = [`${u.id}: ${u.message ?? u.outcome}`, ...tail].map(workflow_command/* inertLine */.F).join('\n');
        (0,core/* error */.z3)(message, { title: (0,workflow_command/* inertLine */.F)(`${u.id} ${u.outcome}`), ...where(u) });
    }
    const leaky = report.units.filter((u) => u.leaked.length > 0);
    for (const u of leaky.slice(0, constants/* MAX_ANNOTATIONS */.KE)) {
        const what = u.leaked.map((l) => l.kind === 'process'
            ? `process ${l.pid} (${l.command}): ${l.action}`
            : `container ${l.name || l.id}: ${l.action}`);
        const head = `${u.id} left ${u.leaked.length} running after it ended:`;
        (0,core/* warning */.$e)([head, ...what].map(workflow_command/* inertLine */.F).join('\n'), {
            title: (0,workflow_command/* inertLine */.F)(`${u.id} leaked`),
            ...where(u),
        });
    }
}


/***/ }),

/***/ 34121:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WV: () => (/* binding */ CacheCalls),
  fW: () => (/* binding */ cacheBlockedReason),
  gJ: () => (/* binding */ errorMessage),
  Fi: () => (/* binding */ restoreFailure)
});

// EXTERNAL MODULE: ./node_modules/@actions/cache/lib/cache.js + 305 modules
var cache = __webpack_require__(1388);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./lib/action/toolkit-messages.js
// Overhears what @actions/core prints while a toolkit call runs, because @actions/cache reports a failed restore or save only there (its results look the same as a miss or a taken key).

const listeners = new Set();
let original;
let installed;
/**
 * Starts collecting the messages written to stdout until `stop()`; output still reaches stdout
 * unchanged. Anything written meanwhile is collected, so a message may come from elsewhere in the
 * program: use the messages to explain an outcome, and to decide one only where the call's result
 * cannot (a restore that failed returns what a miss returns).
 */
function captureToolkitMessages() {
    const messages = [];
    let partial = '';
    const listener = (chunk) => {
        const lines = (partial + chunk).split(/\r?\n/);
        partial = lines.pop() ?? '';
        for (const line of lines) {
            const message = parseLine(line);
            if (message)
                messages.push(message);
        }
    };
    listeners.add(listener);
    install();
    return {
        messages,
        stop: () => {
            if (!listeners.delete(listener))
                return;
            const last = parseLine(partial);
            if (last)
                messages.push(last);
            uninstall();
        },
    };
}
function install() {
    if (installed)
        return;
    original = process.stdout.write;
    const forward = original;
    installed = function (chunk, ...rest) {
        if (typeof chunk === 'string' || chunk instanceof Uint8Array) {
            const text = typeof chunk === 'string' ? chunk : external_node_buffer_.Buffer.from(chunk).toString('utf8');
            for (const listener of listeners)
                listener(text);
        }
        return forward.call(this, chunk, ...rest);
    };
    process.stdout.write = installed;
}
function uninstall() {
    // Put the original back only if nobody wrapped stdout after us; otherwise stay as a pass-through.
    if (listeners.size > 0 || !installed || process.stdout.write !== installed)
        return;
    process.stdout.write = original;
    installed = undefined;
    original = undefined;
}
const COMMAND = /^::(debug|warning|error|notice)(?: [^:]*)?::(.*)$/;
function parseLine(line) {
    if (line.trim() === '')
        return undefined;
    const command = COMMAND.exec(line);
    if (!command) {
        // Any other workflow command (add-mask, group...) is not a message.
        return line.startsWith('::') ? undefined : { level: 'info', text: line };
    }
    const level = command[1] === 'notice' ? 'info' : command[1];
    return { level, text: toolkit_messages_unescape(command[2] ?? '') };
}
function toolkit_messages_unescape(text) {
    return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

;// CONCATENATED MODULE: ./lib/action/cache-call.js
// One @actions/cache call with a deadline and the client's own account of it, and whether the cache may be used at all: shared by the checkpoint sync and the durations history.


/**
 * Runs @actions/cache calls with a deadline. The client retries a 5xx answer for about 30 s and
 * cannot be cancelled: past the deadline a call is given up on, and `idle()` still waits for it.
 */
class CacheCalls {
    timeoutMs;
    running = new Set();
    constructor(timeoutMs) {
        this.timeoutMs = timeoutMs;
    }
    /** Runs one call, collecting what the toolkit prints meanwhile. */
    async call(run) {
        const capture = captureToolkitMessages();
        const settled = (async () => run())().then((value) => ({ kind: 'returned', value }), (error) => ({ kind: 'threw', error }));
        const tracked = settled.then(() => undefined);
        this.running.add(tracked);
        void tracked.then(() => this.running.delete(tracked));
        let timer;
        const deadline = new Promise((resolve) => {
            timer = setTimeout(() => resolve({ kind: 'timed-out' }), this.timeoutMs);
        });
        try {
            const outcome = await Promise.race([settled, deadline]);
            return { ...outcome, messages: [...capture.messages] };
        }
        finally {
            clearTimeout(timer);
            capture.stop();
        }
    }
    /** Resolves once every call started here has returned, including calls given up on. */
    async idle() {
        while (this.running.size > 0)
            await Promise.all([...this.running]);
    }
    /** Why a call did not do its job, in the client's words where it said anything. */
    explain(result) {
        const said = clientMessages(result.messages);
        switch (result.kind) {
            case 'timed-out':
                return `no answer from the cache service within ${this.timeoutMs} ms${said ? ` (${said})` : ''}`;
            case 'threw':
                return errorMessage(result.error);
            case 'returned':
                return `the cache service did not take it${said ? ` (${said})` : ''}`;
        }
    }
}
/** A failed restore returns undefined like a miss; only the client's message tells them apart. */
function restoreFailure(messages) {
    const failure = messages.find((m) => m.level !== 'info' && m.text.startsWith('Failed to restore'));
    return failure ? firstLine(failure.text) : undefined;
}
/** Why the cache cannot be used in this direction, or undefined when it can. */
function cacheBlockedReason(direction) {
    // Read as @actions/cache 6.3.0 reads it (internal/config.js), which skips the call by itself but
    // with a result that looks like a miss or a taken key; checking first gives a clear reason.
    const mode = (process.env['ACTIONS_CACHE_MODE'] ?? '').trim().toLowerCase();
    if (mode === 'none')
        return 'ACTIONS_CACHE_MODE is "none"';
    if (direction === 'save' && mode === 'read')
        return 'ACTIONS_CACHE_MODE is "read"';
    if (direction === 'restore' && mode === 'write-only') {
        return 'ACTIONS_CACHE_MODE is "write-only"';
    }
    try {
        if (!(0,cache/* isFeatureAvailable */.w3)()) {
            return 'the Actions cache service is not available to this job (no ACTIONS_RESULTS_URL)';
        }
    }
    catch (error) {
        return `the Actions cache service is not available to this job (${errorMessage(error)})`;
    }
    return undefined;
}
/** The client's own account of a failure: its warnings and errors and any "failed" line, newest last. */
function clientMessages(messages) {
    const lines = messages
        .filter((m) => m.level === 'warning' || m.level === 'error' || /fail/i.test(m.text))
        .map((m) => firstLine(m.text));
    return [...new Set(lines)].slice(-3).join('; ').slice(0, 600);
}
function firstLine(text) {
    return text.split(/\r?\n/, 1)[0] ?? '';
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 32485:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b: () => (/* binding */ ActionsCacheCheckpointSync)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./node_modules/@actions/cache/lib/cache.js + 305 modules
var cache = __webpack_require__(1388);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/action/checkpoint-cache-key.js
var checkpoint_cache_key = __webpack_require__(67363);
;// CONCATENATED MODULE: ./lib/action/cache-sync-state.js
// The Actions-cache sync's record in the state dir, shared by main and post: the save counter (no key is tried twice) and the hash of the last upload (post does not upload it again).


/** The stored record if it belongs to this run and attempt; a fresh one otherwise (missing, corrupt, older attempt). */
async function loadCacheSyncState(file, run) {
    const fresh = { runId: run.runId, runAttempt: run.runAttempt, seq: 0 };
    let raw;
    try {
        raw = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch {
        return fresh;
    }
    const s = raw;
    if (s?.runId !== fresh.runId || s.runAttempt !== fresh.runAttempt)
        return fresh;
    if (typeof s.seq !== 'number' || !Number.isSafeInteger(s.seq) || s.seq < 0)
        return fresh;
    return {
        ...fresh,
        seq: s.seq,
        ...(typeof s.savedHash === 'string' ? { savedHash: s.savedHash } : {}),
        ...(typeof s.savedKey === 'string' ? { savedKey: s.savedKey } : {}),
    };
}
async function storeCacheSyncState(file, state) {
    await writeAtomically(file, JSON.stringify(state));
}
/** Temp file and rename: a reader (or a kill) never sees half a file. */
async function writeAtomically(file, content) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(file), { recursive: true });
    const temporary = `${file}.tmp-${process.pid}`;
    await (0,promises_.writeFile)(temporary, content);
    await (0,promises_.rename)(temporary, file);
}

// EXTERNAL MODULE: ./lib/action/cache-call.js + 1 modules
var cache_call = __webpack_require__(34121);
;// CONCATENATED MODULE: ./lib/action/cache-checkpoint-sync.js
// Keeps the run's checkpoint in the Actions cache (docs/action.md): a new key per save, throttled, and on a re-run the newest checkpoint of the same run comes back; service trouble is a warning, never an exception.
//
// Why the checkpoint is copied, and why its cache path is relative:
// - The cache "version" hashes the `paths` strings (plus the compression method), so save and
//   restore pass the same one-element array, and it must not depend on where the checkout lives.
// - Saves upload a snapshot, `<state dir>/actions-cache/checkpoint.json`: the bytes hashed for the
//   "unchanged" check are the bytes archived, even if the core replaces the checkpoint meanwhile,
//   and the archived name does not depend on what the core calls its file.
// - The path is given relative to the current directory. @actions/glob resolves it from
//   process.cwd(); tar stores and extracts it relative to GITHUB_WORKSPACE. A JavaScript action runs
//   with both equal to the workspace, so a re-run on another machine (another RUNNER_TEMP, another
//   work folder on a self-hosted runner) computes the same version and extracts to the same place.
//   An absolute path would put the checkout location into the version and miss there.
// - `<state dir>/actions-cache/sync-state.json` (not archived; cache-sync-state.ts) carries the save
//   counter and the hash of the last upload from main to post: post neither reuses a key nor
//   uploads again what main saved.









class ActionsCacheCheckpointSync {
    options;
    /** Every save of this run, any attempt, has a key starting with this. */
    restorePrefix;
    keys;
    snapshotFile;
    stateFile;
    throttleMs;
    calls;
    now;
    log;
    warned = new Set();
    queue = Promise.resolve();
    lastUploadAt;
    constructor(options) {
        this.options = options;
        if (!(0,external_node_path_.isAbsolute)(options.stateDir))
            throw (0,errors/* invalidOption */.J0)('stateDir', 'an absolute path', options.stateDir);
        if (!(0,external_node_path_.isAbsolute)(options.checkpointFile)) {
            throw (0,errors/* invalidOption */.J0)('checkpointFile', 'an absolute path', options.checkpointFile);
        }
        this.throttleMs = options.throttleMs ?? 60_000;
        if (!Number.isSafeInteger(this.throttleMs) || this.throttleMs < 0) {
            throw (0,errors/* invalidOption */.J0)('throttleMs', 'a whole number of milliseconds >= 0', options.throttleMs);
        }
        const timeoutMs = options.timeoutMs ?? 30_000;
        if (!Number.isSafeInteger(timeoutMs) || timeoutMs <= 0) {
            throw (0,errors/* invalidOption */.J0)('timeoutMs', 'a whole number of milliseconds > 0', options.timeoutMs);
        }
        this.calls = new cache_call/* CacheCalls */.WV(timeoutMs);
        this.keys = (0,checkpoint_cache_key/* checkpointCacheKeys */.H)(options);
        this.restorePrefix = this.keys.restorePrefix;
        this.snapshotFile = (0,external_node_path_.join)(options.stateDir, 'actions-cache', 'checkpoint.json');
        this.stateFile = (0,external_node_path_.join)(options.stateDir, 'actions-cache', 'sync-state.json');
        this.now = options.now ?? Date.now;
        this.log = options.log ?? { info: core/* info */.pq, warning: core/* warning */.$e };
    }
    /** Overwrites the local checkpoint file with the newest one of this run, if any. Never throws. */
    restore() {
        return this.serialized(() => this.restoreNow().catch((error) => this.restoreFailed(`unexpected error: ${(0,cache_call/* errorMessage */.gJ)(error)}`)));
    }
    /** Never throws: every reason for not saving is in the outcome, and a warning when it is trouble. */
    save(options) {
        return this.serialized(() => this.saveNow(options.force).catch((error) => {
            const detail = `not saved: unexpected error: ${(0,cache_call/* errorMessage */.gJ)(error)}`;
            this.warnOnce('save-failed', `Checkpoint ${detail}.`);
            return { saved: false, why: 'failed', detail };
        }));
    }
    /** Resolves once every @actions/cache call this object started has returned, including calls given up on at the deadline. */
    idle() {
        return this.calls.idle();
    }
    async restoreNow() {
        const blocked = (0,cache_call/* cacheBlockedReason */.fW)('restore');
        if (blocked)
            return this.restoreFailed(blocked);
        await (0,promises_.rm)(this.snapshotFile, { force: true });
        const prefix = this.restorePrefix;
        // The prefix as primary key and as restore key: a prefix match whether or not the service also
        // prefix-matches the primary key; newest first either way.
        const result = await this.calls.call(() => (0,cache/* restoreCache */.P3)(this.cachePaths(), prefix, [prefix]));
        if (result.kind !== 'returned')
            return this.restoreFailed(this.calls.explain(result));
        const key = result.value;
        if (key === undefined) {
            const failure = (0,cache_call/* restoreFailure */.Fi)(result.messages);
            if (failure)
                return this.restoreFailed(failure);
            return {
                restored: false,
                detail: `no checkpoint of this run in the Actions cache (prefix ${prefix})`,
            };
        }
        try {
            const content = await (0,promises_.readFile)(this.snapshotFile);
            await writeAtomically(this.options.checkpointFile, content);
            const state = await this.loadState();
            await this.storeState({ ...state, savedHash: sha256(content), savedKey: key });
        }
        catch (error) {
            return this.restoreFailed(`${key} was restored but its checkpoint could not be put in place: ${(0,cache_call/* errorMessage */.gJ)(error)}`);
        }
        this.log.info(`Checkpoint restored from the Actions cache (${key}).`);
        return { restored: true, key };
    }
    async saveNow(force) {
        const blocked = (0,cache_call/* cacheBlockedReason */.fW)('save');
        if (blocked) {
            this.warnOnce('save-blocked', `Checkpoint not saved to the Actions cache: ${blocked}.`);
            return { saved: false, why: 'unavailable', detail: `not saved: ${blocked}` };
        }
        const now = this.now();
        if (!force && this.lastUploadAt !== undefined && now - this.lastUploadAt < this.throttleMs) {
            return {
                saved: false,
                why: 'throttled',
                detail: `not saved: throttled (one upload per ${this.throttleMs} ms)`,
            };
        }
        let content;
        let state;
        try {
            content = await (0,promises_.readFile)(this.options.checkpointFile);
            state = await this.loadState();
        }
        catch (error) {
            return {
                saved: false,
                why: 'no-checkpoint',
                detail: `not saved: no readable checkpoint (${(0,cache_call/* errorMessage */.gJ)(error)})`,
            };
        }
        const hash = sha256(content);
        if (state.savedHash === hash) {
            return {
                saved: false,
                why: 'unchanged',
                ...(state.savedKey === undefined ? {} : { key: state.savedKey }),
                detail: `not saved: unchanged since ${state.savedKey ?? 'the last save'}`,
            };
        }
        this.lastUploadAt = now;
        // The counter is stored before the upload, so a key is never tried twice, even by post after a crash.
        const next = { ...state, seq: state.seq + 1 };
        const key = this.keys.saveKey(next.seq);
        try {
            await writeAtomically(this.snapshotFile, content);
            await this.storeState(next);
        }
        catch (error) {
            return this.saveFailed(key, `could not write ${this.snapshotFile} (${(0,cache_call/* errorMessage */.gJ)(error)})`);
        }
        const result = await this.calls.call(() => (0,cache/* saveCache */.Io)(this.cachePaths(), key));
        if (result.kind === 'returned' && result.value !== -1) {
            await this.storeState({ ...next, savedHash: hash, savedKey: key }).catch(() => undefined);
            this.warned.delete('save-failed');
            this.log.info(`Checkpoint saved to the Actions cache as ${key}.`);
            return { saved: true, key };
        }
        return this.saveFailed(key, this.calls.explain(result));
    }
    saveFailed(key, reason) {
        const detail = `not saved as ${key}: ${reason}`;
        this.warnOnce('save-failed', `Checkpoint ${detail}.`);
        return { saved: false, why: 'failed', key, detail };
    }
    restoreFailed(reason) {
        this.log.warning(`Checkpoint not restored from the Actions cache: ${reason}.`);
        return { restored: false, detail: `not restored: ${reason}` };
    }
    /** Later failures of the same kind are logged as info, until a success: no warning every minute. */
    warnOnce(kind, text) {
        if (this.warned.has(kind))
            this.log.info(text);
        else
            this.log.warning(text);
        this.warned.add(kind);
    }
    cachePaths() {
        const path = (0,external_node_path_.relative)(process.cwd(), this.snapshotFile);
        return [(0,external_node_path_.isAbsolute)(path) ? path : path.split(external_node_path_.sep).join('/')];
    }
    loadState() {
        const { runId, runAttempt } = this.options;
        return loadCacheSyncState(this.stateFile, { runId, runAttempt: String(runAttempt) });
    }
    storeState(state) {
        return storeCacheSyncState(this.stateFile, state);
    }
    serialized(operation) {
        const next = this.queue.then(operation, operation);
        this.queue = next.catch(() => undefined);
        return next;
    }
}
function sha256(content) {
    return (0,external_node_crypto_.createHash)('sha256').update(content).digest('hex');
}


/***/ }),

/***/ 71170:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ stopOnSignals)
/* harmony export */ });
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
/** Installs the handlers; returns a function that removes them. */
function stopOnSignals(stop, onFirst) {
    const handlers = SIGNALS.map((signal) => {
        const handler = () => {
            if (!stop.stopped)
                onFirst(signal);
            stop.request(signal, { terminate: true });
        };
        process.on(signal, handler);
        return [signal, handler];
    });
    return () => handlers.forEach(([signal, handler]) => process.off(signal, handler));
}


/***/ }),

/***/ 67363:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ checkpointCacheKeys),
/* harmony export */   x: () => (/* binding */ cacheSafeCheckpointKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
// Actions-cache keys for checkpoints (docs/action.md): one new key per save, and the prefix a re-run of the same run restores from.


const SAFE_KEY = /^[A-Za-z0-9._+=@-]{1,200}$/;
function checkpointCacheKeys(parts) {
    if (!/^[a-z0-9]{1,20}$/.test(parts.os))
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidOption */ .J0)('os (RUNNER_OS)', 'a lower-case name such as "linux"', parts.os);
    if (!/^[1-9][0-9]{0,19}$/.test(parts.runId)) {
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidOption */ .J0)('runId (GITHUB_RUN_ID)', 'a positive integer', parts.runId);
    }
    const attempt = String(parts.runAttempt);
    if (!/^[1-9][0-9]{0,5}$/.test(attempt)) {
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidOption */ .J0)('runAttempt (GITHUB_RUN_ATTEMPT)', 'a positive integer', parts.runAttempt);
    }
    const restorePrefix = `testwarden-v1-${parts.os}-${cacheSafeCheckpointKey(parts.checkpointKey)}-${parts.runId}-`;
    return { restorePrefix, saveKey: (seq) => `${restorePrefix}${attempt}-${seq}` };
}
/**
 * The checkpoint key as it appears in cache keys. Cache keys may not contain commas and are at
 * most 512 characters; the checkpoint key is free text (matrix values, shard labels). A key made
 * of letters, digits and `._+=@-` (at most 200) is used as is; any other is reduced to those
 * characters, cut to 100, and followed by a hash of the original, so two different checkpoint keys
 * (which must never restore each other's checkpoints) stay different.
 */
function cacheSafeCheckpointKey(checkpointKey) {
    if (checkpointKey === '')
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidOption */ .J0)('checkpoint-key', 'a non-empty string', checkpointKey);
    if (SAFE_KEY.test(checkpointKey))
        return checkpointKey;
    const readable = checkpointKey.replace(/[^A-Za-z0-9._+=@-]+/g, '_').slice(0, 100);
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(checkpointKey).digest('hex').slice(0, 12);
    return `${readable}-${hash}`;
}


/***/ }),

/***/ 33895:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Co: () => (/* binding */ RUNNER_CANCEL_WINDOW_MS),
/* harmony export */   KE: () => (/* binding */ MAX_ANNOTATIONS),
/* harmony export */   PI: () => (/* binding */ STATE_ROOT),
/* harmony export */   Uw: () => (/* binding */ State),
/* harmony export */   k7: () => (/* binding */ Output),
/* harmony export */   pd: () => (/* binding */ Input),
/* harmony export */   qN: () => (/* binding */ TIMINGS_CACHE_TIMEOUT_MS)
/* harmony export */ });
/* unused harmony exports POST_UPLOAD_TIMEOUT_MS, POST_CLEANUP_GRACE_MS, POST_LOCK_WAIT_MS */
// The Action's names in one place: inputs and outputs as action.yml spells them, and the state names main hands to post.
const Input = {
    preset: 'preset',
    presetArgs: 'preset-args',
    batch: 'batch',
    profile: 'profile',
    command: 'command',
    tests: 'tests',
    listCommand: 'list-command',
    shell: 'shell',
    workingDirectory: 'working-directory',
    jobs: 'jobs',
    timeout: 'timeout',
    gracePeriod: 'grace-period',
    retries: 'retries',
    failFast: 'fail-fast',
    maxFailures: 'max-failures',
    allowNoUnits: 'allow-no-units',
    resume: 'resume',
    checkpointKey: 'checkpoint-key',
    leaks: 'leaks',
    containers: 'containers',
    containerEngine: 'container-engine',
    isolation: 'isolation',
    containerImage: 'container-image',
    containerMemory: 'container-memory',
    containerCpus: 'container-cpus',
    memoryThreshold: 'memory-threshold',
    cpuThreshold: 'cpu-threshold',
    thresholdWindow: 'threshold-window',
    maxMemoryPerTest: 'max-memory-per-test',
    shard: 'shard',
    junit: 'junit',
    reportJson: 'report-json',
    reportHtml: 'report-html',
    watchdog: 'watchdog',
    heartbeatTimeout: 'heartbeat-timeout',
    slowTimeout: 'slow-timeout',
    progressInterval: 'progress-interval',
    tracking: 'tracking',
    cgroupSudo: 'cgroup-sudo',
    summary: 'summary',
    passRuntimeEnv: 'pass-runtime-env',
    timingsKey: 'timings-key',
    defaultBranch: 'default-branch',
    mergeReports: 'merge-reports',
    mergeJunit: 'merge-junit',
};
const Output = {
    status: 'status',
    exitCode: 'exit-code',
    reason: 'reason',
    resumed: 'resumed',
    units: 'units',
    passed: 'passed',
    failed: 'failed',
    timedOut: 'timed-out',
    skipped: 'skipped',
    flaky: 'flaky',
    leaked: 'leaked',
    fromCheckpoint: 'from-checkpoint',
    reportJson: 'report-json',
    junit: 'junit',
    checkpointKey: 'checkpoint-key',
};
/** Names under which main saves state for post (`core.saveState`); read only through post-state.ts. */
const State = {
    stateDir: 'state-dir',
    workingDirectory: 'working-directory',
    checkpointKey: 'checkpoint-key',
    runId: 'run-id',
    runAttempt: 'run-attempt',
    reportJson: 'report-json',
    summary: 'summary',
    checkpointSaved: 'checkpoint-saved',
    summaryWritten: 'summary-written',
};
/** Every run's state dir is under this folder of GITHUB_WORKSPACE (see docs/action.md, "State dir"). */
const STATE_ROOT = '.testwarden';
/** Deadline of one durations-history cache call: the history only balances shards, it must not hold the run up. */
const TIMINGS_CACHE_TIMEOUT_MS = 15_000;
/** How long the post step waits for one Actions-cache upload: post must finish in seconds. */
const POST_UPLOAD_TIMEOUT_MS = 20_000;
/** SIGTERM to SIGKILL for what post sweeps: the run is over, nothing should be given long. */
const POST_CLEANUP_GRACE_MS = 1_000;
/** How long post tries for the state dir's lock (a watchdog finishing its own cleanup lets go within moments). */
const POST_LOCK_WAIT_MS = 3_000;
/** The runner's window between SIGINT and SIGTERM on a cancel (actions/runner). */
const RUNNER_CANCEL_WINDOW_MS = 7_500;
/** At most this many error annotations (failed units) and as many warning annotations (leaks). */
const MAX_ANNOTATIONS = 10;


/***/ }),

/***/ 56965:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ readGitHubContext)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
// What the runner tells a step through its environment (workspace, run id and attempt, job, OS, branch), read once and checked.

function readGitHubContext(env = process.env) {
    const runId = env['GITHUB_RUN_ID']?.trim();
    const attempt = Number(env['GITHUB_RUN_ATTEMPT'] ?? '1');
    return {
        workspace: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(env['GITHUB_WORKSPACE'] || process.cwd()),
        runId: runId && /^[1-9][0-9]{0,19}$/.test(runId) ? runId : undefined,
        runAttempt: Number.isSafeInteger(attempt) && attempt >= 1 ? attempt : 1,
        job: env['GITHUB_JOB'] || 'job',
        os: (env['RUNNER_OS'] || process.platform).toLowerCase().replace(/[^a-z0-9]/g, ''),
        branch: env['GITHUB_HEAD_REF'] || env['GITHUB_REF_NAME'] || '',
        baseBranch: env['GITHUB_BASE_REF'] || '',
    };
}


/***/ }),

/***/ 61864:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ inInputTerms)
/* harmony export */ });
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33895);
// The core's messages name CLI flags (`--cwd`, `--tracking`); in the Action they are inputs.

/** The core's flags for options the Action sets by inputs of the same name, and the two that differ. */
const FLAG_TO_INPUT = new Map([
    ...Object.values(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd).map((name) => [`--${name}`, name]),
    ['--cwd', _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.workingDirectory],
    ['--state-dir', 'the state dir'],
]);
/**
 * The core's usage messages name CLI flags (`--cwd`, `--tracking`); in the Action they are inputs.
 * Quoted values (a command template with its own `--flags`) are left as they are.
 */
function inInputTerms(message) {
    return message
        .split(/("(?:[^"\\]|\\.)*")/)
        .map((part, i) => i % 2 === 1
        ? part
        : part
            .replace(/--[a-z][a-z-]*/g, (flag) => FLAG_TO_INPUT.get(flag) ?? flag)
            .replace(/^patterns /, `${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.tests} `)
            .replace(/\(pass allow-no-units /, `(set ${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.allowNoUnits}: true `))
        .join('');
}


/***/ }),

/***/ 20028:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Vf: () => (/* binding */ readBoolean),
  Ko: () => (/* binding */ readInputs),
  T9: () => (/* binding */ readOptional),
  XF: () => (/* binding */ readTimingsInputs)
});

// UNUSED EXPORTS: inputName

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./node_modules/shlex/shlex.js
var shlex = __webpack_require__(95637);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./lib/core/zod-mini.js
var zod_mini = __webpack_require__(47892);
;// CONCATENATED MODULE: ./lib/core/config/config-keys.js
/** Every key with its kind, in the order `testwarden config` prints them. */
const KINDS = {
    command: 'text',
    preset: 'text',
    batch: 'number-or-text',
    shell: 'flag',
    'list-command': 'text',
    patterns: 'list',
    cwd: 'text',
    jobs: 'number-or-text',
    timeout: 'number-or-text',
    'grace-period': 'number-or-text',
    retries: 'number-or-text',
    'fail-fast': 'flag',
    'max-failures': 'number-or-text',
    'state-dir': 'text',
    'allow-no-units': 'flag',
    leaks: 'text',
    tracking: 'text',
    'cgroup-sudo': 'flag',
    resume: 'flag',
    'memory-threshold': 'number-or-text',
    'cpu-threshold': 'number-or-text',
    'threshold-window': 'number-or-text',
    'max-memory-per-test': 'number-or-text',
    containers: 'text',
    'container-engine': 'text',
    isolation: 'text',
    'container-image': 'text',
    'container-memory': 'number-or-text',
    'container-cpus': 'number-or-text',
    shard: 'text',
    'report-json': 'text',
    junit: 'text',
    'report-html': 'text',
    'slow-timeout': 'number-or-text',
    'progress-interval': 'number-or-text',
    watchdog: 'flag',
    'heartbeat-timeout': 'number-or-text',
};
/** Each key's run option (its name in camel case) and kind. */
const CONFIG_KEYS = Object.fromEntries(Object.entries(KINDS).map(([name, kind]) => [
    name,
    { key: name.replace(/-([a-z])/g, (_, c) => c.toUpperCase()), kind },
]));
/** The keys that take true or false: on the command line `--<key>` and `--no-<key>`. */
const FLAG_KEYS = Object.keys(KINDS).filter((k) => KINDS[k] === 'flag');
/** A run option's key in the file (`gracePeriod` → `grace-period`). */
function configKeyOf(key) {
    const found = Object.keys(CONFIG_KEYS).find((k) => CONFIG_KEYS[k].key === key);
    if (found === undefined)
        throw new Error(`no config key for ${key}`);
    return found;
}
const known = true;
const complete = true;
void known;
void complete;

;// CONCATENATED MODULE: ./lib/core/config/config-file.js
// testwarden.toml: found from a folder up to the repository root, parsed with smol-toml, checked with zod; a profile's values as raw run options.





const CONFIG_FILE = 'testwarden.toml';
const DEFAULT_PROFILE = 'default';
/**
 * The nearest testwarden.toml from `start` upwards; the search stops at the folder that holds
 * `.git` (the repository root), or at the file system's root outside a repository.
 */
function findConfigFile(start) {
    let dir = (0,external_node_path_.resolve)(start);
    for (;;) {
        const candidate = (0,external_node_path_.join)(dir, CONFIG_FILE);
        if (isFile(candidate))
            return candidate;
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, '.git')))
            return undefined;
        const parent = (0,external_node_path_.dirname)(dir);
        if (parent === dir)
            return undefined;
        dir = parent;
    }
}
function isFile(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}
const KIND_SCHEMA = {
    text: zod_mini/* string */.YjP(),
    'number-or-text': zod_mini/* union */.KCZ([zod_mini/* string */.YjP(), zod_mini/* number */.aig()]),
    flag: zod_mini/* boolean */.zMY(),
    list: zod_mini/* array */.YOg(zod_mini/* string */.YjP()),
};
const KIND_FORM = {
    text: 'a string',
    'number-or-text': 'a number or a string',
    flag: 'true or false',
    list: 'a list of strings, such as ["test/**/*.test.js"]',
};
const profileSchema = zod_mini/* strictObject */.rej(Object.fromEntries(Object.entries(CONFIG_KEYS).map(([k, { kind }]) => [k, zod_mini/* optional */.lqM(KIND_SCHEMA[kind])])));
const fileSchema = zod_mini/* strictObject */.rej({ profile: zod_mini/* optional */.lqM(zod_mini/* record */.g1P(zod_mini/* string */.YjP(), profileSchema)) });
/** Reads the file and the profile asked for (over `[profile.default]`); every problem is a UsageError naming the file and the key. */
function loadProfile(path, wanted, toml) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new errors/* UsageError */.eb(`${path}: cannot be read (${error.message})`, { cause: error });
    }
    let data;
    try {
        data = toml.parse(text);
    }
    catch (error) {
        const where = error instanceof toml.TomlError ? ` at line ${error.line}, column ${error.column}` : '';
        const why = error.message.split('\n')[0];
        throw new errors/* UsageError */.eb(`${path}: expected TOML, got a syntax error${where} (${why})`, {
            cause: error,
        });
    }
    const checked = fileSchema.safeParse(data);
    if (!checked.success)
        throw new errors/* UsageError */.eb(describeIssue(path, checked.error.issues[0], data));
    const profiles = (checked.data.profile ?? {});
    const name = wanted ?? DEFAULT_PROFILE;
    if (wanted !== undefined && !(wanted in profiles)) {
        const known = Object.keys(profiles).map((p) => `"${p}"`);
        throw new errors/* UsageError */.eb(`--profile: expected a profile of ${path} (${known.length > 0 ? known.join(', ') : 'it has none'}), got ${JSON.stringify(wanted)}`);
    }
    const values = {};
    const sources = {};
    const layers = name === DEFAULT_PROFILE ? [DEFAULT_PROFILE] : [DEFAULT_PROFILE, name];
    for (const layer of layers) {
        for (const [k, value] of Object.entries(profiles[layer] ?? {})) {
            if (value === undefined)
                continue;
            const { key } = CONFIG_KEYS[k];
            const raw = typeof value === 'number' ? String(value) : value;
            // A relative cwd is the config file's folder's, wherever testwarden was started.
            values[key] =
                key === 'cwd' ? (0,external_node_path_.resolve)((0,external_node_path_.dirname)(path), raw) : raw;
            sources[key] = `[profile.${layer}]`;
        }
    }
    return { path, profile: name, sources, values };
}
function describeIssue(path, issue, data) {
    const [top, profile, key] = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
        const where = profile === undefined ? '' : ` [profile.${profile}]`;
        const allowed = profile === undefined
            ? '[profile.<name>] tables'
            : `one of ${Object.keys(CONFIG_KEYS).join(', ')}`;
        return `${path}${where}: unknown key ${issue.keys.map((k) => JSON.stringify(k)).join(', ')} (expected ${allowed})`;
    }
    if (top === 'profile' && profile !== undefined && key !== undefined && key in CONFIG_KEYS) {
        const value = data.profile?.[profile]?.[key];
        return `${path} [profile.${profile}] ${key}: expected ${KIND_FORM[CONFIG_KEYS[key].kind]}, got ${JSON.stringify(value)}`;
    }
    const where = issue.path.length > 0 ? ` ${issue.path.join('.')}` : '';
    return `${path}${where}: expected ${top === 'profile' ? 'a [profile.<name>] table' : 'only [profile.<name>] tables'} (${issue.message})`;
}

// EXTERNAL MODULE: ./lib/core/frameworks/presets/index.js + 7 modules
var presets = __webpack_require__(46310);
// EXTERNAL MODULE: ./lib/core/value-limits.js
var value_limits = __webpack_require__(98235);
// EXTERNAL MODULE: ./lib/core/plan/preset-batches.js
var preset_batches = __webpack_require__(42825);
// EXTERNAL MODULE: ./lib/core/plan/shard.js
var shard = __webpack_require__(40059);
;// CONCATENATED MODULE: ./lib/core/plan/units-of-measure.js
// Parses the duration (`500ms`, `90s`, `1m30s`, `1h`, bare seconds), size (`512M`, `2G`, bytes) and `off` option forms, and formats durations and sizes for people.

/** Units of a duration, largest first: a compound duration names each at most once, in this order. */
const DURATION_UNITS = [
    ['d', 86_400_000],
    ['h', 3_600_000],
    ['m', 60_000],
    ['s', 1000],
    ['ms', 1],
];
const DURATION_PART = /(\d+(?:\.\d+)?)(ms|d|h|m|s)/y;
const DURATION_FORM = 'a duration like 500ms, 90s, 1m30s, 10m, 1h or a number of seconds';
/**
 * Parses a duration into milliseconds; throws a UsageError naming `option`. Strict on purpose
 * (`1m banana` and `1s1m` are errors, not 60 s): a typo in a limit must not pass unnoticed.
 */
function parseDuration(option, value) {
    const text = String(value).trim();
    if (/^\d+(?:\.\d+)?$/.test(text))
        return checkedMs(option, value, Number(text) * 1000);
    let ms = 0;
    let allowed = 0;
    DURATION_PART.lastIndex = 0;
    while (DURATION_PART.lastIndex < text.length) {
        const match = DURATION_PART.exec(text);
        const unit = match ? DURATION_UNITS.findIndex(([name]) => name === match[2]) : -1;
        if (!match || unit < allowed)
            throw (0,errors/* invalidOption */.J0)(option, DURATION_FORM, value);
        ms += Number(match[1]) * DURATION_UNITS[unit][1];
        allowed = unit + 1;
    }
    if (text === '')
        throw (0,errors/* invalidOption */.J0)(option, DURATION_FORM, value);
    return checkedMs(option, value, ms);
}
function checkedMs(option, value, ms) {
    if (!Number.isFinite(ms) || ms > Number.MAX_SAFE_INTEGER)
        throw (0,errors/* invalidOption */.J0)(option, DURATION_FORM, value);
    return Math.round(ms);
}
/** Whether a value turns a limit off (`off`, any case). */
function isOff(value) {
    return String(value).trim().toLowerCase() === 'off';
}
const SIZE = /^(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib|t|tb|tib)?$/i;
const SIZE_UNIT = { b: 1, k: 2 ** 10, m: 2 ** 20, g: 2 ** 30, t: 2 ** 40 };
const SIZE_FORM = 'a size like 512M, 2G or a number of bytes';
/** Parses a size into bytes (binary units: 1M = 1 MiB); throws a UsageError naming `option`. */
function parseSize(option, value) {
    const text = String(value).trim();
    const match = SIZE.exec(text);
    if (!match)
        throw (0,errors/* invalidOption */.J0)(option, SIZE_FORM, value);
    const unit = (match[2] ?? 'b').toLowerCase()[0];
    const bytes = Math.round(Number(match[1]) * SIZE_UNIT[unit]);
    if (!Number.isFinite(bytes) || bytes <= 0)
        throw (0,errors/* invalidOption */.J0)(option, SIZE_FORM, value);
    return bytes;
}
/** Parses a whole number within bounds; throws a UsageError naming `option`. */
function parseInteger(option, value, min, max = Number.MAX_SAFE_INTEGER) {
    const text = String(value).trim();
    const expected = max === Number.MAX_SAFE_INTEGER
        ? `a whole number >= ${min}`
        : `a whole number from ${min} to ${max}`;
    if (!/^\d+$/.test(text))
        throw (0,errors/* invalidOption */.J0)(option, expected, value);
    const n = Number(text);
    if (n < min || n > max)
        throw (0,errors/* invalidOption */.J0)(option, expected, value);
    return n;
}
const PERCENT_FORM = 'a percentage above 0 and at most 100';
/** Parses a percentage (0 < p <= 100, `%` optional); throws a UsageError naming `option`. */
function parsePercent(option, value) {
    const text = String(value).trim().replace(/%$/, '');
    const n = Number(text);
    if (text === '' || !Number.isFinite(n) || n <= 0 || n > 100) {
        throw (0,errors/* invalidOption */.J0)(option, PERCENT_FORM, value);
    }
    return n;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./lib/core/monitor/cgroup-memory.js
var cgroup_memory = __webpack_require__(37294);
// EXTERNAL MODULE: ./lib/core/monitor/read-kernel-file.js
var read_kernel_file = __webpack_require__(43519);
;// CONCATENATED MODULE: ./lib/core/plan/usable-cores.js
// How many units `--jobs auto` runs: the cores this process may use (its CPU affinity), lowered to a cgroup's CPU quota (a container's --cpus, a systemd CPUQuota) when one is tighter.




function usableCores(fsRoot = '') {
    const quota = cgroupCpuQuota(fsRoot);
    const cores = (0,external_node_os_.availableParallelism)();
    // A quota of 1.5 CPUs runs one unit at full speed, not two at three quarters.
    return Math.max(1, Math.min(cores, quota === undefined ? cores : Math.floor(quota)));
}
/** The smallest CPU quota (in CPUs) of our cgroup and its ancestors, or undefined when none is set. */
function cgroupCpuQuota(fsRoot = '') {
    const mountinfo = (0,read_kernel_file/* readKernelFile */.w2)(`${fsRoot}/proc/self/mountinfo`);
    const cgroupText = (0,read_kernel_file/* readKernelFile */.w2)(`${fsRoot}/proc/self/cgroup`);
    if (mountinfo === undefined || cgroupText === undefined)
        return undefined;
    const mounts = (0,cgroup_memory/* parseMountinfo */.b7)(mountinfo);
    const paths = (0,cgroup_memory/* parseProcCgroup */.Ku)(cgroupText);
    let smallest;
    const consider = (cpus) => {
        if (cpus !== undefined && cpus > 0 && (smallest === undefined || cpus < smallest))
            smallest = cpus;
    };
    const v2Path = paths.get('');
    const v2Mount = mounts.find((m) => m.fstype === 'cgroup2');
    if (v2Path !== undefined && v2Mount) {
        for (const dir of upTo(fsRoot + (0,cgroup_memory/* dirUnder */.oe)(v2Mount, v2Path), fsRoot + v2Mount.point))
            consider(v2Quota((0,read_kernel_file/* readKernelFile */.w2)((0,external_node_path_.join)(dir, 'cpu.max'))));
    }
    const v1Mount = mounts.find((m) => m.fstype === 'cgroup' && m.superOptions.includes('cpu'));
    const v1Path = [...paths].find(([controllers]) => controllers.split(',').includes('cpu'))?.[1];
    if (v1Mount && v1Path !== undefined) {
        for (const dir of upTo(fsRoot + (0,cgroup_memory/* dirUnder */.oe)(v1Mount, v1Path), fsRoot + v1Mount.point)) {
            const quota = Number((0,read_kernel_file/* readKernelFile */.w2)((0,external_node_path_.join)(dir, 'cpu.cfs_quota_us'))?.trim());
            const period = Number((0,read_kernel_file/* readKernelFile */.w2)((0,external_node_path_.join)(dir, 'cpu.cfs_period_us'))?.trim());
            if (quota > 0 && period > 0)
                consider(quota / period);
        }
    }
    return smallest;
}
/** `cpu.max` holds `max 100000` (no quota) or `150000 100000` (1.5 CPUs). */
function v2Quota(text) {
    const [quota, period] = (text ?? '').trim().split(/\s+/);
    const q = Number(quota);
    const p = Number(period);
    return quota !== 'max' && q > 0 && p > 0 ? q / p : undefined;
}
function* upTo(dir, top) {
    for (let d = dir;; d = (0,external_node_path_.dirname)(d)) {
        yield d;
        if (d === top || d.length <= top.length || d === (0,external_node_path_.dirname)(d))
            return;
    }
}

;// CONCATENATED MODULE: ./lib/core/plan/run-options.js
// Validates raw option values (CLI flags or Action inputs, all strings) once, into the core's run options; errors name the option as the user wrote it.







const cliName = (key) => key === 'patterns' ? 'patterns' : `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
function oneOf(name, value, allowed) {
    if (allowed.includes(value))
        return value;
    throw (0,errors/* invalidOption */.J0)(name, `one of ${allowed.join(', ')}`, value);
}
/** Every check that needs no file system; the rest happens in planRun before anything runs. */
function parseRunOptions(raw, name = cliName) {
    if (raw.preset !== undefined)
        return parsePresetOptions(raw, name);
    if (raw.batch !== undefined) {
        throw new errors/* UsageError */.eb(`${name('batch')}: only used with ${name('preset')} (without one every file is a unit already), got ${JSON.stringify(raw.batch)}`);
    }
    if (raw.command === undefined || raw.command.trim() === '') {
        throw new errors/* UsageError */.eb(`${name('command')}: expected a command template such as "node --test {file}", got none`);
    }
    const patterns = (raw.patterns ?? []).map((p) => p.trim()).filter((p) => p !== '');
    if (raw.listCommand !== undefined && patterns.length > 0) {
        throw new errors/* UsageError */.eb(`${name('listCommand')}: expected either patterns or a list command, got both (patterns ${JSON.stringify(patterns)})`);
    }
    if (raw.failFast && raw.maxFailures !== undefined) {
        throw new errors/* UsageError */.eb(`${name('failFast')}: expected either it or ${name('maxFailures')}, got both`);
    }
    const options = {
        cwd: raw.cwd ?? '.',
        patterns,
        command: raw.command,
        shell: raw.shell ?? false,
        jobs: raw.jobs === undefined ? 1 : parseJobs(name('jobs'), raw.jobs),
        timeoutMs: raw.timeout === undefined ? undefined : timeout(name('timeout'), raw.timeout),
        gracePeriodMs: raw.gracePeriod === undefined
            ? undefined
            : parseDuration(name('gracePeriod'), raw.gracePeriod),
        retries: raw.retries === undefined ? 0 : parseInteger(name('retries'), raw.retries, 0, value_limits/* MAX_RETRIES */.kd),
        allowNoUnits: raw.allowNoUnits ?? false,
        leaks: raw.leaks === undefined
            ? undefined
            : oneOf(name('leaks'), raw.leaks, ['kill', 'fail', 'warn']),
        tracking: raw.tracking === undefined
            ? undefined
            : oneOf(name('tracking'), raw.tracking, ['auto', 'cgroup', 'process']),
    };
    if (raw.listCommand !== undefined)
        options.listCommand = raw.listCommand;
    if (raw.cgroupSudo)
        options.cgroupSudo = true;
    if (raw.resume)
        options.resume = true;
    if (raw.shard !== undefined)
        options.shard = (0,shard/* parseShard */.uK)(raw.shard, name('shard'));
    if (raw.isolation !== undefined)
        options.isolation = oneOf(name('isolation'), raw.isolation, ['process', 'container']);
    if (raw.containerImage !== undefined)
        options.containerImage = nonEmpty(name('containerImage'), raw.containerImage);
    if (raw.containerMemory !== undefined) {
        parseSize(name('containerMemory'), raw.containerMemory);
        options.containerMemory = raw.containerMemory;
    }
    if (raw.containerCpus !== undefined) {
        const cpus = Number(raw.containerCpus);
        if (!/^\d+(\.\d+)?$/.test(raw.containerCpus.trim()) || !(cpus > 0)) {
            throw (0,errors/* invalidOption */.J0)(name('containerCpus'), 'a number of CPUs above zero, such as 1.5', raw.containerCpus);
        }
        options.containerCpus = raw.containerCpus.trim();
    }
    options.watchdog = raw.watchdog ?? true;
    if (raw.slowTimeout !== undefined)
        options.slowTimeoutMs = periodOrOff(name('slowTimeout'), raw.slowTimeout);
    if (raw.progressInterval !== undefined)
        options.progressIntervalMs = periodOrOff(name('progressInterval'), raw.progressInterval);
    if (raw.heartbeatTimeout !== undefined)
        options.heartbeatTimeoutMs = heartbeatTimeout(name('heartbeatTimeout'), raw.heartbeatTimeout);
    if (raw.memoryThreshold !== undefined)
        options.memoryThresholdPercent = percentOrOff(name('memoryThreshold'), raw.memoryThreshold);
    if (raw.cpuThreshold !== undefined) {
        const cpu = percentOrOff(name('cpuThreshold'), raw.cpuThreshold);
        if (cpu !== null)
            options.cpuThresholdPercent = cpu;
    }
    if (raw.thresholdWindow !== undefined)
        options.thresholdWindowMs = parseDuration(name('thresholdWindow'), raw.thresholdWindow);
    if (raw.maxMemoryPerTest !== undefined && !isOff(raw.maxMemoryPerTest))
        options.maxMemoryPerTestBytes = orOff(name('maxMemoryPerTest'), SIZE_FORM, raw.maxMemoryPerTest, () => parseSize(name('maxMemoryPerTest'), raw.maxMemoryPerTest));
    if (raw.containers !== undefined)
        options.containers = oneOf(name('containers'), raw.containers, [
            'track',
            'remove-unattributed',
            'off',
        ]);
    if (raw.containerEngine !== undefined)
        options.containerEngine = oneOf(name('containerEngine'), raw.containerEngine, [
            'docker',
            'podman',
        ]);
    if (raw.failFast)
        options.maxFailures = 1;
    if (raw.maxFailures !== undefined && !isOff(raw.maxFailures))
        options.maxFailures = orOff(name('maxFailures'), 'a whole number >= 1', raw.maxFailures, () => parseInteger(name('maxFailures'), raw.maxFailures, 1));
    if (raw.stateDir !== undefined)
        options.stateDir = nonEmpty(name('stateDir'), raw.stateDir);
    if (raw.reportJson !== undefined)
        options.reportJson = nonEmpty(name('reportJson'), raw.reportJson);
    if (raw.junit !== undefined)
        options.junit = nonEmpty(name('junit'), raw.junit);
    if (raw.reportHtml !== undefined)
        options.reportHtml = nonEmpty(name('reportHtml'), raw.reportHtml);
    return options;
}
/** A per-attempt limit above zero, or `off` (Infinity: no limit). */
function timeout(name, value) {
    if (isOff(value))
        return Infinity;
    const ms = orOff(name, DURATION_FORM, value, () => parseDuration(name, value));
    if (ms <= 0)
        throw (0,errors/* invalidOption */.J0)(name, 'a duration above zero, or off', value);
    return ms;
}
/** A period above zero, or `off` (null). */
function periodOrOff(name, value) {
    if (isOff(value))
        return null;
    const ms = orOff(name, DURATION_FORM, value, () => parseDuration(name, value));
    if (ms <= 0)
        throw (0,errors/* invalidOption */.J0)(name, 'a duration above zero, or off', value);
    return ms;
}
/** A percentage, or `off` (null). */
function percentOrOff(name, value) {
    if (isOff(value))
        return null;
    return orOff(name, PERCENT_FORM, value, () => parsePercent(name, value));
}
/** Re-throws a parse error with `, or off` added to the expected form. */
function orOff(name, form, value, parse) {
    try {
        return parse();
    }
    catch (error) {
        if (!(error instanceof errors/* UsageError */.eb))
            throw error;
        throw (0,errors/* invalidOption */.J0)(name, `${form}, or off`, value);
    }
}
/**
 * How many units run at once: a number, \`auto\` (the usable cores: CPU affinity and the cgroup's
 * CPU quota), or a percentage of them (\`50%\`, at least 1).
 */
function parseJobs(name, value, cores = usableCores) {
    const text = value.trim().toLowerCase();
    if (text === 'auto')
        return Math.min(cores(), value_limits/* MAX_JOBS */.Eu);
    const percent = /^(\d+(?:\.\d+)?)%$/.exec(text);
    if (percent) {
        const share = Number(percent[1]);
        if (share > 0 && share <= 100)
            return Math.max(1, Math.floor((cores() * share) / 100));
    }
    else if (/^\d+$/.test(text) && Number(text) >= 1 && Number(text) <= value_limits/* MAX_JOBS */.Eu) {
        return Number(text);
    }
    throw (0,errors/* invalidOption */.J0)(name, JOBS_FORM, value);
}
const JOBS_FORM = `a whole number from 1 to ${value_limits/* MAX_JOBS */.Eu}, auto (the usable cores) or a share of them like 50%`;
/** At least 1 s: a shorter limit would take a busy moment (a long GC pause, a slow disk) for a hang. */
function heartbeatTimeout(name, value) {
    const ms = parseDuration(name, value);
    if (ms < 1000)
        throw (0,errors/* invalidOption */.J0)(name, 'a duration of at least 1s', value);
    return ms;
}
function nonEmpty(name, value) {
    if (value.trim() === '')
        throw (0,errors/* invalidOption */.J0)(name, 'a path', value);
    return value;
}
/**
 * `--preset NAME`: the framework runs as one unit with testwarden's reporter (or, with --batch
 * or --shard, as batches of its files); the positional arguments go to the framework. The other
 * options are read as for a command template.
 */
function parsePresetOptions(raw, name) {
    const preset = (0,presets/* presetNamed */.$)(raw.preset.trim(), name('preset'));
    for (const key of ['command', 'listCommand', 'shell']) {
        if (raw[key] !== undefined && raw[key] !== false) {
            throw new errors/* UsageError */.eb(`${name(key)}: expected either it or ${name('preset')}, got both`);
        }
    }
    if (raw.isolation === 'container') {
        // The reporter writes its events into the state dir, which an isolated unit cannot see.
        throw new errors/* UsageError */.eb(`${name('isolation')}: expected process with ${name('preset')} (container isolation is not yet available for presets), got container`);
    }
    const batch = raw.batch === undefined ? undefined : (0,preset_batches/* parseBatch */.Gc)(name('batch'), raw.batch);
    const args = [...(raw.patterns ?? [])];
    const options = parseRunOptions({ ...raw, preset: undefined, batch: undefined, command: preset.name, patterns: [] }, name);
    options.command = '';
    options.preset = { name: preset.name, args };
    if (batch !== undefined)
        options.batch = batch;
    return options;
}

;// CONCATENATED MODULE: ./lib/core/config/resolve-options.js


/**
 * Options that replace one another: a command line that picks how units are found, what runs
 * them or when to stop drops the profile's other choice of the same kind, instead of clashing.
 */
const REPLACES = [
    ['patterns', 'listCommand'],
    ['command', 'preset'],
    ['failFast', 'maxFailures'],
];
function resolveRunOptions(given, profile, givenName, givenSource) {
    const fromProfile = { ...(profile?.values ?? {}) };
    const isGiven = (k) => given[k] !== undefined && !(k === 'patterns' && (given.patterns ?? []).length === 0);
    for (const group of REPLACES) {
        if (group.some(isGiven))
            for (const k of group)
                delete fromProfile[k];
    }
    // A preset on the command line leaves the profile's template options out.
    if (isGiven('preset'))
        for (const k of ['shell', 'listCommand', 'patterns'])
            delete fromProfile[k];
    // So does a command: the profile's batches were for its preset.
    if (isGiven('command'))
        delete fromProfile.batch;
    const raw = { ...fromProfile };
    const sources = {};
    for (const k of Object.keys(fromProfile))
        sources[k] = `${profile.path} ${profile.sources[k]}`;
    for (const k of Object.keys(given)) {
        if (!isGiven(k))
            continue;
        raw[k] = given[k];
        sources[k] = givenSource;
    }
    const name = (k) => sources[k] !== undefined && sources[k] !== givenSource
        ? `${sources[k]} ${configKeyOf(k)}`
        : givenName(k);
    return { options: parseRunOptions(raw, name), raw, sources };
}

// EXTERNAL MODULE: ./lib/action/constants.js
var constants = __webpack_require__(33895);
;// CONCATENATED MODULE: ./lib/action/inputs.js
// Reads and validates the Action's inputs once; a bad value fails the step with a message naming the input, the expected form and the value.


// Loaded with the inputs: they are read synchronously, and the step pays for it once per job.







/** Core option keys as the Action names them; anything else is its kebab-case form. */
const INPUT_FOR = {
    cwd: constants/* Input */.pd.workingDirectory,
    patterns: constants/* Input */.pd.tests,
    stateDir: 'the state dir',
};
const inputName = (key) => INPUT_FOR[key] ?? key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
/** `core.getBooleanInput` with this project's message: the input, the expected form, the value. */
function readBoolean(name) {
    const value = (0,core/* getInput */.V4)(name);
    if (/^true$/i.test(value))
        return true;
    if (/^false$/i.test(value) || value === '')
        return false;
    throw (0,errors/* invalidOption */.J0)(name, 'true or false', value);
}
function readOptional(name) {
    const value = (0,core/* getInput */.V4)(name);
    return value === '' ? undefined : value;
}
/** One of `allowed`; an empty input is `fallback` when one is given (an input action.yml may lack). */
function readOneOf(name, allowed, fallback) {
    const value = (0,core/* getInput */.V4)(name) || (fallback ?? '');
    if (allowed.includes(value))
        return value;
    throw (0,errors/* invalidOption */.J0)(name, `one of ${allowed.join(', ')}`, value);
}
/** true, false, or undefined when empty (a profile's value, else the core's default, applies). */
function readOptionalBoolean(name) {
    return (0,core/* getInput */.V4)(name) === '' ? undefined : readBoolean(name);
}
/** A required input: `expected` says what it should be when it is empty. */
function readRequired(name, expected) {
    const value = (0,core/* getInput */.V4)(name);
    if (value === '')
        throw (0,errors/* invalidOption */.J0)(name, expected, value);
    return value;
}
/**
 * `cgroup-sudo`: `true`, `false`, or `auto` (also when empty): on GitHub-hosted runners only,
 * whose VM is thrown away after the job, so moving the step's process into a new cgroup subtree
 * changes nothing that outlives it. Pointless with `tracking: process`.
 */
function readCgroupSudo(run) {
    const value = readOneOf(constants/* Input */.pd.cgroupSudo, ['auto', 'true', 'false'], 'auto');
    if (run.tracking === 'process' || value === 'false')
        return false;
    if (value === 'true')
        return true;
    return process.env['RUNNER_ENVIRONMENT'] === 'github-hosted' ? 'auto' : false;
}
/**
 * `containers`: `auto` (also when empty) is `remove-unattributed` on GitHub-hosted runners, whose
 * VM belongs to the job alone, so a container that appeared while a unit ran is the job's; on
 * any other runner it is `track`, which leaves such containers alone. Other values are checked
 * with the run options.
 */
function readContainers() {
    const value = readOneOf(constants/* Input */.pd.containers, ['auto', 'track', 'remove-unattributed', 'off'], 'auto');
    if (value !== 'auto')
        return value;
    return (0,core/* getInput */.V4)(constants/* Input */.pd.containers) === '' ? undefined : autoContainers();
}
function autoContainers() {
    return process.env['RUNNER_ENVIRONMENT'] === 'github-hosted' ? 'remove-unattributed' : 'track';
}
/** testwarden.toml from working-directory up to the repository root, and the profile input asks for. */
function readProfile(given) {
    const profile = readOptional(constants/* Input */.pd.profile);
    const start = (0,external_node_path_.resolve)(given.cwd ?? '.');
    const path = findConfigFile(start);
    if (path === undefined) {
        if (profile === undefined)
            return undefined;
        throw new errors/* UsageError */.eb(`${constants/* Input */.pd.profile}: expected a ${CONFIG_FILE} in ${start} or a folder above it up to the repository root, found none (got ${JSON.stringify(profile)})`);
    }
    try {
        return loadProfile(path, profile, dist);
    }
    catch (error) {
        // The file's own problems name the file; an unknown profile names the input.
        if (error instanceof errors/* UsageError */.eb && error.message.startsWith('--profile:'))
            throw new errors/* UsageError */.eb(error.message.replace('--profile:', `${constants/* Input */.pd.profile}:`), {
                cause: error,
            });
        throw error;
    }
}
/** Reads every input from the step's environment (INPUT_*); throws a UsageError naming the input. */
function readInputs() {
    const preset = readOptional(constants/* Input */.pd.preset);
    const presetArgs = readPresetArgs(preset);
    const tests = (0,core/* getMultilineInput */.q3)(constants/* Input */.pd.tests);
    const listCommand = readOptional(constants/* Input */.pd.listCommand);
    if (preset !== undefined && tests.length > 0) {
        throw new errors/* UsageError */.eb(`${constants/* Input */.pd.tests}: expected either it or ${constants/* Input */.pd.preset} (the framework discovers its own tests; give its arguments in ${constants/* Input */.pd.presetArgs}), got both`);
    }
    const containers = readContainers();
    const given = {
        preset,
        batch: readOptional(constants/* Input */.pd.batch),
        command: readOptional(constants/* Input */.pd.command),
        shell: readOptionalBoolean(constants/* Input */.pd.shell),
        listCommand,
        cwd: readOptional(constants/* Input */.pd.workingDirectory),
        jobs: readOptional(constants/* Input */.pd.jobs),
        timeout: readOptional(constants/* Input */.pd.timeout),
        gracePeriod: readOptional(constants/* Input */.pd.gracePeriod),
        retries: readOptional(constants/* Input */.pd.retries),
        failFast: readOptionalBoolean(constants/* Input */.pd.failFast),
        maxFailures: readOptional(constants/* Input */.pd.maxFailures),
        allowNoUnits: readOptionalBoolean(constants/* Input */.pd.allowNoUnits),
        leaks: readOptional(constants/* Input */.pd.leaks),
        tracking: readOptional(constants/* Input */.pd.tracking),
        reportJson: readOptional(constants/* Input */.pd.reportJson),
        reportHtml: readOptional(constants/* Input */.pd.reportHtml),
        junit: readOptional(constants/* Input */.pd.junit),
        watchdog: readOptionalBoolean(constants/* Input */.pd.watchdog),
        heartbeatTimeout: readOptional(constants/* Input */.pd.heartbeatTimeout),
        slowTimeout: readOptional(constants/* Input */.pd.slowTimeout),
        progressInterval: readOptional(constants/* Input */.pd.progressInterval),
        memoryThreshold: readOptional(constants/* Input */.pd.memoryThreshold),
        cpuThreshold: readOptional(constants/* Input */.pd.cpuThreshold),
        thresholdWindow: readOptional(constants/* Input */.pd.thresholdWindow),
        maxMemoryPerTest: readOptional(constants/* Input */.pd.maxMemoryPerTest),
        containers,
        containerEngine: readOptional(constants/* Input */.pd.containerEngine),
        shard: readOptional(constants/* Input */.pd.shard),
        isolation: readOptional(constants/* Input */.pd.isolation),
        containerImage: readOptional(constants/* Input */.pd.containerImage),
        containerMemory: readOptional(constants/* Input */.pd.containerMemory),
        containerCpus: readOptional(constants/* Input */.pd.containerCpus),
        patterns: preset === undefined ? tests : presetArgs,
    };
    const { raw, options: run } = resolveRunOptions(given, readProfile(given), inputName, 'input');
    if (raw.preset === undefined &&
        (raw.patterns ?? []).length === 0 &&
        raw.listCommand === undefined &&
        (raw.command ?? '') !== '') {
        throw new errors/* UsageError */.eb(`${constants/* Input */.pd.tests}: expected glob patterns, one per line (or set ${constants/* Input */.pd.listCommand}), got none`);
    }
    // `auto` (an input left empty, and no profile value): decided by the kind of runner.
    if (raw.containers === undefined)
        run.containers = autoContainers();
    const resume = readOneOf(constants/* Input */.pd.resume, ['auto', 'always', 'never']);
    const checkpointKey = readRequired(constants/* Input */.pd.checkpointKey, 'a name for this suite\'s checkpoints, such as "unit-linux"');
    run.passRuntimeEnv = readBoolean(constants/* Input */.pd.passRuntimeEnv);
    const cgroupSudo = readCgroupSudo(run);
    if (cgroupSudo)
        run.cgroupSudo = cgroupSudo;
    // Each shard's durations would overwrite the others'; the history is left to a merge of the shards.
    if (run.shard)
        run.updateTimings = false;
    return {
        run,
        resume,
        checkpointKey,
        suite: {
            command: run.command,
            shell: run.shell ?? false,
            tests: run.patterns,
            listCommand: run.listCommand ?? '',
            workingDirectory: raw.cwd ?? '.',
            shard: raw.shard ?? '',
            ...(run.preset !== undefined ? { preset: run.preset } : {}),
            ...(run.batch !== undefined ? { batch: run.batch } : {}),
        },
        summary: (0,core/* getInput */.V4)(constants/* Input */.pd.summary) === '' ? true : readBoolean(constants/* Input */.pd.summary),
        timings: readTimingsInputs(),
    };
}
/** `preset-args` split like a POSIX shell splits words; only with `preset`. */
function readPresetArgs(preset) {
    const value = (0,core/* getInput */.V4)(constants/* Input */.pd.presetArgs);
    if (value.trim() === '')
        return [];
    if (preset === undefined) {
        throw new errors/* UsageError */.eb(`${constants/* Input */.pd.presetArgs}: only used with ${constants/* Input */.pd.preset}, got ${JSON.stringify(value)} without it`);
    }
    try {
        return (0,shlex/* split */.lD)(value);
    }
    catch {
        throw (0,errors/* invalidOption */.J0)(constants/* Input */.pd.presetArgs, 'arguments with balanced quotes', value);
    }
}
function readTimingsInputs() {
    const key = readRequired(constants/* Input */.pd.timingsKey, "a name for this suite's durations history, such as the id of the job that runs the shards");
    return { key, defaultBranch: (0,core/* getInput */.V4)(constants/* Input */.pd.defaultBranch) };
}


/***/ }),

/***/ 33254:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q: () => (/* binding */ renderRunSummary)
});

// UNUSED EXPORTS: doneUnits

// EXTERNAL MODULE: ./lib/core/report/failed-tests.js
var failed_tests = __webpack_require__(90021);
// EXTERNAL MODULE: ./lib/core/format.js
var format = __webpack_require__(25888);
// EXTERNAL MODULE: ./lib/core/report/failure.js
var failure = __webpack_require__(52236);
// EXTERNAL MODULE: ./lib/core/text/control-chars.js
var control_chars = __webpack_require__(80006);
// EXTERNAL MODULE: ./lib/core/report/timeline-data.js
var timeline_data = __webpack_require__(26328);
;// CONCATENATED MODULE: ./lib/core/report/mermaid-xychart.js
// The job summary's memory/CPU chart as a Mermaid xychart: memory and CPU on a regular time grid, the thresholds as flat lines, the time after a stop request shaded.



/** Series colours in the order they are written; xychart draws no legend, so the title names them. */
const COLOURS = {
    stopping: '#dc2626',
    memory: '#2563eb',
    cpu: '#f59e0b',
    memoryThreshold: '#6b7280',
    cpuThreshold: '#b45309',
};
/** The chart of the report's own run with a one-line note; undefined without machine samples. */
function renderMachineChart(report, run, points) {
    const machine = report.machine;
    if (!machine || run.samples.length === 0)
        return undefined;
    const from = run.startedAt;
    const to = Math.max(run.endedAt, from + 1);
    // No more buckets than samples: a short run's few samples would otherwise draw as steps.
    const buckets = Math.max(2, Math.min(points, run.samples.length));
    const grid = (0,timeline_data/* machineGrid */.Ae)(run.samples, { from, to, buckets });
    // Leading buckets before the first reading (CPU needs two samples) repeat the first one.
    const firstMemory = grid.find((g) => g.memoryPercent !== null)?.memoryPercent ?? 0;
    const firstCpu = grid.find((g) => g.cpuPercent !== null)?.cpuPercent ?? 0;
    const cpuKnown = grid.some((g) => g.cpuPercent !== null);
    const t = machine.thresholds;
    const flat = (value) => grid.map(() => value);
    const series = [];
    if (report.stoppedAt !== undefined && report.stoppedAt >= from && report.stoppedAt <= to) {
        // xychart has no markers: a step from 0 to 100 at the stop request stands for one.
        const at = Math.min(buckets - 1, Math.floor(((report.stoppedAt - from) / (to - from)) * buckets));
        const values = grid.map((_, i) => (i >= at ? 100 : 0));
        series.push({
            kind: 'line',
            values,
            colour: COLOURS.stopping,
            name: 'stop requested (red step)',
        });
    }
    series.push({
        kind: 'line',
        values: grid.map((g) => g.memoryPercent ?? firstMemory),
        colour: COLOURS.memory,
        name: 'memory (blue)',
    });
    if (cpuKnown) {
        const cpu = grid.map((g) => g.cpuPercent ?? firstCpu);
        series.push({ kind: 'line', values: cpu, colour: COLOURS.cpu, name: 'CPU (orange)' });
    }
    if (t.memoryPercent !== null) {
        series.push({
            kind: 'line',
            values: flat(t.memoryPercent),
            colour: COLOURS.memoryThreshold,
            name: `memory threshold ${t.memoryPercent}% (grey)`,
        });
    }
    if (t.cpuPercent !== null && cpuKnown) {
        series.push({
            kind: 'line',
            values: flat(t.cpuPercent),
            colour: COLOURS.cpuThreshold,
            name: `CPU threshold ${t.cpuPercent}% (brown)`,
        });
    }
    const minutes = to - from >= 180_000;
    const mermaid = [
        '---',
        'config:',
        '  xyChart:',
        '    width: 900',
        '    height: 320',
        '  themeVariables:',
        '    xyChart:',
        `      plotColorPalette: "${series.map((s) => s.colour).join(', ')}"`,
        '---',
        'xychart-beta',
        `  title "${quoted(`% in use: ${series.map((s) => s.name).join(', ')}`)}"`,
        `  x-axis "${minutes ? 'minutes' : 'seconds'} since the run started" 0 --> ${round((to - from) / (minutes ? 60_000 : 1000))}`,
        '  y-axis "%" 0 --> 100',
        ...series.map((s) => `  ${s.kind} [${s.values.map((v) => round(Math.min(100, v))).join(', ')}]`),
    ].join('\n');
    return { mermaid, note: note(report, from) };
}
function note(report, from) {
    const machine = report.machine;
    if (!machine)
        return '';
    const { peak, thresholds: t } = machine;
    return [
        peak ? `peak memory ${peak.memoryPercent}%` : undefined,
        peak && peak.cpuPercent !== null ? `peak CPU ${peak.cpuPercent}%` : undefined,
        t.memoryPercent !== null ? `memory threshold ${t.memoryPercent}%` : 'memory threshold off',
        t.cpuPercent !== null ? `CPU threshold ${t.cpuPercent}%` : undefined,
        `window ${(0,format/* formatDuration */.a3)(t.windowMs)}`,
        report.stoppedAt !== undefined
            ? `stop requested ${(0,format/* formatDuration */.a3)(report.stoppedAt - from)} in (${report.reason ?? 'stop'})`
            : undefined,
    ]
        .filter((n) => n !== undefined)
        .join(' · ');
}
/** Text for a double-quoted Mermaid string: no quote, backslash or control character. */
function quoted(text) {
    return (0,control_chars/* plainLine */.h)(text).replace(/["\\]/g, ' ').slice(0, 200);
}
function round(n) {
    return Math.round(n * 10) / 10;
}

;// CONCATENATED MODULE: ./lib/core/report/mermaid.js
// Mermaid pictures of a run for the GitHub job summary: a gantt timeline of the units that matter per lane and an xychart of memory and CPU with the thresholds and the shutdown.



/**
 * The run's pictures as a Markdown section for the job summary (GitHub renders ```mermaid
 * blocks): the timeline, the memory/CPU chart, and the earlier runs of a resumed checkpoint.
 * Bounded whatever the run's size (a few KB for 5,000 units).
 */
function renderTimelineMarkdown(report, options = {}) {
    const h = '#'.repeat(options.headingLevel ?? 4);
    const runs = (0,timeline_data/* timelineRuns */.Sq)(report, { checkpointRuns: options.checkpointRuns });
    const current = runs[runs.length - 1];
    const units = (0,timeline_data/* timedUnits */.xD)(report.units).filter((u) => !u.fromCheckpoint);
    const parts = [];
    if (units.length > 0) {
        const pick = (0,timeline_data/* pickUnits */.v0)(units, { maxShown: options.maxUnits ?? 30 });
        parts.push(`${h} Timeline`, fence(renderGantt(pick, report)), `<sub>${ganttNote(pick)}</sub>`);
    }
    const chart = renderMachineChart(report, current, options.chartPoints ?? 60);
    if (chart)
        parts.push(`${h} Memory and CPU`, fence(chart.mermaid), `<sub>${chart.note}</sub>`);
    const earlier = runs.filter((r) => !r.current);
    if (earlier.length > 0)
        parts.push(`${h} Earlier runs of this checkpoint`, runsTable(runs));
    return parts.length > 0 ? `${parts.join('\n\n')}\n` : '';
}
function fence(body) {
    return `\`\`\`mermaid\n${body}\n\`\`\``;
}
/** A gantt chart: one section per lane, the picked units in it, then its "other units". */
function renderGantt(pick, report) {
    const span = report.durationMs;
    const lines = [
        'gantt',
        `  title ${label(`Units per lane, ${count(pick.shown)} of ${count(pick.shown + pick.folded + pick.omitted.units)} shown`)}`,
        '  dateFormat x',
        `  axisFormat ${span < 3_000 ? '%M:%S.%L' : span < 60_000 ? '%M:%S' : span < 3_600_000 ? '%H:%M:%S' : '%H:%M'}`,
        '  todayMarker off',
    ];
    let task = 0;
    for (const lane of pick.lanes) {
        lines.push(`  section Lane ${lane.lane + 1}`);
        for (const u of [...lane.units].sort((a, b) => a.startedAt - b.startedAt)) {
            // Starting with the duration, no label can start with a keyword (`click`, `section` …).
            const text = `${(0,format/* formatDuration */.a3)(u.durationMs)} ${shortId(u.id)} ${outcomeWord(u)}`;
            lines.push(`  ${label(text)} :${tags(u)}u${++task}, ${ms(u.startedAt)}, ${end(u, span)}`);
        }
        const f = lane.folded;
        if (f) {
            const text = `${count(f.count)} other unit${f.count === 1 ? '' : 's'}, ${(0,format/* formatDuration */.a3)(f.busyMs)} busy`;
            lines.push(`  ${label(text)} :done, f${++task}, ${ms(f.startedAt)}, ${end(f, span)}`);
        }
    }
    if (report.stoppedAt !== undefined) {
        const why = report.reason ?? 'stop';
        lines.push('  section Run', `  ${label(`stopped (${why})`)} :milestone, m1, ${ms(report.stoppedAt)}, ${ms(report.stoppedAt)}`);
    }
    return lines.join('\n');
}
const count = (n) => n.toLocaleString('en-US');
/** A bar at least 0.3 % of the run wide, so the shortest unit still shows. */
function end(bar, spanMs) {
    return ms(Math.max(bar.endedAt, bar.startedAt + Math.max(1, Math.ceil(spanMs * 0.003))));
}
/** `dateFormat x` reads whole milliseconds only. */
function ms(at) {
    return Math.round(at);
}
function tags(u) {
    if (u.outcome === 'failed' || u.outcome === 'resource-exceeded')
        return 'crit, ';
    if (u.outcome === 'timed-out')
        return 'crit, active, ';
    if (u.outcome === 'interrupted' || u.flaky)
        return 'active, ';
    return '';
}
function outcomeWord(u) {
    if (u.flaky)
        return 'flaky';
    return u.outcome === 'passed' ? '' : u.outcome;
}
/** Text Mermaid cannot read as syntax: no colon, hash, semicolon, quote, bracket of its own, no newline. */
function label(text) {
    return text
        .replace(/[^\p{L}\p{N} ._/@+=,()…-]/gu, '_')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 120);
}
/** The end of a long unit id (the file name matters most). */
function shortId(id, max = 40) {
    return id.length <= max ? id : `…${id.slice(-(max - 1))}`.replace(/^…[^/]*\//, '…/');
}
function ganttNote(pick) {
    const parts = [
        `${pick.shown} unit${pick.shown === 1 ? '' : 's'} shown: those that did not pass, then the slowest`,
    ];
    if (pick.folded > 0)
        parts.push(`${pick.folded} more folded into one grey bar per lane`);
    if (pick.omitted.lanes > 0) {
        parts.push(`${pick.omitted.lanes} more lanes (${pick.omitted.units} units) left out`);
    }
    parts.push('red: failed, timed out or over its memory limit; light: interrupted or flaky');
    return `${parts.join('; ')}.`;
}
function runsTable(runs) {
    const rows = runs.map((r) => {
        const how = r.reason === null ? 'ended' : `stopped: ${r.reason}`;
        const ended = r.current ? `this run (${how})` : how;
        const attempt = r.attempt !== undefined ? String(r.attempt) : '';
        return `| ${attempt} | ${new Date(r.startedAt).toISOString()} | ${(0,format/* formatDuration */.a3)(r.endedAt - r.startedAt)} | ${ended} |`;
    });
    return ['| Attempt | Started | Lasted | Ended |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

// EXTERNAL MODULE: ./lib/core/report/totals-table.js
var totals_table = __webpack_require__(31942);
// EXTERNAL MODULE: ./lib/core/text/markdown.js
var markdown = __webpack_require__(9706);
// EXTERNAL MODULE: ./lib/action/log-text.js
var log_text = __webpack_require__(13246);
;// CONCATENATED MODULE: ./lib/action/job-summary.js
// The job summary of a finished run (docs/action.md): totals, the shard, resume note, why it stopped and how to resume, failed units with their log tails, leaks, slowest units, memory peak.







const SHOWN_FAILURES = 20;
const TAIL_LINES = 30;
const SHOWN_LEAKS = 30;
const SLOWEST = 5;
function renderRunSummary(report, context) {
    const t = report.totals;
    const parts = [
        `### testwarden: ${headline(report)}`,
        (0,totals_table/* totalsTable */.u)(t, { fromCheckpoint: true, durationMs: report.durationMs }),
    ];
    if (report.shard) {
        const { index, total, units, mode } = report.shard;
        const how = mode === 'durations' ? 'by recorded durations' : 'by a hash of the unit ids (no durations)';
        parts.push(`Shard ${index} of ${total}: ${t.units} of the suite's ${(0,format/* plural */.LS)(units, 'unit')}, split ${how}.`);
    }
    if (report.resumed) {
        const from = context.resumedFromAttempt !== undefined
            ? `attempt ${context.resumedFromAttempt}`
            : 'an earlier attempt';
        parts.push(`> Resumed from ${from}: ${(0,format/* plural */.LS)(t.fromCheckpoint, 'unit')} skipped (done in the checkpoint).`);
    }
    if (report.reason)
        parts.push(stopSection(report, report.reason));
    parts.push(...failureSection(report.units), ...leakSection(report.units), ...slowestSection(report.units));
    const peak = report.units.reduce((top, u) => (u.peakRssBytes > (top?.peakRssBytes ?? 0) ? u : top), undefined);
    if (peak)
        parts.push(`Memory peak of one unit: ${(0,format/* formatBytes */.z3)(peak.peakRssBytes)} (${(0,markdown/* code */.aY)(peak.id)}).`);
    if (report.tracking)
        parts.push(`Tracking: ${report.tracking.description}.`);
    const pictures = renderTimelineMarkdown(report, { checkpointRuns: context.checkpointRuns ?? [] });
    if (pictures !== '')
        parts.push(pictures);
    const report_ = context.reportJson ? ` · report ${(0,markdown/* code */.aY)(context.reportJson)}` : '';
    parts.push(`<sub>checkpoint key ${(0,markdown/* code */.aY)(context.checkpointKey)}${report_}</sub>`);
    return `${parts.join('\n\n')}\n`;
}
function headline(report) {
    const t = report.totals;
    const bad = report.units.filter(failure/* isFailure */.N).length;
    switch (report.status) {
        case 'passed':
            return `✅ ${(0,format/* plural */.LS)(t.passed, 'unit')} passed`;
        case 'failed':
            return `❌ ${bad} of ${(0,format/* plural */.LS)(t.units, 'unit')} failed`;
        case 'shutdown':
            return `⚠️ stopped on the ${report.reason ?? 'resource'} threshold (exit 42)`;
        case 'interrupted':
            return `⏹️ interrupted (${report.reason ?? 'stopped'})`;
    }
}
/** Units a resume will not run again: passed (flaky too) and those really skipped. */
function doneUnits(units) {
    return units.filter((u) => u.outcome === 'passed' || (u.outcome === 'skipped' && (u.attempts > 0 || u.fromCheckpoint))).length;
}
function stopSection(report, reason) {
    const done = doneUnits(report.units);
    const resume = `Re-run the job ("Re-run failed jobs") to resume: ${done} of ${(0,format/* plural */.LS)(report.units.length, 'unit')} are done and will not run again; the other ${report.units.length - done} will.`;
    switch (reason) {
        case 'memory':
        case 'cpu':
            return `#### Stopped: ${reason} threshold\n\nThe machine's ${reason === 'memory' ? 'memory use' : 'CPU load'} stayed above the threshold, so testwarden stopped the running units and saved the checkpoint before the machine fell over. ${resume}`;
        case 'SIGINT':
        case 'SIGTERM':
        case 'SIGHUP':
            return `#### Stopped: ${reason}\n\nThe job was cancelled (${reason}): the running units were stopped and the checkpoint was saved (the post step uploads it). ${resume}`;
        case 'runner-lost':
            return `#### Stopped: runner lost\n\nThe runner stopped answering; what the units left was cleaned up. ${resume}`;
        case 'runner-stuck':
            return `#### Stopped: runner stuck\n\ntestwarden's own process sent no heartbeat to its watchdog for the heartbeat timeout (its event loop was blocked, or the machine starved it), so the watchdog had it stop the run: the running units were stopped and the checkpoint was saved. ${resume}`;
        case 'state-dir-unwritable':
            return `#### Stopped: state dir not writable\n\nThe state dir stopped being writable during the run (disk full, or the folder was removed), so testwarden stopped the running units and ended their processes; the log shows the file and the error. The checkpoint may be behind the results above. ${resume}`;
        case 'fail-fast':
            return `#### Stopped: failure limit\n\nNo unit started after the failure limit (fail-fast or max-failures) was reached; ${(0,format/* plural */.LS)(report.units.filter((u) => u.attempts === 0 && !u.fromCheckpoint).length, 'unit')} did not run.`;
    }
}
function failureSection(units) {
    const failed = units.filter((u) => (0,failure/* isFailure */.N)(u) && !u.fromCheckpoint);
    const carried = units.filter((u) => (0,failure/* isFailure */.N)(u) && u.fromCheckpoint);
    if (failed.length === 0 && carried.length === 0)
        return [];
    const parts = ['#### Failed units'];
    for (const u of failed.slice(0, SHOWN_FAILURES)) {
        const summary = `${(0,markdown/* code */.aY)(u.id)} ${(0,markdown/* markdownText */.p7)(u.message ?? u.outcome)} (${(0,format/* formatDuration */.a3)(u.durationMs)})`;
        const tests = (0,failed_tests/* failedTests */.T)(u);
        if (tests.length === 0) {
            parts.push((0,markdown/* details */.zH)(summary, (0,log_text/* logTail */.R)(u.log, TAIL_LINES)));
            continue;
        }
        // A preset unit: each failed test as the framework reported it, instead of the log's end.
        parts.push((0,markdown/* details */.zH)(summary, testLines(tests)));
    }
    if (failed.length > SHOWN_FAILURES)
        parts.push(`…and ${failed.length - SHOWN_FAILURES} more (see the report JSON).`);
    if (carried.length > 0)
        parts.push(`Failed in the checkpoint, not run again: ${carried.map((u) => (0,markdown/* code */.aY)(u.id)).join(', ')}`);
    return parts;
}
/** Failed tests shown per unit in the summary; the rest are in the report JSON. */
const SHOWN_TESTS = 20;
function testLines(tests) {
    const lines = tests
        .slice(0, SHOWN_TESTS)
        .flatMap((t) => [
        `✗ ${t.name}  (${(0,failed_tests/* failedTestPlace */.j)(t)})`,
        ...t.message.map((l) => `    ${l}`),
        '',
    ]);
    if (tests.length > SHOWN_TESTS)
        lines.push(`…and ${tests.length - SHOWN_TESTS} more (testCases in the report JSON)`);
    return lines;
}
function leakSection(units) {
    const rows = units.flatMap((u) => u.leaked.map((leak) => leak.kind === 'process'
        ? [(0,markdown/* code */.aY)(u.id), 'process', `${leak.pid} ${(0,markdown/* code */.aY)(leak.command)}`, leak.action]
        : [(0,markdown/* code */.aY)(u.id), 'container', (0,markdown/* code */.aY)(leak.name || leak.id), leak.action]));
    if (rows.length === 0)
        return [];
    const more = rows.length > SHOWN_LEAKS ? [`…and ${rows.length - SHOWN_LEAKS} more.`] : [];
    return [
        '#### Leaks',
        (0,markdown/* table */.tp)(['Unit', 'Kind', 'What', 'Action'], rows.slice(0, SHOWN_LEAKS)),
        ...more,
    ];
}
function slowestSection(units) {
    const ran = units.filter((u) => u.attempts > 0 && !u.fromCheckpoint);
    if (ran.length < 2)
        return [];
    const slowest = [...ran].sort((a, b) => b.durationMs - a.durationMs).slice(0, SLOWEST);
    return [
        '#### Slowest units',
        (0,markdown/* table */.tp)(['Unit', 'Duration', 'Outcome'], slowest.map((u) => [(0,markdown/* code */.aY)(u.id), (0,format/* formatDuration */.a3)(u.durationMs), u.outcome])),
    ];
}


/***/ }),

/***/ 13246:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ logTail)
/* harmony export */ });
/* harmony import */ var _core_report_log_tail_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88231);
// A unit's log as the Actions log and the job summary show it: the last lines, plain text, each cut to a readable length.

/** Longest line shown: the job summary holds 1 MiB per step, and one minified line can exceed it. */
const MAX_LINE = 400;
/** The last `count` lines of a log (none if it is missing), each cut to a readable length. */
function logTail(path, count) {
    const lines = path ? (0,_core_report_log_tail_js__WEBPACK_IMPORTED_MODULE_0__/* .readTailLines */ .m1)(path, count) : [];
    return lines.map((line) => (line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)} […]` : line));
}


/***/ }),

/***/ 43538:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ MainCheckpointSync)
/* harmony export */ });
class MainCheckpointSync {
    cache;
    #restore;
    #deferred = false;
    #cancel = () => undefined;
    #cancelled = new Promise((resolve) => {
        this.#cancel = () => resolve({ restored: false, detail: 'not restored: the job is being cancelled' });
    });
    #lastForced;
    constructor(cache) {
        this.cache = cache;
    }
    /**
     * The first call restores; later calls (the core's, on resume) get the same outcome. A cancel
     * ends the wait (the client cannot be interrupted; its download may still land, unused).
     */
    restore() {
        this.#restore ??= Promise.race([this.cache.restore(), this.#cancelled]);
        return this.#restore;
    }
    async save(options) {
        if (this.#deferred)
            return { saved: false, why: 'deferred', detail: 'not saved: left to the post step' };
        const outcome = await this.cache.save(options);
        if (options.force && !this.#deferred)
            this.#lastForced = outcome;
        return outcome;
    }
    /** From now on uploads are left to the post step. */
    deferUploads() {
        this.#deferred = true;
        this.#cancel();
    }
    /** Whether the last forced upload put the final checkpoint in the cache (or found it there). */
    get finalSaveDone() {
        const last = this.#lastForced;
        if (this.#deferred || !last)
            return false;
        return last.saved || last.why === 'unchanged';
    }
    /** Resolves when no cache call is in flight (calls given up on at their deadline included). */
    idle() {
        return this.cache.idle();
    }
}


/***/ }),

/***/ 73742:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ readMergeInputs)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33895);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20028);
// The inputs of a merge step (`merge-reports` set): which shard reports to merge and where the merged report, JUnit file and durations history go; inputs that would run units are refused.




/** Inputs a merge step cannot honour: it runs no unit. */
const RUN_ONLY = [
    _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.command,
    _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.tests,
    _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.listCommand,
    _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.shard,
    _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.reportHtml,
];
/** The merge step's inputs, or undefined when `merge-reports` is empty (a run). */
function readMergeInputs() {
    const reports = (0,_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getMultilineInput */ .q3)(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.mergeReports);
    if (reports.length === 0) {
        const junit = (0,_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4)(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.mergeJunit);
        if (junit !== '')
            throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidOption */ .J0)(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.mergeJunit, `nothing without ${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.mergeReports}`, junit);
        return undefined;
    }
    for (const name of RUN_ONLY) {
        const value = (0,_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4)(name);
        if (value !== '') {
            throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidOption */ .J0)(name, `nothing when ${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.mergeReports} is set (a merge step runs no unit; it takes ${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.reportJson}, ${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.junit}, ${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.mergeJunit}, ${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.summary}, ${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.workingDirectory} and ${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.timingsKey})`, value);
        }
    }
    return {
        reports,
        workingDirectory: (0,_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4)(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.workingDirectory) || '.',
        reportJson: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readOptional */ .T9)(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.reportJson),
        junit: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readOptional */ .T9)(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.junit),
        junitInputs: (0,_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getMultilineInput */ .q3)(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.mergeJunit),
        summary: (0,_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4)(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.summary) === '' ? true : (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readBoolean */ .Vf)(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.summary),
        timings: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readTimingsInputs */ .XF)(),
    };
}


/***/ }),

/***/ 87352:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ setErrorOutputs),
/* harmony export */   i: () => (/* binding */ setRunOutputs)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33895);
// The step's outputs (docs/action.md), set from the run report, or for a run that never started.


function setRunOutputs(report, paths) {
    const t = report.totals;
    const values = {
        [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.status]: report.status,
        [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.exitCode]: report.exitCode,
        [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.reason]: report.reason ?? '',
        [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.resumed]: report.resumed,
        [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.units]: t.units,
        [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.passed]: t.passed,
        [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.failed]: t.failed + t.resourceExceeded,
        [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.timedOut]: t.timedOut,
        [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.skipped]: t.skipped,
        [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.flaky]: t.flaky,
        [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.leaked]: t.leaked,
        [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.fromCheckpoint]: t.fromCheckpoint,
        [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.reportJson]: paths.reportJson,
        [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.junit]: paths.junit ?? '',
        [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.checkpointKey]: paths.checkpointKey,
    };
    for (const [name, value] of Object.entries(values))
        (0,_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH)(name, String(value));
}
/** A run that did not start (bad input, internal error): status `error` and the exit code. */
function setErrorOutputs(exitCode, checkpointKey) {
    (0,_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH)(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.status, 'error');
    (0,_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH)(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.exitCode, String(exitCode));
    if (checkpointKey)
        (0,_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH)(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.checkpointKey, checkpointKey);
}


/***/ }),

/***/ 14466:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bx: () => (/* binding */ markSummaryWritten),
/* harmony export */   Ni: () => (/* binding */ markCheckpointSaved),
/* harmony export */   f7: () => (/* binding */ saveRunHandoff)
/* harmony export */ });
/* unused harmony export loadPostState */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33838);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33895);
// Everything main hands to post, in one place: main saves it with core.saveState as soon as it knows it, post reads it back typed (a fresh process, so nothing else carries over).



/** Saved first: from here on post can clean up even if main is killed the next instant. */
function saveRunHandoff(handoff) {
    (0,_actions_core__WEBPACK_IMPORTED_MODULE_1__/* .saveState */ .LZ)(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .State */ .Uw.stateDir, handoff.stateDir);
    (0,_actions_core__WEBPACK_IMPORTED_MODULE_1__/* .saveState */ .LZ)(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .State */ .Uw.workingDirectory, handoff.workingDirectory);
    (0,_actions_core__WEBPACK_IMPORTED_MODULE_1__/* .saveState */ .LZ)(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .State */ .Uw.checkpointKey, handoff.checkpointKey);
    (0,_actions_core__WEBPACK_IMPORTED_MODULE_1__/* .saveState */ .LZ)(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .State */ .Uw.runId, handoff.runId);
    (0,_actions_core__WEBPACK_IMPORTED_MODULE_1__/* .saveState */ .LZ)(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .State */ .Uw.runAttempt, String(handoff.runAttempt));
    (0,_actions_core__WEBPACK_IMPORTED_MODULE_1__/* .saveState */ .LZ)(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .State */ .Uw.reportJson, handoff.reportJson);
    (0,_actions_core__WEBPACK_IMPORTED_MODULE_1__/* .saveState */ .LZ)(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .State */ .Uw.summary, String(handoff.summary));
}
function markCheckpointSaved() {
    (0,_actions_core__WEBPACK_IMPORTED_MODULE_1__/* .saveState */ .LZ)(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .State */ .Uw.checkpointSaved, 'true');
}
function markSummaryWritten() {
    (0,_actions_core__WEBPACK_IMPORTED_MODULE_1__/* .saveState */ .LZ)(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .State */ .Uw.summaryWritten, 'true');
}
/** The state main left; undefined when main stopped before it had a state dir (bad input, say). */
function loadPostState() {
    const stateDir = getState(State.stateDir);
    if (!stateDir || !isAbsolute(stateDir))
        return undefined;
    const attempt = Number(getState(State.runAttempt));
    return {
        stateDir,
        workingDirectory: getState(State.workingDirectory) || stateDir,
        checkpointKey: getState(State.checkpointKey),
        runId: getState(State.runId),
        runAttempt: Number.isSafeInteger(attempt) && attempt > 0 ? attempt : 1,
        reportJson: getState(State.reportJson),
        summary: getState(State.summary) !== 'false',
        checkpointSaved: getState(State.checkpointSaved) === 'true',
        summaryWritten: getState(State.summaryWritten) === 'true',
    };
}


/***/ }),

/***/ 91809:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runMain: () => (/* binding */ runMain)
/* harmony export */ });
/* harmony import */ var _core_format_js__WEBPACK_IMPORTED_MODULE_22__ = __webpack_require__(25888);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33838);
/* harmony import */ var _core_checkpoint_checkpoint_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27829);
/* harmony import */ var _core_checkpoint_run_checkpoint_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24130);
/* harmony import */ var _core_lifecycle_stop_token_js__WEBPACK_IMPORTED_MODULE_23__ = __webpack_require__(72898);
/* harmony import */ var _core_report_output_paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(40940);
/* harmony import */ var _core_run_run_suite_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(42517);
/* harmony import */ var _actions_reporter_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(12050);
/* harmony import */ var _annotations_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(69661);
/* harmony import */ var _cache_checkpoint_sync_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(32485);
/* harmony import */ var _cancel_signals_js__WEBPACK_IMPORTED_MODULE_24__ = __webpack_require__(71170);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(33895);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(56965);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(20028);
/* harmony import */ var _job_summary_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(33254);
/* harmony import */ var _main_checkpoint_sync_js__WEBPACK_IMPORTED_MODULE_25__ = __webpack_require__(43538);
/* harmony import */ var _merge_inputs_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(73742);
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(87352);
/* harmony import */ var _post_state_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(14466);
/* harmony import */ var _step_failure_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(29389);
/* harmony import */ var _input_terms_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(61864);
/* harmony import */ var _run_merge_step_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(32199);
/* harmony import */ var _suite_key_js__WEBPACK_IMPORTED_MODULE_19__ = __webpack_require__(30424);
/* harmony import */ var _timings_cache_js__WEBPACK_IMPORTED_MODULE_20__ = __webpack_require__(87586);
/* harmony import */ var _watchdog_entry_js__WEBPACK_IMPORTED_MODULE_21__ = __webpack_require__(94942);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_core_run_run_suite_js__WEBPACK_IMPORTED_MODULE_5__, _watchdog_entry_js__WEBPACK_IMPORTED_MODULE_21__]);
([_core_run_run_suite_js__WEBPACK_IMPORTED_MODULE_5__, _watchdog_entry_js__WEBPACK_IMPORTED_MODULE_21__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);
// The main step: read the inputs, hand post what it needs, restore the durations history and the checkpoint and decide on resuming, run the suite, then publish outputs, annotations and the job summary, and save the history; or, with merge-reports, merge the shards' reports.


























/** Runs the main step; failures go to core.setFailed, never out as exceptions. Returns what may still be uploading. */
async function runMain() {
    const github = (0,_github_context_js__WEBPACK_IMPORTED_MODULE_10__/* .readGitHubContext */ .L)();
    let inputs;
    try {
        const merge = (0,_merge_inputs_js__WEBPACK_IMPORTED_MODULE_13__/* .readMergeInputs */ .y)();
        if (merge)
            return await (0,_run_merge_step_js__WEBPACK_IMPORTED_MODULE_18__/* .runMergeStep */ .G)(github, merge);
        inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_11__/* .readInputs */ .Ko)();
    }
    catch (error) {
        return fail(error, undefined);
    }
    const checkpointKey = (0,_suite_key_js__WEBPACK_IMPORTED_MODULE_19__/* .effectiveCheckpointKey */ .j)(inputs.checkpointKey, inputs.suite);
    const cwd = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(github.workspace, inputs.run.cwd);
    const stateDir = (0,_suite_key_js__WEBPACK_IMPORTED_MODULE_19__/* .stateDirFor */ .O)(github.workspace, checkpointKey);
    const reportJson = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, inputs.run.reportJson ?? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(stateDir, 'report.json'));
    const junit = inputs.run.junit === undefined ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, inputs.run.junit);
    (0,_post_state_js__WEBPACK_IMPORTED_MODULE_15__/* .saveRunHandoff */ .f7)({
        stateDir,
        workingDirectory: cwd,
        checkpointKey,
        runId: github.runId ?? '',
        runAttempt: github.runAttempt,
        reportJson,
        summary: inputs.summary,
    });
    const grace = inputs.run.gracePeriodMs;
    if (grace !== undefined && grace > _constants_js__WEBPACK_IMPORTED_MODULE_9__/* .RUNNER_CANCEL_WINDOW_MS */ .Co - 1000) {
        (0,_actions_core__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e)(`grace-period ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_22__/* .formatDuration */ .a3)(grace)} does not fit in the runner's ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_22__/* .formatDuration */ .a3)(_constants_js__WEBPACK_IMPORTED_MODULE_9__/* .RUNNER_CANCEL_WINDOW_MS */ .Co)} cancel window: on a cancel, units still running when the runner's SIGTERM arrives are killed at once`);
    }
    const sync = cacheSync(github, checkpointKey, stateDir);
    const timings = (0,_timings_cache_js__WEBPACK_IMPORTED_MODULE_20__/* .timingsCacheForStep */ .f4)(github, inputs.timings);
    const stop = new _core_lifecycle_stop_token_js__WEBPACK_IMPORTED_MODULE_23__/* .StopToken */ .y();
    let cancelled = false;
    let abandon = () => { };
    const abandoned = new Promise((resolve) => (abandon = resolve));
    const removeSignals = (0,_cancel_signals_js__WEBPACK_IMPORTED_MODULE_24__/* .stopOnSignals */ .Z)(stop, (signal) => {
        (0,_actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq)(`testwarden: ${signal} received (the job is being cancelled); the post step will upload the checkpoint`);
        cancelled = true;
        sync?.deferUploads();
        abandon();
    });
    // The history only balances shards: no wait on the cache once the job is being cancelled.
    const withTimings = (what) => timings && !cancelled
        ? Promise.race([
            what(timings).then(() => undefined, (error) => (0,_actions_core__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e)(`The durations history: ${error.message}`)),
            abandoned,
        ])
        : undefined;
    try {
        await withTimings((t) => (inputs.run.shard ? t.restoreForShards() : t.restoreHistory()));
        const resume = await decideResume(inputs, github, sync);
        const checkpointFile = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(stateDir, _core_checkpoint_run_checkpoint_js__WEBPACK_IMPORTED_MODULE_3__/* .CHECKPOINT_FILE */ .S);
        const resumedFromAttempt = resume
            ? (0,_core_checkpoint_checkpoint_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readCheckpoint */ .HQ)(checkpointFile).checkpoint?.attempt
            : undefined;
        const interval = inputs.run.progressIntervalMs;
        const reporter = new _actions_reporter_js__WEBPACK_IMPORTED_MODULE_6__/* .ActionsReporter */ .X(interval === undefined ? _core_run_run_suite_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULTS */ .zY.progressIntervalMs : interval);
        const watchdogCommand = (0,_watchdog_entry_js__WEBPACK_IMPORTED_MODULE_21__/* .watchdogCommandForAction */ .ao)();
        let unwritten;
        const report = await (0,_core_run_run_suite_js__WEBPACK_IMPORTED_MODULE_5__/* .runSuite */ .og)({
            ...inputs.run,
            ...(watchdogCommand ? { watchdogCommand } : {}),
            cwd,
            stateDir,
            timingsFile: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(github.workspace, _timings_cache_js__WEBPACK_IMPORTED_MODULE_20__/* .TIMINGS_CACHE_PATH */ .pM),
            reportJson,
            resume,
            attempt: github.runAttempt,
            ...(github.runId !== undefined ? { ciRunId: github.runId } : {}),
            ...(sync ? { checkpointSync: sync } : {}),
            reporters: [reporter],
            stop,
        }).catch((error) => {
            // The run's result stands; the step still publishes it and then fails for the file.
            if (!(error instanceof _core_report_output_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .OutputWriteError */ .J1))
                throw error;
            unwritten = error;
            return error.report;
        });
        if (sync?.finalSaveDone)
            (0,_post_state_js__WEBPACK_IMPORTED_MODULE_15__/* .markCheckpointSaved */ .Ni)();
        (0,_outputs_js__WEBPACK_IMPORTED_MODULE_14__/* .setRunOutputs */ .i)(report, { reportJson, junit, checkpointKey });
        (0,_annotations_js__WEBPACK_IMPORTED_MODULE_7__/* .annotateRun */ .E)(report, { workspace: github.workspace, cwd });
        if (inputs.summary) {
            // A summary that cannot be written (no GITHUB_STEP_SUMMARY) is post's to retry, not a failure.
            await _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .summary */ .z
                .addRaw((0,_job_summary_js__WEBPACK_IMPORTED_MODULE_12__/* .renderRunSummary */ .q)(report, {
                checkpointKey,
                resumedFromAttempt,
                reportJson,
                checkpointRuns: (0,_core_checkpoint_checkpoint_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readCheckpoint */ .HQ)(checkpointFile).checkpoint?.runs ?? [],
            }))
                .write()
                .then(_post_state_js__WEBPACK_IMPORTED_MODULE_15__/* .markSummaryWritten */ .Bx, (error) => (0,_actions_core__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e)(`The job summary could not be written: ${error.message}`));
        }
        // A shard's durations are saved by the merge job, which sees every shard's.
        if (!inputs.run.shard)
            await withTimings((t) => t.saveHistory());
        const failure = [unwritten && (0,_input_terms_js__WEBPACK_IMPORTED_MODULE_17__/* .inInputTerms */ .P)(unwritten.message), (0,_step_failure_js__WEBPACK_IMPORTED_MODULE_16__/* .failureMessage */ .o)(report)]
            .filter(Boolean)
            .join('\n');
        if (failure)
            (0,_actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setFailed */ .C1)(failure);
    }
    catch (error) {
        fail(error, checkpointKey);
        // Post would otherwise report a main step that "did not finish".
        if (inputs.summary) {
            const message = (0,_step_failure_js__WEBPACK_IMPORTED_MODULE_16__/* .errorFailure */ .$)(error).message.split('\n')[0] ?? 'error';
            await _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .summary */ .z
                .addRaw(`### testwarden: ❌ ${message}\n`)
                .write()
                .then(_post_state_js__WEBPACK_IMPORTED_MODULE_15__/* .markSummaryWritten */ .Bx, () => undefined);
        }
    }
    finally {
        removeSignals();
    }
    return { idle: () => Promise.all([sync?.idle(), timings?.idle()]).then(() => undefined) };
}
function fail(error, checkpointKey) {
    const { message, exitCode } = (0,_step_failure_js__WEBPACK_IMPORTED_MODULE_16__/* .errorFailure */ .$)(error);
    (0,_outputs_js__WEBPACK_IMPORTED_MODULE_14__/* .setErrorOutputs */ .$)(exitCode, checkpointKey);
    (0,_actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setFailed */ .C1)(message);
    return undefined;
}
function cacheSync(github, checkpointKey, stateDir) {
    if (github.runId === undefined) {
        (0,_actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq)('testwarden: no GITHUB_RUN_ID (not on a runner?): the checkpoint stays on disk only');
        return undefined;
    }
    try {
        return new _main_checkpoint_sync_js__WEBPACK_IMPORTED_MODULE_25__/* .MainCheckpointSync */ .P(new _cache_checkpoint_sync_js__WEBPACK_IMPORTED_MODULE_8__/* .ActionsCacheCheckpointSync */ .b({
            stateDir,
            checkpointFile: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(stateDir, _core_checkpoint_run_checkpoint_js__WEBPACK_IMPORTED_MODULE_3__/* .CHECKPOINT_FILE */ .S),
            os: github.os,
            checkpointKey,
            runId: github.runId,
            runAttempt: github.runAttempt,
        }));
    }
    catch (error) {
        (0,_actions_core__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e)(`The checkpoint will not be kept in the Actions cache: ${error.message}`);
        return undefined;
    }
}
/** auto: resume when this run's checkpoint came back from the cache, or on any re-run (attempt > 1). */
async function decideResume(inputs, github, sync) {
    if (inputs.resume === 'never')
        return false;
    const restored = sync ? (await sync.restore()).restored : false;
    if (inputs.resume === 'always')
        return true;
    return restored || github.runAttempt > 1;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 32199:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ runMergeStep)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./lib/core/text/workflow-command.js
var workflow_command = __webpack_require__(45370);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(73382);
// EXTERNAL MODULE: ./lib/core/checkpoint/read-bounded.js
var read_bounded = __webpack_require__(69476);
// EXTERNAL MODULE: ./lib/core/plan/timings.js
var timings = __webpack_require__(85236);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlparser/XMLParser.js + 23 modules
var XMLParser = __webpack_require__(41143);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlbuilder/json2xml.js + 4 modules
var json2xml = __webpack_require__(20925);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/fxp.js
var fxp = __webpack_require__(75824);
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
    const valid = fxp/* XMLValidator */.iI.validate(xml);
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
var junit_writer = __webpack_require__(34804);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./lib/core/report/build-report.js
var build_report = __webpack_require__(30141);
// EXTERNAL MODULE: ./lib/core/zod-mini.js
var zod_mini = __webpack_require__(47892);
// EXTERNAL MODULE: ./lib/core/plan/shard.js
var shard = __webpack_require__(40059);
// EXTERNAL MODULE: ./lib/core/value-limits.js
var value_limits = __webpack_require__(98235);
// EXTERNAL MODULE: ./lib/core/vocabulary.js
var vocabulary = __webpack_require__(16883);
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
var format = __webpack_require__(25888);
// EXTERNAL MODULE: ./lib/core/text/markdown.js
var markdown = __webpack_require__(9706);
// EXTERNAL MODULE: ./lib/core/report/failure.js
var failure = __webpack_require__(52236);
// EXTERNAL MODULE: ./lib/core/report/totals-table.js
var totals_table = __webpack_require__(31942);
;// CONCATENATED MODULE: ./lib/core/report/merge-summary.js
// Markdown for a merged report ($GITHUB_STEP_SUMMARY of the merge job): totals, problems with the shard set, failed units, one line per input report.




const SHOWN_FAILURES = 50;
function renderMergeSummary(input) {
    const { report, inputs, problems } = input;
    const t = report.totals;
    const parts = [
        `### testwarden: merged ${(0,format/* plural */.LS)(inputs.length, 'report')}: ${headline(report)}`,
        (0,totals_table/* totalsTable */.u)(t),
    ];
    if (problems.length > 0) {
        parts.push(`**The reports do not add up to the whole suite:**\n\n${problems.map((p) => `- ${(0,markdown/* markdownText */.p7)(p)}`).join('\n')}`);
    }
    const failed = report.units.filter(failure/* isFailure */.N);
    if (failed.length > 0) {
        const rows = failed
            .slice(0, SHOWN_FAILURES)
            .map((u) => [
            (0,markdown/* code */.aY)(u.id),
            u.outcome,
            (0,markdown/* markdownText */.p7)(u.message ?? ''),
            (0,format/* formatDuration */.a3)(u.durationMs),
        ]);
        const more = failed.length > SHOWN_FAILURES ? `\n\n…and ${failed.length - SHOWN_FAILURES} more.` : '';
        parts.push(`#### ${(0,format/* plural */.LS)(failed.length, 'unit')} did not pass\n\n${(0,markdown/* table */.tp)(['Unit', 'Outcome', 'Why', 'Duration'], rows)}${more}`);
    }
    const rows = inputs.map(({ source, report: r }) => [
        (0,markdown/* code */.aY)(source),
        r.shard ? `${r.shard.index}/${r.shard.total} (${r.shard.mode})` : '—',
        r.reason ? `${r.status} (${r.reason})` : r.status,
        String(r.units.length),
        String(r.units.filter(failure/* isFailure */.N).length),
        (0,format/* formatDuration */.a3)(r.durationMs),
        (0,markdown/* markdownText */.p7)(r.startedAt),
    ]);
    parts.push(`#### Reports\n\n${(0,markdown/* table */.tp)(['Report', 'Shard', 'Status', 'Units', 'Not passed', 'Duration', 'Started'], rows)}`);
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
var write_files = __webpack_require__(88039);
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

// EXTERNAL MODULE: ./lib/action/constants.js
var constants = __webpack_require__(33895);
// EXTERNAL MODULE: ./lib/action/outputs.js
var outputs = __webpack_require__(87352);
// EXTERNAL MODULE: ./lib/action/step-failure.js
var step_failure = __webpack_require__(29389);
// EXTERNAL MODULE: ./lib/action/timings-cache.js + 1 modules
var timings_cache = __webpack_require__(87586);
;// CONCATENATED MODULE: ./lib/action/run-merge-step.js
// The merge step (merge-reports set): the shards' reports become one report, JUnit file and job summary, and the branch's durations history is updated with every shard's units and saved.









/** Never throws: a failure goes to core.setFailed. Returns what may still be uploading. */
async function runMergeStep(github, inputs) {
    const cwd = (0,external_node_path_.resolve)(github.workspace, inputs.workingDirectory);
    const reportJson = (0,external_node_path_.resolve)(cwd, inputs.reportJson ?? (0,external_node_path_.join)(github.workspace, constants/* STATE_ROOT */.PI, 'merge', 'report.json'));
    const junit = inputs.junit === undefined ? undefined : (0,external_node_path_.resolve)(cwd, inputs.junit);
    const summaryFile = inputs.summary ? process.env['GITHUB_STEP_SUMMARY'] : undefined;
    const timings = (0,timings_cache/* timingsCacheForStep */.f4)(github, inputs.timings);
    try {
        await timings?.restoreHistory();
        const outcome = await runMerge({
            inputs: inputs.reports,
            cwd,
            reportJson,
            ...(junit === undefined ? {} : { junit }),
            ...(inputs.junitInputs.length > 0 ? { junitInputs: inputs.junitInputs } : {}),
            ...(summaryFile ? { summaryMarkdown: summaryFile } : {}),
            timings: (0,external_node_path_.join)(github.workspace, timings_cache/* TIMINGS_CACHE_PATH */.pM),
        });
        const { report, problems } = outcome;
        const t = report.totals;
        (0,core/* info */.pq)(`testwarden: merged ${outcome.inputs.length} reports: ${t.units} units, ${t.passed} passed, ${t.failed} failed, ${t.timedOut} timed out, ${t.interrupted} interrupted; exit code ${report.exitCode}`);
        for (const w of outcome.warnings)
            (0,core/* warning */.$e)((0,workflow_command/* inertLine */.F)(w));
        await timings?.saveHistory();
        (0,outputs/* setRunOutputs */.i)(report, { reportJson, junit, checkpointKey: '' });
        // Problems alone turn a passing merge into a failed one: then the units are not the reason.
        const unitsFailed = t.failed + t.timedOut + t.resourceExceeded + t.interrupted > 0;
        const failures = [
            problems.length > 0 ? `the shards' reports do not add up: ${problems.join('; ')}` : undefined,
            unitsFailed || problems.length === 0 ? (0,step_failure/* failureMessage */.o)(report) : undefined,
        ].filter((m) => m !== undefined);
        if (failures.length > 0)
            (0,core/* setFailed */.C1)(failures.join('; '));
    }
    catch (error) {
        const usage = error instanceof errors/* UsageError */.eb
            ? new errors/* UsageError */.eb(error.message
                .replace(/^inputs: /, `${constants/* Input */.pd.mergeReports}: `)
                .replace(/^junit inputs: /, `${constants/* Input */.pd.mergeJunit}: `))
            : error;
        const { message, exitCode } = (0,step_failure/* errorFailure */.$)(usage);
        (0,outputs/* setErrorOutputs */.$)(exitCode, undefined);
        (0,core/* setFailed */.C1)(message);
    }
    return timings;
}


/***/ }),

/***/ 29389:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ errorFailure),
/* harmony export */   o: () => (/* binding */ failureMessage)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _core_report_build_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30141);
/* harmony import */ var _core_report_failure_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52236);
/* harmony import */ var _core_text_workflow_command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45370);
/* harmony import */ var _input_terms_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61864);
// Why the step fails, in one line: from the run report's exit code, or from an error before or during the run (usage errors speak of inputs, not CLI flags).





const SHOWN = 5;
/** The message for core.setFailed, or undefined when the step passes. */
function failureMessage(report) {
    if (report.exitCode === _core_report_build_report_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.ok)
        return undefined;
    if (report.exitCode === _core_report_build_report_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.shutdown) {
        return `stopped on a resource threshold (${report.reason ?? 'resource'}): re-run the job to resume`;
    }
    if (report.exitCode === _core_report_build_report_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.stateDir) {
        return 'stopped: the state dir stopped being writable (disk full, or the folder was removed); the log names the file';
    }
    if (report.status === 'interrupted') {
        return `interrupted (${report.reason ?? 'stopped'}); the checkpoint is saved: re-run the job to resume`;
    }
    const failed = report.units.filter(_core_report_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .isFailure */ .N);
    const names = failed.slice(0, SHOWN).map((u) => (0,_core_text_workflow_command_js__WEBPACK_IMPORTED_MODULE_2__/* .inertLine */ .F)(`${u.id} (${u.message ?? u.outcome})`));
    const more = failed.length > SHOWN ? `, and ${failed.length - SHOWN} more` : '';
    if (failed.length > 0) {
        return `${failed.length} of ${report.totals.units} units failed: ${names.join(', ')}${more}`;
    }
    const stopped = report.reason ? ` (${report.reason})` : '';
    return `the run did not complete${stopped}: ${report.totals.interrupted} units interrupted`;
}
/** The message for an error thrown instead of a report; and the exit code it stands for. */
function errorFailure(error) {
    if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb) {
        return { message: (0,_input_terms_js__WEBPACK_IMPORTED_MODULE_3__/* .inInputTerms */ .P)(error.message), exitCode: _core_report_build_report_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.usage };
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    const kind = error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InternalError */ .Gd ? 'internal error' : 'unexpected error';
    return {
        message: `testwarden: ${kind} (a bug in testwarden; please report it): ${detail}`,
        exitCode: _core_report_build_report_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.internal,
    };
}


/***/ }),

/***/ 30424:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ stateDirFor),
/* harmony export */   j: () => (/* binding */ effectiveCheckpointKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _checkpoint_cache_key_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67363);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33895);
// The checkpoint key in use and the state dir it names: the input's key plus a hash of what defines the suite, so two suites of one job never share a checkpoint.




/**
 * `<checkpoint-key>-<8 hex>`. The input's default (`<job id>-<matrix leg index>`) tells jobs and
 * matrix legs apart; the hash tells apart two uses of the Action in one job. Both stay the same
 * when the job is re-run, which is what lets a re-run find its checkpoint.
 */
function effectiveCheckpointKey(checkpointKey, suite) {
    const identity = JSON.stringify([
        suite.command,
        suite.shell,
        [...suite.tests],
        suite.listCommand,
        suite.workingDirectory,
        suite.shard,
        // Only with a preset, so the keys of suites without one stay what they were.
        ...(suite.preset ? [suite.preset.name, [...suite.preset.args]] : []),
        // A preset's checkpoint records its tests per batch (the unit ids name the batching): another
        // batching is another suite. Only when set, so the keys of unbatched suites stay the same.
        ...(suite.batch !== undefined ? [`batch ${suite.batch}`] : []),
    ]);
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(identity).digest('hex').slice(0, 8);
    return `${checkpointKey}-${hash}`;
}
/**
 * `<workspace>/.testwarden/<key>`: inside the workspace because the Actions cache stores the
 * checkpoint by its path relative to the workspace (a re-run's RUNNER_TEMP starts empty and may
 * be elsewhere); one folder per key so two suites of a job do not share a registry.
 */
function stateDirFor(workspace, checkpointKey) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(workspace, _constants_js__WEBPACK_IMPORTED_MODULE_3__/* .STATE_ROOT */ .PI, (0,_checkpoint_cache_key_js__WEBPACK_IMPORTED_MODULE_2__/* .cacheSafeCheckpointKey */ .x)(checkpointKey));
}


/***/ }),

/***/ 87586:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pM: () => (/* binding */ TIMINGS_CACHE_PATH),
  f4: () => (/* binding */ timingsCacheForStep)
});

// UNUSED EXPORTS: ActionsCacheTimings

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./node_modules/@actions/cache/lib/cache.js + 305 modules
var cache = __webpack_require__(1388);
// EXTERNAL MODULE: ./lib/core/plan/timings.js
var timings = __webpack_require__(85236);
// EXTERNAL MODULE: ./lib/action/cache-call.js + 1 modules
var cache_call = __webpack_require__(34121);
// EXTERNAL MODULE: ./lib/action/constants.js
var constants = __webpack_require__(33895);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/action/checkpoint-cache-key.js
var checkpoint_cache_key = __webpack_require__(67363);
;// CONCATENATED MODULE: ./lib/action/timings-cache-key.js
// Actions-cache keys for the durations history (docs/sharding.md): one history per suite and branch falling back to the base and default branches, and the split of one run pinned under its run id.



function timingsCacheKeys(parts) {
    if (!/^[a-z0-9]{1,20}$/.test(parts.os))
        throw (0,errors/* invalidOption */.J0)('os (RUNNER_OS)', 'a lower-case name such as "linux"', parts.os);
    if (!/^[1-9][0-9]{0,19}$/.test(parts.runId)) {
        throw (0,errors/* invalidOption */.J0)('runId (GITHUB_RUN_ID)', 'a positive integer', parts.runId);
    }
    if (!Number.isSafeInteger(parts.runAttempt) || parts.runAttempt < 1) {
        throw (0,errors/* invalidOption */.J0)('runAttempt (GITHUB_RUN_ATTEMPT)', 'a positive integer', parts.runAttempt);
    }
    if (parts.branch === '')
        throw (0,errors/* invalidOption */.J0)('branch', 'a branch name', parts.branch);
    if (parts.timingsKey === '') {
        throw (0,errors/* invalidOption */.J0)('timings-key', 'a non-empty name', parts.timingsKey);
    }
    const key = (0,checkpoint_cache_key/* cacheSafeCheckpointKey */.x)(parts.timingsKey);
    const prefix = (branch) => `testwarden-timings-v1-${parts.os}-${key}-${cacheSafeBranch(branch)}-`;
    const branches = [...new Set([parts.branch, ...parts.fallbackBranches].filter((b) => b !== ''))];
    const own = prefix(parts.branch);
    return {
        splitKey: `testwarden-split-v1-${parts.os}-${key}-${parts.runId}`,
        historyPrefixes: branches.map(prefix),
        // Random: matrix legs and two steps of one job save under the same run id and attempt.
        newHistoryKey: () => `${own}${parts.runId}-${parts.runAttempt}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`,
    };
}
/**
 * A branch name as it appears in a key: cache keys may not contain commas and are at most 512
 * characters, branch names may have 255. Names without a comma up to 100 characters stay as they
 * are; others are cut and followed by a hash of the whole name.
 */
function cacheSafeBranch(branch) {
    if (/^[^,]{1,100}$/.test(branch))
        return branch;
    const hash = (0,external_node_crypto_.createHash)('sha256').update(branch).digest('hex').slice(0, 12);
    return `${branch.replace(/,/g, '_').slice(0, 80)}-${hash}`;
}

;// CONCATENATED MODULE: ./lib/action/timings-cache.js
// The durations history in the Actions cache (docs/sharding.md): restored before a run or a merge, the split of a sharded run pinned under its run id, the updated history saved under a new key; every cache problem is a warning.









/**
 * The one `paths` entry of every timings cache call. The cache's version hashes the path strings,
 * so it is the same relative string everywhere (an absolute path would carry the checkout's
 * location); the client globs it from the current directory, which in a step is the workspace.
 */
const TIMINGS_CACHE_PATH = `${constants/* STATE_ROOT */.PI}/timings.json`;
class ActionsCacheTimings {
    options;
    keys;
    calls;
    log;
    paths = [TIMINGS_CACHE_PATH];
    /** sha256 of the history as restored: an unchanged one is not saved again. */
    restoredHash;
    /** Set by the first failed call: later ones are not tried. */
    broken;
    constructor(options) {
        this.options = options;
        this.keys = timingsCacheKeys(options);
        this.calls = new cache_call/* CacheCalls */.WV(options.timeoutMs ?? 20_000);
        this.log = options.log ?? { info: core/* info */.pq, warning: core/* warning */.$e };
    }
    /** The branch's history (else a fallback branch's) into the file; a miss leaves no file. */
    async restoreHistory() {
        const blocked = (0,cache_call/* cacheBlockedReason */.fW)('restore');
        if (blocked)
            return this.none(`not restored: ${blocked}`, true);
        (0,external_node_fs_.rmSync)(this.options.file, { force: true });
        const [own, ...others] = this.keys.historyPrefixes;
        const restored = await this.restore(own, [own, ...others]);
        if (restored.kind !== 'hit') {
            const searched = this.keys.historyPrefixes.join(', ');
            return restored.kind === 'miss'
                ? this.none(`no durations history in the Actions cache yet (${searched})`, false)
                : this.none(`not restored: ${restored.reason}`, true);
        }
        this.log.info(`Durations history restored from the Actions cache (${restored.key}).`);
        return { kind: 'history', key: restored.key };
    }
    /**
     * The durations every shard of this run splits by: the ones pinned under the run id by the first
     * shard (or attempt) to get there; else the history, pinned now. A pin that cannot be made is a
     * warning: a shard reading another history would split differently, which merge reports.
     */
    async restoreForShards() {
        const { splitKey } = this.keys;
        if ((0,cache_call/* cacheBlockedReason */.fW)('restore'))
            return this.restoreHistory();
        (0,external_node_fs_.rmSync)(this.options.file, { force: true });
        const pinned = await this.restorePin();
        if (pinned.kind === 'pinned')
            return pinned;
        const history = await this.restoreHistory();
        // No history is pinned too: a re-run must not split by one saved since (by the merge job).
        if (!(0,external_node_fs_.existsSync)(this.options.file))
            (0,timings/* writeTimings */.Hk)(this.options.file, (0,timings/* emptyTimings */.Fs)());
        const saved = await this.save(splitKey);
        if (saved.kind === 'saved') {
            this.log.info(`The split of this run is pinned in the Actions cache as ${splitKey}.`);
            return history;
        }
        // Taken: another shard got there first and may still be uploading; wait for its entry.
        const deadline = Date.now() + (saved.kind === 'taken' ? (this.options.pinWaitMs ?? 5_000) : 0);
        for (;;) {
            const other = await this.restorePin();
            if (other.kind === 'pinned')
                return other;
            if (other.kind === 'failed' || Date.now() >= deadline)
                break;
            await new Promise((resolve) => setTimeout(resolve, 250));
        }
        this.log.warning(`The split of this run could not be pinned in the Actions cache as ${splitKey} (${saved.reason}): the shards split by the history each one restored.`);
        if (!(0,external_node_fs_.existsSync)(this.options.file))
            (0,timings/* writeTimings */.Hk)(this.options.file, (0,timings/* emptyTimings */.Fs)());
        return history;
    }
    /** Saves the file under a new history key of this branch, unless it is missing or unchanged. */
    async saveHistory() {
        if (!(0,external_node_fs_.existsSync)(this.options.file)) {
            this.log.info('No durations recorded: the history is not saved.');
            return;
        }
        if (hashOf(this.options.file) === this.restoredHash) {
            this.log.info('The durations history is unchanged: not saved again.');
            return;
        }
        const key = this.keys.newHistoryKey();
        const saved = await this.save(key);
        if (saved.kind === 'saved')
            this.log.info(`Durations history saved to the Actions cache as ${key}.`);
        else
            this.log.warning(`Durations history not saved as ${key}: ${saved.reason}.`);
    }
    idle() {
        return this.calls.idle();
    }
    async restorePin() {
        const { splitKey } = this.keys;
        const pinned = await this.restore(splitKey, []);
        if (pinned.kind === 'hit' && pinned.key === splitKey) {
            this.log.info(`The shards split by the durations pinned for this run (${splitKey}).`);
            return { kind: 'pinned', key: splitKey };
        }
        // The service may match the key as a prefix (another run id that starts with this one).
        if (pinned.kind === 'hit')
            (0,external_node_fs_.rmSync)(this.options.file, { force: true });
        return { kind: pinned.kind === 'failed' ? 'failed' : 'miss' };
    }
    async restore(primary, prefixes) {
        if (this.broken)
            return { kind: 'failed', reason: this.broken };
        const result = await this.calls.call(() => (0,cache/* restoreCache */.P3)(this.paths, primary, prefixes));
        if (result.kind !== 'returned')
            return this.failed(this.calls.explain(result));
        if (result.value === undefined) {
            const failure = (0,cache_call/* restoreFailure */.Fi)(result.messages);
            return failure ? this.failed(failure) : { kind: 'miss' };
        }
        try {
            this.restoredHash = hashOf(this.options.file);
        }
        catch (error) {
            return { kind: 'failed', reason: `${result.value} was restored but: ${(0,cache_call/* errorMessage */.gJ)(error)}` };
        }
        return { kind: 'hit', key: result.value };
    }
    async save(key) {
        const blocked = (0,cache_call/* cacheBlockedReason */.fW)('save') ?? this.broken;
        if (blocked)
            return { kind: 'failed', reason: blocked };
        const result = await this.calls.call(() => (0,cache/* saveCache */.Io)(this.paths, key));
        if (result.kind === 'returned' && result.value !== -1)
            return { kind: 'saved' };
        // The client says "Unable to reserve cache" for any failure to create the entry; the service's
        // answer to a key that exists is 409 (twirp already_exists), in the client's debug lines.
        const taken = result.messages.some((m) => /\(409\)|already.exists/i.test(m.text));
        return taken
            ? { kind: 'taken', reason: `${key} exists already` }
            : this.failed(this.calls.explain(result));
    }
    /** After one failure no more calls: a service that retries 5xx for half a minute would hold the step up each time. */
    failed(reason) {
        this.broken ??= `not tried: the cache service failed before (${reason})`;
        return { kind: 'failed', reason };
    }
    none(detail, trouble) {
        if (trouble)
            this.log.warning(`Durations history ${detail}.`);
        else
            this.log.info(`${detail}.`);
        return { kind: 'none', detail };
    }
}
function hashOf(file) {
    return (0,external_node_crypto_.createHash)('sha256').update((0,external_node_fs_.readFileSync)(file)).digest('hex');
}
/** The history's place in the cache for this step; undefined, with the reason logged, off a runner. */
function timingsCacheForStep(github, inputs) {
    if (github.runId === undefined || github.branch === '') {
        (0,core/* info */.pq)('testwarden: no GITHUB_RUN_ID or branch (not on a runner?): the durations history stays on disk only');
        return undefined;
    }
    try {
        return new ActionsCacheTimings({
            os: github.os,
            timingsKey: inputs.key,
            branch: github.branch,
            fallbackBranches: [github.baseBranch, inputs.defaultBranch],
            runId: github.runId,
            runAttempt: github.runAttempt,
            file: (0,external_node_path_.join)(github.workspace, TIMINGS_CACHE_PATH),
            timeoutMs: constants/* TIMINGS_CACHE_TIMEOUT_MS */.qN,
        });
    }
    catch (error) {
        (0,core/* warning */.$e)(`The durations history will not be kept in the Actions cache: ${(0,cache_call/* errorMessage */.gJ)(error)}`);
        return undefined;
    }
}


/***/ }),

/***/ 54692:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ earlierAttemptLogs),
/* harmony export */   U: () => (/* binding */ nextRun)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _state_dir_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(94772);
// Finds the logs earlier runs of a state dir left for a unit (a resumed run keeps them), so a new run numbers its own attempts after them and the report lists every attempt's log.



const NAME = /^(.+?-[0-9a-f]{8})(?:\.run(\d+))?(?:\.attempt(\d+))?\.log$/;
/** The logs folder's attempt logs by unit file stem, read once per state dir. */
const listings = new WeakMap();
/**
 * The logs of `unitId` already in the state dir, oldest first (run, then attempt). A fresh state
 * dir was emptied when the run began: nothing is read for it.
 */
function earlierAttemptLogs(state, unitId) {
    if (!state.kept)
        return [];
    let byStem = listings.get(state);
    if (!byStem) {
        byStem = listLogs(state.logs);
        listings.set(state, byStem);
    }
    return byStem.get((0,_state_dir_js__WEBPACK_IMPORTED_MODULE_2__/* .unitFileStem */ .aQ)(unitId)) ?? [];
}
/** The run number this run's attempts of a unit get: one after the last run that left a log. */
function nextRun(earlier) {
    return Math.max(0, ...earlier.map((l) => l.run)) + 1;
}
function listLogs(dir) {
    const byStem = new Map();
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir);
    }
    catch (error) {
        // The folder was created when the run was planned: only a missing one means "no logs".
        if (error.code === 'ENOENT')
            return byStem;
        throw error;
    }
    for (const name of names) {
        const match = NAME.exec(name);
        if (!match)
            continue;
        const entry = {
            run: Number(match[2] ?? 1),
            attempt: Number(match[3] ?? 1),
            log: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name),
        };
        const list = byStem.get(match[1]) ?? [];
        list.push(entry);
        byStem.set(match[1], list);
    }
    for (const list of byStem.values())
        list.sort((a, b) => a.run - b.run || a.attempt - b.attempt);
    return byStem;
}


/***/ }),

/***/ 74818:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SI: () => (/* binding */ stopContainer),
/* harmony export */   US: () => (/* binding */ describeEngineExit),
/* harmony export */   Yt: () => (/* binding */ ensureImage),
/* harmony export */   Z0: () => (/* binding */ buildIsolatedCommand)
/* harmony export */ });
/* unused harmony exports UNIT_ENV_NAMES, containerName */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12444);
/* harmony import */ var _container_tracking_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52737);
/* harmony import */ var _container_proof_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17088);
// `--isolation container`: the engine command that runs one unit inside a labelled container, the stop used on timeouts, and the image check.





/** Passed by name (`-e NAME`): the engine copies the value from its own environment, so no value is in argv. */
const UNIT_ENV_NAMES = [
    'TESTWARDEN',
    'TESTWARDEN_RUN_ID',
    'TESTWARDEN_UNIT',
    'TESTWARDEN_ATTEMPT',
    'TESTWARDEN_JUNIT',
];
/** `testwarden-<run>-<hash of unit and attempt>`: valid for both engines, unique per attempt. */
function containerName(runId, unitId, attempt) {
    const run = runId.replace(/[^a-zA-Z0-9_.-]/g, '-').slice(0, 40);
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${unitId}\0${attempt}`).digest('hex').slice(0, 12);
    return `testwarden-${run}-${hash}`;
}
function buildIsolatedCommand(o) {
    const name = containerName(o.runId, o.unitId, o.attempt);
    const args = ['run', '--rm', '--init', '--name', name];
    args.push('--label', `${_container_tracking_js__WEBPACK_IMPORTED_MODULE_3__/* .RUN_LABEL */ .jQ}=${o.runId}`, '--label', `${_container_tracking_js__WEBPACK_IMPORTED_MODULE_3__/* .UNIT_LABEL */ .Sj}=${o.unitId}`);
    args.push('--label', `${_container_tracking_js__WEBPACK_IMPORTED_MODULE_3__/* .ATTEMPT_LABEL */ .$c}=${o.attempt}`);
    for (const path of [o.cwd, ...(o.mounts ?? [])])
        args.push('-v', `${path}:${path}`);
    // The engine mounts parents before children: the mask lies under the unit's own JUnit file.
    for (const path of o.masks ?? [])
        args.push('--mount', `type=tmpfs,${csvField(`target=${path}`)},readonly`);
    args.push('-w', o.cwd);
    if (o.memory !== undefined) {
        const memory = memoryArg(o.memory);
        args.push('--memory', memory, '--memory-swap', memory);
    }
    if (o.cpus !== undefined)
        args.push('--cpus', cpusArg(o.cpus));
    if (o.user !== undefined)
        args.push('--user', o.user);
    for (const env of o.envNames ?? UNIT_ENV_NAMES)
        args.push('-e', env);
    // Everything after the image is the unit's own argv, never read as engine options.
    args.push(o.image, o.program, ...o.args);
    return { program: o.engine.command, args, name };
}
/** `--mount` reads its value as CSV: a field holding a comma or quote is quoted. */
function csvField(field) {
    return /[,"]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}
function memoryArg(value) {
    const text = String(value).trim();
    if (/^\d+(\.\d+)?[bkmg]?$/i.test(text) && Number.parseFloat(text) > 0)
        return text.toLowerCase();
    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidOption */ .J0)('--container-memory', 'a size such as 512m, 2g or a number of bytes', value);
}
function cpusArg(value) {
    const n = Number(value);
    if (Number.isFinite(n) && n > 0 && String(value).trim() !== '')
        return String(n);
    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidOption */ .J0)('--container-cpus', 'a positive number such as 0.5 or 2', value);
}
/** Checks the image is there before any unit starts; a missing one is a configuration error. */
async function ensureImage(engine, image) {
    try {
        await (0,_engine_js__WEBPACK_IMPORTED_MODULE_2__/* .runEngine */ .cn)(engine, ['image', 'inspect', image], { timeoutMs: 15_000 });
    }
    catch (error) {
        const detail = error instanceof _engine_js__WEBPACK_IMPORTED_MODULE_2__/* .EngineCommandError */ .iZ ? error.stderr.trim() || error.message : String(error);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--container-image: ${engine.kind} has no image ${JSON.stringify(image)} (pull or build it before the run): ${detail}`, { cause: error });
    }
}
/**
 * What an isolated unit's exit code means when the engine, not the unit, failed. docker and
 * podman share the convention: 125 the engine could not create or start the container, 126 the
 * command could not be run, 127 it was not found in the image. Other codes are the unit's own.
 */
function describeEngineExit(engine, exitCode) {
    switch (exitCode) {
        case 125:
            return `${engine.kind} could not start the unit's container (its error is in the unit log)`;
        case 126:
            return `the unit's command could not be run inside the container`;
        case 127:
            return `the unit's command was not found in the container image`;
        default:
            return undefined;
    }
}
/**
 * Timeout or shutdown of an isolated unit: SIGTERM to the container's init, the grace period,
 * then `rm -f`. The name is resolved once to a full id that must carry the run's, unit's and
 * attempt's labels; every signal and removal then names that id, never the name.
 */
async function stopContainer(engine, name, graceMs, owner) {
    const verdict = await (0,_container_proof_js__WEBPACK_IMPORTED_MODULE_4__/* .proveNamedContainer */ .rP)(engine, name, {
        runId: owner.runId,
        labels: { [_container_tracking_js__WEBPACK_IMPORTED_MODULE_3__/* .UNIT_LABEL */ .Sj]: owner.unitId, [_container_tracking_js__WEBPACK_IMPORTED_MODULE_3__/* .ATTEMPT_LABEL */ .$c]: String(owner.attempt) },
    });
    if (verdict.kind === 'gone')
        return { graceful: true, removed: true };
    if (verdict.kind === 'refused')
        return { graceful: false, removed: false, refused: verdict.why };
    const id = verdict.id;
    if ((await containerRunning(engine, id)) === 'gone')
        return { graceful: true, removed: true };
    try {
        await (0,_engine_js__WEBPACK_IMPORTED_MODULE_2__/* .runEngine */ .cn)(engine, ['kill', '--signal', 'TERM', id], { timeoutMs: 10_000 });
    }
    catch {
        // Not running any more (or already gone): the checks below tell.
    }
    const deadline = Date.now() + graceMs;
    let interval = 10;
    let state = await containerRunning(engine, id);
    while (state === 'running' && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, Math.min(interval, Math.max(1, deadline - Date.now()))));
        interval = Math.min(interval * 2, 100);
        state = await containerRunning(engine, id);
    }
    const graceful = state !== 'running';
    if (state === 'gone')
        return { graceful, removed: true };
    let error;
    try {
        await (0,_engine_js__WEBPACK_IMPORTED_MODULE_2__/* .runEngine */ .cn)(engine, (0,_engine_js__WEBPACK_IMPORTED_MODULE_2__/* .forceRemoveArgs */ .DT)(engine, [id]), { timeoutMs: 30_000 });
    }
    catch (e) {
        error = e instanceof _engine_js__WEBPACK_IMPORTED_MODULE_2__/* .EngineCommandError */ .iZ ? e.stderr.trim() || e.message : String(e);
    }
    // `--rm` may already be removing it ("removal … already in progress"): wait for that, bounded.
    let removed = (await containerRunning(engine, id)) === 'gone';
    for (let wait = 10, until = Date.now() + 5000; !removed && Date.now() < until; wait = Math.min(wait * 2, 200)) {
        await new Promise((resolve) => setTimeout(resolve, wait));
        removed = (await containerRunning(engine, id)) === 'gone';
    }
    return removed
        ? { graceful, removed }
        : { graceful, removed, error: error ?? 'still present after rm -f' };
}
async function containerRunning(engine, id) {
    try {
        const { stdout } = await (0,_engine_js__WEBPACK_IMPORTED_MODULE_2__/* .runEngine */ .cn)(engine, ['container', 'inspect', '--format', '{{.State.Running}}', id], {
            timeoutMs: 10_000,
        });
        return stdout.trim() === 'true' ? 'running' : 'stopped';
    }
    catch (error) {
        if (error instanceof _engine_js__WEBPACK_IMPORTED_MODULE_2__/* .EngineCommandError */ .iZ &&
            !error.timedOut &&
            /no such|not found/i.test(error.stderr)) {
            return 'gone';
        }
        throw error;
    }
}


/***/ }),

/***/ 47830:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ ContainerWatcher)
/* harmony export */ });
/* harmony import */ var _container_list_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17981);
/* harmony import */ var _container_proof_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17088);
/* harmony import */ var _container_tracking_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52737);



class ContainerWatcher {
    engine;
    #runId;
    #unattributed;
    #watches = new Map();
    /** Containers already reported by a unit. */
    #handled = new Set();
    constructor(engine, runId, unattributed = 'leave') {
        this.engine = engine;
        this.#runId = runId;
        this.#unattributed = unattributed;
    }
    /** Before the unit starts: what exists now is not the unit's. */
    async before(key, unitId, attempt) {
        const now = await (0,_container_list_js__WEBPACK_IMPORTED_MODULE_0__/* .listContainers */ .ts)(this.engine);
        this.#watches.set(key, {
            unitId,
            attempt,
            start: Date.now(),
            before: new Set(now.map((c) => c.id)),
        });
    }
    /**
     * After the unit ended. Its own: labelled for this run, unit and attempt (the labels its
     * endpoint stamped). Unattributed: new since its snapshot and without any testwarden run
     * label; decided when the last unit whose window holds the creation time ends, and named
     * with every such unit as a candidate.
     */
    async after(key, policy) {
        const watch = this.#watches.get(key);
        if (!watch || watch.end !== undefined)
            return { leaks: [], warnings: [] };
        watch.end = Date.now();
        const now = await (0,_container_list_js__WEBPACK_IMPORTED_MODULE_0__/* .listContainers */ .ts)(this.engine);
        const fresh = now.filter((c) => !this.#handled.has(c.id) && (0,_container_tracking_js__WEBPACK_IMPORTED_MODULE_2__/* .isLeftBehind */ .KW)(c));
        const own = fresh.filter((c) => this.#isOwn(c.labels, watch));
        const strangers = fresh.filter((c) => c.labels[_container_tracking_js__WEBPACK_IMPORTED_MODULE_2__/* .RUN_LABEL */ .jQ] === undefined && !watch.before.has(c.id));
        const windows = [...this.#watches.values()];
        const unattributed = [];
        for (const { container, candidates } of (0,_container_tracking_js__WEBPACK_IMPORTED_MODULE_2__/* .attributeContainers */ .fY)(strangers, windows)) {
            const running = windows.filter((w) => w.end === undefined && candidates.includes(w.unitId));
            if (running.length > 0)
                continue; // decided when the last candidate ends
            unattributed.push({ container, candidates });
        }
        // Ended windows stay while other units run: they are candidates for what those units find.
        if (![...this.#watches.values()].some((w) => w.end === undefined))
            this.#watches.clear();
        for (const c of [...own, ...unattributed.map((u) => u.container)])
            this.#handled.add(c.id);
        const leaks = [];
        const warnings = [];
        const removing = policy !== 'warn';
        const proven = removing ? await this.#prove(own, watch) : new Set();
        const toRemove = [
            ...own.filter((c) => proven.has(c.id)),
            ...(removing && this.#unattributed === 'remove' ? unattributed.map((u) => u.container) : []),
        ];
        const removed = new Map((await (0,_container_tracking_js__WEBPACK_IMPORTED_MODULE_2__/* .removeContainers */ .Dn)(this.engine, toRemove)).map((r) => [r.id, r]));
        for (const r of removed.values())
            if (r.action === 'remove-failed')
                warnings.push(`container ${r.name || r.id} could not be removed: ${r.error ?? ''}`);
        for (const c of own) {
            const action = removed.get(c.id)?.action ?? (removing ? 'remove-failed' : 'left');
            if (removing && !proven.has(c.id))
                warnings.push(`container ${c.name || c.id} changed before its removal; it was left alone`);
            leaks.push({ kind: 'container', id: c.id, name: c.name, action });
        }
        for (const { container: c, candidates } of unattributed) {
            leaks.push({
                kind: 'container',
                id: c.id,
                name: c.name,
                action: removed.get(c.id)?.action ?? 'left',
                unattributed: true,
                ...(candidates.length > 1 ? { candidates } : {}),
            });
        }
        return { leaks, warnings };
    }
    #isOwn(labels, watch) {
        return (labels[_container_tracking_js__WEBPACK_IMPORTED_MODULE_2__/* .RUN_LABEL */ .jQ] === this.#runId &&
            labels[_container_tracking_js__WEBPACK_IMPORTED_MODULE_2__/* .UNIT_LABEL */ .Sj] === watch.unitId &&
            labels[_container_tracking_js__WEBPACK_IMPORTED_MODULE_2__/* .ATTEMPT_LABEL */ .$c] === String(watch.attempt));
    }
    /** Right before removal, the one proof (full id, this run's label) plus this unit's and attempt's labels. */
    async #prove(containers, watch) {
        const labels = { [_container_tracking_js__WEBPACK_IMPORTED_MODULE_2__/* .UNIT_LABEL */ .Sj]: watch.unitId, [_container_tracking_js__WEBPACK_IMPORTED_MODULE_2__/* .ATTEMPT_LABEL */ .$c]: String(watch.attempt) };
        const verdicts = await (0,_container_proof_js__WEBPACK_IMPORTED_MODULE_1__/* .proveContainers */ .hU)(this.engine, containers.map((c) => ({ id: c.id, runId: this.#runId, labels })));
        return new Set(verdicts.flatMap((v) => (v.kind === 'proven' ? [v.id] : [])));
    }
}


/***/ }),

/***/ 46077:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ openUnitEndpoints)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/containers/docker-endpoint.js
var docker_endpoint = __webpack_require__(9782);
// EXTERNAL MODULE: ./lib/core/containers/api-get.js
var api_get = __webpack_require__(32633);
;// CONCATENATED MODULE: ./lib/core/containers/engine-upstream.js
// Finds the API socket of the engine testwarden watches, so units can be given a labelling proxy in front of it; says why not when it cannot.




/**
 * podman's API socket when its service runs: `CONTAINER_HOST` (unix only), else the rootless
 * (`$XDG_RUNTIME_DIR/podman/podman.sock`) or rootful (`/run/podman/podman.sock`) default.
 */
function podmanSocketPath(env) {
    const host = env.CONTAINER_HOST;
    if (host)
        return host.startsWith('unix://') ? host.slice('unix://'.length) : undefined;
    const candidates = [
        ...(env.XDG_RUNTIME_DIR ? [(0,external_node_path_.join)(env.XDG_RUNTIME_DIR, 'podman', 'podman.sock')] : []),
        '/run/podman/podman.sock',
    ];
    return candidates.find((path) => (0,external_node_fs_.existsSync)(path));
}
/**
 * The engine's API socket as the unit's own environment would reach it, checked to answer
 * `/version` with the version the engine's CLI reported (the same daemon). docker through
 * `tcp://` or `ssh://` (directly or by a context), and podman without its service have none here.
 */
async function findEngineUpstream(engine, env) {
    let path;
    if (engine.kind === 'docker') {
        const endpoint = (0,docker_endpoint/* dockerEndpoint */.u)(env);
        if (endpoint.kind !== 'socket')
            return { ok: false, why: endpoint.why };
        path = endpoint.path;
        // The socket the engine was found through, already asked for its version.
        if (path === engine.apiSocket)
            return { ok: true, socketPath: path };
    }
    else {
        path = podmanSocketPath(env);
        if (!path) {
            const why = env.CONTAINER_HOST
                ? `CONTAINER_HOST=${env.CONTAINER_HOST} is not a unix:// socket`
                : 'no podman API socket (start `podman system service` or the podman.socket unit)';
            return { ok: false, why };
        }
    }
    try {
        const answer = (await (0,api_get/* getJson */.T)(path, '/version', 3000));
        if (answer.Version === engine.version)
            return { ok: true, socketPath: path };
        return {
            ok: false,
            why: `${path} answers version ${String(answer.Version)}, the ${engine.kind} CLI ${engine.version}`,
        };
    }
    catch (error) {
        return { ok: false, why: `${path}: ${error.message}` };
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./lib/core/containers/container-tracking.js
var container_tracking = __webpack_require__(52737);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./lib/core/containers/chunked-body.js
// Follows a chunked request body (RFC 9112 §7.1) across reads without copying it: only the chunk-size lines and the trailer are looked at, payload bytes are skipped by counting.
/**
 * One chunked body. `consume` says how many bytes of a read belong to the body; `onData`, when
 * given, receives the decoded payload as views into the read (for the few bodies that are read,
 * such as a container create) — on a passed-through body nothing is allocated per chunk.
 *
 * The class refers to nothing outside itself, not even its own name (its error comes from the
 * caller; its limits are written where they apply): body-relay.ts runs its source text in a
 * worker thread, which scans a large body with the same code.
 */
class ChunkedBody {
    #error;
    #state = 'size';
    #size = 0;
    #digits = 0;
    #remaining = 0;
    #lineBytes = 0;
    constructor(error, from) {
        this.#error = error;
        if (from)
            [this.#state, this.#size, this.#digits, this.#remaining, this.#lineBytes] = from;
    }
    get done() {
        return this.#state === 'done';
    }
    /** The scan's position, to go on from with `new ChunkedBody(error, state)`. */
    get state() {
        return [this.#state, this.#size, this.#digits, this.#remaining, this.#lineBytes];
    }
    consume(buf, onData) {
        let i = 0;
        const end = buf.length;
        while (i < end) {
            switch (this.#state) {
                case 'data': {
                    const take = Math.min(this.#remaining, end - i);
                    if (onData)
                        onData(buf.subarray(i, i + take));
                    i += take;
                    this.#remaining -= take;
                    if (this.#remaining === 0)
                        this.#state = 'data-cr';
                    break;
                }
                case 'size': {
                    const byte = buf[i++];
                    const digit = this.#hexValue(byte);
                    if (digit >= 0) {
                        // More hex digits than 13 could not be a size the engine accepts (nor a safe integer).
                        if (++this.#digits > 13)
                            throw this.#error('chunk size has too many digits');
                        this.#size = this.#size * 16 + digit;
                    }
                    else if (this.#digits === 0) {
                        throw this.#error(`bad chunk size line: byte 0x${byte.toString(16)}`);
                    }
                    else if (byte === 0x0a) {
                        this.#endSizeLine();
                    }
                    else {
                        this.#state = 'size-rest';
                        this.#lineBytes = 1;
                    }
                    break;
                }
                case 'size-rest': {
                    i = this.#toLineEnd(buf, i, 'chunk line too long');
                    if (this.#lineBytes < 0)
                        this.#endSizeLine();
                    break;
                }
                case 'data-cr': {
                    const byte = buf[i++];
                    if (byte === 0x0a)
                        this.#state = 'size';
                    else if (byte === 0x0d)
                        this.#state = 'data-lf';
                    else
                        throw this.#error('chunk data longer than its size');
                    break;
                }
                case 'data-lf': {
                    if (buf[i++] !== 0x0a)
                        throw this.#error('chunk data longer than its size');
                    this.#state = 'size';
                    break;
                }
                case 'trailer-start': {
                    const byte = buf[i++];
                    if (byte === 0x0a)
                        this.#state = 'done';
                    else if (byte !== 0x0d) {
                        this.#state = 'trailer-line';
                        this.#lineBytes = 1;
                    }
                    break;
                }
                case 'trailer-line': {
                    i = this.#toLineEnd(buf, i, 'trailer line too long');
                    if (this.#lineBytes < 0)
                        this.#state = 'trailer-start';
                    break;
                }
                case 'done':
                    return i;
            }
        }
        return i;
    }
    /**
     * Skips to just past the line's LF (then `#lineBytes` is -1) or to the read's end; a chunk
     * line's extensions or a trailer line longer than 4096 bytes is refused.
     */
    #toLineEnd(buf, i, tooLong) {
        const lf = buf.indexOf(0x0a, i);
        const upTo = lf < 0 ? buf.length : lf;
        this.#lineBytes += upTo - i;
        if (this.#lineBytes > 4096)
            throw this.#error(tooLong);
        if (lf < 0)
            return upTo;
        this.#lineBytes = -1;
        return upTo + 1;
    }
    #hexValue(byte) {
        if (byte >= 0x30 && byte <= 0x39)
            return byte - 0x30;
        const lower = byte | 0x20;
        if (lower >= 0x61 && lower <= 0x66)
            return lower - 0x61 + 10;
        return -1;
    }
    #endSizeLine() {
        this.#remaining = this.#size;
        this.#state = this.#size === 0 ? 'trailer-start' : 'data';
        this.#size = 0;
        this.#digits = 0;
    }
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
;// CONCATENATED MODULE: ./lib/core/containers/socket-reads.js
// The engine proxy's byte path: sockets that read into one reused buffer (no buffer allocated per read) and stop reading while what was passed on from it is still being written.

/**
 * Big enough to take a unix socket's whole queue (about 208 KiB by default) in one read; two per
 * proxied connection. Node's own reads are 64 KiB into a fresh buffer each: on a copy or an
 * attach stream through the proxy they cost about four times the CPU per MB.
 */
const READ_BUFFER_BYTES = 256 * 1024;
/**
 * Reads that land in one buffer and go straight to `onData`, which passes them on with
 * `forward`. A write the kernel does not take at once still points into the buffer, so reading
 * stops until every write made from it is done; the next read cannot overwrite unsent bytes.
 * The writes' own callbacks say when: nothing extra is written to find out (an empty write
 * costs a system call and a pass through the stream per stop). `onData` must copy whatever it
 * keeps past its return.
 */
class ReusedBufferReads {
    onread;
    #reader;
    #to;
    #writes = 0;
    #written = 0;
    #stopped = false;
    /** Reading is held by `hold` until `release`. */
    #held = false;
    #drained;
    #onWritten = () => {
        // Callbacks come in the order of the writes: the last one means all are done.
        if (++this.#written !== this.#writes)
            return;
        if (this.#stopped) {
            this.#stopped = false;
            if (!this.#held)
                this.#reader?.resume();
        }
        const drained = this.#drained;
        this.#drained = undefined;
        drained?.();
    };
    constructor(onData) {
        this.onread = {
            buffer: Buffer.allocUnsafe(READ_BUFFER_BYTES),
            callback: (n, buffer) => {
                onData(buffer.subarray(0, n));
                return this.#settled() && !this.#held;
            },
        };
    }
    /** The socket read from and the socket written to; reads before this are not expected. */
    bind(reader, to) {
        this.#reader = reader;
        this.#to = to;
    }
    /** Writes bytes from a read (or any bytes) to the other socket. */
    forward(data) {
        if (data.length === 0)
            return;
        this.#writes++;
        this.#to.write(data, this.#onWritten);
    }
    /**
     * Stops reading until `release` (from the next read on, when called during one); `drained`
     * runs once every write made so far is done — from then on the other socket has no write of
     * ours pending, and this one is not read.
     */
    hold(drained) {
        this.#held = true;
        this.#reader?.pause();
        if (this.#written === this.#writes)
            drained();
        else
            this.#drained = drained;
    }
    /** Reads again after `hold` (once pending writes are done, if any are). */
    release() {
        this.#held = false;
        this.#drained = undefined;
        if (!this.#stopped)
            this.#reader?.resume();
    }
    /** For a socket read the default way (`on('data')`): the same pause until written. */
    afterDataEvent() {
        if (!this.#settled() || this.#held)
            this.#reader?.pause();
    }
    /**
     * After a read: go on unless a write is still pending. Node writes what the kernel takes at
     * once before `write` returns (its callback comes later): a pending write leaves bytes counted
     * in `writableLength` (bytes written there other than through `forward` never hold a read).
     */
    #settled() {
        if (!this.#to || this.#to.writableLength === 0 || this.#written === this.#writes)
            return true;
        this.#stopped = true;
        return false;
    }
}
/** An outgoing connection that reads into `reads`' buffer (`onread` is Node's public option for it). */
function connectReusing(target, reads) {
    return (0,external_node_net_.connect)({ ...target, allowHalfOpen: true, onread: reads.onread });
}
/**
 * Node's server gives no `onread` for the sockets it accepts: this takes over the handle of a
 * connection accepted with `pauseOnConnect` (so nothing was read yet) and wraps it in a socket
 * that reads into `reads`' buffer, as Node itself wraps handles passed between processes. Where
 * the handle cannot be taken over (`undefined`), the caller reads the accepted socket as it is.
 */
function adoptAccepted(accepted, reads) {
    const holder = accepted;
    const handle = holder._handle;
    if (!handle ||
        typeof handle.useUserBuffer !== 'function' ||
        typeof handle.readStart !== 'function')
        return undefined;
    holder._handle = null;
    const socket = new external_node_net_.Socket({
        handle,
        allowHalfOpen: true,
        readable: true,
        writable: true,
        onread: reads.onread,
    });
    // The emptied socket only counts the connection on the server: closing it lets `close()` finish.
    accepted.destroy();
    return socket;
}

;// CONCATENATED MODULE: ./lib/core/containers/body-relay.js
// Carries the rest of a large request body from a unit's client to the engine, or a large response from the engine to the client, in a worker thread with plain read(2)/write(2) calls, where the event loop would pay a wake-up, a partial write and a pass through Node's streams per read.



/**
 * The worker's whole program, run from its source text: it may refer only to its parameters
 * and to globals. Reads are non-blocking (the client's socket is shared with the event loop):
 * when nothing is there the job ends as `paused` rather than wait for a client that may never
 * send again. Only a write to the engine can block, and shutting that socket ends it.
 */
function relayInWorker(port, fs, Chunked, bufferBytes, waitsBeforePause) {
    const buffer = new Uint8Array(bufferBytes);
    // Errors here are answers (EAGAIN ends every job that is not done): no stack to build.
    Error.stackTraceLimit = 0;
    port.on('message', (job) => port.postMessage(run(job)));
    function run(job) {
        const stop = new Int32Array(job.stop);
        const chunked = job.position.kind === 'chunked'
            ? new Chunked((why) => new Error(why), job.position.state)
            : undefined;
        // A stream has no end here: it is carried until `from` is idle, ends or fails.
        const stream = job.position.kind === 'stream';
        let remaining = job.position.kind === 'length' ? job.position.remaining : Infinity;
        let bytes = 0;
        const where = () => chunked
            ? { kind: 'chunked', state: chunked.state }
            : stream
                ? { kind: 'stream' }
                : { kind: 'length', remaining };
        let waits = 0;
        for (;;) {
            if (Atomics.load(stop, 0) !== 0)
                return { why: 'stopped', position: where(), bytes };
            let n;
            try {
                const want = chunked ? buffer.length : Math.min(buffer.length, remaining);
                n = fs.readSync(job.from, buffer, 0, want, null);
            }
            catch (error) {
                // Nothing there yet: the other side is usually writing its next piece; look again a
                // few times, 0.1 ms apart, before giving the bytes back to the event loop.
                if (error.code === 'EAGAIN' && waits < waitsBeforePause) {
                    waits++;
                    Atomics.wait(stop, 0, 0, 0.1);
                    continue;
                }
                n = 0;
            }
            if (n === 0)
                return { why: 'paused', position: where(), bytes };
            waits = 0;
            let used = n;
            if (chunked) {
                try {
                    used = chunked.consume(buffer.subarray(0, n));
                }
                catch (error) {
                    return { why: 'bad-body', message: error.message, position: where(), bytes };
                }
            }
            else if (!stream)
                remaining -= n;
            try {
                for (let off = 0; off < used;)
                    off += fs.writeSync(job.to, buffer, off, used - off);
            }
            catch (error) {
                const code = String(error.code ?? error.message);
                return { why: 'write-failed', code, position: where(), bytes };
            }
            bytes += used;
            if (chunked ? chunked.done : remaining === 0)
                return { why: 'done', rest: buffer.slice(used, n), position: where(), bytes };
        }
    }
}
/** How many times a relay thread looks again, 0.1 ms apart, for a client's next bytes. */
const WAITS_BEFORE_PAUSE = 10;
const WORKER_SOURCE = `'use strict';
const { parentPort } = require('node:worker_threads');
const ChunkedBody = (${ChunkedBody.toString()});
(${relayInWorker.toString()})(parentPort, require('node:fs'), ChunkedBody, ${READ_BUFFER_BYTES}, ${WAITS_BEFORE_PAUSE});
`;
/**
 * An endpoint's relay threads: started when a first body needs one, at most `max` at once (a
 * body finding none free stays on the event loop), kept for the next body, unreferenced while
 * idle so they never keep the process alive.
 */
class BodyRelays {
    #max;
    #idle = [];
    #busy = new Set();
    #closed = false;
    #starting = 0;
    constructor(max) {
        this.#max = max;
    }
    /**
     * True when a thread is free to take a body now. A thread is started the first time one is
     * wanted and is free once it runs (tens of milliseconds): until then bodies stay on the event
     * loop rather than wait for it.
     */
    available() {
        if (this.#closed)
            return false;
        if (this.#idle.length > 0)
            return true;
        if (this.#busy.size + this.#starting < this.#max)
            this.#spawn();
        return false;
    }
    /** Threads running, idle or busy (not those still starting). */
    get threads() {
        return this.#idle.length + this.#busy.size;
    }
    /** Starts a job on a free thread, or says `undefined` when none is free (see `available`). */
    start(job) {
        if (this.#closed)
            return undefined;
        const worker = this.#idle.pop();
        if (!worker)
            return undefined;
        this.#busy.add(worker);
        worker.ref();
        const stop = new SharedArrayBuffer(4);
        const ended = new Promise((resolve, reject) => {
            const onMessage = (end) => {
                settle(true);
                resolve(end);
            };
            const onExit = (code) => {
                settle(false);
                reject(new Error(`the body relay thread exited with code ${code}`));
            };
            const onError = (error) => {
                settle(false);
                reject(error);
            };
            const settle = (alive) => {
                worker.off('message', onMessage).off('exit', onExit).off('error', onError);
                this.#busy.delete(worker);
                if (!alive)
                    return;
                if (this.#closed)
                    void worker.terminate();
                else {
                    worker.unref();
                    this.#idle.push(worker);
                }
            };
            worker.on('message', onMessage).on('exit', onExit).on('error', onError);
        });
        const message = { ...job, stop };
        worker.postMessage(message);
        const flag = new Int32Array(stop);
        return {
            ended,
            stop: () => {
                Atomics.store(flag, 0, 1);
                Atomics.notify(flag, 0);
            },
        };
    }
    /** Ends the idle threads now and the busy ones when their job ends. */
    async close() {
        this.#closed = true;
        await Promise.all(this.#idle.splice(0).map((w) => w.terminate()));
    }
    #spawn() {
        const worker = new external_node_worker_threads_.Worker(WORKER_SOURCE, { eval: true });
        this.#starting++;
        worker.unref();
        let online = false;
        worker.once('online', () => {
            online = true;
            this.#starting--;
            if (this.#closed)
                void worker.terminate();
            else
                this.#idle.push(worker);
        });
        // A thread that failed leaves the pool (a job it had says why through its promise).
        worker.on('error', () => undefined);
        worker.on('exit', () => {
            if (!online)
                this.#starting--;
            const at = this.#idle.indexOf(worker);
            if (at >= 0)
                this.#idle.splice(at, 1);
        });
    }
}

;// CONCATENATED MODULE: ./lib/core/containers/create-labels.js
// Which engine API requests create something that can carry labels, and the rewrite of their JSON body that stamps testwarden's labels on it.

// An optional API version prefix (`/v1.41`), then the endpoint; the query string may follow.
const CREATES = [
    [/^(?:\/v[\d.]+)?\/containers\/create$/, { what: 'container', field: 'Labels' }],
    [/^(?:\/v[\d.]+)?\/libpod\/containers\/create$/, { what: 'container', field: 'labels' }],
    [/^(?:\/v[\d.]+)?\/networks\/create$/, { what: 'network', field: 'Labels' }],
    [/^(?:\/v[\d.]+)?\/libpod\/networks\/create$/, { what: 'network', field: 'labels' }],
    [/^(?:\/v[\d.]+)?\/volumes\/create$/, { what: 'volume', field: 'Labels' }],
    [/^(?:\/v[\d.]+)?\/libpod\/volumes\/create$/, { what: 'volume', field: 'Label' }],
];
/**
 * The path the engine routes a request target by: without its query, percent-decoded (its router
 * matches the decoded path, so `/containers/%63reate` is a create) and cleaned (`//`, `.`, `..`, a
 * trailing `/`).
 * Undefined when it does not decode: the engine refuses such a target itself.
 */
function routePath(target) {
    const path = target.split('?', 1)[0];
    try {
        return external_node_path_.posix.normalize(decodeURIComponent(path)).replace(/(?<=.)\/+$/, '');
    }
    catch {
        return undefined;
    }
}
/** The label target of a request, or undefined when it creates nothing labelled. */
function labelTarget(method, target) {
    if (method !== 'POST')
        return undefined;
    const path = routePath(target);
    if (path === undefined)
        return undefined;
    return CREATES.find(([pattern]) => pattern.test(path))?.[1];
}
/**
 * Hijacked requests: after the response head the connection carries raw bytes both ways
 * (`attach`, and `exec/…/start` unless it detaches). Clients normally also send
 * `Connection: Upgrade`, but the engine hijacks these endpoints either way.
 */
function hijackKind(method, target) {
    if (method !== 'POST')
        return undefined;
    const path = routePath(target);
    if (path === undefined)
        return undefined;
    if (/^(?:\/v[\d.]+)?(?:\/libpod)?\/containers\/[^/]+\/attach$/.test(path))
        return 'attach';
    if (/^(?:\/v[\d.]+)?(?:\/libpod)?\/exec\/[^/]+\/start$/.test(path))
        return 'exec-start';
    return undefined;
}
/**
 * The body with `labels` merged into its label object; ours win over a label of the same
 * name the client sent, so a client cannot claim another run or unit through this endpoint.
 * The engine (Go's encoding/json) takes any key that case-folds to the field's name as the field
 * (`labels`, `LABELS`, `Labelſ` are all `Labels`), merging them in the order they come: every
 * such key is folded into the one field here, and ours are applied last.
 */
function stampLabels(body, target, labels) {
    let parsed;
    try {
        parsed = JSON.parse(body.length === 0 ? '{}' : body.toString('utf8'));
    }
    catch (error) {
        return { ok: false, why: `the body is not JSON (${error.message})` };
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
        return { ok: false, why: 'the body is not a JSON object' };
    const record = parsed;
    const field = foldKey(target.field);
    const merged = {};
    for (const key of Object.keys(record)) {
        if (foldKey(key) !== field)
            continue;
        const existing = record[key];
        if (existing === undefined || existing === null) {
            // A null map leaves the engine's as it was.
        }
        else if (typeof existing !== 'object' || Array.isArray(existing)) {
            return { ok: false, why: `its ${JSON.stringify(key)} is not an object` };
        }
        else
            Object.assign(merged, existing);
        delete record[key];
    }
    record[target.field] = { ...merged, ...labels };
    return { ok: true, body: Buffer.from(JSON.stringify(record), 'utf8') };
}
/** A key as Go's encoding/json compares it with a field name: each character lower-, then upper-cased (Unicode simple folding). */
function foldKey(key) {
    let folded = '';
    for (const c of key)
        folded += c.toLowerCase().toUpperCase();
    return folded;
}

;// CONCATENATED MODULE: ./lib/core/containers/request-syntax-error.js
// The error for bytes from a unit's engine client that are not a well-formed HTTP/1.1 request: the endpoint cuts that connection.
class RequestSyntaxError extends Error {
    name = 'RequestSyntaxError';
}

;// CONCATENATED MODULE: ./lib/core/containers/http-request-stream.js
// Reads HTTP/1.1 requests off a client's byte stream one by one (head, then a body framed by Content-Length or chunked), passing body bytes through untouched.



/** The most a request head may hold; the engine's own server refuses far less. */
const MAX_HEAD_BYTES = 64 * 1024;
/** Parses the bytes of a head (request line and headers, without the blank line). */
function parseRequestHead(text) {
    const lines = text.split('\r\n');
    const request = /^([A-Z]+) (\S+) (HTTP\/1\.[01])$/.exec(lines[0] ?? '');
    if (!request)
        throw new RequestSyntaxError(`not an HTTP/1.x request line: ${lines[0] ?? ''}`);
    const headers = [];
    for (const line of lines.slice(1)) {
        const colon = line.indexOf(':');
        if (colon <= 0)
            throw new RequestSyntaxError(`not a header line: ${line}`);
        headers.push([line.slice(0, colon), line.slice(colon + 1).trim()]);
    }
    return { method: request[1], target: request[2], version: request[3], headers };
}
function headerValue(head, name) {
    const lower = name.toLowerCase();
    return head.headers.find(([n]) => n.toLowerCase() === lower)?.[1];
}
/** The head as bytes to send, with the blank line that ends it. */
function serializeHead(head) {
    const lines = [`${head.method} ${head.target} ${head.version}`];
    for (const [name, value] of head.headers)
        lines.push(`${name}: ${value}`);
    return Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1');
}
/** How the body after this head ends (RFC 9112 §6.3 for requests: chunked wins, else the length, else none). */
function bodyFraming(head) {
    const te = headerValue(head, 'transfer-encoding');
    if (te !== undefined) {
        if (/(^|,)\s*chunked\s*$/i.test(te))
            return { kind: 'chunked' };
        throw new RequestSyntaxError(`a request body must end with chunked, got Transfer-Encoding ${te}`);
    }
    const length = headerValue(head, 'content-length');
    if (length === undefined)
        return { kind: 'none' };
    if (!/^\d+$/.test(length))
        throw new RequestSyntaxError(`bad Content-Length ${length}`);
    return { kind: 'length', remaining: Number(length) };
}
const syntaxError = (why) => new RequestSyntaxError(why);
const HEAD_END = Buffer.from('\r\n\r\n', 'latin1');
const EMPTY = Buffer.alloc(0);
/**
 * Splits a client's byte stream into requests, whatever the read boundaries. Only heads (and
 * chunk-size lines) are looked at: a body framed by Content-Length is counted down, a chunked
 * one scanned from size line to size line; its bytes go on as views of the read, with no copy
 * and nothing allocated per read. Only a head split across reads is copied (it is small).
 */
class RequestStream {
    #handler;
    #state = 'head';
    /** The start of a head not ended in an earlier read. */
    #partialHead;
    #use = { pass: true, read: false };
    #remaining = 0;
    #chunked;
    /** Bytes of the current body seen so far. */
    #bodySeen = 0;
    #onPayload;
    constructor(handler) {
        this.#handler = handler;
        this.#onPayload = (data) => handler.payload(data);
    }
    /** True once the connection was hijacked: every byte after is raw. */
    get raw() {
        return this.#state === 'raw';
    }
    /** True between requests: the last one ended and nothing of the next was read yet. */
    get idle() {
        return this.#state === 'head' && this.#partialHead === undefined;
    }
    /**
     * The body being read when it is only passed on (not read) and `bytes` of it were seen: its
     * position, so that someone else can carry its next bytes (body-relay.ts) and hand it back with
     * `continueBody`.
     */
    passedBody() {
        if (this.#state !== 'body' || !this.#use.pass || this.#use.read)
            return undefined;
        const position = this.#chunked
            ? { kind: 'chunked', state: this.#chunked.state }
            : { kind: 'length', remaining: this.#remaining };
        return { position, bytes: this.#bodySeen };
    }
    /** Goes on with the body from where someone else left it (`bytes` more of it were carried). */
    continueBody(position, bytes) {
        if (this.#state !== 'body')
            throw new Error('continueBody outside a body');
        this.#bodySeen += bytes;
        if (position.kind === 'chunked') {
            this.#chunked = new ChunkedBody(syntaxError, position.state);
            if (this.#chunked.done)
                this.#endRequest();
        }
        else {
            this.#remaining = position.remaining;
            if (this.#remaining === 0)
                this.#endRequest();
        }
    }
    /** Takes the next bytes read from the client; throws RequestSyntaxError on a malformed request. */
    push(data) {
        let buf = data;
        while (buf.length > 0) {
            if (this.#state === 'raw') {
                this.#handler.raw(buf);
                return;
            }
            buf = this.#state === 'body' ? this.#bodyBytes(buf) : this.#headBytes(buf);
        }
    }
    #bodyBytes(buf) {
        let used;
        if (this.#chunked) {
            used = this.#chunked.consume(buf, this.#use.read ? this.#onPayload : undefined);
        }
        else {
            used = Math.min(this.#remaining, buf.length);
            this.#remaining -= used;
        }
        this.#bodySeen += used;
        const whole = used === buf.length;
        const mine = whole ? buf : buf.subarray(0, used);
        if (this.#use.read && !this.#chunked)
            this.#handler.payload(mine);
        if (this.#use.pass)
            this.#handler.body(mine);
        if (this.#chunked ? this.#chunked.done : this.#remaining === 0)
            this.#endRequest();
        return whole ? EMPTY : buf.subarray(used);
    }
    #headBytes(data) {
        let buf = data;
        if (!this.#partialHead) {
            // Blank lines before a request line are allowed (RFC 9112 §2.2).
            let start = 0;
            while (start < buf.length && (buf[start] === 0x0d || buf[start] === 0x0a))
                start++;
            buf = start === 0 ? buf : buf.subarray(start);
            if (buf.length === 0)
                return EMPTY;
        }
        const before = this.#partialHead;
        const end = headEnd(before, buf);
        if (end < 0) {
            const length = (before?.length ?? 0) + buf.length;
            if (length > MAX_HEAD_BYTES)
                throw new RequestSyntaxError('request head too large');
            // The read buffer is reused: keep a copy.
            this.#partialHead = before ? Buffer.concat([before, buf]) : Buffer.from(buf);
            return EMPTY;
        }
        // `end` counts from the start of the head (the earlier part included).
        const earlier = before?.length ?? 0;
        if (end > MAX_HEAD_BYTES)
            throw new RequestSyntaxError('request head too large');
        const text = earlier === 0
            ? buf.toString('latin1', 0, end)
            : before.toString('latin1', 0, Math.min(end, earlier)) +
                (end > earlier ? buf.toString('latin1', 0, end - earlier) : '');
        this.#partialHead = undefined;
        this.#startRequest(parseRequestHead(text));
        return buf.subarray(end + HEAD_END.length - earlier);
    }
    #startRequest(head) {
        const framing = bodyFraming(head);
        this.#use = this.#handler.head(head, framing);
        this.#chunked = framing.kind === 'chunked' ? new ChunkedBody(syntaxError) : undefined;
        this.#bodySeen = 0;
        this.#remaining = framing.kind === 'length' ? framing.remaining : 0;
        this.#state = 'body';
        if (framing.kind === 'none' || (framing.kind === 'length' && framing.remaining === 0))
            this.#endRequest();
    }
    #endRequest() {
        this.#chunked = undefined;
        this.#state = this.#handler.end() ? 'raw' : 'head';
    }
}
/**
 * Where the blank line that ends a head starts, counted from the start of `before` (the
 * head's start from earlier reads, if any) followed by `buf`; -1 when not there yet. Only the
 * few bytes around the seam are joined, never the read.
 */
function headEnd(before, buf) {
    if (!before)
        return buf.indexOf(HEAD_END);
    const tail = before.subarray(Math.max(0, before.length - 3));
    const seam = Buffer.concat([tail, buf.subarray(0, 3)]).indexOf(HEAD_END);
    if (seam >= 0)
        return before.length - tail.length + seam;
    const inBuf = buf.indexOf(HEAD_END);
    return inBuf < 0 ? -1 : before.length + inBuf;
}

;// CONCATENATED MODULE: ./lib/core/containers/engine-proxy.js
// A unit's own endpoint to the container engine: a Unix socket that forwards every byte to the engine's API socket and stamps testwarden's labels on what the unit creates.






const DEFAULT_MAX_BODY = 8 * 1024 * 1024;
const DEFAULT_RELAY_THREADS = 2;
/**
 * A passed-through body, or a response, goes to a relay thread once this much of it went
 * through the event loop: small ones never pay the hand-over (two messages between threads,
 * about 0.1 ms).
 */
const RELAY_AFTER_BYTES = 1024 * 1024;
async function startEngineProxy(options) {
    const connections = new Set();
    const target = 'socketPath' in options.upstream ? { path: options.upstream.socketPath } : options.upstream;
    const labelled = { container: 0, network: 0, volume: 0 };
    const unlabelled = [];
    const relayThreads = options.relayThreads ?? DEFAULT_RELAY_THREADS;
    const relays = options.relays ?? (relayThreads > 0 ? new BodyRelays(relayThreads) : undefined);
    const ownRelays = options.relays === undefined;
    const relayed = {
        bytes: 0,
        responseBytes: 0,
        handOvers: 0,
        running: 0,
        get threads() {
            return relays?.threads ?? 0;
        },
    };
    const context = {
        options,
        maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY,
        onLabelled: (what) => labelled[what]++,
        onUnlabelled: (u) => unlabelled.push(u),
        relayed,
        relays,
    };
    const server = (0,external_node_net_.createServer)({ allowHalfOpen: true, pauseOnConnect: true }, (accepted) => {
        const connection = proxyConnection(context, accepted, target, () => connections.delete(connection));
        connections.add(connection);
    });
    (0,external_node_fs_.rmSync)(options.socketPath, { force: true });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.socketPath, () => {
            server.off('error', reject);
            resolve();
        });
    });
    return {
        socketPath: options.socketPath,
        host: `unix://${options.socketPath}`,
        labelled,
        unlabelled,
        relayed,
        close: async () => {
            try {
                const closed = new Promise((resolve) => server.close(() => resolve()));
                await Promise.all([...connections].map((c) => c.cut()));
                connections.clear();
                await closed;
                if (ownRelays)
                    await context.relays?.close();
            }
            finally {
                (0,external_node_fs_.rmSync)(options.socketPath, { force: true });
            }
        },
    };
}
const PASS = { pass: true, read: false };
const HOLD = { pass: false, read: true };
const PASS_AND_READ = { pass: true, read: true };
/**
 * Responses flow back untouched. Requests are followed one by one (http-request-stream.ts):
 * heads are parsed, bodies passed through by their framing without being copied; only a
 * create's body is held and rewritten. After a hijacking request (an upgrade, `attach`, a
 * non-detached `exec start`) the connection carries raw bytes both ways until either side
 * closes. Both sides read into reused buffers (socket-reads.ts): on a copy or an attach stream
 * each read is written on as it is, with no buffer allocated and no stream machinery per chunk.
 * A large passed-through body is handed to a relay thread (body-relay.ts) and back; so is a
 * large response while the client sends nothing (between requests, not hijacked).
 */
function proxyConnection(context, accepted, target, onClosed) {
    let reading;
    let current;
    let answered = false;
    let raw = false;
    const toEngine = new ReusedBufferReads((data) => fromClient(data));
    const toClient = new ReusedBufferReads((data) => {
        answered = true;
        toClient.forward(data);
        responseSeen += data.length;
        if (responseSeen >= responseRelayAfter && mayRelayResponse())
            handOverResponse();
    });
    const upstream = connectReusing(target, toClient);
    const adopted = adoptAccepted(accepted, toEngine);
    const client = adopted ?? accepted;
    toEngine.bind(client, upstream);
    toClient.bind(upstream, client);
    if (!adopted)
        accepted.on('data', (data) => {
            fromClient(data);
            toEngine.afterDataEvent();
        });
    client.resume();
    const send = (data) => toEngine.forward(data);
    /**
     * The thread carrying a request body (to the engine) or a response (to the client) now: both
     * sockets' descriptors are its until it ends; the socket it writes to is blocking meanwhile.
     */
    let relaying;
    let relayingTo = 'engine';
    /** Response bytes since the last request ended, and how many a thread waits for. */
    let responseSeen = 0;
    let responseRelayAfter = RELAY_AFTER_BYTES;
    /** Waiting for the relay thread's end to destroy the sockets (with this error, if any). */
    let cutAfterRelay;
    let relayAfter = RELAY_AFTER_BYTES;
    /** Waiting for our last write to the engine before the hand-over. */
    let handingOver = false;
    const destroy = (error) => {
        if (relaying) {
            // Closing a descriptor the thread still uses could let it write to a reused number: the
            // thread is stopped first. Shutting the sending side of the socket it writes to ends a
            // write of its that waits on a peer that stopped reading (it fails with EPIPE).
            if (!cutAfterRelay) {
                cutAfterRelay = { error };
                relaying.stop();
                (relayingTo === 'engine' ? upstream : client).end();
            }
            return;
        }
        client.destroy();
        upstream.destroy(error);
    };
    const fail = (error) => destroy(error instanceof RequestSyntaxError ? undefined : error);
    let closed = false;
    const closedPromise = new Promise((resolve) => {
        const onClose = () => {
            if (closed || !client.destroyed || !upstream.destroyed)
                return;
            closed = true;
            onClosed();
            resolve();
        };
        client.on('close', onClose);
        upstream.on('close', onClose);
    });
    upstream.on('end', () => client.end());
    upstream.on('error', (error) => {
        // The engine is not there: say so in HTTP when nothing was answered yet, as the engine would.
        if (!answered && (error.code === 'ECONNREFUSED' || error.code === 'ENOENT')) {
            const body = JSON.stringify({ message: `testwarden engine proxy: ${error.message}` });
            client.end(`HTTP/1.1 502 Bad Gateway\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
            return;
        }
        destroy();
    });
    client.on('error', () => destroy());
    client.on('end', () => upstream.end());
    const startRequest = (parsed, framing) => {
        current = parsed;
        const label = labelTarget(parsed.method, parsed.target);
        const execStart = hijackKind(parsed.method, parsed.target) === 'exec-start';
        if (!label && !execStart) {
            send(serializeHead(parsed));
            // A body that may be large (a copy or a load is chunked): a thread is started now, to be
            // running by the time the body is 1 MiB in, rather than started then and waited for.
            const large = framing.kind === 'chunked' ||
                (framing.kind === 'length' && framing.remaining >= RELAY_AFTER_BYTES);
            if (large && adopted)
                context.relays?.available();
            return PASS;
        }
        reading = { head: parsed, label, headSent: false, chunks: [], size: 0, overflow: false };
        if (execStart) {
            send(serializeHead(parsed));
            reading.headSent = true;
            return PASS_AND_READ;
        }
        if (/100-continue/i.test(headerValue(parsed, 'expect') ?? '')) {
            // The client waits for `100 Continue` before the body: send the head now, the body chunked later.
            send(serializeHead(withChunkedBody(parsed)));
            reading.headSent = true;
        }
        return HOLD;
    };
    const keep = (data) => {
        if (!reading)
            return;
        reading.size += data.length;
        // The read buffer is reused: what is kept is copied.
        if (reading.size > context.maxBodyBytes)
            reading.overflow = true;
        else
            reading.chunks.push(Buffer.from(data));
    };
    const endRequest = () => {
        const request = current;
        let hijacked = false;
        if (reading) {
            const body = Buffer.concat(reading.chunks);
            if (reading.label)
                finishCreate(context, reading, body, send);
            else
                hijacked = !reading.overflow && !detaches(body);
        }
        reading = undefined;
        relayAfter = RELAY_AFTER_BYTES;
        responseSeen = 0;
        responseRelayAfter = RELAY_AFTER_BYTES;
        const upgrade = /upgrade/i.test(headerValue(request, 'connection') ?? '');
        hijacked ||= upgrade || hijackKind(request.method, request.target) === 'attach';
        raw = hijacked;
        return hijacked;
    };
    const requests = new RequestStream({
        head: startRequest,
        body: send,
        payload: keep,
        end: endRequest,
        raw: send,
    });
    function fromClient(data) {
        if (raw) {
            send(data);
            return;
        }
        try {
            requests.push(data);
        }
        catch (error) {
            fail(error);
            return;
        }
        // Only a client read through `onread` stops reading exactly when told: one read the
        // default way may leave bytes in the stream's buffer that a thread would then overtake.
        const body = context.relays && adopted && !relaying && !handingOver ? requests.passedBody() : undefined;
        if (body && body.bytes >= relayAfter && context.relays.available())
            handOver();
    }
    /**
     * Gives the body's next bytes to a relay thread: once neither socket is read here and no
     * write of ours to the engine is pending, the engine's socket is made blocking (the thread's
     * writes wait in the kernel instead of failing with EAGAIN) and both descriptors are the
     * thread's until it answers.
     */
    function handOver() {
        handingOver = true;
        toClient.hold(() => undefined);
        toEngine.hold(() => {
            handingOver = false;
            if (client.destroyed || upstream.destroyed)
                return;
            const body = requests.passedBody();
            const from = descriptor(client);
            const to = descriptor(upstream);
            const blocking = to === undefined ? undefined : setBlocking(upstream, true);
            const run = body && from !== undefined && to !== undefined && blocking === 0
                ? context.relays?.start({ from, to, position: body.position })
                : undefined;
            if (!run) {
                if (blocking === 0)
                    setBlocking(upstream, false);
                relayAfter = (body?.bytes ?? 0) + RELAY_AFTER_BYTES;
                goOn();
                return;
            }
            startRelay(run, 'engine');
        });
    }
    /**
     * A response goes on through a thread only while the client has nothing of its own in
     * flight (between requests, not hijacked): the thread's writes to it wait in the kernel, and
     * the client is not read meanwhile, so a client that reads only after it sent all would
     * otherwise wait on the endpoint while the endpoint waits on it.
     */
    function mayRelayResponse() {
        return (context.relays !== undefined &&
            adopted !== undefined &&
            !relaying &&
            !handingOver &&
            !raw &&
            requests.idle &&
            context.relays.available());
    }
    /** Gives the response's next bytes to a relay thread, as `handOver` does a request body. */
    function handOverResponse() {
        handingOver = true;
        toEngine.hold(() => undefined);
        toClient.hold(() => {
            handingOver = false;
            if (client.destroyed || upstream.destroyed)
                return;
            const from = descriptor(upstream);
            const to = descriptor(client);
            const blocking = to === undefined ? undefined : setBlocking(client, true);
            const run = from !== undefined && to !== undefined && blocking === 0
                ? context.relays?.start({ from, to, position: { kind: 'stream' } })
                : undefined;
            if (!run) {
                if (blocking === 0)
                    setBlocking(client, false);
                responseRelayAfter = responseSeen + RELAY_AFTER_BYTES;
                goOn();
                return;
            }
            startRelay(run, 'client');
        });
    }
    function startRelay(run, to) {
        relaying = run;
        relayingTo = to;
        context.relayed.handOvers++;
        context.relayed.running++;
        run.ended.then((end) => relayEnded(end), (error) => relayEnded(undefined, error));
    }
    function relayEnded(end, error) {
        relaying = undefined;
        context.relayed.running--;
        const wroteEngine = relayingTo === 'engine';
        if (wroteEngine)
            context.relayed.bytes += end?.bytes ?? 0;
        else
            context.relayed.responseBytes += end?.bytes ?? 0;
        setBlocking(wroteEngine ? upstream : client, false);
        if (cutAfterRelay || !end || end.why === 'stopped' || end.why === 'write-failed') {
            // A client that went away is no error of the endpoint's.
            const why = error ??
                (end?.why === 'write-failed' && wroteEngine
                    ? new Error(`write to the engine: ${end.code}`)
                    : undefined);
            destroy(cutAfterRelay?.error ?? why);
            return;
        }
        if (end.why === 'bad-body') {
            fail(new RequestSyntaxError(end.message));
            return;
        }
        if (end.position.kind === 'stream') {
            // Paused: the engine had nothing more just then.
            responseSeen += end.bytes;
            responseRelayAfter = responseSeen + againAfter(end.bytes);
            goOn();
            return;
        }
        requests.continueBody(end.position, end.bytes);
        // Paused: the client had sent nothing yet; the event loop waits for its next bytes.
        const body = requests.passedBody();
        if (body)
            relayAfter = body.bytes + againAfter(end.bytes);
        if (end.why === 'done' && end.rest.length > 0)
            fromClient(Buffer.from(end.rest.buffer, end.rest.byteOffset, end.rest.length));
        if (!relaying)
            goOn();
    }
    function goOn() {
        if (client.destroyed || upstream.destroyed)
            return;
        toEngine.release();
        toClient.release();
    }
    return {
        cut: () => {
            destroy();
            return closedPromise;
        },
    };
}
/**
 * How much more goes through the event loop before a thread takes bytes it gave back idle:
 * after a bulk copy (a MiB or more) none, as the hand-over costs less than one read there;
 * after a trickle (a log followed, a slow upload) another MiB, not a hand-over per read.
 */
function againAfter(carried) {
    return carried >= RELAY_AFTER_BYTES ? 0 : RELAY_AFTER_BYTES;
}
/** A socket's file descriptor, when Node has one for it. */
function descriptor(socket) {
    const fd = socket._handle?.fd;
    return typeof fd === 'number' && fd >= 0 ? fd : undefined;
}
/** Sets or clears a socket's blocking mode; 0 when done, else an error number (or -1 when it has no handle). */
function setBlocking(socket, on) {
    const handle = socket._handle;
    return typeof handle?.setBlocking === 'function' ? handle.setBlocking(on) : -1;
}
/** `exec start` with `{"Detach": true}` answers normally; any other body hijacks the connection. */
function detaches(body) {
    try {
        const parsed = JSON.parse(body.toString('utf8'));
        return parsed?.Detach === true;
    }
    catch {
        return false;
    }
}
function withChunkedBody(head) {
    const headers = head.headers.filter(([name]) => !/^(content-length|transfer-encoding)$/i.test(name));
    headers.push(['Transfer-Encoding', 'chunked']);
    return { ...head, headers };
}
function withLength(head, length) {
    const headers = head.headers.filter(([name]) => !/^(content-length|transfer-encoding)$/i.test(name));
    headers.push(['Content-Length', String(length)]);
    return { ...head, headers };
}
/**
 * Sends a held create with the labels stamped. A body the proxy cannot label is not sent: the
 * engine reads some bodies JSON.parse refuses (it decodes the first JSON value and ignores what
 * follows), so such a body could carry labels claiming another run or unit; the request is cut.
 */
function finishCreate(context, reading, body, send) {
    const label = reading.label;
    const stamped = reading.overflow
        ? { ok: false, why: `the body is over ${context.maxBodyBytes} bytes` }
        : stampLabels(body, label, context.options.labels);
    if (stamped.ok)
        context.onLabelled(label.what);
    else
        context.onUnlabelled({ what: label.what, target: reading.head.target, why: stamped.why });
    // An overflowing body was not kept; one that could not be labelled must not reach the engine.
    if (!stamped.ok)
        throw new RequestSyntaxError(`create not labelled: ${stamped.why}`);
    const out = stamped.body;
    if (reading.headSent) {
        if (out.length > 0)
            send(Buffer.concat([Buffer.from(`${out.length.toString(16)}\r\n`), out, Buffer.from('\r\n')]));
        send(Buffer.from('0\r\n\r\n'));
    }
    else {
        send(serializeHead(withLength(reading.head, out.length)));
        send(out);
    }
}

;// CONCATENATED MODULE: ./lib/core/containers/unit-endpoints.js
// Gives each unit attempt of a run its own engine endpoint (a labelling proxy) and the environment that points the docker CLI, compose and SDKs at it.






class UnitEndpoints {
    #engine;
    #upstream;
    #runId;
    #open = new Set();
    /**
     * The relay threads of every endpoint of the run: a unit's first large copy finds them
     * running when an earlier unit started them, instead of starting threads of its own (tens
     * of milliseconds of CPU each). Started when a first body needs one; closed with the run.
     */
    #relays = new BodyRelays(DEFAULT_RELAY_THREADS);
    #dir;
    #count = 0;
    constructor(engine, upstreamSocket, runId) {
        this.#engine = engine;
        this.#upstream = upstreamSocket;
        this.#runId = runId;
    }
    /** A fresh socket for one attempt; labels say run, unit and attempt. */
    async open(unitId, attempt) {
        // A private folder in the temp dir: socket paths must stay under about 100 bytes.
        this.#dir ??= (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'tw-engine-'));
        const proxy = await startEngineProxy({
            upstream: { socketPath: this.#upstream },
            socketPath: (0,external_node_path_.join)(this.#dir, `${++this.#count}.sock`),
            labels: {
                [container_tracking/* RUN_LABEL */.jQ]: this.#runId,
                [container_tracking/* UNIT_LABEL */.Sj]: unitId,
                [container_tracking/* ATTEMPT_LABEL */.$c]: String(attempt),
            },
            relays: this.#relays,
        });
        this.#open.add(proxy);
        const env = { DOCKER_HOST: proxy.host };
        // podman's own CLI talks to the socket only in remote mode (`podman --remote`), through CONTAINER_HOST.
        if (this.#engine.kind === 'podman')
            env.CONTAINER_HOST = proxy.host;
        return { env, proxy };
    }
    async close(endpoint) {
        this.#open.delete(endpoint.proxy);
        await endpoint.proxy.close();
    }
    /** At the run's end: every endpoint still open, and the folder. */
    async closeAll() {
        await Promise.all([...this.#open].map((p) => p.close()));
        this.#open.clear();
        await this.#relays.close();
        if (this.#dir)
            (0,external_node_fs_.rmSync)(this.#dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./lib/core/containers/open-unit-endpoints.js


/**
 * Endpoints for the run's units when containers are tracked, units run on the host, and the
 * engine's API socket is reachable. Otherwise undefined, with a warning: every container a
 * unit starts then lacks proof and is reported as unattributed.
 */
async function openUnitEndpoints(plan, env, notice) {
    // An isolated unit's container has no engine socket: it cannot start containers.
    if (!plan.engine || plan.isolation)
        return undefined;
    const upstream = await findEngineUpstream(plan.engine, env);
    if (!upstream.ok) {
        notice('warning', `containers units start cannot be labelled (${upstream.why}): new containers are reported as unattributed and left alone`);
        return undefined;
    }
    return new UnitEndpoints(plan.engine, upstream.socketPath, plan.runId);
}


/***/ }),

/***/ 78776:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ splitGoTestArgs),
/* harmony export */   _: () => (/* binding */ packagesOrAll)
/* harmony export */ });
// Splits the arguments given to `go test` after `--` into flags and package patterns, knowing which flags take a value, so `go list` gets only what it accepts.
/** `go test` flags (and the test binary's) that take a value; written apart (`-count 1`) the next argument is theirs. */
const TEST_VALUE_FLAGS = new Set([
    'bench',
    'benchtime',
    'blockprofile',
    'blockprofilerate',
    'count',
    'coverprofile',
    'cpu',
    'cpuprofile',
    'exec',
    'fuzz',
    'fuzzcachedir',
    'fuzzminimizetime',
    'fuzztime',
    'list',
    'memprofile',
    'memprofilerate',
    'mutexprofile',
    'mutexprofilefraction',
    'o',
    'outputdir',
    'parallel',
    'run',
    'shuffle',
    'skip',
    'timeout',
    'trace',
    'vet',
]);
/** Build flags that take a value, which `go list` accepts as `go test` does. */
const BUILD_VALUE_FLAGS = new Set([
    'asmflags',
    'buildmode',
    'buildvcs',
    'compiler',
    'gccgoflags',
    'gcflags',
    'installsuffix',
    'ldflags',
    'mod',
    'modfile',
    'overlay',
    'p',
    'pgo',
    'pkgdir',
    'tags',
    'toolexec',
]);
/** Boolean build flags `go list` accepts and that can change which packages build. */
const BUILD_BOOL_FLAGS = new Set(['asan', 'linkshared', 'modcacherw', 'msan', 'race', 'trimpath']);
/** `-cover*` are build flags in newer Go and test flags in older: never for `go list`. */
const COVER_VALUE_FLAGS = new Set(['covermode', 'coverpkg']);
function splitGoTestArgs(args) {
    const out = { flags: [], buildFlags: [], packages: [], binaryArgs: [] };
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (!arg.startsWith('-') || arg === '-') {
            out.packages.push(arg);
            continue;
        }
        const name = arg.replace(/^--?/, '').split('=')[0];
        if (name === 'args') {
            out.binaryArgs = args.slice(i);
            break;
        }
        const inline = arg.includes('=');
        const bare = name.replace(/^test\./, '');
        const takesValue = TEST_VALUE_FLAGS.has(bare) || BUILD_VALUE_FLAGS.has(name) || COVER_VALUE_FLAGS.has(name);
        const flag = takesValue && !inline && i + 1 < args.length ? [arg, args[++i]] : [arg];
        out.flags.push(...flag);
        if (BUILD_VALUE_FLAGS.has(name) || BUILD_BOOL_FLAGS.has(name))
            out.buildFlags.push(...flag);
    }
    return out;
}
/** The packages a whole run names: those given after `--` replace `./...`, they are not added to it. */
function packagesOrAll(args) {
    return args.packages.length > 0 ? args.packages : ['./...'];
}


/***/ }),

/***/ 81330:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CX: () => (/* binding */ exactNamesPattern),
/* harmony export */   J5: () => (/* binding */ titlesSource),
/* harmony export */   TQ: () => (/* binding */ selectedFiles),
/* harmony export */   UU: () => (/* binding */ MAX_ARGV_CHARS),
/* harmony export */   dO: () => (/* binding */ PRESET_NAMES),
/* harmony export */   sP: () => (/* binding */ spacedName),
/* harmony export */   wZ: () => (/* binding */ chunksWithin),
/* harmony export */   wr: () => (/* binding */ MAX_ARG_CHARS),
/* harmony export */   y4: () => (/* binding */ testsPattern)
/* harmony export */ });
/* unused harmony export escapeRegExp */
const PRESET_NAMES = ['jest', 'vitest', 'pytest', 'node', 'go', 'mocha'];
/**
 * Longest single argument put on a command line: Linux takes at most 128 KiB per argument
 * (MAX_ARG_STRLEN), and a pattern grows when a framework re-quotes it for its own children.
 */
const MAX_ARG_CHARS = 96 * 1024;
/** Most characters of arguments one process may take (Linux: 2 MiB with the environment). */
const MAX_ARGV_CHARS = 1024 * 1024;
/**
 * Items cut into consecutive runs whose lengths (`size` of each, plus one separator per item)
 * stay within `budget`; an item longer than the budget gets a run of its own.
 */
function chunksWithin(items, size, budget) {
    const chunks = [];
    let current = [];
    let used = 0;
    for (const item of items) {
        const cost = size(item) + 1;
        if (current.length > 0 && used + cost > budget) {
            chunks.push(current);
            current = [];
            used = 0;
        }
        current.push(item);
        used += cost;
    }
    if (current.length > 0)
        chunks.push(current);
    return chunks;
}
/** `a b c` for titles ['a', 'b', 'c']: how Jest, Vitest and Mocha name a test in their name filters. */
function spacedName(titles) {
    return titles.join(' ');
}
/**
 * Escapes text for a JavaScript regular expression. Control characters become `\xNN`: a
 * pattern goes on a command line, where a NUL cannot be (titles built from data hold them).
 */
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
/** Length of a title the shipped reporters clipped: its first 1,024 characters and `…` (events-writer.cjs). */
const CLIPPED_TITLE_LENGTH = 1025;
/**
 * A regular expression matching the full name (titles joined by spaces) of a test with these
 * titles. A title the reporter clipped matches every title it begins (the rest is not known):
 * choosing such a test may run a namesake that shares its first 1,024 characters, never miss it.
 */
function titlesSource(titles) {
    return titles
        .map((t) => t.length === CLIPPED_TITLE_LENGTH && t.endsWith('…')
        ? `${escapeRegExp(t.slice(0, -1))}[\\s\\S]*?`
        : escapeRegExp(t))
        .join(' ');
}
/** One anchored alternation matching the full names of the given tests (see `titlesSource`). */
function testsPattern(tests) {
    return `^(?:${[...new Set([...tests].map(titlesSource))].join('|')})$`;
}
/** One anchored alternation matching exactly the given names. */
function exactNamesPattern(names) {
    return `^(?:${[...new Set(names)].map(escapeRegExp).join('|')})$`;
}
/** Files of a selection: those given plus those of the tests given, in first-seen order. */
function selectedFiles(selection) {
    const files = new Set(selection?.files ?? []);
    for (const test of selection?.tests ?? [])
        files.add(test.file);
    return [...files];
}


/***/ }),

/***/ 46310:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $: () => (/* binding */ presetNamed)
});

// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/frameworks/preset.js
var preset = __webpack_require__(81330);
// EXTERNAL MODULE: ./lib/core/frameworks/go-test-args.js
var go_test_args = __webpack_require__(78776);
// EXTERNAL MODULE: ./lib/core/frameworks/run-discovery.js
var run_discovery = __webpack_require__(12827);
;// CONCATENATED MODULE: ./lib/core/frameworks/presets/go.js
// Go: `go list` discovers packages with tests, `go test -json` is the event stream itself, anchored `-run` selects per package.




/** Escapes text for Go's regexp (regexp.QuoteMeta). */
function quoteGoRegexp(text) {
    return text.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&');
}
const goPreset = {
    name: 'go',
    // `-run` can name subtests, but one pattern for several parents selects the cross product:
    // a test is rerun with all its subtests.
    granularity: 'top-level-test',
    async discover(context, extraArgs = []) {
        const args = (0,go_test_args/* splitGoTestArgs */.C)(extraArgs);
        const argv = [
            ...(context.program ?? ['go']),
            'list',
            '-f',
            '{{if or .TestGoFiles .XTestGoFiles}}{{.ImportPath}}{{end}}',
            // Test flags (`-count=1`, `-run X`, `-v`) are not go list's: only build flags and packages.
            ...args.buildFlags,
            ...(0,go_test_args/* packagesOrAll */._)(args),
        ];
        const stdout = await (0,run_discovery/* runDiscovery */.g)({ argv, cwd: context.cwd, env: context.env, preset: 'go' });
        const files = stdout
            .split('\n')
            .map((l) => l.trim())
            .filter((l) => l !== '');
        if (files.some((f) => /\s/.test(f))) {
            throw new errors/* UsageError */.eb(`--preset go: ${argv.join(' ')} printed something other than package paths`);
        }
        return { files: files.sort() };
    },
    commands(context, selection, extraArgs = []) {
        const args = (0,go_test_args/* splitGoTestArgs */.C)(extraArgs);
        const base = [...(context.program ?? ['go']), 'test', '-json', ...args.flags];
        const tests = selection?.tests ?? [];
        const whole = (0,preset/* selectedFiles */.TQ)({ files: selection?.files ?? [] });
        const invocations = [];
        // The test binary's `-args …` stay last.
        const all = (0,go_test_args/* packagesOrAll */._)(args);
        if (tests.length === 0) {
            return [
                {
                    argv: [...base, ...(whole.length > 0 ? whole : all), ...args.binaryArgs],
                    env: {},
                    events: 'go-json',
                },
            ];
        }
        // -run applies to every package named: packages are grouped by the exact set of tests they rerun.
        const byPackage = new Map();
        for (const test of tests) {
            if (whole.includes(test.file))
                continue;
            const names = byPackage.get(test.file) ?? new Set();
            names.add(test.titles[0] ?? '');
            byPackage.set(test.file, names);
        }
        // A package with more names than one argument holds gets several -run patterns, one process
        // each: together they run exactly its tests (its TestMain and init run once per process).
        const byPattern = new Map();
        for (const [pkg, names] of byPackage) {
            const quoted = [...names].sort().map(quoteGoRegexp);
            for (const chunk of (0,preset/* chunksWithin */.wZ)(quoted, (n) => n.length, preset/* MAX_ARG_CHARS */.wr - 16)) {
                const pattern = `^(?:${chunk.join('|')})$`;
                byPattern.set(pattern, [...(byPattern.get(pattern) ?? []), pkg]);
            }
        }
        if (whole.length > 0)
            invocations.push({
                argv: [...base, ...whole, ...args.binaryArgs],
                env: {},
                events: 'go-json',
            });
        for (const [pattern, packages] of byPattern) {
            invocations.push({
                argv: [...base, '-run', pattern, ...packages, ...args.binaryArgs],
                env: {},
                events: 'go-json',
            });
        }
        return invocations;
    },
};

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./lib/core/frameworks/presets/local-bin.js
// Finds a JavaScript framework's command the way npm scripts do: node_modules/.bin in the working directory or above.


/** The project's own `node_modules/.bin/<name>`, else `npx --no-install <name>` (never downloads). */
function localBin(cwd, name) {
    for (let dir = cwd;; dir = (0,external_node_path_.dirname)(dir)) {
        const bin = (0,external_node_path_.join)(dir, 'node_modules', '.bin', name);
        if ((0,external_node_fs_.existsSync)(bin))
            return [bin];
        if ((0,external_node_path_.dirname)(dir) === dir)
            return ['npx', '--no-install', name];
    }
}

;// CONCATENATED MODULE: ./lib/core/frameworks/presets/jest.js
// Jest: `jest --listTests` discovers, `--reporters` injects testwarden's reporter, `--runTestsByPath` + `--testNamePattern` select.





const jestPreset = {
    name: 'jest',
    granularity: 'test',
    async discover(context, extraArgs = []) {
        const argv = [
            ...(context.program ?? localBin(context.cwd, 'jest')),
            '--listTests',
            '--json',
            ...extraArgs,
        ];
        const stdout = await (0,run_discovery/* runDiscovery */.g)({ argv, cwd: context.cwd, env: context.env, preset: 'jest' });
        const line = stdout.split('\n').find((l) => l.startsWith('['));
        let paths;
        try {
            paths = JSON.parse(line ?? '');
        }
        catch {
            paths = undefined;
        }
        if (!Array.isArray(paths) || !paths.every((p) => typeof p === 'string')) {
            throw new errors/* UsageError */.eb(`--preset jest: ${argv.join(' ')} did not print a JSON list of files`);
        }
        const files = paths.map((p) => (0,external_node_path_.relative)(context.cwd, p).split('\\').join('/')).sort();
        return { files };
    },
    commands(context, selection, extraArgs = []) {
        const argv = [
            ...(context.program ?? localBin(context.cwd, 'jest')),
            '--ci',
            '--reporters=default',
            `--reporters=${(0,external_node_path_.join)(context.reportersDir, 'jest.cjs')}`,
            ...extraArgs,
        ];
        // Jest matches --testNamePattern against the describe titles and the test's title joined by spaces.
        if (selection?.tests?.length) {
            argv.push(`--testNamePattern=${(0,preset/* testsPattern */.y4)(selection.tests.map((t) => t.titles))}`);
        }
        const files = (0,preset/* selectedFiles */.TQ)(selection);
        if (files.length > 0)
            argv.push('--runTestsByPath', ...files);
        return [{ argv, env: {}, events: 'file' }];
    },
};

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./lib/core/frameworks/read-test-events.js
var read_test_events = __webpack_require__(64282);
;// CONCATENATED MODULE: ./lib/core/frameworks/collect-events.js
// Runs a listing command whose reporter writes events (mocha --dry-run, pytest --collect-only) and reads what it listed.





async function collectEvents(run) {
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'testwarden-list-'));
    try {
        const events = (0,external_node_path_.join)(dir, 'events.ndjson');
        await (0,run_discovery/* runDiscovery */.g)({ ...run, env: { ...run.env, TESTWARDEN_EVENTS: events } });
        const results = await (0,read_test_events/* readTestEvents */.Y)(events);
        if (!results)
            throw new Error(`--preset ${run.preset}: ${run.argv.join(' ')} wrote no test events`);
        return results;
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./lib/core/frameworks/presets/mocha.js
// Mocha: `--dry-run` with testwarden's reporter discovers, `--reporter` injects it, files (through a configuration without the project's spec) and `--grep` select.





const mochaPreset = {
    name: 'mocha',
    granularity: 'test',
    async discover(context, extraArgs = []) {
        const argv = [
            ...(context.program ?? localBin(context.cwd, 'mocha')),
            '--dry-run',
            '--reporter',
            (0,external_node_path_.join)(context.reportersDir, 'mocha.cjs'),
            '--reporter-option',
            'human=none',
            ...extraArgs,
        ];
        let results;
        try {
            results = await collectEvents({ argv, cwd: context.cwd, env: context.env, preset: 'mocha' });
        }
        catch (error) {
            // A file that fails to load stops the dry run: the files are then listed without loading
            // them, so the batch that gets the broken file reports it and the others run.
            const files = await listFilesUnloaded(context, extraArgs).catch(() => undefined);
            if (files === undefined)
                throw error;
            return { files };
        }
        const tests = results.tests.map(({ file, titles }) => ({ file, titles }));
        return { files: [...new Set(tests.map((t) => t.file))].sort(), tests };
    },
    commands(context, selection, extraArgs = []) {
        const mocha = [...(context.program ?? localBin(context.cwd, 'mocha'))];
        const reporter = ['--reporter', (0,external_node_path_.join)(context.reportersDir, 'mocha.cjs')];
        const files = (0,preset/* selectedFiles */.TQ)(selection);
        const except = selection?.except ?? [];
        if (files.length === 0 && !selection?.tests?.length && except.length === 0)
            return [{ argv: [...mocha, ...reporter, ...extraArgs], env: {}, events: 'file' }];
        // Tests are chosen by full title (an anchored grep), in the files that hold them; the
        // configuration file combines it with the project's own grep (see mocha-batch.cjs).
        const select = selection?.tests?.length
            ? { pattern: (0,preset/* testsPattern */.y4)(selection.tests.map((t) => t.titles)) }
            : except.length > 0
                ? { pattern: (0,preset/* exactNamesPattern */.CX)(except.map((t) => (0,preset/* spacedName */.sP)(t.titles))), except: true }
                : undefined;
        const env = mochaFilesOnlyEnv(context, extraArgs);
        if (select)
            env.TESTWARDEN_MOCHA_SELECT = JSON.stringify(select);
        // No files: the whole suite, as the project's spec names it.
        if (files.length === 0)
            env.TESTWARDEN_MOCHA_KEEP_SPEC = '1';
        return [
            {
                argv: [
                    ...mocha,
                    ...mochaFilesOnly(context.reportersDir),
                    ...reporter,
                    ...files.map((f) => (f.startsWith('-') ? `./${f}` : f)),
                ],
                env,
                events: 'file',
            },
        ];
    },
};
/** The files Mocha's configuration names, found as Mocha finds them, none of them loaded. */
async function listFilesUnloaded(context, extraArgs) {
    const stdout = await (0,run_discovery/* runDiscovery */.g)({
        argv: [process.execPath, (0,external_node_path_.join)(context.reportersDir, 'mocha-files.cjs')],
        cwd: context.cwd,
        env: { ...context.env, TESTWARDEN_MOCHA_ARGS: JSON.stringify(extraArgs) },
        preset: 'mocha',
    });
    const listed = JSON.parse(stdout);
    if (!Array.isArray(listed) || !listed.every((f) => typeof f === 'string'))
        throw new Error('mocha-files.cjs did not print a JSON list of files');
    return [...new Set(listed)].sort();
}
/**
 * Mocha adds the files named on its command line to the `spec` of its configuration (.mocharc.*,
 * package.json "mocha", MOCHA_OPTIONS) instead of running only them. To run exactly some files,
 * the configuration comes from `mocha-batch.cjs`, which reads the project's own options (and the
 * arguments after `--`) with Mocha's own loader and leaves their spec out; `--no-package` keeps
 * Mocha from adding package.json's again.
 */
function mochaFilesOnly(reportersDir) {
    return ['--config', (0,external_node_path_.join)(reportersDir, 'mocha-batch.cjs'), '--no-package'];
}
/** The arguments after `--` and the user's MOCHA_OPTIONS, for mocha-batch.cjs to read. */
function mochaFilesOnlyEnv(context, extraArgs) {
    return {
        TESTWARDEN_MOCHA_ARGS: JSON.stringify(extraArgs),
        TESTWARDEN_MOCHA_OPTIONS: context.env.MOCHA_OPTIONS ?? '',
        MOCHA_OPTIONS: '',
    };
}

// EXTERNAL MODULE: ./lib/core/frameworks/presets/node-test.js
var node_test = __webpack_require__(93741);
;// CONCATENATED MODULE: ./lib/core/frameworks/presets/pytest.js
// pytest: `--collect-only` with testwarden's plugin discovers, `-p testwarden_pytest` injects it, node ids select.



const PLUGIN = 'testwarden_pytest';
function pythonPath(context) {
    const own = (0,external_node_path_.join)(context.reportersDir, 'pytest');
    const theirs = context.env.PYTHONPATH;
    return theirs ? `${own}:${theirs}` : own;
}
function pytest(context) {
    return [...(context.program ?? ['python3', '-m', 'pytest'])];
}
const pytestPreset = {
    name: 'pytest',
    granularity: 'test',
    async discover(context, extraArgs = []) {
        // `--continue-on-collection-errors`: a file that fails to import is listed with the others
        // (pytest then exits 1, as it does for nothing else while only collecting), so the batch
        // that runs it reports its error; without it pytest stops and lists nothing.
        const argv = [
            ...pytest(context),
            '-p',
            PLUGIN,
            '--collect-only',
            '-q',
            '--continue-on-collection-errors',
            ...extraArgs,
        ];
        const env = { ...context.env, PYTHONPATH: pythonPath(context) };
        // Exit code 5: nothing collected, which is an empty answer, not a failure.
        const results = await collectEvents({
            argv,
            cwd: context.cwd,
            env,
            preset: 'pytest',
            okCodes: [1, 5],
        });
        const tests = results.collected;
        // Besides the files with tests, those that failed to import, and the modules skipped as a
        // whole while collected (`pytest.skip(..., allow_module_level=True)`): pytest counts each as
        // one skipped test, so the batch that runs it counts it too.
        const skippedModules = results.tests
            .filter((t) => t.titles.length === 0 && t.status === 'skipped')
            .map((t) => t.file);
        const files = new Set([
            ...tests.map((t) => t.file),
            ...results.fileErrors.map((e) => e.file),
            ...skippedModules,
        ]);
        return { files: [...files].sort(), tests };
    },
    commands(context, selection, extraArgs = []) {
        const argv = [...pytest(context), '-p', PLUGIN];
        // A subset testwarden chose (a batch's files, a rerun's node ids): a file of it that fails to
        // import is one error and the others run, as they would beside it in any other batch (pytest
        // alone stops the session at a collection error, before any test runs). The whole suite
        // runs as pytest runs it.
        if ((selection?.files?.length ?? 0) > 0 || (selection?.tests?.length ?? 0) > 0)
            argv.push('--continue-on-collection-errors');
        argv.push(...extraArgs);
        // Node ids name one test each (parametrized cases included); files name all of theirs.
        const tests = selection?.tests ?? [];
        const testFiles = new Set(tests.map((t) => t.file));
        argv.push(...tests.map((t) => t.nodeId ?? [t.file, ...t.titles].join('::')));
        argv.push(...(0,preset/* selectedFiles */.TQ)({ files: selection?.files ?? [] }).filter((f) => !testFiles.has(f)));
        return [{ argv, env: { PYTHONPATH: pythonPath(context) }, events: 'file' }];
    },
};

;// CONCATENATED MODULE: ./lib/core/frameworks/presets/vitest.js
// Vitest: `vitest list --json` discovers, `--reporter` injects testwarden's reporter, file filters + `-t` select.





const vitestPreset = {
    name: 'vitest',
    granularity: 'test',
    async discover(context, extraArgs = []) {
        const vitest = context.program ?? localBin(context.cwd, 'vitest');
        // `--filesOnly` lists the files without loading them, so a file that fails to load is still
        // listed (and reported by the batch that runs it); a Vitest without the option (before 2.1)
        // lists by collecting every test.
        const listed = (await listJson(context, [...vitest, 'list', '--json', '--filesOnly', ...extraArgs]).catch(() => undefined)) ?? (await listJson(context, [...vitest, 'list', '--json', ...extraArgs]));
        const tests = [];
        const files = new Set();
        for (const entry of listed) {
            if (typeof entry?.file !== 'string')
                continue;
            const file = (0,external_node_path_.relative)(context.cwd, entry.file).split('\\').join('/');
            files.add(file);
            // `vitest list` joins titles with " > "; a title that itself holds " > " is split too.
            if (typeof entry.name === 'string')
                tests.push({ file, titles: entry.name.split(' > ') });
        }
        return { files: [...files].sort(), ...(tests.length > 0 ? { tests } : {}) };
    },
    commands(context, selection, extraArgs = []) {
        const argv = [
            ...(context.program ?? localBin(context.cwd, 'vitest')),
            'run',
            '--reporter=default',
            `--reporter=${(0,external_node_path_.join)(context.reportersDir, 'vitest.mjs')}`,
            ...extraArgs,
        ];
        // Vitest matches -t against the suite titles and the test's title joined by spaces.
        if (selection?.tests?.length) {
            argv.push(`--testNamePattern=${(0,preset/* testsPattern */.y4)(selection.tests.map((t) => t.titles))}`);
        }
        // File arguments are filters: a file runs when its path contains one of them (any case), so
        // a discovered file that holds a chosen one's path (`ba.test.ts` for `a.test.ts`) is excluded.
        const files = (0,preset/* selectedFiles */.TQ)(selection);
        const chosen = new Set(files);
        const lower = files.map((f) => f.toLowerCase());
        for (const other of context.suiteFiles ?? []) {
            const path = other.toLowerCase();
            if (!chosen.has(other) && lower.some((f) => path.includes(f)))
                argv.push(`--exclude=${escapeGlob((0,external_node_path_.resolve)(context.cwd, other))}`);
        }
        argv.push(...files);
        return [{ argv, env: {}, events: 'file' }];
    },
};
/** The JSON list `vitest list --json` prints. */
async function listJson(context, argv) {
    const stdout = await (0,run_discovery/* runDiscovery */.g)({ argv, cwd: context.cwd, env: context.env, preset: 'vitest' });
    let listed;
    try {
        listed = JSON.parse(stdout.slice(stdout.indexOf('[')));
    }
    catch {
        listed = undefined;
    }
    if (!Array.isArray(listed)) {
        throw new errors/* UsageError */.eb(`--preset vitest: ${argv.join(' ')} did not print a JSON list of tests`);
    }
    return listed;
}
/** A path as a glob matching only itself. */
function escapeGlob(path) {
    return path.replace(/[\\*?[\]{}()!+@]/g, '\\$&');
}

;// CONCATENATED MODULE: ./lib/core/frameworks/presets/index.js
// The framework presets by name, and the check of a name given by a user.








const PRESETS = {
    jest: jestPreset,
    vitest: vitestPreset,
    pytest: pytestPreset,
    node: node_test/* nodeTestPreset */.E2,
    go: goPreset,
    mocha: mochaPreset,
};
/** The preset named `name`; a UsageError naming the option and the choices otherwise. */
function presetNamed(name, option = '--preset') {
    if (preset/* PRESET_NAMES */.dO.includes(name))
        return PRESETS[name];
    throw new errors/* UsageError */.eb(`${option}: expected one of ${preset/* PRESET_NAMES */.dO.join(', ')}, got ${JSON.stringify(name)}`);
}


/***/ }),

/***/ 93741:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E2: () => (/* binding */ nodeTestPreset),
/* harmony export */   g: () => (/* binding */ nodeSelectableTests)
/* harmony export */ });
/* unused harmony export NODE_TEST_PATTERNS */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _preset_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81330);
/* harmony import */ var _test_results_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2022);
// node:test: node's own file rules discover, `--test-reporter` injects testwarden's reporter beside spec, name patterns select.



/** The files `node --test` runs when given none (Node 20–24 without type stripping). */
const NODE_TEST_PATTERNS = [
    '**/*.test.{cjs,mjs,js}',
    '**/*-test.{cjs,mjs,js}',
    '**/*_test.{cjs,mjs,js}',
    '**/test-*.{cjs,mjs,js}',
    '**/test.{cjs,mjs,js}',
    '**/test/**/*.{cjs,mjs,js}',
];
const nodeTestPreset = {
    name: 'node',
    granularity: 'test',
    async discover(context) {
        const { glob } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 73382));
        const files = await glob(NODE_TEST_PATTERNS, {
            cwd: context.cwd,
            onlyFiles: true,
            ignore: ['**/node_modules/**'],
        });
        return { files: files.map((f) => f.split('\\').join('/')).sort() };
    },
    commands(context, selection, extraArgs = []) {
        const base = [
            ...(context.program ?? ['node']),
            '--test',
            '--test-reporter=spec',
            '--test-reporter-destination=stdout',
            `--test-reporter=${(0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(context.reportersDir, 'node-test.mjs')}`,
            '--test-reporter-destination=stdout',
            ...extraArgs,
        ];
        const tests = selection?.tests ?? [];
        if (tests.length === 0)
            return [{ argv: [...base, ...(0,_preset_js__WEBPACK_IMPORTED_MODULE_2__/* .selectedFiles */ .TQ)(selection)], env: {}, events: 'file' }];
        // Patterns apply to every file of a process, and Node 20 matches a test's own name alone:
        // files are grouped by the exact patterns they need, so one file's choice never runs
        // a namesake in another file.
        // Each file's names make one anchored alternation (node tries every pattern on every test:
        // one pattern of N names costs far less than N patterns); more names than one argument
        // holds make several patterns, and more than one command line holds several processes,
        // each naming some: together they run exactly the chosen tests (top-level code runs in each).
        const byFile = new Map();
        for (const file of selection?.files ?? [])
            byFile.set(file, new Set());
        for (const test of tests) {
            const names = byFile.get(test.file) ?? new Set();
            for (const name of testNames(test.titles))
                names.add(name);
            byFile.set(test.file, names);
        }
        const byPatterns = new Map();
        for (const [file, names] of byFile) {
            const patterns = (0,_preset_js__WEBPACK_IMPORTED_MODULE_2__/* .chunksWithin */ .wZ)([...names].sort(), (n) => n.length, _preset_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_ARG_CHARS */ .wr - 64).map((chunk) => `^(?:${chunk.join('|')})$`);
            const processes = (0,_preset_js__WEBPACK_IMPORTED_MODULE_2__/* .chunksWithin */ .wZ)(patterns, (p) => p.length + 21, _preset_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_ARGV_CHARS */ .UU / 2);
            for (const chunk of processes.length > 0 ? processes : [[]]) {
                const key = JSON.stringify(chunk);
                const group = byPatterns.get(key) ?? { patterns: chunk, files: [] };
                group.files.push(file);
                byPatterns.set(key, group);
            }
        }
        return [...byPatterns.values()].map(({ patterns, files }) => ({
            argv: [...base, ...patterns.map((p) => `--test-name-pattern=${p}`), ...files],
            env: {},
            events: 'file',
        }));
    },
};
/**
 * Node 20 matches a pattern against a test's own name, Node 22 and later against the titles
 * joined by spaces: both forms are given (alternatives of one pattern), as regular expressions.
 */
function testNames(titles) {
    return [(0,_preset_js__WEBPACK_IMPORTED_MODULE_2__/* .titlesSource */ .J5)(titles.slice(-1)), (0,_preset_js__WEBPACK_IMPORTED_MODULE_2__/* .titlesSource */ .J5)(titles)];
}
/**
 * node:test runs a subtest only through its parent test (`t.test` inside a test function): a
 * subtest to rerun is replaced by its outermost ancestor that is itself a test in `known`.
 */
function nodeSelectableTests(selected, known) {
    const tests = new Set(known.map(_test_results_js__WEBPACK_IMPORTED_MODULE_1__/* .testKey */ .S8));
    const chosen = new Map();
    for (const test of selected) {
        let pick = test;
        for (let n = 1; n < test.titles.length; n++) {
            const ancestor = { file: test.file, titles: test.titles.slice(0, n) };
            if (tests.has((0,_test_results_js__WEBPACK_IMPORTED_MODULE_1__/* .testKey */ .S8)(ancestor))) {
                pick = ancestor;
                break;
            }
        }
        chosen.set((0,_test_results_js__WEBPACK_IMPORTED_MODULE_1__/* .testKey */ .S8)(pick), pick);
    }
    return [...chosen.values()];
}


/***/ }),

/***/ 64282:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ readTestEvents)
/* harmony export */ });
/* harmony import */ var _tail_events_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61167);
// Reads a whole per-test event stream (testwarden's NDJSON, or `go test -json` output) into results and counts, with the reader that follows a running unit's.

/** Folds a stream file; a missing file is "no events" (undefined), any other read error is thrown. */
function readTestEvents(path, options = {}) {
    return new _tail_events_js__WEBPACK_IMPORTED_MODULE_0__/* .EventsTail */ .y(path, { ...options, format: options.format ?? 'testwarden' }).stop();
}


/***/ }),

/***/ 2877:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ findReportersDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73136);
// Finds the reporters shipped with testwarden: dist/reporters next to the running bundle, or src/reporters in a checkout.



/** A file every copy of the reporters folder holds. */
const MARKER = 'events-writer.cjs';
/**
 * Walks up from this module's folder: the bundle lives in dist/<entry>/ (reporters in
 * dist/reporters), the sources in src/core/frameworks/ (src/reporters), the library build in
 * lib/core/frameworks/ (the package's dist/reporters).
 */
function findReportersDir(from = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url))) {
    let dir = from;
    for (let up = 0; up < 6; up++) {
        for (const candidate of [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'reporters'), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'dist', 'reporters')]) {
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(candidate, MARKER)))
                return candidate;
        }
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir);
        if (parent === dir)
            break;
        dir = parent;
    }
    throw new Error(`testwarden's test reporters were not found above ${from} (looked for reporters/${MARKER})`);
}


/***/ }),

/***/ 12827:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ runDiscovery)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
// Runs a framework's listing command (jest --listTests, go list, ...) in its own process group, bounded in time and output.


const MAX_OUTPUT = 64 * 1024 * 1024;
/** Stdout of the command; a failure to start, a bad exit or a timeout is a UsageError naming the preset and command. */
function runDiscovery(run) {
    const shown = run.argv.join(' ');
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(run.argv[0], run.argv.slice(1), {
            cwd: run.cwd,
            env: run.env,
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: true,
        });
        const out = [];
        const err = [];
        let size = 0;
        let why;
        const stop = (reason) => {
            why ??= reason;
            try {
                if (child.pid !== undefined)
                    process.kill(-child.pid, 'SIGKILL');
            }
            catch {
                // already gone
            }
        };
        const timer = setTimeout(() => stop(`did not finish within ${run.timeoutMs ?? 120_000} ms`), run.timeoutMs ?? 120_000);
        child.stdout.on('data', (b) => {
            size += b.length;
            if (size > MAX_OUTPUT)
                stop(`printed more than ${MAX_OUTPUT} bytes`);
            else
                out.push(b);
        });
        child.stderr.on('data', (b) => {
            if (err.length < 256)
                err.push(b);
        });
        child.on('error', (error) => {
            clearTimeout(timer);
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--preset ${run.preset}: could not start ${shown}: ${error.message}`, {
                cause: error,
            }));
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            why ??= 'finished';
            const stderr = Buffer.concat(err).toString('utf8').trim().split('\n').slice(-10).join('\n');
            if (why !== 'finished') {
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--preset ${run.preset}: listing tests with ${shown} ${why}`));
            }
            else if (code === 0 || (code !== null && run.okCodes?.includes(code))) {
                resolve(Buffer.concat(out).toString('utf8'));
            }
            else {
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--preset ${run.preset}: listing tests with ${shown} exited with ${signal ?? `code ${code}`}${stderr ? `:\n${stderr}` : ''}`));
            }
        });
    });
}


/***/ }),

/***/ 61167:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ EventsTail)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./lib/core/zod-mini.js
var zod_mini = __webpack_require__(47892);
// EXTERNAL MODULE: ./lib/core/frameworks/test-events.js
var test_events = __webpack_require__(11147);
;// CONCATENATED MODULE: ./lib/core/frameworks/go-test-json.js
// Turns `go test -json` lines (test2json's events) into the common per-test events.


const goEventSchema = zod_mini/* object */.Ikc({
    Action: zod_mini/* string */.YjP().check(zod_mini/* maxLength */.Ru6(16)),
    Package: zod_mini/* optional */.lqM(zod_mini/* string */.YjP().check(zod_mini/* maxLength */.Ru6(test_events/* EVENT_LIMITS */.OK.maxTitleChars))),
    /** Go 1.24+: `build-output` and `build-fail` events name the package being built. */
    ImportPath: zod_mini/* optional */.lqM(zod_mini/* string */.YjP().check(zod_mini/* maxLength */.Ru6(test_events/* EVENT_LIMITS */.OK.maxTitleChars))),
    Test: zod_mini/* optional */.lqM(zod_mini/* string */.YjP().check(zod_mini/* maxLength */.Ru6(test_events/* EVENT_LIMITS */.OK.maxTitleChars))),
    Elapsed: zod_mini/* optional */.lqM(zod_mini/* number */.aig().check(zod_mini/* nonnegative */.ZnW(), zod_mini/* maximum */.PhQ(1e9))),
    Output: zod_mini/* optional */.lqM(zod_mini/* string */.YjP()),
});
/**
 * The line's event when every field the schema knows has the kind and bounds it asks for (the
 * schema clips nothing): checked by hand on the hot path (five lines a test). Undefined means
 * "ask the schema", which alone refuses a line; a property test holds the two to one answer.
 */
function wellFormedGoEvent(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return undefined;
    const v = value;
    const { Action, Package, ImportPath, Test, Elapsed, Output } = v;
    if (typeof Action !== 'string' || Action.length > 16)
        return undefined;
    const event = { Action };
    if (Package !== undefined) {
        if (!isGoName(Package))
            return undefined;
        event.Package = Package;
    }
    if (ImportPath !== undefined) {
        if (!isGoName(ImportPath))
            return undefined;
        event.ImportPath = ImportPath;
    }
    if (Test !== undefined) {
        if (!isGoName(Test))
            return undefined;
        event.Test = Test;
    }
    if (Elapsed !== undefined) {
        if (typeof Elapsed !== 'number' || !(Elapsed >= 0 && Elapsed <= 1e9))
            return undefined;
        event.Elapsed = Elapsed;
    }
    if (Output !== undefined) {
        if (typeof Output !== 'string')
            return undefined;
        event.Output = Output;
    }
    return event;
}
/** The schema's answer for a line the hand check was unsure of. */
function checkedGoEvent(value) {
    const checked = goEventSchema.safeParse(value);
    return checked.success ? checked.data : undefined;
}
function isGoName(value) {
    return typeof value === 'string' && value.length <= test_events/* EVENT_LIMITS */.OK.maxTitleChars;
}
/** Output lines kept per test for its failure message: the last ones matter. */
const MAX_OUTPUT_LINES = 64;
/** `    file_test.go:12: message` as `t.Error` and friends print it. */
const GO_LOCATION = /^\s+([\w.-]+\.go):(\d+): (.*)$/;
/** `dir/file_test.go:7:6: message` as the compiler prints it (relative to the working directory). */
const BUILD_LOCATION = /^(?:\.\/)?((?:[\w.@+-]+\/)*[\w.+-]+\.go):(\d+)(?::(\d+))?: (.*)$/;
/** `# example.com/m/pkg [example.com/m/pkg.test]`: the compiler's errors for that package follow. */
const BUILD_HEADER = /^# (\S+)/;
/** go test's verdict on a package whose test binary could not be built or set up (printed as text before Go 1.24). */
const BUILD_FAILED = /^FAIL\t(\S+) \[(?:build|setup) failed\]$/;
const STATUS = { pass: 'passed', fail: 'failed', skip: 'skipped' };
/** True when a line looks like test2json output (it starts with `{` and names an Action). */
function isGoTestJsonLine(line) {
    return line.startsWith('{') && line.includes('"Action"');
}
/** Stateful: keeps each running test's output to describe its failure when it ends. */
class GoTestJsonConverter {
    #output = new Map();
    #failedTests = new Set();
    /** Per package, the compiler's messages (text after `# pkg`, or Go 1.24's `build-output`). */
    #buildOutput = new Map();
    /** Packages already reported as not loaded (the text verdict and a JSON `fail` can both come). */
    #fileErrors = new Set();
    /** The package whose compiler messages the text lines are. */
    #building;
    #started = false;
    /**
     * Events for a line that is not test2json's: before Go 1.24 a package that does not build is
     * only told in text (`# pkg`, the compiler's messages, `FAIL\tpkg [build failed]`).
     */
    convertText(line) {
        const header = BUILD_HEADER.exec(line);
        if (header) {
            this.#building = header[1];
            return [];
        }
        const failed = BUILD_FAILED.exec(line);
        if (failed) {
            this.#building = undefined;
            return this.#fileError(failed[1], this.#buildOutput.get(failed[1]) ?? []);
        }
        if (this.#building !== undefined)
            this.#keep(this.#buildOutput, this.#building, line);
        return [];
    }
    /** Events for one line of `go test -json` output (none for lines that are not events). */
    convert(line) {
        let parsed;
        try {
            parsed = JSON.parse(line);
        }
        catch {
            return undefined;
        }
        const e = wellFormedGoEvent(parsed) ?? checkedGoEvent(parsed);
        if (!e)
            return undefined;
        const pkg = e.Package ?? '';
        const events = [];
        if (!this.#started) {
            this.#started = true;
            events.push({ type: 'run-start', v: 1, framework: 'go' });
        }
        const key = `${pkg}\u0000${e.Test ?? ''}`;
        if (e.Action === 'build-output' && e.Output !== undefined && e.ImportPath !== undefined) {
            this.#keep(this.#buildOutput, e.ImportPath.split(' ')[0], e.Output.replace(/\n$/, ''));
            return events;
        }
        if (e.Action === 'output' && e.Output !== undefined) {
            this.#keep(this.#output, key, e.Output.replace(/\n$/, ''));
            return events;
        }
        if (e.Test !== undefined) {
            const titles = e.Test.split('/');
            if (e.Action === 'run')
                events.push({ type: 'test-start', file: pkg, titles });
            const status = STATUS[e.Action];
            if (status) {
                const event = { type: 'test-end', file: pkg, titles, status };
                if (e.Elapsed !== undefined)
                    event.durationMs = Math.round(e.Elapsed * 1000);
                if (status === 'failed') {
                    event.failure = failureOf(this.#output.get(key) ?? []);
                    this.#failedTests.add(pkg);
                }
                this.#output.delete(key);
                events.push(event);
            }
            return events;
        }
        if (e.Action === 'fail' && !this.#failedTests.has(pkg)) {
            // The package failed with no test failing: it did not build, or TestMain/init failed.
            events.push(...this.#fileError(pkg, this.#buildOutput.get(pkg) ?? this.#output.get(key) ?? []));
        }
        if (e.Action === 'pass' || e.Action === 'fail' || e.Action === 'skip')
            this.#output.delete(key);
        return events;
    }
    #fileError(pkg, lines) {
        if (this.#fileErrors.has(pkg))
            return [];
        this.#fileErrors.add(pkg);
        this.#buildOutput.delete(pkg);
        const events = [];
        if (!this.#started) {
            this.#started = true;
            events.push({ type: 'run-start', v: 1, framework: 'go' });
        }
        events.push({ type: 'file-error', file: pkg, failure: failureOf(lines) });
        return events;
    }
    /** Keeps the last lines of a test's or package's output, each clipped. */
    #keep(into, key, line) {
        const lines = into.get(key) ?? [];
        lines.push(line.slice(0, test_events/* EVENT_LIMITS */.OK.maxTitleChars));
        if (lines.length > MAX_OUTPUT_LINES)
            lines.shift();
        into.set(key, lines);
    }
}
function failureOf(lines) {
    const built = lines.map((l) => BUILD_LOCATION.exec(l)).find((m) => m !== null);
    if (built) {
        // A compiler message: its path is relative to the working directory already.
        const failure = {
            message: built[4].trim(),
            stack: lines.join('\n').slice(-test_events/* EVENT_LIMITS */.OK.maxMessageChars),
            file: built[1],
            line: Number(built[2]),
        };
        if (built[3])
            failure.column = Number(built[3]);
        return failure;
    }
    const meaningful = lines.filter((l) => !/^(=== (RUN|PAUSE|CONT)|--- (FAIL|PASS|SKIP))\b/.test(l.trim()));
    const located = meaningful.map((l) => GO_LOCATION.exec(l)).find((m) => m !== null);
    const text = meaningful.join('\n').slice(-test_events/* EVENT_LIMITS */.OK.maxMessageChars);
    const failure = {
        message: (located?.[3] ?? meaningful.find((l) => l.trim() !== '') ?? 'failed').trim(),
    };
    if (text)
        failure.stack = text;
    if (located) {
        failure.file = located[1];
        failure.line = Number(located[2]);
    }
    return failure;
}

;// CONCATENATED MODULE: ./lib/core/frameworks/parse-event-line.js
// One line of testwarden's NDJSON as a checked event: the shapes the reporters write are checked by hand on the hot path, anything else by the schema, which alone decides what is refused.

/** The checked event, or undefined for a line that is not JSON or not an event. */
function parseEventLine(line) {
    let value;
    try {
        value = JSON.parse(line);
    }
    catch {
        return undefined;
    }
    const fast = wellFormedEvent(value);
    if (fast)
        return fast;
    const checked = test_events/* testEventSchema */.aO.safeParse(value);
    return checked.success ? checked.data : undefined;
}
const STATUSES = new Set(test_events/* TEST_STATUSES */.eC);
/**
 * The event the schema would return for a parsed JSON line of one of the per-test shapes with
 * every value within its bounds (nothing to clip): the same fields in the same order, unknown
 * ones left out. Undefined means "ask the schema" (another type, a value to clip, a value of
 * the wrong kind), never "refused". The first 2,000 events of a run cost 8 ms this way against
 * 70 ms through the schema (3.5 times less once warm); a property test holds it to the schema.
 */
function wellFormedEvent(value) {
    if (typeof value !== 'object' || value === null)
        return undefined;
    const v = value;
    const type = v.type;
    if (type !== 'test-end' && type !== 'test-start' && type !== 'group-end' && type !== 'collected')
        return undefined;
    if (!isTitle(v.file) || !isTitles(v.titles))
        return undefined;
    if (v.nodeId !== undefined && !isTitle(v.nodeId))
        return undefined;
    const event = { type, file: v.file, titles: v.titles };
    if (v.nodeId !== undefined)
        event.nodeId = v.nodeId;
    if (v.retry !== undefined) {
        if (v.retry !== true || (type !== 'test-start' && type !== 'test-end'))
            return undefined;
        event.retry = true;
    }
    if (type === 'test-end') {
        if (!STATUSES.has(v.status))
            return undefined;
        event.status = v.status;
        const { durationMs, teardownErrors } = v;
        if (durationMs !== undefined) {
            if (!isFiniteNumber(durationMs) || durationMs < 0 || durationMs > 1e12)
                return undefined;
            event.durationMs = durationMs;
        }
        if (v.failure !== undefined) {
            const failure = wellFormedFailure(v.failure);
            if (!failure)
                return undefined;
            event.failure = failure;
        }
        if (teardownErrors !== undefined) {
            if (!isCount(teardownErrors))
                return undefined;
            event.teardownErrors = teardownErrors;
        }
    }
    if (type !== 'collected' && v.time !== undefined) {
        if (!isFiniteNumber(v.time))
            return undefined;
        event.time = v.time;
    }
    return event;
}
function wellFormedFailure(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return undefined;
    const v = value;
    if (!isText(v.message, test_events/* EVENT_LIMITS */.OK.maxMessageChars))
        return undefined;
    const failure = { message: v.message };
    if (v.stack !== undefined) {
        if (!isText(v.stack, test_events/* EVENT_LIMITS */.OK.maxMessageChars))
            return undefined;
        failure.stack = v.stack;
    }
    if (v.file !== undefined) {
        if (!isTitle(v.file))
            return undefined;
        failure.file = v.file;
    }
    if (v.line !== undefined) {
        if (!isCount(v.line))
            return undefined;
        failure.line = v.line;
    }
    if (v.column !== undefined) {
        if (!isCount(v.column))
            return undefined;
        failure.column = v.column;
    }
    return failure;
}
function isText(value, max) {
    return typeof value === 'string' && value.length <= max;
}
function isTitle(value) {
    return isText(value, test_events/* EVENT_LIMITS */.OK.maxTitleChars);
}
function isTitles(value) {
    if (!Array.isArray(value) || value.length > test_events/* EVENT_LIMITS */.OK.maxTitles)
        return false;
    for (const title of value)
        if (!isTitle(title))
            return false;
    return true;
}
function isFiniteNumber(value) {
    return typeof value === 'number' && Number.isFinite(value);
}
function isCount(value) {
    return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

// EXTERNAL MODULE: ./lib/core/frameworks/test-results.js
var test_results = __webpack_require__(2022);
;// CONCATENATED MODULE: ./lib/core/frameworks/tail-events.js
// Reads a unit's event stream once: followed while the unit runs (each complete event handed on as it comes) and caught up to its end when the unit is gone, folded into the unit's results as it is read.





const READ_BYTES = 64 * 1024;
class EventsTail {
    #path;
    #options;
    #maxBytes;
    #maxLineBytes;
    #go;
    #results;
    #offset = 0;
    /** The stream was there at least once (a stream never written is "no events"). */
    #found = false;
    /** The start of a line whose newline has not been read yet (a copy: the read buffer is reused). */
    #partial;
    /** Inside a line longer than the limit (already counted): its bytes are dropped until its newline. */
    #skipping = false;
    #buffer;
    /** Open from the first look that finds the stream to the end (a look costs one read, not three calls). */
    #file;
    #timer;
    #reading = Promise.resolve();
    #stopped = false;
    #final;
    constructor(path, options) {
        this.#path = path;
        this.#options = options;
        this.#maxBytes = options.maxBytes ?? 512 * 1024 * 1024;
        this.#maxLineBytes = options.maxLineBytes ?? test_events/* EVENT_LIMITS */.OK.maxLineBytes;
        this.#go = options.format === 'go' ? new GoTestJsonConverter() : undefined;
        this.#results = new test_results/* TestResultsBuilder */.CM({ maxTests: options.maxTests });
    }
    /** Looks for new lines every interval until `stop`. */
    start() {
        const tick = () => {
            this.#timer = undefined;
            this.#reading = this.#reading.then(() => this.#readNew());
            void this.#reading.then(() => {
                if (!this.#stopped)
                    this.#timer = setTimeout(tick, this.#options.intervalMs ?? 250);
            });
        };
        this.#timer = setTimeout(tick, this.#options.intervalMs ?? 250);
        this.#timer.unref();
    }
    /** Reads what was appended since the last look. */
    poll() {
        this.#reading = this.#reading.then(() => this.#readNew());
        return this.#reading;
    }
    /**
     * The writer is gone: reads what is left (a last line without a newline is read as the
     * stream's last, and counted as cut short if it is not an event) and returns the stream's
     * results, undefined when it was never written. Calling it again returns the same results.
     */
    stop() {
        this.#final ??= this.#finish();
        return this.#final;
    }
    async #finish() {
        this.#stopped = true;
        if (this.#timer)
            clearTimeout(this.#timer);
        this.#reading = this.#reading.then(() => this.#readNew(true));
        try {
            await this.#reading;
        }
        finally {
            const file = this.#file;
            this.#file = undefined;
            await file?.close();
        }
        if (!this.#found)
            return undefined;
        if (this.#partial) {
            const last = this.#partial;
            this.#partial = undefined;
            this.#line(last.toString('utf8'), true);
        }
        return this.#results.finish();
    }
    async #readNew(last = false) {
        if (!this.#file) {
            try {
                this.#file = await (0,promises_.open)(this.#path, 'r');
            }
            catch (error) {
                if (error.code === 'ENOENT')
                    return; // nothing written yet
                throw error;
            }
            this.#found = true;
        }
        const file = this.#file;
        this.#buffer ??= Buffer.allocUnsafe(READ_BYTES);
        for (;;) {
            const want = Math.min(this.#buffer.length, this.#maxBytes - this.#offset);
            if (want <= 0) {
                if (last)
                    await this.#checkCut(file);
                return;
            }
            const { bytesRead } = await file.read(this.#buffer, 0, want, this.#offset);
            if (bytesRead === 0)
                return;
            this.#offset += bytesRead;
            this.#take(this.#buffer.subarray(0, bytesRead));
        }
    }
    /** At the byte limit: says whether the stream went on beyond it. */
    async #checkCut(file) {
        if ((await file.stat()).size > this.#offset)
            this.#results.problems.cutAtMaxBytes = true;
    }
    /** Hands on the complete lines of `bytes`; keeps the start of an unfinished one. */
    #take(bytes) {
        const end = bytes.length;
        let from = 0;
        for (let nl = bytes.indexOf(10, from); nl >= 0; nl = bytes.indexOf(10, from)) {
            const length = (this.#partial?.length ?? 0) + nl - from;
            if (this.#skipping)
                this.#skipping = false;
            else if (length > this.#maxLineBytes)
                this.#results.problems.badLines++;
            else if (this.#partial) {
                const line = Buffer.concat([this.#partial, bytes.subarray(from, nl)]);
                this.#line(line.toString('utf8'), false);
            }
            else
                this.#line(bytes.toString('utf8', from, nl), false);
            this.#partial = undefined;
            from = nl + 1;
        }
        if (this.#skipping || from === end)
            return;
        if ((this.#partial?.length ?? 0) + end - from > this.#maxLineBytes) {
            this.#results.problems.badLines++;
            this.#skipping = true;
            this.#partial = undefined;
        }
        else {
            const rest = bytes.subarray(from);
            this.#partial = Buffer.concat(this.#partial ? [this.#partial, rest] : [rest]);
        }
    }
    /** One line; `unterminated`: the stream's last, without its newline (a killed writer's cut line). */
    #line(raw, unterminated) {
        const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        if (text.trim() === '')
            return;
        const problems = this.#results.problems;
        if (this.#go) {
            if (!isGoTestJsonLine(text)) {
                // go's own text shares the stream: a package that did not build is told there.
                for (const event of this.#go.convertText(text))
                    this.#add(event);
                return;
            }
            const events = this.#go.convert(text);
            if (events === undefined) {
                if (unterminated)
                    problems.truncatedLastLine = true;
                else
                    problems.badLines++;
                return;
            }
            for (const event of events)
                this.#add(event);
            return;
        }
        const event = parseEventLine(text);
        if (event)
            this.#add(event);
        else if (unterminated)
            problems.truncatedLastLine = true;
        else
            problems.badLines++;
    }
    #add(event) {
        const numbered = this.#results.add(event);
        this.#options.onEvent?.(numbered);
    }
}


/***/ }),

/***/ 66253:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ startRunGuard)
/* harmony export */ });
/* unused harmony export HEARTBEAT_TIMEOUT_MS */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _heartbeat_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43288);
/* harmony import */ var _process_identity_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5348);
/* harmony import */ var _watchdog_process_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77913);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_process_identity_js__WEBPACK_IMPORTED_MODULE_2__, _watchdog_process_js__WEBPACK_IMPORTED_MODULE_3__]);
([_process_identity_js__WEBPACK_IMPORTED_MODULE_2__, _watchdog_process_js__WEBPACK_IMPORTED_MODULE_3__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);
// What a run starts to be guarded from its own death: the detached watchdog and the heartbeat over the pipes to it (unless turned off); one stop() ends both.




/** `--heartbeat-timeout` default. */
const HEARTBEAT_TIMEOUT_MS = 60_000;
/**
 * Starts the watchdog and, over its pipes, the heartbeat. Call after the registry's run entry
 * is written, so the watchdog always finds a run to clean up.
 */
function startRunGuard(options) {
    const stateDir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(options.stateDir);
    const heartbeatTimeoutMs = options.heartbeatTimeoutMs ?? HEARTBEAT_TIMEOUT_MS;
    // Several beats per timeout, so one late beat (a busy machine) is never taken for a hang.
    const intervalMs = Math.max(50, Math.min(1000, Math.floor(heartbeatTimeoutMs / 4)));
    const warnings = [];
    let watchdogPid;
    let ours;
    if (options.watchdog !== false && options.command !== undefined) {
        const started = (0,_watchdog_process_js__WEBPACK_IMPORTED_MODULE_3__/* .startWatchdog */ .M5)({
            stateDir,
            heartbeatTimeoutMs,
            runId: options.runId,
            command: options.command,
            ...(options.env !== undefined ? { env: options.env } : {}),
        });
        if (started.started) {
            watchdogPid = started.pid;
            const heartbeat = (0,_heartbeat_js__WEBPACK_IMPORTED_MODULE_1__/* .startHeartbeat */ .t)(started.link, {
                intervalMs,
                ...(options.onStopRequest ? { onStopRequest: options.onStopRequest } : {}),
            });
            ours = { pid: started.pid, startTime: started.startTime, heartbeat, exited: started.exited };
        }
        else if ('running' in started)
            watchdogPid = started.running || undefined;
        else
            warnings.push(`${started.error}; the run goes on without a watchdog`);
    }
    let stopping;
    return {
        watchdogPid,
        warnings,
        stop() {
            stopping ??= (async () => {
                if (ours === undefined)
                    return;
                const { pid, startTime, heartbeat, exited } = ours;
                await heartbeat.stop();
                // `end` makes it leave within milliseconds, its pid file with it: its exit is waited
                // for as it happens, not found by polling. One that did not leave within the second is
                // signalled; a record left behind by one that died is removed.
                await settledWithin(exited, 1000);
                const gone = !(0,_process_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .isProcessAlive */ .jW)(pid, startTime);
                await (0,_watchdog_process_js__WEBPACK_IMPORTED_MODULE_3__/* .stopWatchdog */ .kc)(stateDir, { waitMs: gone ? 0 : 1000, pid }).catch(() => undefined);
            })();
            return stopping;
        },
    };
}
/** Waits for `promise` to settle, at most `ms` (the timer keeps nothing alive once it has). */
function settledWithin(promise, ms) {
    return new Promise((resolve) => {
        const timer = setTimeout(resolve, ms);
        const done = () => {
            clearTimeout(timer);
            resolve();
        };
        promise.then(done, done);
    });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 72898:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ StopToken)
/* harmony export */ });
class StopToken {
    #reason;
    #immediate = false;
    /** True when the stop should terminate running units (signals, thresholds), false for fail-fast. */
    #terminate = false;
    #listeners = new Set();
    get reason() {
        return this.#reason;
    }
    get stopped() {
        return this.#reason !== undefined;
    }
    get immediate() {
        return this.#immediate;
    }
    get terminatesRunning() {
        return this.#terminate;
    }
    /**
     * Requests a stop. `terminate` ends running units (a graceful stop); a later request while
     * stopping makes it immediate (SIGKILL without grace), as a second Ctrl-C does.
     */
    request(reason, options) {
        const wasTerminating = this.#terminate;
        if (this.#reason === undefined || (!this.#terminate && options.terminate))
            this.#reason = reason;
        if (options.terminate) {
            if (wasTerminating || options.immediate)
                this.#immediate = true;
            this.#terminate = true;
        }
        for (const listener of this.#listeners)
            listener(this.#reason, this.#immediate);
    }
    onRequest(listener) {
        this.#listeners.add(listener);
        return () => this.#listeners.delete(listener);
    }
}


/***/ }),

/***/ 77913:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M5: () => (/* binding */ startWatchdog),
/* harmony export */   kc: () => (/* binding */ stopWatchdog)
/* harmony export */ });
/* unused harmony export readPidFile */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _tracker_proc_table_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10467);
/* harmony import */ var _tracker_terminate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58215);
/* harmony import */ var _process_identity_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5348);
/* harmony import */ var _watchdog_args_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(46687);
/* harmony import */ var _watchdog_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(71529);
/* harmony import */ var _plan_unit_env_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(33528);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_tracker_terminate_js__WEBPACK_IMPORTED_MODULE_4__, _process_identity_js__WEBPACK_IMPORTED_MODULE_5__, _watchdog_js__WEBPACK_IMPORTED_MODULE_7__]);
([_tracker_terminate_js__WEBPACK_IMPORTED_MODULE_4__, _process_identity_js__WEBPACK_IMPORTED_MODULE_5__, _watchdog_js__WEBPACK_IMPORTED_MODULE_7__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);
// Starts and stops the detached watchdog process; `watchdog.pid` in the state dir keeps it to one per run and lets the post step find it.









/** What a unit carries; the watchdog is not a unit, and a leak scan must never take it for one. */
const UNIT_MARKERS = [
    'TESTWARDEN',
    'TESTWARDEN_RUN_ID',
    'TESTWARDEN_UNIT',
    'TESTWARDEN_ATTEMPT',
    'TESTWARDEN_JUNIT',
];
/**
 * The user's Node settings are for the code under test, not for testwarden's own watchdog:
 * `NODE_OPTIONS` can load modules into every Node process (`--require`), and
 * `NODE_EXTRA_CA_CERTS` makes Node read a certificate bundle as it starts (about 40 ms of CPU
 * here) for a process that never opens a TLS connection.
 */
const NODE_SETTINGS = ['NODE_OPTIONS', 'NODE_EXTRA_CA_CERTS'];
/** A claim whose pid is not written yet is "being started" for this long, then stale. */
const CLAIM_MS = 5000;
function startWatchdog(options) {
    const stateDir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(options.stateDir);
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(stateDir, _watchdog_js__WEBPACK_IMPORTED_MODULE_7__/* .WATCHDOG_PID_FILE */ .xx);
    const runnerPid = options.runnerPid ?? process.pid;
    const runnerStartTime = (0,_process_identity_js__WEBPACK_IMPORTED_MODULE_5__/* .startTimeOf */ .P2)(runnerPid);
    let claim;
    try {
        claim = claimPidFile(path, { pid: runnerPid, startTime: runnerStartTime });
    }
    catch (error) {
        return { started: false, error: `could not create ${path}: ${error.message}` };
    }
    if (claim.fd === undefined)
        return { started: false, running: claim.running };
    const env = {
        ...(0,_plan_unit_env_js__WEBPACK_IMPORTED_MODULE_8__/* .scrubbedEnv */ .wS)(options.env ?? process.env),
        ...options.command.env,
    };
    for (const name of [...UNIT_MARKERS, ...NODE_SETTINGS])
        delete env[name];
    const args = (0,_watchdog_args_js__WEBPACK_IMPORTED_MODULE_6__/* .watchdogArgs */ .Xu)({
        stateDir,
        runnerPid,
        runnerStartTime,
        heartbeatTimeoutMs: options.heartbeatTimeoutMs,
        runId: options.runId,
    });
    let child;
    let exited = Promise.resolve();
    let error = 'no pid';
    try {
        // Own session: no terminal signal reaches it. Its stdin and stdout are the heartbeat pipes,
        // made here and private to the two processes (libuv opens the runner's ends close-on-exec,
        // so no unit inherits them); stderr is /dev/null, so no pipe of a CI step is held open.
        // cwd is the root: it pins no mount.
        child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(options.command.program, [...options.command.args, ...args], {
            detached: true,
            stdio: ['pipe', 'pipe', 'ignore'],
            env,
            cwd: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.parse)(stateDir).root,
        });
        child.on('error', () => {
            // Reported through the missing pid below.
        });
        const spawned = child;
        exited = new Promise((resolve) => spawned.once('exit', () => resolve()));
        child.unref();
    }
    catch (e) {
        error = e.message;
    }
    const pid = child?.pid;
    try {
        if (child === undefined || pid === undefined) {
            child?.stdin?.destroy();
            child?.stdout?.destroy();
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(claim.fd);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)(path);
            return { started: false, error: `could not start the watchdog: ${error}` };
        }
        const startTime = (0,_process_identity_js__WEBPACK_IMPORTED_MODULE_5__/* .startTimeOf */ .P2)(pid);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(claim.fd, JSON.stringify({ pid, startTime, runnerPid, runnerStartTime }));
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(claim.fd);
        return {
            started: true,
            pid,
            startTime,
            link: { toWatchdog: child.stdin, fromWatchdog: child.stdout },
            exited,
        };
    }
    catch (e) {
        return { started: false, error: `could not record the watchdog: ${e.message}` };
    }
}
/**
 * Signals the recorded watchdog (only if its start time still matches) and waits up to `waitMs`
 * for it to go. The run's `ended` heartbeat makes it leave by itself; this is for the post step
 * and for leaving at once.
 */
async function stopWatchdog(stateDir, 
/** `pid`: act only on the record of that watchdog (the one this process started). */
options = {}) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(stateDir), _watchdog_js__WEBPACK_IMPORTED_MODULE_7__/* .WATCHDOG_PID_FILE */ .xx);
    const current = readPidFile(path);
    if (options.pid !== undefined && current.kind === 'live' && current.pid !== options.pid) {
        return { signalled: false, running: false };
    }
    if (current.kind === 'missing' || current.kind === 'starting') {
        return { signalled: false, running: current.kind === 'starting' };
    }
    if (current.kind === 'stale') {
        removeIfUnchanged(path, current.raw);
        return { signalled: false, running: false };
    }
    const { pid, startTime } = current;
    const signalled = signalQuietly(pid, 'SIGTERM');
    const gone = await (0,_tracker_terminate_js__WEBPACK_IMPORTED_MODULE_4__/* .pollUntil */ .g3)(() => !(0,_process_identity_js__WEBPACK_IMPORTED_MODULE_5__/* .isProcessAlive */ .jW)(pid, startTime), Date.now() + (options.waitMs ?? 0));
    if (gone)
        removeIfUnchanged(path, current.raw);
    return { pid, signalled, running: !gone };
}
function readPidFile(path) {
    let raw;
    let ageMs;
    try {
        raw = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path, 'utf8');
        ageMs = Date.now() - (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(path).mtimeMs;
    }
    catch {
        return { kind: 'missing' };
    }
    let record;
    try {
        record = JSON.parse(raw);
    }
    catch {
        record = undefined;
    }
    const { pid, startTime, runnerPid, runnerStartTime } = record ?? {};
    if (typeof pid !== 'number' || typeof startTime !== 'number') {
        // Empty: claimed by a starter that has not written the pid yet (or died doing so).
        return ageMs < CLAIM_MS && raw === '' ? { kind: 'starting', raw } : { kind: 'stale', raw };
    }
    if (!(0,_process_identity_js__WEBPACK_IMPORTED_MODULE_5__/* .isProcessAlive */ .jW)(pid, startTime) || !isWatchdogOf(pid, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path, '..')))
        return { kind: 'stale', raw };
    const runner = typeof runnerPid === 'number' && typeof runnerStartTime === 'number'
        ? { pid: runnerPid, startTime: runnerStartTime }
        : undefined;
    return { kind: 'live', raw, pid, startTime, runner };
}
/**
 * Creates the pid file exclusively (`wx`), so of two starters only one spawns. A stale file
 * (dead pid, or a claim never completed) is removed and the claim retried once. A live
 * watchdog left by an earlier run whose runner is dead is told to leave and replaced: it
 * guards nothing any more, and this run must not go unguarded.
 */
function claimPidFile(path, runner) {
    for (let attempt = 0; attempt < 2; attempt++) {
        try {
            return { fd: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(path, 'wx') };
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
        }
        const current = readPidFile(path);
        if (current.kind === 'live') {
            const earlier = current.runner;
            const ours = earlier?.pid === runner.pid && earlier.startTime === runner.startTime;
            if (ours || earlier === undefined || (0,_process_identity_js__WEBPACK_IMPORTED_MODULE_5__/* .isProcessAlive */ .jW)(earlier.pid, earlier.startTime))
                return { running: current.pid };
            signalQuietly(current.pid, 'SIGTERM');
            removeIfUnchanged(path, current.raw);
            continue;
        }
        if (current.kind === 'starting')
            return { running: 0 };
        if (current.kind === 'stale')
            removeIfUnchanged(path, current.raw);
    }
    // Replaced again between our read and our retry: someone else is starting one.
    return { running: 0 };
}
/**
 * The pid file lies in the state dir, which units can write: a pid in it is signalled only when
 * that process's command line (from the kernel) carries this state dir's watchdog flags.
 */
function isWatchdogOf(pid, stateDir) {
    if (!_tracker_proc_table_js__WEBPACK_IMPORTED_MODULE_3__/* .hasProc */ .jK)
        return true;
    let argv;
    try {
        argv = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    }
    catch {
        return false;
    }
    const at = argv.indexOf('--state-dir');
    return at >= 0 && argv[at + 1] === stateDir && argv.includes('--runner-pid');
}
/** Signals a recorded pid (never this process or its parent); false when it is gone already. */
function signalQuietly(pid, signal) {
    if (pid === process.pid || pid === process.ppid)
        return false;
    try {
        process.kill(pid, signal);
        return true;
    }
    catch {
        return false;
    }
}
/** Removes the file only if it still holds `raw` (another starter may have replaced it meanwhile). */
function removeIfUnchanged(path, raw) {
    try {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path, 'utf8') === raw)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)(path);
    }
    catch {
        // Already gone.
    }
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 37294:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ readCgroupMemory),
/* harmony export */   Gm: () => (/* binding */ readCgroupUsage),
/* harmony export */   Ku: () => (/* binding */ parseProcCgroup),
/* harmony export */   b7: () => (/* binding */ parseMountinfo),
/* harmony export */   hq: () => (/* binding */ findOwnMemoryCgroup),
/* harmony export */   oe: () => (/* binding */ dirUnder)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _read_kernel_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43519);
// Finds the cgroup this process lives in and reads its memory limit and usage, so a container's limit, not the host's RAM, is what "memory in use" is measured against.


/** Octal escapes (`\040` for a space) as mountinfo writes them. */
function unescapeMountField(field) {
    return field.replace(/\\([0-7]{3})/g, (_, octal) => String.fromCharCode(parseInt(octal, 8)));
}
function parseMountinfo(text) {
    const mounts = [];
    for (const line of text.split('\n')) {
        const fields = line.split(' ');
        const separator = fields.indexOf('-');
        if (separator < 6 || fields.length < separator + 4)
            continue;
        mounts.push({
            root: unescapeMountField(fields[3] ?? ''),
            point: unescapeMountField(fields[4] ?? ''),
            fstype: fields[separator + 1] ?? '',
            superOptions: (fields[separator + 3] ?? '').split(','),
        });
    }
    return mounts;
}
/** `/proc/self/cgroup` lines (`id:controllers:path`) as controllers → path; v2's line has controllers `''`. */
function parseProcCgroup(text) {
    const paths = new Map();
    for (const line of text.split('\n')) {
        const first = line.indexOf(':');
        const second = line.indexOf(':', first + 1);
        if (first < 0 || second < 0)
            continue;
        paths.set(line.slice(first + 1, second), line.slice(second + 1));
    }
    return paths;
}
/** Where a cgroup path appears under a mount; a mount of a sub-tree (containers) strips its root. */
function dirUnder(mount, path) {
    if (mount.root === '/')
        return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(mount.point, path);
    if (path === mount.root || path.startsWith(`${mount.root}/`)) {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(mount.point, path.slice(mount.root.length));
    }
    // Our cgroup lies outside what is mounted: the mount's top is the nearest we can see.
    return mount.point;
}
/** The v2 directory from ours up to the mount whose `memory.max` is smallest (a parent may hold the limit). */
function tightestV2Dir(ownDir, mountPoint) {
    let best = ownDir;
    let bestLimit = Infinity;
    for (let dir = ownDir;; dir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(dir)) {
        const limit = (0,_read_kernel_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readNumberFile */ .y3)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, 'memory.max'));
        if (limit !== undefined && limit < bestLimit) {
            best = dir;
            bestLimit = limit;
        }
        if (dir === mountPoint || dir.length <= mountPoint.length || dir === (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(dir))
            break;
    }
    return best;
}
/**
 * Our memory cgroup: v2 when its hierarchy has the memory controller for us, else v1's `memory`
 * hierarchy; undefined when neither is readable. `fsRoot` prefixes every path (for tests).
 */
function findOwnMemoryCgroup(fsRoot = '') {
    const mountinfo = (0,_read_kernel_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readKernelFile */ .w2)(`${fsRoot}/proc/self/mountinfo`);
    const cgroupText = (0,_read_kernel_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readKernelFile */ .w2)(`${fsRoot}/proc/self/cgroup`);
    if (mountinfo === undefined || cgroupText === undefined)
        return undefined;
    const mounts = parseMountinfo(mountinfo);
    const paths = parseProcCgroup(cgroupText);
    const v2Path = paths.get('');
    const v2Mount = mounts.find((m) => m.fstype === 'cgroup2');
    if (v2Path !== undefined && v2Mount) {
        const ownDir = fsRoot + dirUnder(v2Mount, v2Path);
        if ((0,_read_kernel_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readNumberFile */ .y3)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(ownDir, 'memory.current')) !== undefined) {
            return { version: 2, dir: tightestV2Dir(ownDir, fsRoot + v2Mount.point) };
        }
    }
    const v1Mount = mounts.find((m) => m.fstype === 'cgroup' && m.superOptions.includes('memory'));
    const v1Path = [...paths].find(([controllers]) => controllers.split(',').includes('memory'))?.[1];
    if (v1Mount && v1Path !== undefined) {
        const dir = fsRoot + dirUnder(v1Mount, v1Path);
        if ((0,_read_kernel_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readNumberFile */ .y3)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, 'memory.usage_in_bytes')) !== undefined)
            return { version: 1, dir };
    }
    return undefined;
}
/** The limit and usage of our cgroup, or undefined when its files went away. */
function readCgroupUsage(location) {
    const { dir } = location;
    if (location.version === 2) {
        const limitBytes = (0,_read_kernel_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readNumberFile */ .y3)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, 'memory.max'));
        const current = (0,_read_kernel_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readNumberFile */ .y3)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, 'memory.current'));
        if (limitBytes === undefined || current === undefined)
            return undefined;
        const stat = (0,_read_kernel_file_js__WEBPACK_IMPORTED_MODULE_1__/* .parseKeyedNumbers */ .CS)((0,_read_kernel_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readKernelFile */ .w2)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, 'memory.stat')) ?? '', [
            'inactive_file',
        ]);
        return { limitBytes, usedBytes: withoutCache(current, stat.get('inactive_file')) };
    }
    const usage = (0,_read_kernel_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readNumberFile */ .y3)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, 'memory.usage_in_bytes'));
    if (usage === undefined)
        return undefined;
    const stat = (0,_read_kernel_file_js__WEBPACK_IMPORTED_MODULE_1__/* .parseKeyedNumbers */ .CS)((0,_read_kernel_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readKernelFile */ .w2)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, 'memory.stat')) ?? '', [
        'hierarchical_memory_limit',
        'total_inactive_file',
        'inactive_file',
    ]);
    // hierarchical_memory_limit already folds in every ancestor's limit.
    const limitBytes = stat.get('hierarchical_memory_limit') ?? (0,_read_kernel_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readNumberFile */ .y3)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, 'memory.limit_in_bytes'));
    if (limitBytes === undefined)
        return undefined;
    const inactive = stat.get('total_inactive_file') ?? stat.get('inactive_file');
    return { limitBytes, usedBytes: withoutCache(usage, inactive) };
}
function withoutCache(usage, inactiveFile) {
    return inactiveFile !== undefined && inactiveFile < usage ? usage - inactiveFile : usage;
}
/**
 * A unit cgroup's memory (v2 `memory.current`/`memory.peak`, v1 `memory.usage_in_bytes`/
 * `memory.max_usage_in_bytes`), or undefined when the directory has no memory files (v2 without
 * the memory controller, as on hybrid hosts): then sum the processes' RSS instead.
 */
function readCgroupMemory(dir) {
    let currentBytes = (0,_read_kernel_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readNumberFile */ .y3)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, 'memory.current'));
    let peakBytes;
    let statKey = 'inactive_file';
    if (currentBytes !== undefined) {
        peakBytes = (0,_read_kernel_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readNumberFile */ .y3)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, 'memory.peak'));
    }
    else {
        currentBytes = (0,_read_kernel_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readNumberFile */ .y3)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, 'memory.usage_in_bytes'));
        if (currentBytes === undefined)
            return undefined;
        peakBytes = (0,_read_kernel_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readNumberFile */ .y3)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, 'memory.max_usage_in_bytes'));
        statKey = 'total_inactive_file';
    }
    const stat = (0,_read_kernel_file_js__WEBPACK_IMPORTED_MODULE_1__/* .parseKeyedNumbers */ .CS)((0,_read_kernel_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readKernelFile */ .w2)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, 'memory.stat')) ?? '', [statKey]);
    const inactiveFileBytes = stat.get(statKey) ?? 0;
    return {
        currentBytes,
        peakBytes,
        inactiveFileBytes,
        workingSetBytes: withoutCache(currentBytes, inactiveFileBytes),
    };
}


/***/ }),

/***/ 28871:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M8: () => (/* binding */ MachineSampler)
});

// UNUSED EXPORTS: parseMeminfo, parseProcStatCpu

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./lib/core/monitor/cgroup-memory.js
var cgroup_memory = __webpack_require__(37294);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./lib/core/monitor/darwin-memory.js
// macOS machine memory: `vm_stat` pages (what is really in use) and `sysctl hw.memsize`; os.freemem() there counts only free pages, so a Mac would always look nearly full.


/** `vm_stat` output: a header naming the page size, then `Label:  123.` lines. */
function parseVmStat(text) {
    const size = /page size of (\d+) bytes/.exec(text);
    if (!size)
        return undefined;
    const pages = new Map();
    for (const line of text.split('\n')) {
        const m = /^"?([^":]+)"?:\s+(\d+)\.?\s*$/.exec(line.trim());
        if (m)
            pages.set(m[1], Number(m[2]));
    }
    return { pageSize: Number(size[1]), pages };
}
/**
 * In use = active + wired + the compressor's own pages (Activity Monitor's "memory used" less
 * its purgeable refinement). Inactive, speculative and free pages can be handed out at once.
 */
function usedBytes(stat) {
    const get = (label) => stat.pages.get(label);
    const active = get('Pages active');
    const wired = get('Pages wired down');
    if (active === undefined || wired === undefined)
        return undefined;
    return (active + wired + (get('Pages occupied by compressor') ?? 0)) * stat.pageSize;
}
const runText = (program, args) => {
    const r = (0,external_node_child_process_.spawnSync)(program, args, {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C' },
    });
    return r.status === 0 ? r.stdout : undefined;
};
class DarwinMemory {
    totalBytes;
    #run;
    constructor(run = runText) {
        this.#run = run;
        const memsize = Number(run('/usr/sbin/sysctl', ['-n', 'hw.memsize'])?.trim());
        this.totalBytes = Number.isFinite(memsize) && memsize > 0 ? memsize : external_node_os_.totalmem();
    }
    /** Bytes in use now, or undefined when vm_stat cannot be run or read. */
    used() {
        const text = this.#run('/usr/bin/vm_stat', []);
        const stat = text === undefined ? undefined : parseVmStat(text);
        return stat && usedBytes(stat);
    }
}

// EXTERNAL MODULE: ./lib/core/monitor/read-kernel-file.js
var read_kernel_file = __webpack_require__(43519);
;// CONCATENATED MODULE: ./lib/core/monitor/machine-sampler.js
// Samples the machine: CPU busy across all cores from /proc/stat deltas and memory in use from /proc/meminfo, or from our cgroup when a container limit is the smaller one.




/** The aggregate `cpu` line of /proc/stat: busy = total - idle - iowait; guest time is already in user. */
function parseProcStatCpu(text) {
    if (!text.startsWith('cpu '))
        return undefined;
    const end = text.indexOf('\n');
    const fields = text
        .slice(4, end < 0 ? undefined : end)
        .trim()
        .split(/\s+/)
        .map(Number);
    // user nice system idle iowait irq softirq steal [guest guest_nice]
    const counted = fields.slice(0, 8);
    if (counted.length < 4 || counted.some((n) => !Number.isFinite(n)))
        return undefined;
    const total = counted.reduce((sum, n) => sum + n, 0);
    const idle = (counted[3] ?? 0) + (counted[4] ?? 0);
    return { busy: total - idle, total };
}
function osCpuTimes() {
    let busy = 0;
    let total = 0;
    for (const { times } of external_node_os_.cpus()) {
        const all = times.user + times.nice + times.sys + times.irq + times.idle;
        busy += all - times.idle;
        total += all;
    }
    return { busy, total };
}
/** MemTotal - MemAvailable; kernels before 3.14 lack MemAvailable, so free + buffers + cache stands in. */
function parseMeminfo(text) {
    const kb = (0,read_kernel_file/* parseKeyedNumbers */.CS)(text, ['MemTotal', 'MemAvailable', 'MemFree', 'Buffers', 'Cached']);
    const total = kb.get('MemTotal');
    if (total === undefined)
        return undefined;
    const available = kb.get('MemAvailable') ??
        (kb.get('MemFree') ?? 0) + (kb.get('Buffers') ?? 0) + (kb.get('Cached') ?? 0);
    return { totalBytes: total * 1024, availableBytes: available * 1024 };
}
const clamp = (value, low, high) => Math.min(high, Math.max(low, value));
class MachineSampler {
    /** The memory source chosen when the sampler was made (a sample says which it actually used). */
    source;
    root;
    cgroup;
    darwin;
    previousCpu;
    lastCpuPercent = null;
    constructor(options = {}) {
        this.root = options.fsRoot ?? '';
        const platform = options.platform ?? process.platform;
        const linux = platform === 'linux';
        const meminfo = linux ? this.readMeminfo() : undefined;
        this.darwin = undefined;
        if (meminfo === undefined) {
            this.cgroup = undefined;
            if (platform === 'darwin') {
                this.darwin = options.darwin ?? new DarwinMemory();
                this.source = this.darwin.used() === undefined ? 'os' : 'vm_stat';
            }
            else
                this.source = 'os';
            return;
        }
        // A cgroup counts only when its limit is below the machine's RAM (containers, limited slices).
        const cgroup = (0,cgroup_memory/* findOwnMemoryCgroup */.hq)(this.root);
        const usage = cgroup ? (0,cgroup_memory/* readCgroupUsage */.Gm)(cgroup) : undefined;
        if (cgroup && usage && usage.limitBytes < meminfo.totalBytes) {
            this.cgroup = cgroup;
            this.source = cgroup.version === 2 ? 'cgroup-v2' : 'cgroup-v1';
        }
        else {
            this.cgroup = undefined;
            this.source = 'meminfo';
        }
    }
    sample(at = Date.now()) {
        const memory = this.readMemory();
        const total = Math.max(1, memory.total);
        const used = clamp(memory.used, 0, total);
        return {
            at,
            memoryUsedBytes: used,
            memoryTotalBytes: total,
            memoryPercent: (used / total) * 100,
            cpuPercent: this.readCpuPercent(),
            source: memory.source,
        };
    }
    readMeminfo() {
        const text = (0,read_kernel_file/* readKernelFile */.w2)(`${this.root}/proc/meminfo`);
        return text === undefined ? undefined : parseMeminfo(text);
    }
    readMemory() {
        if (this.cgroup) {
            const usage = (0,cgroup_memory/* readCgroupUsage */.Gm)(this.cgroup);
            if (usage && Number.isFinite(usage.limitBytes)) {
                return { used: usage.usedBytes, total: usage.limitBytes, source: this.source };
            }
        }
        if (this.source === 'vm_stat' && this.darwin) {
            const used = this.darwin.used();
            if (used !== undefined)
                return { used, total: this.darwin.totalBytes, source: 'vm_stat' };
        }
        if (this.source !== 'os' && this.source !== 'vm_stat') {
            const meminfo = this.readMeminfo();
            if (meminfo) {
                return {
                    used: meminfo.totalBytes - meminfo.availableBytes,
                    total: meminfo.totalBytes,
                    source: 'meminfo',
                };
            }
        }
        const total = external_node_os_.totalmem();
        return { used: total - external_node_os_.freemem(), total, source: 'os' };
    }
    readCpuPercent() {
        const times = this.source === 'os' || this.source === 'vm_stat' ? osCpuTimes() : this.readProcStatCpu();
        if (!times)
            return this.lastCpuPercent;
        const previous = this.previousCpu;
        // Two samples within one clock tick say nothing new: keep the last figure and the older base.
        if (previous && times.total === previous.total)
            return this.lastCpuPercent;
        this.previousCpu = times;
        if (!previous || times.total < previous.total)
            return this.lastCpuPercent;
        const delta = times.total - previous.total;
        this.lastCpuPercent = clamp(((times.busy - previous.busy) / delta) * 100, 0, 100);
        return this.lastCpuPercent;
    }
    readProcStatCpu() {
        // Only the first line is needed; /proc/stat's interrupt lines can run to many KiB.
        const head = (0,read_kernel_file/* readKernelFile */.w2)(`${this.root}/proc/stat`, 4096);
        return head === undefined ? undefined : parseProcStatCpu(head);
    }
}


/***/ }),

/***/ 79655:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ ResourceMonitor)
/* harmony export */ });
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(643);
/* harmony import */ var _machine_sampler_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28871);
/* harmony import */ var _sample_history_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(31683);
/* harmony import */ var _thresholds_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52284);
/* harmony import */ var _unit_watch_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(23308);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_unit_watch_js__WEBPACK_IMPORTED_MODULE_3__]);
_unit_watch_js__WEBPACK_IMPORTED_MODULE_3__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
// Watches the machine and the running units on an unref'd timer: machine samples feed the threshold rule and the history, units' tree memory feeds their peaks and the per-test limit.





const cpuMicros = (since) => {
    const d = process.cpuUsage(since);
    return d.user + d.system;
};
class ResourceMonitor {
    options;
    intervalMs;
    unitIntervalMs;
    thresholds;
    sampler;
    samples;
    units = new _unit_watch_js__WEBPACK_IMPORTED_MODULE_3__/* .UnitWatch */ ._();
    timer;
    period = 0;
    lastMachineAt;
    latest;
    state = _thresholds_js__WEBPACK_IMPORTED_MODULE_2__/* .initialThresholdState */ .xd;
    since = node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__.performance.now();
    spent = {
        cycles: 0,
        machineSamples: 0,
        unitSamples: 0,
        machine: 0,
        unit: 0,
        maxCycle: 0,
    };
    constructor(options = {}) {
        this.options = options;
        this.intervalMs = options.intervalMs ?? 1000;
        this.unitIntervalMs = Math.min(options.unitIntervalMs ?? 250, this.intervalMs);
        if (!(this.intervalMs > 0) || !(this.unitIntervalMs > 0)) {
            throw new RangeError(`monitor: expected intervals above 0 ms, got ${this.intervalMs} and ${this.unitIntervalMs}`);
        }
        this.thresholds = (0,_thresholds_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveThresholds */ .pz)(options.thresholds);
        this.sampler = options.sampler ?? new _machine_sampler_js__WEBPACK_IMPORTED_MODULE_1__/* .MachineSampler */ .M8();
        this.samples = new _sample_history_js__WEBPACK_IMPORTED_MODULE_4__/* .SampleHistory */ .f(options.historyPoints ?? 500);
    }
    /** Takes a first sample now, then samples on a timer that never keeps the process alive. */
    start() {
        if (this.timer)
            return;
        this.since = node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__.performance.now();
        this.tick();
        this.schedule(true);
    }
    stop() {
        if (this.timer)
            clearInterval(this.timer);
        this.timer = undefined;
    }
    watchUnit(unitId, options) {
        this.units.add(unitId, options);
        this.schedule();
    }
    /** Stops watching a unit and returns its peak memory (undefined if it was not watched). */
    unwatchUnit(unitId) {
        const peak = this.units.remove(unitId);
        this.schedule();
        return peak;
    }
    /** Highest tree memory seen for a watched unit, in bytes. */
    peakFor(unitId) {
        return this.units.peakFor(unitId);
    }
    /** False while a threshold is breached: start no new unit. */
    get admit() {
        return this.state.admit;
    }
    get thresholdState() {
        return this.state;
    }
    get lastSample() {
        return this.latest;
    }
    /** Thinned machine samples for reports, oldest first. */
    history() {
        return this.samples.points();
    }
    /** Exact highest machine memory and CPU seen. */
    machinePeak() {
        return this.samples.peak();
    }
    cost() {
        const s = this.spent;
        const elapsedMs = node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__.performance.now() - this.since;
        const total = s.machine + s.unit;
        return {
            cycles: s.cycles,
            machineSamples: s.machineSamples,
            unitSamples: s.unitSamples,
            machineCpuMicros: s.machine,
            unitCpuMicros: s.unit,
            cpuMicros: total,
            maxCycleCpuMicros: s.maxCycle,
            elapsedMs,
            percentOfCore: elapsedMs > 0 ? (total / (elapsedMs * 1000)) * 100 : 0,
        };
    }
    /**
     * One sampling cycle as the timer runs it: the machine when its interval is due at `now`, then
     * every watched unit. Public so benchmarks and tests can drive cycles without waiting.
     */
    tick(now = Date.now()) {
        let sample;
        let changed = false;
        let exceeded = [];
        try {
            const started = process.cpuUsage();
            let machine = 0;
            if (this.machineDue(now)) {
                sample = this.sampler.sample(now);
                this.lastMachineAt = now;
                this.latest = sample;
                this.samples.add(sample);
                const next = (0,_thresholds_js__WEBPACK_IMPORTED_MODULE_2__/* .nextThresholdState */ .CK)(this.state, sample, this.thresholds);
                changed = (0,_thresholds_js__WEBPACK_IMPORTED_MODULE_2__/* .thresholdChanged */ .u4)(this.state, next);
                this.state = next;
                machine = cpuMicros(started);
                this.spent.machineSamples += 1;
            }
            if (this.units.size > 0) {
                exceeded = this.units.sample();
                this.spent.unitSamples += 1;
            }
            const cycle = cpuMicros(started);
            this.spent.cycles += 1;
            this.spent.machine += machine;
            this.spent.unit += cycle - machine;
            this.spent.maxCycle = Math.max(this.spent.maxCycle, cycle);
        }
        catch (error) {
            this.fail(error);
        }
        // Hooks run after the accounting (their cost is the caller's), each on its own.
        const current = this.state;
        if (sample)
            this.call(this.options.onSample, sample);
        if (changed)
            this.call(this.options.onThreshold, current);
        for (const { options, peakBytes } of exceeded)
            this.call(options.onExceeded, peakBytes);
    }
    call(hook, value) {
        try {
            hook?.(value);
        }
        catch (error) {
            this.fail(error);
        }
    }
    fail(error) {
        if (!this.options.onError)
            throw error;
        this.options.onError(error);
    }
    machineDue(now) {
        if (this.lastMachineAt === undefined)
            return true;
        // Half a timer period of slack: a tick a little early still counts as the one that is due.
        return now - this.lastMachineAt >= this.intervalMs - this.currentPeriod() / 2;
    }
    currentPeriod() {
        return this.units.anyLimited ? this.unitIntervalMs : this.intervalMs;
    }
    /** (Re)arms the timer when the period changed: faster while a unit has a memory limit. */
    schedule(force = false) {
        if (!this.timer && !force)
            return;
        const period = this.currentPeriod();
        if (this.timer && period === this.period)
            return;
        if (this.timer)
            clearInterval(this.timer);
        this.period = period;
        this.timer = setInterval(() => this.tick(), period);
        this.timer.unref();
    }
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 7000:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nd: () => (/* binding */ admitted),
/* harmony export */   Rd: () => (/* binding */ startMonitor),
/* harmony export */   bi: () => (/* binding */ machineRecord)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25888);
/* harmony import */ var _machine_sampler_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28871);
/* harmony import */ var _resource_monitor_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79655);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_resource_monitor_js__WEBPACK_IMPORTED_MODULE_1__]);
_resource_monitor_js__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
// The run's resource monitor: thresholds turned into admission and a graceful stop, and the machine history kept for the report.



function machineRecord(monitor, options) {
    const peak = monitor.machinePeak();
    return {
        samples: monitor.history().map((p) => ({
            at: p.at,
            memoryPercent: round1(p.memoryPercent),
            cpuPercent: p.cpuPercent === null ? null : round1(p.cpuPercent),
        })),
        peak: peak
            ? {
                memoryPercent: round1(peak.memoryPercent),
                cpuPercent: peak.cpuPercent === null ? null : round1(peak.cpuPercent),
            }
            : null,
        thresholds: {
            memoryPercent: options.memoryThresholdPercent === undefined ? 90 : options.memoryThresholdPercent,
            cpuPercent: options.cpuThresholdPercent ?? null,
            windowMs: options.thresholdWindowMs ?? 10_000,
        },
    };
}
const round1 = (n) => Math.round(n * 10) / 10;
/** Resolves true when a unit may start: at once while under the thresholds, else when back under or stopped. */
async function admitted(monitor, stop) {
    while (!monitor.admit && !stop.stopped) {
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return !stop.stopped;
}
function startMonitor(options, stop, notice) {
    let paused = false;
    const sampler = new _machine_sampler_js__WEBPACK_IMPORTED_MODULE_0__/* .MachineSampler */ .M8();
    // Off Linux the only memory figure is total minus free (macOS counts its file cache as used),
    // which would trip the default threshold: there it applies only when asked for explicitly.
    const memoryPercent = options.memoryThresholdPercent ?? (sampler.source === 'os' ? null : undefined);
    if (memoryPercent === null) {
        notice('info', 'memory threshold off by default here (no reliable memory figure); set --memory-threshold to use it');
    }
    const monitor = new _resource_monitor_js__WEBPACK_IMPORTED_MODULE_1__/* .ResourceMonitor */ .d({
        sampler,
        thresholds: {
            memoryPercent,
            cpuPercent: options.cpuThresholdPercent,
            windowMs: options.thresholdWindowMs,
        },
        onThreshold: (state) => {
            const breach = state.shutdown ?? state.breaches[0];
            if (state.shutdown && !stop.terminatesRunning) {
                const b = state.shutdown;
                notice('warning', `${b.reason === 'memory' ? 'Memory' : 'CPU'} at ${b.value.toFixed(0)}%, over the ${b.threshold}% threshold for ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(Date.now() - b.since)}: shutting down gracefully (checkpoint saved; --resume continues)`);
                stop.request(b.reason, { terminate: true });
            }
            else if (!state.admit && !paused && breach) {
                paused = true;
                notice('warning', `${breach.reason} at ${breach.value.toFixed(0)}% (threshold ${breach.threshold}%): no new unit starts until it drops`);
            }
            else if (state.admit && paused) {
                paused = false;
                notice('info', 'back under the thresholds: units start again');
            }
        },
        onError: () => {
            // A failed sample is skipped; the next one decides.
        },
    });
    monitor.start();
    return monitor;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 31683:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ SampleHistory)
/* harmony export */ });
function maxOrNull(a, b) {
    if (a === null)
        return b;
    if (b === null)
        return a;
    return Math.max(a, b);
}
function merge(a, b) {
    return {
        at: a.at,
        until: b.until,
        samples: a.samples + b.samples,
        memoryUsedBytes: Math.max(a.memoryUsedBytes, b.memoryUsedBytes),
        memoryPercent: Math.max(a.memoryPercent, b.memoryPercent),
        cpuPercent: maxOrNull(a.cpuPercent, b.cpuPercent),
    };
}
class SampleHistory {
    maxPoints;
    full = [];
    pending;
    /** Samples per point; doubles each time the history fills. */
    stride = 1;
    highest;
    constructor(maxPoints = 500) {
        this.maxPoints = maxPoints;
        if (!Number.isInteger(maxPoints) || maxPoints < 2) {
            throw new RangeError(`history: expected at least 2 points, got ${maxPoints}`);
        }
    }
    add(sample) {
        const point = {
            at: sample.at,
            until: sample.at,
            samples: 1,
            memoryUsedBytes: sample.memoryUsedBytes,
            memoryPercent: sample.memoryPercent,
            cpuPercent: sample.cpuPercent,
        };
        this.trackPeak(sample);
        this.pending = this.pending ? merge(this.pending, point) : point;
        if (this.pending.samples < this.stride)
            return;
        this.full.push(this.pending);
        this.pending = undefined;
        if (this.full.length >= this.maxPoints)
            this.halve();
    }
    /** The points, oldest first (the last one may cover fewer samples than the rest); at most maxPoints. */
    points() {
        return this.pending ? [...this.full, this.pending] : [...this.full];
    }
    /** Highest values over every sample ever added (exact, not thinned); undefined before the first. */
    peak() {
        return this.highest ? { ...this.highest } : undefined;
    }
    halve() {
        const merged = [];
        for (let i = 0; i < this.full.length; i += 2) {
            const a = this.full[i];
            const b = this.full[i + 1];
            merged.push(b ? merge(a, b) : a);
        }
        this.full.splice(0, this.full.length, ...merged);
        this.stride *= 2;
    }
    trackPeak(sample) {
        const peak = this.highest;
        if (!peak) {
            this.highest = {
                memoryUsedBytes: sample.memoryUsedBytes,
                memoryPercent: sample.memoryPercent,
                memoryTotalBytes: sample.memoryTotalBytes,
                cpuPercent: sample.cpuPercent,
            };
            return;
        }
        if (sample.memoryPercent > peak.memoryPercent) {
            peak.memoryPercent = sample.memoryPercent;
            peak.memoryUsedBytes = sample.memoryUsedBytes;
            peak.memoryTotalBytes = sample.memoryTotalBytes;
        }
        peak.cpuPercent = maxOrNull(peak.cpuPercent, sample.cpuPercent);
    }
}


/***/ }),

/***/ 52284:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CK: () => (/* binding */ nextThresholdState),
/* harmony export */   pz: () => (/* binding */ resolveThresholds),
/* harmony export */   u4: () => (/* binding */ thresholdChanged),
/* harmony export */   xd: () => (/* binding */ initialThresholdState)
/* harmony export */ });
/* unused harmony exports DEFAULT_MEMORY_PERCENT, DEFAULT_WINDOW_MS */
// The threshold rule as a pure state machine: while memory or CPU is above its threshold no new unit starts; a breach that lasts the whole window calls for a graceful shutdown.
const DEFAULT_MEMORY_PERCENT = 90;
const DEFAULT_WINDOW_MS = 10_000;
const initialThresholdState = Object.freeze({
    admit: true,
    breaches: Object.freeze([]),
});
/** Fills defaults; values are validated where they enter (the CLI and Action inputs), so a bad one here is a bug. */
function resolveThresholds(options = {}) {
    const resolved = {
        memoryPercent: options.memoryPercent === null
            ? undefined
            : (options.memoryPercent ?? DEFAULT_MEMORY_PERCENT),
        cpuPercent: options.cpuPercent,
        windowMs: options.windowMs ?? DEFAULT_WINDOW_MS,
    };
    const percentOk = (p) => p === undefined || (Number.isFinite(p) && p > 0 && p <= 100);
    if (!percentOk(resolved.memoryPercent) || !percentOk(resolved.cpuPercent)) {
        throw new RangeError(`thresholds: expected percentages in (0, 100], got ${JSON.stringify(options)}`);
    }
    if (!Number.isFinite(resolved.windowMs) || resolved.windowMs < 0) {
        throw new RangeError(`thresholds: expected a window of 0 ms or more, got ${JSON.stringify(options)}`);
    }
    return resolved;
}
/**
 * One resource's breach after a sample: a value above the threshold starts or continues it, a
 * value at or below ends it (the next breach starts a fresh window), no value (the first CPU
 * sample) leaves it as it was.
 */
function nextBreach(previous, reason, threshold, value, at) {
    if (threshold === undefined)
        return undefined;
    if (value === null)
        return previous;
    if (value <= threshold)
        return undefined;
    return previous ? { ...previous, value } : { reason, since: at, value, threshold };
}
/** The state after one sample; `state` is never modified. Samples must come in time order. */
function nextThresholdState(state, sample, options) {
    const find = (reason) => state.breaches.find((b) => b.reason === reason);
    const breaches = [
        nextBreach(find('memory'), 'memory', options.memoryPercent, sample.memoryPercent, sample.at),
        nextBreach(find('cpu'), 'cpu', options.cpuPercent, sample.cpuPercent, sample.at),
    ].filter((b) => b !== undefined);
    const next = { admit: breaches.length === 0, breaches };
    // The breach that began first completed its window first; memory wins a tie (order above).
    const due = breaches
        .filter((b) => sample.at - b.since >= options.windowMs)
        .reduce((first, b) => (first === undefined || b.since < first.since ? b : first), undefined);
    const shutdown = state.shutdown ?? due;
    if (shutdown)
        next.shutdown = shutdown;
    return next;
}
/** Whether two states differ in what a caller acts on: admission, the set of breaches, shutdown. */
function thresholdChanged(before, after) {
    return (before.admit !== after.admit ||
        before.shutdown !== after.shutdown ||
        before.breaches.map((b) => `${b.reason}@${b.since}`).join() !==
            after.breaches.map((b) => `${b.reason}@${b.since}`).join());
}


/***/ }),

/***/ 23308:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ UnitWatch)
/* harmony export */ });
/* harmony import */ var _cgroup_memory_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37294);
/* harmony import */ var _tracker_process_table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37032);
/* harmony import */ var _tracker_process_sweeper_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10651);
/* harmony import */ var _process_scanner_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77332);
/* harmony import */ var _tree_memory_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(12018);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_tracker_process_table_js__WEBPACK_IMPORTED_MODULE_1__]);
_tracker_process_table_js__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
// The units a monitor watches: each one's tree memory (its cgroup's when readable, else summed RSS), its peak, and whether it went over its limit.





/** A table entry in /proc's shape, so one tree walk serves every platform (groups absent: -1). */
function asProcStat(p) {
    return {
        pid: p.pid,
        comm: '',
        state: p.zombie ? 'Z' : 'S',
        ppid: p.ppid,
        pgrp: p.pgrp ?? -1,
        session: 0,
        startTime: p.startTime,
        rssPages: p.rssBytes / _tree_memory_js__WEBPACK_IMPORTED_MODULE_4__/* .pageSize */ .T0,
    };
}
class UnitWatch {
    units = new Map();
    scanner = new _process_scanner_js__WEBPACK_IMPORTED_MODULE_3__/* .ProcessScanner */ .i();
    get size() {
        return this.units.size;
    }
    /** Whether any unit has a memory limit (the monitor then samples units more often). */
    get anyLimited() {
        for (const unit of this.units.values()) {
            if (unit.options.maxMemoryBytes !== undefined)
                return true;
        }
        return false;
    }
    add(unitId, options) {
        const startTicks = (0,_tracker_process_table_js__WEBPACK_IMPORTED_MODULE_1__/* .processTable */ .oI)().kind === 'proc' ? ((0,_process_scanner_js__WEBPACK_IMPORTED_MODULE_3__/* .readProcStat */ .T)(options.leaderPid)?.startTime ?? 0) : 0;
        this.units.set(unitId, { options, startTicks, peakBytes: 0, exceeded: false });
    }
    /** Forgets a unit and returns its peak (undefined if it was not watched). */
    remove(unitId) {
        const unit = this.units.get(unitId);
        this.units.delete(unitId);
        return unit?.peakBytes;
    }
    peakFor(unitId) {
        return this.units.get(unitId)?.peakBytes;
    }
    /** Samples every unit (one /proc pass shared by all of them); returns those that just went over their limit. */
    sample() {
        const exceeded = [];
        let table;
        let children;
        for (const unit of this.units.values()) {
            const { options } = unit;
            let bytes = options.cgroupDir === undefined
                ? undefined
                : (0,_cgroup_memory_js__WEBPACK_IMPORTED_MODULE_0__/* .readCgroupMemory */ .A)(options.cgroupDir)?.workingSetBytes;
            if (bytes === undefined) {
                table ??= this.readTable();
                children ??= (0,_tree_memory_js__WEBPACK_IMPORTED_MODULE_4__/* .childrenIndex */ .Iq)(table);
                bytes = (0,_tree_memory_js__WEBPACK_IMPORTED_MODULE_4__/* .treeMemory */ .c8)(options, table, children).rssBytes;
            }
            unit.peakBytes = Math.max(unit.peakBytes, bytes);
            const limit = options.maxMemoryBytes;
            if (limit !== undefined && !unit.exceeded && unit.peakBytes > limit) {
                unit.exceeded = true;
                exceeded.push({ options, peakBytes: unit.peakBytes });
            }
        }
        return exceeded;
    }
    /**
     * /proc: one pass now. Elsewhere the last sweep of the shared sweeper (it runs while units
     * do; `ps` or a CIM query is too slow to make here on every sample), so a peak may show one
     * sweep late.
     */
    readTable() {
        const table = (0,_tracker_process_table_js__WEBPACK_IMPORTED_MODULE_1__/* .processTable */ .oI)();
        if (table.kind === 'proc')
            return this.scanner.scan(this.horizon());
        const sweeper = (0,_tracker_process_sweeper_js__WEBPACK_IMPORTED_MODULE_2__/* .sweeperFor */ .Ff)(table);
        void sweeper.sweep();
        return (sweeper.latest ?? []).filter((p) => !p.zombie).map(asProcStat);
    }
    /** No unit's process started before its leader: older processes need not be read. */
    horizon() {
        let oldest = Infinity;
        for (const unit of this.units.values())
            oldest = Math.min(oldest, unit.startTicks);
        return oldest === Infinity ? 0 : oldest;
    }
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 76961:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  je: () => (/* binding */ PLACEHOLDERS),
  Aq: () => (/* binding */ expandCommand),
  Nx: () => (/* binding */ parseCommandTemplate),
  rM: () => (/* binding */ shellProgram)
});

// EXTERNAL MODULE: ./node_modules/shlex/shlex.js
var shlex = __webpack_require__(95637);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
;// CONCATENATED MODULE: ./lib/core/plan/shell-template-quotes.js
// Finds placeholders that a --shell template puts inside quotes or backticks, where the single-quoted value testwarden substitutes would no longer be one inert word.
/**
 * Scans a POSIX shell script the way `sh` tokenizes quotes: '…' ends at the next ', "…" honours
 * backslash before " $ ` \, a backslash outside quotes escapes one character. A placeholder met
 * inside any quoting (or a `…` substitution, whose end the shell finds before it parses quotes)
 * is returned: there the substituted '…' value is no longer a word of its own. Inside "…" the
 * single quotes are literal, so `$(…)` and backticks in a file name would run.
 */
function quotedPlaceholders(script, placeholder) {
    const found = [];
    const stack = [];
    const pattern = new RegExp(placeholder.source, 'y');
    for (let i = 0; i < script.length; i++) {
        const context = stack.at(-1);
        pattern.lastIndex = i;
        const match = pattern.exec(script);
        if (match) {
            if (context)
                found.push({ placeholder: match[0], context, at: i });
            i += match[0].length - 1;
            continue;
        }
        const c = script[i];
        if (context === 'single quotes') {
            if (c === "'")
                stack.pop();
        }
        else if (c === '\\') {
            i++;
        }
        else if (c === '"') {
            if (context === 'double quotes')
                stack.pop();
            else
                stack.push('double quotes');
        }
        else if (c === '`') {
            if (context === 'backticks')
                stack.pop();
            else
                stack.push('backticks');
        }
        else if (c === "'" && context !== 'double quotes') {
            stack.push('single quotes');
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./lib/core/plan/command-template.js
// Turns the --command template into argv for one unit: split once like a POSIX shell splits words, placeholders filled per element, no shell unless --shell.



const PLACEHOLDERS = ['{file}', '{unit}', '{junit}'];
const PLACEHOLDER = /\{(file|unit|junit)\}/g;
/** Validates and splits a template; a UsageError names --command and the problem. */
function parseCommandTemplate(source, shell) {
    if (source.trim() === '') {
        throw new errors/* UsageError */.eb('--command: expected a command template such as "node --test {file}", got an empty string');
    }
    let words;
    try {
        words = (0,shlex/* split */.lD)(source);
    }
    catch (error) {
        throw new errors/* UsageError */.eb(`--command: expected a command template with balanced quotes, got ${JSON.stringify(source)} (${error.message})`, { cause: error });
    }
    if (words.length === 0) {
        throw new errors/* UsageError */.eb(`--command: expected a command template with a program to run, got ${JSON.stringify(source)}`);
    }
    const unknown = /\{[A-Za-z_][\w-]*\}/g.exec(source.replace(PLACEHOLDER, ''));
    if (unknown) {
        throw new errors/* UsageError */.eb(`--command: expected placeholders ${PLACEHOLDERS.join(', ')}, got ${JSON.stringify(unknown[0])} in ${JSON.stringify(source)}`);
    }
    const hasPlaceholder = PLACEHOLDER.test(source);
    PLACEHOLDER.lastIndex = 0;
    if (shell)
        rejectQuotedPlaceholders(source);
    return { source, shell, words: shell ? [source] : words, hasPlaceholder };
}
/**
 * The shell `--shell` runs. The template language is POSIX (words split like `sh`, values
 * single-quoted), so on Windows it is `sh` from Path, Git for Windows' (on every GitHub Windows
 * runner, the `shell: bash` of workflows): neither cmd nor PowerShell can take a single-quoted
 * value as one inert word.
 */
function shellProgram(platform = process.platform) {
    return platform === 'win32' ? 'sh' : '/bin/sh';
}
/** The program and arguments that run one unit. */
function expandCommand(template, values, platform = process.platform) {
    if (template.shell) {
        let script = fill(template.source, values, shlex/* quote */.hD);
        if (!template.hasPlaceholder)
            script = `${script} ${(0,shlex/* quote */.hD)(values.file)}`;
        return { program: shellProgram(platform), args: ['-c', script] };
    }
    const argv = template.words.map((word) => fill(word, values, (v) => v));
    if (!template.hasPlaceholder)
        argv.push(values.file);
    const [program, ...args] = argv;
    return { program, args };
}
function fill(text, values, escape) {
    return text.replace(PLACEHOLDER, (_m, name) => escape(values[name]));
}
/** Inside quotes a substituted '…' value is not a word of its own: `"{file}"` would run `$(…)` in a file name. */
function rejectQuotedPlaceholders(source) {
    const [first] = quotedPlaceholders(source, PLACEHOLDER);
    if (!first)
        return;
    throw new errors/* UsageError */.eb(`--command: with --shell, ${first.placeholder} must stand outside quotes and backticks (testwarden quotes the value itself; inside ${first.context} a file name could run commands), got ${JSON.stringify(source)}`);
}


/***/ }),

/***/ 60118:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ discoverUnits)
/* harmony export */ });
/* harmony import */ var _command_template_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76961);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31421);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3828);
// Finds the units of a run: files matched by glob patterns under the working directory, or the lines printed by --list-command.



const DEFAULT_IGNORE = ['**/node_modules/**', '**/.git/**'];
/** Returns the units in a stable order (pattern matches sorted; list-command order kept), without duplicates. */
async function discoverUnits(options) {
    const ids = options.listCommand !== undefined ? await listByCommand(options) : await listByGlob(options);
    const seen = new Set();
    const units = [];
    for (const id of ids) {
        if (seen.has(id))
            continue;
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
function optionSafeFileId(path) {
    return path.startsWith('-') ? `./${path}` : path;
}
function checkListedId(id, command) {
    if (!id.startsWith('-'))
        return id;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--list-command: expected unit ids that do not start with "-" (a program would read one as an option through {unit} or {file}), got ${JSON.stringify(id)} from ${JSON.stringify(command)}`);
}
async function listByGlob(options) {
    if (options.patterns.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('patterns: expected at least one glob pattern (or --list-command), got none');
    }
    // Loaded when patterns are matched: a --preset or --list-command run never needs it.
    const { glob } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 73382));
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
function compareIds(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
async function listByCommand(options) {
    const command = options.listCommand;
    if (command.trim() === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('--list-command: expected a command that prints one unit id per line, got an empty string');
    }
    const { code, signal, stdout, stderr, error } = await runCapture(command, options.cwd, options.env);
    if (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--list-command: could not start ${JSON.stringify(command)}: ${error.message}`, { cause: error });
    }
    if (code !== 0) {
        const detail = stderr.trim().split('\n').slice(-5).join('\n');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--list-command: ${JSON.stringify(command)} exited with ${signal ?? `code ${code}`}${detail ? `:\n${detail}` : ''}`);
    }
    return stdout
        .split('\n')
        .map((line) => line.replace(/\r$/, '').trim())
        .filter((line) => line !== '')
        .map((id) => checkListedId(id, command));
}
/** The list command is the user's own shell line (pipes allowed); no unit name is ever put into it. */
function runCapture(command, cwd, env) {
    return new Promise((resolve) => {
        // The same shell --shell runs (Git for Windows' sh on Windows).
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_1__.spawn)((0,_command_template_js__WEBPACK_IMPORTED_MODULE_0__/* .shellProgram */ .rM)(), ['-c', command], {
            cwd,
            env,
            windowsHide: true,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        const out = [];
        const err = [];
        child.stdout.on('data', (b) => out.push(b));
        child.stderr.on('data', (b) => err.push(b));
        child.on('error', (error) => resolve({ code: null, signal: null, stdout: '', stderr: '', error }));
        child.on('close', (code, signal) => resolve({
            code,
            signal,
            stdout: Buffer.concat(out).toString('utf8'),
            stderr: Buffer.concat(err).toString('utf8'),
        }));
    });
}


/***/ }),

/***/ 41316:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   nY: () => (/* binding */ planRun),
/* harmony export */   uk: () => (/* binding */ outputPaths)
/* harmony export */ });
/* unused harmony exports checkCwd, checkProgram */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var shlex__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95637);
/* harmony import */ var _containers_container_isolation_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74818);
/* harmony import */ var _containers_engine_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(12444);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3828);
/* harmony import */ var _report_output_paths_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(40940);
/* harmony import */ var _run_config_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(96881);
/* harmony import */ var _state_dir_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(94772);
/* harmony import */ var _state_lock_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(20724);
/* harmony import */ var _tracker_run_id_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(52779);
/* harmony import */ var _frameworks_reporters_dir_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2877);
/* harmony import */ var _frameworks_presets_index_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(46310);
/* harmony import */ var _tracker_cgroup_detect_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(64672);
/* harmony import */ var _tracker_cgroup_setup_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(37090);
/* harmony import */ var _command_template_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(76961);
/* harmony import */ var _tracker_find_program_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(34860);
/* harmony import */ var _discover_units_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(60118);
/* harmony import */ var _unit_env_js__WEBPACK_IMPORTED_MODULE_21__ = __webpack_require__(33528);
/* harmony import */ var _shard_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(40059);
/* harmony import */ var _timings_js__WEBPACK_IMPORTED_MODULE_19__ = __webpack_require__(85236);
/* harmony import */ var _preset_units_js__WEBPACK_IMPORTED_MODULE_20__ = __webpack_require__(17760);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_tracker_cgroup_setup_js__WEBPACK_IMPORTED_MODULE_14__]);
_tracker_cgroup_setup_js__WEBPACK_IMPORTED_MODULE_14__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
// Everything checked and decided before a unit runs: working directory, template, outputs, units, shard, state dir, tracking, engines; every problem is a UsageError.






















async function planRun(options) {
    const cwd = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(options.cwd);
    checkCwd(cwd);
    // Asked now and answered while the checks below run (when docker's CLI must be asked, that
    // takes 0.1–0.3 s); awaited before anything in the state dir changes.
    const engineChoice = chooseEngine(options);
    engineChoice.catch(() => undefined);
    const preset = options.preset
        ? presetRun(options.preset, cwd, options.env ?? process.env)
        : undefined;
    const template = preset?.template ?? (0,_command_template_js__WEBPACK_IMPORTED_MODULE_15__/* .parseCommandTemplate */ .Nx)(options.command, options.shell ?? false);
    if (options.isolation !== 'container')
        checkProgram(template, options.env ?? process.env, cwd);
    const detected = options.tracking === 'process'
        ? { available: false, reason: 'not asked for' }
        : (0,_tracker_cgroup_detect_js__WEBPACK_IMPORTED_MODULE_13__/* .detectCgroupSupport */ .tK)();
    if (options.tracking === 'cgroup' && !detected.available && !options.cgroupSudo)
        throw cgroupRefused(detected);
    const engine = await engineChoice;
    const isolation = await chooseIsolation(options, engine);
    const stateRoot = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, options.stateDir ?? _run_config_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULTS */ .z.stateDir);
    const outputFolders = (0,_report_output_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .checkOutputPaths */ .s0)(outputPaths(cwd, options));
    const timingsFile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, options.timingsFile ?? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(stateRoot, _timings_js__WEBPACK_IMPORTED_MODULE_19__/* .TIMINGS_FILE */ .hP));
    const warnings = [];
    const infos = [];
    const history = options.shard || options.batch !== undefined ? (0,_timings_js__WEBPACK_IMPORTED_MODULE_19__/* .readTimings */ .kF)(timingsFile) : undefined;
    if (history)
        warnings.push(...history.warnings);
    const durations = (0,_timings_js__WEBPACK_IMPORTED_MODULE_19__/* .timingsMap */ .uR)(history?.timings ?? (0,_timings_js__WEBPACK_IMPORTED_MODULE_19__/* .emptyTimings */ .Fs)());
    const presetUnits = preset
        ? await (0,_preset_units_js__WEBPACK_IMPORTED_MODULE_20__/* .planPresetUnits */ .k)(preset.preset, options, cwd, durations)
        : undefined;
    const units = presetUnits?.units ??
        (await (0,_discover_units_js__WEBPACK_IMPORTED_MODULE_17__/* .discoverUnits */ .t)({
            cwd,
            patterns: options.patterns,
            listCommand: options.listCommand,
            ignore: [stateRoot],
            env: (0,_unit_env_js__WEBPACK_IMPORTED_MODULE_21__/* .scrubbedEnv */ .wS)(options.env ?? process.env, options.passRuntimeEnv ?? false),
        }));
    const found = presetUnits?.discovered ?? units;
    if (found.length === 0 && !options.allowNoUnits) {
        const what = preset
            ? `--preset ${preset.preset.name}: the framework discovered no test file`
            : options.listCommand !== undefined
                ? `--list-command ${JSON.stringify(options.listCommand)} printed no unit`
                : `patterns ${JSON.stringify(options.patterns)} matched no file under ${cwd}`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`${what} (pass --allow-no-units if that is expected)`);
    }
    let shard = presetUnits?.shard?.info;
    let planned = units;
    if (options.shard && !presetUnits) {
        ({ units: planned, info: shard } = (0,_shard_js__WEBPACK_IMPORTED_MODULE_18__/* .planShard */ .km)(units, options.shard, durations));
    }
    // Before anything in the state dir is changed: a live run there keeps its logs and results.
    const held = await (0,_state_lock_js__WEBPACK_IMPORTED_MODULE_9__/* .lockStateDir */ .S)(stateRoot);
    if (!held.locked)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`--state-dir: another testwarden run or cleanup${held.pid ? ` (pid ${held.pid})` : ''} is using ${JSON.stringify(stateRoot)}; give this run its own state dir`);
    let state;
    try {
        state = (0,_state_dir_js__WEBPACK_IMPORTED_MODULE_8__/* .prepareStateDir */ .uc)(stateRoot, { fresh: !options.resume });
    }
    catch (error) {
        await held.lock.release();
        throw error;
    }
    // After the checks above: with --cgroup-sudo this changes the machine's cgroup tree.
    const cgroupSupport = detected.available || options.tracking === 'process'
        ? detected
        : await cgroupsFor(options, detected, { warnings, infos });
    if (options.tracking === 'cgroup' && !cgroupSupport.available) {
        await held.lock.release();
        throw cgroupRefused(cgroupSupport);
    }
    // Sealed to the state dir: only a cleanup of this folder acts on what carries the id.
    const runId = options.runId !== undefined ? (0,_tracker_run_id_js__WEBPACK_IMPORTED_MODULE_10__/* .sealRunId */ .Ul)(state.root, options.runId) : (0,_tracker_run_id_js__WEBPACK_IMPORTED_MODULE_10__/* .newRunId */ .F$)(state.root);
    const tracking = cgroupSupport.available ? 'cgroup' : 'process';
    return {
        cwd,
        template,
        ...(preset
            ? {
                preset: {
                    ...preset.plan,
                    ...(presetUnits?.discovered ? { suiteFiles: presetUnits.discovered } : {}),
                },
            }
            : {}),
        units: planned,
        outputFolders,
        state,
        stateLock: held.lock,
        runId,
        tracking,
        cgroupSupport,
        engine,
        isolation,
        shard,
        timingsFile,
        warnings,
        infos,
    };
}
/** The report files the run writes at its end, resolved against the working directory. */
function outputPaths(cwd, options) {
    const named = [
        ['--report-json', options.reportJson],
        ['--junit', options.junit],
        ['--report-html', options.reportHtml],
    ];
    return named.flatMap(([option, path]) => path === undefined ? [] : [{ option, path: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, path) }]);
}
async function chooseIsolation(options, tracked) {
    if (options.isolation !== 'container') {
        for (const [option, value] of [
            ['--container-image', options.containerImage],
            ['--container-memory', options.containerMemory],
            ['--container-cpus', options.containerCpus],
        ]) {
            if (value !== undefined) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`${option}: only used with --isolation container, got ${JSON.stringify(value)} with --isolation process`);
            }
        }
        return undefined;
    }
    if (!options.containerImage) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb('--container-image: expected an image to run units in with --isolation container, got none');
    }
    const engine = tracked ??
        (await (0,_containers_engine_js__WEBPACK_IMPORTED_MODULE_4__/* .detectEngineWithReasons */ .JE)(options.containerEngine ? { preferred: options.containerEngine } : {})).engine;
    if (!engine) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb('--isolation: expected a container engine (docker or podman) that answers for "container", found none');
    }
    await (0,_containers_container_isolation_js__WEBPACK_IMPORTED_MODULE_3__/* .ensureImage */ .Yt)(engine, options.containerImage);
    // The limits are checked now, not when the first unit starts.
    (0,_containers_container_isolation_js__WEBPACK_IMPORTED_MODULE_3__/* .buildIsolatedCommand */ .Z0)({
        engine,
        runId: 'check',
        unitId: 'check',
        attempt: 1,
        image: options.containerImage,
        cwd: '/',
        program: 'true',
        args: [],
        ...(options.containerMemory !== undefined ? { memory: options.containerMemory } : {}),
        ...(options.containerCpus !== undefined ? { cpus: options.containerCpus } : {}),
    });
    return { engine, image: options.containerImage };
}
async function chooseEngine(options) {
    if (options.containers === 'off')
        return undefined;
    const { engine, tried } = await (0,_containers_engine_js__WEBPACK_IMPORTED_MODULE_4__/* .detectEngineWithReasons */ .JE)(options.containerEngine ? { preferred: options.containerEngine } : {});
    if (!engine && options.containerEngine) {
        const why = tried.map((t) => (t.ok ? '' : `${t.kind}: ${t.reason}`)).join('; ');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`--container-engine: expected an engine that answers, got ${JSON.stringify(options.containerEngine)} (${why})`);
    }
    return engine;
}
function checkCwd(cwd) {
    try {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(cwd).isDirectory())
            throw new Error('not a directory');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(cwd, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.R_OK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`--cwd: expected a readable directory, got ${JSON.stringify(cwd)} (${error.message})`, {
            cause: error,
        });
    }
}
/** A program that cannot be found would fail every unit one by one: say it once, before any runs. */
function checkProgram(template, env, cwd) {
    if (template.shell) {
        const shell = (0,_command_template_js__WEBPACK_IMPORTED_MODULE_15__/* .shellProgram */ .rM)();
        if ((0,_tracker_find_program_js__WEBPACK_IMPORTED_MODULE_16__/* .programProblem */ .c)(shell, env, cwd))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`--shell: expected ${shell} to run the template (on Windows, Git for Windows' sh on Path), but it was not found`);
        return;
    }
    const program = template.words[0];
    // `{file}` as the program (executable units) is only known per unit.
    if (program === undefined || _command_template_js__WEBPACK_IMPORTED_MODULE_15__/* .PLACEHOLDERS */ .je.some((p) => program.includes(p)))
        return;
    const problem = (0,_tracker_find_program_js__WEBPACK_IMPORTED_MODULE_16__/* .programProblem */ .c)(program, env, cwd);
    if (problem) {
        const where = /[\\/]/.test(program) ? `relative to ${cwd}` : 'on PATH';
        const why = problem.endsWith('EACCES')
            ? 'found, but not executable'
            : problem.includes('EINVAL')
                ? 'a batch file, which Windows runs only through a shell: use --shell or `cmd /d /s /c`'
                : `not found ${where}`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`--command: expected a program that can be run, got ${JSON.stringify(program)} (${why})`);
    }
}
function cgroupRefused(support) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`--tracking: expected auto or process on this machine (cgroup tracking is not available: ${support.reason}), got "cgroup"`);
}
/**
 * Where this user may not create cgroups, with `cgroupSudo`: a subtree prepared through
 * passwordless sudo. A failed preparation is a warning when asked for (`true`), a note under
 * `auto`, which also leaves root alone (sudo gives root nothing); the run then tracks process
 * groups, unless `--tracking cgroup` insists.
 */
async function cgroupsFor(options, found, notes) {
    const mode = options.cgroupSudo;
    if (!mode || process.platform !== 'linux')
        return found;
    if (mode === 'auto' && process.getuid?.() === 0)
        return found;
    const say = (text) => (mode === 'auto' ? notes.infos : notes.warnings).push(`--cgroup-sudo: ${text}; tracking process groups instead`);
    try {
        const prepared = await (0,_tracker_cgroup_setup_js__WEBPACK_IMPORTED_MODULE_14__/* .prepareDelegatedSubtree */ .nx)({ sudo: true });
        if (!prepared.support.available)
            say(`the subtree ${prepared.path} was prepared but is not usable (${prepared.support.reason})`);
        return prepared.support;
    }
    catch (error) {
        const why = `could not prepare a cgroup subtree (${error.message})`;
        say(why);
        return { ...found, reason: `${found.reason}; ${why}` };
    }
}
/**
 * --preset: the template is the whole suite's command, the framework's own with testwarden's
 * reporter injected (no placeholder, no unit path appended); a batch's attempts run the
 * preset's command for its files instead (preset-attempts.ts).
 */
function presetRun(chosen, cwd, env) {
    const preset = (0,_frameworks_presets_index_js__WEBPACK_IMPORTED_MODULE_12__/* .presetNamed */ .$)(chosen.name);
    const [invocation] = preset.commands({ cwd, env, reportersDir: (0,_frameworks_reporters_dir_js__WEBPACK_IMPORTED_MODULE_11__/* .findReportersDir */ .N)() }, undefined, chosen.args);
    const words = invocation.argv;
    return {
        template: { source: (0,shlex__WEBPACK_IMPORTED_MODULE_2__/* .join */ .fj)(words), shell: false, words, hasPlaceholder: true },
        preset,
        plan: { name: preset.name, events: invocation.events, env: invocation.env },
    };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 42825:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gc: () => (/* binding */ parseBatch),
/* harmony export */   un: () => (/* binding */ planBatches)
/* harmony export */ });
/* unused harmony exports MAX_BATCH_SIZE, BATCH_FORM, autoBatchCount */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _checkpoint_order_units_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58452);
// With --preset: the framework's files (Go: packages) cut into batches, each one unit run by one framework process, balanced by recorded durations.


/** More files per batch than any suite has: one batch. */
const MAX_BATCH_SIZE = 1_000_000;
const BATCH_FORM = `a number of files per batch from 1 to ${MAX_BATCH_SIZE} (1: one file per unit), or auto (batches for --jobs)`;
/** `--batch N|auto`, validated where it enters. */
function parseBatch(name, value) {
    const text = value.trim().toLowerCase();
    if (text === 'auto')
        return 'auto';
    if (/^\d{1,7}$/.test(text)) {
        const size = Number(text);
        if (size >= 1 && size <= MAX_BATCH_SIZE)
            return size;
    }
    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidOption */ .J0)(name, BATCH_FORM, value);
}
/**
 * How many batches `auto` makes: two per lane (one lane: one batch, the framework's own run),
 * never more than files. One per lane would be enough when the recorded durations are right;
 * two let a lane whose batch ends early take another when they are not (noise, a new slow test,
 * no history yet) for one more framework start per lane. The count does not depend on the
 * history, so the batch ids a resume looks for stay the same after the run updates it.
 */
function autoBatchCount(files, jobs) {
    return Math.min(files, jobs <= 1 ? 1 : 2 * jobs);
}
/**
 * The batches of a preset run, in the order of their ids. `size` N: ceil(files / N) batches of at
 * most N files; a size of 1 makes each file a unit whose id is the file. The files go longest
 * first (a file without a recorded duration counts as the median of the known ones; with none
 * known every file counts the same, so batches differ by at most one file) into the batch with
 * the least total so far that still has room, ties to the lower batch and by file name, so the
 * same files and durations always give the same batches.
 */
function planBatches(input) {
    const files = [...new Set(input.files)].sort(compare);
    const known = new Map();
    for (const file of files) {
        const ms = input.durations.get(file);
        if (ms !== undefined && Number.isFinite(ms) && ms >= 0)
            known.set(file, ms);
    }
    const mode = known.size > 0 ? 'durations' : 'count';
    const prefix = input.shard
        ? `${input.preset} shard ${input.shard.index}/${input.shard.total}`
        : input.preset;
    if (files.length === 0)
        return { units: [], mode };
    if (input.size === 1)
        return { units: files.map((f) => ({ id: f, file: f, files: [f] })), mode };
    const count = input.size === undefined
        ? 1
        : input.size === 'auto'
            ? autoBatchCount(files.length, input.jobs)
            : Math.ceil(files.length / input.size);
    if (count <= 1)
        return { units: [{ id: prefix, file: prefix, files }], mode };
    const capacity = input.size === 'auto' ? Infinity : input.size;
    const median = (0,_checkpoint_order_units_js__WEBPACK_IMPORTED_MODULE_1__/* .medianOf */ .u)([...known.values()]);
    const keyed = files.map((file) => ({ file, ms: known.get(file) ?? (known.size ? median : 1) }));
    keyed.sort((a, b) => b.ms - a.ms || compare(a.file, b.file));
    const batches = Array.from({ length: count }, () => []);
    // The lightest batch with room, ties to the lower one: a binary heap, O(log B) per file.
    const heap = new BatchHeap(count);
    for (const { file, ms } of keyed) {
        const lightest = heap.pop();
        batches[lightest.batch].push(file);
        lightest.load += ms;
        if (batches[lightest.batch].length < capacity)
            heap.push(lightest);
    }
    return {
        units: batches.map((list, i) => {
            const id = `${prefix} batch ${i + 1}/${count}`;
            return { id, file: id, files: list.sort(compare) };
        }),
        mode,
    };
}
/** A min-heap of batch loads, ties to the lower batch. */
class BatchHeap {
    #items;
    constructor(n) {
        this.#items = Array.from({ length: n }, (_, batch) => ({ batch, load: 0 }));
    }
    pop() {
        const items = this.#items;
        const top = items[0];
        const last = items.pop();
        if (items.length > 0) {
            items[0] = last;
            this.#down(0);
        }
        return top;
    }
    push(item) {
        const items = this.#items;
        items.push(item);
        let i = items.length - 1;
        while (i > 0) {
            const parent = (i - 1) >> 1;
            if (!before(items[i], items[parent]))
                break;
            [items[i], items[parent]] = [items[parent], items[i]];
            i = parent;
        }
    }
    #down(start) {
        const items = this.#items;
        let i = start;
        for (;;) {
            const left = 2 * i + 1;
            let least = i;
            if (left < items.length && before(items[left], items[least]))
                least = left;
            if (left + 1 < items.length && before(items[left + 1], items[least]))
                least = left + 1;
            if (least === i)
                return;
            [items[i], items[least]] = [items[least], items[i]];
            i = least;
        }
    }
}
function before(a, b) {
    return a.load < b.load || (a.load === b.load && a.batch < b.batch);
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 17760:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ planPresetUnits)
});

// EXTERNAL MODULE: ./lib/core/frameworks/reporters-dir.js
var reporters_dir = __webpack_require__(2877);
// EXTERNAL MODULE: ./lib/core/plan/preset-batches.js
var preset_batches = __webpack_require__(42825);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
;// CONCATENATED MODULE: ./lib/core/plan/preset-path-args.js
// With --batch or --shard, the arguments after `--` that name test files or folders: every batch's command gets them, so each batch would run them beside its own files.


/** Glob characters: node --test expands its own file arguments. */
const GLOB = /[*?[\]{}]/;
/**
 * The arguments that select tests by path: a discovered file (pytest: with a `::` node id, Vitest:
 * with a `:line`), a folder holding one, `.`; Go: a package path or pattern; node: a glob too.
 * An option's value written apart (`--rootDir src`) looks the same as a path: written
 * `--rootDir=src` it is not one. Mocha is never asked: a batch's configuration leaves the paths
 * given after `--` out (they only narrow what `--dry-run` finds), see presets/mocha.ts.
 */
function pathArguments(preset, args, cwd, discovered) {
    if (preset === 'mocha')
        return [];
    const files = new Set(discovered);
    const isTestPath = (arg) => {
        if (arg === '')
            return false;
        let path = (0,external_node_path_.isAbsolute)(arg) ? (0,external_node_path_.relative)(cwd, arg) : arg;
        path = path.split('\\').join('/');
        if (preset === 'pytest')
            path = path.split('::')[0];
        if (preset === 'vitest')
            path = path.replace(/:\d+$/, '');
        path = path.replace(/^(?:\.\/)+/, '').replace(/\/+$/, '');
        if (path === '' || path === '.')
            return true;
        if (files.has(path) || discovered.some((f) => f.startsWith(`${path}/`)))
            return true;
        if (preset === 'go')
            return /^\.\.?(?:\/|$)/.test(arg) || arg.includes('...') || files.has(arg);
        return preset === 'node' && GLOB.test(arg);
    };
    return args.filter((arg) => !arg.startsWith('-') && isTestPath(arg));
}
/** The usage error for paths after `--` with --batch or --shard. */
function pathArgumentsError(preset, option, paths) {
    return new errors/* UsageError */.eb(`${option}: expected no test paths after -- with --preset ${preset} (each batch runs only its own files; a path given after -- would run in every batch beside them), got ${paths.map((p) => JSON.stringify(p)).join(', ')}. Choose the files in the framework's configuration, or run without ${option}; an option's value that looks like a path is taken as one unless written --option=value`);
}

// EXTERNAL MODULE: ./lib/core/plan/shard.js
var plan_shard = __webpack_require__(40059);
;// CONCATENATED MODULE: ./lib/core/plan/preset-units.js




/**
 * Without --batch and --shard, the framework runs the whole suite as one unit (its id is the
 * preset's name) and discovery is left to the framework itself. Otherwise the framework lists its
 * files, the shard takes its part (as --shard does with unit files: recorded durations, else a
 * hash of the file name) and the batches are cut from that part.
 */
async function planPresetUnits(preset, options, cwd, durations) {
    if (options.batch === undefined && options.shard === undefined)
        return { units: [{ id: preset.name, file: preset.name }] };
    const discovered = (await preset.discover({ cwd, env: options.env ?? process.env, reportersDir: (0,reporters_dir/* findReportersDir */.N)() }, options.preset?.args ?? [])).files;
    const paths = pathArguments(preset.name, options.preset?.args ?? [], cwd, discovered);
    if (paths.length > 0)
        throw pathArgumentsError(preset.name, options.batch !== undefined ? '--batch' : '--shard', paths);
    let files = discovered;
    let shard;
    if (options.shard) {
        const split = (0,plan_shard/* planShard */.km)(discovered.map((f) => ({ id: f, file: f })), options.shard, durations);
        files = split.units.map((u) => u.id);
        shard = { files, info: split.info };
    }
    const batches = (0,preset_batches/* planBatches */.un)({
        preset: preset.name,
        files,
        size: options.batch,
        jobs: options.jobs ?? 1,
        durations,
        ...(options.shard ? { shard: options.shard } : {}),
    });
    return {
        units: batches.units,
        discovered,
        ...(shard ? { shard } : {}),
        mode: batches.mode,
    };
}


/***/ }),

/***/ 40059:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hH: () => (/* binding */ MAX_SHARDS),
/* harmony export */   km: () => (/* binding */ planShard),
/* harmony export */   uK: () => (/* binding */ parseShard)
/* harmony export */ });
/* unused harmony exports splitShards, selectShard */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/* harmony import */ var _checkpoint_order_units_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58452);
// Splits the units of a run into N shards: by a stable hash of each id, or balanced by recorded durations (longest first).



const MAX_SHARDS = 1024;
const EXPECTED = `I/N, 1-based, with 1 <= I <= N <= ${MAX_SHARDS} (such as "2/4"), ` +
    `or index:I/N, zero-based as strategy.job-index is, with 0 <= I < N (such as "index:1/4")`;
/**
 * `I/N` is shard I of N counted from 1, as `--shard` of Jest, Vitest and Playwright. The
 * zero-based form needs the `index:` prefix (`index:${{ strategy.job-index }}/${{ strategy.job-total }}`),
 * so "1/4" never means two different shards depending on who wrote it; a bare "0/N" is rejected
 * with a message pointing at that form.
 */
function parseShard(value, optionName) {
    const text = value.trim();
    const match = /^(index:)?(\d{1,6})\/(\d{1,6})$/.exec(text);
    if (match === null)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidOption */ .J0)(optionName, EXPECTED, value);
    const zeroBased = match[1] !== undefined;
    const given = Number(match[2]);
    const total = Number(match[3]);
    const index = zeroBased ? given + 1 : given;
    if (total < 1 || total > MAX_SHARDS || index < 1 || index > total) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidOption */ .J0)(optionName, EXPECTED, value);
    }
    return { index, total };
}
/**
 * Every unit in exactly one of `n` shards; the same units and durations give the same split in
 * any input order.
 *
 * - Without a recorded duration for any of the units: rendezvous (highest random weight) hashing
 *   of the unit id. A unit's shard depends on its id and `n` only, so adding or removing units
 *   moves no other unit, and going from N to N+1 shards moves about 1/(N+1) of them. Shard sizes
 *   are only statistically even (a binomial spread of counts).
 * - With durations: longest-processing-time first. Units sorted by duration, longest first (ties
 *   by id), each to the shard with the least total so far (ties to the lowest shard). The largest
 *   shard is at most total/N plus the longest unit. A unit without a duration counts as the
 *   median of the known ones. The price: a changed duration or unit list can move many units
 *   between shards. Balance is what sharding is for, and nothing in testwarden depends on a unit
 *   staying in its shard from one run to the next; within a run every shard must see the same
 *   durations (see docs/sharding.md).
 */
function splitShards(units, n, durations) {
    return split(units, n, durations).shards;
}
function split(units, n, durations) {
    if (!Number.isInteger(n) || n < 1 || n > MAX_SHARDS) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidOption */ .J0)('shards', `a whole number from 1 to ${MAX_SHARDS}`, n);
    }
    const known = knownDurations(units, durations);
    return known.size > 0
        ? { shards: splitByDuration(units, n, known), mode: 'durations' }
        : { shards: splitByHash(units, n), mode: 'hash' };
}
/** The units of one shard, in the order given. */
function selectShard(units, shard, durations) {
    return planShard(units, shard, durations).units;
}
/** The units of one shard (in the order given) and the facts its report should carry. */
function planShard(units, shard, durations) {
    const { shards, mode } = split(units, shard.total, durations);
    if (!Number.isInteger(shard.index) || shard.index < 1 || shard.index > shard.total) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidOption */ .J0)('shard', `an index from 1 to ${shard.total}`, shard.index);
    }
    const chosen = new Set(shards[shard.index - 1]);
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const list of shards)
        digest.update(JSON.stringify(list.map((u) => u.id).sort(compareIds)));
    return {
        units: units.filter((u) => chosen.has(u)),
        info: {
            index: shard.index,
            total: shard.total,
            units: units.length,
            mode,
            plan: digest.digest('hex').slice(0, 16),
        },
    };
}
function knownDurations(units, durations) {
    const known = new Map();
    for (const unit of units) {
        const ms = durations?.get(unit.id);
        if (ms !== undefined && Number.isFinite(ms) && ms >= 0)
            known.set(unit.id, ms);
    }
    return known;
}
function splitByHash(units, n) {
    const shards = Array.from({ length: n }, () => []);
    const seeds = Array.from({ length: n }, (_, s) => mix32(Math.imul(s + 1, 0x9e3779b9)));
    for (const unit of units) {
        const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(unit.id).digest();
        const a = digest.readUInt32BE(0);
        const b = digest.readUInt32BE(4);
        let best = 0;
        let bestWeight = -1;
        for (let s = 0; s < n; s++) {
            const weight = mix32(a ^ mix32(b ^ seeds[s]));
            if (weight > bestWeight) {
                best = s;
                bestWeight = weight;
            }
        }
        shards[best].push(unit);
    }
    return shards;
}
/** MurmurHash3's finalizer: spreads every input bit over the 32-bit result. */
function mix32(value) {
    let h = value >>> 0;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
}
function splitByDuration(units, n, known) {
    const median = (0,_checkpoint_order_units_js__WEBPACK_IMPORTED_MODULE_2__/* .medianOf */ .u)([...known.values()]);
    const keyed = units.map((unit) => ({ unit, ms: known.get(unit.id) ?? median }));
    keyed.sort((x, y) => y.ms - x.ms || compareIds(x.unit.id, y.unit.id));
    const shards = Array.from({ length: n }, () => []);
    const loads = new LoadHeap(n);
    for (const { unit, ms } of keyed) {
        shards[loads.addToLightest(ms)].push(unit);
    }
    return shards;
}
/** A min-heap of shard loads, ties to the lower shard index: O(log N) per unit. */
class LoadHeap {
    heap;
    constructor(n) {
        this.heap = Array.from({ length: n }, (_, shard) => ({ shard, load: 0 }));
    }
    /** Adds `ms` to the lightest shard and returns that shard. */
    addToLightest(ms) {
        const heap = this.heap;
        const root = heap[0];
        root.load += ms;
        let i = 0;
        for (;;) {
            const left = 2 * i + 1;
            const right = left + 1;
            let least = i;
            if (left < heap.length && lighter(heap[left], heap[least]))
                least = left;
            if (right < heap.length && lighter(heap[right], heap[least]))
                least = right;
            if (least === i)
                return root.shard;
            [heap[i], heap[least]] = [heap[least], heap[i]];
            i = least;
        }
    }
}
function lighter(a, b) {
    return a.load < b.load || (a.load === b.load && a.shard < b.shard);
}
function compareIds(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 85236:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fs: () => (/* binding */ emptyTimings),
/* harmony export */   Hk: () => (/* binding */ writeTimings),
/* harmony export */   h1: () => (/* binding */ updateTimings),
/* harmony export */   hP: () => (/* binding */ TIMINGS_FILE),
/* harmony export */   kF: () => (/* binding */ readTimings),
/* harmony export */   uR: () => (/* binding */ timingsMap)
/* harmony export */ });
/* unused harmony exports TIMINGS_FORMAT_VERSION, TIMINGS_MAX_BYTES, TIMINGS_MAX_UNITS, TIMINGS_NEWEST_WEIGHT, TIMINGS_MAX_AGE_MS, isRepresentative, applyResults, fileDurations */
/* harmony import */ var _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47892);
/* harmony import */ var _checkpoint_read_bounded_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(69476);
/* harmony import */ var _report_write_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88039);
/* harmony import */ var _value_limits_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98235);
// The durations history shards are balanced by: timings.json, an average per unit over recent runs, read as untrusted input and written atomically.




const TIMINGS_FILE = 'timings.json';
const TIMINGS_FORMAT_VERSION = 1;
/** Largest file read or written: about 200,000 entries with 60-character ids. */
const TIMINGS_MAX_BYTES = 32 * 1024 * 1024;
const TIMINGS_MAX_UNITS = 200_000;
/**
 * Weight of the newest duration in the moving average. A single slow run on a busy machine moves
 * a unit's estimate by 30 %, not all the way; a unit that really got slower is within 10 % of its
 * new duration after six runs. The last value alone would let one noisy run reshuffle the shards.
 */
const TIMINGS_NEWEST_WEIGHT = 0.3;
/** Entries not updated for this long are dropped: the unit was deleted or renamed. */
const TIMINGS_MAX_AGE_MS = 90 * 24 * 60 * 60 * 1000;
const entrySchema = _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    durationMs: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().check(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .nonnegative */ .ZnW(), _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .maximum */ .PhQ(_value_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_DURATION_MS */ .rG)),
    runs: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().check(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr(), _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .positive */ .yjt(), _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .maximum */ .PhQ(Number.MAX_SAFE_INTEGER)),
    updatedAt: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .iso.datetime */ .KH5.datetime({ offset: true }).check(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .refine */ .YPB((t) => (0,_value_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecordedTime */ .sJ)(Date.parse(t)), {
        message: 'not a time testwarden could have recorded',
    })),
});
function emptyTimings() {
    return {
        formatVersion: TIMINGS_FORMAT_VERSION,
        units: Object.create(null),
    };
}
/** Reads the history; never throws: a bad file means no history (hash split), with a warning. */
function readTimings(path) {
    const result = { timings: emptyTimings(), warnings: [] };
    const ignore = (why) => {
        result.warnings.push(`timings ${path} ${why}; ignored`);
        return result;
    };
    const text = (0,_checkpoint_read_bounded_js__WEBPACK_IMPORTED_MODULE_1__/* .readBounded */ .C)(path, TIMINGS_MAX_BYTES);
    if (text.kind === 'missing')
        return result;
    if (text.kind === 'unusable')
        return ignore(text.why);
    let document;
    try {
        document = JSON.parse(text.content.replace(/^\uFEFF/, ''));
    }
    catch {
        return ignore('is not valid JSON');
    }
    if (!isObject(document))
        return ignore('is not a JSON object');
    if (document.formatVersion !== TIMINGS_FORMAT_VERSION) {
        return ignore(`has format version ${String(JSON.stringify(document.formatVersion) ?? 'none').slice(0, 40)}, expected ${TIMINGS_FORMAT_VERSION}`);
    }
    if (!isObject(document.units))
        return ignore('has no "units" object');
    let invalid = 0;
    for (const [id, raw] of Object.entries(document.units)) {
        const entry = entrySchema.safeParse(raw);
        if (entry.success && id !== '' && id.length <= _value_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_ID_LENGTH */ .Qx)
            result.timings.units[id] = entry.data;
        else
            invalid++;
    }
    if (invalid > 0) {
        result.warnings.push(`timings ${path}: ${invalid} invalid entries dropped`);
    }
    return result;
}
/** Whether a result's duration says how long the unit takes: it ran here and ran to its end. */
function isRepresentative(result) {
    return (!result.fromCheckpoint &&
        result.attempts > 0 &&
        (result.outcome === 'passed' || result.outcome === 'failed') &&
        Number.isFinite(result.durationMs) &&
        result.durationMs >= 0);
}
/**
 * Folds this run's durations into the history, in place: a unit's duration is its whole cost in
 * the shard (every attempt). Units that did not run here, were interrupted, timed out or exceeded
 * their resources keep their entry: those durations were cut short. A preset unit also records
 * each of its files (Go: packages), which is what batches and a preset's shards are split by;
 * a batch records only its files (its id names a place in one split, not a piece of the suite).
 * Old entries are dropped.
 */
function applyResults(timings, results, now = new Date()) {
    const at = now.toISOString();
    let updated = 0;
    const fold = (id, ms) => {
        const previous = Object.hasOwn(timings.units, id) ? timings.units[id] : undefined;
        const durationMs = previous === undefined
            ? ms
            : TIMINGS_NEWEST_WEIGHT * ms + (1 - TIMINGS_NEWEST_WEIGHT) * previous.durationMs;
        timings.units[id] = {
            durationMs: Math.round(durationMs),
            runs: (previous?.runs ?? 0) + 1,
            updatedAt: at,
        };
        updated++;
    };
    for (const result of results) {
        if (!isRepresentative(result))
            continue;
        if (!result.files)
            fold(result.id, result.durationMs);
        for (const [file, ms] of fileDurations(result))
            fold(file, ms);
    }
    prune(timings, now.getTime());
    return updated;
}
/**
 * A preset unit's duration shared among its files in proportion to their tests' own durations
 * (innermost tests only: a parent's time holds its subtests'), so the files' times add up to
 * what the unit cost, framework start included. Files without timed tests share equally.
 */
function fileDurations(result) {
    const tests = result.testCases?.tests ?? [];
    const files = new Set([...(result.files ?? []), ...tests.map((t) => t.file)]);
    const out = new Map();
    if (files.size === 0)
        return out;
    const parents = new Set();
    for (const t of tests)
        for (let k = 1; k < t.titles.length; k++)
            parents.add(JSON.stringify([t.file, ...t.titles.slice(0, k)]));
    const own = new Map([...files].map((f) => [f, 0]));
    let total = 0;
    for (const t of tests) {
        if (parents.has(JSON.stringify([t.file, ...t.titles])))
            continue;
        const ms = t.durationMs !== undefined && Number.isFinite(t.durationMs) ? t.durationMs : 0;
        own.set(t.file, (own.get(t.file) ?? 0) + Math.max(0, ms));
        total += Math.max(0, ms);
    }
    for (const [file, ms] of own)
        out.set(file, total > 0 ? (result.durationMs * ms) / total : result.durationMs / files.size);
    return out;
}
function prune(timings, now) {
    const entries = Object.entries(timings.units);
    const kept = entries.filter(([, e]) => now - Date.parse(e.updatedAt) <= TIMINGS_MAX_AGE_MS);
    if (kept.length === entries.length && kept.length <= TIMINGS_MAX_UNITS)
        return;
    // Newest first; ids break ties so the result does not depend on the file's key order.
    kept.sort(([a, x], [b, y]) => Date.parse(y.updatedAt) - Date.parse(x.updatedAt) || (a < b ? -1 : 1));
    const units = Object.create(null);
    for (const [id, entry] of kept.slice(0, TIMINGS_MAX_UNITS))
        units[id] = entry;
    timings.units = units;
}
/** Replaces the file in one step (temp file + rename); throws on a file-system error. */
function writeTimings(path, timings) {
    const text = `${JSON.stringify(timings)}\n`;
    if (Buffer.byteLength(text) > TIMINGS_MAX_BYTES) {
        throw new Error(`timings ${path} would be above the ${TIMINGS_MAX_BYTES}-byte limit a reader accepts; not written`);
    }
    (0,_report_write_files_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomic */ .Z)(path, text);
}
/**
 * Reads, folds in this run's results and writes back. Never throws: the history only balances
 * later runs, so a problem with it is a warning for this one.
 */
function updateTimings(path, results, options = {}) {
    const { timings, warnings } = readTimings(path);
    const updated = applyResults(timings, results, options.now);
    if (updated === 0)
        return { timings, updated, warnings };
    try {
        writeTimings(path, timings);
    }
    catch (error) {
        warnings.push(`timings ${path} could not be written: ${error.message}`);
    }
    return { timings, updated, warnings };
}
/** Unit id → expected duration (ms), as `splitShards` takes it. */
function timingsMap(timings) {
    return new Map(Object.entries(timings.units).map(([id, e]) => [id, e.durationMs]));
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 30141:
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

/***/ 25973:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ emit)
/* harmony export */ });
/** Calls a hook on every reporter; a throwing reporter must not break the run. */
function emit(reporters, name, ...args) {
    for (const reporter of reporters) {
        const hook = reporter[name];
        try {
            hook?.apply(reporter, args);
        }
        catch {
            // A reporter bug is not the run's failure.
        }
    }
}


/***/ }),

/***/ 90021:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ failedTests),
/* harmony export */   j: () => (/* binding */ failedTestPlace)
/* harmony export */ });
/** Lines of a message kept: the assertion and its expected/received lines, not a whole stack. */
const MESSAGE_LINES = 8;
const LINE_CHARS = 400;
const STACK_FRAME = /^\s+at \S/;
/** Failed and errored tests, then tests still running when the unit ended, then files that did not load. */
function failedTests(unit) {
    const cases = unit.testCases;
    if (!cases)
        return [];
    const failed = cases.tests
        .filter((t) => t.status === 'failed' || t.status === 'error')
        .map((t) => entry(t.titles.join(' > '), t.file, t.failure, t.status));
    const unfinished = cases.unfinished.map((t) => ({
        name: t.titles.join(' > '),
        file: t.file,
        message: [`still running when the unit ended (${unit.outcome})`],
        kind: 'unfinished',
    }));
    const files = cases.fileErrors.map((f) => entry(f.file, f.file, f.failure, 'file-error'));
    return [...failed, ...unfinished, ...files];
}
function entry(name, file, failure, kind) {
    const lines = (failure?.message ?? '')
        .split('\n')
        .map((l) => l.trimEnd())
        // Stack frames are dropped: the place is given as file and line.
        .filter((l) => l !== '' && !STACK_FRAME.test(l));
    const message = lines
        .slice(0, MESSAGE_LINES)
        .map((l) => (l.length > LINE_CHARS ? `${l.slice(0, LINE_CHARS)} […]` : l));
    if (lines.length > MESSAGE_LINES)
        message.push('[…]');
    return {
        name,
        file: failure?.file ?? file,
        ...(failure?.line !== undefined ? { line: failure.line } : {}),
        message: message.length > 0 ? message : [kind === 'error' ? 'error' : 'failed'],
        kind,
    };
}
/** `file:line` or `file`. */
function failedTestPlace(test) {
    return test.line !== undefined ? `${test.file}:${test.line}` : test.file;
}


/***/ }),

/***/ 52236:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ isFailure)
/* harmony export */ });
/* unused harmony export FAILED_OUTCOMES */
/** Interrupted counts: the unit did not pass, and a resume runs it again. */
const FAILED_OUTCOMES = [
    'failed',
    'timed-out',
    'resource-exceeded',
    'interrupted',
];
function isFailure(result) {
    return FAILED_OUTCOMES.includes(result.outcome);
}


/***/ }),

/***/ 34804:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderJUnit: () => (/* binding */ renderJUnit)
});

// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlbuilder/json2xml.js + 4 modules
var json2xml = __webpack_require__(20925);
// EXTERNAL MODULE: ./lib/core/text/control-chars.js
var control_chars = __webpack_require__(80006);
;// CONCATENATED MODULE: ./lib/core/text/xml.js
// Text as XML 1.0 allows it (JUnit files): unit output may contain anything, XML forbids most control characters.

// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/g;
/** Plain text with what XML 1.0 cannot hold removed; the XML builder escapes the rest. */
function xmlText(text) {
    return (0,control_chars/* plainText */.w)(text).replace(INVALID_XML, '');
}

// EXTERNAL MODULE: ./lib/core/report/failure.js
var failure = __webpack_require__(52236);
// EXTERNAL MODULE: ./lib/core/report/log-tail.js
var log_tail = __webpack_require__(88231);
// EXTERNAL MODULE: ./lib/core/report/test-counts-text.js
var test_counts_text = __webpack_require__(66429);
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

/***/ 88231:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m1: () => (/* binding */ readTailLines),
/* harmony export */   um: () => (/* binding */ readTailText)
/* harmony export */ });
/* unused harmony export withoutBinary */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25888);
/* harmony import */ var _text_control_chars_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80006);
// Reads the last lines of a unit's log without loading the whole file.



/** The last `bytes` of a file as plain text (escape sequences and control characters other than tab and newline removed). */
function readTailText(path, bytes = 64 * 1024) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
    }
    catch {
        return '';
    }
    try {
        const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).size;
        const length = Math.min(size, bytes);
        const buffer = Buffer.alloc(length);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, 0, length, size - length);
        return (0,_text_control_chars_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .w)(withoutBinary(buffer));
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** The last `count` lines of a log file. */
function readTailLines(path, count = 20) {
    const text = readTailText(path).replace(/\n+$/, '');
    if (text === '')
        return [];
    return text.split('\n').slice(-count);
}
/** Binary lines around a text line this short take it in: random bytes hold short runs that decode as text. */
const FRAGMENT = 16;
/**
 * The bytes as text, with each run of binary lines (a NUL, or more than a tenth of the
 * characters undecodable or control characters) replaced by `[binary output, 4.0 KiB]`: a unit
 * that prints an image or a core dump gets a readable tail, not lines of U+FFFD.
 */
function withoutBinary(bytes) {
    const lines = [];
    for (let start = 0; start <= bytes.length;) {
        const end = bytes.indexOf(0x0a, start);
        const stop = end < 0 ? bytes.length : end;
        lines.push(bytes.subarray(start, stop));
        start = stop + 1;
    }
    const binary = lines.map(isBinaryLine);
    for (let i = 1; i < lines.length - 1; i++) {
        if (!binary[i] && binary[i - 1] && binary[i + 1] && lines[i].length < FRAGMENT)
            binary[i] = true;
    }
    const out = [];
    let run = 0;
    lines.forEach((line, i) => {
        if (binary[i]) {
            run += line.length + 1;
            return;
        }
        if (run > 0)
            out.push(`[binary output, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(run)}]`);
        run = 0;
        out.push(line.toString('utf8'));
    });
    if (run > 0)
        out.push(`[binary output, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(run)}]`);
    return out.join('\n');
}
function isBinaryLine(line) {
    if (line.includes(0))
        return true;
    let bad = 0;
    let all = 0;
    for (const ch of line.toString('utf8')) {
        all++;
        // Tab, CR and ESC (colour) are what text logs hold; other controls and U+FFFD are not.
        // eslint-disable-next-line no-control-regex
        if (ch === '\uFFFD' || /[\u0000-\u0008\u000b\u000c\u000e-\u001a\u001c-\u001f\u007f]/.test(ch))
            bad++;
    }
    return bad > 0 && bad * 10 > all;
}


/***/ }),

/***/ 12668:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ describeEnd)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25888);
// One line saying how an attempt ended, made from its facts.

function describeEnd(end) {
    switch (end.outcome) {
        case 'passed':
            return undefined;
        case 'failed':
            if ('startError' in end)
                return end.startError;
            if ('engineProblem' in end && end.engineProblem)
                return `${end.engineProblem} (exit ${end.exitCode})`;
            if ('leakedUnderFailPolicy' in end && end.leakedUnderFailPolicy)
                return 'left processes running (--leaks fail)';
            if ('testsNotRun' in end && end.testsNotRun)
                return `exited with code 0 without running ${end.testsNotRun} of the tests it was to run again`;
            return end.signal ? `killed by ${end.signal}` : `exited with code ${end.exitCode}`;
        case 'timed-out':
            return `timed out after ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(end.timeoutMs)}`;
        case 'resource-exceeded':
            return `used ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(end.peakRssBytes)}, over the limit of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(end.limitBytes)}`;
        case 'interrupted':
            return `interrupted (${end.reason})`;
    }
}


/***/ }),

/***/ 40940:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J1: () => (/* binding */ OutputWriteError),
/* harmony export */   Kn: () => (/* binding */ writeOutputs),
/* harmony export */   Qk: () => (/* binding */ checkOutputFolder),
/* harmony export */   s0: () => (/* binding */ checkOutputPaths)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
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


/***/ }),

/***/ 31513:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ reportJsonText)
/* harmony export */ });
/**
 * The report's text. A failure's `stack` is left out: the message and the place are what a reader
 * of the report needs, and a framework's stack (Jest's and node's run to dozens of frames of
 * their own internals) is in the unit's log, as the framework printed it.
 */
function reportJsonText(report) {
    return `${JSON.stringify(report, withoutStacks, 2)}\n`;
}
function withoutStacks(key, value) {
    if (key !== 'failure' || value === null || typeof value !== 'object' || !('stack' in value))
        return value;
    const { stack: _stack, ...shown } = value;
    return shown;
}


/***/ }),

/***/ 7779:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ SlowTimers),
/* harmony export */   r: () => (/* binding */ SlowWatch)
/* harmony export */ });
/**
 * Each key's notices after the period and again each period after, from one shared timer: a
 * preset run starts and ends a key per test (1,000 tests, 1,000 of each), and a timer of its own
 * for each cost more of the runner's CPU than reading the test's events. The timer is armed for
 * the earliest notice due and left armed when keys end (it then finds nothing due, at most once
 * a period), so starting and ending a key touch only a map.
 */
class SlowTimers {
    periodMs;
    #watched = new Map();
    #timer;
    /** When the armed timer fires (Infinity: none armed). */
    #timerAt = Infinity;
    /** `periodMs` undefined: off. */
    constructor(periodMs) {
        this.periodMs = periodMs;
    }
    /** `onSlow(overMs)`: the threshold passed (the period times how many periods), counted from `since`. */
    start(key, onSlow, since = Date.now()) {
        const period = this.periodMs;
        if (period === undefined || !Number.isFinite(period) || period <= 0)
            return;
        this.#watched.delete(key);
        this.#watched.set(key, { since, times: 1, onSlow });
        this.#arm(since + period);
    }
    end(key) {
        this.#watched.delete(key);
    }
    /** How many keys are watched. */
    get size() {
        return this.#watched.size;
    }
    /** Ends every key that starts with `prefix` (all of them by default). */
    endAll(prefix = '') {
        for (const key of this.#watched.keys())
            if (key.startsWith(prefix))
                this.#watched.delete(key);
        if (this.#watched.size === 0) {
            clearTimeout(this.#timer);
            this.#timer = undefined;
            this.#timerAt = Infinity;
        }
    }
    /** Makes the timer fire by `at` (an earlier one armed already does). */
    #arm(at) {
        if (at >= this.#timerAt)
            return;
        clearTimeout(this.#timer);
        this.#timerAt = at;
        this.#timer = setTimeout(() => this.#due(), Math.max(0, Math.min(at - Date.now(), 2 ** 31 - 1)));
        this.#timer.unref();
    }
    /** Says every notice due (each missed period too, in order), then arms for the next. */
    #due() {
        this.#timer = undefined;
        this.#timerAt = Infinity;
        const period = this.periodMs;
        let next = Infinity;
        for (const [key, watched] of this.#watched) {
            while (this.#watched.get(key) === watched &&
                watched.since + period * watched.times <= Date.now()) {
                watched.onSlow(period * watched.times++);
            }
            if (this.#watched.get(key) === watched)
                next = Math.min(next, watched.since + period * watched.times);
        }
        if (next !== Infinity)
            this.#arm(next);
    }
}
class SlowWatch {
    periodMs;
    onSlow;
    #timers;
    /** `periodMs` undefined: off. */
    constructor(periodMs, 
    /** `overMs`: the threshold passed (the period times how many periods). */
    onSlow) {
        this.periodMs = periodMs;
        this.onSlow = onSlow;
        this.#timers = new SlowTimers(periodMs);
    }
    start(unit) {
        this.#timers.start(unit.id, (overMs) => this.onSlow(unit, overMs));
    }
    end(unit) {
        this.#timers.end(unit.id);
    }
    stop() {
        this.#timers.endAll();
    }
}


/***/ }),

/***/ 66429:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ testCountsText)
/* harmony export */ });
/* unused harmony export countsDetail */
/**
 * `964 passed, 0 failed, 0 skipped`, and `, 2 errors` when files failed to load (as Vitest and
 * pytest say it). With `detail`, the categories a framework names apart follow their total
 * (`25 skipped (1 xfailed)`), so the line reads as the framework's own summary does.
 */
function testCountsText(t, detail) {
    const within = (parts) => {
        const named = parts.filter(([n]) => n > 0).map(([n, name]) => `${n} ${name}`);
        return named.length > 0 ? ` (${named.join(', ')})` : '';
    };
    const passed = `${t.passed} passed${within([[detail?.xpass ?? 0, 'xpassed']])}`;
    const skipped = `${t.skipped} skipped${within([
        [detail?.todo ?? 0, 'todo'],
        [detail?.xfail ?? 0, 'xfailed'],
    ])}`;
    const text = `${passed}, ${t.failed} failed, ${skipped}`;
    return t.errors > 0 ? `${text}, ${t.errors} ${t.errors === 1 ? 'error' : 'errors'}` : text;
}
/** The detail of a run: the sum over its units' per-test results (units without them add nothing). */
function countsDetail(units) {
    const detail = { todo: 0, xfail: 0, xpass: 0 };
    for (const unit of units) {
        const counts = unit.testCases?.counts;
        if (!counts)
            continue;
        detail.todo += counts.todo;
        detail.xfail += counts.xfail;
        detail.xpass += counts.xpass;
    }
    return detail;
}


/***/ }),

/***/ 26328:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ae: () => (/* binding */ machineGrid),
/* harmony export */   Sq: () => (/* binding */ timelineRuns),
/* harmony export */   v0: () => (/* binding */ pickUnits),
/* harmony export */   xD: () => (/* binding */ timedUnits)
/* harmony export */ });
/* harmony import */ var _monitor_thin_points_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5295);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52236);


/** Every unit that has a start, an end and a lane, in start order. */
function timedUnits(units) {
    const timed = [];
    for (const u of units) {
        if (u.startedAt === undefined || u.lane === undefined)
            continue;
        const endedAt = Math.max(u.startedAt, u.endedAt ?? u.startedAt + u.durationMs);
        timed.push({
            id: u.id,
            outcome: u.outcome,
            lane: u.lane,
            startedAt: u.startedAt,
            endedAt,
            durationMs: u.durationMs,
            attempts: u.attempts,
            flaky: u.flaky,
            fromCheckpoint: u.fromCheckpoint,
            ...(u.message !== undefined ? { message: u.message } : {}),
            log: u.log,
            leaked: u.leaked.length,
        });
    }
    return timed.sort((a, b) => a.startedAt - b.startedAt || a.lane - b.lane);
}
/**
 * The runs to picture, oldest first: the checkpoint's earlier runs, then this one. Without a
 * history, units carried from a checkpoint still get an "earlier run" spanning them.
 */
function timelineRuns(report, options = {}) {
    const maxPoints = options.maxPoints ?? 300;
    const startedAt = Date.parse(report.startedAt);
    const earlier = (options.checkpointRuns ?? [])
        .filter((r) => r.runId !== report.runId && r.startedAt < startedAt)
        .map((r) => ({
        runId: r.runId,
        ...(r.attempt !== undefined ? { attempt: r.attempt } : {}),
        startedAt: r.startedAt,
        endedAt: Math.min(startedAt, r.endedAt ?? lastSample(r.samples, r.startedAt)),
        reason: r.reason,
        current: false,
        samples: (0,_monitor_thin_points_js__WEBPACK_IMPORTED_MODULE_0__/* .thinMachinePoints */ .E)(r.samples, maxPoints),
    }));
    if (earlier.length === 0) {
        // A loop, not Math.min(...spread): a checkpoint may carry more units than a call takes arguments.
        let first = Infinity;
        let last = -Infinity;
        for (const u of report.units) {
            if (!u.fromCheckpoint || u.startedAt === undefined)
                continue;
            first = Math.min(first, u.startedAt);
            last = Math.max(last, u.endedAt ?? u.startedAt);
        }
        if (Number.isFinite(first)) {
            earlier.push({
                runId: 'earlier',
                startedAt: first,
                endedAt: last,
                reason: null,
                current: false,
                samples: [],
            });
        }
    }
    const current = options.checkpointRuns?.find((r) => r.runId === report.runId);
    return [
        ...earlier,
        {
            runId: report.runId,
            ...(current?.attempt !== undefined ? { attempt: current.attempt } : {}),
            startedAt,
            endedAt: startedAt + report.durationMs,
            reason: report.reason,
            current: true,
            samples: (0,_monitor_thin_points_js__WEBPACK_IMPORTED_MODULE_0__/* .thinMachinePoints */ .E)(report.machine?.samples ?? [], maxPoints),
        },
    ];
}
function lastSample(samples, fallback) {
    return samples.length > 0 ? samples[samples.length - 1].at : fallback;
}
/**
 * A bounded pick for a small picture: every unit that did not pass (up to two thirds of
 * `maxShown`, the longest first), then the slowest others; the rest fold into one span per lane. Lanes past
 * `maxLanes` that have nothing picked are left out whole and counted.
 */
function pickUnits(units, options = {}) {
    const maxShown = options.maxShown ?? 30;
    const maxLanes = options.maxLanes ?? 16;
    const bad = units.filter(_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .isFailure */ .N);
    const picked = new Set(bad.sort(byDuration).slice(0, Math.max(1, Math.ceil((maxShown * 2) / 3))));
    const rest = units.filter((u) => !picked.has(u)).sort(byDuration);
    for (const u of rest) {
        if (picked.size >= maxShown)
            break;
        picked.add(u);
    }
    const byLane = new Map();
    for (const u of units) {
        const lane = byLane.get(u.lane) ?? { units: [], folded: [] };
        (picked.has(u) ? lane.units : lane.folded).push(u);
        byLane.set(u.lane, lane);
    }
    const lanes = [];
    const omitted = { lanes: 0, units: 0 };
    for (const [lane, { units: shown, folded }] of [...byLane].sort((a, b) => a[0] - b[0])) {
        if (shown.length === 0 && lanes.length >= maxLanes) {
            omitted.lanes++;
            omitted.units += folded.length;
            continue;
        }
        lanes.push({ lane, units: shown, folded: fold(folded) });
    }
    return { lanes, shown: picked.size, folded: units.length - picked.size, omitted };
}
function byDuration(a, b) {
    return b.durationMs - a.durationMs || a.startedAt - b.startedAt;
}
function fold(units) {
    if (units.length === 0)
        return null;
    let startedAt = Infinity;
    let endedAt = -Infinity;
    let busyMs = 0;
    for (const u of units) {
        startedAt = Math.min(startedAt, u.startedAt);
        endedAt = Math.max(endedAt, u.endedAt);
        busyMs += u.endedAt - u.startedAt;
    }
    return { count: units.length, startedAt, endedAt, busyMs };
}
/**
 * Machine points on a regular grid of `buckets` over [from, to], keeping each bucket's maxima,
 * so a chart whose x-axis is evenly spaced shows time truthfully. An empty bucket repeats the
 * one before it; buckets before the first sample are null.
 */
function machineGrid(points, range) {
    const buckets = Math.max(1, Math.floor(range.buckets));
    const width = Math.max(1, range.to - range.from) / buckets;
    const grid = Array.from({ length: buckets }, (_, i) => ({
        at: Math.round(range.from + i * width),
        memoryPercent: null,
        cpuPercent: null,
    }));
    for (const p of points) {
        const i = Math.min(buckets - 1, Math.max(0, Math.floor((p.at - range.from) / width)));
        const cell = grid[i];
        cell.memoryPercent = Math.max(cell.memoryPercent ?? 0, p.memoryPercent);
        if (p.cpuPercent !== null)
            cell.cpuPercent = Math.max(cell.cpuPercent ?? 0, p.cpuPercent);
    }
    for (let i = 1; i < grid.length; i++) {
        const cell = grid[i];
        const before = grid[i - 1];
        cell.memoryPercent ??= before.memoryPercent;
        cell.cpuPercent ??= before.cpuPercent;
    }
    return grid;
}


/***/ }),

/***/ 31942:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ totalsTable)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25888);
/* harmony import */ var _text_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9706);
/* harmony import */ var _test_counts_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66429);
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
        ['Tests', (0,_test_counts_text_js__WEBPACK_IMPORTED_MODULE_1__/* .testCountsText */ .I)(t.tests)],
        ...(extra.durationMs !== undefined
            ? [['Duration', (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(extra.durationMs)]]
            : []),
    ];
    return (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(columns.map(([name]) => name), [columns.map(([, value]) => value)]);
}


/***/ }),

/***/ 88039:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
// Writes report files atomically (temp file + rename), so a reader never sees half a file; a failed write leaves no temp file behind.



/**
 * Outputs often lie in the cwd, which units write (an isolated unit as root in its image): the
 * temp file's name cannot be guessed and it is created exclusively (`wx`: a link a unit left in
 * its place is never followed), and the rename replaces a link at `path` instead of writing
 * through it.
 */
function writeFileAtomic(path, content) {
    const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(folder, { recursive: true });
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(folder, `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(temp, content, { flag: 'wx' });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(temp, path);
    }
    catch (error) {
        if (error.code !== 'EEXIST')
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(temp, { force: true });
        throw error;
    }
}


/***/ }),

/***/ 96881:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ slowTimeoutOf),
/* harmony export */   z: () => (/* binding */ DEFAULTS)
/* harmony export */ });
const DEFAULTS = {
    jobs: 1,
    timeoutMs: 10 * 60_000,
    gracePeriodMs: 5_000,
    retries: 0,
    slowTimeoutMs: 60_000,
    progressIntervalMs: 30_000,
    stateDir: '.testwarden',
    leaks: 'kill',
    tracking: 'auto',
};
/** The `--slow-timeout` period in force: the default when not given, undefined when off (null). */
function slowTimeoutOf(options) {
    return options.slowTimeoutMs === undefined
        ? DEFAULTS.slowTimeoutMs
        : (options.slowTimeoutMs ?? undefined);
}
/** Validates everything that can be wrong before any unit runs; every problem is a UsageError. */


/***/ }),

/***/ 52010:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ finishRun)
/* harmony export */ });
/* harmony import */ var _monitor_run_monitor_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7000);
/* harmony import */ var _plan_timings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85236);
/* harmony import */ var _report_build_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(30141);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_monitor_run_monitor_js__WEBPACK_IMPORTED_MODULE_0__]);
_monitor_run_monitor_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];



async function finishRun(context, checkpoint, lanes, run) {
    const { plan, options, stop, registry, monitor } = context;
    const units = plan.units.map((unit) => lanes.results.get(unit.id) ?? notRun(unit, stop.reason));
    if (units.every((u) => u.leaked.every((l) => l.action !== 'left' && l.action !== 'kill-failed'))) {
        registry.add({ kind: 'cleaned', at: Date.now() });
    }
    run.onSwept?.();
    const machine = (0,_monitor_run_monitor_js__WEBPACK_IMPORTED_MODULE_0__/* .machineRecord */ .bi)(monitor, options);
    await checkpoint.end(stop.reason ?? null, machine);
    if (options.updateTimings !== false) {
        for (const w of (0,_plan_timings_js__WEBPACK_IMPORTED_MODULE_1__/* .updateTimings */ .h1)(plan.timingsFile, units).warnings)
            run.notice('warning', w);
    }
    return (0,_report_build_report_js__WEBPACK_IMPORTED_MODULE_2__/* .buildReport */ .FK)({
        runId: plan.runId,
        startedAt: run.startedAt,
        units,
        reason: stop.reason ?? null,
        resumed: checkpoint.resumed,
        stoppedAt: lanes.stoppedAt(),
        machine,
        shard: plan.shard,
        tracking: run.tracking,
    });
}
function notRun(unit, reason) {
    return {
        id: unit.id,
        outcome: 'skipped',
        fromCheckpoint: false,
        attempts: 0,
        flaky: false,
        exitCode: null,
        signal: null,
        durationMs: 0,
        peakRssBytes: 0,
        tests: { passed: 0, failed: 0, skipped: 0, errors: 0 },
        leaked: [],
        log: null,
        message: `not run (${reason ?? 'stopped'})`,
    };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 85324:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ guardRun)
/* harmony export */ });
/* harmony import */ var _lifecycle_run_guard_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66253);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_lifecycle_run_guard_js__WEBPACK_IMPORTED_MODULE_0__]);
_lifecycle_run_guard_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
// The run's guard: a detached watchdog and the heartbeat to it, started right after the run's first
// unit process. If this process dies, its units still go; if its event loop is stuck, the watchdog
// asks it to stop the run (and ends it if it cannot).

function guardRun(plan, options, stop, notice) {
    let guard;
    return {
        start() {
            if (guard)
                return;
            guard = (0,_lifecycle_run_guard_js__WEBPACK_IMPORTED_MODULE_0__/* .startRunGuard */ .F)({
                stateDir: plan.state.root,
                runId: plan.runId,
                heartbeatTimeoutMs: options.heartbeatTimeoutMs,
                watchdog: options.watchdog,
                command: options.watchdogCommand,
                onStopRequest: (reason) => stop.request(reason, { terminate: true }),
            });
            for (const w of guard.warnings)
                notice('warning', w);
        },
        stop: () => guard?.stop() ?? Promise.resolve(),
    };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 86012:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D: () => (/* binding */ openCheckpoint),
  o: () => (/* binding */ openPresetAttempts)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/report/events.js
var events = __webpack_require__(25973);
// EXTERNAL MODULE: ./lib/core/run-config.js
var run_config = __webpack_require__(96881);
// EXTERNAL MODULE: ./lib/core/checkpoint/run-checkpoint.js + 3 modules
var run_checkpoint = __webpack_require__(24130);
// EXTERNAL MODULE: ./node_modules/shlex/shlex.js
var shlex = __webpack_require__(95637);
// EXTERNAL MODULE: ./lib/core/checkpoint/checkpoint-tests.js
var checkpoint_tests = __webpack_require__(60410);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./lib/core/frameworks/preset.js
var frameworks_preset = __webpack_require__(81330);
// EXTERNAL MODULE: ./lib/core/frameworks/go-test-args.js
var go_test_args = __webpack_require__(78776);
;// CONCATENATED MODULE: ./lib/core/frameworks/name-groups.js

/**
 * The chosen tests cut into groups of files, one framework process each: a file joins a group
 * when no test of it that is not chosen has the full name of a test chosen in another file of
 * the group, and the reverse. Usually one group (names differ from file to file). `known` is
 * every test the unit has (the records of a run that reported to its end); `foldCase`: the
 * framework compares names ignoring case (Jest). Tests of one file that share a full name are
 * left as they are: no pattern can tell them apart.
 */
function nameGroups(chosen, known, foldCase) {
    const nameOf = (t) => {
        const name = (0,frameworks_preset/* spacedName */.sP)(t.titles);
        return foldCase ? name.toLowerCase() : name;
    };
    const chosenKeys = new Set(chosen.map((t) => JSON.stringify([t.file, ...t.titles])));
    /** Per file: the names chosen in it, and the names of its tests not chosen. */
    const files = new Map();
    const fileOf = (file) => {
        let entry = files.get(file);
        if (!entry)
            files.set(file, (entry = { chosen: new Set(), others: new Set(), tests: [] }));
        return entry;
    };
    for (const t of chosen) {
        const entry = fileOf(t.file);
        entry.chosen.add(nameOf(t));
        entry.tests.push(t);
    }
    for (const t of known) {
        if (t.titles.length === 0 || !files.has(t.file))
            continue;
        if (!chosenKeys.has(JSON.stringify([t.file, ...t.titles])))
            fileOf(t.file).others.add(nameOf(t));
    }
    const groups = [];
    for (const [, entry] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        const fits = (g) => ![...entry.chosen].some((n) => g.others.has(n)) &&
            ![...entry.others].some((n) => g.names.has(n));
        const group = groups.find(fits);
        if (group) {
            for (const n of entry.chosen)
                group.names.add(n);
            for (const n of entry.others)
                group.others.add(n);
            group.tests.push(...entry.tests);
        }
        else {
            groups.push({
                names: new Set(entry.chosen),
                others: new Set(entry.others),
                tests: [...entry.tests],
            });
        }
    }
    return groups.map((g) => g.tests);
}

// EXTERNAL MODULE: ./lib/core/frameworks/presets/node-test.js
var node_test = __webpack_require__(93741);
// EXTERNAL MODULE: ./lib/core/frameworks/run-discovery.js
var run_discovery = __webpack_require__(12827);
;// CONCATENATED MODULE: ./lib/core/frameworks/rerun-selection.js
// Which framework processes run a preset unit's tests again (resume, retries): the failed and unfinished tests by the framework's own selection when the last attempt reported to its end, else everything but the settled tests.







/** Longest name pattern put in one argument or environment variable. */
const MAX_PATTERN_CHARS = frameworks_preset/* MAX_ARG_CHARS */.wr;
/**
 * The processes to run for the tests `records` does not settle. When the last attempt reported to
 * its end, every test of the unit has a row: the failed, errored and unfinished ones run, chosen
 * by the preset (a file that failed to load: the file). When it was cut short (a timeout, a
 * stop), tests that never started have no row: the suite runs without the settled tests, by the
 * framework's own exclusion (pytest: node ids; Jest, Vitest, Mocha: an exclusive full-name
 * pattern; Go: the top-level tests `go test -list` names, less the settled ones); node:test,
 * which cannot exclude by name, runs the whole suite.
 */
async function planRerun(input) {
    const { preset, context, extraArgs, records } = input;
    const everything = input.scope ? { files: input.scope } : undefined;
    const all = [...records.records()];
    const settled = all.filter((r) => (0,checkpoint_tests/* isSettledStatus */.e8)(r.status));
    const rerun = all.filter((r) => !(0,checkpoint_tests/* isSettledStatus */.e8)(r.status));
    if (records.finished) {
        if (rerun.length === 0)
            return { kind: 'nothing', settled: settled.length };
        const files = rerun.filter((r) => r.titles.length === 0).map((r) => r.file);
        let tests = rerun.filter((r) => r.titles.length > 0).map(idOf);
        if (preset.name === 'node')
            tests = (0,node_test/* nodeSelectableTests */.g)(tests, all.map(idOf));
        const invocations = byNames(preset, files, tests, all.map(idOf)).flatMap((selection) => preset.commands(context, selection, extraArgs));
        const counts = { rerun: rerun.length, settled: settled.length };
        if (fitsCommandLine(invocations))
            return { kind: 'run', invocations, scope: 'tests', ...counts };
        // Thousands of failed tests: their names would not start a process; their files run whole.
        return {
            kind: 'run',
            invocations: preset.commands(context, { files: [...new Set([...files, ...tests.map((t) => t.file)])] }, extraArgs),
            scope: 'files',
            ...counts,
            why: `their names are too long for one ${preset.name} command line`,
        };
    }
    const counts = { rerun: rerun.length, settled: settled.length };
    const whole = (why) => ({
        kind: 'run',
        invocations: preset.commands(context, everything, extraArgs),
        scope: 'all',
        ...counts,
        ...(why !== undefined ? { why } : {}),
    });
    if (settled.length === 0)
        return whole();
    switch (preset.name) {
        case 'pytest': {
            (0,external_node_fs_.writeFileSync)(input.deselectFile, settled.map((r) => `${r.nodeId ?? (0,checkpoint_tests/* derivedNodeId */.Xk)(r.file, r.titles)}\n`).join(''));
            return {
                kind: 'run',
                invocations: preset
                    .commands(context, everything, extraArgs)
                    .map((i) => ({ ...i, env: { ...i.env, TESTWARDEN_DESELECT: input.deselectFile } })),
                scope: 'all-but-settled',
                ...counts,
            };
        }
        case 'jest':
        case 'vitest':
        case 'mocha': {
            const names = settled.filter((r) => r.titles.length > 0);
            const pattern = (0,frameworks_preset/* exactNamesPattern */.CX)(names.map((r) => (0,frameworks_preset/* spacedName */.sP)(r.titles)));
            // Mocha gets the pattern in an environment variable as JSON (see presets/mocha.ts), where
            // its backslashes count twice.
            const length = preset.name === 'mocha' ? JSON.stringify(pattern).length : pattern.length;
            if (length > MAX_PATTERN_CHARS)
                return whole(`the settled tests' names are too long for one ${preset.name} pattern`);
            const invocations = preset.name === 'mocha'
                ? preset.commands(context, { ...everything, except: names.map(idOf) }, extraArgs)
                : preset.commands(context, everything, [
                    ...extraArgs,
                    `--testNamePattern=^(?!${pattern.slice(1)})`,
                ]);
            return { kind: 'run', invocations, scope: 'all-but-settled', ...counts };
        }
        case 'go': {
            const listed = await listGoTests(context, extraArgs, input.scope).catch(() => undefined);
            if (listed === undefined)
                return whole('go test -list could not list the tests');
            // A top-level test is settled when its own row is and none of its subtests' rows is not.
            const top = (file, name) => JSON.stringify([file, name]);
            const settledTop = new Set(settled.filter((r) => r.titles.length === 1).map((r) => top(r.file, r.titles[0])));
            for (const r of rerun)
                settledTop.delete(top(r.file, r.titles[0] ?? ''));
            const tests = [];
            for (const [pkg, names] of listed) {
                for (const name of names)
                    if (!settledTop.has(top(pkg, name)))
                        tests.push({ file: pkg, titles: [name] });
            }
            if (tests.length === 0)
                return { kind: 'nothing', settled: settled.length };
            const invocations = preset.commands(context, { tests }, extraArgs);
            // Each package's -run names are split across processes as needed (presets/go.ts): only
            // thousands of packages on one command line could still be too long.
            if (!fitsCommandLine(invocations))
                return whole(`the tests' names are too long for ${preset.name} command lines`);
            return {
                kind: 'run',
                invocations,
                scope: 'all-but-settled',
                ...counts,
            };
        }
        default:
            return whole(`${preset.name} cannot leave out tests by name, and the last run was cut short`);
    }
}
/**
 * What to run again, one framework process each: Jest, Vitest and Mocha apply one name pattern to
 * every file of a process, so the files to run whole (they failed to load: their tests are not
 * known) run in a process of their own, without a pattern, and files whose names would reach each
 * other's other tests go to different processes (see name-groups.ts). Other presets choose per
 * file themselves: one selection.
 */
function byNames(preset, files, tests, known) {
    if (preset.name !== 'jest' && preset.name !== 'vitest' && preset.name !== 'mocha')
        return [{ files, tests }];
    const whole = new Set(files);
    // A test of a file that runs whole runs there.
    const named = tests.filter((t) => !whole.has(t.file));
    const selections = files.length > 0 ? [{ files }] : [];
    if (named.length > 0)
        for (const group of nameGroups(named, known, preset.name === 'jest'))
            selections.push({ tests: group });
    return selections.length > 0 ? selections : [{ files, tests }];
}
/**
 * Whether each process's arguments (and the environment variables the preset adds, each bounded
 * like an argument) are short enough for the system to start it. Several
 * processes run from one shell script (see preset-attempts.ts), each started by the shell with
 * its own arguments.
 */
function fitsCommandLine(invocations) {
    return invocations.every((i) => i.argv.every((a) => a.length <= frameworks_preset/* MAX_ARG_CHARS */.wr) &&
        Object.entries(i.env).every(([k, v]) => k.length + v.length + 1 <= frameworks_preset/* MAX_ARG_CHARS */.wr) &&
        i.argv.reduce((sum, a) => sum + a.length + 1, 0) <= frameworks_preset/* MAX_ARGV_CHARS */.UU);
}
/**
 * A test `go test -list` prints: a Go identifier (`TestÜber` is one: Go takes any Unicode letter),
 * as opposed to its `ok`/`?` lines, the tool's messages and benchmarks (which `-run` does not run).
 */
const GO_TEST_NAME = /^(?:Test|Fuzz|Example)[\p{L}\p{Nd}_]*$/u;
/** `go test -list` per package: the top-level tests each package has. */
async function listGoTests(context, extraArgs, packages) {
    const args = (0,go_test_args/* splitGoTestArgs */.C)(extraArgs);
    const argv = [
        ...(context.program ?? ['go']),
        'test',
        '-list',
        '.*',
        ...args.flags,
        ...(packages ?? (0,go_test_args/* packagesOrAll */._)(args)),
        ...args.binaryArgs,
    ];
    const stdout = await (0,run_discovery/* runDiscovery */.g)({ argv, cwd: context.cwd, env: context.env, preset: 'go' });
    const listed = new Map();
    let names = [];
    for (const line of stdout.split('\n')) {
        const done = /^(?:ok|\?)\s+(\S+)/.exec(line);
        if (done) {
            if (names.length > 0)
                listed.set(done[1], names);
            names = [];
        }
        else if (GO_TEST_NAME.test(line.trim()))
            names.push(line.trim());
    }
    return listed;
}
function idOf(record) {
    const id = { file: record.file, titles: record.titles };
    if (record.nodeId !== undefined)
        id.nodeId = record.nodeId;
    return id;
}

// EXTERNAL MODULE: ./lib/core/frameworks/tail-events.js + 2 modules
var tail_events = __webpack_require__(61167);
// EXTERNAL MODULE: ./lib/core/frameworks/test-results.js
var test_results = __webpack_require__(2022);
// EXTERNAL MODULE: ./lib/core/report/slow-watch.js
var slow_watch = __webpack_require__(7779);
;// CONCATENATED MODULE: ./lib/core/frameworks/preset-attempts.js
// A preset unit's attempts at test level: what each attempt runs (resume and retries: only what is not settled), its events recorded in the checkpoint as they come, and the unit's per-test results over all of them.








/** How often a running attempt's event stream is looked at for new lines. */
const TAIL_INTERVAL_MS = 50;
class PresetAttempts {
    #o;
    /** Per unit, the tests reported by its current attempt. */
    #reported = new Map();
    /** Per unit, the status each test not settled had when its current attempt began. */
    #unsettled = new Map();
    /** Per unit, each test's result as its latest attempt reported it (failure, teardown errors). */
    #details = new Map();
    #fileErrors = new Map();
    /** Per batch, the files its framework process runs. */
    #scopes = new Map();
    /** Per unit and test, the timer that says it is slow. */
    #slow;
    constructor(options) {
        this.#slow = new slow_watch/* SlowTimers */.k(options.slowTests?.periodMs);
        this.#o = options;
        for (const unit of options.units)
            if (unit.files)
                this.#scopes.set(unit.id, unit.files);
    }
    /** The files a batch runs (undefined: the whole suite). */
    scopeOf(unitId) {
        return this.#scopes.get(unitId);
    }
    /**
     * On resume: each batch runs again the files its records name, whatever batches this run's
     * durations would make (they changed with the run being resumed), so a file of a cut batch
     * never moves into a batch that is carried and does not run. Files no test of which was
     * recorded (not reached before the cut, or new) stay in their batch when it runs and has no
     * record (it never started, or its id is new: another --batch); the others go to the batches
     * that run, each to the one with the fewest files so far.
     */
    resumeScopes(toRun) {
        if (this.#scopes.size === 0)
            return;
        const owner = new Map();
        for (const unitId of this.#scopes.keys()) {
            for (const record of this.#o.checkpoint.testsOf(unitId).records())
                if (!owner.has(record.file))
                    owner.set(record.file, unitId);
        }
        const running = [...new Set(toRun.filter((u) => this.#scopes.has(u.id)).map((u) => u.id))];
        const next = new Map();
        for (const unitId of this.#scopes.keys())
            next.set(unitId, []);
        const unrecorded = [];
        const planned = new Map();
        for (const [unitId, files] of this.#scopes) {
            for (const file of files) {
                const recorded = owner.get(file);
                if (recorded !== undefined)
                    next.get(recorded).push(file);
                else
                    unrecorded.push(file);
                planned.set(file, unitId);
            }
        }
        // A batch that runs and has no record at all (it never started, or its id is new) keeps its
        // own files, so that its id still names them (with --batch 1, the file itself).
        const fresh = new Set(running.filter((id) => next.get(id).length === 0));
        const left = unrecorded.filter((file) => {
            const own = planned.get(file);
            if (fresh.has(own))
                next.get(own).push(file);
            return !fresh.has(own);
        });
        for (const file of left.sort()) {
            const fewest = running.reduce((best, id) => best === undefined || next.get(id).length < next.get(best).length ? id : best, undefined);
            if (fewest !== undefined)
                next.get(fewest).push(file);
        }
        for (const [unitId, files] of next) {
            const before = this.#scopes.get(unitId);
            const after = files.sort();
            this.#scopes.set(unitId, after);
            if (running.includes(unitId) && JSON.stringify(before) !== JSON.stringify(after))
                this.#o.notice('info', `${unitId}: resuming with the files its records name (${after.length}), not this run's split`);
        }
    }
    /**
     * What attempt `attempt` of the unit runs: undefined for the whole suite (the plan's command),
     * which is what a first attempt without records runs, and any attempt when nothing is left to
     * choose. A resumed unit's first attempt and every retry run only what is not settled.
     */
    async command(unitId, attempt) {
        const records = this.#o.checkpoint.testsOf(unitId);
        const scope = this.#scopes.get(unitId);
        const whole = () => scope
            ? asOneCommand(this.#o.preset.commands(this.#o.context, { files: scope }, this.#o.extraArgs))
            : undefined;
        if (records.size === 0)
            return whole();
        const rerun = await planRerun({
            preset: this.#o.preset,
            context: this.#o.context,
            extraArgs: this.#o.extraArgs,
            records,
            deselectFile: this.#o.helperFile(unitId, attempt, 'settled.txt'),
            ...(scope ? { scope } : {}),
        });
        const what = attempt === 1 ? 'resuming' : `attempt ${attempt}`;
        if (rerun.kind === 'nothing') {
            this.#o.notice('info', `${unitId}: ${what}: every test is settled (${rerun.settled}), but the unit failed; running ${scope ? 'the whole batch' : 'the whole suite'}`);
            return whole();
        }
        const running = rerun.scope === 'tests'
            ? `${rerun.rerun} failed or unfinished ${rerun.rerun === 1 ? 'test' : 'tests'} again`
            : rerun.scope === 'files'
                ? `the files of ${rerun.rerun} failed or unfinished tests again, whole (${rerun.why})`
                : rerun.scope === 'all-but-settled'
                    ? `the ${scope ? 'batch' : 'suite'} without its ${rerun.settled} settled tests (the last attempt was cut short)`
                    : `${scope ? 'the whole batch' : 'the whole suite'}${rerun.why ? ` (${rerun.why})` : ''}`;
        this.#o.notice('info', `${unitId}: ${what}: running ${running}`);
        return asOneCommand(rerun.invocations, () => this.#o.helperFile(unitId, attempt, 'sh'));
    }
    /** Starts following the attempt's events into the checkpoint. */
    watch(unitId, path, events) {
        // A stream an earlier run left at this path is not this attempt's.
        (0,external_node_fs_.rmSync)(path, { force: true });
        const records = this.#o.checkpoint.testsOf(unitId);
        records.finished = false;
        const reported = new Set();
        this.#reported.set(unitId, reported);
        const unsettled = new Map();
        for (const r of records.records())
            if (!(0,checkpoint_tests/* isSettledStatus */.e8)(r.status))
                unsettled.set((0,checkpoint_tests/* recordKey */.Hy)(r), r.status);
        this.#unsettled.set(unitId, unsettled);
        const tail = new tail_events/* EventsTail */.y(path, {
            format: events === 'go-json' ? 'go' : 'testwarden',
            // Read while the framework runs (on a core it leaves free), not left for its end: what is
            // unread when it exits is read before the run can end (every 250 ms left up to 1,000
            // Mocha events, 60 ms of CPU, to read after the exit). A look that finds nothing costs
            // three system calls.
            intervalMs: TAIL_INTERVAL_MS,
            onEvent: (event) => {
                this.#watchSlow(unitId, event);
                if (event.type === 'test-end')
                    reported.add((0,checkpoint_tests/* recordKey */.Hy)(event));
                if (event.type === 'file-error')
                    reported.add((0,checkpoint_tests/* recordKey */.Hy)({ file: event.file, titles: [] }));
                this.#o.checkpoint.recordTestEvent(unitId, event);
            },
        });
        tail.start();
        return tail;
    }
    /**
     * A test that starts is timed until it ends; a test inside it (a node:test suite's, which is
     * reported as started too) takes over, so the line names the innermost test running.
     */
    #watchSlow(unitId, event) {
        const slow = this.#o.slowTests;
        if (!slow || slow.periodMs === undefined)
            return;
        if (event.type === 'test-start') {
            // An enclosing suite is watched only while something is (node:test reports suites).
            for (let n = 1; n < event.titles.length && this.#slow.size > 0; n++)
                this.#slow.end(slowKey(unitId, { file: event.file, titles: event.titles.slice(0, n) }));
            const test = { file: event.file, titles: event.titles };
            if (event.nodeId !== undefined)
                test.nodeId = event.nodeId;
            // The reporter's own start time, unless it is not a plausible one (a clock apart).
            const at = event.time !== undefined && Math.abs(Date.now() - event.time) < 60_000
                ? event.time
                : Date.now();
            this.#slow.start(slowKey(unitId, event), (overMs) => slow.onSlow(unitId, test, overMs), at);
        }
        else if (event.type === 'test-end' || event.type === 'group-end') {
            this.#slow.end(slowKey(unitId, event));
        }
    }
    /**
     * Ends an attempt whose events were all read (`read`: their results, from the stopped tail):
     * when the framework reported to its end, marks the unit's records complete. A test waiting to
     * run again that the framework did not report is not taken for gone: the framework's own
     * selection missed it (node:test names a test written in a shared module by that module, not
     * by the test file that runs it), so its last result stands and `notRun` lists it (the
     * attempt cannot pass). Returns the unit's counts and per-test results over the run (carried
     * tests included), or undefined when it has no test at all.
     */
    endAttempt(unitId, end, read) {
        this.#slow.endAll(slowKey(unitId));
        const records = this.#o.checkpoint.testsOf(unitId);
        const reported = this.#reported.get(unitId) ?? new Set();
        // Go writes no end-of-run event: its process ending by itself is the end of its report.
        const frameworkEnded = (end.outcome === 'passed' || end.outcome === 'failed') &&
            end.signal === null &&
            end.exitCode !== null &&
            (read?.reportedToEnd === true || this.#o.preset.name === 'go');
        if (frameworkEnded) {
            this.#restoreAnnouncedOnly(unitId, records, reported);
            dropLoadedFileErrors(records, reported);
        }
        const running = [...records.records()].some((r) => r.status === 'running');
        const notRun = [];
        if (frameworkEnded && !running) {
            for (const record of records.records()) {
                if (!(0,checkpoint_tests/* isSettledStatus */.e8)(record.status) && !reported.has((0,checkpoint_tests/* recordKey */.Hy)(record)))
                    notRun.push(preset_attempts_idOf(record));
            }
            records.finished = true;
        }
        this.#o.checkpoint.testsChanged();
        if (records.size === 0)
            return undefined;
        const testCases = this.testCases(unitId, read?.testCases);
        return { tests: (0,test_results/* toTestCounts */.sN)(testCases.counts), source: 'events', testCases, notRun };
    }
    /**
     * A test to run again that the framework announced and never reported, in a run it reported to
     * its end, did not run: Vitest and node:test announce the tests their name filter leaves out.
     * It keeps the result it had (and is then one the attempt did not run), rather than stay
     * "running" and drop out of the counts.
     */
    #restoreAnnouncedOnly(unitId, records, reported) {
        const before = this.#unsettled.get(unitId);
        if (!before || before.size === 0)
            return;
        for (const record of records.records()) {
            const key = (0,checkpoint_tests/* recordKey */.Hy)(record);
            const status = before.get(key);
            if (record.status === 'running' && status !== undefined && status !== 'running')
                if (!reported.has(key))
                    records.set(preset_attempts_idOf(record), status);
        }
    }
    /**
     * The unit's per-test results over the run: every test's latest status (carried ones from the
     * checkpoint included), failures and teardown errors from the attempt that reported them.
     */
    testCases(unitId, last) {
        const records = this.#o.checkpoint.testsOf(unitId);
        const details = this.#details.get(unitId) ?? new Map();
        this.#details.set(unitId, details);
        for (const t of last?.tests ?? []) {
            const key = (0,checkpoint_tests/* recordKey */.Hy)(t);
            const before = details.get(key);
            // A test that passes after failing keeps the failure it had, to show why it is flaky.
            const earlier = before?.failure && !t.failure ? before.failure : undefined;
            details.set(key, earlier ? { ...t, failure: earlier } : t);
        }
        const errors = this.#fileErrors.get(unitId) ?? new Map();
        this.#fileErrors.set(unitId, errors);
        for (const e of last?.fileErrors ?? [])
            errors.set(e.file, e);
        const tests = [];
        const unfinished = [];
        const fileErrors = [];
        const counts = (0,test_results/* emptyCounts */.W1)();
        for (const record of records.records()) {
            if (record.status === 'running') {
                unfinished.push(record);
                continue;
            }
            const detail = details.get((0,checkpoint_tests/* recordKey */.Hy)(record));
            // A file's own record: a file that failed to load, or (pytest) a module skipped as a whole,
            // which pytest counts as one skipped test.
            if (record.titles.length === 0 && record.status === 'error') {
                fileErrors.push(errors.get(record.file) ?? { file: record.file });
                counts.errors++;
                continue;
            }
            const result = { ...(detail ?? {}), ...preset_attempts_idOf(record), status: record.status };
            if (record.durationMs !== undefined)
                result.durationMs = record.durationMs;
            if (record.flaky)
                result.flaky = true;
            if (detail?.status !== record.status || (record.status === 'passed' && !record.flaky))
                delete result.failure;
            counts[test_results/* COUNTED_AS */.k2[record.status]]++;
            counts.errors += result.teardownErrors ?? 0;
            tests.push(result);
        }
        return { tests, unfinished: unfinished.map(preset_attempts_idOf), fileErrors, counts };
    }
}
/** The key of a unit's test timers (`test` undefined: the prefix of all of them). */
function slowKey(unitId, test) {
    return `${JSON.stringify(unitId)}\u0000${test ? (0,checkpoint_tests/* recordKey */.Hy)(test) : ''}`;
}
function preset_attempts_idOf(record) {
    const id = { file: record.file, titles: record.titles };
    if (record.nodeId !== undefined)
        id.nodeId = record.nodeId;
    if (record.occurrence !== undefined)
        id.occurrence = record.occurrence;
    return id;
}
/**
 * One command for the processes of a selection: the only one, or `sh` running each in turn (the
 * exit status is the last failing one's). The script is one argument of `sh -c` unless that would
 * be too long for the system (thousands of tests named): then it is written to `scriptFile()`.
 */
function asOneCommand(invocations, scriptFile) {
    if (invocations.length === 1) {
        const [program, ...args] = invocations[0].argv;
        return { program: program, args, env: invocations[0].env };
    }
    // Each process gets its own variables on its line; the shell gets none of them, so no process
    // inherits another's (Mocha's choice of tests).
    const env = {};
    const script = [
        'status=0',
        ...invocations.map((i) => `${envPrefix(i.env)}${(0,shlex/* join */.fj)(i.argv)} || status=$?`),
        'exit $status',
    ].join('\n');
    if (script.length <= frameworks_preset/* MAX_ARG_CHARS */.wr || !scriptFile)
        return { program: 'sh', args: ['-c', script], env };
    const path = scriptFile();
    (0,external_node_fs_.writeFileSync)(path, `${script}\n`);
    return { program: 'sh', args: [path], env };
}
/**
 * A file that failed to load before and ran tests in this attempt (which reported to its end)
 * loaded: its error is over, and its tests stand for it. (A file still failing reports its error
 * again and keeps it.)
 */
function dropLoadedFileErrors(records, reported) {
    const ran = new Set();
    for (const record of records.records())
        if (record.titles.length > 0 && reported.has((0,checkpoint_tests/* recordKey */.Hy)(record)))
            ran.add(record.file);
    for (const record of [...records.records()])
        if (record.titles.length === 0 &&
            record.status === 'error' &&
            ran.has(record.file) &&
            !reported.has((0,checkpoint_tests/* recordKey */.Hy)(record)))
            records.delete(preset_attempts_idOf(record));
}
/** `NAME=value ` for each variable a process of a script gets (each its own: Mocha's choice). */
function envPrefix(env) {
    return Object.entries(env)
        .map(([name, value]) => `${name}=${(0,shlex/* quote */.hD)(value)} `)
        .join('');
}

// EXTERNAL MODULE: ./lib/core/frameworks/presets/index.js + 7 modules
var presets = __webpack_require__(46310);
// EXTERNAL MODULE: ./lib/core/frameworks/reporters-dir.js
var reporters_dir = __webpack_require__(2877);
// EXTERNAL MODULE: ./lib/core/state-dir.js
var state_dir = __webpack_require__(94772);
;// CONCATENATED MODULE: ./lib/core/run/open-checkpoint.js
// The run's checkpoint: a fresh one, or on resume the units already done and those still to run; with a preset, its tests too.








function openCheckpoint(context, notice) {
    const { plan, options, jobs } = context;
    return run_checkpoint/* RunCheckpoint */.y.open({
        stateDir: plan.state.root,
        units: plan.units,
        command: plan.template.source,
        shell: plan.template.shell,
        resume: options.resume ?? false,
        runId: plan.runId,
        attempt: options.attempt,
        ciRunId: options.ciRunId,
        jobs,
        sync: options.checkpointSync,
        notice,
        onWriteError: context.fault.record,
        presetTests: plan.preset !== undefined,
    });
}
/**
 * With --preset: the attempts at test level (each test recorded as it finishes; a resumed unit
 * and its retries run only the tests not settled).
 */
function openPresetAttempts(context, checkpoint, notice) {
    const { plan, options } = context;
    if (!plan.preset || !options.preset)
        return undefined;
    const attempts = new PresetAttempts({
        preset: (0,presets/* presetNamed */.$)(plan.preset.name),
        context: {
            cwd: plan.cwd,
            env: options.env ?? process.env,
            reportersDir: (0,reporters_dir/* findReportersDir */.N)(),
            ...(plan.preset.suiteFiles ? { suiteFiles: plan.preset.suiteFiles } : {}),
        },
        extraArgs: options.preset.args,
        checkpoint,
        units: plan.units,
        helperFile: (unitId, attempt, extension) => (0,external_node_path_.join)(plan.state.junit, (0,state_dir/* unitFileName */.CV)(unitId, attempt, extension)),
        notice,
        slowTests: {
            periodMs: (0,run_config/* slowTimeoutOf */.s)(options),
            onSlow: (unitId, test, overMs) => (0,events/* emit */.I)(context.reporters, 'onTestSlow', unitId, test, overMs),
        },
    });
    // Batches resume with the files their records name (the split may have changed since).
    if (checkpoint.resumed)
        attempts.resumeScopes(checkpoint.toRun);
    return attempts;
}


/***/ }),

/***/ 10854:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ runLanes)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _monitor_run_monitor_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7000);
/* harmony import */ var _report_events_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(25973);
/* harmony import */ var _report_failure_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(52236);
/* harmony import */ var _report_slow_watch_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7779);
/* harmony import */ var _run_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96881);
/* harmony import */ var _unit_run_unit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48268);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_monitor_run_monitor_js__WEBPACK_IMPORTED_MODULE_1__, _unit_run_unit_js__WEBPACK_IMPORTED_MODULE_3__]);
([_monitor_run_monitor_js__WEBPACK_IMPORTED_MODULE_1__, _unit_run_unit_js__WEBPACK_IMPORTED_MODULE_3__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);







async function runLanes(context, checkpoint) {
    const { options, stop, reporters, monitor, jobs } = context;
    const queue = checkpoint.toRun;
    const results = new Map(checkpoint.fromCheckpoint.map((r) => [r.id, r]));
    let done = 0;
    let next = 0;
    let failures = 0;
    let stoppedAt;
    stop.onRequest(() => (stoppedAt ??= Date.now()));
    const slow = new _report_slow_watch_js__WEBPACK_IMPORTED_MODULE_4__/* .SlowWatch */ .r((0,_run_config_js__WEBPACK_IMPORTED_MODULE_2__/* .slowTimeoutOf */ .s)(options), (unit, overMs) => (0,_report_events_js__WEBPACK_IMPORTED_MODULE_5__/* .emit */ .I)(reporters, 'onUnitSlow', unit, overMs));
    const lane = async (_, laneIndex) => {
        while (!stop.stopped && next < queue.length) {
            // Over a threshold no new unit starts; held for the window, the monitor stops the run.
            if (!(await (0,_monitor_run_monitor_js__WEBPACK_IMPORTED_MODULE_1__/* .admitted */ .Nd)(monitor, stop)))
                break;
            const unit = queue[next++];
            let result;
            slow.start(unit);
            try {
                result = await (0,_unit_run_unit_js__WEBPACK_IMPORTED_MODULE_3__/* .runUnit */ .i)(context, unit, laneIndex);
            }
            catch (error) {
                // A state dir that failed before the unit could start (its log): it counts as not run.
                if (context.fault.record(error))
                    break;
                // Stop scheduling in every lane; the units already running finish normally.
                next = queue.length;
                throw error;
            }
            finally {
                slow.end(unit);
            }
            results.set(unit.id, result);
            checkpoint.record(result);
            if ((0,_report_failure_js__WEBPACK_IMPORTED_MODULE_6__/* .isFailure */ .N)(result)) {
                failures++;
                if (options.maxFailures !== undefined && failures >= options.maxFailures) {
                    stop.request('fail-fast', { terminate: false });
                }
            }
            (0,_report_events_js__WEBPACK_IMPORTED_MODULE_5__/* .emit */ .I)(reporters, 'onUnitEnd', result, { done: ++done, total: queue.length });
        }
    };
    // allSettled: a lane that throws (a bug) must not leave the others' units unattended.
    const lanes = await Promise.allSettled(Array.from({ length: Math.max(1, Math.min(jobs, queue.length)) }, lane)).finally(() => slow.stop());
    const broken = lanes.find((l) => l.status === 'rejected');
    if (broken)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InternalError */ .Gd('a run lane failed', { cause: broken.reason });
    return { results, stoppedAt: () => stoppedAt };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 65100:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ openRunResources),
/* harmony export */   n: () => (/* binding */ closeRunResources)
/* harmony export */ });
/* harmony import */ var _containers_container_watcher_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47830);
/* harmony import */ var _containers_open_unit_endpoints_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46077);
/* harmony import */ var _monitor_run_monitor_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7000);
/* harmony import */ var _run_config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96881);
/* harmony import */ var _tracker_cgroup_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(21026);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_monitor_run_monitor_js__WEBPACK_IMPORTED_MODULE_2__, _tracker_cgroup_js__WEBPACK_IMPORTED_MODULE_4__]);
([_monitor_run_monitor_js__WEBPACK_IMPORTED_MODULE_2__, _tracker_cgroup_js__WEBPACK_IMPORTED_MODULE_4__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);
// What the units of a run share while it runs: the resource monitor, the run's cgroup, the
// container watcher and the per-unit engine endpoints; opened before the first unit, closed after the last.





async function openRunResources(plan, options, run) {
    const { stop, reporters, registry, fault, notice } = run;
    const monitor = (0,_monitor_run_monitor_js__WEBPACK_IMPORTED_MODULE_2__/* .startMonitor */ .Rd)(options, stop, notice);
    const runCgroup = plan.tracking === 'cgroup' ? (0,_tracker_cgroup_js__WEBPACK_IMPORTED_MODULE_4__/* .createRunCgroup */ .cY)(plan.runId, plan.cgroupSupport) : undefined;
    if (runCgroup)
        registry.add({ kind: 'cgroup', runId: plan.runId, path: runCgroup.path });
    const containers = plan.engine
        ? new _containers_container_watcher_js__WEBPACK_IMPORTED_MODULE_0__/* .ContainerWatcher */ ._(plan.engine, plan.runId, options.containers === 'remove-unattributed' ? 'remove' : 'leave')
        : undefined;
    const endpoints = await (0,_containers_open_unit_endpoints_js__WEBPACK_IMPORTED_MODULE_1__/* .openUnitEndpoints */ .h)(plan, options.env ?? process.env, notice);
    return {
        plan,
        options,
        stop,
        reporters,
        jobs: options.jobs ?? _run_config_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULTS */ .z.jobs,
        retries: options.retries ?? _run_config_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULTS */ .z.retries,
        registry,
        fault,
        monitor,
        runCgroup,
        containers,
        endpoints,
    };
}
/** After the last unit: the monitor stops, the run's cgroup goes, the endpoints close. */
async function closeRunResources(context) {
    context.monitor.stop();
    await context.runCgroup?.remove().catch(() => false);
    await context.endpoints?.closeAll();
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 42517:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   og: () => (/* binding */ runSuite),
/* harmony export */   zY: () => (/* reexport safe */ _run_config_js__WEBPACK_IMPORTED_MODULE_4__.z)
/* harmony export */ });
/* unused harmony export executePlan */
/* harmony import */ var _tracker_tracking_description_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12400);
/* harmony import */ var _lifecycle_stop_token_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(72898);
/* harmony import */ var _plan_plan_run_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41316);
/* harmony import */ var _plan_timings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85236);
/* harmony import */ var _report_events_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(25973);
/* harmony import */ var _report_output_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(40940);
/* harmony import */ var _run_config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(96881);
/* harmony import */ var _state_dir_fault_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(21549);
/* harmony import */ var _tracker_open_registry_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4524);
/* harmony import */ var _finish_run_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(52010);
/* harmony import */ var _guard_run_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(85324);
/* harmony import */ var _open_checkpoint_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(86012);
/* harmony import */ var _run_resources_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(65100);
/* harmony import */ var _run_lanes_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(10854);
/* harmony import */ var _write_reports_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(22420);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_tracker_tracking_description_js__WEBPACK_IMPORTED_MODULE_0__, _plan_plan_run_js__WEBPACK_IMPORTED_MODULE_1__, _tracker_open_registry_js__WEBPACK_IMPORTED_MODULE_6__, _finish_run_js__WEBPACK_IMPORTED_MODULE_7__, _guard_run_js__WEBPACK_IMPORTED_MODULE_8__, _run_resources_js__WEBPACK_IMPORTED_MODULE_10__, _run_lanes_js__WEBPACK_IMPORTED_MODULE_11__, _write_reports_js__WEBPACK_IMPORTED_MODULE_12__]);
([_tracker_tracking_description_js__WEBPACK_IMPORTED_MODULE_0__, _plan_plan_run_js__WEBPACK_IMPORTED_MODULE_1__, _tracker_open_registry_js__WEBPACK_IMPORTED_MODULE_6__, _finish_run_js__WEBPACK_IMPORTED_MODULE_7__, _guard_run_js__WEBPACK_IMPORTED_MODULE_8__, _run_resources_js__WEBPACK_IMPORTED_MODULE_10__, _run_lanes_js__WEBPACK_IMPORTED_MODULE_11__, _write_reports_js__WEBPACK_IMPORTED_MODULE_12__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);
// The one function that ties a run together, in the order of the run's life: announce, guard,
// open what the units share, resume from the checkpoint, run the lanes, close, report.
















async function runSuite(options) {
    const plan = await (0,_plan_plan_run_js__WEBPACK_IMPORTED_MODULE_1__/* .planRun */ .nY)(options);
    return executePlan(plan, options);
}
async function executePlan(plan, options) {
    const reporters = options.reporters ?? [];
    const stop = options.stop ?? new _lifecycle_stop_token_js__WEBPACK_IMPORTED_MODULE_13__/* .StopToken */ .y();
    const startedAt = Date.now();
    const unsubscribe = stop.onRequest((reason, immediate) => (0,_report_events_js__WEBPACK_IMPORTED_MODULE_14__/* .emit */ .I)(reporters, 'onStopRequested', reason, immediate));
    const notice = noticeTo(reporters);
    for (const w of plan.warnings)
        notice('warning', w);
    for (const i of plan.infos)
        notice('info', i);
    const fault = stopOnStateDirFault(plan, stop, notice);
    const registry = await (0,_tracker_open_registry_js__WEBPACK_IMPORTED_MODULE_6__/* .openRegistry */ .M)(plan, notice, fault).catch(async (error) => {
        await plan.stateLock.release();
        throw error;
    });
    const tracking = (0,_tracker_tracking_description_js__WEBPACK_IMPORTED_MODULE_0__/* .trackingRecord */ .T)(plan.tracking);
    for (const n of (0,_tracker_tracking_description_js__WEBPACK_IMPORTED_MODULE_0__/* .platformNotices */ .t)())
        notice(n.level, n.message);
    const guard = (0,_guard_run_js__WEBPACK_IMPORTED_MODULE_8__/* .guardRun */ .j)(plan, options, stop, notice);
    try {
        const context = await (0,_run_resources_js__WEBPACK_IMPORTED_MODULE_10__/* .openRunResources */ .Z)(plan, options, {
            stop,
            reporters,
            registry,
            fault,
            notice,
        });
        context.guard = guard;
        const checkpoint = await (0,_open_checkpoint_js__WEBPACK_IMPORTED_MODULE_9__/* .openCheckpoint */ .D)(context, notice);
        context.presetAttempts = (0,_open_checkpoint_js__WEBPACK_IMPORTED_MODULE_9__/* .openPresetAttempts */ .o)(context, checkpoint, notice);
        (0,_report_events_js__WEBPACK_IMPORTED_MODULE_14__/* .emit */ .I)(reporters, 'onRunStart', {
            runId: plan.runId,
            units: plan.units,
            toRun: checkpoint.toRun.length,
            jobs: context.jobs,
            stateDir: plan.state.root,
            tracking: plan.tracking,
            trackingRecord: tracking,
            queued: checkpoint.toRun,
            estimates: (0,_plan_timings_js__WEBPACK_IMPORTED_MODULE_2__/* .timingsMap */ .uR)((0,_plan_timings_js__WEBPACK_IMPORTED_MODULE_2__/* .readTimings */ .kF)(plan.timingsFile).timings),
        });
        let lanes;
        try {
            lanes = await (0,_run_lanes_js__WEBPACK_IMPORTED_MODULE_11__/* .runLanes */ .r)(context, checkpoint);
        }
        finally {
            unsubscribe();
            await (0,_run_resources_js__WEBPACK_IMPORTED_MODULE_10__/* .closeRunResources */ .n)(context);
        }
        const report = await (0,_finish_run_js__WEBPACK_IMPORTED_MODULE_7__/* .finishRun */ .J)(context, checkpoint, lanes, {
            startedAt,
            tracking,
            notice,
            // The units are swept and the registry holds how: the watchdog has nothing left to guard,
            // and leaves while the checkpoint's end is written and synced and the reports are written
            // (awaited below).
            onSwept: () => void guard.stop(),
        });
        const unwritten = await (0,_write_reports_js__WEBPACK_IMPORTED_MODULE_12__/* .writeReports */ .L)(plan, options, report, checkpoint.runs);
        (0,_report_events_js__WEBPACK_IMPORTED_MODULE_14__/* .emit */ .I)(reporters, 'onRunEnd', report);
        // After the summary and the checkpoint: a report that cannot be written loses nothing else.
        if (unwritten.length > 0)
            throw new _report_output_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .OutputWriteError */ .J1(unwritten, report);
        return report;
    }
    finally {
        await guard.stop();
        await plan.stateLock.release();
    }
}
/**
 * Disk full or state dir removed after the start check: running units are stopped and swept (by
 * what this process knows of them), results so far reported, exit 74; never taken for a bug.
 * Failing at the registry's or the checkpoint's first write, the run stops before any unit.
 */
function stopOnStateDirFault(plan, stop, notice) {
    const fault = new _state_dir_fault_js__WEBPACK_IMPORTED_MODULE_5__/* .StateDirFault */ .n8(plan.state.root, (error) => {
        notice('warning', `the state dir stopped being writable: ${error.message}; stopping the run (exit 74)`);
        if (!stop.terminatesRunning)
            stop.request('state-dir-unwritable', { terminate: true });
    });
    return fault;
}
function noticeTo(reporters) {
    return (level, message) => (0,_report_events_js__WEBPACK_IMPORTED_MODULE_14__/* .emit */ .I)(reporters, 'onNotice', level, message);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 6282:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ enterUnitCgroup)
/* harmony export */ });
/* harmony import */ var _tracker_cgroup_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21026);
/* harmony import */ var _tracker_cgroup_launch_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11148);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_tracker_cgroup_js__WEBPACK_IMPORTED_MODULE_0__]);
_tracker_cgroup_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
// With cgroup tracking, an attempt gets its own cgroup under the run's and its command enters it before it execs.


function enterUnitCgroup(context, launch) {
    if (!context.runCgroup)
        return undefined;
    const cgroup = (0,_tracker_cgroup_js__WEBPACK_IMPORTED_MODULE_0__/* .createUnitCgroup */ .xD)(context.runCgroup, launch.unit.id, launch.attempt);
    launch.command = (0,_tracker_cgroup_launch_js__WEBPACK_IMPORTED_MODULE_1__/* .wrapCommandForCgroup */ .jZ)(cgroup.path, launch.command.program, launch.command.args);
    return cgroup;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 82105:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ attemptCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _plan_command_template_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76961);
/* harmony import */ var _plan_unit_env_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33528);
/* harmony import */ var _state_dir_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(94772);
// An attempt's command before anything wraps it: the unit's command template expanded, its files and its environment.




/** `run` numbers the state dir's runs of the unit: a resume never reuses an earlier attempt's files. */
function attemptCommand(context, unit, attempt, run = 1) {
    const { plan, options } = context;
    const logPath = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(plan.state.logs, (0,_state_dir_js__WEBPACK_IMPORTED_MODULE_2__/* .unitFileName */ .CV)(unit.id, attempt, 'log', run));
    const junitPath = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(plan.state.junit, (0,_state_dir_js__WEBPACK_IMPORTED_MODULE_2__/* .unitFileName */ .CV)(unit.id, attempt, 'xml', run));
    const { program, args } = (0,_plan_command_template_js__WEBPACK_IMPORTED_MODULE_1__/* .expandCommand */ .Aq)(plan.template, {
        file: unit.file,
        unit: unit.id,
        junit: junitPath,
    });
    const env = (0,_plan_unit_env_js__WEBPACK_IMPORTED_MODULE_3__/* .buildUnitEnv */ .Md)(options.env ?? process.env, { runId: plan.runId, unitId: unit.id, attempt, junitPath }, options.passRuntimeEnv ?? false);
    // Each attempt's events go to a file of their own, beside its log (Go's events are its output).
    const eventsPath = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(plan.state.junit, (0,_state_dir_js__WEBPACK_IMPORTED_MODULE_2__/* .unitFileName */ .CV)(unit.id, attempt, 'events.ndjson', run));
    if (plan.preset)
        Object.assign(env, plan.preset.env, { TESTWARDEN_EVENTS: eventsPath });
    return {
        unit,
        attempt,
        key: `${unit.id}\u0000${attempt}`,
        logPath,
        junitPath,
        eventsPath,
        program,
        command: { program, args },
        env,
    };
}


/***/ }),

/***/ 62494:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ watchContainers),
/* harmony export */   h: () => (/* binding */ checkContainers)
/* harmony export */ });
/* harmony import */ var _report_events_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25973);
/* harmony import */ var _run_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96881);
// The engine's containers before and after an attempt: what the unit left behind, recorded, removed or counted against it.


/** Notes the containers that exist before the unit starts; false when the engine could not list them. */
async function watchContainers(context, launch) {
    const { containers, reporters } = context;
    if (!containers)
        return false;
    const { unit, attempt } = launch;
    return containers.before(launch.key, unit.id, attempt).then(() => true, (error) => {
        (0,_report_events_js__WEBPACK_IMPORTED_MODULE_1__/* .emit */ .I)(reporters, 'onNotice', 'warning', `${unit.id}: containers not checked for this attempt: the engine could not list them (${error.message})`);
        return false;
    });
}
/**
 * Finds the containers the attempt left, registers those that are the unit's for cleanup, and
 * fails a passed attempt when leaks fail the run.
 */
async function checkContainers(context, launch, watching, end) {
    const { containers, options, reporters, registry, plan } = context;
    if (!containers || !watching)
        return { end, leaks: [] };
    const found = await containers
        .after(launch.key, options.leaks ?? _run_config_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULTS */ .z.leaks)
        .catch((error) => ({
        leaks: [],
        warnings: [`could not check containers: ${error.message}`],
    }));
    for (const w of found.warnings)
        (0,_report_events_js__WEBPACK_IMPORTED_MODULE_1__/* .emit */ .I)(reporters, 'onNotice', 'warning', w);
    for (const leak of found.leaks) {
        // Only what carries the unit's labels is recorded for cleanup; an unattributed one is not ours to remove later.
        if (leak.action !== 'removed' && !leak.unattributed)
            registry.add({
                kind: 'container',
                runId: plan.runId,
                id: leak.id,
                name: leak.name,
                unitId: launch.unit.id,
            });
    }
    const counted = found.leaks.filter((l) => !l.unattributed || options.containers === 'remove-unattributed');
    if (counted.length > 0 && options.leaks === 'fail' && end.outcome === 'passed') {
        end = { outcome: 'failed', exitCode: 0, signal: null, leakedUnderFailPolicy: true };
    }
    return { end, leaks: found.leaks };
}


/***/ }),

/***/ 6583:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ openEndpoint),
/* harmony export */   w: () => (/* binding */ closeEndpoint)
/* harmony export */ });
/* harmony import */ var _report_events_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25973);

/** Opens the endpoint and points the unit's environment at it; an isolated unit has none. */
async function openEndpoint(context, launch) {
    const { endpoints, plan, reporters } = context;
    if (!endpoints || plan.isolation)
        return undefined;
    const { unit, attempt } = launch;
    const endpoint = await endpoints.open(unit.id, attempt).catch((error) => {
        (0,_report_events_js__WEBPACK_IMPORTED_MODULE_0__/* .emit */ .I)(reporters, 'onNotice', 'warning', `${unit.id}: no engine endpoint of its own (${error.message}); its containers will be unattributed`);
        return undefined;
    });
    if (endpoint)
        launch.env = { ...launch.env, ...endpoint.env };
    return endpoint;
}
/** Closes the endpoint and says which creates it refused because they could not be labelled. */
async function closeEndpoint(context, endpoint) {
    if (!endpoint)
        return;
    await context.endpoints.close(endpoint);
    for (const u of endpoint.proxy.unlabelled)
        (0,_report_events_js__WEBPACK_IMPORTED_MODULE_0__/* .emit */ .I)(context.reporters, 'onNotice', 'warning', `${u.what} create ${u.target} refused by the unit's engine endpoint (it could not be labelled): ${u.why}`);
}


/***/ }),

/***/ 13720:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CE: () => (/* binding */ isolateInContainer),
/* harmony export */   F5: () => (/* binding */ dropEmptyJunit),
/* harmony export */   Ws: () => (/* binding */ endIsolatedContainer)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _containers_container_isolation_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74818);
/* harmony import */ var _report_events_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25973);
// An isolated attempt's container: the command that runs the unit inside it, and its end once the client is gone.



/** With `--isolation container`, wraps the command in the engine's `run` and registers the container it names. */
function isolateInContainer(context, launch) {
    const { plan, options, registry } = context;
    if (!plan.isolation)
        return;
    const { unit, attempt } = launch;
    const isolated = (0,_containers_container_isolation_js__WEBPACK_IMPORTED_MODULE_1__/* .buildIsolatedCommand */ .Z0)({
        engine: plan.isolation.engine,
        runId: plan.runId,
        unitId: unit.id,
        attempt,
        image: plan.isolation.image,
        cwd: plan.cwd,
        program: launch.command.program,
        args: launch.command.args,
        ...isolationMounts(plan.cwd, plan.state.root, launch.junitPath),
        ...(options.containerMemory !== undefined ? { memory: options.containerMemory } : {}),
        ...(options.containerCpus !== undefined ? { cpus: options.containerCpus } : {}),
    });
    launch.command = { program: isolated.program, args: isolated.args };
    launch.container = isolated.name;
    registry.add({
        kind: 'container',
        runId: plan.runId,
        id: isolated.name,
        name: isolated.name,
        unitId: unit.id,
    });
}
/**
 * Stops and removes the attempt's container (the client may be gone while its container is
 * not), and says when a failure was the engine's rather than the unit's.
 */
async function endIsolatedContainer(context, launch, end) {
    const { plan, reporters } = context;
    const container = launch.container;
    if (!plan.isolation || !container)
        return end;
    const stopped = await (0,_containers_container_isolation_js__WEBPACK_IMPORTED_MODULE_1__/* .stopContainer */ .SI)(plan.isolation.engine, container, 0, {
        runId: plan.runId,
        unitId: launch.unit.id,
        attempt: launch.attempt,
    });
    if (stopped.refused)
        (0,_report_events_js__WEBPACK_IMPORTED_MODULE_2__/* .emit */ .I)(reporters, 'onNotice', 'warning', `container ${container} was left alone: it does not carry this attempt's labels (${stopped.refused})`);
    else if (!stopped.removed)
        (0,_report_events_js__WEBPACK_IMPORTED_MODULE_2__/* .emit */ .I)(reporters, 'onNotice', 'warning', `container ${container} could not be removed: ${stopped.error ?? ''}`);
    const engineProblem = (0,_containers_container_isolation_js__WEBPACK_IMPORTED_MODULE_1__/* .describeEngineExit */ .US)(plan.isolation.engine, end.exitCode);
    return engineProblem && end.outcome === 'failed' ? { ...end, engineProblem } : end;
}
/**
 * What an isolated unit sees of the state dir: nothing but its own JUnit file. The file is
 * created empty so it can be mounted alone; a state dir inside cwd is hidden under an empty
 * tmpfs, so the registry, heartbeat and checkpoint can be neither read nor changed.
 */
function isolationMounts(cwd, stateRoot, junitPath) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(junitPath, '');
    const inside = stateRoot.startsWith(`${cwd}/`);
    return { mounts: [junitPath], masks: inside ? [stateRoot] : [] };
}
/** An isolated unit that wrote no JUnit leaves the empty file made for the mount: that is no report. */
function dropEmptyJunit(junitPath) {
    try {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(junitPath).size === 0)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(junitPath);
    }
    catch {
        // Gone already: nothing to drop.
    }
}


/***/ }),

/***/ 94109:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OR: () => (/* binding */ narrowToUnsettledTests),
/* harmony export */   SX: () => (/* binding */ finishReading),
/* harmony export */   XX: () => (/* binding */ followTestEvents),
/* harmony export */   xA: () => (/* binding */ catchUp)
/* harmony export */ });
/** Replaces the whole suite's command with one for the tests still to run, when there are records. */
async function narrowToUnsettledTests(context, launch) {
    const narrowed = await context.presetAttempts?.command(launch.unit.id, launch.attempt);
    if (!narrowed)
        return;
    launch.program = narrowed.program;
    launch.command = { program: narrowed.program, args: narrowed.args };
    Object.assign(launch.env, narrowed.env);
}
/** Starts following the attempt's events (Go: its log) into the checkpoint, before the unit starts. */
function followTestEvents(context, launch) {
    const { plan, presetAttempts } = context;
    if (!plan.preset || !presetAttempts)
        return undefined;
    const go = plan.preset.events === 'go-json';
    return presetAttempts.watch(launch.unit.id, go ? launch.logPath : launch.eventsPath, plan.preset.events);
}
/** Reads what the unit has written so far, now rather than at the next look (a failed read is the final read's to report). */
function catchUp(tail) {
    tail.poll().catch(() => undefined);
}
/**
 * Starts the final read (the unit is swept); its results are awaited when the tests are counted,
 * and a failed read is reported there.
 */
function finishReading(tail) {
    tail.stop().catch(() => undefined);
}


/***/ }),

/***/ 746:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ countTests)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/frameworks/run-discovery.js
var run_discovery = __webpack_require__(12827);
;// CONCATENATED MODULE: ./lib/core/frameworks/go-failure-places.js
// Go names the file of a test's failure relative to its package (`calc_test.go:39`): this makes it relative to the working directory, through `go list`'s package folders, so annotations and reports point at a file that exists.


/** The folders of the given packages, as `go list` knows them. */
async function goPackageFolders(context, packages) {
    const folders = new Map();
    if (packages.length === 0)
        return folders;
    const stdout = await (0,run_discovery/* runDiscovery */.g)({
        argv: [
            ...(context.program ?? ['go']),
            'list',
            '-e',
            '-f',
            '{{.ImportPath}}\t{{.Dir}}',
            ...packages,
        ],
        cwd: context.cwd,
        env: context.env,
        preset: 'go',
        timeoutMs: 60_000,
    });
    for (const line of stdout.split('\n')) {
        const tab = line.indexOf('\t');
        if (tab <= 0)
            continue;
        const dir = line.slice(tab + 1).trim();
        if (!(0,external_node_path_.isAbsolute)(dir))
            continue;
        folders.set(line.slice(0, tab), (0,external_node_path_.relative)(context.cwd, dir).split(external_node_path_.sep).join('/'));
    }
    return folders;
}
/**
 * Failures whose file is a bare name (Go's `t.Error` place, relative to the test's package) are
 * given the package's folder; a path with a folder (the compiler's, relative to the working
 * directory already) is left as it is.
 */
/** Packages with a failure placed by a bare file name. */
function packagesToPlace(tests) {
    const packages = new Set();
    for (const t of tests)
        if (t.failure?.file && !t.failure.file.includes('/'))
            packages.add(t.file);
    return [...packages];
}
function placeGoFailures(tests, folders) {
    for (const test of tests) {
        const failure = test.failure;
        if (!failure?.file || failure.file.includes('/'))
            continue;
        const folder = folders.get(test.file);
        if (folder === undefined)
            continue;
        failure.file = folder === '' ? failure.file : (0,external_node_path_.join)(folder, failure.file).split(external_node_path_.sep).join('/');
    }
}

// EXTERNAL MODULE: ./lib/core/frameworks/read-test-events.js
var read_test_events = __webpack_require__(64282);
// EXTERNAL MODULE: ./lib/core/report/events.js
var events = __webpack_require__(25973);
// EXTERNAL MODULE: ./lib/core/frameworks/test-results.js
var test_results = __webpack_require__(2022);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./lib/core/report/log-tail.js
var log_tail = __webpack_require__(88231);
// EXTERNAL MODULE: ./lib/core/text/control-chars.js
var control_chars = __webpack_require__(80006);
;// CONCATENATED MODULE: ./lib/core/report/summary-line.js
// Reads a closing summary such as `12 passed, 1 failed, 2 skipped` (pytest, Jest, Vitest, Mocha, node:test spec) from a log's tail.

const COUNT = /(?<![\w-])(\d+)\s+(passed|passing|failed|failing|skipped|pending|todo|xfailed|xpassed|errors?)\b/gi;
const KIND = {
    passed: 'passed',
    passing: 'passed',
    xpassed: 'passed',
    failed: 'failed',
    failing: 'failed',
    error: 'errors',
    errors: 'errors',
    skipped: 'skipped',
    pending: 'skipped',
    todo: 'skipped',
    xfailed: 'skipped',
};
/** Lines that count something other than tests: Jest's snapshots and suites, Vitest's files. */
const NOT_TESTS = /^\s*(?:Snapshots:|Test Suites:|Test Files\b)/i;
/** node:test's spec reporter ends with `ℹ tests 13`, `ℹ pass 9`, ... one total a line. */
const NODE_SPEC = /^\s*ℹ (tests|pass|fail|cancelled|skipped|todo) (\d+)\s*$/;
/** pytest frames its summary: `==== 3 skipped in 0.12s ====`; a skipped-only line counts there. */
const PYTEST_FRAME = /^=+ .* in [\d.]+s(?: \([^)]*\))? =+$/;
const PYTEST_TIME = / in [\d.]+s\b/;
/** Counts from the last summary in the text; undefined when there is none. */
function countSummaryLine(text) {
    const lines = (0,control_chars/* plainText */.w)(text).split('\n');
    const node = countNodeSpec(lines);
    for (let i = lines.length - 1; i >= 0; i--) {
        if (node && i < node.at)
            return node.counts;
        const line = lines[i];
        if (NOT_TESTS.test(line))
            continue;
        const found = countsIn(line);
        if (!found)
            continue;
        if (!found.named && !PYTEST_FRAME.test(line.trim()))
            continue;
        // Mocha prints one count a line (`5 passing`, `1 pending`, `2 failing`): the block is one summary.
        for (let j = i - 1; j >= 0 && isCountOnly(lines[j]); j--) {
            const before = countsIn(lines[j]);
            for (const kind of before.kinds)
                if (!found.kinds.has(kind))
                    found.counts[kind] = before.counts[kind];
        }
        return found.counts;
    }
    return node?.counts;
}
function countsIn(line) {
    const counts = { passed: 0, failed: 0, skipped: 0, errors: 0 };
    const kinds = new Set();
    let named = false;
    const timed = PYTEST_TIME.test(line);
    for (const match of line.matchAll(COUNT)) {
        const word = match[2].toLowerCase();
        // "1 error" is pytest's only on its timed summary line ("Found 1 error." is a compiler's).
        if (word.startsWith('error') && !timed)
            continue;
        const kind = KIND[word];
        counts[kind] += Number(match[1]);
        kinds.add(kind);
        if (kind !== 'skipped')
            named = true;
    }
    return kinds.size > 0 ? { counts, kinds, named } : undefined;
}
/** A line holding one count and nothing else but a duration: `  5 passing (20ms)`. */
function isCountOnly(line) {
    return /^\s*\d+\s+(?:passing|failing|pending)(?:\s+\(\d+(?:\.\d+)?m?s\))?\s*$/.test(line);
}
/** The last block of node:test spec totals, with the index of its `tests` line. */
function countNodeSpec(lines) {
    for (let i = lines.length - 1; i >= 0; i--) {
        const head = NODE_SPEC.exec(lines[i]);
        if (head?.[1] !== 'tests')
            continue;
        const totals = {};
        for (let j = i; j < lines.length; j++) {
            const m = NODE_SPEC.exec(lines[j]);
            if (m)
                totals[m[1]] = Number(m[2]);
            else if (!/^\s*ℹ /.test(lines[j]))
                break;
        }
        if (totals.pass === undefined || totals.fail === undefined)
            return undefined;
        return {
            counts: {
                passed: totals.pass,
                failed: totals.fail + (totals.cancelled ?? 0),
                skipped: (totals.skipped ?? 0) + (totals.todo ?? 0),
                errors: 0,
            },
            at: i,
        };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./lib/core/report/unit-counts.js
// Decides a unit's test counts: its JUnit file, else TAP in its output, else a summary line, else one test for the unit.




async function countUnitTests(options) {
    const xml = await (0,promises_.readFile)(options.junitPath, 'utf8').catch(() => undefined);
    // The XML and TAP parsers are loaded by the first unit that needs them, not by every run.
    const fromJUnit = xml === undefined ? undefined : (await __webpack_require__.e(/* import() */ 139).then(__webpack_require__.bind(__webpack_require__, 90139))).countJUnit(xml);
    if (fromJUnit)
        return { tests: fromJUnit, source: 'junit' };
    if (fileSize(options.logPath) > 0) {
        const { countTapInFile } = await Promise.all(/* import() */[__webpack_require__.e(415), __webpack_require__.e(28)]).then(__webpack_require__.bind(__webpack_require__, 65028));
        const fromTap = await countTapInFile(options.logPath).catch(() => undefined);
        if (fromTap)
            return { tests: fromTap, source: 'tap' };
        const fromSummary = countSummaryLine((0,log_tail/* readTailText */.um)(options.logPath, 16 * 1024));
        if (fromSummary)
            return { tests: fromSummary, source: 'summary-line' };
    }
    return {
        tests: options.passed
            ? { passed: 1, failed: 0, skipped: 0, errors: 0 }
            : { passed: 0, failed: 1, skipped: 0, errors: 0 },
        source: 'unit',
    };
}
function fileSize(path) {
    try {
        return (0,external_node_fs_.statSync)(path).size;
    }
    catch {
        return 0;
    }
}

// EXTERNAL MODULE: ./lib/core/run/unit/attempt-isolation.js
var attempt_isolation = __webpack_require__(13720);
;// CONCATENATED MODULE: ./lib/core/run/unit/attempt-tests.js
// How many tests the attempt ran: from a preset's test events, else from its JUnit file or its log.






async function countTests(context, launch, end, 
/** With a preset: the attempt's events followed into the checkpoint. */
tail) {
    const { plan } = context;
    if (plan.isolation)
        (0,attempt_isolation/* dropEmptyJunit */.F5)(launch.junitPath);
    // The stream was read as the unit wrote it: only what the tail had not reached is read now.
    const results = plan.preset
        ? await (tail?.stop() ??
            (0,read_test_events/* readTestEvents */.Y)(plan.preset.events === 'go-json' ? launch.logPath : launch.eventsPath, {
                format: plan.preset.events === 'go-json' ? 'go' : 'testwarden',
            }))
        : undefined;
    const fromEvents = presetEvents(results);
    if (plan.preset?.name === 'go' && fromEvents)
        await placeFailures(context, fromEvents.testCases);
    // The unit's tests over the run: the carried ones and every attempt's, from the checkpoint. A
    // rerun that ran none of its tests and said it finished still tells that it ran none of them.
    const atTestLevel = tail && context.presetAttempts
        ? context.presetAttempts.endAttempt(launch.unit.id, end, fromEvents ?? (results?.finished ? finishedEmpty(results) : undefined))
        : fromEvents;
    return (atTestLevel ??
        (await countUnitTests({
            junitPath: launch.junitPath,
            logPath: launch.logPath,
            passed: end.outcome === 'passed',
        })));
}
/** Go's failure places are relative to each package: made relative to the working directory. */
async function placeFailures(context, cases) {
    const failing = [...cases.tests, ...cases.fileErrors];
    const packages = packagesToPlace(failing);
    if (packages.length === 0)
        return;
    try {
        const env = context.options.env ?? process.env;
        placeGoFailures(failing, await goPackageFolders({ cwd: context.plan.cwd, env }, packages));
    }
    catch (error) {
        (0,events/* emit */.I)(context.reporters, 'onNotice', 'warning', `--preset go: failures stay placed relative to their packages: ${error.message}`);
    }
}
/** What a stream that finished without any test tells: the framework ran to its end, and ran nothing. */
function finishedEmpty(results) {
    const { tests, unfinished, fileErrors, counts } = results;
    return { testCases: { tests, unfinished, fileErrors, counts }, reportedToEnd: true };
}
/** Counts and per-test results from a preset unit's events; undefined when it wrote none. */
function presetEvents(results) {
    if (!results ||
        (results.tests.length === 0 &&
            results.unfinished.length === 0 &&
            results.fileErrors.length === 0))
        return undefined;
    const { tests, unfinished, fileErrors, counts } = results;
    return {
        tests: (0,test_results/* toTestCounts */.sN)(counts),
        source: 'events',
        testCases: { tests, unfinished, fileErrors, counts },
        // The framework said it finished (Go writes no such event).
        reportedToEnd: results.finished,
    };
}


/***/ }),

/***/ 64129:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ runOneAttempt)
/* harmony export */ });
/* harmony import */ var _report_events_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(25973);
/* harmony import */ var _attempt_cgroup_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6282);
/* harmony import */ var _attempt_command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82105);
/* harmony import */ var _attempt_containers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62494);
/* harmony import */ var _attempt_endpoint_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6583);
/* harmony import */ var _attempt_isolation_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(13720);
/* harmony import */ var _attempt_tests_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(746);
/* harmony import */ var _attempt_test_level_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(94109);
/* harmony import */ var _track_attempt_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(93159);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_attempt_cgroup_js__WEBPACK_IMPORTED_MODULE_0__, _track_attempt_js__WEBPACK_IMPORTED_MODULE_5__]);
([_attempt_cgroup_js__WEBPACK_IMPORTED_MODULE_0__, _track_attempt_js__WEBPACK_IMPORTED_MODULE_5__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);
// One attempt of a unit, in the order of its life: what it runs, where it runs, what watches it,
// the run itself, then what it left behind and what it counted.









async function runOneAttempt(context, unit, attempt, runNumber = 1) {
    const launch = (0,_attempt_command_js__WEBPACK_IMPORTED_MODULE_1__/* .attemptCommand */ .N)(context, unit, attempt, runNumber);
    // A resumed preset unit and its retries run only the tests not settled yet.
    await (0,_attempt_test_level_js__WEBPACK_IMPORTED_MODULE_6__/* .narrowToUnsettledTests */ .OR)(context, launch);
    // The container is registered before it exists, so cleanup can find it whatever happens next.
    (0,_attempt_isolation_js__WEBPACK_IMPORTED_MODULE_3__/* .isolateInContainer */ .CE)(context, launch);
    // After isolation: the cgroup then holds the engine client that runs the container.
    const cgroup = (0,_attempt_cgroup_js__WEBPACK_IMPORTED_MODULE_0__/* .enterUnitCgroup */ .T)(context, launch);
    // Both before the unit starts, so every container it creates is new to the watcher and goes
    // through its own endpoint; neither waits for the other.
    const [endpoint, watching] = await Promise.all([
        (0,_attempt_endpoint_js__WEBPACK_IMPORTED_MODULE_7__/* .openEndpoint */ .k)(context, launch),
        (0,_attempt_containers_js__WEBPACK_IMPORTED_MODULE_2__/* .watchContainers */ .I)(context, launch),
    ]);
    // Before the unit starts: every test it reports reaches the checkpoint as it finishes.
    const tail = (0,_attempt_test_level_js__WEBPACK_IMPORTED_MODULE_6__/* .followTestEvents */ .XX)(context, launch);
    (0,_report_events_js__WEBPACK_IMPORTED_MODULE_8__/* .emit */ .I)(context.reporters, 'onUnitStart', unit, attempt);
    // From the leader's exit, what it wrote is read while the sweep looks for its leftovers.
    const run = await (0,_track_attempt_js__WEBPACK_IMPORTED_MODULE_5__/* .trackAttempt */ .l)(context, launch, cgroup, tail && (() => (0,_attempt_test_level_js__WEBPACK_IMPORTED_MODULE_6__/* .catchUp */ .xA)(tail)));
    // Swept, nothing writes any more: the rest of its events are read while the endpoint closes
    // and the engine is asked for its containers (countTests awaits that same read).
    if (tail)
        (0,_attempt_test_level_js__WEBPACK_IMPORTED_MODULE_6__/* .finishReading */ .SX)(tail);
    // The unit's processes are gone: nothing may create through its endpoint any more.
    await (0,_attempt_endpoint_js__WEBPACK_IMPORTED_MODULE_7__/* .closeEndpoint */ .w)(context, endpoint);
    // A killed engine client leaves its container running: end it before looking for the unit's own leaked containers.
    const isolatedEnd = await (0,_attempt_isolation_js__WEBPACK_IMPORTED_MODULE_3__/* .endIsolatedContainer */ .Ws)(context, launch, run.end);
    const containers = await (0,_attempt_containers_js__WEBPACK_IMPORTED_MODULE_2__/* .checkContainers */ .h)(context, launch, watching, isolatedEnd);
    const { tests, source, testCases, notRun } = await (0,_attempt_tests_js__WEBPACK_IMPORTED_MODULE_4__/* .countTests */ .t)(context, launch, containers.end, tail);
    const end = notRun?.length ? missedTests(context, unit, containers.end, notRun) : containers.end;
    return {
        unit,
        attempt,
        end,
        startedAt: run.startedAt,
        durationMs: run.durationMs,
        peakRssBytes: run.peakRssBytes,
        tests,
        countSource: source,
        ...(testCases ? { testCases } : {}),
        leaked: [...run.leaked, ...containers.leaks],
        log: launch.logPath,
    };
}
/**
 * Tests the attempt was to run again (resume, retries) that the framework, reporting to its end,
 * never ran: said once, and an attempt that exited 0 fails, so a selection that misses a failed
 * test never makes a run pass without it.
 */
function missedTests(context, unit, end, notRun) {
    const named = notRun
        .slice(0, 3)
        .map((t) => `${t.file} > ${t.titles.join(' > ')}`)
        .join('; ');
    const more = notRun.length > 3 ? ` and ${notRun.length - 3} more` : '';
    (0,_report_events_js__WEBPACK_IMPORTED_MODULE_8__/* .emit */ .I)(context.reporters, 'onNotice', 'warning', `${unit.id}: ${notRun.length} of the tests to run again did not run (${named}${more}): the framework's selection missed them, so their last result stands; a run without --resume runs them`);
    return end.outcome === 'passed'
        ? { outcome: 'failed', exitCode: 0, signal: null, testsNotRun: notRun.length }
        : end;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 48268:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ runUnit)
/* harmony export */ });
/* harmony import */ var _report_events_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25973);
/* harmony import */ var _report_outcome_message_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12668);
/* harmony import */ var _attempt_logs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54692);
/* harmony import */ var _attempt_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64129);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_attempt_js__WEBPACK_IMPORTED_MODULE_1__]);
_attempt_js__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
// Runs one unit: its attempts (retries, flaky detection; numbered after a resumed state dir's earlier runs) and the one result they make together.




async function runUnit(context, unit, lane) {
    const { stop, reporters, retries } = context;
    const attempts = [];
    // A resumed run's attempts are numbered after the earlier runs' (their logs are kept).
    const earlier = (0,_attempt_logs_js__WEBPACK_IMPORTED_MODULE_0__/* .earlierAttemptLogs */ .B)(context.plan.state, unit.id);
    const run = (0,_attempt_logs_js__WEBPACK_IMPORTED_MODULE_0__/* .nextRun */ .U)(earlier);
    for (let attempt = 1; attempt <= retries + 1; attempt++) {
        const result = await (0,_attempt_js__WEBPACK_IMPORTED_MODULE_1__/* .runOneAttempt */ .v)(context, unit, attempt, run);
        attempts.push(result);
        const retryable = result.end.outcome === 'failed' || result.end.outcome === 'timed-out';
        const willRetry = retryable && attempt <= retries && !stop.terminatesRunning;
        (0,_report_events_js__WEBPACK_IMPORTED_MODULE_2__/* .emit */ .I)(reporters, 'onAttemptEnd', result, willRetry);
        if (!willRetry)
            break;
    }
    const files = context.presetAttempts?.scopeOf(unit.id) ?? unit.files;
    const result = unitResult(unit, attempts, lane, earlier, run);
    return files ? { ...result, files: [...files] } : result;
}
/** The unit's result: the last attempt's end, the whole time and every attempt's leaks. */
function unitResult(unit, attempts, lane, earlier, run) {
    const last = attempts[attempts.length - 1];
    const leaked = attempts.flatMap((a) => a.leaked);
    const message = (0,_report_outcome_message_js__WEBPACK_IMPORTED_MODULE_3__/* .describeEnd */ .l)(last.end);
    const attemptLogs = [
        ...earlier,
        ...attempts.map((a) => ({ run, attempt: a.attempt, log: a.log, outcome: a.end.outcome })),
    ];
    return {
        id: unit.id,
        outcome: last.end.outcome,
        fromCheckpoint: false,
        attempts: attempts.length,
        // Passed after failing: on a retry, or (a preset unit) a test that failed in the run this one resumes.
        flaky: last.end.outcome === 'passed' &&
            (attempts.length > 1 || (last.testCases?.tests.some((t) => t.flaky === true) ?? false)),
        exitCode: last.end.exitCode,
        signal: last.end.signal,
        durationMs: attempts.reduce((sum, a) => sum + a.durationMs, 0),
        peakRssBytes: Math.max(...attempts.map((a) => a.peakRssBytes)),
        tests: last.tests,
        ...(last.testCases ? { testCases: last.testCases } : {}),
        leaked,
        log: last.log,
        ...(attemptLogs.length > 1 ? { attemptLogs } : {}),
        ...(message !== undefined ? { message } : {}),
        startedAt: attempts[0].startedAt,
        endedAt: last.startedAt + last.durationMs,
        lane,
    };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 93159:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ trackAttempt)
/* harmony export */ });
/* harmony import */ var _run_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96881);
/* harmony import */ var _tracker_run_attempt_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26050);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_tracker_run_attempt_js__WEBPACK_IMPORTED_MODULE_1__]);
_tracker_run_attempt_js__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
// The attempt itself: its process group spawned, registered, watched for memory, timed out or stopped, and swept.


async function trackAttempt(context, launch, cgroup, 
/** The leader's exit is seen (before the sweep). */
onExited) {
    const { plan, options, stop, registry, monitor } = context;
    const { unit, attempt, key } = launch;
    const limitBytes = options.maxMemoryPerTestBytes;
    return (0,_tracker_run_attempt_js__WEBPACK_IMPORTED_MODULE_1__/* .runAttempt */ .T)({
        runId: plan.runId,
        unitId: unit.id,
        program: launch.command.program,
        args: launch.command.args,
        realProgram: plan.isolation ? plan.isolation.engine.command : launch.program,
        cgroup,
        memory: {
            limitBytes,
            watch: (pid, onExceeded) => monitor.watchUnit(key, {
                pgid: pid,
                leaderPid: pid,
                ...(cgroup ? { cgroupDir: cgroup.path } : {}),
                ...(limitBytes !== undefined ? { maxMemoryBytes: limitBytes, onExceeded } : {}),
            }),
            unwatch: () => monitor.unwatchUnit(key) ?? 0,
        },
        cwd: plan.cwd,
        env: launch.env,
        logPath: launch.logPath,
        timeoutMs: options.timeoutMs ?? _run_config_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULTS */ .z.timeoutMs,
        graceMs: options.gracePeriodMs ?? _run_config_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULTS */ .z.gracePeriodMs,
        leaks: options.leaks ?? _run_config_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULTS */ .z.leaks,
        stop,
        // Its process exists: the watchdog starts now (the run's first unit), before anything else.
        onStarted: () => context.guard?.start(),
        ...(onExited ? { onExited } : {}),
        // Registered the moment it exists, before it can leak anything.
        onSpawn: (pid, startTime) => registry.add({
            kind: 'unit',
            runId: plan.runId,
            unitId: unit.id,
            attempt,
            pid,
            startTime,
            at: Date.now(),
        }),
        onSwept: (pid, startTime, clean) => {
            if (clean)
                registry.add({ kind: 'unit-end', pid, startTime });
        },
        onDescendants: (unitPid, unitStartTime, found) => {
            for (const p of found)
                registry.add({ kind: 'descendant', runId: plan.runId, unitPid, unitStartTime, ...p });
        },
    });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 22420:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ writeReports)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _plan_plan_run_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41316);
/* harmony import */ var _report_output_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40940);
/* harmony import */ var _report_report_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(31513);
/* harmony import */ var _report_write_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88039);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_plan_plan_run_js__WEBPACK_IMPORTED_MODULE_1__]);
_plan_plan_run_js__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
// The run's report files (JSON, JUnit, HTML); each failure is kept and the other files are still written.





async function writeReports(plan, options, report, checkpointRuns) {
    const outputs = (0,_plan_plan_run_js__WEBPACK_IMPORTED_MODULE_1__/* .outputPaths */ .uk)(plan.cwd, options);
    const content = await renderers(outputs.map((o) => o.option), report, checkpointRuns);
    return (0,_report_output_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .writeOutputs */ .Kn)(outputs.map((output) => ({
        ...output,
        write: () => {
            (0,_report_output_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .checkOutputFolder */ .Qk)(output.path, plan.outputFolders.get(output.path));
            (0,_report_write_files_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomic */ .Z)(output.path, content[output.option](output.path));
        },
    })));
}
/** Each file's renderer; the XML and HTML writers (large) are loaded only when their file is asked for. */
async function renderers(asked, report, checkpointRuns) {
    const junit = asked.includes('--junit') ? await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 34804)) : undefined;
    const html = asked.includes('--report-html')
        ? await __webpack_require__.e(/* import() */ 944).then(__webpack_require__.bind(__webpack_require__, 43944))
        : undefined;
    return {
        '--report-json': () => (0,_report_report_json_js__WEBPACK_IMPORTED_MODULE_4__/* .reportJsonText */ .s)(report),
        '--junit': () => junit.renderJUnit(report),
        '--report-html': (path) => html.renderHtmlReport(report, { checkpointRuns, reportDir: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(path) }),
    };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 21549:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n8: () => (/* binding */ StateDirFault)
/* harmony export */ });
/* unused harmony exports StateDirError, stateDirError */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
// A state dir that stops being writable mid-run (disk full, folder removed, read-only): recorded once, it stops the run cleanly instead of ending it as a bug.

/**
 * The error codes that say the file system under the state dir failed, not testwarden: no space
 * or quota left, the folder (or a parent) removed or replaced, remounted read-only, an I/O error,
 * permissions taken away, a file grown past the limit, a network mount gone stale.
 */
const STATE_DIR_CODES = new Set([
    'ENOSPC',
    'EDQUOT',
    'ENOENT',
    'ENOTDIR',
    'EROFS',
    'EIO',
    'EACCES',
    'EPERM',
    'EFBIG',
    'ESTALE',
]);
/** The first write to the state dir that failed: the file, the system's code and its message. */
class StateDirError extends Error {
    name = 'StateDirError';
    path;
    code;
    constructor(path, cause) {
        super(`writing ${JSON.stringify(path)} failed (${cause.message})`, {
            cause,
        });
        this.path = path;
        this.code = cause.code ?? '';
    }
}
/**
 * The file-system failure inside `root` that `error` (or one of its causes) carries, if any.
 * A failed write on an open file names no path (ENOSPC from write(2)): `path` is the file the
 * caller was writing. Anything else, including a failure outside the state dir, is not one.
 */
function stateDirError(error, root, path) {
    for (let e = error, depth = 0; e instanceof Error && depth < 5; depth++) {
        const errno = e;
        const where = errno.path ?? path;
        if (errno.code && STATE_DIR_CODES.has(errno.code) && where && inside(where, root))
            return new StateDirError(where, errno);
        e = e.cause;
    }
    return undefined;
}
function inside(path, root) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(root, path);
    return rel === '' || (!rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel));
}
/**
 * Latches the first state-dir failure of a run. `record` answers whether an error was one (the
 * caller then carries on without that write: the run is being stopped) or not (the caller
 * rethrows it); `onFault` runs once, for the first failure.
 */
class StateDirFault {
    #root;
    #onFault;
    #first;
    constructor(root, onFault) {
        this.#root = root;
        this.#onFault = onFault;
    }
    /** The first failure, once there was one. */
    get error() {
        return this.#first;
    }
    record = (error, path) => {
        const found = stateDirError(error, this.#root, path);
        if (!found)
            return false;
        if (!this.#first) {
            this.#first = found;
            this.#onFault(found);
        }
        return true;
    };
}


/***/ }),

/***/ 94630:
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

/***/ 9706:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   p7: () => (/* binding */ markdownText),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* unused harmony export cell */
/* harmony import */ var _control_chars_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80006);
/* harmony import */ var _html_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94630);
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
    return (0,_control_chars_js__WEBPACK_IMPORTED_MODULE_0__/* .plainLine */ .h)(text).replace(SPECIAL, (c) => `&#${c.charCodeAt(0)};`);
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
    const text = (0,_control_chars_js__WEBPACK_IMPORTED_MODULE_0__/* .plainText */ .w)(lines.join('\n'));
    const body = text !== '' ? (0,_html_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .Z)(text) : '(no output)';
    return `<details><summary>${summary}</summary>\n\n<pre>${body}</pre>\n\n</details>`;
}


/***/ }),

/***/ 11148:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jZ: () => (/* binding */ wrapCommandForCgroup)
/* harmony export */ });
/* unused harmony exports CGROUP_ENTRY_FAILED_EXIT, CGROUP_SHELL */
// Starts a unit already inside its cgroup: a tiny /bin/sh wrapper moves itself in, then execs the unit's program (same pid, nothing born outside).
/**
 * Node's spawn cannot place a child in a cgroup before it runs, and moving it afterwards
 * races with its first fork. The wrapper writes its own pid (`$$`) to the cgroup's
 * `cgroup.procs` and only then `exec`s the program, so the unit's leader and everything it
 * starts are members from their first instruction. The cgroup path and the argv are separate
 * arguments (`"$1"`, `"$@"`), never text in the script, so no path or argument can inject
 * anything. `exec` keeps the pid, so the spawned pid, the process group and the exit status
 * are the program's own.
 */
const SCRIPT = 'echo $$ > "$1/cgroup.procs" || { echo "testwarden: could not enter cgroup $1" >&2; exit 122; }; shift; exec "$@"';
/** Exit status of the wrapper when it could not enter the cgroup (the program never ran). */
const CGROUP_ENTRY_FAILED_EXIT = 122;
/** `$0` of the wrapper, as it shows in `ps` for the instant before the exec. */
const WRAPPER_NAME = 'testwarden-cgroup-enter';
const CGROUP_SHELL = '/bin/sh';
/**
 * The command to spawn instead of `program args`. Spawn it as before (detached, same env and
 * stdio). A program that cannot be found or run no longer fails the spawn: the shell reports
 * it on stderr and exits 127 (not found) or 126 (not executable).
 */
function wrapCommandForCgroup(cgroupPath, program, args) {
    return {
        program: CGROUP_SHELL,
        args: ['-c', SCRIPT, WRAPPER_NAME, cgroupPath, program, ...args],
    };
}


/***/ }),

/***/ 37090:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   nx: () => (/* binding */ prepareDelegatedSubtree)
/* harmony export */ });
/* unused harmony exports canSudo, userSubtreeName */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _plan_unit_env_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(33528);
/* harmony import */ var _cgroup_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(21026);
/* harmony import */ var _cgroup_detect_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(64672);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_cgroup_js__WEBPACK_IMPORTED_MODULE_3__]);
_cgroup_js__WEBPACK_IMPORTED_MODULE_3__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
// One-time, opt-in preparation of a cgroup v2 subtree a non-root user may manage (e.g. GitHub's hosted runners, with passwordless sudo).






/** Whether passwordless sudo works (`sudo -n true`); false when sudo is missing. */
async function canSudo() {
    try {
        await run('sudo', ['-n', 'true']);
        return true;
    }
    catch {
        return false;
    }
}
/** Only call when asked to (an explicit option): it changes the machine's cgroup tree and moves a process. */
async function prepareDelegatedSubtree(options) {
    const asRoot = process.getuid?.() === 0;
    if (!asRoot && !(await canSudo())) {
        throw new Error('preparing a cgroup subtree needs root or passwordless sudo (`sudo -n true` failed)');
    }
    const mount = (0,_cgroup_detect_js__WEBPACK_IMPORTED_MODULE_4__/* .findCgroup2Mounts */ .Ob)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)('/proc/self/mountinfo', 'utf8'))[0];
    if (!mount)
        throw new Error('no cgroup v2 hierarchy is mounted');
    const uid = options.uid ?? process.getuid?.() ?? 0;
    const gid = options.gid ?? process.getgid?.() ?? 0;
    const pid = options.pid ?? process.pid;
    const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(mount.mountPoint, options.name ?? _cgroup_detect_js__WEBPACK_IMPORTED_MODULE_4__/* .DELEGATED_SUBTREE */ .v8);
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(parent, userSubtreeName(uid));
    const holder = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(path, `runner-${pid}`);
    const delegated = (dir) => [
        dir,
        ...['cgroup.procs', 'cgroup.threads', 'cgroup.subtree_control'].map((f) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, f)),
    ];
    const privileged = async (program, args, input) => asRoot ? run(program, args, input) : run('sudo', ['-n', program, ...args], input);
    await privileged('mkdir', ['-p', holder]);
    await privileged('chown', [`${uid}:${gid}`, ...delegated(path), ...delegated(holder)]);
    // Neither holds a process itself, so both may hand memory and pids to everything below.
    const controllers = wantedControllers(parent);
    if (controllers !== '') {
        await privileged('tee', [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(parent, 'cgroup.subtree_control')], controllers).catch(() => undefined);
    }
    (0,_cgroup_js__WEBPACK_IMPORTED_MODULE_3__/* .enableControllers */ .DK)(path);
    // The one step the user cannot do: leaving the root-owned cgroup it runs in.
    await privileged('tee', [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(holder, 'cgroup.procs')], `${pid}\n`);
    pruneHolders(path, holder);
    return { path, holder, support: (0,_cgroup_detect_js__WEBPACK_IMPORTED_MODULE_4__/* .detectCgroupSupport */ .tK)() };
}
/**
 * Leaves of earlier runs whose process is gone are removed. A leaf of a live process stays even
 * while empty: another run may be between its `mkdir` and moving its process in.
 */
function pruneHolders(path, keep) {
    for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(path)) {
        const pid = /^runner-(\d+)$/.exec(name)?.[1];
        if (pid === undefined || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(path, name) === keep || (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(`/proc/${pid}`))
            continue;
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(path, name));
        }
        catch {
            // EBUSY: a process of its run is still in it.
        }
    }
}
/** The user's subtree under the parent folder. */
function userSubtreeName(uid) {
    return `u${uid}`;
}
/** `+memory +pids` as far as the parent offers them ('' when it offers neither). */
function wantedControllers(parent) {
    try {
        const offered = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(parent, 'cgroup.controllers'), 'utf8').trim().split(/\s+/);
        return _cgroup_js__WEBPACK_IMPORTED_MODULE_3__/* .WANTED_CONTROLLERS */ .U9.filter((c) => offered.includes(c))
            .map((c) => `+${c}`)
            .join(' ');
    }
    catch {
        return '';
    }
}
function run(program, args, input) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)(program, args, { timeout: 15_000, killSignal: 'SIGKILL', env: (0,_plan_unit_env_js__WEBPACK_IMPORTED_MODULE_5__/* .scrubbedEnv */ .wS)(process.env) }, (error, _stdout, stderr) => {
            if (!error)
                return resolve();
            reject(new Error(`${program} ${args.join(' ')}: ${String(stderr).trim() || error.message}`, {
                cause: error,
            }));
        });
        // A command that exits without reading (mkdir, chown) closes the pipe: its status tells, not EPIPE.
        child.stdin?.on('error', () => undefined);
        child.stdin?.end(input ?? '');
    });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 4524:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ openRegistry)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _cleanup_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(69348);
/* harmony import */ var _process_table_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37032);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3669);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_cleanup_js__WEBPACK_IMPORTED_MODULE_1__, _process_table_js__WEBPACK_IMPORTED_MODULE_2__]);
([_cleanup_js__WEBPACK_IMPORTED_MODULE_1__, _process_table_js__WEBPACK_IMPORTED_MODULE_2__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);
// Starts a run's registry, after cleaning up what a dead earlier run in the same state dir left.




/**
 * Cleans up what an earlier run in this state dir left behind (a SIGKILLed runner, say), then
 * starts this run's registry. Another run still alive in the same state dir is an error. From
 * the first line on, a write that fails for the state dir goes to `fault` (the run stops).
 */
async function openRegistry(plan, notice, fault) {
    // Chooses the process table (and rejects a bad TESTWARDEN_PROCESS_TABLE) before anything runs.
    (0,_process_table_js__WEBPACK_IMPORTED_MODULE_2__/* .processTable */ .oI)();
    const registry = new _registry_js__WEBPACK_IMPORTED_MODULE_3__/* .Registry */ .OR(plan.state.root);
    const left = await (0,_cleanup_js__WEBPACK_IMPORTED_MODULE_1__/* .cleanupStateDir */ .D)(plan.state.root);
    if (left.runnerAlive) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--state-dir: another testwarden run (pid ${left.runnerAlive.pid}) is using ${JSON.stringify(plan.state.root)}; give this run its own state dir`);
    }
    const removed = left.processes.length + left.containers.length;
    if (removed > 0)
        notice('warning', `removed ${removed} process(es)/container(s) left by an earlier run in this state dir`);
    for (const e of left.ignored)
        notice('warning', `left alone ${e.kind} ${JSON.stringify(e.target)} named in the registry of an earlier run: ${e.why}`);
    for (const w of left.warnings)
        notice('warning', w);
    registry.onWriteError = fault.record;
    try {
        registry.begin({
            kind: 'run',
            runId: plan.runId,
            pid: process.pid,
            startTime: ownStartTime(),
            at: Date.now(),
        });
    }
    catch (error) {
        if (!fault.record(error, registry.path))
            throw error;
    }
    return registry;
}
function ownStartTime() {
    return (0,_process_table_js__WEBPACK_IMPORTED_MODULE_2__/* .startTimeOfPid */ .IH)(process.pid);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 10651:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ff: () => (/* binding */ sweeperFor),
/* harmony export */   Kr: () => (/* binding */ SWEEP_INTERVAL_MS)
/* harmony export */ });
/* unused harmony export ProcessSweeper */
/** How often a table without a marker scan is swept while units run (documented in docs/tracking.md). */
const SWEEP_INTERVAL_MS = {
    proc: 250,
    ps: 250,
    windows: 2000,
};
class ProcessSweeper {
    #table;
    #intervalMs;
    #listeners = new Set();
    #timer;
    #inFlight;
    #latest;
    constructor(table, intervalMs = SWEEP_INTERVAL_MS[table.kind]) {
        this.#table = table;
        this.#intervalMs = intervalMs;
    }
    /** The last sweep's result (undefined before the first). */
    get latest() {
        return this.#latest;
    }
    /** Calls `listener` after every sweep until the returned function is called; the first subscriber starts the timer. */
    subscribe(listener) {
        this.#listeners.add(listener);
        if (!this.#timer) {
            this.#timer = setInterval(() => void this.sweep(), this.#intervalMs);
            this.#timer.unref();
        }
        void this.sweep();
        return () => {
            this.#listeners.delete(listener);
            if (this.#listeners.size === 0 && this.#timer) {
                clearInterval(this.#timer);
                this.#timer = undefined;
            }
        };
    }
    /** One sweep now, or the one already under way. */
    sweep() {
        this.#inFlight ??= this.#table
            .listAsync()
            .then((list) => {
            this.#latest = list;
            for (const listener of this.#listeners)
                listener(list);
            return list;
        })
            .finally(() => {
            this.#inFlight = undefined;
        });
        return this.#inFlight;
    }
}
const sweepers = new WeakMap();
/** The one sweeper of a table in this process. */
function sweeperFor(table) {
    let sweeper = sweepers.get(table);
    if (!sweeper) {
        sweeper = new ProcessSweeper(table);
        sweepers.set(table, sweeper);
    }
    return sweeper;
}


/***/ }),

/***/ 26050:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ runAttempt)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var _descent_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(19314);
/* harmony import */ var _leak_scan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67927);
/* harmony import */ var _proc_table_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10467);
/* harmony import */ var _find_program_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(34860);
/* harmony import */ var _process_table_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(37032);
/* harmony import */ var _process_sweeper_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(10651);
/* harmony import */ var _terminate_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(58215);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_leak_scan_js__WEBPACK_IMPORTED_MODULE_2__, _process_table_js__WEBPACK_IMPORTED_MODULE_5__, _terminate_js__WEBPACK_IMPORTED_MODULE_7__]);
([_leak_scan_js__WEBPACK_IMPORTED_MODULE_2__, _process_table_js__WEBPACK_IMPORTED_MODULE_5__, _terminate_js__WEBPACK_IMPORTED_MODULE_7__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);
// Runs one attempt of a unit as the leader of its own process group: output to a log file, timeout and stop handling, and the end-of-unit leak sweep.









async function runAttempt(spec) {
    const startedAt = Date.now();
    const logFd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(spec.logPath, 'w');
    const table = (0,_process_table_js__WEBPACK_IMPORTED_MODULE_5__/* .processTable */ .oI)();
    const pidClock = table.kind === 'proc' ? (0,_proc_table_js__WEBPACK_IMPORTED_MODULE_3__/* .readPidClock */ .SK)() : undefined;
    if (spec.cgroup && spec.realProgram) {
        // The launcher would turn a missing program into exit 127; say it as plainly as spawn does.
        const problem = (0,_find_program_js__WEBPACK_IMPORTED_MODULE_4__/* .programProblem */ .c)(spec.realProgram, spec.env, spec.cwd);
        if (problem)
            return startFailed({ ...spec, program: spec.realProgram }, logFd, startedAt, new Error(problem));
    }
    let child;
    try {
        child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(spec.program, [...spec.args], {
            cwd: spec.cwd,
            env: spec.env,
            detached: true,
            windowsHide: true,
            stdio: ['ignore', logFd, logFd],
        });
    }
    catch (error) {
        return startFailed(spec, logFd, startedAt, error);
    }
    if (child.pid !== undefined)
        spec.onStarted?.();
    const spawnError = await Promise.race([
        new Promise((resolve) => child.once('error', resolve)),
        new Promise((resolve) => child.once('spawn', () => resolve(undefined))),
    ]);
    if (spawnError || child.pid === undefined) {
        return startFailed(spec, logFd, startedAt, spawnError ?? new Error('no pid'));
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(logFd);
    const pid = child.pid;
    // The leader's start time bounds the leak scan: nothing older can be the unit's.
    const sinceTicks = await leaderStartTime(pid, table);
    spec.onSpawn?.(pid, sinceTicks);
    const descent = watchDescent(spec, table, { pid, startTime: sinceTicks });
    let killReason;
    let termination;
    const terminateGroup = (why) => {
        killReason ??= why;
        // Without a marker scan, what left the group is reached through the recorded descendants.
        termination ??= (0,_terminate_js__WEBPACK_IMPORTED_MODULE_7__/* .terminate */ .MH)({
            pgid: pid,
            leaderStartTime: sinceTicks || undefined,
            processes: descent?.recorder.recorded,
        }, { graceMs: spec.graceMs, skipGrace: () => spec.stop.immediate });
    };
    spec.memory?.watch(pid, (peakBytes) => terminateGroup({ kind: 'memory', peakBytes, limitBytes: spec.memory?.limitBytes ?? 0 }));
    const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    // Infinity is `--timeout off`; Node's timers hold at most 2^31-1 ms (24.8 days).
    const timer = Number.isFinite(spec.timeoutMs)
        ? setTimeout(() => terminateGroup({ kind: 'timeout' }), Math.min(spec.timeoutMs, 2 ** 31 - 1))
        : undefined;
    const onStop = (reason) => {
        if (spec.stop.terminatesRunning)
            terminateGroup({ kind: 'stop', reason });
    };
    const unsubscribe = spec.stop.onRequest(onStop);
    if (spec.stop.terminatesRunning && spec.stop.reason)
        onStop(spec.stop.reason);
    const { code, signal } = await exited;
    spec.onExited?.();
    clearTimeout(timer);
    unsubscribe();
    if (termination)
        await termination;
    const durationMs = Date.now() - startedAt;
    const peakRssBytes = spec.memory?.unwatch() ?? 0;
    const marker = { runId: spec.runId, unitId: spec.unitId, pgid: pid, sinceTicks, pidClock };
    descent?.stop();
    const leaked = await sweepLeaks(spec, marker, table, descent?.recorder);
    spec.onSwept?.(pid, sinceTicks, leaked.every((l) => l.action === 'killed'));
    const end = attemptEnd(spec, code, signal, killReason, leaked);
    return { end, startedAt, durationMs, leaked, peakRssBytes };
}
function attemptEnd(spec, exitCode, signal, killReason, leaked) {
    if (killReason?.kind === 'timeout')
        return { outcome: 'timed-out', timeoutMs: spec.timeoutMs, exitCode, signal };
    if (killReason?.kind === 'stop')
        return { outcome: 'interrupted', reason: killReason.reason, exitCode, signal };
    if (killReason?.kind === 'memory') {
        const { limitBytes, peakBytes: peakRssBytes } = killReason;
        return { outcome: 'resource-exceeded', limitBytes, peakRssBytes, exitCode, signal };
    }
    if (exitCode !== 0)
        return { outcome: 'failed', exitCode, signal };
    if (spec.leaks === 'fail' && leaked.length > 0) {
        return { outcome: 'failed', exitCode, signal, leakedUnderFailPolicy: true };
    }
    return { outcome: 'passed', exitCode: 0, signal: null };
}
/**
 * What is still alive once the leader has exited is a leak: report it, then (unless the policy
 * is `warn`) SIGTERM, grace, SIGKILL, and scan again, since a leak may fork while dying.
 */
async function sweepLeaks(spec, marker, table, descent) {
    const found = new Map();
    const scan = () => {
        const now = descent ? (0,_leak_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .scanUnitDescent */ .IF)(descent, table) : (0,_leak_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .scanUnitProcesses */ .v6)(marker);
        if (descent)
            spec.onDescendants?.(marker.pgid, marker.sinceTicks, descent.takeNew());
        if (spec.cgroup) {
            // The cgroup also holds what escaped the marker (`env -i`) and the group (`setsid`).
            const known = new Set(now.map((p) => p.pid));
            for (const pid of spec.cgroup.pids()) {
                const p = known.has(pid) ? undefined : (0,_leak_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .describePid */ .pi)(pid);
                if (p)
                    now.push(p);
            }
        }
        for (const p of now)
            if (!found.has(p.pid))
                found.set(p.pid, p);
        return now;
    };
    let alive = scan();
    // A stopping run sweeps whatever the policy (nothing may outlive a shutdown), and inside the
    // cancel window: a leak gets at most a second of grace then.
    const stopping = spec.stop.terminatesRunning;
    const graceMs = stopping ? Math.min(spec.graceMs, 1000) : spec.graceMs;
    if (spec.leaks !== 'warn' || stopping) {
        for (let round = 0; round < 5 && alive.length > 0; round++) {
            await (0,_terminate_js__WEBPACK_IMPORTED_MODULE_7__/* .terminate */ .MH)({ pgid: marker.pgid, leaderStartTime: marker.sinceTicks || undefined, processes: alive }, { graceMs, skipGrace: () => spec.stop.immediate });
            // Processes forked during the sweep carry the marker too.
            alive = scan();
        }
        // Whatever still holds on in the cgroup ends in one atomic kill.
        if (spec.cgroup?.populated()) {
            await spec.cgroup.kill({ timeoutMs: 2000 });
            alive = scan();
        }
    }
    if (spec.cgroup && !spec.cgroup.populated())
        await spec.cgroup.remove();
    const stillAlive = new Set(alive.map((p) => p.pid));
    return [...found.values()].map((p) => ({
        kind: 'process',
        pid: p.pid,
        command: p.command,
        action: spec.leaks === 'warn' && !spec.stop.terminatesRunning
            ? 'left'
            : stillAlive.has(p.pid)
                ? 'kill-failed'
                : 'killed',
    }));
}
/** proc: read at once; other tables: one query (a Windows query takes a while: not on the event loop). */
async function leaderStartTime(pid, table) {
    if (table.kind === 'proc')
        return (0,_proc_table_js__WEBPACK_IMPORTED_MODULE_3__/* .readStat */ .BV)(pid)?.startTime ?? 0;
    if (table.kind === 'ps')
        return table.list([pid]).find((p) => p.pid === pid)?.startTime ?? 0;
    return (await table.listAsync([pid])).find((p) => p.pid === pid)?.startTime ?? 0;
}
/**
 * Without a marker scan, the unit's descendants are recorded from periodic sweeps while it
 * runs (docs/tracking.md gives the interval), so a daemon seen under it stays its own.
 */
function watchDescent(spec, table, leader) {
    if (table.environ)
        return undefined;
    const recorder = new _descent_js__WEBPACK_IMPORTED_MODULE_8__/* .DescentRecorder */ .P(leader, { groups: table.groups });
    const unsubscribe = (0,_process_sweeper_js__WEBPACK_IMPORTED_MODULE_6__/* .sweeperFor */ .Ff)(table).subscribe((sweep) => {
        if (recorder.record(sweep) > 0)
            spec.onDescendants?.(leader.pid, leader.startTime, recorder.takeNew());
    });
    return { recorder, stop: unsubscribe };
}
function startFailed(spec, logFd, startedAt, error) {
    const message = `testwarden: could not start ${JSON.stringify(spec.program)}: ${error.message}`;
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(logFd, `${message}\n`);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(logFd);
    }
    return {
        end: { outcome: 'failed', exitCode: null, signal: null, startError: message },
        startedAt,
        durationMs: Date.now() - startedAt,
        leaked: [],
        peakRssBytes: 0,
    };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 12400:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ trackingRecord),
/* harmony export */   t: () => (/* binding */ platformNotices)
/* harmony export */ });
/* harmony import */ var _process_table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37032);
/* harmony import */ var _process_sweeper_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10651);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_process_table_js__WEBPACK_IMPORTED_MODULE_0__]);
_process_table_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
// Says which tracking is in force (reports, the job summary, the console) and what this platform's table cannot do, once per run.


function trackingRecord(mode, table = (0,_process_table_js__WEBPACK_IMPORTED_MODULE_0__/* .processTable */ .oI)()) {
    const every = `${_process_sweeper_js__WEBPACK_IMPORTED_MODULE_1__/* .SWEEP_INTERVAL_MS */ .Kr[table.kind] / 1000} s`;
    const description = mode === 'cgroup'
        ? 'a cgroup per unit, with process groups and the /proc marker scan'
        : table.kind === 'proc'
            ? 'process groups and the /proc marker scan'
            : table.kind === 'ps'
                ? `process groups and descent recorded from ps every ${every} (no cgroups or marker scan here)`
                : `descent recorded from a CIM query every ${every}, trees ended with taskkill /F /T (no process groups, marker scan or grace period on Windows)`;
    return { mode, processTable: table.kind, description };
}
/** What the run should say once, before any unit, about this platform's limits. */
function platformNotices(table = (0,_process_table_js__WEBPACK_IMPORTED_MODULE_0__/* .processTable */ .oI)()) {
    const notices = [];
    if (table.kind === 'proc')
        return notices;
    table.list([process.pid]);
    if (table.problem)
        notices.push({
            level: 'warning',
            message: `the process table cannot be read (${table.problem}): only each unit's own process group can be ended, and leaks outside it are not found`,
        });
    const every = `${_process_sweeper_js__WEBPACK_IMPORTED_MODULE_1__/* .SWEEP_INTERVAL_MS */ .Kr[table.kind] / 1000} s`;
    if (table.kind === 'ps')
        notices.push({
            level: 'info',
            message: `no cgroups or marker scan on this platform: a unit's processes are its process group and what ps shows descending from it (swept every ${every}); a daemon re-parented before a sweep saw it is not found (docs/tracking.md)`,
        });
    if (table.kind === 'windows')
        notices.push({
            level: 'info',
            message: `Windows: a unit's processes are what a CIM query shows descending from it (every ${every}); they are ended with taskkill /F /T at once, so --grace-period has no effect; no process groups or marker scan (docs/tracking.md)`,
        });
    return notices;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ })

};
