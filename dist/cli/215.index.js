export const id = 215;
export const ids = [215];
export const modules = {

/***/ 7332:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ readProcStat),
/* harmony export */   i: () => (/* binding */ ProcessScanner)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var _tracker_proc_table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(467);
/* harmony import */ var _read_kernel_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3519);
// One pass over /proc per unit sample that skips processes known to be older than every watched unit: opening /proc files is what costs, and those processes cannot belong to a unit.



function readProcStat(pid) {
    _tracker_proc_table_js__WEBPACK_IMPORTED_MODULE_1__/* .procReads */ .Ug.count += 1;
    const text = (0,_read_kernel_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readKernelFile */ .w2)(`/proc/${pid}/stat`, 4096);
    return text === undefined ? undefined : (0,_tracker_proc_table_js__WEBPACK_IMPORTED_MODULE_1__/* .parseStat */ .ky)(pid, text);
}
class ProcessScanner {
    fullEvery;
    /** pid → start time of processes that started before the horizon: not read again while they live. */
    older = new Map();
    horizon = 0;
    scans = 0;
    /** @param fullEvery every this many scans everything is read again (bounds the harm of a pid reused between two scans). */
    constructor(fullEvery = 60) {
        this.fullEvery = fullEvery;
    }
    /**
     * Every process that started at or after `horizon` (clock ticks since boot, /proc/<pid>/stat
     * field 22): a unit's processes all started no earlier than its leader, so the oldest watched
     * leader's start time is a safe horizon. Pass 0 to read every process.
     */
    scan(horizon) {
        this.scans += 1;
        if (horizon < this.horizon || this.scans % this.fullEvery === 0)
            this.older.clear();
        this.horizon = horizon;
        let names;
        try {
            names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)('/proc');
        }
        catch {
            return [];
        }
        const found = [];
        const alive = new Set();
        for (const name of names) {
            const c = name.charCodeAt(0);
            if (c < 48 || c > 57)
                continue;
            const pid = Number(name);
            alive.add(pid);
            if (this.older.has(pid))
                continue;
            const stat = readProcStat(pid);
            if (!stat)
                continue;
            if (stat.startTime < horizon)
                this.older.set(pid, stat.startTime);
            else
                found.push(stat);
        }
        // A pid that vanished may come back as another process: forget it.
        for (const pid of this.older.keys())
            if (!alive.has(pid))
                this.older.delete(pid);
        return found;
    }
}


/***/ }),

/***/ 3519:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CS: () => (/* binding */ parseKeyedNumbers),
/* harmony export */   w2: () => (/* binding */ readKernelFile),
/* harmony export */   y3: () => (/* binding */ readNumberFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
// Reads small kernel files (/proc, cgroupfs) through one reused buffer: cheaper than readFileSync, which stats and allocates on every call.

const buffer = Buffer.allocUnsafe(64 * 1024);
/**
 * The file's text, at most `limit` bytes (kernel files read here are far below 64 KiB),
 * or undefined when it is missing or unreadable. Synchronous, so the shared buffer is safe.
 */
function readKernelFile(path, limit = buffer.length) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
    }
    catch {
        return undefined;
    }
    try {
        let length = 0;
        const max = Math.min(limit, buffer.length);
        while (length < max) {
            const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, length, max - length, null);
            if (read === 0)
                break;
            length += read;
        }
        return buffer.toString('latin1', 0, length);
    }
    catch {
        return undefined;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** A file holding one number (`memory.current`); `max` (cgroup v2's "no limit") is Infinity. */
function readNumberFile(path) {
    const text = readKernelFile(path, 64)?.trim();
    if (text === undefined || text === '')
        return undefined;
    if (text === 'max')
        return Infinity;
    const value = Number(text);
    return Number.isFinite(value) ? value : undefined;
}
/** Picks `key value` lines (memory.stat) or `Key: value kB` lines (meminfo) into numbers. */
function parseKeyedNumbers(text, keys) {
    const found = new Map();
    for (const line of text.split('\n')) {
        const space = line.search(/[:\s]/);
        if (space <= 0)
            continue;
        const key = line.slice(0, space);
        if (!keys.includes(key))
            continue;
        const value = Number.parseInt(line.slice(space + 1).replace(/^[:\s]+/, ''), 10);
        if (Number.isFinite(value))
            found.set(key, value);
    }
    return found;
}


/***/ }),

