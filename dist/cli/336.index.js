export const id = 336;
export const ids = [336];
export const modules = {

/***/ 7336:
/***/ ((module) => {

let p = process || {}, argv = p.argv || [], env = p.env || {}
let isColorSupported =
	!(!!env.NO_COLOR || argv.includes("--no-color")) &&
	(!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || ((p.stdout || {}).isTTY && env.TERM !== "dumb") || !!env.CI)

let formatter = (open, close, replace = open) =>
	input => {
		let string = "" + input, index = string.indexOf(close, open.length)
		return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close
	}

let replaceClose = (string, close, replace, index) => {
	let result = "", cursor = 0
	do {
		result += string.substring(cursor, index) + replace
		cursor = index + close.length
		index = string.indexOf(close, cursor)
	} while (~index)
	return result + string.substring(cursor)
}

let createColors = (enabled = isColorSupported) => {
	let f = enabled ? formatter : () => String
	return {
		isColorSupported: enabled,
		reset: f("\x1b[0m", "\x1b[0m"),
		bold: f("\x1b[1m", "\x1b[22m", "\x1b[22m\x1b[1m"),
		dim: f("\x1b[2m", "\x1b[22m", "\x1b[22m\x1b[2m"),
		italic: f("\x1b[3m", "\x1b[23m"),
		underline: f("\x1b[4m", "\x1b[24m"),
		inverse: f("\x1b[7m", "\x1b[27m"),
		hidden: f("\x1b[8m", "\x1b[28m"),
		strikethrough: f("\x1b[9m", "\x1b[29m"),

		black: f("\x1b[30m", "\x1b[39m"),
		red: f("\x1b[31m", "\x1b[39m"),
		green: f("\x1b[32m", "\x1b[39m"),
		yellow: f("\x1b[33m", "\x1b[39m"),
		blue: f("\x1b[34m", "\x1b[39m"),
		magenta: f("\x1b[35m", "\x1b[39m"),
		cyan: f("\x1b[36m", "\x1b[39m"),
		white: f("\x1b[37m", "\x1b[39m"),
		gray: f("\x1b[90m", "\x1b[39m"),

		bgBlack: f("\x1b[40m", "\x1b[49m"),
		bgRed: f("\x1b[41m", "\x1b[49m"),
		bgGreen: f("\x1b[42m", "\x1b[49m"),
		bgYellow: f("\x1b[43m", "\x1b[49m"),
		bgBlue: f("\x1b[44m", "\x1b[49m"),
		bgMagenta: f("\x1b[45m", "\x1b[49m"),
		bgCyan: f("\x1b[46m", "\x1b[49m"),
		bgWhite: f("\x1b[47m", "\x1b[49m"),

		blackBright: f("\x1b[90m", "\x1b[39m"),
		redBright: f("\x1b[91m", "\x1b[39m"),
		greenBright: f("\x1b[92m", "\x1b[39m"),
		yellowBright: f("\x1b[93m", "\x1b[39m"),
		blueBright: f("\x1b[94m", "\x1b[39m"),
		magentaBright: f("\x1b[95m", "\x1b[39m"),
		cyanBright: f("\x1b[96m", "\x1b[39m"),
		whiteBright: f("\x1b[97m", "\x1b[39m"),

		bgBlackBright: f("\x1b[100m", "\x1b[49m"),
		bgRedBright: f("\x1b[101m", "\x1b[49m"),
		bgGreenBright: f("\x1b[102m", "\x1b[49m"),
		bgYellowBright: f("\x1b[103m", "\x1b[49m"),
		bgBlueBright: f("\x1b[104m", "\x1b[49m"),
		bgMagentaBright: f("\x1b[105m", "\x1b[49m"),
		bgCyanBright: f("\x1b[106m", "\x1b[49m"),
		bgWhiteBright: f("\x1b[107m", "\x1b[49m"),
	}
}

module.exports = createColors()
module.exports.createColors = createColors


/***/ }),

/***/ 4464:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l$: () => (/* binding */ ConsoleReporter),
  hj: () => (/* binding */ describeLeak),
  Tp: () => (/* binding */ shouldColor)
});

// EXTERNAL MODULE: ./lib/core/format.js
var format = __webpack_require__(5888);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/picocolors/picocolors.js
var picocolors = __webpack_require__(7336);
// EXTERNAL MODULE: ./lib/core/report/log-tail.js
var log_tail = __webpack_require__(8231);
// EXTERNAL MODULE: ./lib/core/report/failure.js
var failure = __webpack_require__(2236);
// EXTERNAL MODULE: ./lib/core/report/outcome-message.js
var outcome_message = __webpack_require__(2668);
// EXTERNAL MODULE: ./lib/core/text/control-chars.js
var control_chars = __webpack_require__(6);
;// CONCATENATED MODULE: ./lib/core/report/failed-tests.js
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

// EXTERNAL MODULE: ./lib/core/report/test-counts-text.js
var test_counts_text = __webpack_require__(6429);
;// CONCATENATED MODULE: ./lib/cli/console-reporter.js
// Prints a run to a terminal or CI log: a line per finished unit, failed units' log tails, SLOW notices, leaks and a summary; on a terminal one live status line, elsewhere a progress line now and then.










