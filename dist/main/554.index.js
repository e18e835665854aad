export const id = 554;
export const ids = [554];
export const modules = {

/***/ 4554:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  handleRunnerLost: () => (/* binding */ handleRunnerLost)
});

// UNUSED EXPORTS: describeLoss, markRunnerLost

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/core/checkpoint/checkpoint-file.js + 4 modules
var checkpoint_file = __webpack_require__(7829);
// EXTERNAL MODULE: ./lib/core/checkpoint/checkpoint-format.js
var checkpoint_format = __webpack_require__(2111);
// EXTERNAL MODULE: ./lib/core/checkpoint/run-checkpoint.js + 3 modules
var run_checkpoint = __webpack_require__(4130);
// EXTERNAL MODULE: ./lib/core/tracker/cleanup.js + 3 modules
var cleanup = __webpack_require__(3131);
// EXTERNAL MODULE: ./lib/core/tracker/terminate.js + 1 modules
var terminate = __webpack_require__(6588);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./lib/core/state-lock.js
var state_lock = __webpack_require__(724);
;// CONCATENATED MODULE: ./lib/core/lifecycle/cleanup-lock.js
// Cleaning up after a run that is gone (the watchdog, the Action's post step) starts by taking the state dir's lock: a live run or cleanup holding it is someone else's, and is left alone.



/**
 * Takes the lock, trying again for up to `waitMs`: the runner's lock is freed by the kernel as its
 * process ends, a moment after its heartbeat pipe closes, and a watchdog that is finishing its
 * own cleanup lets go within moments too. Anything holding it longer is live.
 */
async function lockForCleanup(stateDir, waitMs) {
    const deadline = Date.now() + waitMs;
    for (;;) {
        if (!(0,external_node_fs_.existsSync)(stateDir))
            return { kind: 'missing' };
        const held = await (0,state_lock/* lockStateDir */.S)(stateDir);
        if (held.locked)
            return { kind: 'locked', lock: held.lock };
        if (Date.now() >= deadline)
            return { kind: 'held', pid: held.pid };
        await (0,promises_.setTimeout)(100);
    }
}
/** The line said when a live holder is left alone. */
function heldByAnother(stateDir, pid) {
    const holder = pid ? ` (pid ${pid})` : '';
    return `another testwarden run or cleanup${holder} holds the state dir ${JSON.stringify(stateDir)}: nothing was cleaned up or marked (a run there first cleans up what an earlier one left)`;
}

// EXTERNAL MODULE: ./lib/core/lifecycle/process-identity.js
var process_identity = __webpack_require__(5348);
// EXTERNAL MODULE: ./lib/core/lifecycle/watchdog-log.js
var watchdog_log = __webpack_require__(8150);
;// CONCATENATED MODULE: ./lib/core/lifecycle/runner-lost.js
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
    const lock = await lockForCleanup(input.stateDir, runner === 'kill-failed' ? 0 : LOCK_WAIT_MS);
    const own = lock.kind === 'held' && runner === 'kill-failed' && lock.pid === input.runnerPid;
    if (lock.kind === 'held' && !own) {
        const lost = {
            cause: input.cause,
            quietMs: input.quietMs,
            ...(runner ? { runner } : {}),
            cleanup: { processes: [], containers: [], ignored: [], warnings: [] },
            checkpoint: 'held',
        };
        (0,watchdog_log/* appendWatchdogLog */.a)(input.stateDir, `${describeLoss(lost, input.runnerPid)}; ${heldByAnother(input.stateDir, lock.pid)}`);
        return lost;
    }
    (0,watchdog_log/* appendWatchdogLog */.a)(input.stateDir, lock.kind === 'locked'
        ? `took the state dir's lock (runner ${input.runnerPid} is gone)`
        : lock.kind === 'missing'
            ? 'the state dir is gone: cleaning up without its lock'
            : `runner ${input.runnerPid} could not be ended and holds the state dir's lock: cleaning up under it`);
    let cleanup;
    let checkpoint;
    try {
        cleanup = await cleanUp(input);
        const reason = input.cause === 'runner-stuck' ? 'runner-stuck' : 'runner-lost';
        checkpoint = markRunnerLost((0,external_node_path_.join)(input.stateDir, run_checkpoint/* CHECKPOINT_FILE */.S), input.runId, reason);
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
    (0,watchdog_log/* appendWatchdogLog */.a)(input.stateDir, describeLoss(lost, input.runnerPid));
    return lost;
}
/** How long the lock may take to come free after the runner's end (its process finishing its exit). */
const LOCK_WAIT_MS = 2000;
/** SIGKILL, only while the pid still has the runner's start time (a stuck loop runs no handler). */
async function endRunner(input) {
    const { runnerPid: pid, runnerStartTime: startTime } = input;
    if (!(0,process_identity/* isProcessAlive */.jW)(pid, startTime))
        return 'gone';
    try {
        process.kill(pid, 'SIGKILL');
    }
    catch {
        return (0,process_identity/* isProcessAlive */.jW)(pid, startTime) ? 'kill-failed' : 'gone';
    }
    const gone = await (0,terminate/* pollUntil */.g3)(() => !(0,process_identity/* isProcessAlive */.jW)(pid, startTime), Date.now() + 5000);
    return gone ? 'killed' : 'kill-failed';
}
async function cleanUp(input) {
    // Never this process, its parent or the runner (a runner that could not be ended is left).
    const exclude = [process.ppid, input.runnerPid];
    try {
        return await (0,cleanup/* cleanupStateDir */.D)(input.stateDir, {
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
    const read = (0,checkpoint_file/* readCheckpoint */.HQ)(path);
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
    (0,checkpoint_format/* markEnded */.oz)(checkpoint, { reason, unitIds: [] });
    try {
        (0,checkpoint_file/* writeCheckpoint */.Kp)(path, checkpoint);
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


/***/ })

};