/***/ 2018:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iq: () => (/* binding */ childrenIndex),
/* harmony export */   T0: () => (/* binding */ pageSize),
/* harmony export */   c8: () => (/* binding */ treeMemory)
/* harmony export */ });
/* unused harmony exports readProcessTable, unitProcesses, sumRssBytes, rssOfPids */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var _process_scanner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7332);
// Memory of a unit's process tree: its processes found by process group and by parent links in one pass over /proc, and their resident memory summed.



/** The kernel's page size, from the auxiliary vector (AT_PAGESZ); arm64 machines may use 16 or 64 KiB. */
function readPageSize() {
    try {
        const auxv = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)('/proc/self/auxv');
        const wide = process.arch.endsWith('64');
        const step = wide ? 16 : 8;
        const little = (0,node_os__WEBPACK_IMPORTED_MODULE_0__.endianness)() === 'LE';
        for (let at = 0; at + step <= auxv.length; at += step) {
            const read = (offset) => wide
                ? Number(little ? auxv.readBigUInt64LE(offset) : auxv.readBigUInt64BE(offset))
                : little
                    ? auxv.readUInt32LE(offset)
                    : auxv.readUInt32BE(offset);
            const type = read(at);
            if (type === 0)
                break;
            if (type === 6)
                return read(at + step / 2);
        }
    }
    catch {
        // Not Linux, or /proc is hidden.
    }
    return 4096;
}
const pageSize = readPageSize();
/** Every process's stat in one pass over /proc (about 10 µs per process, mostly opening the file). */
function readProcessTable() {
    return new _process_scanner_js__WEBPACK_IMPORTED_MODULE_2__/* .ProcessScanner */ .i().scan(0);
}
/** Parent pid → children, built once per table and shared by every unit looked up in it. */
function childrenIndex(table) {
    const index = new Map();
    for (const stat of table) {
        const siblings = index.get(stat.ppid);
        if (siblings)
            siblings.push(stat);
        else
            index.set(stat.ppid, [stat]);
    }
    return index;
}
/**
 * The unit's processes: members of its process group, the leader, and every descendant of
 * either (a ppid walk catches `setsid` and `set -m` children while their parent lives; those
 * re-parented to init are only caught by a cgroup or the marker scan).
 */
function unitProcesses(table, query, children = childrenIndex(table)) {
    const found = new Map();
    const queue = table.filter((s) => s.pgrp === query.pgid || s.pid === query.leaderPid);
    while (queue.length > 0) {
        const stat = queue.pop();
        if (found.has(stat.pid))
            continue;
        found.set(stat.pid, stat);
        for (const child of children.get(stat.pid) ?? [])
            queue.push(child);
    }
    return [...found.values()];
}
/** Resident memory of these processes, summed (shared pages count once per process, as `ps` shows them). */
function sumRssBytes(stats) {
    let pages = 0;
    for (const stat of stats)
        if (Number.isFinite(stat.rssPages))
            pages += stat.rssPages;
    return pages * pageSize;
}
/** Resident memory of a given set of pids (those gone count as zero). */
function rssOfPids(pids) {
    const stats = [];
    for (const pid of pids) {
        const stat = readProcStat(pid);
        if (stat)
            stats.push(stat);
    }
    return sumRssBytes(stats);
}
/** A unit's tree memory now: its pids and their summed RSS; pass a table to share one /proc pass between units. */
function treeMemory(query, table = readProcessTable(), children) {
    const processes = unitProcesses(table, query, children);
    return { pids: processes.map((p) => p.pid), rssBytes: sumRssBytes(processes) };
}


/***/ }),

/***/ 8091:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ createProcTable)
/* harmony export */ });
/* unused harmony export procInfo */
/* harmony import */ var _monitor_tree_memory_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2018);
/* harmony import */ var _proc_table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(467);
// The Linux table: /proc/<pid>/stat read directly (1–3 ms for a few hundred processes); command lines are read only for the processes a caller names.