/** Failed tests printed per unit; the rest are in the report JSON. */
const SHOWN_TESTS = 20;
/** Colour only on a TTY, never with NO_COLOR set (any value), forced with FORCE_COLOR. */
function shouldColor(stream, env) {
    if ('NO_COLOR' in env && env.NO_COLOR !== '')
        return false;
    if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== '')
        return true;
    return stream.isTTY === true && env.TERM !== 'dumb';
}
const LABEL = {
    passed: 'PASS',
    failed: 'FAIL',
    'timed-out': 'TIMEOUT',
    'resource-exceeded': 'MEMORY',
    interrupted: 'STOPPED',
    skipped: 'SKIP',
};
class ConsoleReporter {
    #o;
    #c;
    #progress = new RunProgress();
    #width = 1;
    #timer;
    /** Whether the live status line is on screen (it must be cleared before any other line). */
    #statusShown = false;
    constructor(options) {
        this.#o = { tailLines: 20, cwd: process.cwd(), ...options };
        this.#c = picocolors.createColors(options.color);
    }
    #line(text = '') {
        this.#o.write(`${this.#clearStatus()}${text}\n`);
    }
    #clearStatus() {
        if (!this.#statusShown)
            return '';
        this.#statusShown = false;
        return '\r\x1b[2K';
    }
    #drawStatus() {
        if (!this.#o.live || this.#timer === undefined)
            return;
        const columns = Math.max(20, this.#o.columns?.() ?? 80);
        const text = fitTo(statusLine(this.#progress.snapshot()), columns - 1);
        this.#o.write(`${this.#clearStatus()}${this.#c.dim(text)}`);
        this.#statusShown = true;
    }
    /** Stops the timer and takes the status line off the screen (also when the run ends in an error). */
    close() {
        clearInterval(this.#timer);
        this.#timer = undefined;
        const clear = this.#clearStatus();
        if (clear)
            this.#o.write(clear);
    }
    onRunStart(info) {
        this.#width = String(info.units.length).length;
        this.#progress.start(info.queued, info.jobs, info.estimates);
        const every = this.#o.live ? 1000 : this.#o.progressIntervalMs;
        if (every) {
            this.#timer = setInterval(() => {
                if (this.#o.live)
                    this.#drawStatus();
                else
                    this.#line(this.#c.dim(`progress: ${statusLine(this.#progress.snapshot())}`));
            }, every);
            this.#timer.unref();
        }
        const resumed = info.units.length - info.toRun;
        const what = resumed > 0
            ? `${info.toRun} of ${info.units.length} units to run`
            : `${info.units.length} units`;
        const state = (0,external_node_path_.relative)(this.#o.cwd, info.stateDir) || '.';
        const table = info.trackingRecord?.processTable;
        const via = table === 'ps' ? ' via ps' : table === 'windows' ? ' via a CIM query' : '';
        this.#line(this.#c.bold(`testwarden: ${what}, ${info.jobs} at a time (run ${info.runId}, ${info.tracking} tracking${via}, state in ${state})`));
        this.#drawStatus();
    }
    onUnitStart(unit) {
        this.#progress.unitStarted(unit.id);
        this.#drawStatus();
    }
    onUnitSlow(unit, overMs) {
        const pad = ' '.repeat(this.#width * 2 + 3);
        this.#line(`${pad} ${this.#c.yellow('SLOW')}    ${(0,control_chars/* plainLine */.h)(unit.id)} ${this.#c.dim(`[> ${(0,format/* formatDuration */.a3)(overMs)}]`)}`);
        this.#drawStatus();
    }
    onTestSlow(_unitId, test, overMs) {
        const pad = ' '.repeat(this.#width * 2 + 3);
        const name = (0,control_chars/* plainLine */.h)(test.titles.join(' > ') || test.file);
        this.#line(`${pad} ${this.#c.yellow('SLOW')}    ${this.#c.dim(`[> ${(0,format/* formatDuration */.a3)(overMs)}]`)} ${name} (${(0,control_chars/* plainLine */.h)(test.file)})`);
        this.#drawStatus();
    }
    onAttemptEnd(result, willRetry) {
        if (!willRetry)
            return;
        const why = (0,outcome_message/* describeEnd */.l)(result.end) ?? result.end.outcome;
        this.#line(`${' '.repeat(this.#width * 2 + 3)} ${this.#c.yellow('RETRY')}   ${(0,control_chars/* plainLine */.h)(result.unit.id)} (attempt ${result.attempt}: ${why})`);
    }
    onUnitEnd(result, progress) {
        this.#progress.unitEnded(result);
        const counter = `[${String(progress.done).padStart(this.#width)}/${progress.total}]`;
        const label = result.flaky ? 'FLAKY' : LABEL[result.outcome];
        const paint = this.#paint(result);
        const detail = result.message ? `  ${this.#c.dim((0,control_chars/* plainLine */.h)(result.message))}` : '';
        this.#line(`${this.#c.dim(counter)} ${paint(label.padEnd(7))} ${(0,control_chars/* plainLine */.h)(result.id)} ${this.#c.dim((0,format/* formatDuration */.a3)(result.durationMs))}${detail}`);
        for (const leak of result.leaked)
            this.#line(`        ${this.#c.yellow('leaked')} ${describeLeak(leak)}`);
        const tests = (0,failure/* isFailure */.N)(result) ? failedTests(result) : [];
        // A preset unit's failures as the framework reported them, instead of the log's last lines.
        for (const t of tests.slice(0, SHOWN_TESTS)) {
            this.#line(`        ${this.#c.red('✗')} ${(0,control_chars/* plainLine */.h)(t.name)}  ${this.#c.dim((0,control_chars/* plainLine */.h)(failedTestPlace(t)))}`);
            for (const l of t.message)
                this.#line(`            ${(0,control_chars/* plainLine */.h)(l)}`);
        }
        if (tests.length > SHOWN_TESTS)
            this.#line(this.#c.dim(`        …and ${tests.length - SHOWN_TESTS} more (testCases in the report JSON)`));
        if ((0,failure/* isFailure */.N)(result) && result.log && tests.length === 0) {
            const tail = (0,log_tail/* readTailLines */.m1)(result.log, this.#o.tailLines);
            if (tail.length > 0) {
                this.#line(this.#c.dim(`        ── last ${tail.length} lines of ${(0,external_node_path_.relative)(this.#o.cwd, result.log)} ──`));
                for (const l of tail)
                    this.#line(`        ${this.#c.dim('│')} ${l}`);
            }
        }
        if (((0,failure/* isFailure */.N)(result) || result.flaky) && result.attemptLogs) {
            for (const a of result.attemptLogs.slice(0, -1)) {
                const name = `${a.run > 1 ? `run ${a.run}, ` : ''}attempt ${a.attempt}`;
                this.#line(this.#c.dim(`        log of ${name}${a.outcome ? ` (${a.outcome})` : ''}: ${(0,control_chars/* plainLine */.h)((0,external_node_path_.relative)(this.#o.cwd, a.log))}`));
            }
        }
        this.#drawStatus();
    }
    onStopRequested(reason, immediate) {
        if (reason === 'fail-fast') {
            this.#line(this.#c.yellow('Stopping: failure limit reached; no new units start, running units finish.'));
        }
        else if (reason === 'runner-stuck' && !immediate) {
            this.#line(this.#c.yellow('Stopping (runner-stuck): the watchdog got no heartbeat for --heartbeat-timeout (the event loop was blocked); terminating running units.'));
        }
        else if (reason === 'state-dir-unwritable' && !immediate) {
            this.#line(this.#c.red('Stopping (state-dir-unwritable): the state dir can no longer be written; terminating running units and ending what they started.'));
        }
        else if (immediate) {
            this.#line(this.#c.red(`Stopping now (${reason} again): killing every unit without grace.`));
        }
        else {
            this.#line(this.#c.yellow(`Stopping (${reason}): terminating running units; send the signal again to kill at once.`));
        }
    }
    onNotice(level, message) {
        this.#line(level === 'warning' ? this.#c.yellow(`warning: ${message}`) : message);
    }
    onRunEnd(report) {
        this.close();
        const t = report.totals;
        // A flaky unit passed (on a retry or a resume): one of the passed, not beside them.
        const parts = [`${t.passed} passed`];
        if (t.flaky)
            parts.push(this.#c.yellow(`${t.flaky} of them flaky`));
        if (t.failed)
            parts.push(this.#c.red(`${t.failed} failed`));
        if (t.timedOut)
            parts.push(this.#c.red(`${t.timedOut} timed out`));
        if (t.resourceExceeded)
            parts.push(this.#c.red(`${t.resourceExceeded} over memory`));
        if (t.interrupted)
            parts.push(this.#c.yellow(`${t.interrupted} interrupted`));
        if (t.skipped)
            parts.push(`${t.skipped} skipped`);
        if (t.fromCheckpoint)
            parts.push(`${t.fromCheckpoint} from checkpoint`);
        this.#line();
        this.#line(this.#c.bold(`Units: ${parts.join(', ')} (${t.units} in all) in ${(0,format/* formatDuration */.a3)(report.durationMs)}`));
        this.#line(`Tests: ${(0,test_counts_text/* testCountsText */.I)(t.tests, (0,test_counts_text/* countsDetail */.G)(report.units))}`);
        const flaky = report.units.flatMap((u) => (u.testCases?.tests ?? []).filter((test) => test.flaky === true));
        if (flaky.length > 0) {
            this.#line(this.#c.yellow(`Flaky tests (failed, then passed on a retry or a resume): ${flaky.length}`));
            for (const test of flaky.slice(0, 20))
                this.#line(`  FLAKY   ${(0,control_chars/* plainLine */.h)([test.file, ...test.titles].join(' > '))}`);
            if (flaky.length > 20)
                this.#line(`  … and ${flaky.length - 20} more (see the report JSON)`);
        }
        if (t.leaked)
            this.#line(this.#c.yellow(`Leaks: ${t.leaked} process(es) or container(s) outlived their unit`));
        const peak = Math.max(0, ...report.units.map((u) => u.peakRssBytes));
        if (peak > 0)
            this.#line(`Peak memory of a unit: ${(0,format/* formatBytes */.z3)(peak)}`);
        const bad = report.units.filter(failure/* isFailure */.N);
        if (bad.length > 0) {
            this.#line(this.#c.red(`Did not pass:`));
            for (const u of bad)
                this.#line(`  ${LABEL[u.outcome].padEnd(7)} ${(0,control_chars/* plainLine */.h)(u.id)}${u.message ? ` — ${(0,control_chars/* plainLine */.h)(u.message)}` : ''}`);
        }
        const status = report.status === 'passed'
            ? this.#c.green('PASSED')
            : this.#c.red(report.status.toUpperCase());
        this.#line(`${status}${report.reason ? ` (${report.reason})` : ''}, exit code ${report.exitCode}`);
    }
    #paint(result) {
        if (result.flaky)
            return this.#c.yellow;
        if (result.outcome === 'passed')
            return this.#c.green;
        if (result.outcome === 'skipped' || result.outcome === 'interrupted')
            return this.#c.yellow;
        return this.#c.red;
    }
}
function fitTo(text, columns) {
    const chars = [...text];
    return chars.length <= columns ? text : `${chars.slice(0, columns - 1).join('')}…`;
}
function describeLeak(leak) {
    return leak.kind === 'process'
        ? `process ${leak.pid} (${leak.action}): ${leak.command}`
        : `container ${leak.name || leak.id.slice(0, 12)} (${leak.action}${leak.unattributed ? ', unattributed: it appeared while the unit ran but carries no proof the unit made it' : ''})`;
}


/***/ }),

/***/ 8316:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ resolveForCli)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./lib/core/zod-mini.js
var zod_mini = __webpack_require__(7892);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/config/config-keys.js
var config_keys = __webpack_require__(6271);
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
const profileSchema = zod_mini/* strictObject */.rej(Object.fromEntries(Object.entries(config_keys/* CONFIG_KEYS */.mC).map(([k, { kind }]) => [k, zod_mini/* optional */.lqM(KIND_SCHEMA[kind])])));
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
            const { key } = config_keys/* CONFIG_KEYS */.mC[k];
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
            : `one of ${Object.keys(config_keys/* CONFIG_KEYS */.mC).join(', ')}`;
        return `${path}${where}: unknown key ${issue.keys.map((k) => JSON.stringify(k)).join(', ')} (expected ${allowed})`;
    }
    if (top === 'profile' && profile !== undefined && key !== undefined && key in config_keys/* CONFIG_KEYS */.mC) {
        const value = data.profile?.[profile]?.[key];
        return `${path} [profile.${profile}] ${key}: expected ${KIND_FORM[config_keys/* CONFIG_KEYS */.mC[key].kind]}, got ${JSON.stringify(value)}`;
    }
    const where = issue.path.length > 0 ? ` ${issue.path.join('.')}` : '';
    return `${path}${where}: expected ${top === 'profile' ? 'a [profile.<name>] table' : 'only [profile.<name>] tables'} (${issue.message})`;
}

// EXTERNAL MODULE: ./lib/core/frameworks/presets/index.js + 7 modules
var presets = __webpack_require__(6310);
// EXTERNAL MODULE: ./lib/core/value-limits.js
var value_limits = __webpack_require__(8235);
// EXTERNAL MODULE: ./lib/core/plan/preset-batches.js
var preset_batches = __webpack_require__(2825);
// EXTERNAL MODULE: ./lib/core/plan/shard.js
var shard = __webpack_require__(59);
// EXTERNAL MODULE: ./lib/core/plan/units-of-measure.js
var units_of_measure = __webpack_require__(5985);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./lib/core/monitor/cgroup-memory.js
var cgroup_memory = __webpack_require__(7294);
// EXTERNAL MODULE: ./lib/core/monitor/read-kernel-file.js
var read_kernel_file = __webpack_require__(3519);
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
            : (0,units_of_measure/* parseDuration */.E9)(name('gracePeriod'), raw.gracePeriod),
        retries: raw.retries === undefined ? 0 : (0,units_of_measure/* parseInteger */.cG)(name('retries'), raw.retries, 0, value_limits/* MAX_RETRIES */.kd),
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
        (0,units_of_measure/* parseSize */.DB)(name('containerMemory'), raw.containerMemory);
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
        options.thresholdWindowMs = (0,units_of_measure/* parseDuration */.E9)(name('thresholdWindow'), raw.thresholdWindow);
    if (raw.maxMemoryPerTest !== undefined && !(0,units_of_measure/* isOff */.gK)(raw.maxMemoryPerTest))
        options.maxMemoryPerTestBytes = orOff(name('maxMemoryPerTest'), units_of_measure/* SIZE_FORM */.F$, raw.maxMemoryPerTest, () => (0,units_of_measure/* parseSize */.DB)(name('maxMemoryPerTest'), raw.maxMemoryPerTest));
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
    if (raw.maxFailures !== undefined && !(0,units_of_measure/* isOff */.gK)(raw.maxFailures))
        options.maxFailures = orOff(name('maxFailures'), 'a whole number >= 1', raw.maxFailures, () => (0,units_of_measure/* parseInteger */.cG)(name('maxFailures'), raw.maxFailures, 1));
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
    if ((0,units_of_measure/* isOff */.gK)(value))
        return Infinity;
    const ms = orOff(name, units_of_measure/* DURATION_FORM */.ec, value, () => (0,units_of_measure/* parseDuration */.E9)(name, value));
    if (ms <= 0)
        throw (0,errors/* invalidOption */.J0)(name, 'a duration above zero, or off', value);
    return ms;
}
/** A period above zero, or `off` (null). */
function periodOrOff(name, value) {
    if ((0,units_of_measure/* isOff */.gK)(value))
        return null;
    const ms = orOff(name, units_of_measure/* DURATION_FORM */.ec, value, () => (0,units_of_measure/* parseDuration */.E9)(name, value));
    if (ms <= 0)
        throw (0,errors/* invalidOption */.J0)(name, 'a duration above zero, or off', value);
    return ms;
}
/** A percentage, or `off` (null). */
function percentOrOff(name, value) {
    if ((0,units_of_measure/* isOff */.gK)(value))
        return null;
    return orOff(name, units_of_measure/* PERCENT_FORM */.JY, value, () => (0,units_of_measure/* parsePercent */.lo)(name, value));
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
    const ms = (0,units_of_measure/* parseDuration */.E9)(name, value);
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
        ? `${sources[k]} ${(0,config_keys/* configKeyOf */.lR)(k)}`
        : givenName(k);
    return { options: parseRunOptions(raw, name), raw, sources };
}

;// CONCATENATED MODULE: ./lib/cli/resolve-cli-options.js
// The options of `run` and `config`: the profile (from --config, or the nearest testwarden.toml) under the command line's options.





async function resolveForCli(given, selection) {
    const start = (0,external_node_path_.resolve)(given.cwd ?? '.');
    if (selection.file === false && selection.profile !== undefined)
        throw new errors/* UsageError */.eb('--profile: expected a config file to read it from, got --no-config');
    const path = selection.file === false
        ? undefined
        : selection.file !== undefined
            ? (0,external_node_path_.resolve)(selection.file)
            : findConfigFile(start);
    if (path === undefined && selection.profile !== undefined) {
        throw new errors/* UsageError */.eb(`--profile: expected a ${CONFIG_FILE} in ${start} or a folder above it up to the repository root, found none (got ${JSON.stringify(selection.profile)})`);
    }
    // The TOML parser loads only when there is a file to read.
    const file = path === undefined
        ? undefined
        : loadProfile(path, selection.profile, await __webpack_require__.e(/* import() */ 292).then(__webpack_require__.bind(__webpack_require__, 3292)));
    return { file, resolved: resolveRunOptions(given, file, cliName, 'command line') };
}


/***/ }),

/***/ 6271:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lR: () => (/* binding */ configKeyOf),
/* harmony export */   mC: () => (/* binding */ CONFIG_KEYS)
/* harmony export */ });
/* unused harmony export FLAG_KEYS */
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


