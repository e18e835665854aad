export const id = 597;
export const ids = [597];
export const modules = {

/***/ 4597:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   main: () => (/* binding */ main)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _core_lifecycle_watchdog_args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6687);
/* harmony import */ var _core_lifecycle_watchdog_link_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8926);
/* harmony import */ var _core_lifecycle_watchdog_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1529);
/* harmony import */ var _core_report_build_report_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(141);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_core_lifecycle_watchdog_js__WEBPACK_IMPORTED_MODULE_3__]);
_core_lifecycle_watchdog_js__WEBPACK_IMPORTED_MODULE_3__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
// The hidden `__watchdog` subcommand, apart from the rest of the CLI: the detached watchdog a run starts loads only this and the watchdog's own code.





/** `argv` starts with the subcommand; bad flags are a usage error (exit 2) as for any command. */
async function main(argv, io) {
    let options;
    try {
        options = (0,_core_lifecycle_watchdog_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parseWatchdogArgv */ .lW)(argv.slice(1));
    }
    catch (error) {
        if (!(error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb))
            throw error;
        io.stderr(`testwarden: error: ${error.message}\n`);
        return _core_report_build_report_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.usage;
    }
    const abort = new AbortController();
    const removeSignals = io.onSignals?.(() => abort.abort());
    try {
        await (0,_core_lifecycle_watchdog_js__WEBPACK_IMPORTED_MODULE_3__/* .runWatchdog */ .xK)({ ...options, link: (0,_core_lifecycle_watchdog_link_js__WEBPACK_IMPORTED_MODULE_2__/* .linkFromStdio */ .o)(), signal: abort.signal });
    }
    finally {
        removeSignals?.();
    }
    return _core_report_build_report_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.ok;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 3288:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ startHeartbeat),
/* harmony export */   v: () => (/* binding */ HeartbeatListener)
/* harmony export */ });
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(643);

/** One beat: any byte from the runner shows that its event loop turns. */
const BEAT = 'beat\n';
/** The run ended normally: the watchdog leaves. */
const END = 'end';
/** The watchdog's request: stop the run, the runner has not beaten for the heartbeat timeout. */
const STOP_STUCK = 'stop runner-stuck';
/** Lines longer than this are not ours: dropped, so a stray writer cannot grow a buffer. */
const MAX_LINE = 64;
/**
 * Sends a beat now and then every `intervalMs` from an unref'd timer: the beat comes from the
 * event loop itself, so a loop blocked by a runaway synchronous call stops beating, and neither
 * the timer nor the pipes keep the runner alive. `onStopRequest` runs when the watchdog asks the
 * run to stop (it found the runner stuck, and the runner now reads the request).
 */