function procInfo(stat, withCommand = false) {
    return {
        pid: stat.pid,
        ppid: stat.ppid,
        pgrp: stat.pgrp,
        startTime: stat.startTime,
        zombie: stat.state === 'Z' || stat.state === 'X',
        rssBytes: Number.isFinite(stat.rssPages) ? stat.rssPages * _monitor_tree_memory_js__WEBPACK_IMPORTED_MODULE_0__/* .pageSize */ .T0 : 0,
        command: withCommand ? (0,_proc_table_js__WEBPACK_IMPORTED_MODULE_1__/* .readCommandLine */ .ye)(stat.pid, `[${stat.comm}]`) : undefined,
    };
}
function createProcTable() {
    let sweeps = 0;
    const list = (pids) => {
        sweeps += 1;
        if (pids) {
            const out = [];
            for (const pid of pids) {
                const stat = (0,_proc_table_js__WEBPACK_IMPORTED_MODULE_1__/* .readStat */ .BV)(pid);
                if (stat)
                    out.push(procInfo(stat, true));
            }
            return out;
        }
        return (0,_proc_table_js__WEBPACK_IMPORTED_MODULE_1__/* .listProcesses */ .O3)().map((stat) => procInfo(stat));
    };
    return {
        kind: 'proc',
        groups: true,
        environ: true,
        list,
        listAsync: (pids) => Promise.resolve(list(pids)),
        get sweeps() {
            return sweeps;
        },
        problem: undefined,
    };
}


/***/ }),

/***/ 467:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AC: () => (/* binding */ pidsBornSince),
/* harmony export */   BV: () => (/* binding */ readStat),
/* harmony export */   C3: () => (/* binding */ environHas),
/* harmony export */   O3: () => (/* binding */ listProcesses),
/* harmony export */   SK: () => (/* binding */ readPidClock),
/* harmony export */   Ug: () => (/* binding */ procReads),
/* harmony export */   jK: () => (/* binding */ hasProc),
/* harmony export */   ky: () => (/* binding */ parseStat),
/* harmony export */   oW: () => (/* binding */ readEnviron),
/* harmony export */   xk: () => (/* binding */ isSameProcessAlive),
/* harmony export */   ye: () => (/* binding */ readCommandLine)
/* harmony export */ });
/* unused harmony export pidMax */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
// Reads Linux /proc: a process's start time, group and state from `stat`, its command line and environment.