/***/ }),

/***/ 4818:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SI: () => (/* binding */ stopContainer),
/* harmony export */   US: () => (/* binding */ describeEngineExit),
/* harmony export */   Yt: () => (/* binding */ ensureImage),
/* harmony export */   Z0: () => (/* binding */ buildIsolatedCommand)
/* harmony export */ });
/* unused harmony exports UNIT_ENV_NAMES, containerName */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2444);
/* harmony import */ var _container_tracking_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2737);
/* harmony import */ var _container_proof_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7088);
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

/***/ 8776:
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

/***/ 1330:
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

/***/ 6310:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $: () => (/* binding */ presetNamed)
});

// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/frameworks/preset.js
var preset = __webpack_require__(1330);
// EXTERNAL MODULE: ./lib/core/frameworks/go-test-args.js
var go_test_args = __webpack_require__(8776);
// EXTERNAL MODULE: ./lib/core/frameworks/run-discovery.js
var run_discovery = __webpack_require__(2827);
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
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
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
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./lib/core/frameworks/read-test-events.js
var read_test_events = __webpack_require__(4282);
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
var node_test = __webpack_require__(3741);
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

/***/ 3741:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E2: () => (/* binding */ nodeTestPreset),
/* harmony export */   g: () => (/* binding */ nodeSelectableTests)
/* harmony export */ });
/* unused harmony export NODE_TEST_PATTERNS */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _preset_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1330);
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
        const { glob } = await __webpack_require__.e(/* import() */ 382).then(__webpack_require__.bind(__webpack_require__, 3382));
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