function startHeartbeat(link, options = {}) {
    const { toWatchdog, fromWatchdog } = link;
    // A watchdog that died closes its ends: writes fail with EPIPE, which is no reason to fail.
    toWatchdog.on('error', () => undefined);
    fromWatchdog.on('error', () => undefined);
    const send = (text) => {
        if (!toWatchdog.writableEnded && !toWatchdog.destroyed)
            toWatchdog.write(text);
    };
    readLines(fromWatchdog, (line) => {
        if (line === STOP_STUCK)
            options.onStopRequest?.('runner-stuck');
    });
    unref(toWatchdog);
    unref(fromWatchdog);
    send(BEAT);
    const timer = setInterval(() => send(BEAT), options.intervalMs ?? 1000);
    timer.unref();
    let stopping;
    return {
        stop({ flushMs = 1000 } = {}) {
            stopping ??= new Promise((resolve) => {
                clearInterval(timer);
                fromWatchdog.destroy();
                if (toWatchdog.writableEnded || toWatchdog.destroyed)
                    return resolve();
                const cap = setTimeout(resolve, flushMs);
                cap.unref();
                toWatchdog.end(`${END}\n`, () => {
                    clearTimeout(cap);
                    resolve();
                });
            });
            return stopping;
        },
    };
}
/** What the watchdog knows from the runner's pipe, read as it arrives. */
class HeartbeatListener {
    /** When the last byte arrived, on this process's monotonic clock. */
    lastBeatAt;
    /** The runner said `end`. */
    ended = false;
    /** End of file (or a read error): every copy of the runner's end is closed. */
    closed = false;
    #toRunner;
    #now;
    #link;
    #wake;
    constructor(link, now = () => node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__.performance.now()) {
        this.#now = now;
        this.#link = link;
        this.lastBeatAt = now();
        this.#toRunner = link.toRunner;
        this.#toRunner?.on('error', () => undefined);
        link.fromRunner.on('data', () => {
            this.lastBeatAt = this.#now();
        });
        readLines(link.fromRunner, (line) => {
            if (line === END) {
                this.ended = true;
                this.#wake?.();
            }
        });
        const close = () => {
            this.closed = true;
            this.#wake?.();
        };
        link.fromRunner.on('end', close);
        link.fromRunner.on('error', close);
        link.fromRunner.on('close', close);
    }
    /** Asks the runner to stop its run (it reads this only once its event loop turns again). */
    requestStop() {
        try {
            if (this.#toRunner && !this.#toRunner.destroyed)
                this.#toRunner.write(`${STOP_STUCK}\n`);
        }
        catch {
            // The runner's end is gone: the watchdog escalates anyway.
        }
    }
    /** Lets go of both pipes (they would keep the watchdog's process alive). */
    close() {
        this.#link.fromRunner.destroy();
        this.#link.toRunner?.destroy();
    }
    /** Resolves after `ms`, or at once when the runner says `end` or its pipe closes. */
    wait(ms, signal) {
        if (this.ended || this.closed || signal?.aborted)
            return Promise.resolve();
        return new Promise((resolve) => {
            const done = () => {
                clearTimeout(timer);
                signal?.removeEventListener('abort', done);
                this.#wake = undefined;
                resolve();
            };
            const timer = setTimeout(done, ms);
            this.#wake = done;
            signal?.addEventListener('abort', done, { once: true });
        });
    }
}
/** Calls `onLine` for each complete line of `stream` (utf8), dropping overlong ones. */
function readLines(stream, onLine) {
    let pending = '';
    stream.on('data', (chunk) => {
        pending += chunk.toString();
        let newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            onLine(pending.slice(0, newline));
            pending = pending.slice(newline + 1);
        }
        if (pending.length > MAX_LINE)
            pending = '';
    });
}
/** Sockets made by spawn can be unref'd; other streams (tests) have nothing to unref. */
function unref(stream) {
    stream.unref?.();
}


/***/ }),

/***/ 5348:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P2: () => (/* binding */ startTimeOf),
/* harmony export */   ak: () => (/* binding */ ProcessProbe),
/* harmony export */   jW: () => (/* binding */ isProcessAlive)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var _tracker_proc_table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(467);
/* harmony import */ var _tracker_process_table_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7032);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_tracker_process_table_js__WEBPACK_IMPORTED_MODULE_2__]);
_tracker_process_table_js__WEBPACK_IMPORTED_MODULE_2__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
// Names one process for good (pid + start time) and checks it is still that process, cheaply when asked again and again; through the platform's process table where /proc does not exist.



const onProc = () => (0,_tracker_process_table_js__WEBPACK_IMPORTED_MODULE_2__/* .processTable */ .oI)().kind === 'proc';
/** When the process started, in the process table's unit (clock ticks since boot on Linux); 0 when unknown. */
function startTimeOf(pid) {
    return onProc() ? ((0,_tracker_proc_table_js__WEBPACK_IMPORTED_MODULE_1__/* .readStat */ .BV)(pid)?.startTime ?? 0) : (0,_tracker_process_table_js__WEBPACK_IMPORTED_MODULE_2__/* .startTimeOfPid */ .IH)(pid);
}
/**
 * True while `pid` is alive and is still the process that started at `startTime` (a zombie
 * counts as gone). A start time of 0 (unknown) is checked by pid only.
 */