const hasProc = process.platform === 'linux' && safeExists('/proc/self/stat');
/** Reads of /proc made through this module (how tests prove another table left /proc alone). */
const procReads = { count: 0 };
function safeExists(path) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path);
        return true;
    }
    catch {
        return false;
    }
}
/** Parses `/proc/<pid>/stat`; the command may contain spaces and parentheses, so split after the last `)`. */
function parseStat(pid, text) {
    const open = text.indexOf('(');
    const close = text.lastIndexOf(')');
    if (open < 0 || close < open)
        return undefined;
    const rest = text.slice(close + 2).split(' ');
    // rest[0] is field 3 (state); field N is rest[N - 3].
    const num = (field) => Number(rest[field - 3]);
    return {
        pid,
        comm: text.slice(open + 1, close),
        state: rest[0] ?? '?',
        ppid: num(4),
        pgrp: num(5),
        session: num(6),
        startTime: num(22),
        rssPages: num(24),
    };
}
// One reused buffer: a stat line is well under 1 KiB, and scans read hundreds of them.
const statBuffer = Buffer.allocUnsafe(4096);
function readStat(pid) {
    procReads.count += 1;
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(`/proc/${pid}/stat`, 'r');
    }
    catch {
        return undefined;
    }
    try {
        const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, statBuffer, 0, statBuffer.length, 0);
        return parseStat(pid, statBuffer.toString('latin1', 0, n));
    }
    catch {
        return undefined;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** Every process's stat, cheap enough (about 1–3 ms for a few hundred) to call in a loop; `minPid`/`maxPid` skip the rest unread. */
function listProcesses(range) {
    const out = [];
    procReads.count += 1;
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)('/proc');
    }
    catch {
        return out;
    }
    for (const name of names) {
        const c = name.charCodeAt(0);
        if (c < 48 || c > 57)
            continue;
        const pid = Number(name);
        if (range && (pid < range.minPid || pid > range.maxPid))
            continue;
        const stat = readStat(pid);
        if (stat)
            out.push(stat);
    }
    return out;
}
/** The NUL-separated environment of a process, or undefined when it is gone or not ours to read. */
function readEnviron(pid) {
    procReads.count += 1;
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(`/proc/${pid}/environ`);
    }
    catch {
        return undefined;
    }
}
/** The command line as one string with spaces, or the comm name for kernel threads and zombies. */
function readCommandLine(pid, fallback = '') {
    procReads.count += 1;
    try {
        const raw = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(`/proc/${pid}/cmdline`, 'utf8');
        const text = raw.replace(/\0+$/, '').split('\0').join(' ');
        return text === '' ? fallback : text;
    }
    catch {
        return fallback;
    }
}
/** True while a process with this pid and start time is alive and not a zombie. */
function isSameProcessAlive(pid, startTime) {
    const stat = readStat(pid);
    return (stat !== undefined && stat.startTime === startTime && stat.state !== 'Z' && stat.state !== 'X');
}
/** Whether an environment block carries every `NAME=value` entry given. */
function environHas(environ, entries) {
    for (const entry of entries) {
        let from = 0;
        let found = false;
        for (;;) {
            const at = environ.indexOf(entry, from);
            if (at < 0)
                break;
            const startsEntry = at === 0 || environ[at - 1] === 0;
            const endsEntry = at + entry.length === environ.length || environ[at + entry.length] === 0;
            if (startsEntry && endsEntry) {
                found = true;
                break;
            }
            from = at + 1;
        }
        if (!found)
            return false;
    }
    return true;
}
function readPidClock() {
    procReads.count += 1;
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)('/proc/stat', 'latin1');
        const forks = Number(/^processes (\d+)/m.exec(stat)?.[1]);
        const lastPid = Number((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)('/proc/loadavg', 'latin1').trim().split(' ')[4]);
        return Number.isFinite(forks) && Number.isFinite(lastPid) ? { forks, lastPid } : undefined;
    }
    catch {
        return undefined;
    }
}
let pidMaxCache;
function pidMax() {
    if (pidMaxCache === undefined) {
        try {
            pidMaxCache = Number((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)('/proc/sys/kernel/pid_max', 'latin1').trim()) || 32768;
        }
        catch {
            pidMaxCache = 32768;
        }
    }
    return pidMaxCache;
}
/**
 * The pids a process started after `firstPid` was born can have, when that is knowable:
 * without a wrap of the pid counter they lie between `firstPid` and the last pid handed out,
 * and no wrap can have happened if fewer forks than the distance to pid_max took place.
 */
function pidsBornSince(firstPid, start) {
    const now = readPidClock();
    if (!start || !now)
        return undefined;
    const forks = now.forks - start.forks;
    if (firstPid + forks >= pidMax() || now.lastPid < firstPid)
        return undefined;
    return { minPid: firstPid, maxPid: now.lastPid };
}


/***/ }),

/***/ 7032:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IH: () => (/* binding */ startTimeOfPid),
/* harmony export */   RF: () => (/* binding */ findProcess),
/* harmony export */   bZ: () => (/* binding */ sameProcessAlive),
/* harmony export */   lZ: () => (/* binding */ withCommands),
/* harmony export */   oI: () => (/* binding */ processTable)
/* harmony export */ });
/* unused harmony exports PROCESS_TABLE_ENV, chooseProcessTableKind, useProcessTable */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _proc_process_table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8091);
/* harmony import */ var _ps_table_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6154);
// One interface over the machine's process table: Linux /proc, `ps` (macOS, and Linux when asked), Windows CIM; chosen once per process, by platform or TESTWARDEN_PROCESS_TABLE.