/***/ 4282:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ readTestEvents)
/* harmony export */ });
/* harmony import */ var _tail_events_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1167);
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
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3136);
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

/***/ 2827:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ runDiscovery)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
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

/***/ 1167:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ EventsTail)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./lib/core/zod-mini.js
var zod_mini = __webpack_require__(7892);
// EXTERNAL MODULE: ./lib/core/frameworks/test-events.js
var test_events = __webpack_require__(1147);
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

/***/ 7294:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ readCgroupMemory),
/* harmony export */   Gm: () => (/* binding */ readCgroupUsage),
/* harmony export */   Ku: () => (/* binding */ parseProcCgroup),
/* harmony export */   b7: () => (/* binding */ parseMountinfo),
/* harmony export */   hq: () => (/* binding */ findOwnMemoryCgroup),
/* harmony export */   oe: () => (/* binding */ dirUnder)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _read_kernel_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3519);
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

/***/ 6961:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  je: () => (/* binding */ PLACEHOLDERS),
  Aq: () => (/* binding */ expandCommand),
  Nx: () => (/* binding */ parseCommandTemplate),
  rM: () => (/* binding */ shellProgram)
});

// EXTERNAL MODULE: ./node_modules/shlex/shlex.js
var shlex = __webpack_require__(5637);
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