function isProcessAlive(pid, startTime) {
    if (!Number.isInteger(pid) || pid <= 0)
        return false;
    if (onProc())
        return (0,_tracker_proc_table_js__WEBPACK_IMPORTED_MODULE_1__/* .isSameProcessAlive */ .xk)(pid, startTime);
    if (startTime !== 0)
        return (0,_tracker_process_table_js__WEBPACK_IMPORTED_MODULE_2__/* .sameProcessAlive */ .bZ)(pid, startTime);
    return pidExists(pid);
}
function pidExists(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        // EPERM: alive, but another user's.
        return error.code === 'EPERM';
    }
}
/**
 * Asks "is that process still alive?" many times, cheaply. On Linux it keeps `/proc/<pid>/stat`
 * open and rereads it (one syscall): the open file stays bound to that very process, so once it
 * is reaped reads fail (ESRCH) even if the pid is handed out again. Elsewhere the start time is
 * checked once through the process table, then the pid is asked with signal 0: once it is gone
 * it stays gone for the probe (a pid reused between two asks would need the whole pid range
 * cycled in between).
 */
class ProcessProbe {
    #pid;
    #startTime;
    #proc = onProc();
    #fd;
    #gone = false;
    #buffer = Buffer.allocUnsafe(1024);
    constructor(pid, startTime) {
        this.#pid = pid;
        this.#startTime = startTime;
        if (!isProcessAlive(pid, startTime)) {
            this.#gone = true;
            return;
        }
        if (!this.#proc)
            return;
        try {
            this.#fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(`/proc/${pid}/stat`, 'r');
        }
        catch {
            this.#gone = true;
        }
        // Opened after the check: make sure the file is of the same process.
        if (!this.#gone && !this.alive())
            this.close();
    }
    alive() {
        return this.state() !== 'gone';
    }
    /**
     * `stopped`: alive but stopped by a signal (SIGSTOP, Ctrl-Z) or held by a debugger (`T`, `t`),
     * so it cannot run however long it waits. Without /proc a live process counts as running.
     */
    state() {
        if (this.#gone)
            return 'gone';
        if (!this.#proc) {
            if (!pidExists(this.#pid))
                this.#gone = true;
            return this.#gone ? 'gone' : 'running';
        }
        if (this.#fd === undefined)
            return 'gone';
        let state = '?';
        try {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(this.#fd, this.#buffer, 0, this.#buffer.length, 0);
            const stat = (0,_tracker_proc_table_js__WEBPACK_IMPORTED_MODULE_1__/* .parseStat */ .ky)(this.#pid, this.#buffer.toString('latin1', 0, n));
            if (stat === undefined || stat.startTime !== this.#startTime)
                this.#gone = true;
            else
                state = stat.state;
        }
        catch {
            this.#gone = true;
        }
        if (state === 'Z' || state === 'X')
            this.#gone = true;
        if (this.#gone)
            return 'gone';
        return state === 'T' || state === 't' ? 'stopped' : 'running';
    }
    close() {
        if (this.#fd !== undefined) {
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(this.#fd);
            }
            catch {
                // Closed already.
            }
            this.#fd = undefined;
        }
    }
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 8926:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ linkFromStdio)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
// The watchdog process's side of the heartbeat pipes: its stdin and stdout, when the runner made them (a socket or pipe; /dev/null or a terminal is no link).

/** The link over this process's stdin and stdout, or undefined when stdin is not a pipe. */
function linkFromStdio() {
    let stat;
    try {
        stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(0);
    }
    catch {
        return undefined;
    }
    if (!stat.isSocket() && !stat.isFIFO())
        return undefined;
    // A runner that is gone makes writes fail with EPIPE: never a reason for the watchdog to crash.
    process.stdout.on('error', () => undefined);
    return { fromRunner: process.stdin, toRunner: process.stdout };
}


/***/ }),

/***/ 8150:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ appendWatchdogLog)
/* harmony export */ });
/* unused harmony export WATCHDOG_LOG */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
// The watchdog's own record in the state dir: it has no terminal, so what it saw and did goes to watchdog.log, one line per event.


const WATCHDOG_LOG = 'watchdog.log';
/** Appends `<ISO time> watchdog <pid>: <message>`; never throws (a vanished state dir is no reason to fail). */
function appendWatchdogLog(stateDir, message) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(stateDir, WATCHDOG_LOG), `${new Date().toISOString()} watchdog ${process.pid}: ${message}\n`);
    }
    catch {
        // Nowhere left to write.
    }
}


/***/ }),