/** Forces a table (`proc`, `ps`); `ps` runs on Linux too, which is how the macOS table is tested. */
const PROCESS_TABLE_ENV = 'TESTWARDEN_PROCESS_TABLE';
/** The table this platform uses, unless the environment variable names another that runs here. */
function chooseProcessTableKind(platform, env) {
    const native = platform === 'win32' ? 'windows' : platform === 'linux' ? 'proc' : 'ps';
    const wanted = env[PROCESS_TABLE_ENV];
    if (wanted === undefined || wanted === '')
        return native;
    const allowed = platform === 'win32' ? ['windows'] : platform === 'linux' ? ['proc', 'ps'] : ['ps'];
    if (!allowed.includes(wanted)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${PROCESS_TABLE_ENV}: expected ${allowed.join(' or ')} on ${platform}, got ${JSON.stringify(wanted)}`);
    }
    return wanted;
}
// The Windows table (and its CSV parser) is loaded on Windows only, the one platform where
// `chooseProcessTableKind` can answer `windows`.
const windowsTable = process.platform === 'win32'
    ? (await Promise.all(/* import() */[__webpack_require__.e(175), __webpack_require__.e(752)]).then(__webpack_require__.bind(__webpack_require__, 5752))).createWindowsTable
    : undefined;
const factories = {
    proc: _proc_process_table_js__WEBPACK_IMPORTED_MODULE_1__/* .createProcTable */ .$,
    ps: _ps_table_js__WEBPACK_IMPORTED_MODULE_2__/* .createPsTable */ .im,
    windows: () => {
        if (windowsTable === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InternalError */ .Gd('the Windows process table runs on Windows only');
        return windowsTable();
    },
};
let current;
/** The table in force in this process; the first call validates the environment variable. */
function processTable() {
    current ??= factories[chooseProcessTableKind(process.platform, process.env)]();
    return current;
}
/** Replaces the table in force (tests inject one; undefined chooses again). */
function useProcessTable(table) {
    current = table;
}
/** The live (non-zombie) process with this pid, if any. */
function findProcess(pid, table = processTable()) {
    const found = table.list([pid]).find((p) => p.pid === pid);
    return found && !found.zombie ? found : undefined;
}
/** The process's start time in the table's unit, 0 when it is gone or unreadable. */
function startTimeOfPid(pid, table = processTable()) {
    return findProcess(pid, table)?.startTime ?? 0;
}
/** True while a live process has this pid and this start time. */
function sameProcessAlive(pid, startTime, table = processTable()) {
    return findProcess(pid, table)?.startTime === startTime;
}
/**
 * These processes with their command lines: full sweeps of `proc` and `ps` leave them out (they
 * cost as much as the rest of a sweep), so the few that a report names are looked up by pid in
 * one more query. A pid now held by another process (its start time changed) keeps no command.
 */
function withCommands(processes, table = processTable()) {
    const missing = processes.filter((p) => p.command === undefined).map((p) => p.pid);
    if (missing.length === 0)
        return [...processes];
    const named = new Map(table.list([...new Set(missing)]).map((p) => [p.pid, p]));
    return processes.map((p) => {
        const now = named.get(p.pid);
        return p.command === undefined && now?.startTime === p.startTime
            ? { ...p, command: now.command }
            : p;
    });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6154:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   im: () => (/* binding */ createPsTable)
/* harmony export */ });
/* unused harmony exports PS_FIELDS, SWEEP_FIELDS, psArgs, psEnv, parsePsLine, parsePsOutput */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
// The POSIX table without /proc (macOS): one `ps` per sweep, with fields Linux procps accepts too, so the same code runs and is tested on Linux.

/**
 * `stat` gives the state (Z: zombie), `rss` is in KiB, `lstart` the start time to the second
 * (stable from sweep to sweep, unlike `etime`, which macOS has only as `[[dd-]hh:]mm:ss` counted
 * from now), `command` comes last so spaces in it cannot shift the other fields. macOS and procps
 * both print `lstart` as `Sat Dec  5 16:49:43 2026` in the C locale; TZ=UTC makes it UTC.
 */
const PS_FIELDS = 'pid=,ppid=,pgid=,stat=,rss=,lstart=,command=';
/**
 * A sweep of every process leaves the command out: procps reads `cmdline` and `environ` of
 * every process for it (4 files a process instead of 2), macOS one more sysctl a process, and
 * a sweep wants only the tree. Command lines come from a second look-up of the few pids that
 * turn out to matter (see withCommands).
 */
const SWEEP_FIELDS = 'pid=,ppid=,pgid=,stat=,rss=,lstart=';
/**
 * `ps` arguments for every process, or with command lines (`-ww`: untruncated) for the given
 * pids. procps (Linux) reads every process for `-p` and only the named ones for `-q`, which
 * macOS's ps does not have; macOS's `-p` reads only the named ones.
 */
function psArgs(pids, platform = process.platform) {
    if (!pids)
        return ['-A', '-o', SWEEP_FIELDS];
    return ['-ww', '-o', PS_FIELDS, platform === 'linux' ? '-q' : '-p', pids.join(',')];
}
/** The environment `ps` runs with: the C locale and UTC make `lstart` parseable and stable. */
function psEnv(env = process.env) {
    return { PATH: env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C', TZ: 'UTC' };
}
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LINE = /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(\S+)\s+(\d+)\s+[A-Z][a-z]{2}\s+([A-Z][a-z]{2})\s+(\d{1,2})\s+(\d{2}):(\d{2}):(\d{2})\s+(\d{4})(?: (.*))?$/;
/** One line of `ps -o PS_FIELDS`; undefined when it does not have that shape. */
function parsePsLine(line) {
    const m = LINE.exec(line);
    if (!m)
        return undefined;
    const month = MONTHS.indexOf(m[6]);
    if (month < 0)
        return undefined;
    const seconds = Date.UTC(Number(m[11]), month, Number(m[7]), Number(m[8]), Number(m[9]), Number(m[10])) / 1000;
    const state = m[4];
    return {
        pid: Number(m[1]),
        ppid: Number(m[2]),
        pgrp: Number(m[3]),
        startTime: seconds,
        zombie: state.startsWith('Z') || state.startsWith('X'),
        rssBytes: Number(m[5]) * 1024,
        // Absent from a sweep's fields (SWEEP_FIELDS); a listing with commands always has one.
        command: m[12]?.trimEnd(),
    };
}
function parsePsOutput(text) {
    const out = [];
    for (const line of text.split('\n')) {
        const info = parsePsLine(line);
        if (info)
            out.push(info);
    }
    return out;
}
/** `ps -p` exits 1 when none of the pids exists: that is an empty answer, not a failure. */
function answer(stdout, status, error, stderr) {
    if (error)
        return { list: [], problem: `ps could not run: ${error.message}` };
    const list = parsePsOutput(stdout);
    if (status !== 0 && !(status === 1 && list.length === 0 && stderr.trim() === ''))
        return { list, problem: `ps exited with ${status}: ${stderr.trim().slice(0, 200)}` };
    return { list };
}
function createPsTable(program = 'ps') {
    let sweeps = 0;
    let problem;
    const settle = (result) => {
        problem = result.problem;
        return result.list;
    };
    return {
        kind: 'ps',
        groups: true,
        environ: false,
        list(pids) {
            if (pids?.length === 0)
                return [];
            sweeps += 1;
            const r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)(program, psArgs(pids), {
                env: psEnv(),
                encoding: 'utf8',
                maxBuffer: 256 * 1024 * 1024,
                stdio: ['ignore', 'pipe', 'pipe'],
            });
            return settle(answer(r.stdout ?? '', r.status, r.error, r.stderr ?? ''));
        },
        listAsync(pids) {
            if (pids?.length === 0)
                return Promise.resolve([]);
            sweeps += 1;
            return new Promise((resolve) => {
                const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(program, psArgs(pids), {
                    env: psEnv(),
                    stdio: ['ignore', 'pipe', 'pipe'],
                });
                const out = [];
                const err = [];
                child.stdout.on('data', (b) => out.push(b));
                child.stderr.on('data', (b) => err.push(b));
                let failed;
                child.once('error', (e) => {
                    failed = e;
                    resolve(settle(answer('', null, e, '')));
                });
                child.once('close', (status) => {
                    if (failed)
                        return;
                    const text = Buffer.concat(out).toString('utf8');
                    resolve(settle(answer(text, status, undefined, Buffer.concat(err).toString('utf8'))));
                });
            });
        },
        get sweeps() {
            return sweeps;
        },
        get problem() {
            return problem;
        },
    };
}


/***/ }),

/***/ 8215:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MH: () => (/* binding */ terminate),
/* harmony export */   g3: () => (/* binding */ pollUntil)
/* harmony export */ });
/* unused harmony exports groupIsOurs, targetAlive, signalTarget */
/* harmony import */ var _proc_table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(467);
/* harmony import */ var _process_table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7032);
/* harmony import */ var _windows_kill_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5358);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_process_table_js__WEBPACK_IMPORTED_MODULE_1__, _windows_kill_js__WEBPACK_IMPORTED_MODULE_2__]);
([_process_table_js__WEBPACK_IMPORTED_MODULE_1__, _windows_kill_js__WEBPACK_IMPORTED_MODULE_2__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);
// Ends process trees: SIGTERM to the group and the named pids, the grace period, then SIGKILL; pids are checked against their start time first (on Windows: taskkill, no grace period).



/** False when the group number now belongs to a process that is not the recorded leader. */
function groupIsOurs(target, table = (0,_process_table_js__WEBPACK_IMPORTED_MODULE_1__/* .processTable */ .oI)()) {
    if (target.pgid === undefined)
        return false;
    if (target.leaderStartTime === undefined)
        return true;
    const owner = table.kind === 'proc' ? (0,_proc_table_js__WEBPACK_IMPORTED_MODULE_0__/* .readStat */ .BV)(target.pgid) : (0,_process_table_js__WEBPACK_IMPORTED_MODULE_1__/* .findProcess */ .RF)(target.pgid, table);
    return owner === undefined || owner.startTime === target.leaderStartTime;
}
/** The named processes still alive with their recorded start time (one `ps` for all of them). */
function liveProcesses(target, table) {
    const named = target.processes ?? [];
    if (named.length === 0)
        return [];
    if (table.kind === 'proc')
        return named.filter((p) => (0,_proc_table_js__WEBPACK_IMPORTED_MODULE_0__/* .isSameProcessAlive */ .xk)(p.pid, p.startTime));
    const live = new Map(table
        .list(named.map((p) => p.pid))
        .filter((p) => !p.zombie)
        .map((p) => [p.pid, p.startTime]));
    return named.filter((p) => live.get(p.pid) === p.startTime);
}
/** Whether any live (non-zombie) process is left in the target. */
function targetAlive(target, table = (0,_process_table_js__WEBPACK_IMPORTED_MODULE_1__/* .processTable */ .oI)()) {
    if (liveProcesses(target, table).length > 0)
        return true;
    if (target.pgid === undefined || !groupIsOurs(target, table))
        return false;
    const pgid = target.pgid;
    if (table.kind === 'proc')
        return (0,_proc_table_js__WEBPACK_IMPORTED_MODULE_0__/* .listProcesses */ .O3)().some((p) => p.pgrp === pgid && p.state !== 'Z' && p.state !== 'X');
    if (table.kind === 'ps') {
        const members = table.list().filter((p) => p.pgrp === pgid);
        if (table.problem === undefined)
            return members.some((p) => !p.zombie);
    }
    // Without a readable table (or groups), the pid or group number is all that can be asked.
    try {
        process.kill(table.groups ? -pgid : pgid, 0);
        return true;
    }
    catch {
        return false;
    }
}
function signalTarget(target, signal, table = (0,_process_table_js__WEBPACK_IMPORTED_MODULE_1__/* .processTable */ .oI)()) {
    if (target.pgid !== undefined && groupIsOurs(target, table)) {
        try {
            process.kill(-target.pgid, signal);
        }
        catch {
            // ESRCH: the group is empty already.
        }
    }
    for (const p of liveProcesses(target, table)) {
        try {
            process.kill(p.pid, signal);
        }
        catch {
            // Gone since the check.
        }
    }
}
/** Polls `done` with a short, growing interval until it is true or `deadline` (ms since epoch) passes. */
async function pollUntil(done, deadline, stop) {
    let interval = 5;
    for (;;) {
        if (done())
            return true;
        if (Date.now() >= deadline || stop?.())
            return done();
        await new Promise((resolve) => setTimeout(resolve, Math.min(interval, Math.max(1, deadline - Date.now()))));
        interval = Math.min(interval * 2, 50);
    }
}
/**
 * SIGTERM, wait up to the grace period for everything to go, SIGKILL what is left, and wait
 * (bounded) for the kernel to finish. Returns true when nothing is left.
 */
async function terminate(target, options) {
    const table = (0,_process_table_js__WEBPACK_IMPORTED_MODULE_1__/* .processTable */ .oI)();
    if (table.kind === 'windows')
        return terminateOnWindows(target, table);
    if (!targetAlive(target))
        return true;
    if (options.graceMs > 0 && !options.skipGrace?.()) {
        signalTarget(target, 'SIGTERM');
        // A stopped process only acts on SIGTERM once continued.
        signalTarget(target, 'SIGCONT');
        const gone = await pollUntil(() => !targetAlive(target), Date.now() + options.graceMs, options.skipGrace);
        if (gone)
            return true;
    }
    signalTarget(target, 'SIGKILL');
    return pollUntil(() => !targetAlive(target), Date.now() + 2000);
}
/**
 * Windows: no groups, no SIGTERM for console programs. taskkill /F /T ends the leader's live
 * tree and each named process still carrying its start time; then the pids are polled.
 */
async function terminateOnWindows(target, table) {
    const leader = target.pgid === undefined ? undefined : { pid: target.pgid, startTime: target.leaderStartTime };
    const killed = await (0,_windows_kill_js__WEBPACK_IMPORTED_MODULE_2__/* .killOnWindows */ .D)({ leader, processes: target.processes }, table);
    if (killed.length === 0)
        return true;
    const started = new Map(killed.map((p) => [p.pid, p.startTime]));
    // One query per poll (it takes a while on Windows, so polls are naturally spaced out).
    const remaining = () => table.list([...started.keys()]).filter((p) => p.startTime === started.get(p.pid));
    return pollUntil(() => remaining().length === 0, Date.now() + 5000);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 5358:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ killOnWindows)
/* harmony export */ });
/* unused harmony export windowsKillList */
/* harmony import */ var _process_table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7032);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_process_table_js__WEBPACK_IMPORTED_MODULE_0__]);
_process_table_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];

/**
 * Which of the target's pids may be killed: one query checks every start time at once (a pid
 * reused by an unrelated process is left alone). A leader with no recorded start time is the
 * process testwarden holds a handle on, whose pid cannot be reused while the handle is open.
 */
function windowsKillList(target, table = (0,_process_table_js__WEBPACK_IMPORTED_MODULE_0__/* .processTable */ .oI)()) {
    const named = [
        ...(target.leader ? [target.leader.pid] : []),
        ...(target.processes ?? []).map((p) => p.pid),
    ];
    if (named.length === 0)
        return [];
    const live = new Map(table.list(named).map((p) => [p.pid, p.startTime]));
    const found = [];
    const leader = target.leader;
    const now = leader && live.get(leader.pid);
    if (leader && now !== undefined && (!leader.startTime || now === leader.startTime))
        found.push({ pid: leader.pid, startTime: now });
    for (const p of target.processes ?? [])
        if (live.get(p.pid) === p.startTime && !found.some((f) => f.pid === p.pid))
            found.push(p);
    return found;
}
/** Kills the target's verified processes with their trees; returns those it asked taskkill to end. */
async function killOnWindows(target, table = (0,_process_table_js__WEBPACK_IMPORTED_MODULE_0__/* .processTable */ .oI)()) {
    const found = windowsKillList(target, table);
    if (found.length > 0)
        await table.killTrees?.(found.map((p) => p.pid));
    return found;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ })

};