/***/ 118:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ discoverUnits)
/* harmony export */ });
/* harmony import */ var _command_template_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6961);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1421);
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
    const { glob } = await __webpack_require__.e(/* import() */ 382).then(__webpack_require__.bind(__webpack_require__, 3382));
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

/***/ 1316:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RR: () => (/* binding */ checkCwd),
/* harmony export */   nY: () => (/* binding */ planRun),
/* harmony export */   nf: () => (/* binding */ checkProgram),
/* harmony export */   uk: () => (/* binding */ outputPaths)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var shlex__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5637);
/* harmony import */ var _containers_container_isolation_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4818);
/* harmony import */ var _containers_engine_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2444);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3828);
/* harmony import */ var _report_output_paths_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(940);
/* harmony import */ var _run_config_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6881);
/* harmony import */ var _state_dir_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4772);
/* harmony import */ var _state_lock_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(724);
/* harmony import */ var _tracker_run_id_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2779);
/* harmony import */ var _frameworks_reporters_dir_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2877);
/* harmony import */ var _frameworks_presets_index_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(6310);
/* harmony import */ var _tracker_cgroup_detect_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(4672);
/* harmony import */ var _tracker_cgroup_setup_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(7090);
/* harmony import */ var _command_template_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(6961);
/* harmony import */ var _tracker_find_program_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(4860);
/* harmony import */ var _discover_units_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(118);
/* harmony import */ var _unit_env_js__WEBPACK_IMPORTED_MODULE_21__ = __webpack_require__(3528);
/* harmony import */ var _shard_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(59);
/* harmony import */ var _timings_js__WEBPACK_IMPORTED_MODULE_19__ = __webpack_require__(5236);
/* harmony import */ var _preset_units_js__WEBPACK_IMPORTED_MODULE_20__ = __webpack_require__(7760);
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