/***/ 1529:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   xK: () => (/* binding */ runWatchdog),
/* harmony export */   xx: () => (/* binding */ WATCHDOG_PID_FILE)
/* harmony export */ });
/* unused harmony export STOP_ANSWER_MS */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(643);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8500);
/* harmony import */ var _tracker_terminate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8215);
/* harmony import */ var _heartbeat_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3288);
/* harmony import */ var _process_identity_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5348);
/* harmony import */ var _watchdog_log_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8150);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_tracker_terminate_js__WEBPACK_IMPORTED_MODULE_4__, _process_identity_js__WEBPACK_IMPORTED_MODULE_6__]);
([_tracker_terminate_js__WEBPACK_IMPORTED_MODULE_4__, _process_identity_js__WEBPACK_IMPORTED_MODULE_6__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);
// The watchdog's loop (docs/cli.md, "Cleanup and the watchdog"): watches the runner over the heartbeat pipe and its /proc entry; cleans up after a runner that is gone, asks a stuck one to stop (and ends it if it cannot), waits for a stopped one, and leaves quietly when the run ends.








const WATCHDOG_PID_FILE = 'watchdog.pid';
/** A stuck runner gets this long (at most the heartbeat timeout) to answer the stop request. */
const STOP_ANSWER_MS = 10_000;
async function runWatchdog(options) {
    const { stateDir, runnerPid, runnerStartTime, heartbeatTimeoutMs } = options;
    const pollMs = options.pollMs ?? Math.max(20, Math.min(500, heartbeatTimeoutMs / 4));
    const answerMs = Math.min(STOP_ANSWER_MS, heartbeatTimeoutMs);
    const runner = new _process_identity_js__WEBPACK_IMPORTED_MODULE_6__/* .ProcessProbe */ .ak(runnerPid, runnerStartTime);
    let listener = options.link ? new _heartbeat_js__WEBPACK_IMPORTED_MODULE_5__/* .HeartbeatListener */ .v(options.link) : undefined;
    const log = (message) => (0,_watchdog_log_js__WEBPACK_IMPORTED_MODULE_7__/* .appendWatchdogLog */ .a)(stateDir, message);
    const now = () => node_perf_hooks__WEBPACK_IMPORTED_MODULE_2__.performance.now();
    log(`watching runner ${runnerPid}${options.runId ? ` (run ${options.runId})` : ''}, heartbeat timeout ${heartbeatTimeoutMs} ms${listener ? '' : '; no heartbeat pipe: only its death is noticed'}`);
    // The last moment the runner could not be blamed for silence: a beat, or seen stopped.
    let excusedAt = now();
    let askedAt;
    let stopped = false;
    let lastTick = now();
    const lost = async (cause) => {
        const quietMs = now() - Math.max(excusedAt, listener?.lastBeatAt ?? 0);
        // The cleanup's code (state dir, registry, containers) is loaded only when a runner is
        // lost: a watchdog whose run ends well never spends the CPU its tests run on to load it.
        const { handleRunnerLost } = await Promise.all(/* import() */[__webpack_require__.e(582), __webpack_require__.e(56), __webpack_require__.e(99)]).then(__webpack_require__.bind(__webpack_require__, 4099));
        const end = await handleRunnerLost({
            stateDir,
            runnerPid,
            runnerStartTime,
            runId: options.runId,
            cause,
            quietMs,
            graceMs: options.graceMs ?? 500,
            engine: options.engine,
        });
        return { kind: 'runner-lost', ...end };
    };
    try {
        for (;;) {
            if (options.signal?.aborted)
                return ended({ kind: 'stopped' }, log);
            if (listener?.ended)
                return ended({ kind: 'run-ended' }, log);
            const state = runner.state();
            if (state === 'gone' || listener?.closed) {
                // What the runner wrote comes before its end-of-file: read it all, so that a last `end`
                // (a runner that ended its run and exited at once) counts.
                if (listener)
                    await drain(listener);
                if (listener?.ended)
                    return ended({ kind: 'run-ended' }, log);
                // Only the runner holds its end: end-of-file means it is exiting, and its /proc entry
                // follows within moments. A runner still alive after that broke the pipe, not died.
                if (state === 'gone' || (await (0,_tracker_terminate_js__WEBPACK_IMPORTED_MODULE_4__/* .pollUntil */ .g3)(() => !runner.alive(), Date.now() + 1000)))
                    return await lost('runner-gone');
                log('the heartbeat pipe closed but the runner lives: only its death is noticed from now on');
                listener?.close();
                listener = undefined;
                continue;
            }
            const at = now();
            // This process itself was stopped or starved: it cannot tell whether the runner beat.
            if (at - lastTick > pollMs + Math.max(1000, heartbeatTimeoutMs / 2))
                excusedAt = at;
            lastTick = at;
            if (state === 'stopped') {
                if (!stopped)
                    log(`runner ${runnerPid} is stopped (SIGSTOP, Ctrl-Z or a debugger): waiting`);
                stopped = true;
                excusedAt = at;
                if (askedAt !== undefined)
                    askedAt = at;
            }
            else if (stopped) {
                log(`runner ${runnerPid} continues`);
                stopped = false;
                excusedAt = at;
            }
            if (listener && state === 'running') {
                const end = await checkSilence(listener, at);
                if (end)
                    return end;
            }
            await (listener ? listener.wait(pollMs, options.signal) : sleep(pollMs, options.signal));
        }
    }
    finally {
        listener?.close();
        runner.close();
        releasePidFile(stateDir);
    }
    /** Asks a runner silent for the timeout to stop; one that does not answer in time is stuck. */
    async function checkSilence(beats, at) {
        if (askedAt !== undefined && beats.lastBeatAt > askedAt) {
            log(`runner ${runnerPid} answers again; it stops its run itself`);
            askedAt = undefined;
            excusedAt = at;
        }
        const quietMs = at - Math.max(excusedAt, beats.lastBeatAt);
        if (askedAt === undefined && quietMs >= heartbeatTimeoutMs) {
            // Beats that arrived while this loop slept are read before the verdict.
            await new Promise((resolve) => setImmediate(resolve));
            if (now() - beats.lastBeatAt < heartbeatTimeoutMs)
                return undefined;
            beats.requestStop();
            askedAt = now();
            log(`runner ${runnerPid} sent no heartbeat for ${Math.round(quietMs)} ms and is not stopped: asked it to stop the run (runner-stuck); ending it in ${answerMs} ms without an answer`);
        }
        else if (askedAt !== undefined && at - askedAt >= answerMs) {
            await new Promise((resolve) => setImmediate(resolve));
            if (beats.lastBeatAt > askedAt)
                return undefined;
            return lost('runner-stuck');
        }
        return undefined;
    }
}
/** Waits (at most a second) for the runner's end-of-file, reading everything before it. */
async function drain(listener) {
    const deadline = Date.now() + 1000;
    while (!listener.closed && Date.now() < deadline)
        await listener.wait(50);
}
async function sleep(ms, signal) {
    try {
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_3__.setTimeout)(ms, undefined, { signal });
    }
    catch {
        // Aborted: reported at the top of the loop.
    }
}
function ended(end, log) {
    log(end.kind === 'run-ended'
        ? 'the run ended; leaving'
        : 'asked to stop; leaving without cleaning up');
    return end;
}
/** Removes the pid file when it names this process (a file naming another watchdog is left alone). */
function releasePidFile(stateDir) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(stateDir, WATCHDOG_PID_FILE);
    try {
        const recorded = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
        if (recorded.pid === process.pid)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(path);
    }
    catch {
        // Missing, unreadable or already removed.
    }
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

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


/***/ })

};
