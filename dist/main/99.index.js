export const id = 99;
export const ids = [99];
export const modules = {

/***/ 8090:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ lockForCleanup),
/* harmony export */   o: () => (/* binding */ heldByAnother)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58500);
/* harmony import */ var _state_lock_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20724);
// Cleaning up after a run that is gone (the watchdog, the Action's post step) starts by taking the state dir's lock: a live run or cleanup holding it is someone else's, and is left alone.



/**
 * Takes the lock, trying again for up to `waitMs`: the runner's lock is freed by the kernel as its
 * process ends, a moment after its heartbeat pipe closes, and a watchdog that is finishing its
 * own cleanup lets go within moments too. Anything holding it longer is live.
 */
async function lockForCleanup(stateDir, waitMs) {
    const deadline = Date.now() + waitMs;
    for (;;) {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(stateDir))
            return { kind: 'missing' };
        const held = await (0,_state_lock_js__WEBPACK_IMPORTED_MODULE_2__/* .lockStateDir */ .S)(stateDir);
        if (held.locked)
            return { kind: 'locked', lock: held.lock };
        if (Date.now() >= deadline)
            return { kind: 'held', pid: held.pid };
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_1__.setTimeout)(100);
    }
}
/** The line said when a live holder is left alone. */
function heldByAnother(stateDir, pid) {
    const holder = pid ? ` (pid ${pid})` : '';
    return `another testwarden run or cleanup${holder} holds the state dir ${JSON.stringify(stateDir)}: nothing was cleaned up or marked (a run there first cleans up what an earlier one left)`;
}


/***/ }),