/***/ 2825:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gc: () => (/* binding */ parseBatch),
/* harmony export */   un: () => (/* binding */ planBatches)
/* harmony export */ });
/* unused harmony exports MAX_BATCH_SIZE, BATCH_FORM, autoBatchCount */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _checkpoint_order_units_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8452);
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

/***/ 7760:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ planPresetUnits)
});

// EXTERNAL MODULE: ./lib/core/frameworks/reporters-dir.js
var reporters_dir = __webpack_require__(2877);
// EXTERNAL MODULE: ./lib/core/plan/preset-batches.js
var preset_batches = __webpack_require__(2825);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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
var plan_shard = __webpack_require__(59);
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

/***/ 59:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hH: () => (/* binding */ MAX_SHARDS),
/* harmony export */   km: () => (/* binding */ planShard),
/* harmony export */   uK: () => (/* binding */ parseShard)
/* harmony export */ });
/* unused harmony exports splitShards, selectShard */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/* harmony import */ var _checkpoint_order_units_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8452);
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

/***/ 5236:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fs: () => (/* binding */ emptyTimings),
/* harmony export */   h1: () => (/* binding */ updateTimings),
/* harmony export */   hP: () => (/* binding */ TIMINGS_FILE),
/* harmony export */   kF: () => (/* binding */ readTimings),
/* harmony export */   uR: () => (/* binding */ timingsMap)
/* harmony export */ });
/* unused harmony exports TIMINGS_FORMAT_VERSION, TIMINGS_MAX_BYTES, TIMINGS_MAX_UNITS, TIMINGS_NEWEST_WEIGHT, TIMINGS_MAX_AGE_MS, isRepresentative, applyResults, fileDurations, writeTimings */
/* harmony import */ var _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7892);
/* harmony import */ var _checkpoint_read_bounded_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9476);
/* harmony import */ var _report_write_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8039);
/* harmony import */ var _value_limits_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8235);
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

/***/ 5985:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DB: () => (/* binding */ parseSize),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   F$: () => (/* binding */ SIZE_FORM),
/* harmony export */   JY: () => (/* binding */ PERCENT_FORM),
/* harmony export */   cG: () => (/* binding */ parseInteger),
/* harmony export */   ec: () => (/* binding */ DURATION_FORM),
/* harmony export */   gK: () => (/* binding */ isOff),
/* harmony export */   lo: () => (/* binding */ parsePercent)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
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
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidOption */ .J0)(option, DURATION_FORM, value);
        ms += Number(match[1]) * DURATION_UNITS[unit][1];
        allowed = unit + 1;
    }
    if (text === '')
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidOption */ .J0)(option, DURATION_FORM, value);
    return checkedMs(option, value, ms);
}
function checkedMs(option, value, ms) {
    if (!Number.isFinite(ms) || ms > Number.MAX_SAFE_INTEGER)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidOption */ .J0)(option, DURATION_FORM, value);
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
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidOption */ .J0)(option, SIZE_FORM, value);
    const unit = (match[2] ?? 'b').toLowerCase()[0];
    const bytes = Math.round(Number(match[1]) * SIZE_UNIT[unit]);
    if (!Number.isFinite(bytes) || bytes <= 0)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidOption */ .J0)(option, SIZE_FORM, value);
    return bytes;
}
/** Parses a whole number within bounds; throws a UsageError naming `option`. */
function parseInteger(option, value, min, max = Number.MAX_SAFE_INTEGER) {
    const text = String(value).trim();
    const expected = max === Number.MAX_SAFE_INTEGER
        ? `a whole number >= ${min}`
        : `a whole number from ${min} to ${max}`;
    if (!/^\d+$/.test(text))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidOption */ .J0)(option, expected, value);
    const n = Number(text);
    if (n < min || n > max)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidOption */ .J0)(option, expected, value);
    return n;
}
const PERCENT_FORM = 'a percentage above 0 and at most 100';
/** Parses a percentage (0 < p <= 100, `%` optional); throws a UsageError naming `option`. */
function parsePercent(option, value) {
    const text = String(value).trim().replace(/%$/, '');
    const n = Number(text);
    if (text === '' || !Number.isFinite(n) || n <= 0 || n > 100) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidOption */ .J0)(option, PERCENT_FORM, value);
    }
    return n;
}


