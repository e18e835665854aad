export const id = 755;
export const ids = [755];
export const modules = {

/***/ 7755:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCommand: () => (/* binding */ runCommand)
/* harmony export */ });
/* harmony import */ var _core_lifecycle_stop_token_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2898);
/* harmony import */ var _core_run_run_suite_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2517);
/* harmony import */ var _console_reporter_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4464);
/* harmony import */ var _resolve_cli_options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8316);
/* harmony import */ var _watchdog_command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7487);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_core_run_run_suite_js__WEBPACK_IMPORTED_MODULE_0__]);
_core_run_run_suite_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
// `testwarden run`: the resolved options, the console reporter and the signals around one runSuite.





/** Runs the suite; resolves to its exit code (errors are mapped by the program). */
async function runCommand(io, given, selection) {
    const { options } = (await (0,_resolve_cli_options_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveForCli */ ._)(given, selection)).resolved;
    const stop = new _core_lifecycle_stop_token_js__WEBPACK_IMPORTED_MODULE_4__/* .StopToken */ .y();
    const removeSignals = io.onSignals?.((signal) => stop.request(signal, { terminate: true }));
    const color = (0,_console_reporter_js__WEBPACK_IMPORTED_MODULE_1__/* .shouldColor */ .Tp)({ isTTY: io.isTTY }, io.env);
    const reporter = new _console_reporter_js__WEBPACK_IMPORTED_MODULE_1__/* .ConsoleReporter */ .l$({
        write: io.stdout,
        color,
        live: io.isTTY && io.env.TERM !== 'dumb',
        ...(io.columns ? { columns: io.columns } : {}),
        progressIntervalMs: options.progressIntervalMs === undefined
            ? _core_run_run_suite_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULTS */ .zY.progressIntervalMs
            : options.progressIntervalMs,
    });
    try {
        const watchdogCommand = (0,_watchdog_command_js__WEBPACK_IMPORTED_MODULE_3__/* .watchdogCommandForCli */ .c)();
        const report = await (0,_core_run_run_suite_js__WEBPACK_IMPORTED_MODULE_0__/* .runSuite */ .og)({
            ...options,
            ...(watchdogCommand ? { watchdogCommand } : {}),
            stop,
            reporters: [reporter],
        });
        return report.exitCode;
    }
    finally {
        reporter.close();
        removeSignals?.();
    }
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 7487:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ watchdogCommandForCli)
/* harmony export */ });
/* harmony import */ var _core_lifecycle_watchdog_args_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6687);
// How the CLI launches its own watchdog: the same node and the same entry script, with the hidden `__watchdog` subcommand.

function watchdogCommandForCli(entry = process.argv[1]) {
    // Without a script path (node -e, a REPL) there is nothing to re-run: no watchdog.
    if (entry === undefined || entry === '')
        return undefined;
    return { program: process.execPath, args: [entry, _core_lifecycle_watchdog_args_js__WEBPACK_IMPORTED_MODULE_0__/* .WATCHDOG_SUBCOMMAND */ .qu] };
}


/***/ }),

/***/ 4692:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ earlierAttemptLogs),
/* harmony export */   U: () => (/* binding */ nextRun)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _state_dir_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4772);
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

/***/ 7830:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ ContainerWatcher)
/* harmony export */ });
/* harmony import */ var _container_list_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7981);
/* harmony import */ var _container_proof_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7088);
/* harmony import */ var _container_tracking_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2737);



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

/***/ 6077:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ openUnitEndpoints)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/core/containers/docker-endpoint.js
var docker_endpoint = __webpack_require__(9782);
// EXTERNAL MODULE: ./lib/core/containers/api-get.js
var api_get = __webpack_require__(2633);
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
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./lib/core/containers/container-tracking.js
var container_tracking = __webpack_require__(2737);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
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
var external_node_net_ = __webpack_require__(7030);
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

/***/ 6253:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ startRunGuard)
/* harmony export */ });
/* unused harmony export HEARTBEAT_TIMEOUT_MS */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _heartbeat_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3288);
/* harmony import */ var _process_identity_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5348);
/* harmony import */ var _watchdog_process_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7913);
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

/***/ 2898:
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

/***/ 7913:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M5: () => (/* binding */ startWatchdog),
/* harmony export */   kc: () => (/* binding */ stopWatchdog)
/* harmony export */ });
/* unused harmony export readPidFile */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _tracker_proc_table_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(467);
/* harmony import */ var _tracker_terminate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8215);
/* harmony import */ var _process_identity_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5348);
/* harmony import */ var _watchdog_args_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6687);
/* harmony import */ var _watchdog_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1529);
/* harmony import */ var _plan_unit_env_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3528);
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

/***/ 8871:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M8: () => (/* binding */ MachineSampler)
});