/***/ 24099:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   handleRunnerLost: () => (/* binding */ handleRunnerLost)
/* harmony export */ });
/* unused harmony exports markRunnerLost, describeLoss */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _checkpoint_checkpoint_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27829);
/* harmony import */ var _checkpoint_checkpoint_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4492);
/* harmony import */ var _checkpoint_run_checkpoint_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24130);
/* harmony import */ var _tracker_cleanup_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69348);
/* harmony import */ var _tracker_terminate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(58215);
/* harmony import */ var _cleanup_lock_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8090);
/* harmony import */ var _process_identity_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5348);
/* harmony import */ var _watchdog_log_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(78150);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_tracker_cleanup_js__WEBPACK_IMPORTED_MODULE_4__, _tracker_terminate_js__WEBPACK_IMPORTED_MODULE_5__, _process_identity_js__WEBPACK_IMPORTED_MODULE_7__]);
([_tracker_cleanup_js__WEBPACK_IMPORTED_MODULE_4__, _tracker_terminate_js__WEBPACK_IMPORTED_MODULE_5__, _process_identity_js__WEBPACK_IMPORTED_MODULE_7__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);
// What the watchdog does once the runner is lost (gone, or stuck and not answering): end a stuck runner, kill and remove everything the run left, record why in the checkpoint, log it.









/**
 * The state dir's lock comes first, so nothing of a live run is touched: the lost runner's lock
 * was freed by the kernel when its process ended (or was ended here), and a run or cleanup
 * holding it now is someone else's, left alone with a line in the log. Only a stuck runner that
 * could not be ended still holds its own lock; its leftovers are cleaned up under it, as it can
 * never act again.
 */
async function handleRunnerLost(input) {
    // First the runner: a stuck one that woke up mid-cleanup would start units into a torn-down run.
    const runner = input.cause === 'runner-stuck' ? await endRunner(input) : undefined;
    const lock = await (0,_cleanup_lock_js__WEBPACK_IMPORTED_MODULE_6__/* .lockForCleanup */ .$)(input.stateDir, runner === 'kill-failed' ? 0 : LOCK_WAIT_MS);
    const own = lock.kind === 'held' && runner === 'kill-failed' && lock.pid === input.runnerPid;
    if (lock.kind === 'held' && !own) {
        const lost = {
            cause: input.cause,
            quietMs: input.quietMs,
            ...(runner ? { runner } : {}),
            cleanup: { processes: [], containers: [], ignored: [], warnings: [] },
            checkpoint: 'held',
        };
        (0,_watchdog_log_js__WEBPACK_IMPORTED_MODULE_8__/* .appendWatchdogLog */ .a)(input.stateDir, `${describeLoss(lost, input.runnerPid)}; ${(0,_cleanup_lock_js__WEBPACK_IMPORTED_MODULE_6__/* .heldByAnother */ .o)(input.stateDir, lock.pid)}`);
        return lost;
    }
    (0,_watchdog_log_js__WEBPACK_IMPORTED_MODULE_8__/* .appendWatchdogLog */ .a)(input.stateDir, lock.kind === 'locked'
        ? `took the state dir's lock (runner ${input.runnerPid} is gone)`
        : lock.kind === 'missing'
            ? 'the state dir is gone: cleaning up without its lock'
            : `runner ${input.runnerPid} could not be ended and holds the state dir's lock: cleaning up under it`);
    let cleanup;
    let checkpoint;
    try {
        cleanup = await cleanUp(input);
        const reason = input.cause === 'runner-stuck' ? 'runner-stuck' : 'runner-lost';
        checkpoint = markRunnerLost((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(input.stateDir, _checkpoint_run_checkpoint_js__WEBPACK_IMPORTED_MODULE_3__/* .CHECKPOINT_FILE */ .S), input.runId, reason);
    }
    finally {
        if (lock.kind === 'locked')
            await lock.lock.release();
    }
    const lost = {
        cause: input.cause,
        quietMs: input.quietMs,
        ...(runner ? { runner } : {}),
        cleanup,
        checkpoint,
    };
    (0,_watchdog_log_js__WEBPACK_IMPORTED_MODULE_8__/* .appendWatchdogLog */ .a)(input.stateDir, describeLoss(lost, input.runnerPid));
    return lost;
}
/** How long the lock may take to come free after the runner's end (its process finishing its exit). */
const LOCK_WAIT_MS = 2000;
/** SIGKILL, only while the pid still has the runner's start time (a stuck loop runs no handler). */
async function endRunner(input) {
    const { runnerPid: pid, runnerStartTime: startTime } = input;
    if (!(0,_process_identity_js__WEBPACK_IMPORTED_MODULE_7__/* .isProcessAlive */ .jW)(pid, startTime))
        return 'gone';
    try {
        process.kill(pid, 'SIGKILL');
    }
    catch {
        return (0,_process_identity_js__WEBPACK_IMPORTED_MODULE_7__/* .isProcessAlive */ .jW)(pid, startTime) ? 'kill-failed' : 'gone';
    }
    const gone = await (0,_tracker_terminate_js__WEBPACK_IMPORTED_MODULE_5__/* .pollUntil */ .g3)(() => !(0,_process_identity_js__WEBPACK_IMPORTED_MODULE_7__/* .isProcessAlive */ .jW)(pid, startTime), Date.now() + 5000);
    return gone ? 'killed' : 'kill-failed';
}
async function cleanUp(input) {
    // Never this process, its parent or the runner (a runner that could not be ended is left).
    const exclude = [process.ppid, input.runnerPid];
    try {
        return await (0,_tracker_cleanup_js__WEBPACK_IMPORTED_MODULE_4__/* .cleanupStateDir */ .D)(input.stateDir, {
            force: true,
            graceMs: input.graceMs,
            exclude,
            runId: input.runId,
            ...(input.engine !== undefined ? { engine: input.engine } : {}),
        });
    }
    catch (error) {
        return {
            processes: [],
            containers: [],
            ignored: [],
            warnings: [`cleanup failed: ${error.message}`],
        };
    }
}
/**
 * Sets `reason` (`runner-lost` or `runner-stuck`) and `complete: false` in the checkpoint and
 * ends this run's history entry, so `status` says why the run stopped and `--resume` continues
 * it. A complete checkpoint, one whose run the runner had ended itself, an unreadable one and
 * one a later run has written are left as they are.
 */
function markRunnerLost(path, runId, reason = 'runner-lost') {
    const read = (0,_checkpoint_checkpoint_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readCheckpoint */ .HQ)(path);
    if (read.checkpoint === undefined)
        return read.warnings.length > 0 ? 'unreadable' : 'missing';
    const { checkpoint } = read;
    if (checkpoint.complete)
        return 'complete';
    if (runId !== undefined && checkpoint.runId !== runId)
        return 'other-run';
    const entry = checkpoint.runs?.findLast((r) => r.runId === checkpoint.runId);
    if (entry?.endedAt !== undefined)
        return 'ended';
    // With a stop reason the unit list does not matter: the run is not complete.
    (0,_checkpoint_checkpoint_format_js__WEBPACK_IMPORTED_MODULE_2__/* .markEnded */ .oz)(checkpoint, { reason, unitIds: [] });
    try {
        (0,_checkpoint_checkpoint_file_js__WEBPACK_IMPORTED_MODULE_1__/* .writeCheckpoint */ .Kp)(path, checkpoint);
        return 'marked';
    }
    catch {
        return 'write-failed';
    }
}
function describeLoss(lost, runnerPid) {
    const quiet = `${Math.round(lost.quietMs)} ms`;
    const why = lost.cause === 'runner-gone'
        ? `runner ${runnerPid} is gone`
        : `runner ${runnerPid} is stuck (no heartbeat for ${quiet}, not stopped, no answer to the stop request): ${{
            killed: 'ended it (SIGKILL)',
            gone: 'it ended by itself meanwhile',
            'kill-failed': 'could not end it',
        }[lost.runner ?? 'kill-failed']}`;
    const killed = lost.cleanup.processes.filter((p) => p.action === 'killed').length;
    const removed = lost.cleanup.containers.filter((c) => c.action === 'removed').length;
    const ignored = lost.cleanup.ignored.map((e) => `; ignored ${e.kind} ${JSON.stringify(e.target)} (${e.why})`);
    const warnings = lost.cleanup.warnings.length > 0 ? `; ${lost.cleanup.warnings.join('; ')}` : '';
    return `${why}: killed ${killed} process(es), removed ${removed} container(s); checkpoint ${lost.checkpoint}${ignored.join('')}${warnings}`;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ })

};