/***/ }),

/***/ 2236:
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

/***/ 8231:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m1: () => (/* binding */ readTailLines),
/* harmony export */   um: () => (/* binding */ readTailText)
/* harmony export */ });
/* unused harmony export withoutBinary */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5888);
/* harmony import */ var _text_control_chars_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6);
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

/***/ 2668:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ describeEnd)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5888);
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

/***/ 6429:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ countsDetail),
/* harmony export */   I: () => (/* binding */ testCountsText)
/* harmony export */ });
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

/***/ 8039:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
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

/***/ 6881:
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

/***/ 7090:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   nx: () => (/* binding */ prepareDelegatedSubtree)
/* harmony export */ });
/* unused harmony exports canSudo, userSubtreeName */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _plan_unit_env_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3528);
/* harmony import */ var _cgroup_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1026);
/* harmony import */ var _cgroup_detect_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4672);
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

/***/ 5637:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fj: () => (/* binding */ join),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   lD: () => (/* binding */ split)
/* harmony export */ });


/*
  Port of a subset of the features of CPython's shlex module, which provides a
  shell-like lexer. Original code by Eric S. Raymond and other contributors.
*/

class Shlexer {
  constructor (string) {
    this.i = 0
    this.string = string

    /**
     * Characters that will be considered whitespace and skipped. Whitespace
     * bounds tokens. By default, includes space, tab, linefeed and carriage
     * return.
     */
    this.whitespace = ' \t\r\n'

    /**
     * Characters that will be considered string quotes. The token accumulates
     * until the same quote is encountered again (thus, different quote types
     * protect each other as in the shell.) By default, includes ASCII single
     * and double quotes.
     */
    this.quotes = `'"`

    /**
     * Characters that will be considered as escape. Just `\` by default.
     */
    this.escapes = '\\'

    /**
     * The subset of quote types that allow escaped characters. Just `"` by default.
     */
    this.escapedQuotes = '"'

    /**
     * Whether to support ANSI C-style $'' quotes
     * https://www.gnu.org/software/bash/manual/html_node/ANSI_002dC-Quoting.html
     */
    this.ansiCQuotes = true

    /**
     * Whether to support localized $"" quotes
     * https://www.gnu.org/software/bash/manual/html_node/Locale-Translation.html
     *
     * The behavior is as if the current locale is set to C or POSIX, i.e., the
     * contents are not translated.
     */
    this.localeQuotes = true

    this.debug = false
  }

  readChar () {
    return this.string.charAt(this.i++)
  }

  processEscapes (string, quote, isAnsiCQuote) {
    if (!isAnsiCQuote && !this.escapedQuotes.includes(quote)) {
      // This quote type doesn't support escape sequences
      return string
    }

    // We need to form a regex that matches any of the escape characters,
    // without interpreting any of the characters as a regex special character.
    const anyEscape = '[' + this.escapes.replace(/(.)/g, '\\$1') + ']'

    // In regular quoted strings, we can only escape an escape character, and
    // the quote character itself.
    if (!isAnsiCQuote && this.escapedQuotes.includes(quote)) {
      const re = new RegExp(
        anyEscape + '(' + anyEscape + '|\\' + quote + ')', 'g')
      return string.replace(re, '$1')
    }

    // ANSI C quoted strings support a wide variety of escape sequences
    if (isAnsiCQuote) {
      const patterns = {
        // Literal characters
        '([\\\\\'"?])': (x) => x,

        // Non-printable ASCII characters
        'a': () => '\x07',
        'b': () => '\x08',
        'e|E': () => '\x1b',
        'f': () => '\x0c',
        'n': () => '\x0a',
        'r': () => '\x0d',
        't': () => '\x09',
        'v': () => '\x0b',

        // Octal bytes
        '([0-7]{1,3})': (x) => String.fromCharCode(parseInt(x, 8)),

        // Hexadecimal bytes
        'x([0-9a-fA-F]{1,2})': (x) => String.fromCharCode(parseInt(x, 16)),

        // Unicode code units
        'u([0-9a-fA-F]{1,4})': (x) => String.fromCharCode(parseInt(x, 16)),
        'U([0-9a-fA-F]{1,8})': (x) => String.fromCharCode(parseInt(x, 16)),

        // Control characters
        // https://en.wikipedia.org/wiki/Control_character#How_control_characters_map_to_keyboards
        'c(.)': (x) => {
          if (x === '?') {
            return '\x7f'
          } else if (x === '@') {
            return '\x00'
          } else {
            return String.fromCharCode(x.charCodeAt(0) & 31)
          }
        }
      }

      // Construct an uber-RegEx that catches all of the above pattern
      const re = new RegExp(
        anyEscape + '(' + Object.keys(patterns).join('|') + ')', 'g')

      // For each match, figure out which subpattern matched, and apply the
      // corresponding function
      return string.replace(re, function (m, p1) {
        for (const matched in patterns) {
          const mm = new RegExp('^' + matched + '$').exec(p1)
          if (mm === null) {
            continue
          }

          return patterns[matched].apply(null, mm.slice(1))
        }
      })
    }

    // Should not get here
    return undefined
  }