// UNUSED EXPORTS: parseMeminfo, parseProcStatCpu

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./lib/core/monitor/cgroup-memory.js
var cgroup_memory = __webpack_require__(7294);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
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
var read_kernel_file = __webpack_require__(3519);
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

/***/ 9655:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ ResourceMonitor)
/* harmony export */ });
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(643);
/* harmony import */ var _machine_sampler_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8871);
/* harmony import */ var _sample_history_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1683);
/* harmony import */ var _thresholds_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2284);
/* harmony import */ var _unit_watch_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3308);
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
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5888);
/* harmony import */ var _machine_sampler_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8871);
/* harmony import */ var _resource_monitor_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9655);
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

/***/ 1683:
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

/***/ 2284:
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

/***/ 3308:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ UnitWatch)
/* harmony export */ });
/* harmony import */ var _cgroup_memory_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7294);
/* harmony import */ var _tracker_process_table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7032);
/* harmony import */ var _tracker_process_sweeper_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(651);
/* harmony import */ var _process_scanner_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7332);
/* harmony import */ var _tree_memory_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2018);
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

/***/ 5973:
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

/***/ 1513:
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

/***/ 2010:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ finishRun)
/* harmony export */ });
/* harmony import */ var _monitor_run_monitor_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7000);
/* harmony import */ var _plan_timings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5236);
/* harmony import */ var _report_build_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(141);
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

/***/ 5324:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ guardRun)
/* harmony export */ });
/* harmony import */ var _lifecycle_run_guard_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6253);
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

/***/ 6012:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D: () => (/* binding */ openCheckpoint),
  o: () => (/* binding */ openPresetAttempts)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/core/report/events.js
var events = __webpack_require__(5973);
// EXTERNAL MODULE: ./lib/core/run-config.js
var run_config = __webpack_require__(6881);
// EXTERNAL MODULE: ./lib/core/checkpoint/run-checkpoint.js + 3 modules
var run_checkpoint = __webpack_require__(4130);
// EXTERNAL MODULE: ./node_modules/shlex/shlex.js
var shlex = __webpack_require__(5637);
// EXTERNAL MODULE: ./lib/core/checkpoint/checkpoint-tests.js
var checkpoint_tests = __webpack_require__(410);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./lib/core/frameworks/preset.js
var frameworks_preset = __webpack_require__(1330);
// EXTERNAL MODULE: ./lib/core/frameworks/go-test-args.js
var go_test_args = __webpack_require__(8776);
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
var node_test = __webpack_require__(3741);
// EXTERNAL MODULE: ./lib/core/frameworks/run-discovery.js
var run_discovery = __webpack_require__(2827);
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
var tail_events = __webpack_require__(1167);
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
var presets = __webpack_require__(6310);
// EXTERNAL MODULE: ./lib/core/frameworks/reporters-dir.js
var reporters_dir = __webpack_require__(2877);
// EXTERNAL MODULE: ./lib/core/state-dir.js
var state_dir = __webpack_require__(4772);
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

/***/ 854:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ runLanes)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _monitor_run_monitor_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7000);
/* harmony import */ var _report_events_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5973);
/* harmony import */ var _report_failure_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2236);
/* harmony import */ var _report_slow_watch_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7779);
/* harmony import */ var _run_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6881);
/* harmony import */ var _unit_run_unit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8268);
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

/***/ 5100:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ openRunResources),
/* harmony export */   n: () => (/* binding */ closeRunResources)
/* harmony export */ });
/* harmony import */ var _containers_container_watcher_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7830);
/* harmony import */ var _containers_open_unit_endpoints_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6077);
/* harmony import */ var _monitor_run_monitor_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7000);
/* harmony import */ var _run_config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6881);
/* harmony import */ var _tracker_cgroup_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1026);
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

/***/ 2517:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   og: () => (/* binding */ runSuite),
/* harmony export */   zY: () => (/* reexport safe */ _run_config_js__WEBPACK_IMPORTED_MODULE_4__.z)
/* harmony export */ });
/* unused harmony export executePlan */
/* harmony import */ var _tracker_tracking_description_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2400);
/* harmony import */ var _lifecycle_stop_token_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(2898);
/* harmony import */ var _plan_plan_run_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1316);
/* harmony import */ var _plan_timings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5236);
/* harmony import */ var _report_events_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(5973);
/* harmony import */ var _report_output_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(940);
/* harmony import */ var _run_config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6881);
/* harmony import */ var _state_dir_fault_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1549);
/* harmony import */ var _tracker_open_registry_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4524);
/* harmony import */ var _finish_run_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2010);
/* harmony import */ var _guard_run_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5324);
/* harmony import */ var _open_checkpoint_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6012);
/* harmony import */ var _run_resources_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(5100);
/* harmony import */ var _run_lanes_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(854);
/* harmony import */ var _write_reports_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(2420);
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
/* harmony import */ var _tracker_cgroup_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1026);
/* harmony import */ var _tracker_cgroup_launch_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1148);
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

/***/ 2105:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ attemptCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _plan_command_template_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6961);
/* harmony import */ var _plan_unit_env_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3528);
/* harmony import */ var _state_dir_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4772);
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

/***/ 2494:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ watchContainers),
/* harmony export */   h: () => (/* binding */ checkContainers)
/* harmony export */ });
/* harmony import */ var _report_events_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5973);
/* harmony import */ var _run_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6881);
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
/* harmony import */ var _report_events_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5973);

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

/***/ 3720:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CE: () => (/* binding */ isolateInContainer),
/* harmony export */   F5: () => (/* binding */ dropEmptyJunit),
/* harmony export */   Ws: () => (/* binding */ endIsolatedContainer)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var _containers_container_isolation_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4818);
/* harmony import */ var _report_events_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5973);
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

/***/ 4109:
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
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/core/frameworks/run-discovery.js
var run_discovery = __webpack_require__(2827);
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
var read_test_events = __webpack_require__(4282);
// EXTERNAL MODULE: ./lib/core/report/events.js
var events = __webpack_require__(5973);
// EXTERNAL MODULE: ./lib/core/frameworks/test-results.js
var test_results = __webpack_require__(2022);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./lib/core/report/log-tail.js
var log_tail = __webpack_require__(8231);
// EXTERNAL MODULE: ./lib/core/text/control-chars.js
var control_chars = __webpack_require__(6);
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
    const fromJUnit = xml === undefined ? undefined : (await Promise.all(/* import() */[__webpack_require__.e(946), __webpack_require__.e(143), __webpack_require__.e(139)]).then(__webpack_require__.bind(__webpack_require__, 139))).countJUnit(xml);
    if (fromJUnit)
        return { tests: fromJUnit, source: 'junit' };
    if (fileSize(options.logPath) > 0) {
        const { countTapInFile } = await Promise.all(/* import() */[__webpack_require__.e(415), __webpack_require__.e(28)]).then(__webpack_require__.bind(__webpack_require__, 5028));
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
var attempt_isolation = __webpack_require__(3720);
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

/***/ 4129:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ runOneAttempt)
/* harmony export */ });
/* harmony import */ var _report_events_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5973);
/* harmony import */ var _attempt_cgroup_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6282);
/* harmony import */ var _attempt_command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2105);
/* harmony import */ var _attempt_containers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2494);
/* harmony import */ var _attempt_endpoint_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6583);
/* harmony import */ var _attempt_isolation_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3720);
/* harmony import */ var _attempt_tests_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(746);
/* harmony import */ var _attempt_test_level_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4109);
/* harmony import */ var _track_attempt_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3159);
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

/***/ 8268:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ runUnit)
/* harmony export */ });
/* harmony import */ var _report_events_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5973);
/* harmony import */ var _report_outcome_message_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2668);
/* harmony import */ var _attempt_logs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4692);
/* harmony import */ var _attempt_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4129);
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

/***/ 3159:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ trackAttempt)
/* harmony export */ });
/* harmony import */ var _run_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6881);
/* harmony import */ var _tracker_run_attempt_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6050);
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

/***/ 2420:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ writeReports)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _plan_plan_run_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1316);
/* harmony import */ var _report_output_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(940);
/* harmony import */ var _report_report_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1513);
/* harmony import */ var _report_write_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8039);
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
    const junit = asked.includes('--junit') ? await Promise.all(/* import() */[__webpack_require__.e(946), __webpack_require__.e(925), __webpack_require__.e(804)]).then(__webpack_require__.bind(__webpack_require__, 4804)) : undefined;
    const html = asked.includes('--report-html')
        ? await __webpack_require__.e(/* import() */ 932).then(__webpack_require__.bind(__webpack_require__, 1932))
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

/***/ 1549:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n8: () => (/* binding */ StateDirFault)
/* harmony export */ });
/* unused harmony exports StateDirError, stateDirError */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
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

/***/ 1148:
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

/***/ 4524:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ openRegistry)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _cleanup_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9348);
/* harmony import */ var _process_table_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7032);
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

/***/ 651:
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

/***/ 6050:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ runAttempt)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var _descent_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9314);
/* harmony import */ var _leak_scan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7927);
/* harmony import */ var _proc_table_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(467);
/* harmony import */ var _find_program_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4860);
/* harmony import */ var _process_table_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7032);
/* harmony import */ var _process_sweeper_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(651);
/* harmony import */ var _terminate_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8215);
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

/***/ 2400:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ trackingRecord),
/* harmony export */   t: () => (/* binding */ platformNotices)
/* harmony export */ });
/* harmony import */ var _process_table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7032);
/* harmony import */ var _process_sweeper_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(651);
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