  * [Symbol.iterator] () {
    let inQuote = false
    let inDollarQuote = false
    let escaped = false
    let lastDollar = -2 // position of last dollar sign we saw
    let token

    if (this.debug) {
      console.log('full input:', '>' + this.string + '<')
    }

    while (true) {
      const pos = this.i
      const char = this.readChar()

      if (this.debug) {
        console.log(
          'position:', pos,
          'input:', '>' + char + '<',
          'accumulated:', token,
          'inQuote:', inQuote,
          'inDollarQuote:', inDollarQuote,
          'lastDollar:', lastDollar,
          'escaped:', escaped
        )
      }

      // Ran out of characters, we're done
      if (char === '') {
        if (inQuote) { throw new Error('Got EOF while in a quoted string') }
        if (escaped) { throw new Error('Got EOF while in an escape sequence') }
        if (token !== undefined) { yield token }
        return
      }

      // We were in an escape sequence, complete it
      if (escaped) {
        if (char === '\n') {
          // An escaped newline just means to continue the command on the next
          // line. We just need to ignore it.
        } else if (inQuote) {
          // If we are in a quote, just accumulate the whole escape sequence,
          // as we will interpret escape sequences later.
          token = (token || '') + escaped + char
        } else {
          // Just use the literal character
          token = (token || '') + char
        }

        escaped = false
        continue
      }

      if (this.escapes.includes(char)) {
        if (!inQuote || inDollarQuote !== false || this.escapedQuotes.includes(inQuote)) {
          // We encountered an escape character, which is going to affect how
          // we treat the next character.
          escaped = char
          continue
        } else {
          // This string type doesn't use escape characters. Ignore for now.
        }
      }

      // We were in a string
      if (inQuote !== false) {
        // String is finished. Don't grab the quote character.
        if (char === inQuote) {
          token = this.processEscapes(token, inQuote, inDollarQuote === '\'')
          inQuote = false
          inDollarQuote = false
          continue
        }

        // String isn't finished yet, accumulate the character
        token = (token || '') + char
        continue
      }

      // This is the start of a new string, don't accumulate the quotation mark
      if (this.quotes.includes(char)) {
        inQuote = char
        if (lastDollar === pos - 1) {
          if (char === '\'' && !this.ansiCQuotes) {
            // Feature not enabled
          } else if (char === '"' && !this.localeQuotes) {
            // Feature not enabled
          } else {
            inDollarQuote = char
          }
        }

        token = (token || '') // fixes blank string

        if (inDollarQuote !== false) {
          // Drop the opening $ we captured before
          token = token.slice(0, -1)
        }

        continue
      }

      // This is a dollar sign, record that we saw it in case it's the start of
      // an ANSI C or localized string
      if (inQuote === false && char === '$') {
        lastDollar = pos
      }

      // This is whitespace, so yield the token if we have one
      if (this.whitespace.includes(char)) {
        if (token !== undefined) { yield token }
        token = undefined
        continue
      }

      // Otherwise, accumulate the character
      token = (token || '') + char
    }
  }
}


/**
 * Splits a given string using shell-like syntax. This function is the inverse
 * of shlex.join().
 *
 * @param {String} s String to split.
 * @returns {String[]}
 */
function split (s) {
  return Array.from(new Shlexer(s))
}

/**
 * Escapes a potentially shell-unsafe string using quotes.
 *
 * @param {String} s String to quote
 * @returns {String}
 */
function quote (s) {
  if (s === '') { return '\'\'' }

  const unsafeRe = /[^\w@%\-+=:,./]/
  if (!unsafeRe.test(s)) { return s }

  return ('\'' + s.replace(/('+)/g, '\'"$1"\'') + '\'').replace(/^''|''$/g, '')
}


/**
 * Concatenate the tokens of the list args and return a string. This function
 * is the inverse of shlex.split().
 *
 * The returned value is shell-escaped to protect against injection
 * vulnerabilities (see shlex.quote()).
 *
 * @param {String[]} args List of args to join
 * @returns {String}
 */
function join (args) {
  if (!Array.isArray(args)) {
    throw new TypeError("args should be an array")
  }
  return args.map(quote).join(" ")
}


/***/ })

};
