export const id = 56;
export const ids = [56];
export const modules = {

/***/ 6537:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Uv: () => (/* binding */ CheckpointWriteError),
  HQ: () => (/* binding */ readCheckpoint),
  Kp: () => (/* binding */ writeCheckpoint)
});

// UNUSED EXPORTS: CHECKPOINT_MAX_BYTES, encodeCheckpoint, parseCheckpoint

// EXTERNAL MODULE: ./lib/core/format.js
var format = __webpack_require__(5888);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/core/zod-mini.js
var zod_mini = __webpack_require__(7892);
// EXTERNAL MODULE: ./lib/core/vocabulary.js
var vocabulary = __webpack_require__(6883);
// EXTERNAL MODULE: ./lib/core/checkpoint/checkpoint-tests.js
var checkpoint_tests = __webpack_require__(410);
// EXTERNAL MODULE: ./lib/core/frameworks/test-events.js
var test_events = __webpack_require__(1147);
// EXTERNAL MODULE: ./lib/core/value-limits.js
var value_limits = __webpack_require__(8235);
// EXTERNAL MODULE: ./lib/core/text/control-chars.js
var control_chars = __webpack_require__(6);
;// CONCATENATED MODULE: ./lib/core/text/workflow-command.js
// Unit text printed to the runner's stdout by the Action: made inert, so no byte of it is read as a workflow command.


/**
 * The runner acts on a line that starts with `::` (after spaces) and, in its older syntax, on
 * `##[` anywhere in a line. One line of unit text: no newline (which would start a line of its
 * own), and a zero-width space breaking `##[` and a leading `::`, so it reads the same.
 */
function inertLine(text) {
    return (0,control_chars/* plainLine */.h)(text)
        .replace(/##\[/g, '##\u200b[')
        .replace(/^(\s*):/, '$1\u200b:');
}
/**
 * Lines of a log to print as they are: between `::stop-commands::<token>` and `::<token>::` the
 * runner prints commands as text instead of obeying them. The token is random, so the log cannot
 * end the block early; each line is also made inert, for a runner that ignores the block.
 */
function inertBlock(lines) {
    const token = `testwarden-${randomBytes(8).toString('hex')}`;
    return [`::stop-commands::${token}`, ...lines.map(inertLine), `::${token}::`];
}

;// CONCATENATED MODULE: ./lib/core/checkpoint/read-problems.js

function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function firstIssue(error) {
    const issue = error.issues[0];
    if (issue === undefined)
        return 'invalid';
    const where = issue.path.map((part) => String(part)).join('.');
    return printable(where === '' ? issue.message : `${where}: ${issue.message}`, 160);
}
/** Text from the file, made safe for one log line (no newline can start a workflow command). */
function printable(text, max) {
    const flat = inertLine(text);
    return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

;// CONCATENATED MODULE: ./lib/core/checkpoint/checkpoint-tests-read.js
// Reads format 3's per-test records as untrusted input: each row is checked on its own, a bad row is dropped and its unit's records no longer count as complete (so nothing it held is skipped on resume).




/** Tests kept over all units; more are dropped (a file this large is not one testwarden wrote). */
const MAX_CHECKPOINT_TESTS = 1_000_000;
const isTitle = (v) => typeof v === 'string' && v.length <= test_events/* EVENT_LIMITS */.OK.maxTitleChars;
/**
 * The `tests` array of a format-3 file. Sections of units not in `unitIds` (when given) are
 * dropped and counted as unknown; invalid rows are dropped and counted as invalid.
 */
function decodeTests(value, legend, unitIds, problems) {
    const tests = new checkpoint_tests/* CheckpointTests */.Cs();
    if (value === undefined)
        return tests;
    const invalid = (why) => {
        problems.invalid++;
        problems.firstInvalid ??= `tests: ${why}`;
    };
    if (!Array.isArray(value)) {
        invalid('expected an array');
        return tests;
    }
    const codes = legend.map((name) => checkpoint_tests/* TEST_RECORD_STATUSES */.Uc.indexOf(name));
    const known = unitIds === undefined ? undefined : new Set(unitIds);
    let kept = 0;
    for (const section of value) {
        if (!isPlainObject(section) ||
            typeof section.unit !== 'string' ||
            !Array.isArray(section.files) ||
            !Array.isArray(section.rows)) {
            invalid('a section is not {unit, finished, files, rows}');
            continue;
        }
        const unit = section.unit;
        if (known !== undefined && !known.has(unit)) {
            problems.unknown += section.rows.length;
            problems.firstUnknown ??= unit;
            continue;
        }
        if (tests.of(unit) !== undefined) {
            invalid(`unit ${printable(JSON.stringify(unit), 80)} has two sections`);
            continue;
        }
        const files = section.files;
        const records = new checkpoint_tests/* UnitTestRecords */.Fp(section.finished === true);
        for (const row of section.rows) {
            const record = kept < MAX_CHECKPOINT_TESTS ? rowRecord(row, files, codes) : 'too many tests';
            if (typeof record === 'string') {
                invalid(`${printable(JSON.stringify(unit), 80)}: ${record}`);
                // A dropped row may have been a failure: the unit's records are no longer complete.
                records.finished = false;
                continue;
            }
            records.adopt(record);
            kept++;
        }
        tests.put(unit, records);
    }
    return tests;
}
/** A checked row, or why it is not one. */
function rowRecord(row, files, codes) {
    if (!Array.isArray(row) || row.length < 5 || row.length > 6)
        return 'a row is not [file, titles, status, durationMs, flaky, nodeId?]';
    const [file, titles, status, durationMs, flaky, nodeId] = row;
    if (!(0,value_limits/* isWholeIn */.Hi)(file, 0, files.length - 1) || !isTitle(files[file]))
        return 'file: expected an index into files';
    if (!Array.isArray(titles) ||
        titles.length > test_events/* EVENT_LIMITS */.OK.maxTitles ||
        !titles.every((t) => isTitle(t)))
        return `titles: expected at most ${test_events/* EVENT_LIMITS */.OK.maxTitles} strings`;
    const code = (0,value_limits/* isWholeIn */.Hi)(status, 0, codes.length - 1) ? codes[status] : -1;
    if (code < 0)
        return 'status: expected a code of testStatusCodes that this version knows';
    if (durationMs !== null && !(0,value_limits/* isWholeIn */.Hi)(durationMs, 0, value_limits/* MAX_DURATION_MS */.rG))
        return 'durationMs: expected whole milliseconds or null';
    const statusName = checkpoint_tests/* TEST_RECORD_STATUSES */.Uc[code];
    if (flaky !== 0 && !(flaky === 1 && statusName === 'passed'))
        return 'flaky: expected 0, or 1 for a passed test';
    if (nodeId !== undefined && !isTitle(nodeId))
        return 'nodeId: expected a string';
    const record = {
        file: files[file],
        titles: titles,
        status: statusName,
        flaky: flaky === 1,
    };
    if (durationMs !== null)
        record.durationMs = durationMs;
    if (nodeId !== undefined)
        record.nodeId = nodeId;
    return record;
}

// EXTERNAL MODULE: ./lib/core/checkpoint/checkpoint-format.js
var checkpoint_format = __webpack_require__(4492);
// EXTERNAL MODULE: ./lib/core/checkpoint/checkpoint-runs.js
var checkpoint_runs = __webpack_require__(7433);
// EXTERNAL MODULE: ./lib/core/checkpoint/checkpoint-units.js
var checkpoint_units = __webpack_require__(1400);
;// CONCATENATED MODULE: ./lib/core/checkpoint/checkpoint-v1.js
// Checkpoint format 1, an object per unit keyed by id: still read (a checkpoint cached by an older testwarden resumes), never written.






const whole = (max) => zod_mini/* number */.aig().check(zod_mini/* int */.Whr(), zod_mini/* nonnegative */.ZnW(), zod_mini/* maximum */.PhQ(max));
/** Milliseconds or bytes: fractions were allowed in format 1. */
const amount = (max) => zod_mini/* number */.aig().check(zod_mini/* nonnegative */.ZnW(), zod_mini/* maximum */.PhQ(max));
const tests = whole(value_limits/* MAX_TESTS */.R1);
/** One finished unit in format 1. */
const checkpointUnitSchemaV1 = zod_mini/* object */.Ikc({
    outcome: zod_mini/* enum */.k5n(vocabulary/* OUTCOMES */.im),
    attempts: whole(value_limits/* MAX_ATTEMPTS */.m),
    flaky: zod_mini/* boolean */.zMY(),
    durationMs: amount(value_limits/* MAX_DURATION_MS */.rG),
    tests: zod_mini/* object */.Ikc({ passed: tests, failed: tests, skipped: tests }),
    exitCode: zod_mini/* nullable */.mee(zod_mini/* number */.aig().check(zod_mini/* int */.Whr(), zod_mini/* minimum */.BpO(value_limits/* MIN_EXIT_CODE */.KK), zod_mini/* maximum */.PhQ(value_limits/* MAX_EXIT_CODE */.ub))),
    peakRssBytes: amount(value_limits/* MAX_BYTES */.zx),
    finishedAt: checkpoint_format/* isoTime */.Ly.check(zod_mini/* refine */.YPB((t) => (0,value_limits/* isRecordedTime */.sJ)(Date.parse(t)), {
        message: 'not a time testwarden could have recorded',
    })),
    startedAt: zod_mini/* optional */.lqM(amount(Number.MAX_SAFE_INTEGER).check(zod_mini/* refine */.YPB((t) => (0,value_limits/* isRecordedTime */.sJ)(Math.round(t)), {
        message: 'not a time testwarden could have recorded',
    }))),
    lane: zod_mini/* optional */.lqM(whole(value_limits/* MAX_JOBS */.Eu - 1)),
})
    .check(zod_mini/* refine */.YPB((unit) => !unit.flaky || unit.outcome === 'passed', {
    message: 'flaky is only possible for a passed unit',
}));
/**
 * The units of a format-1 document, in the file's order, each entry validated on its own: an
 * invalid one is left out (counted in `problems`), so its unit runs again. Values are rounded to
 * whole milliseconds and bytes as format 2 keeps them.
 */
function decodeUnitsV1(raw, timeBase, problems) {
    if (!isPlainObject(raw))
        return 'units: expected an object';
    const ids = Object.keys(raw);
    const units = checkpoint_units/* CheckpointUnits */.KV.empty([], timeBase);
    const drop = (id, why) => {
        problems.invalid++;
        problems.firstInvalid ??= `${printable(JSON.stringify(id), 80)}: ${why}`;
    };
    for (const id of ids) {
        if (id === '') {
            drop(id, 'id: expected a non-empty string');
            continue;
        }
        const entry = checkpointUnitSchemaV1.safeParse(raw[id]);
        if (!entry.success) {
            drop(id, firstIssue(entry.error));
            continue;
        }
        const { finishedAt, startedAt, durationMs, peakRssBytes, ...rest } = entry.data;
        const unit = {
            ...rest,
            durationMs: Math.round(durationMs),
            peakRssBytes: Math.round(peakRssBytes),
            finishedAt: Date.parse(finishedAt),
            ...(startedAt !== undefined ? { startedAt: Math.round(startedAt) } : {}),
        };
        // What format 2 will check when this is written and read again: kept only if it passes.
        const problem = (0,checkpoint_units/* timeProblem */.HC)(unit, timeBase);
        if (problem !== undefined)
            drop(id, problem);
        else
            units.record(id, unit);
    }
    return units;
}

;// CONCATENATED MODULE: ./lib/core/checkpoint/checkpoint-v2.js
// Checkpoint format 2: the units as columns over the run's unit list (one array per field), checked value by value as untrusted input; a file laid out like today's list is used without copying.






/**
 * A column is checked for being an array here and value by value in `decodeUnitsV2`: a schema
 * per element (zod's `z.array(z.number())`) costs about 120 ms at 100,000 units, a typed loop a
 * few milliseconds, and a bad value must drop only its own unit, not the file.
 */
const column = zod_mini/* custom */.IeY((value) => Array.isArray(value), {
    message: 'expected an array',
});
const columnsShape = Object.fromEntries(checkpoint_units/* COLUMN_NAMES */.aC.map((name) => [name, column]));
/** Formats 2 and 3 share the unit columns; 3 adds `testStatusCodes` and `tests` (read in checkpoint-tests-read.ts). */
const checkpointDocumentSchemaV2 = zod_mini/* extend */.X$i(checkpoint_format/* checkpointHeaderSchema */.bl, {
    formatVersion: zod_mini/* union */.KCZ([zod_mini/* literal */.euz(2), zod_mini/* literal */.euz(checkpoint_format/* CHECKPOINT_FORMAT_VERSION */.WK)]),
    /** Times in the unit columns are milliseconds after this one (ms since the epoch). */
    timeBase: zod_mini/* number */.aig().check(zod_mini/* int */.Whr(), zod_mini/* minimum */.BpO(0), zod_mini/* maximum */.PhQ(Number.MAX_SAFE_INTEGER)),
    /** What the numbers of the `outcome` column stand for. */
    outcomeCodes: zod_mini/* array */.YOg(zod_mini/* string */.YjP().check(zod_mini/* maxLength */.Ru6(64))).check(zod_mini/* maxLength */.Ru6(64)),
    units: zod_mini/* object */.Ikc(columnsShape),
});
/** The file's legend in this version's codes (-1: an outcome this version does not know). */
function codeMap(legend) {
    const ours = new Map(vocabulary/* OUTCOMES */.im.map((o, i) => [o, i]));
    return Int8Array.from(legend, (name) => ours.get(name) ?? -1);
}
const NONE = 0;
const RECORDED = 1;
const INVALID = 2;
const BAD_ID = 3;
const checkpoint_v2_whole = (min, max, expected, nullable = false) => ({
    min,
    max,
    nullable,
    expected,
});
/** Bounded by what testwarden writes (value-limits.ts): a lane of 10⁹ would make a picture loop. */
const KINDS = {
    attempts: checkpoint_v2_whole(0, value_limits/* MAX_ATTEMPTS */.m, `a whole number from 0 to ${value_limits/* MAX_ATTEMPTS */.m}`),
    flaky: checkpoint_v2_whole(0, 1, '0 or 1'),
    durationMs: checkpoint_v2_whole(0, value_limits/* MAX_DURATION_MS */.rG, 'whole milliseconds ≥ 0, under a year'),
    passed: checkpoint_v2_whole(0, value_limits/* MAX_TESTS */.R1, `a whole number from 0 to ${value_limits/* MAX_TESTS */.R1}`),
    failed: checkpoint_v2_whole(0, value_limits/* MAX_TESTS */.R1, `a whole number from 0 to ${value_limits/* MAX_TESTS */.R1}`),
    skipped: checkpoint_v2_whole(0, value_limits/* MAX_TESTS */.R1, `a whole number from 0 to ${value_limits/* MAX_TESTS */.R1}`),
    exitCode: checkpoint_v2_whole(value_limits/* MIN_EXIT_CODE */.KK, value_limits/* MAX_EXIT_CODE */.ub, 'a 32-bit whole number or null', true),
    peakRssBytes: checkpoint_v2_whole(0, value_limits/* MAX_BYTES */.zx, 'whole bytes ≥ 0, at most 1 PiB'),
    // Offsets: the times they make are checked below.
    finishedAt: checkpoint_v2_whole(Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, 'whole milliseconds'),
    startedAt: checkpoint_v2_whole(Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, 'whole milliseconds after timeBase or null', true),
    lane: checkpoint_v2_whole(0, value_limits/* MAX_JOBS */.Eu - 1, `a job slot from 0 to ${value_limits/* MAX_JOBS */.Eu - 1} or null`, true),
};
/** Calls `reject` for each recorded entry whose value in `values` is not of `kind`. */
function checkColumn(values, kind, status, reject) {
    const n = status.length;
    for (let i = 0; i < n; i++) {
        if (status[i] !== RECORDED)
            continue;
        const v = values[i];
        if (!(v === null ? kind.nullable : (0,value_limits/* isWholeIn */.Hi)(v, kind.min, kind.max)))
            reject(i);
    }
}
/**
 * The units of a format-2 document. With `wanted` (today's unit ids), the result is laid out on
 * exactly that list: a file written for the same list is taken over as it is, any other is merged
 * by id (records of ids not in `wanted` are dropped and counted). Without it, the file's own list
 * (ids that are not strings, and repeated ids, left out). Invalid records are dropped and counted:
 * their units have no record, so they run again. The document's arrays become the units' columns
 * (no copy).
 */
function decodeUnitsV2(document, wanted, problems) {
    const raw = document.units;
    const ids = raw.id;
    const n = ids.length;
    const base = document.timeBase;
    const codes = codeMap(document.outcomeCodes);
    const status = new Uint8Array(n);
    let invalidCount = 0;
    const invalid = (i, name, why) => {
        if (status[i] !== BAD_ID)
            status[i] = INVALID;
        invalidCount++;
        problems.firstInvalid ??= `${printable(JSON.stringify(ids[i]), 80)}: ${name}: ${why}`;
    };
    let badIds = 0;
    for (let i = 0; i < n; i++) {
        const id = ids[i];
        if (typeof id !== 'string' || id.length === 0) {
            status[i] = BAD_ID;
            badIds++;
            // Only a record is lost; an entry without one drops nothing.
            if (raw.outcome[i] !== null && raw.outcome[i] !== undefined) {
                invalidCount++;
                problems.firstInvalid ??= `units.id.${i}: expected a non-empty string`;
            }
        }
    }
    const outcome = raw.outcome;
    const identity = codes.length <= vocabulary/* OUTCOMES */.im.length && codes.every((c, i) => c === i);
    for (let i = 0; i < n; i++) {
        if (status[i] === BAD_ID)
            continue;
        const v = outcome[i];
        if (v === null)
            continue;
        if (Number.isInteger(v) && v >= 0 && v < codes.length) {
            if (codes[v] >= 0)
                status[i] = RECORDED;
            else
                invalid(i, 'outcome', `${printable(String(document.outcomeCodes[v]), 40)} is not an outcome this version knows`);
        }
        else {
            invalid(i, 'outcome', `expected one of the ${codes.length} outcome codes or null`);
        }
    }
    for (const [name, kind] of Object.entries(KINDS)) {
        checkColumn(raw[name], kind, status, (i) => invalid(i, name, `expected ${kind.expected}`));
    }
    const passed = vocabulary/* OUTCOMES */.im.indexOf('passed');
    const now = Date.now();
    for (let i = 0; i < n; i++) {
        if (status[i] !== RECORDED)
            continue;
        if (raw.flaky[i] === 1 && codes[outcome[i]] !== passed) {
            invalid(i, 'flaky', 'only possible for a passed unit');
            continue;
        }
        // The columns are exact integers by now; their sums must be real times too. (A record on its
        // way in passes timeProblem, which asks the same of absolute times; one call per entry here
        // would cost a third of the read at 100,000 units.)
        const started = raw.startedAt[i];
        const startedAt = started === null ? null : base + started;
        const finishedAt = (startedAt === null ? base : startedAt + raw.durationMs[i]) +
            raw.finishedAt[i];
        if (startedAt !== null && !(0,value_limits/* isRecordedTime */.sJ)(startedAt, now))
            invalid(i, 'startedAt', 'not a time testwarden could have recorded');
        else if (!(0,value_limits/* isRecordedTime */.sJ)(finishedAt, now))
            invalid(i, 'finishedAt', 'not a time testwarden could have recorded');
    }
    problems.invalid += invalidCount;
    // Every column as long as the list; entries without a valid record cleared, so nothing of an
    // invalid one is carried to the next file; codes in this version's numbering.
    for (const name of checkpoint_units/* COLUMN_NAMES */.aC) {
        const values = raw[name];
        if (values.length > n)
            values.length = n;
        while (values.length < n)
            values.push(name === 'id' ? null : (0,checkpoint_units/* emptyValue */.Nj)(name));
    }
    if (!identity || invalidCount > 0 || status.includes(NONE)) {
        for (let i = 0; i < n; i++) {
            if (status[i] === RECORDED) {
                if (!identity)
                    outcome[i] = codes[outcome[i]];
                continue;
            }
            for (const name of checkpoint_units/* COLUMN_NAMES */.aC)
                if (name !== 'id')
                    raw[name][i] = (0,checkpoint_units/* emptyValue */.Nj)(name);
        }
    }
    const columns = raw;
    if (wanted !== undefined && badIds === 0 && n === wanted.length) {
        let same = true;
        for (let i = 0; i < n && same; i++)
            same = ids[i] === wanted[i];
        if (same)
            return checkpoint_units/* CheckpointUnits */.KV.adopt(columns, base);
    }
    // Each id once (the first wins); the repeats' records are dropped.
    const index = new Map();
    let repeats = 0;
    for (let i = 0; i < n; i++) {
        if (status[i] === BAD_ID)
            continue;
        const id = ids[i];
        if (!index.has(id))
            index.set(id, i);
        else {
            repeats++;
            if (status[i] === RECORDED) {
                problems.invalid++;
                problems.firstInvalid ??= `${printable(JSON.stringify(id), 80)}: id: repeated`;
            }
        }
    }
    const own = badIds === 0 && repeats === 0
        ? checkpoint_units/* CheckpointUnits */.KV.adopt(columns, base, index)
        : compact(columns, base, [...index.values()]);
    return wanted === undefined ? own : layOnto(own, wanted, problems);
}
/** The entries at `keep` (positions, in order) of clean columns, as units of their own. */
function compact(columns, base, keep) {
    const picked = Object.fromEntries(checkpoint_units/* COLUMN_NAMES */.aC.map((name) => [name, keep.map((i) => columns[name][i])]));
    return checkpoint_units/* CheckpointUnits */.KV.adopt(picked, base);
}
/**
 * `source`'s records laid onto the list `wanted`, matched by id. Records of ids not in `wanted`
 * are dropped and counted: they can never run.
 */
function layOnto(source, wanted, problems) {
    const target = checkpoint_units/* CheckpointUnits */.KV.empty(wanted, source.timeBase);
    const matched = new Uint8Array(source.length);
    let matchedRecords = 0;
    // Where the previous id was found, relative to its place in `wanted`: a list with units added
    // or removed keeps the same offset for long runs, so most ids are found without a lookup.
    let offset = 0;
    for (let j = 0; j < wanted.length; j++) {
        const i = source.indexOf(wanted[j], j + offset);
        if (i < 0)
            continue;
        offset = i - j;
        if (matched[i] === 1)
            continue;
        matched[i] = 1;
        if (source.outcomeAt(i) !== undefined) {
            target.copyFrom(source, i, j);
            matchedRecords++;
        }
    }
    const unknown = source.size - matchedRecords;
    if (unknown > 0) {
        problems.unknown += unknown;
        const first = source.ids.findIndex((_, i) => matched[i] === 0 && source.outcomeAt(i) !== undefined);
        problems.firstUnknown ??= source.ids[first];
    }
    return target;
}

// EXTERNAL MODULE: ./lib/core/checkpoint/read-bounded.js
var read_bounded = __webpack_require__(9476);
;// CONCATENATED MODULE: ./lib/core/checkpoint/checkpoint-file.js
// The checkpoint on disk: written atomically, read as untrusted input (bounded, validated, filtered to today's units).














/**
 * Largest checkpoint read or written (64 MiB). At about 50 bytes plus the id per unit, this
 * holds about 750,000 units with 30-character ids; anything larger is not a checkpoint.
 */
const CHECKPOINT_MAX_BYTES = 64 * 1024 * 1024;
/** Writing the checkpoint failed (disk full, permissions, too large); `cause` has the details. */
class CheckpointWriteError extends Error {
    name = 'CheckpointWriteError';
    constructor(message, options) {
        super(message, options);
    }
}
/**
 * Replaces the file at `path` in one step: a temp file in the same folder is written, flushed to
 * disk and renamed over it, so a crash at any moment leaves either the old or the new checkpoint.
 * Compact JSON in the current format. Throws CheckpointWriteError; the caller decides whether the
 * run goes on.
 */
function writeCheckpoint(path, checkpoint, 
/**
 * `durable: false` skips the fsyncs: the rename alone keeps the file whole if the process is
 * killed (what a CI runner does), only a power loss could lose the latest write. Writes after
 * each unit use it; the write at the end and at shutdown is durable. `durable: 'background'`
 * writes and renames as `false` does, then has the file and its folder synced off the main
 * thread (`synced` settles when they are): a run's first write, which then does not hold the
 * first unit's start behind a flush of whatever else the disk has pending.
 */
options = {}) {
    const maxBytes = options.maxBytes ?? CHECKPOINT_MAX_BYTES;
    const durable = options.durable ?? true;
    const parts = encodeCheckpoint(checkpoint);
    const size = parts.reduce((sum, part) => sum + part.length, 0);
    if (size > maxBytes) {
        throw new CheckpointWriteError(`checkpoint ${path} would be ${size} bytes (${checkpoint.units.length} units), above the ${maxBytes}-byte limit a reader accepts; not written`);
    }
    const folder = (0,external_node_path_.dirname)(path);
    const temp = (0,external_node_path_.join)(folder, `.${(0,external_node_path_.basename)(path)}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`);
    let fd;
    try {
        fd = openTemp(temp, folder);
        writeAll(fd, parts, size);
        if (durable === true)
            (0,external_node_fs_.fsyncSync)(fd);
        (0,external_node_fs_.renameSync)(temp, path);
        if (durable === 'background') {
            const synced = syncLater(fd, folder);
            fd = undefined;
            return { bytes: size, synced };
        }
        (0,external_node_fs_.closeSync)(fd);
        fd = undefined;
    }
    catch (error) {
        if (fd !== undefined)
            (0,read_bounded/* closeQuietly */.E)(fd);
        try {
            (0,external_node_fs_.unlinkSync)(temp);
        }
        catch {
            // Never created, or already renamed.
        }
        const code = error.code ?? '';
        throw new CheckpointWriteError(`checkpoint ${path} could not be written (${code} ${error.message})`, { cause: error });
    }
    if (durable)
        syncFolder(folder);
    return { bytes: size };
}
/**
 * Flushes the written file (its descriptor, renamed into place meanwhile) and then its folder
 * (the rename) on libuv's thread pool, and closes the descriptor; never rejects (a disk that
 * fails shows at the next write).
 */
function syncLater(fd, folder) {
    const step = (run) => new Promise((resolve) => run(() => resolve()));
    return step((done) => (0,external_node_fs_.fsync)(fd, done))
        .then(() => step((done) => (0,external_node_fs_.close)(fd, done)))
        .then(async () => {
        // Windows cannot open a folder for fsync; the rename is still atomic.
        if (process.platform === 'win32')
            return;
        const dir = await new Promise((resolve) => (0,external_node_fs_.open)(folder, 'r', (error, opened) => resolve(error ? undefined : opened)));
        if (dir === undefined)
            return;
        await step((done) => (0,external_node_fs_.fsync)(dir, done));
        await step((done) => (0,external_node_fs_.close)(dir, done));
    });
}
/** Creates the temp file, and its folder only when it is missing (not a system call per write). */
function openTemp(temp, folder) {
    try {
        return (0,external_node_fs_.openSync)(temp, 'wx');
    }
    catch (error) {
        if (error.code !== 'ENOENT')
            throw error;
        (0,external_node_fs_.mkdirSync)(folder, { recursive: true });
        return (0,external_node_fs_.openSync)(temp, 'wx');
    }
}
/** Writes the parts in one system call when the kernel takes them all (it may stop short). */
function writeAll(fd, parts, size) {
    // One writev takes at most IOV_MAX (1024) buffers; libuv splits larger lists itself.
    const written = (0,external_node_fs_.writevSync)(fd, parts);
    if (written < size)
        (0,external_node_fs_.writeFileSync)(fd, Buffer.concat(parts).subarray(written));
}
/**
 * The file's bytes, in parts: the header (format version, time base and outcome legend first),
 * then the unit columns, whose blocks `CheckpointUnits` re-encodes only when they changed.
 */
function encodeCheckpoint(checkpoint) {
    const { units, tests, ...header } = checkpoint;
    const head = JSON.stringify({
        formatVersion: checkpoint_format/* CHECKPOINT_FORMAT_VERSION */.WK,
        ...header,
        timeBase: units.timeBase,
        outcomeCodes: vocabulary/* OUTCOMES */.im,
        testStatusCodes: checkpoint_tests/* TEST_RECORD_STATUSES */.Uc,
    });
    return [
        Buffer.from(`${head.slice(0, -1)},"units":`, 'utf8'),
        ...units.encode(),
        Buffer.from(',"tests":'),
        ...tests.encode(),
        Buffer.from('}\n'),
    ];
}
/** Makes the rename itself durable; not possible on every platform, so best effort. */
function syncFolder(folder) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(folder, 'r');
        (0,external_node_fs_.fsyncSync)(fd);
    }
    catch {
        // Windows cannot open a folder for fsync; the rename is still atomic.
    }
    finally {
        if (fd !== undefined)
            (0,read_bounded/* closeQuietly */.E)(fd);
    }
}
/** Reads the checkpoint as untrusted input, in either format. Never throws: every problem becomes a warning. */
function readCheckpoint(path, options = {}) {
    const text = (0,read_bounded/* readBounded */.C)(path, options.maxBytes ?? CHECKPOINT_MAX_BYTES);
    if (text.kind === 'missing')
        return noCheckpoint();
    if (text.kind === 'unusable')
        return noCheckpoint(path, text.why);
    return parseCheckpoint(text.content, path, options.unitIds, options.keepOthers);
}
/** A result without a checkpoint: nothing there, or (with a reason) a file that was ignored. */
function noCheckpoint(path, why) {
    return {
        warnings: why === undefined ? [] : [`checkpoint ${path} ${why}; ignored`],
        dropped: { unknownIds: 0, invalidEntries: 0 },
    };
}
/**
 * A checkpoint from its text, read as untrusted input (see `readCheckpoint`); `path` only names it
 * in warnings. Never throws.
 */
function parseCheckpoint(content, path, unitIds, keepOthers = false) {
    const options = unitIds === undefined ? {} : { unitIds };
    const result = noCheckpoint();
    const ignore = (why) => noCheckpoint(path, why);
    let document;
    try {
        document = JSON.parse(content.charCodeAt(0) === 0xfeff ? content.slice(1) : content);
    }
    catch (error) {
        return ignore(`is not valid JSON (${printable(error.message, 120)})`);
    }
    if (!isPlainObject(document))
        return ignore('is not a JSON object');
    const version = document.formatVersion;
    const wrongVersion = versionProblem(version);
    if (wrongVersion !== undefined)
        return ignore(wrongVersion);
    const schema = version === 1
        ? zod_mini/* extend */.X$i(checkpoint_format/* checkpointHeaderSchema */.bl, { formatVersion: zod_mini/* literal */.euz(1) })
        : checkpointDocumentSchemaV2;
    const header = schema.safeParse(document);
    if (!header.success)
        return ignore(`does not match format ${String(version)} (${firstIssue(header.error)})`);
    const problems = { invalid: 0, unknown: 0 };
    let units;
    if (version === 1) {
        const base = Math.max(0, Date.parse(header.data.createdAt));
        const own = decodeUnitsV1(document.units, base, problems);
        if (typeof own === 'string')
            return ignore(`does not match format 1 (${own})`);
        units = options.unitIds === undefined ? own : layOnto(own, options.unitIds, problems);
    }
    else {
        units = decodeUnitsV2(header.data, options.unitIds, problems);
    }
    const testProblems = { invalid: 0, unknown: 0 };
    const tests = version === 3
        ? decodeTests(document.tests, Array.isArray(document.testStatusCodes) ? document.testStatusCodes : [], keepOthers ? undefined : options.unitIds, testProblems)
        : new checkpoint_tests/* CheckpointTests */.Cs();
    if (keepOthers && options.unitIds !== undefined && version === 3) {
        // Sections of units not in today's list go apart, with those units' own entries.
        const today = new Set(options.unitIds);
        const otherTests = new checkpoint_tests/* CheckpointTests */.Cs();
        for (const id of tests.unitIds) {
            if (today.has(id))
                continue;
            otherTests.put(id, tests.of(id));
            tests.remove(id);
        }
        const all = decodeUnitsV2(header.data, undefined, { invalid: 0, unknown: 0 });
        result.others = { units: all, tests: otherTests };
    }
    if (testProblems.invalid > 0) {
        result.warnings.push(`checkpoint ${path}: ${(0,format/* plural */.LS)(testProblems.invalid, 'invalid test record')} dropped; their units' tests not known to have passed will run again (first: ${testProblems.firstInvalid})`);
    }
    result.dropped = { unknownIds: problems.unknown, invalidEntries: problems.invalid };
    if (problems.unknown > 0) {
        result.warnings.push(`checkpoint ${path}: ${(0,format/* plural */.LS)(problems.unknown, 'unit id')} not in today's unit list dropped (first: ${printable(JSON.stringify(problems.firstUnknown), 80)})`);
    }
    if (problems.invalid > 0) {
        result.warnings.push(`checkpoint ${path}: ${(0,format/* plural */.LS)(problems.invalid, 'invalid unit entry', 'invalid unit entries')} dropped, they will run again (first: ${problems.firstInvalid})`);
    }
    const history = (0,checkpoint_runs/* parseRuns */.oI)(document.runs);
    if (history.dropped > 0) {
        result.warnings.push(`checkpoint ${path}: ${(0,format/* plural */.LS)(history.dropped, 'invalid run history entry', 'invalid run history entries')} dropped (the run's progress is kept)`);
    }
    const { runId, attempt, ciRunId, fingerprint, reason, complete, totalUnits, createdAt, updatedAt, } = header.data;
    result.formatVersion = version;
    result.checkpoint = {
        runId,
        ...(attempt !== undefined ? { attempt } : {}),
        ...(ciRunId !== undefined ? { ciRunId } : {}),
        fingerprint,
        reason,
        complete,
        ...(totalUnits !== undefined ? { totalUnits } : {}),
        createdAt,
        updatedAt,
        ...(history.runs !== undefined ? { runs: history.runs } : {}),
        units,
        tests,
    };
    return result;
}
/** A newer format gets its own message: the fix is to upgrade, not to delete the file. */
function versionProblem(version) {
    if (version === 1 || version === 2 || version === checkpoint_format/* CHECKPOINT_FORMAT_VERSION */.WK)
        return undefined;
    if (typeof version === 'number' &&
        Number.isInteger(version) &&
        version > checkpoint_format/* CHECKPOINT_FORMAT_VERSION */.WK) {
        return `has format version ${version}, newer than this testwarden reads (${checkpoint_format/* CHECKPOINT_FORMAT_VERSION */.WK}); upgrade testwarden to resume from it`;
    }
    // Only a primitive is shown: stringifying a deeply nested value could exhaust the stack.
    const shown = version === undefined
        ? 'none'
        : typeof version === 'object'
            ? Array.isArray(version)
                ? 'an array'
                : version === null
                    ? 'null'
                    : 'an object'
            : printable(JSON.stringify(version), 40);
    return `has format version ${shown}, expected 1, 2 or ${checkpoint_format/* CHECKPOINT_FORMAT_VERSION */.WK}`;
}


/***/ }),

/***/ 4492:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ly: () => (/* binding */ isoTime),
/* harmony export */   WK: () => (/* binding */ CHECKPOINT_FORMAT_VERSION),
/* harmony export */   Yo: () => (/* binding */ computeFingerprint),
/* harmony export */   aj: () => (/* binding */ recordUnit),
/* harmony export */   bl: () => (/* binding */ checkpointHeaderSchema),
/* harmony export */   oz: () => (/* binding */ markEnded),
/* harmony export */   vq: () => (/* binding */ createCheckpoint)
/* harmony export */ });
/* unused harmony exports checkpointFingerprintSchema, fingerprintUnits, fingerprintCommand */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _zod_mini_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7892);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3828);
/* harmony import */ var _vocabulary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6883);
/* harmony import */ var _checkpoint_runs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7433);
/* harmony import */ var _checkpoint_tests_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(410);
/* harmony import */ var _checkpoint_units_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1400);
// The checkpoint in memory (docs/checkpoint-format.md): its header schema, its fingerprint, and building and updating one.







/**
 * The format written: 3 adds per-test records of preset units to format 2. Formats 1 (an object
 * per unit) and 2 (no test records) are still read.
 */
const CHECKPOINT_FORMAT_VERSION = 3;
const count = _zod_mini_js__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().check(_zod_mini_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr(), _zod_mini_js__WEBPACK_IMPORTED_MODULE_1__/* .nonnegative */ .ZnW(), _zod_mini_js__WEBPACK_IMPORTED_MODULE_1__/* .maximum */ .PhQ(Number.MAX_SAFE_INTEGER));
const isoTime = _zod_mini_js__WEBPACK_IMPORTED_MODULE_1__/* .iso.datetime */ .KH5.datetime({ offset: true });
const sha256Hex = _zod_mini_js__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().check(_zod_mini_js__WEBPACK_IMPORTED_MODULE_1__/* .regex */ .yGV(/^[0-9a-f]{64}$/));
/** A unit entry as `recordUnit` is about to keep it: the last check before it goes to disk. */
const entrySchema = _zod_mini_js__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    outcome: _zod_mini_js__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_vocabulary_js__WEBPACK_IMPORTED_MODULE_3__/* .OUTCOMES */ .im),
    attempts: count,
    flaky: _zod_mini_js__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    durationMs: count,
    tests: _zod_mini_js__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ passed: count, failed: count, skipped: count }),
    exitCode: _zod_mini_js__WEBPACK_IMPORTED_MODULE_1__/* .nullable */ .mee(_zod_mini_js__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().check(_zod_mini_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr())),
    peakRssBytes: count,
    finishedAt: count,
    startedAt: _zod_mini_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(count),
    lane: _zod_mini_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(count),
})
    .check(_zod_mini_js__WEBPACK_IMPORTED_MODULE_1__/* .refine */ .YPB((unit) => !unit.flaky || unit.outcome === 'passed', {
    message: 'flaky is only possible for a passed unit',
}));
const checkpointFingerprintSchema = _zod_mini_js__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ units: sha256Hex, command: sha256Hex });
/**
 * Everything but the format version, the units and the run history, the same in every format:
 * what must be valid for the file to be used at all (the history is read entry by entry, see
 * `parseRuns`).
 */
const checkpointHeaderSchema = _zod_mini_js__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    runId: _zod_mini_js__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().check(_zod_mini_js__WEBPACK_IMPORTED_MODULE_1__/* .minLength */ .BpQ(1), _zod_mini_js__WEBPACK_IMPORTED_MODULE_1__/* .maxLength */ .Ru6(512)),
    attempt: _zod_mini_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(_zod_mini_js__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().check(_zod_mini_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr(), _zod_mini_js__WEBPACK_IMPORTED_MODULE_1__/* .positive */ .yjt())),
    /** The CI run that wrote it (GITHUB_RUN_ID): the Action resumes only from its own run's. */
    ciRunId: _zod_mini_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(_zod_mini_js__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().check(_zod_mini_js__WEBPACK_IMPORTED_MODULE_1__/* .regex */ .yGV(/^[0-9A-Za-z._-]{1,64}$/))),
    fingerprint: checkpointFingerprintSchema,
    reason: _zod_mini_js__WEBPACK_IMPORTED_MODULE_1__/* .nullable */ .mee(_zod_mini_js__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_vocabulary_js__WEBPACK_IMPORTED_MODULE_3__/* .STOP_REASONS */ .Np)),
    complete: _zod_mini_js__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    /** How many units the run had (for `testwarden status`: done of total). */
    totalUnits: _zod_mini_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(count),
    createdAt: isoTime,
    updatedAt: isoTime,
});
function sha256(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex');
}
/** Hash of the sorted unit ids; JSON keeps ids containing newlines or commas unambiguous. */
function fingerprintUnits(unitIds) {
    const sorted = [...unitIds].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return sha256(JSON.stringify(sorted));
}
/** Hash of the command template together with the shell flag (the same text means another thing under `sh -c`). */
function fingerprintCommand(command, shell) {
    return sha256(JSON.stringify({ command, shell }));
}
function computeFingerprint(input) {
    return {
        units: fingerprintUnits(input.unitIds),
        command: fingerprintCommand(input.command, input.shell),
    };
}
/** A new checkpoint: not complete, no stop reason, this run last in its history. */
function createCheckpoint(input) {
    const now = input.now ?? new Date();
    const at = now.toISOString();
    const thisRun = {
        runId: input.runId,
        ...(input.attempt !== undefined ? { attempt: input.attempt } : {}),
        startedAt: now.getTime(),
        reason: null,
        samples: [],
    };
    const previous = (input.previousRuns ?? []).slice(-(_checkpoint_runs_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_RUNS */ ._k - 1));
    const units = input.units instanceof _checkpoint_units_js__WEBPACK_IMPORTED_MODULE_6__/* .CheckpointUnits */ .KV
        ? input.units
        : _checkpoint_units_js__WEBPACK_IMPORTED_MODULE_6__/* .CheckpointUnits */ .KV.empty(input.units ?? [], now.getTime());
    return {
        runId: input.runId,
        ...(input.attempt !== undefined ? { attempt: input.attempt } : {}),
        ...(input.ciRunId !== undefined ? { ciRunId: input.ciRunId } : {}),
        fingerprint: { ...input.fingerprint },
        reason: null,
        complete: false,
        ...(input.units !== undefined ? { totalUnits: units.length } : {}),
        createdAt: at,
        updatedAt: at,
        runs: [...previous.map((run) => ({ ...run, samples: [...run.samples] })), thisRun],
        units,
        tests: input.tests ?? new _checkpoint_tests_js__WEBPACK_IMPORTED_MODULE_5__/* .CheckpointTests */ .Cs(),
    };
}
/**
 * Records a finished unit, in place. Returns false, recording nothing, for a unit that never
 * started (`attempts: 0`, the runner's "not run" placeholder: recording it as skipped would keep
 * it from ever running) and for a checkpoint unit whose entry is already there. Times and sizes
 * are kept in whole milliseconds and bytes.
 */
function recordUnit(checkpoint, result, now = new Date()) {
    if (result.attempts === 0)
        return false;
    if (result.fromCheckpoint && checkpoint.units.has(result.id))
        return false;
    const entry = {
        outcome: result.outcome,
        attempts: result.attempts,
        flaky: result.flaky,
        durationMs: Math.round(result.durationMs),
        tests: {
            passed: result.tests.passed,
            failed: result.tests.failed,
            skipped: result.tests.skipped,
        },
        exitCode: result.exitCode,
        peakRssBytes: Math.round(result.peakRssBytes),
        finishedAt: Math.round(result.endedAt ?? now.getTime()),
        ...(result.startedAt !== undefined ? { startedAt: Math.round(result.startedAt) } : {}),
        ...(result.lane !== undefined ? { lane: result.lane } : {}),
    };
    const checked = entrySchema.safeParse(entry);
    const problem = checked.success
        ? (0,_checkpoint_units_js__WEBPACK_IMPORTED_MODULE_6__/* .timeProblem */ .HC)(entry, checkpoint.units.timeBase)
        : _zod_mini_js__WEBPACK_IMPORTED_MODULE_1__/* .prettifyError */ .S1_(checked.error);
    if (problem !== undefined) {
        // Writing it would make the next read drop the unit; better to find the bug here.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InternalError */ .Gd(`checkpoint entry for unit ${JSON.stringify(result.id)} is invalid: ${problem}`);
    }
    checkpoint.units.record(result.id, entry);
    checkpoint.updatedAt = now.toISOString();
    return true;
}
/**
 * Records how the run ended. `complete` becomes true only when nothing stopped it and every unit
 * of today's list is recorded as passed or skipped: a later resume then starts fresh, while a run
 * that ended with failures stays resumable ("Re-run failed jobs"). The run's history entry gets
 * its end, its reason and, when given, the machine's thinned memory/CPU history.
 */
function markEnded(checkpoint, end) {
    checkpoint.reason = end.reason;
    const { units } = checkpoint;
    checkpoint.complete =
        end.reason === null &&
            end.unitIds.every((id, i) => {
                const outcome = units.outcomeAt(units.indexOf(id, i));
                return outcome === 'passed' || outcome === 'skipped';
            });
    const now = end.now ?? new Date();
    checkpoint.updatedAt = now.toISOString();
    const run = checkpoint.runs?.findLast((r) => r.runId === checkpoint.runId);
    if (run)
        (0,_checkpoint_runs_js__WEBPACK_IMPORTED_MODULE_4__/* .closeRun */ .Ql)(run, { reason: end.reason, at: now.getTime(), machine: end.machine });
}


/***/ }),

/***/ 7433:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ql: () => (/* binding */ closeRun),
/* harmony export */   _k: () => (/* binding */ MAX_RUNS),
/* harmony export */   cE: () => (/* binding */ carryRuns),
/* harmony export */   oI: () => (/* binding */ parseRuns)
/* harmony export */ });
/* unused harmony exports MAX_RUN_SAMPLES, checkpointRunSchema */
/* harmony import */ var _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7892);
/* harmony import */ var _monitor_thin_points_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5295);
/* harmony import */ var _vocabulary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6883);
// The checkpoint's run history (additive to format v1): one bounded entry per run that worked on it, so a resumed run can picture every attempt.



/** Runs kept: the newest ones (a checkpoint re-run more often than this forgets the oldest). */
const MAX_RUNS = 10;
/** Machine points kept per run: enough for a chart, about 12 KB of JSON. */
const MAX_RUN_SAMPLES = 200;
const epochMs = _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().check(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .nonnegative */ .ZnW());
const percent = _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().check(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .nonnegative */ .ZnW());
const checkpointRunSchema = _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    runId: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().check(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .minLength */ .BpQ(1), _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .maxLength */ .Ru6(512)),
    attempt: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lqM(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().check(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr(), _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .positive */ .yjt())),
    startedAt: epochMs,
    /** Absent while the run goes on, and for a run whose runner was lost before it ended. */
    endedAt: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lqM(epochMs),
    reason: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .nullable */ .mee(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(_vocabulary_js__WEBPACK_IMPORTED_MODULE_1__/* .STOP_REASONS */ .Np)),
    samples: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ at: epochMs, memoryPercent: percent, cpuPercent: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .nullable */ .mee(percent) }))
        .check(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .maxLength */ .Ru6(MAX_RUN_SAMPLES)),
});
/**
 * The history a resumed run starts from: the previous checkpoint's runs (the newest
 * `MAX_RUNS - 1`, leaving room for this one). Its last run, if it never recorded an end (the
 * runner was lost), ends at the checkpoint's last update with the checkpoint's reason; a
 * checkpoint without a history contributes one run made from its header.
 */
function carryRuns(previous) {
    const runs = previous.runs && previous.runs.length > 0
        ? previous.runs.map((run) => ({ ...run, samples: run.samples.map((p) => ({ ...p })) }))
        : [
            {
                runId: previous.runId,
                ...(previous.attempt !== undefined ? { attempt: previous.attempt } : {}),
                startedAt: Date.parse(previous.createdAt),
                reason: null,
                samples: [],
            },
        ];
    const last = runs[runs.length - 1];
    if (last.endedAt === undefined && last.runId === previous.runId) {
        last.endedAt = Math.max(last.startedAt, Date.parse(previous.updatedAt));
        last.reason = previous.reason;
    }
    return runs.slice(-(MAX_RUNS - 1));
}
/** Records how a run ended in its history entry, with its machine history thinned to fit. */
function closeRun(run, end) {
    run.endedAt = Math.max(run.startedAt, end.at);
    run.reason = end.reason;
    if (end.machine)
        run.samples = (0,_monitor_thin_points_js__WEBPACK_IMPORTED_MODULE_2__/* .thinMachinePoints */ .E)(end.machine.samples, MAX_RUN_SAMPLES);
}
/**
 * Reads a history from untrusted JSON: entries that do not validate are dropped (the run's
 * progress matters more than its pictures), and only the newest `MAX_RUNS` are kept.
 */
function parseRuns(raw) {
    if (raw === undefined)
        return { runs: undefined, dropped: 0 };
    if (!Array.isArray(raw))
        return { runs: undefined, dropped: 1 };
    const runs = [];
    let dropped = 0;
    for (const entry of raw.slice(-MAX_RUNS)) {
        const parsed = checkpointRunSchema.safeParse(entry);
        if (parsed.success)
            runs.push(parsed.data);
        else
            dropped++;
    }
    return { runs, dropped };
}


/***/ }),

/***/ 410:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ CheckpointTests),
/* harmony export */   Fp: () => (/* binding */ UnitTestRecords),
/* harmony export */   Hy: () => (/* binding */ recordKey),
/* harmony export */   Uc: () => (/* binding */ TEST_RECORD_STATUSES),
/* harmony export */   Xk: () => (/* binding */ derivedNodeId),
/* harmony export */   e8: () => (/* binding */ isSettledStatus)
/* harmony export */ });
/* unused harmony export needsRerun */
/* harmony import */ var _frameworks_test_events_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1147);
/* harmony import */ var _frameworks_test_results_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2022);
// The checkpoint's per-test records of preset units (format 3): each test's latest status as it finishes, kept as rows and turned into JSON block by block, so a rewrite after one more test re-encodes one block.


/** What a test's row can say: how it ended, or `running` (it started and has not ended: a hang if the run stops here). */
const TEST_RECORD_STATUSES = [..._frameworks_test_events_js__WEBPACK_IMPORTED_MODULE_0__/* .TEST_STATUSES */ .eC, 'running'];
/** Statuses a resumed run does not repeat: everything but a failure, an error and a test that never ended. */
const SETTLED = new Set([
    'passed',
    'skipped',
    'todo',
    'xfail',
    'xpass',
]);
function isSettledStatus(status) {
    return SETTLED.has(status);
}
const STATUS_CODE = new Map(TEST_RECORD_STATUSES.map((s, i) => [s, i]));
const FAILED_CODES = new Set([STATUS_CODE.get('failed'), STATUS_CODE.get('error')]);
const COMMA = Buffer.from(',');
const CLOSE = Buffer.from(']}');
/** Rows per encoded block. */
const BLOCK = 1024;
/** pytest's node id as the file and titles spell it: stored only when a test's own differs. */
function derivedNodeId(file, titles) {
    return [file, ...titles].join('::');
}
/**
 * The key of a test's row: its file, titles and node id, the node id only when it is not the one
 * the file and titles spell (as the row stores it), so a row read back matches the test's events.
 */
function recordKey(id) {
    let key = recordKeys.get(id);
    if (key === undefined) {
        const own = id.nodeId !== undefined && id.nodeId !== derivedNodeId(id.file, id.titles);
        // Without a node id, the id's own key is the row's (and made once for both).
        key = (0,_frameworks_test_results_js__WEBPACK_IMPORTED_MODULE_1__/* .testKey */ .S8)(own || id.nodeId === undefined
            ? id
            : { file: id.file, titles: id.titles, occurrence: id.occurrence });
        recordKeys.set(id, key);
    }
    return key;
}
/** Each id's row key, made once (an event's is asked for by the records, the attempt and the slow-test watch). */
const recordKeys = new WeakMap();
/** The tests of one preset unit. */
class UnitTestRecords {
    /**
     * The last attempt that ran reported to its end (the framework finished, no test left running):
     * every test not settled here is a row. False while a run is under way and after a cut one.
     */
    finished;
    #files = [];
    #fileIndex = new Map();
    #filesJson = '';
    #rows = [];
    #byKey = new Map();
    #blocks = [];
    #stale = [];
    /**
     * Rows that failed in an earlier attempt, of this run (a retry) or of the run it resumes (a
     * failed row carried from the checkpoint): passing later makes them flaky.
     */
    #failedBefore = new Set();
    /** Rows adopted per file and titles, to number repeated names. */
    #adopted = new Map();
    #size = 0;
    constructor(finished = false) {
        this.finished = finished;
    }
    /** How many tests have a row. */
    get size() {
        return this.#size;
    }
    /** Sets a test's row (adding it at the end when new). A pass after a failure (this run's or a resumed one's) is flaky. */
    set(id, status, durationMs) {
        this.#setKeyed(recordKey(id), id, status, durationMs);
    }
    #setKeyed(key, id, status, durationMs) {
        let index = this.#byKey.get(key);
        const code = STATUS_CODE.get(status);
        if (index === undefined || this.#rows[index] === undefined) {
            index = this.#rows.length;
            this.#byKey.set(key, index);
            this.#rows.push({
                file: this.#fileOf(id.file),
                titles: [...id.titles],
                nodeId: id.nodeId !== undefined && id.nodeId !== derivedNodeId(id.file, id.titles)
                    ? id.nodeId
                    : undefined,
                occurrence: id.occurrence ?? 1,
                status: code,
                durationMs: durationMs === undefined ? null : Math.round(durationMs),
                flaky: 0,
            });
            this.#size++;
        }
        else {
            const row = this.#rows[index];
            row.status = code;
            if (durationMs !== undefined)
                row.durationMs = Math.round(durationMs);
            if (status === 'passed' && this.#failedBefore.has(index))
                row.flaky = 1;
            else if (status !== 'running')
                row.flaky = 0;
        }
        if (FAILED_CODES.has(code))
            this.#failedBefore.add(index);
        this.#stale[Math.floor(index / BLOCK)] = true;
    }
    /** Removes a test's row (a test the framework no longer has). */
    delete(id) {
        const key = recordKey(id);
        const index = this.#byKey.get(key);
        if (index === undefined)
            return;
        this.#byKey.delete(key);
        this.#rows[index] = undefined;
        this.#size--;
        this.#stale[Math.floor(index / BLOCK)] = true;
    }
    get(id) {
        const index = this.#byKey.get(recordKey(id));
        return index === undefined ? undefined : this.#record(this.#rows[index]);
    }
    /** The rows, in the order their tests were first seen. */
    *records() {
        for (const row of this.#rows) {
            const record = this.#record(row);
            if (record)
                yield record;
        }
    }
    /**
     * Adds a row read from a file (already checked). Rows are in the order their tests were first
     * seen, so a repeated file and titles is the next test of that name.
     */
    adopt(read) {
        const base = recordKey({ ...read, occurrence: undefined });
        const occurrence = (this.#adopted.get(base) ?? 0) + 1;
        this.#adopted.set(base, occurrence);
        const record = occurrence > 1 ? { ...read, occurrence } : read;
        this.#setKeyed(recordKey(record), record, record.status, record.durationMs);
        const index = this.#rows.length - 1;
        // A failure carried from the run this one resumes stays one (set above): the same test
        // passing now, with nothing but a new run between, is flaky, as on a retry.
        if (record.flaky)
            this.#rows[index].flaky = 1;
    }
    /** The JSON of this unit's section, in parts: `{"unit":…,"finished":…,"files":[…],"rows":[…]}`. */
    encode(unitId) {
        const blockCount = Math.ceil(this.#rows.length / BLOCK);
        for (let b = 0; b < blockCount; b++) {
            if (this.#stale[b] !== true && this.#blocks[b] !== undefined)
                continue;
            const parts = [];
            const end = Math.min(this.#rows.length, (b + 1) * BLOCK);
            for (let i = b * BLOCK; i < end; i++) {
                const row = this.#rows[i];
                if (row === undefined)
                    continue;
                const cells = [row.file, row.titles, row.status, row.durationMs, row.flaky];
                if (row.nodeId !== undefined)
                    cells.push(row.nodeId);
                parts.push(JSON.stringify(cells));
            }
            this.#blocks[b] = Buffer.from(parts.join(','), 'utf8');
            this.#stale[b] = false;
        }
        const out = [
            Buffer.from(`{"unit":${JSON.stringify(unitId)},"finished":${this.finished},"files":[${this.#filesJson}],"rows":[`, 'utf8'),
        ];
        let first = true;
        for (let b = 0; b < blockCount; b++) {
            const block = this.#blocks[b];
            if (block.length === 0)
                continue;
            if (!first)
                out.push(COMMA);
            out.push(block);
            first = false;
        }
        out.push(CLOSE);
        return out;
    }
    #fileOf(file) {
        let index = this.#fileIndex.get(file);
        if (index === undefined) {
            index = this.#files.length;
            this.#files.push(file);
            this.#fileIndex.set(file, index);
            this.#filesJson += (index === 0 ? '' : ',') + JSON.stringify(file);
        }
        return index;
    }
    #record(row) {
        if (row === undefined)
            return undefined;
        const file = this.#files[row.file];
        const record = {
            file,
            titles: row.titles,
            status: TEST_RECORD_STATUSES[row.status],
            flaky: row.flaky === 1,
        };
        if (row.nodeId !== undefined)
            record.nodeId = row.nodeId;
        if (row.occurrence > 1)
            record.occurrence = row.occurrence;
        if (row.durationMs !== null)
            record.durationMs = row.durationMs;
        return record;
    }
}
/** The per-test records of every preset unit of the run, by unit id. */
class CheckpointTests {
    #units = new Map();
    of(unitId, create = false) {
        let records = this.#units.get(unitId);
        if (records === undefined && create) {
            records = new UnitTestRecords();
            this.#units.set(unitId, records);
        }
        return records;
    }
    put(unitId, records) {
        this.#units.set(unitId, records);
    }
    remove(unitId) {
        this.#units.delete(unitId);
    }
    get unitIds() {
        return [...this.#units.keys()];
    }
    /** Tests recorded over all units. */
    get size() {
        let n = 0;
        for (const records of this.#units.values())
            n += records.size;
        return n;
    }
    /** The `tests` array of the file, in parts. */
    encode() {
        const parts = [Buffer.from('[')];
        let first = true;
        for (const [unitId, records] of this.#units) {
            if (!first)
                parts.push(COMMA);
            parts.push(...records.encode(unitId));
            first = false;
        }
        parts.push(Buffer.from(']'));
        return parts;
    }
}
/** Whether a status is a failure to rerun (failed, error) or a test that never ended. */
function needsRerun(status) {
    return !SETTLED.has(status);
}


/***/ }),

/***/ 1400:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HC: () => (/* binding */ timeProblem),
/* harmony export */   KV: () => (/* binding */ CheckpointUnits),
/* harmony export */   Nj: () => (/* binding */ emptyValue),
/* harmony export */   aC: () => (/* binding */ COLUMN_NAMES)
/* harmony export */ });
/* harmony import */ var _vocabulary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6883);

/** What a column holds for a unit without a record: null where null is a value, else 0. */
function emptyValue(name) {
    return name === 'outcome' || name === 'exitCode' || name === 'startedAt' || name === 'lane'
        ? null
        : 0;
}
/**
 * Why a record's times cannot be kept exactly (format 2 stores them as whole milliseconds after
 * the time base, `finishedAt` after `startedAt + durationMs`), or undefined when they can.
 */
function timeProblem(entry, timeBase) {
    const safe = (v) => Number.isSafeInteger(v);
    if (!safe(entry.finishedAt) || entry.finishedAt < 0)
        return 'finishedAt: not a time after 1970';
    if (entry.startedAt !== undefined && entry.startedAt < 0)
        return 'startedAt: not a time after 1970';
    if (entry.startedAt === undefined) {
        return safe(entry.finishedAt - timeBase) ? undefined : 'finishedAt: too far from the time base';
    }
    if (!safe(entry.startedAt) || !safe(entry.startedAt - timeBase))
        return 'startedAt: not a time near the time base';
    const expectedEnd = entry.startedAt + entry.durationMs;
    if (!safe(expectedEnd) || !safe(entry.finishedAt - expectedEnd))
        return 'durationMs: too long for its start and end';
    return undefined;
}
const COLUMN_NAMES = [
    'id',
    'outcome',
    'attempts',
    'flaky',
    'durationMs',
    'passed',
    'failed',
    'skipped',
    'exitCode',
    'peakRssBytes',
    'finishedAt',
    'startedAt',
    'lane',
];
/** Units per encoded block: small enough that one re-encode is cheap, large enough to keep the part count low. */
const BLOCK = 1024;
const OUTCOME_CODE = new Map(_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .OUTCOMES */ .im.map((o, i) => [o, i]));
class CheckpointUnits {
    /** The time the time columns count from (ms since the epoch). */
    timeBase;
    #c;
    #recorded;
    #index;
    /** Encoded blocks per column (JSON text without the brackets). */
    #blocks = COLUMN_NAMES.map(() => []);
    #stale = [];
    constructor(columns, timeBase, index) {
        this.#c = columns;
        this.timeBase = timeBase;
        this.#index = index;
        let recorded = 0;
        for (const code of columns.outcome)
            if (code !== null)
                recorded++;
        this.#recorded = recorded;
    }
    /** A list of units none of which has a record yet. The ids are copied. */
    static empty(ids, timeBase = 0) {
        // Written out, not built in a loop: the object keeps one shape, and the column loops stay fast.
        const n = ids.length;
        const empty = (name) => packed(n, emptyValue(name));
        return new CheckpointUnits({
            id: [...ids],
            outcome: empty('outcome'),
            attempts: empty('attempts'),
            flaky: empty('flaky'),
            durationMs: empty('durationMs'),
            passed: empty('passed'),
            failed: empty('failed'),
            skipped: empty('skipped'),
            exitCode: empty('exitCode'),
            peakRssBytes: empty('peakRssBytes'),
            finishedAt: empty('finishedAt'),
            startedAt: empty('startedAt'),
            lane: empty('lane'),
        }, Math.floor(timeBase));
    }
    /**
     * Takes columns over as they are (no copy). For the readers, which have checked every value:
     * equal lengths, unique ids, each entry either a valid record or `outcome: null` and zeros.
     * `index`, when the reader built one, maps each id to its position.
     */
    static adopt(columns, timeBase, index) {
        return new CheckpointUnits(columns, timeBase, index);
    }
    /** The unit list, in its order. */
    get ids() {
        return this.#c.id;
    }
    /** How many units the list has. */
    get length() {
        return this.#c.id.length;
    }
    /** How many of them have a record. */
    get size() {
        return this.#recorded;
    }
    /**
     * The position of `id` in the list, or -1. With `hint`, the position where the caller expects
     * it (its index in today's list): checked first, so a list laid out like today's needs no lookup.
     */
    indexOf(id, hint) {
        if (hint !== undefined && this.#c.id[hint] === id)
            return hint;
        if (this.#index === undefined) {
            const index = new Map();
            const ids = this.#c.id;
            for (let i = 0; i < ids.length; i++)
                if (!index.has(ids[i]))
                    index.set(ids[i], i);
            this.#index = index;
        }
        return this.#index.get(id) ?? -1;
    }
    outcomeAt(index) {
        const code = this.#c.outcome[index];
        return code === null || code === undefined ? undefined : _vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .OUTCOMES */ .im[code];
    }
    /** The recorded duration at `index`, if that unit has a record. */
    durationAt(index) {
        return this.outcomeAt(index) === undefined ? undefined : this.#c.durationMs[index];
    }
    at(index) {
        const c = this.#c;
        const outcome = this.outcomeAt(index);
        if (outcome === undefined)
            return undefined;
        const started = c.startedAt[index];
        const startedAt = started === null ? undefined : this.timeBase + started;
        const lane = c.lane[index];
        const durationMs = c.durationMs[index];
        return {
            outcome,
            attempts: c.attempts[index],
            flaky: c.flaky[index] === 1,
            durationMs,
            tests: { passed: c.passed[index], failed: c.failed[index], skipped: c.skipped[index] },
            exitCode: c.exitCode[index],
            peakRssBytes: c.peakRssBytes[index],
            finishedAt: (startedAt === undefined ? this.timeBase : startedAt + durationMs) + c.finishedAt[index],
            ...(startedAt !== undefined ? { startedAt } : {}),
            ...(lane !== null && lane !== undefined ? { lane } : {}),
        };
    }
    get(id) {
        const index = this.indexOf(id);
        return index < 0 ? undefined : this.at(index);
    }
    has(id) {
        const index = this.indexOf(id);
        return index >= 0 && this.#c.outcome[index] !== null;
    }
    /** Records `entry` for `id`, adding the id at the end of the list when it is not in it. */
    record(id, entry) {
        let index = this.indexOf(id);
        if (index < 0)
            index = this.#append(id);
        this.setAt(index, entry);
    }
    setAt(index, entry) {
        const c = this.#c;
        if (c.outcome[index] === null)
            this.#recorded++;
        c.outcome[index] = OUTCOME_CODE.get(entry.outcome);
        c.attempts[index] = entry.attempts;
        c.flaky[index] = entry.flaky ? 1 : 0;
        c.durationMs[index] = entry.durationMs;
        c.passed[index] = entry.tests.passed;
        c.failed[index] = entry.tests.failed;
        c.skipped[index] = entry.tests.skipped;
        c.exitCode[index] = entry.exitCode;
        c.peakRssBytes[index] = entry.peakRssBytes;
        const startedAt = entry.startedAt === undefined ? null : entry.startedAt - this.timeBase;
        c.startedAt[index] = startedAt;
        c.finishedAt[index] =
            entry.finishedAt -
                (entry.startedAt === undefined ? this.timeBase : entry.startedAt + entry.durationMs);
        c.lane[index] = entry.lane ?? null;
        this.#stale[Math.floor(index / BLOCK)] = true;
    }
    /** Copies the record at `from` in `source` (if any) to `to` here, without building an object. */
    copyFrom(source, from, to) {
        const s = source.#c;
        const c = this.#c;
        const outcome = s.outcome[from];
        if (outcome === null || outcome === undefined)
            return;
        if (c.outcome[to] === null)
            this.#recorded++;
        const shift = source.timeBase - this.timeBase;
        const started = s.startedAt[from];
        c.outcome[to] = outcome;
        c.attempts[to] = s.attempts[from];
        c.flaky[to] = s.flaky[from];
        c.durationMs[to] = s.durationMs[from];
        c.passed[to] = s.passed[from];
        c.failed[to] = s.failed[from];
        c.skipped[to] = s.skipped[from];
        c.exitCode[to] = s.exitCode[from];
        c.peakRssBytes[to] = s.peakRssBytes[from];
        c.startedAt[to] = started === null ? null : started + shift;
        c.finishedAt[to] = s.finishedAt[from] + (started === null ? shift : 0);
        c.lane[to] = s.lane[from];
        this.#stale[Math.floor(to / BLOCK)] = true;
    }
    /** The recorded units, in list order. */
    *entries() {
        for (let i = 0; i < this.#c.id.length; i++) {
            const entry = this.at(i);
            if (entry !== undefined)
                yield [this.#c.id[i], entry];
        }
    }
    /**
     * The JSON of the columns as an object (`{"id":[…],"outcome":[…],…}`), in parts. Blocks
     * unchanged since the last call are reused.
     */
    encode() {
        const n = this.#c.id.length;
        const blockCount = Math.ceil(n / BLOCK);
        for (let b = 0; b < blockCount; b++) {
            if (this.#stale[b] !== true && this.#blocks[0][b] !== undefined)
                continue;
            const from = b * BLOCK;
            const to = Math.min(n, from + BLOCK);
            COLUMN_NAMES.forEach((name, k) => {
                const text = JSON.stringify(this.#c[name].slice(from, to));
                // Numbers and null are ASCII, which latin1 encodes fastest; ids may be any text.
                const bytes = Buffer.from(text, name === 'id' ? 'utf8' : 'latin1');
                this.#blocks[k][b] = bytes.subarray(1, bytes.length - 1);
            });
            this.#stale[b] = false;
        }
        const comma = Buffer.from(',');
        const parts = [];
        COLUMN_NAMES.forEach((name, k) => {
            parts.push(Buffer.from(`${k === 0 ? '{' : '],'}${JSON.stringify(name)}:[`));
            const blocks = this.#blocks[k];
            for (let b = 0; b < blockCount; b++) {
                if (b > 0)
                    parts.push(comma);
                parts.push(blocks[b]);
            }
        });
        parts.push(Buffer.from(']}'));
        return parts;
    }
    #append(id) {
        const c = this.#c;
        const index = c.id.length;
        c.id.push(id);
        c.outcome.push(null);
        for (const name of COLUMN_NAMES) {
            if (name === 'id' || name === 'outcome')
                continue;
            c[name].push(emptyValue(name));
        }
        this.#index?.set(id, index);
        this.#stale[Math.floor(index / BLOCK)] = true;
        return index;
    }
}
/** Templates to copy packed arrays from, grown to the longest list seen. */
const templates = { zero: [], null: [] };
/**
 * An array of `n` times `value`, packed: `new Array(n).fill()` makes a holey array, which
 * JSON.stringify serialises half as fast, and pushing each value costs 30 ns; a slice of a packed
 * template is a copy of memory.
 */
function packed(n, value) {
    const template = value === 0 ? templates.zero : templates.null;
    while (template.length < n)
        template.push(value);
    return template.slice(0, n);
}


/***/ }),

/***/ 8452:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ orderUnits),
/* harmony export */   u: () => (/* binding */ medianOf)
/* harmony export */ });
/** Outcomes that put a unit at the front: the answer a developer waits for comes sooner. */
const FAILED_LAST_TIME = new Set([
    'failed',
    'timed-out',
    'resource-exceeded',
    'interrupted',
]);
/**
 * Returns a new array:
 * 1. units whose recorded outcome is failed, timed-out, resource-exceeded or interrupted, then
 *    the others;
 * 2. within each of these groups, when `jobs > 1` and at least one unit of the list has a recorded
 *    duration, longest first, so no long unit starts last and keeps one lane busy alone. A unit
 *    without a duration counts as the median of the known ones: a typical unit, neither forced to
 *    the front nor left for the end. An interrupted unit's duration was cut short, so it counts as
 *    unknown;
 * 3. otherwise, and between equal durations, the given order.
 */
function orderUnits(units, options) {
    const recorded = options.previous?.units;
    const at = recorded === undefined ? units.map(() => -1) : positions(units, recorded);
    const outcomes = at.map((i) => (i < 0 ? undefined : recorded?.outcomeAt(i)));
    const durations = at.map((i, k) => i < 0 || outcomes[k] === 'interrupted' ? undefined : recorded?.durationAt(i));
    const known = durations.filter((d) => d !== undefined);
    const byDuration = options.jobs > 1 && known.length > 0;
    const median = medianOf(known);
    const keyed = units.map((unit, index) => {
        const outcome = outcomes[index];
        return {
            unit,
            index,
            failedFirst: outcome !== undefined && FAILED_LAST_TIME.has(outcome) ? 0 : 1,
            duration: byDuration ? (durations[index] ?? median) : 0,
        };
    });
    keyed.sort((a, b) => a.failedFirst - b.failedFirst || b.duration - a.duration || a.index - b.index);
    return keyed.map((k) => k.unit);
}
/**
 * Where each unit is in the checkpoint. The units to run are today's list with the settled ones
 * left out, and the checkpoint is laid out on today's list, so each is found by walking forward
 * from the previous one: no id is hashed. A unit the walk does not find (a checkpoint laid out
 * otherwise) is looked up by id, and so is every unit after it.
 */
function positions(units, recorded) {
    const ids = recorded.ids;
    let cursor = 0;
    let walking = true;
    return units.map((unit) => {
        if (walking) {
            let i = cursor;
            while (i < ids.length && ids[i] !== unit.id)
                i++;
            if (i < ids.length) {
                cursor = i + 1;
                return i;
            }
            walking = false;
        }
        return recorded.indexOf(unit.id);
    });
}
/** The median, averaging the two middle values of an even count; 0 for none. */
function medianOf(values) {
    if (values.length === 0)
        return 0;
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}


/***/ }),

/***/ 9476:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ readBounded),
/* harmony export */   E: () => (/* binding */ closeQuietly)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
// Reads a small file whole without trusting it: size judged before reading, never blocking on a FIFO or device.


/** Reads at most `maxBytes`, judging the size before reading anything (and again on the open file). */
function readBounded(path, maxBytes) {
    let fd;
    try {
        // stat first: opening a FIFO or a device could block or never end.
        const before = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(path);
        const problem = sizeProblem(before, maxBytes);
        if (problem !== undefined)
            return { kind: 'unusable', why: problem };
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(path, 'r');
        const opened = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(fd);
        const again = sizeProblem(opened, maxBytes);
        if (again !== undefined)
            return { kind: 'unusable', why: again };
        const buffer = Buffer.allocUnsafe(opened.size);
        let filled = 0;
        while (filled < buffer.length) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, buffer, filled, buffer.length - filled, filled);
            if (n === 0)
                break;
            filled += n;
        }
        const bytes = buffer.subarray(0, filled);
        // Plain ASCII (what testwarden writes, unless ids hold other characters) decodes far faster as latin1.
        return { kind: 'text', content: bytes.toString((0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isAscii)(bytes) ? 'latin1' : 'utf8') };
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return { kind: 'missing' };
        return {
            kind: 'unusable',
            why: `could not be read (${code ?? ''} ${error.message})`,
        };
    }
    finally {
        if (fd !== undefined)
            closeQuietly(fd);
    }
}
function sizeProblem(stats, maxBytes) {
    if (!stats.isFile())
        return 'is not a regular file';
    if (stats.size > maxBytes)
        return `is ${stats.size} bytes, above the ${maxBytes}-byte limit`;
    return undefined;
}
function closeQuietly(fd) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
    catch {
        // Nothing more to do with it.
    }
}


/***/ }),

/***/ 4130:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S: () => (/* binding */ CHECKPOINT_FILE),
  y: () => (/* binding */ RunCheckpoint)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/checkpoint/checkpoint-file.js + 5 modules
var checkpoint_file = __webpack_require__(6537);
// EXTERNAL MODULE: ./lib/core/checkpoint/checkpoint-format.js
var checkpoint_format = __webpack_require__(4492);
// EXTERNAL MODULE: ./lib/core/checkpoint/checkpoint-runs.js
var checkpoint_runs = __webpack_require__(7433);
;// CONCATENATED MODULE: ./lib/core/checkpoint/checkpoint-sync.js
// The seam between the on-disk checkpoint (always written by the core) and a remote copy (the Actions cache in the Action).
const ROUTINE = new Set(['throttled', 'unchanged', 'deferred']);
/** The detail of a save that failed for a reason worth a warning; undefined when saved or routinely skipped. */
function saveProblem(outcome) {
    return outcome.saved || ROUTINE.has(outcome.why) ? undefined : outcome.detail;
}

// EXTERNAL MODULE: ./lib/core/checkpoint/checkpoint-tests.js
var checkpoint_tests = __webpack_require__(410);
// EXTERNAL MODULE: ./lib/core/checkpoint/order-units.js
var order_units = __webpack_require__(8452);
// EXTERNAL MODULE: ./lib/core/format.js
var format = __webpack_require__(5888);
// EXTERNAL MODULE: ./lib/core/frameworks/test-results.js
var test_results = __webpack_require__(2022);
// EXTERNAL MODULE: ./lib/core/checkpoint/checkpoint-units.js
var checkpoint_units = __webpack_require__(1400);
;// CONCATENATED MODULE: ./lib/core/checkpoint/resume-plan.js
// Resume rules (docs/checkpoint-format.md): which units a checkpoint settles, which run again, and one line saying what happened.



/** Outcomes a resumed run does not repeat. `passed` includes flaky units (passed on a retry). */
const SETTLED = new Set(['passed', 'skipped']);
function planResume(input) {
    const { checkpoint, units } = input;
    if (checkpoint === undefined) {
        const unusable = input.previousAvailable ?? false;
        return fresh(units, unusable ? 'unusable' : 'no-checkpoint', unusable
            ? 'Starting fresh: the checkpoint could not be used (see the warning above)'
            : 'Starting fresh: no checkpoint found');
    }
    if (input.ciRunId !== undefined && checkpoint.ciRunId !== input.ciRunId) {
        const whose = checkpoint.ciRunId !== undefined ? `of run ${checkpoint.ciRunId}` : 'of no known CI run';
        return fresh(units, 'other-run', `Starting fresh: the checkpoint found is ${whose}, not of this run ${input.ciRunId}; its results do not hold for this run's commit`);
    }
    if (checkpoint.complete) {
        return fresh(units, 'complete', 'Starting fresh: the checkpoint is of a run that completed (reason: complete)');
    }
    if (checkpoint.fingerprint.command !== input.fingerprintNow.command) {
        return fresh(units, 'command-changed', 'Starting fresh: the command changed since the checkpoint was written, so its results may not hold for it');
    }
    const fromCheckpoint = [];
    const toRun = [];
    const carried = checkpoint_units/* CheckpointUnits */.KV.empty(units.map((u) => u.id), checkpoint.units.timeBase);
    let unrecorded = 0;
    // Walk today's list, not the checkpoint: an id only the checkpoint knows can never come out.
    units.forEach((unit, i) => {
        const at = checkpoint.units.indexOf(unit.id, i);
        const entry = at < 0 ? undefined : checkpoint.units.at(at);
        if (entry === undefined)
            unrecorded++;
        if (entry !== undefined && SETTLED.has(entry.outcome)) {
            fromCheckpoint.push(settledResult(unit, entry, checkpoint.tests.of(unit.id)));
            carried.copyFrom(checkpoint.units, at, i);
        }
        else {
            toRun.push(unit);
        }
    });
    const from = checkpoint.attempt !== undefined ? ` of attempt ${checkpoint.attempt}` : '';
    const why = checkpoint.reason !== null ? `reason: ${checkpoint.reason}` : 'previous run ended';
    let notice = `Resuming from checkpoint${from} (${why}, ${fromCheckpoint.length} of ${units.length} units done)`;
    if (checkpoint.fingerprint.units !== input.fingerprintNow.units) {
        const gone = input.droppedUnknown ?? 0;
        notice += `; the unit list changed since: merged by id, ${(0,format/* plural */.LS)(gone, 'recorded unit')} no longer listed, ${(0,format/* plural */.LS)(unrecorded, 'unit')} without a record will run`;
    }
    return { resumed: true, fromCheckpoint, toRun, carried, notice };
}
function fresh(units, why, notice) {
    return {
        resumed: false,
        fresh: why,
        fromCheckpoint: [],
        toRun: [...units],
        carried: checkpoint_units/* CheckpointUnits */.KV.empty(units.map((u) => u.id), Date.now()),
        notice,
    };
}
function settledResult(unit, entry, records) {
    const testCases = records && records.size > 0 ? carriedTestCases(records) : undefined;
    // A batch's files: those its tests were recorded in (the split may have changed since).
    const files = testCases
        ? [...new Set(testCases.tests.map((t) => t.file))].sort()
        : unit.files && [...unit.files];
    return {
        id: unit.id,
        ...(unit.files && files ? { files } : {}),
        outcome: entry.outcome,
        fromCheckpoint: true,
        attempts: entry.attempts,
        flaky: entry.flaky,
        exitCode: entry.exitCode,
        signal: null,
        durationMs: entry.durationMs,
        peakRssBytes: entry.peakRssBytes,
        // Only units that passed or were skipped are carried: none had errors (files that failed to load fail their unit).
        tests: { ...entry.tests, errors: 0 },
        leaked: [],
        log: null,
        // When the checkpoint knows them, the timeline can show the unit in the run that ran it.
        ...(entry.startedAt !== undefined
            ? {
                startedAt: entry.startedAt,
                endedAt: Math.max(entry.startedAt, entry.finishedAt),
            }
            : {}),
        ...(entry.lane !== undefined ? { lane: entry.lane } : {}),
        // A preset unit's tests as the run that ran them recorded them: the report, JUnit and
        // the console list a carried unit's tests as they list those of the units that ran.
        ...(testCases ? { testCases } : {}),
    };
}
/** The per-test results of a settled preset unit, from its checkpoint rows. */
function carriedTestCases(records) {
    const tests = [];
    for (const { status, durationMs, flaky, ...id } of records.records()) {
        // A settled unit's rows all ended; a row still `running` would be a cut run's, never settled.
        if (status === 'running')
            continue;
        tests.push({
            ...id,
            status,
            ...(durationMs !== undefined ? { durationMs } : {}),
            ...(flaky ? { flaky: true } : {}),
        });
    }
    return {
        tests,
        unfinished: [],
        fileErrors: [],
        counts: (0,test_results/* countStatuses */.ip)(tests.map((t) => t.status)),
    };
}

;// CONCATENATED MODULE: ./lib/core/checkpoint/regroup-tests.js
// A preset resume whose units differ from the checkpoint's (another --batch, batches before and none now, or the reverse): the recorded tests go to today's units by file, a test being known by its file and titles, so a test that passed is not run again because it moved to another batch.




/**
 * Gives the tests recorded under units that are not today's (`others`) and under today's to
 * today's units, by file: a unit (a batch) takes the rows of its files; a unit without files (the
 * whole suite) takes every row. A file's rows are complete when the unit that recorded them
 * reported to its end and its outcome is explained by its tests (it passed, or a test of it
 * failed): a unit that failed for something else (a leak, a limit) has its files run again.
 * Today's unit is complete when each of its files is; a complete unit whose tests all settled is
 * recorded as passed and is carried, the others run what their rows do not settle (by name after
 * a complete record, everything but the settled tests otherwise, see rerun-selection.ts).
 * Undefined when every recorded unit is one of today's (the unit ids did not change).
 */
function regroupTestsByFile(checkpoint, others, units) {
    const otherIds = others.tests.unitIds.filter((id) => (others.tests.of(id)?.size ?? 0) > 0);
    if (otherIds.length === 0)
        return undefined;
    const sources = [
        ...checkpoint.tests.unitIds.map((id) => ({
            records: checkpoint.tests.of(id),
            entry: checkpoint.units.get(id),
        })),
        ...otherIds.map((id) => ({ records: others.tests.of(id), entry: others.units.get(id) })),
    ];
    const whole = units.length === 1 && units[0].files === undefined ? units[0].id : undefined;
    const owner = new Map();
    for (const unit of units)
        for (const file of unit.files ?? [])
            owner.set(file, unit.id);
    const tests = new checkpoint_tests/* CheckpointTests */.Cs();
    const complete = new Map();
    const finishedAt = new Map();
    let moved = 0;
    for (const { records, entry } of sources) {
        const rows = [...records.records()];
        const explained = entry !== undefined &&
            (entry.outcome === 'passed' ||
                entry.outcome === 'skipped' ||
                (entry.outcome === 'failed' &&
                    rows.some((r) => r.status === 'failed' || r.status === 'error')));
        const trusted = records.finished && explained;
        for (const row of rows) {
            const unitId = owner.get(row.file) ?? whole;
            if (unitId === undefined)
                continue;
            const { occurrence: _numberedAgain, ...record } = row;
            tests.of(unitId, true).adopt(record);
            moved++;
            complete.set(row.file, (complete.get(row.file) ?? true) && trusted);
            if (entry !== undefined)
                finishedAt.set(unitId, Math.max(finishedAt.get(unitId) ?? 0, entry.finishedAt));
        }
    }
    const carried = checkpoint_units/* CheckpointUnits */.KV.empty(units.map((u) => u.id), checkpoint.units.timeBase);
    let settled = 0;
    for (const unit of units) {
        const records = tests.of(unit.id);
        if (records === undefined)
            continue;
        // Without a file list (the whole suite) which files exist is not known: never complete.
        records.finished =
            unit.files !== undefined && unit.files.every((file) => complete.get(file) === true);
        const rows = [...records.records()];
        if (!records.finished || !rows.every((r) => r.titles.length > 0 && (0,checkpoint_tests/* isSettledStatus */.e8)(r.status)))
            continue;
        // Every row settled (checked above): none is `running`.
        const { passed, skipped } = (0,test_results/* toTestCounts */.sN)((0,test_results/* countStatuses */.ip)(rows.map((r) => r.status)));
        carried.record(unit.id, {
            outcome: 'passed',
            attempts: 1,
            flaky: rows.some((r) => r.flaky),
            durationMs: rows.reduce((sum, r) => sum + (r.durationMs ?? 0), 0),
            tests: { passed, failed: 0, skipped },
            exitCode: 0,
            peakRssBytes: 0,
            finishedAt: finishedAt.get(unit.id) || Date.parse(checkpoint.updatedAt) || Date.now(),
        });
        settled++;
    }
    return {
        checkpoint: { ...checkpoint, units: carried, tests },
        notice: `The units changed since the checkpoint (another --batch?): its ${(0,format/* plural */.LS)(moved, 'recorded test')} were given to today's ${(0,format/* plural */.LS)(units.length, 'unit')} by file; ${(0,format/* plural */.LS)(settled, 'unit')} whose tests all settled ${settled === 1 ? 'is' : 'are'} carried, the others run their tests not settled`,
    };
}

;// CONCATENATED MODULE: ./lib/core/checkpoint/run-checkpoint.js
// A run's checkpoint from start to end: restore and read it, plan the resume, order the units, record each result, write it atomically and sync it.










const CHECKPOINT_FILE = 'checkpoint.json';
const isSettled = (status) => status !== undefined && (0,checkpoint_tests/* isSettledStatus */.e8)(status);
/**
 * Above this many units, writes after units are spaced out so that checkpointing stays under
 * about 2 % of the run: after a write that took w ms, the next one waits 50·w ms (at most 1 s).
 * At 10,000 units that is about every 0.1 s, at 100,000 about every 0.5 s. Smaller runs write
 * after every unit; every run writes at the end and at shutdown.
 */
const BIG = 2000;
const WRITE_SPACING = 50;
const MAX_WRITE_INTERVAL_MS = 1000;
/**
 * Test results are written at least 200 ms apart, and 50 times the last write's duration apart
 * (about 2 % of the run) up to 5 s: at 100,000 tests a write costs about 0.1 s on an idle
 * 2-core machine. The end of each unit and of the run is always written.
 */
const MIN_TEST_WRITE_INTERVAL_MS = 200;
const MAX_TEST_WRITE_INTERVAL_MS = 5000;
class RunCheckpoint {
    path;
    resumed;
    fromCheckpoint;
    /** Units to run, in the order to run them. */
    toRun;
    #checkpoint;
    #options;
    #lastWrite = 0;
    /** How long the last write took (ms). */
    #lastWriteMs = 0;
    /** A write of test results waiting for its turn. */
    #pendingWrite;
    /** The first write's flush to disk, going on beside the first units (the end waits for it). */
    #firstSync;
    /** The status a test not settled had when it started again (a rerun), until it ends. */
    #startedFrom = new Map();
    constructor(options, state) {
        this.#options = options;
        this.path = state.path;
        this.resumed = state.resumed;
        this.fromCheckpoint = state.fromCheckpoint;
        this.toRun = state.toRun;
        this.#checkpoint = state.checkpoint;
    }
    static async open(options) {
        const path = (0,external_node_path_.join)(options.stateDir, CHECKPOINT_FILE);
        if (options.resume && options.sync) {
            const restored = await options.sync.restore();
            if (restored.restored)
                options.notice('info', `Restored the checkpoint ${restored.key ?? ''}`.trim());
            else if (restored.detail)
                options.notice('info', `No checkpoint restored: ${restored.detail}`);
        }
        const unitIds = options.units.map((u) => u.id);
        const read = (0,checkpoint_file/* readCheckpoint */.HQ)(path, {
            unitIds,
            keepOthers: options.resume && options.presetTests === true,
        });
        for (const warning of read.warnings)
            options.notice('warning', warning);
        const regrouped = read.checkpoint && read.others
            ? regroupTestsByFile(read.checkpoint, read.others, options.units)
            : undefined;
        if (regrouped)
            read.checkpoint = regrouped.checkpoint;
        const fingerprint = (0,checkpoint_format/* computeFingerprint */.Yo)({
            unitIds,
            command: options.command,
            shell: options.shell,
        });
        let fromCheckpoint = [];
        let toRun = [...options.units];
        let carried = unitIds;
        let resumed = false;
        if (options.resume) {
            const plan = planResume({
                checkpoint: read.checkpoint,
                units: options.units,
                fingerprintNow: fingerprint,
                ciRunId: options.ciRunId,
                previousAvailable: read.checkpoint !== undefined || read.warnings.length > 0,
                droppedUnknown: read.dropped.unknownIds,
            });
            options.notice('info', plan.notice);
            if (plan.resumed && regrouped)
                options.notice('info', regrouped.notice);
            ({ fromCheckpoint, toRun, carried, resumed } = plan);
        }
        const ordered = (0,order_units/* orderUnits */.I)(toRun, { previous: read.checkpoint, jobs: options.jobs });
        const checkpoint = (0,checkpoint_format/* createCheckpoint */.vq)({
            runId: options.runId,
            ...(options.attempt !== undefined ? { attempt: options.attempt } : {}),
            ...(options.ciRunId !== undefined ? { ciRunId: options.ciRunId } : {}),
            fingerprint,
            units: carried,
            // A resumed run pictures the runs before it; a fresh start has no history.
            ...(resumed && read.checkpoint ? { previousRuns: (0,checkpoint_runs/* carryRuns */.cE)(read.checkpoint) } : {}),
            ...(resumed && read.checkpoint ? { tests: read.checkpoint.tests } : {}),
        });
        const run = new RunCheckpoint(options, {
            path,
            resumed,
            fromCheckpoint,
            toRun: ordered,
            checkpoint,
        });
        // Written before any unit runs: a crash from here on still leaves a readable checkpoint, and
        // a full disk or a removed folder stops the run now (no unit started) rather than losing the
        // checkpoint later. Its flush to disk goes on beside the first unit's start (a flush waits
        // for whatever else the disk has pending, such as the files an install just wrote); the
        // run's end waits for it.
        try {
            run.#firstSync = (0,checkpoint_file/* writeCheckpoint */.Kp)(path, checkpoint, { durable: 'background' }).synced;
        }
        catch (error) {
            if (options.onWriteError?.(error, path))
                return run;
            throw new errors/* UsageError */.eb(`--state-dir: expected a folder where the checkpoint can be written, but writing ${path} failed: ${error.message}`, { cause: error });
        }
        run.#lastWrite = Date.now();
        return run;
    }
    /** Records a finished unit and writes the file (spaced out for very large runs). */
    record(result) {
        if (!(0,checkpoint_format/* recordUnit */.aj)(this.#checkpoint, result))
            return;
        const big = this.#options.units.length > BIG;
        const wait = Math.min(MAX_WRITE_INTERVAL_MS, WRITE_SPACING * this.#lastWriteMs);
        if (!big || Date.now() - this.#lastWrite >= wait)
            this.#write();
        void this.#options.sync?.save({ force: false }).then((outcome) => {
            const problem = saveProblem(outcome);
            if (problem)
                this.#options.notice('warning', `checkpoint not uploaded: ${problem}`);
        });
    }
    /** A preset unit's per-test records (carried from the checkpoint on resume), created empty when it has none. */
    testsOf(unitId) {
        return this.#checkpoint.tests.of(unitId, true);
    }
    /**
     * Records one event of a preset unit's stream as it arrives: a test that starts is `running`,
     * one that ends gets its status, a file that failed to load is a row without titles. Written
     * spaced out (at most every 200 ms, and 50 times the last write's cost apart).
     */
    recordTestEvent(unitId, event) {
        const records = this.testsOf(unitId);
        switch (event.type) {
            case 'test-start': {
                // A settled test is not made unsettled by a start: Vitest announces the tests a name
                // filter leaves out, and a test that passed before and is cut short now still passed.
                const before = records.get(event)?.status;
                if (isSettled(before))
                    break;
                if (before !== undefined && before !== 'running')
                    this.#startedFrom.set(startKey(unitId, event), before);
                records.set(event, 'running');
                break;
            }
            case 'test-end':
                this.#startedFrom.delete(startKey(unitId, event));
                records.set(event, event.status, event.durationMs);
                break;
            case 'group-end': {
                // A suite node:test reported as started is not a test; nor is a test node announced and
                // then left out by its name pattern, which keeps the result it had (it did not run).
                if (records.get(event)?.status !== 'running')
                    break;
                const before = this.#startedFrom.get(startKey(unitId, event));
                this.#startedFrom.delete(startKey(unitId, event));
                if (before !== undefined)
                    records.set(event, before);
                else
                    records.delete(event);
                break;
            }
            case 'file-error':
                records.set({ file: event.file, titles: [] }, 'error');
                break;
            default:
                return;
        }
        this.testsChanged();
    }
    /** Writes the test records soon (now when the last write is far enough back). */
    testsChanged() {
        if (this.#pendingWrite)
            return;
        const spacing = Math.max(MIN_TEST_WRITE_INTERVAL_MS, Math.min(MAX_TEST_WRITE_INTERVAL_MS, WRITE_SPACING * this.#lastWriteMs));
        const wait = this.#lastWrite + spacing - Date.now();
        const write = () => {
            this.#pendingWrite = undefined;
            this.#write();
            void this.#options.sync?.save({ force: false }).then((outcome) => {
                const problem = saveProblem(outcome);
                if (problem)
                    this.#options.notice('warning', `checkpoint not uploaded: ${problem}`);
            });
        };
        if (wait <= 0)
            write();
        else {
            this.#pendingWrite = setTimeout(write, wait);
            this.#pendingWrite.unref();
        }
    }
    /**
     * Marks how the run ended (with the report's machine record, when given, kept thinned in the
     * run history), writes the file and forces an upload.
     */
    async end(reason, machine) {
        if (this.#pendingWrite)
            clearTimeout(this.#pendingWrite);
        this.#pendingWrite = undefined;
        await this.#firstSync;
        (0,checkpoint_format/* markEnded */.oz)(this.#checkpoint, {
            reason,
            unitIds: this.#options.units.map((u) => u.id),
            machine,
        });
        this.#write(true);
        if (this.#options.sync) {
            const outcome = await this.#options.sync.save({ force: true });
            const problem = saveProblem(outcome);
            if (outcome.saved)
                this.#options.notice('info', `Checkpoint saved as ${outcome.key}`);
            else if (problem)
                this.#options.notice('warning', `checkpoint not saved: ${problem}`);
        }
    }
    #write(durable = false) {
        const started = performance.now();
        try {
            (0,checkpoint_file/* writeCheckpoint */.Kp)(this.path, this.#checkpoint, { durable });
            this.#lastWrite = Date.now();
            this.#lastWriteMs = performance.now() - started;
        }
        catch (error) {
            const detail = error instanceof checkpoint_file/* CheckpointWriteError */.Uv ? error.message : String(error);
            this.#options.notice('warning', `could not write the checkpoint ${this.path}: ${detail}`);
            this.#options.onWriteError?.(error, this.path);
        }
    }
    /** The runs that worked on this checkpoint, oldest first, this one last (for the run pictures). */
    get runs() {
        return this.#checkpoint.runs ?? [];
    }
}
/** A unit's test, as the key of the statuses its rerun started from. */
function startKey(unitId, id) {
    return `${JSON.stringify(unitId)}\u0000${(0,checkpoint_tests/* recordKey */.Hy)(id)}`;
}


/***/ }),

/***/ 2633:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ getJson),
/* harmony export */   d: () => (/* binding */ getHeaders)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
// One GET on an engine's API socket with its JSON answer (or its headers): how docker is asked for its version and its containers without the CLI.

/** GET a path on the socket and parse the JSON answer; rejects on any problem (the caller falls back to the CLI). */
function getJson(socketPath, path, timeoutMs = 5000) {
    return get(socketPath, path, timeoutMs).then(({ body }) => JSON.parse(body.toString('utf8')));
}
/** GET a path on the socket for its headers (the body is read and dropped); rejects as getJson does. */
function getHeaders(socketPath, path, timeoutMs = 5000) {
    return get(socketPath, path, timeoutMs).then(({ headers }) => headers);
}
function get(socketPath, path, timeoutMs) {
    return new Promise((resolve, reject) => {
        // servername '': no TLS here, and Node would otherwise test the host name for an IP address
        // with a regular expression whose first compilation costs about 15 ms of CPU.
        const options = { socketPath, path, method: 'GET', timeout: timeoutMs, servername: '' };
        const req = (0,node_http__WEBPACK_IMPORTED_MODULE_0__.request)(options, (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => {
                if (res.statusCode !== 200)
                    return reject(new Error(`docker API ${path}: HTTP ${res.statusCode}`));
                resolve({ headers: res.headers, body: Buffer.concat(chunks) });
            });
            res.on('error', reject);
        });
        req.on('timeout', () => req.destroy(new Error(`docker API ${path}: no answer in ${timeoutMs} ms`)));
        req.on('error', reject);
        req.end();
    });
}


/***/ }),

/***/ 7981:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Xu: () => (/* binding */ inspectContainers),
  ts: () => (/* binding */ listContainers)
});

// UNUSED EXPORTS: parseCreated, parseLabels, parsePsOutput

// EXTERNAL MODULE: ./lib/core/containers/api-get.js
var api_get = __webpack_require__(2633);
// EXTERNAL MODULE: ./lib/core/containers/docker-endpoint.js
var docker_endpoint = __webpack_require__(9782);
;// CONCATENATED MODULE: ./lib/core/containers/docker-socket.js
// Lists docker's containers through its API socket (about 1 ms) instead of the CLI (about 20–40 ms a call), when the socket is the one the CLI talks to.


/** The unix socket the docker CLI would use, when that is knowable without running it. */
function dockerSocketPath(env = process.env) {
    const endpoint = (0,docker_endpoint/* dockerEndpoint */.u)(env);
    return endpoint.kind === 'socket' ? endpoint.path : undefined;
}
const verified = new WeakMap();
/**
 * The socket to use for this engine, or undefined. An engine found through the socket the CLI
 * would use has it already; otherwise the socket must answer with the same server version the
 * CLI reported, so the API and the CLI are known to talk to the same daemon.
 */
function socketFor(engine) {
    if (engine.kind !== 'docker')
        return Promise.resolve(undefined);
    if (engine.apiSocket !== undefined)
        return Promise.resolve(engine.apiSocket);
    let check = verified.get(engine);
    if (!check) {
        const path = dockerSocketPath();
        check = path
            ? (0,api_get/* getJson */.T)(path, '/version', 2000).then((v) => (v.Version === engine.version ? path : undefined), () => undefined)
            : Promise.resolve(undefined);
        verified.set(engine, check);
    }
    return check;
}
/** `--filter key=value` strings as the API's `filters` JSON (`{"label":["a=b"]}`). */
function filtersQuery(filters) {
    const map = {};
    for (const f of filters) {
        const eq = f.indexOf('=');
        const key = eq < 0 ? f : f.slice(0, eq);
        (map[key] ??= []).push(eq < 0 ? '' : f.slice(eq + 1));
    }
    return encodeURIComponent(JSON.stringify(map));
}

// EXTERNAL MODULE: ./lib/core/containers/engine.js
var containers_engine = __webpack_require__(2444);
;// CONCATENATED MODULE: ./lib/core/containers/container-list.js
// Lists an engine's containers (all states) in one shape, whether the CLI is docker's (one JSON object a line) or podman's (one JSON array).



/** Every container the engine knows (`ps -a`), running or not. */
async function listContainers(engine, options = {}) {
    const socket = await socketFor(engine);
    if (socket) {
        const filters = options.filters?.length ? `&filters=${filtersQuery(options.filters)}` : '';
        const answer = await (0,api_get/* getJson */.T)(socket, `/containers/json?all=1${filters}`, options.timeoutMs ?? 15_000).catch(() => undefined);
        if (Array.isArray(answer))
            return answer.map((r) => toContainerInfo(r));
    }
    const args = ['ps', '-a', '--no-trunc'];
    for (const filter of options.filters ?? [])
        args.push('--filter', filter);
    // podman's `{{json .}}` prints one pretty-printed array, not one object a line; ask for its native form.
    args.push('--format', engine.kind === 'podman' ? 'json' : '{{json .}}');
    const { stdout } = await (0,containers_engine/* runEngine */.cn)(engine, args, { timeoutMs: options.timeoutMs ?? 15_000 });
    return parsePsOutput(stdout);
}
/** Parses `ps` output: a JSON array (podman) or one JSON object per line (docker). */
function parsePsOutput(text) {
    const trimmed = text.trim();
    if (trimmed === '')
        return [];
    const records = trimmed.startsWith('[')
        ? JSON.parse(trimmed)
        : trimmed
            .split('\n')
            .flatMap((line) => (line.trim() === '' ? [] : [JSON.parse(line)]));
    return records.map((record) => toContainerInfo(record));
}
function toContainerInfo(r) {
    const status = str(r.Status);
    return {
        id: str(r.ID ?? r.Id),
        name: firstName(r.Names),
        image: str(r.Image),
        createdAt: parseCreated(r.Created ?? r.CreatedAt),
        labels: parseLabels(r.Labels),
        state: (str(r.State) || stateFromStatus(status)).toLowerCase(),
        status,
        autoRemove: typeof r.AutoRemove === 'boolean' ? r.AutoRemove : undefined,
    };
}
function str(value) {
    return typeof value === 'string'
        ? value
        : value === undefined || value === null
            ? ''
            : String(value);
}
/** docker: `"a,b"` (links add more); podman: `["a"]`. The first is the container's own name. */
function firstName(names) {
    // The API answers `["/name"]`.
    if (Array.isArray(names))
        return str(names[0]).replace(/^\//, '');
    return str(names).split(',')[0] ?? '';
}
/**
 * docker: `"a=b,c=d"` (a value with a comma is ambiguous; a piece without `=` is taken as the
 * rest of the previous value); podman: an object. Exact labels come from `inspect`.
 */
function parseLabels(labels) {
    const out = {};
    if (labels && typeof labels === 'object' && !Array.isArray(labels)) {
        for (const [k, v] of Object.entries(labels))
            out[k] = str(v);
        return out;
    }
    let last;
    for (const piece of str(labels).split(',')) {
        if (piece === '')
            continue;
        const eq = piece.indexOf('=');
        if (eq < 0 && last !== undefined) {
            out[last] += `,${piece}`;
            continue;
        }
        last = eq < 0 ? piece : piece.slice(0, eq);
        out[last] = eq < 0 ? '' : piece.slice(eq + 1);
    }
    return out;
}
/** podman: unix seconds (number) or RFC 3339; docker `ps`: `2024-05-01 10:00:00 +0000 UTC`. */
function parseCreated(value) {
    if (typeof value === 'number')
        return value > 1e12 ? value : value * 1000;
    const text = str(value);
    const docker = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d(?:\.\d+)?) ([+-]\d\d)(\d\d)/.exec(text);
    const ms = docker
        ? Date.parse(`${docker[1]}T${docker[2]}${docker[3]}:${docker[4]}`)
        : Date.parse(text);
    return Number.isNaN(ms) ? undefined : ms;
}
/** For CLIs whose `{{json .}}` has no `State` (before docker 20.10). */
function stateFromStatus(status) {
    if (status.startsWith('Up'))
        return status.includes('(Paused)') ? 'paused' : 'running';
    if (status.startsWith('Exited'))
        return 'exited';
    if (status.startsWith('Restarting'))
        return 'restarting';
    if (status.startsWith('Removal'))
        return 'removing';
    if (status.startsWith('Dead'))
        return 'dead';
    if (status.startsWith('Created'))
        return 'created';
    return 'unknown';
}
/**
 * `inspect` for exact facts `ps` lacks (docker: `--rm`, sub-second creation time). Ids that
 * are gone by now are left out (the engine prints the rest and exits non-zero).
 */
async function inspectContainers(engine, ids) {
    if (ids.length === 0)
        return [];
    let stdout;
    try {
        ({ stdout } = await (0,containers_engine/* runEngine */.cn)(engine, ['container', 'inspect', ...ids], { timeoutMs: 15_000 }));
    }
    catch (error) {
        if (!(error instanceof containers_engine/* EngineCommandError */.iZ) || error.timedOut)
            throw error;
        stdout = error.stdout;
    }
    const trimmed = stdout.trim();
    if (trimmed === '')
        return [];
    return JSON.parse(trimmed).map((r) => {
        const config = (r.Config ?? {});
        const hostConfig = (r.HostConfig ?? {});
        const state = (r.State ?? {});
        return {
            id: str(r.Id ?? r.ID),
            name: str(r.Name).replace(/^\//, ''),
            createdAt: parseCreated(r.Created),
            autoRemove: hostConfig.AutoRemove === true,
            labels: parseLabels(config.Labels ?? {}),
            state: str(state.Status).toLowerCase(),
        };
    });
}


/***/ }),

/***/ 7088:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GU: () => (/* binding */ FULL_CONTAINER_ID),
/* harmony export */   hU: () => (/* binding */ proveContainers),
/* harmony export */   rP: () => (/* binding */ proveNamedContainer)
/* harmony export */ });
/* harmony import */ var _container_list_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7981);
/* harmony import */ var _container_tracking_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2737);
// The proof a container must carry before testwarden removes it on the word of a record: its full id, and testwarden's run label for that very run. Never a name, never an id prefix.


/** A full container id: 64 lowercase hex digits (docker and podman alike). */
const FULL_CONTAINER_ID = /^[0-9a-f]{64}$/;
/**
 * Checks each claim with one `inspect` of the full ids: a container is proven when the engine
 * reports that exact id (a name made of 64 hex digits cannot stand in for it) and its
 * `testwarden.run` label is the claimed run. Labels are fixed when a container is created, so
 * only a container created for the run carries it.
 */
async function proveContainers(engine, claims) {
    const full = claims.flatMap((c) => typeof c.id === 'string' && FULL_CONTAINER_ID.test(c.id) ? [c.id] : []);
    const found = new Map((await (0,_container_list_js__WEBPACK_IMPORTED_MODULE_0__/* .inspectContainers */ .Xu)(engine, [...new Set(full)])).map((d) => [d.id, d]));
    return claims.map(({ id, runId, labels }) => {
        if (typeof id !== 'string' || !FULL_CONTAINER_ID.test(id))
            return { kind: 'refused', why: 'not a full 64-digit container id' };
        const details = found.get(id);
        if (!details)
            return { kind: 'gone' };
        const label = details.labels[_container_tracking_js__WEBPACK_IMPORTED_MODULE_1__/* .RUN_LABEL */ .jQ];
        if (label !== runId)
            return {
                kind: 'refused',
                why: label === undefined
                    ? `it has no ${_container_tracking_js__WEBPACK_IMPORTED_MODULE_1__/* .RUN_LABEL */ .jQ} label`
                    : `its ${_container_tracking_js__WEBPACK_IMPORTED_MODULE_1__/* .RUN_LABEL */ .jQ} label names another run`,
            };
        for (const [key, value] of Object.entries(labels ?? {}))
            if (details.labels[key] !== value)
                return { kind: 'refused', why: `its ${key} label is not ${JSON.stringify(value)}` };
        return { kind: 'proven', id, name: details.name };
    });
}
/**
 * A container testwarden created under a name of its own (`--isolation container`): the name is
 * resolved once to the full id, which must answer to that exact name (the engine also takes a
 * name for an id prefix), then the id is proven as above. From then on only the id is used.
 */
async function proveNamedContainer(engine, name, claim) {
    const named = (await (0,_container_list_js__WEBPACK_IMPORTED_MODULE_0__/* .inspectContainers */ .Xu)(engine, [name])).find((d) => d.name === name);
    if (!named)
        return { kind: 'gone' };
    const [verdict] = await proveContainers(engine, [{ ...claim, id: named.id }]);
    return verdict;
}


/***/ }),

/***/ 2737:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $c: () => (/* binding */ ATTEMPT_LABEL),
/* harmony export */   Dn: () => (/* binding */ removeContainers),
/* harmony export */   KW: () => (/* binding */ isLeftBehind),
/* harmony export */   Sj: () => (/* binding */ UNIT_LABEL),
/* harmony export */   fY: () => (/* binding */ attributeContainers),
/* harmony export */   jQ: () => (/* binding */ RUN_LABEL),
/* harmony export */   lB: () => (/* binding */ findRunContainers)
/* harmony export */ });
/* unused harmony exports snapshotContainers, findUnitContainers */
/* harmony import */ var _container_list_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7981);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2444);


const RUN_LABEL = 'testwarden.run';
const UNIT_LABEL = 'testwarden.unit';
const ATTEMPT_LABEL = 'testwarden.attempt';
/** The engine's containers before a unit starts (about 20 ms with docker). */
async function snapshotContainers(engine) {
    const takenAt = Date.now();
    const containers = await listContainers(engine);
    return { takenAt, ids: new Set(containers.map((c) => c.id)) };
}
/**
 * Containers a unit left behind. Leaks: every container new since the snapshot or carrying the
 * labels, in any state but two: `removing` (the engine is already deleting it) and a stopped
 * container started with `--rm` (the engine deletes it). An exited container started without
 * `--rm` is a leak too: it holds its name, disk and volumes, and the next run's
 * `docker run --name` fails on it. `inspect` supplies `--rm` and the exact creation time.
 */
async function findUnitContainers(engine, query) {
    const { before, runId, unitId } = query;
    // `ps` labels are only a first cut (docker joins them with commas); `inspect` gives them exactly.
    const candidates = (await listContainers(engine)).filter((c) => (before && !before.ids.has(c.id)) || (runId !== undefined && c.labels[RUN_LABEL] === runId));
    if (candidates.length === 0)
        return [];
    const details = new Map();
    for (const d of await inspectContainers(engine, candidates.map((c) => c.id)))
        details.set(d.id, d);
    const leaks = [];
    for (const c of candidates) {
        const d = details.get(c.id);
        if (!d)
            continue; // Gone between `ps` and `inspect`: nothing left to remove.
        // Another unit's (or another run's) isolation container is never this unit's leak.
        if (belongsElsewhere(d.labels, runId, unitId))
            continue;
        const foundBy = [];
        if (before && !before.ids.has(c.id))
            foundBy.push('new');
        if (runId !== undefined && hasRunLabels(d.labels, runId, unitId))
            foundBy.push('label');
        const merged = {
            ...c,
            createdAt: d.createdAt ?? c.createdAt,
            labels: d.labels,
            state: d.state || c.state,
            autoRemove: d.autoRemove,
            foundBy,
        };
        if (foundBy.length > 0 && isLeftBehind(merged))
            leaks.push(merged);
    }
    return leaks;
}
function belongsElsewhere(labels, runId, unitId) {
    const run = labels[RUN_LABEL];
    if (run === undefined || runId === undefined)
        return false;
    return run !== runId || (unitId !== undefined && labels[UNIT_LABEL] !== unitId);
}
function hasRunLabels(labels, runId, unitId) {
    return labels[RUN_LABEL] === runId && (unitId === undefined || labels[UNIT_LABEL] === unitId);
}
/** The leak rule above, for one container whose `autoRemove` is known or assumed false. */
function isLeftBehind(c) {
    if (c.state === 'removing')
        return false;
    const live = c.state === 'running' ||
        c.state === 'created' ||
        c.state === 'paused' ||
        c.state === 'restarting';
    return live || c.autoRemove !== true;
}
/** Containers labelled with a run (any unit), for `cleanup`, the post step and the watchdog. */
async function findRunContainers(engine, runId) {
    return (0,_container_list_js__WEBPACK_IMPORTED_MODULE_0__/* .listContainers */ .ts)(engine, { filters: [`label=${RUN_LABEL}=${runId}`] });
}
/**
 * With several units running at once a snapshot diff cannot tell whose a container is. The
 * `testwarden.unit` label decides when present; otherwise every unit whose time window
 * (widened by `slackMs` for clock granularity) holds the creation time is a candidate.
 */
function attributeContainers(containers, windows, slackMs = 1000) {
    return containers.map((container) => {
        const labelled = container.labels[UNIT_LABEL];
        if (labelled !== undefined && windows.some((w) => w.unitId === labelled)) {
            return { container, candidates: [labelled] };
        }
        const at = container.createdAt;
        const candidates = windows
            .filter((w) => at === undefined || (at >= w.start - slackMs && at <= (w.end ?? Infinity) + slackMs))
            .map((w) => w.unitId);
        return { container, candidates: [...new Set(candidates)] };
    });
}
/**
 * `rm -f -v` the given containers in one call (anonymous volumes go too), then checks with
 * `ps` which are really gone. A container already gone counts as removed.
 */
async function removeContainers(engine, containers, options = {}) {
    if (containers.length === 0)
        return [];
    const ids = containers.map((c) => c.id);
    let stderr = '';
    try {
        await (0,_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .runEngine */ .cn)(engine, (0,_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .forceRemoveArgs */ .DT)(engine, ids), {
            timeoutMs: options.timeoutMs ?? 60_000,
        });
    }
    catch (error) {
        stderr = error instanceof _engine_js__WEBPACK_IMPORTED_MODULE_1__/* .EngineCommandError */ .iZ ? error.stderr || error.message : String(error);
    }
    const left = await stillPresent(engine, ids);
    return containers.map(({ id, name }) => {
        const present = left.get(id);
        const base = { kind: 'container', id, name: name ?? present?.name ?? '' };
        if (!present)
            return { ...base, action: 'removed' };
        const line = stderr.split('\n').find((l) => l.includes(id) || (name && l.includes(name)));
        return {
            ...base,
            action: 'remove-failed',
            error: (line ?? stderr).trim() || `still ${present.state}`,
        };
    });
}
/** Which of the ids still exist, waiting (bounded) for those the engine is still removing. */
async function stillPresent(engine, ids) {
    const wanted = new Set(ids);
    const deadline = Date.now() + 10_000;
    let interval = 10;
    for (;;) {
        const present = new Map();
        for (const c of await (0,_container_list_js__WEBPACK_IMPORTED_MODULE_0__/* .listContainers */ .ts)(engine))
            if (wanted.has(c.id))
                present.set(c.id, c);
        const settling = [...present.values()].some((c) => c.state === 'removing');
        if (!settling || Date.now() >= deadline)
            return present;
        await new Promise((resolve) => setTimeout(resolve, interval));
        interval = Math.min(interval * 2, 200);
    }
}


/***/ }),

/***/ 9782:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ dockerEndpoint)
/* harmony export */ });
/* unused harmony export DEFAULT_DOCKER_SOCKET */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
// Where the docker CLI connects, decided by the CLI's own rules (DOCKER_HOST, DOCKER_CONTEXT, the config file's current context), so that its API socket can be asked directly.




/** Where the CLI connects without DOCKER_HOST or a context (unix systems). */
const DEFAULT_DOCKER_SOCKET = '/var/run/docker.sock';
const UNIX = 'unix://';
/**
 * The docker CLI's choice, in its order: `DOCKER_HOST` (the default context with that host),
 * else the context `DOCKER_CONTEXT` names, else the `currentContext` of `config.json` (in
 * `DOCKER_CONFIG`, or `~/.docker`), else the default socket. A context other than `default` is
 * read from the CLI's context store (`contexts/meta/<sha256 of its name>/meta.json`). Anything
 * that is not plainly a unix socket (tcp, ssh, a missing or unreadable context or config file,
 * a variable set but empty where CLI versions disagree on it) is left to the CLI.
 */
function dockerEndpoint(env, platform = process.platform) {
    if (platform === 'win32')
        return { kind: 'cli', why: 'on Windows the CLI uses a named pipe' };
    const host = env.DOCKER_HOST;
    if (host === '')
        return emptyHost(env, platform);
    if (host !== undefined)
        return fromHost(host, 'DOCKER_HOST');
    let context = env.DOCKER_CONTEXT;
    // Docker 20.10 looks for a context named "" (and fails); later versions ignore the variable.
    if (context === '')
        return {
            kind: 'cli',
            why: 'DOCKER_CONTEXT is set but empty, which CLI versions read differently',
        };
    const configDir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(env.DOCKER_CONFIG || (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(env.HOME || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.homedir)(), '.docker'));
    if (context === undefined) {
        const current = currentContext((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(configDir, 'config.json'));
        if (typeof current !== 'string')
            return current;
        context = current;
    }
    if (context === '' || context === 'default')
        return { kind: 'socket', path: DEFAULT_DOCKER_SOCKET };
    return contextHost(configDir, context);
}
/**
 * `DOCKER_HOST=` (set, empty): docker 20.10 takes it for the default context and its default
 * socket, later versions ignore it (and `DOCKER_CONTEXT`, when empty too). Known only where
 * both readings land on the default socket.
 */
function emptyHost(env, platform) {
    const unset = { ...env, DOCKER_HOST: undefined, DOCKER_CONTEXT: env.DOCKER_CONTEXT || undefined };
    const later = dockerEndpoint(unset, platform);
    if (later.kind === 'socket' && later.path === DEFAULT_DOCKER_SOCKET)
        return later;
    return { kind: 'cli', why: 'DOCKER_HOST is set but empty, which CLI versions read differently' };
}
function fromHost(host, from) {
    if (!host.startsWith(UNIX))
        return { kind: 'cli', why: `${from}=${host} is not a unix:// socket` };
    const path = host.slice(UNIX.length);
    if (!(0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(path))
        return { kind: 'cli', why: `${from}=${host} is not an absolute path` };
    return { kind: 'socket', path };
}
/** The config file's `currentContext` ('' when none); a file that cannot be read is the CLI's to judge. */
function currentContext(path) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return '';
        return { kind: 'cli', why: `${path} could not be read (${error.message})` };
    }
    let config;
    try {
        config = JSON.parse(text);
    }
    catch {
        return { kind: 'cli', why: `${path} is not valid JSON` };
    }
    const current = config?.currentContext;
    if (current === undefined)
        return '';
    if (typeof current !== 'string')
        return { kind: 'cli', why: `${path}: currentContext is not a string` };
    return current;
}
/** The docker endpoint of a named context in the CLI's context store. */
function contextHost(configDir, name) {
    const id = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(name).digest('hex');
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(configDir, 'contexts', 'meta', id, 'meta.json');
    let meta;
    try {
        meta = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        return {
            kind: 'cli',
            why: `docker context "${name}" could not be read from ${path} (${error.message})`,
        };
    }
    const host = meta?.Endpoints?.docker
        ?.Host;
    if (typeof host !== 'string')
        return { kind: 'cli', why: `docker context "${name}" names no docker host in ${path}` };
    return fromHost(host, `docker context "${name}"`);
}


/***/ }),

/***/ 2444:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DT: () => (/* binding */ forceRemoveArgs),
/* harmony export */   JE: () => (/* binding */ detectEngineWithReasons),
/* harmony export */   cn: () => (/* binding */ runEngine),
/* harmony export */   iZ: () => (/* binding */ EngineCommandError),
/* harmony export */   uU: () => (/* binding */ detectEngine)
/* harmony export */ });
/* unused harmony exports ENGINE_KINDS, execEngine, probeEngine, serverHeaderVersion, parseEngineKind */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/* harmony import */ var _plan_unit_env_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3528);
/* harmony import */ var _tracker_find_program_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4860);
/* harmony import */ var _docker_endpoint_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9782);
/* harmony import */ var _api_get_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2633);
// Finds a container engine that answers (docker or podman) and runs its CLI without a shell, with timeouts and stderr kept for errors.






const ENGINE_KINDS = ['docker', 'podman'];
/** An engine command failed: carries the argv, exit code, stderr and whether it timed out. */
class EngineCommandError extends Error {
    command;
    args;
    exitCode;
    stderr;
    timedOut;
    stdout;
    name = 'EngineCommandError';
    constructor(message, command, args, exitCode, stderr, timedOut, 
    /** What the command printed before failing (`inspect` prints the containers it found). */
    stdout, options) {
        super(message, options);
        this.command = command;
        this.args = args;
        this.exitCode = exitCode;
        this.stderr = stderr;
        this.timedOut = timedOut;
        this.stdout = stdout;
    }
}
const DEFAULT_TIMEOUT_MS = 30_000;
const PROBE_TIMEOUT_MS = 3_000;
/** Runs `<command> <args>` and resolves with its output; rejects with EngineCommandError on failure. */
function execEngine(command, args, options = {}) {
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    return new Promise((resolve, reject) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)(command, [...args], {
            env: (0,_plan_unit_env_js__WEBPACK_IMPORTED_MODULE_5__/* .scrubbedEnv */ .wS)(options.env ?? process.env),
            timeout: timeoutMs,
            killSignal: 'SIGKILL',
            maxBuffer: 64 * 1024 * 1024,
            encoding: 'utf8',
        }, (error, stdout, stderr) => {
            if (!error)
                return resolve({ stdout, stderr });
            const timedOut = error.killed === true && error.signal === 'SIGKILL';
            const exitCode = typeof error.code === 'number' ? error.code : null;
            const detail = timedOut
                ? `timed out after ${timeoutMs} ms`
                : stderr.trim() || error.message;
            const message = `${command} ${args.join(' ')}: ${detail}`;
            reject(new EngineCommandError(message, command, args, exitCode, stderr, timedOut, stdout, {
                cause: error,
            }));
        });
    });
}
/** Runs an engine subcommand (`runEngine(engine, ['ps', '-a'])`). */
function runEngine(engine, args, options = {}) {
    return execEngine(engine.command, args, options);
}
/**
 * `rm -f` that does not wait: docker kills at once, podman first sends SIGTERM and waits its
 * stop timeout (10 s) unless told `-t 0`. `-v` removes the container's anonymous volumes too.
 */
function forceRemoveArgs(engine, ids) {
    return engine.kind === 'podman'
        ? ['rm', '-f', '-v', '-t', '0', ...ids]
        : ['rm', '-f', '-v', ...ids];
}
/**
 * Whether `kind` answers within the timeout. Docker is asked for its server version (the
 * client alone answers `version` without a daemon); podman has no server when local, so it
 * is asked `info`, which sets up its storage and runtime the way `run` would.
 */
async function probeEngine(kind, options = {}) {
    if (kind === 'docker') {
        const direct = await probeDockerSocket(options);
        if (direct)
            return direct;
    }
    const attempts = kind === 'docker'
        ? [['version', '--format', '{{.Server.Version}}']]
        : [
            ['info', '--format', '{{.Version.Version}}'],
            ['version', '--format', '{{.Server.Version}}'],
        ];
    const timeoutMs = options.timeoutMs ?? PROBE_TIMEOUT_MS;
    let reason = '';
    for (const args of attempts) {
        try {
            const { stdout } = await execEngine(kind, args, { ...options, timeoutMs });
            const version = stdout.trim();
            if (version !== '' && !version.includes('<no value>')) {
                return { ok: true, engine: { kind, command: kind, version } };
            }
            reason = `${kind} ${args[0]} printed no version`;
        }
        catch (error) {
            reason = describeProbeError(kind, error);
        }
    }
    return { ok: false, kind, reason };
}
/**
 * docker through the API socket its CLI would use (a millisecond or two, where running the CLI
 * costs 0.1–0.3 s): when the CLI's rules name a unix socket and the CLI is installed. Undefined
 * when that cannot answer for the CLI, which is then asked itself (its answer and its errors
 * are the authoritative ones).
 */
async function probeDockerSocket(options) {
    const env = options.env ?? process.env;
    const endpoint = (0,_docker_endpoint_js__WEBPACK_IMPORTED_MODULE_3__/* .dockerEndpoint */ .u)(env);
    if (endpoint.kind !== 'socket')
        return undefined;
    // The engine's other commands (inspect, rm, run) still go through the CLI.
    if ((0,_tracker_find_program_js__WEBPACK_IMPORTED_MODULE_2__/* .programProblem */ .c)('docker', env, process.cwd())?.endsWith('ENOENT'))
        return { ok: false, kind: 'docker', reason: 'docker is not installed (not on PATH)' };
    const timeoutMs = options.timeoutMs ?? PROBE_TIMEOUT_MS;
    const version = (await pingVersion(endpoint.path, timeoutMs)) ??
        (await (0,_api_get_js__WEBPACK_IMPORTED_MODULE_4__/* .getJson */ .T)(endpoint.path, '/version', timeoutMs).then((answer) => answer?.Version, () => undefined));
    if (typeof version !== 'string' || version === '')
        return undefined;
    return {
        ok: true,
        engine: { kind: 'docker', command: 'docker', version, apiSocket: endpoint.path },
    };
}
/**
 * The daemon's version from its answer to `/_ping`: dockerd names itself in the `Server` header
 * of every answer (`Docker/20.10.24 (linux)`, the version `/version` reports), and answers a
 * ping at once, where `/version` asks containerd and the kernel first (20–50 ms here, before
 * the first unit can start). Undefined when the header says otherwise (another daemon behind
 * the socket), and then `/version` is asked.
 */
async function pingVersion(socket, timeoutMs) {
    const headers = await (0,_api_get_js__WEBPACK_IMPORTED_MODULE_4__/* .getHeaders */ .d)(socket, '/_ping', timeoutMs).catch(() => undefined);
    const server = headers?.server;
    return serverHeaderVersion(typeof server === 'string' ? server : undefined);
}
/** `Docker/<version> (<os>)` → the version; undefined for anything else. */
function serverHeaderVersion(header) {
    return header === undefined
        ? undefined
        : /^Docker\/([0-9][^\s()]*) \([^()]*\)$/.exec(header)?.[1];
}
function describeProbeError(kind, error) {
    if (error instanceof EngineCommandError) {
        const cause = error.cause;
        if (cause?.code === 'ENOENT')
            return `${kind} is not installed (not on PATH)`;
        return error.message;
    }
    return `${kind}: ${String(error)}`;
}
/**
 * The engine to use, or undefined when none answers. Without a preference docker is tried
 * first (it is what `DOCKER_HOST` points the docker CLI at), then podman.
 */
async function detectEngine(options = {}) {
    const { engine } = await detectEngineWithReasons(options);
    return engine;
}
/** Like detectEngine, with why each engine tried did not answer (for `--containers track` errors). */
async function detectEngineWithReasons(options = {}) {
    const order = options.preferred ? [options.preferred] : ENGINE_KINDS;
    const tried = [];
    for (const kind of order) {
        const probe = await probeEngine(kind, options);
        tried.push(probe);
        if (probe.ok)
            return { engine: probe.engine, tried };
    }
    return { engine: undefined, tried };
}
/** Validates `--container-engine`. */
function parseEngineKind(value, option = '--container-engine') {
    if (ENGINE_KINDS.includes(value))
        return value;
    throw invalidOption(option, 'docker or podman', value);
}


/***/ }),

/***/ 5888:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
// How quantities read to people, everywhere testwarden prints them: durations, sizes and counted nouns.
/** Formats milliseconds for people: 850ms, 12.3s, 4m05s, 1h02m. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)}s`;
    const seconds = Math.round(ms / 1000);
    if (seconds < 3600) {
        return `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s`;
    }
    const minutes = Math.round(ms / 60_000);
    return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`;
}
/** Formats bytes for people: 512 B, 1.5 MiB. */
function formatBytes(bytes) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let n = bytes;
    let i = 0;
    while (n >= 1024 && i < units.length - 1) {
        n /= 1024;
        i++;
    }
    return i === 0 ? `${n} B` : `${n.toFixed(1)} ${units[i]}`;
}
/** `1 unit`, `2 units`; `many` for irregular plurals. */
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}


/***/ }),

/***/ 1147:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OK: () => (/* binding */ EVENT_LIMITS),
/* harmony export */   aO: () => (/* binding */ testEventSchema),
/* harmony export */   eC: () => (/* binding */ TEST_STATUSES)
/* harmony export */ });
/* unused harmony export EVENTS_SCHEMA_VERSION */
/* harmony import */ var _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7892);
// The per-test event stream the shipped reporters write (one JSON object a line) and its validation.

/** Version written in each stream's `run-start` line; readers accept this one. */
const EVENTS_SCHEMA_VERSION = 1;
/** Bounds on untrusted input: longer values are clipped, never trusted to be small. */
const EVENT_LIMITS = {
    /** Longest line read; a longer line is counted as bad and skipped. */
    maxLineBytes: 256 * 1024,
    maxTitleChars: 4096,
    maxTitles: 64,
    maxMessageChars: 16 * 1024,
};
const TEST_STATUSES = [
    'passed',
    'failed',
    'skipped',
    'todo',
    'xfail',
    'xpass',
    'error',
];
const clipped = (max) => _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .pipe */ .FsL(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .transform */ .pdi((s) => (s.length > max ? s.slice(0, max) : s)));
const title = clipped(EVENT_LIMITS.maxTitleChars);
const titles = _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .pipe */ .FsL(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(title), _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .transform */ .pdi((list) => list.slice(0, EVENT_LIMITS.maxTitles)));
const count = _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().check(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr(), _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .nonnegative */ .ZnW(), _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .maximum */ .PhQ(Number.MAX_SAFE_INTEGER));
const time = _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lqM(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig());
const failureSchema = _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    message: clipped(EVENT_LIMITS.maxMessageChars),
    stack: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lqM(clipped(EVENT_LIMITS.maxMessageChars)),
    file: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lqM(title),
    line: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lqM(count),
    column: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lqM(count),
});
const idFields = { file: title, titles, nodeId: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lqM(title) };
/**
 * Another try of the test of this name that ended last (Jest's `jest.retryTimes` sends each
 * try): its result replaces that one's, it is not one more test.
 */
const retry = _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lqM(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(true));
const testEventSchema = _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .discriminatedUnion */ .gMt('type', [
    _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        type: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('run-start'),
        v: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().check(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr()),
        framework: clipped(64),
        pid: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lqM(count),
        time,
    }),
    _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ type: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('collected'), ...idFields }),
    _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ type: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('test-start'), ...idFields, retry, time }),
    _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        type: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('test-end'),
        ...idFields,
        retry,
        status: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(TEST_STATUSES),
        durationMs: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lqM(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().check(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .nonnegative */ .ZnW(), _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .maximum */ .PhQ(1e12))),
        failure: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lqM(failureSchema),
        teardownErrors: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lqM(count),
        time,
    }),
    _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ type: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('group-end'), ...idFields, time }),
    _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        type: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('file-error'),
        file: title,
        failure: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lqM(failureSchema),
        time,
    }),
    _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        type: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('run-end'),
        summary: _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lqM(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(clipped(64), _zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig())
            .check(_zod_mini_js__WEBPACK_IMPORTED_MODULE_0__/* .refine */ .YPB((summary) => Object.keys(summary).length <= 32, 'at most 32 summary fields'))),
        time,
    }),
]);


/***/ }),

/***/ 2022:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CM: () => (/* binding */ TestResultsBuilder),
/* harmony export */   S8: () => (/* binding */ testKey),
/* harmony export */   W1: () => (/* binding */ emptyCounts),
/* harmony export */   ip: () => (/* binding */ countStatuses),
/* harmony export */   k2: () => (/* binding */ COUNTED_AS),
/* harmony export */   sN: () => (/* binding */ toTestCounts)
/* harmony export */ });
/* unused harmony export Occurrences */
function emptyCounts() {
    return { passed: 0, failed: 0, skipped: 0, todo: 0, xfail: 0, xpass: 0, errors: 0 };
}
/**
 * The counts every report carries: xpass is passed, todo and xfail are skipped (as pytest's JUnit
 * and Jest's own JSON put them); errors (files that failed to load, pytest's setup and teardown
 * errors) stay apart, as the frameworks' own summaries keep them.
 */
function toTestCounts(counts) {
    return {
        passed: counts.passed + counts.xpass,
        failed: counts.failed,
        skipped: counts.skipped + counts.todo + counts.xfail,
        errors: counts.errors,
    };
}
/**
 * Each id's key, made once: an event's is asked for by the numbering, the results, the
 * checkpoint's records and the slow-test watch (ids are not changed once made).
 */
const keys = new WeakMap();
/** The key two events of one test share (file, titles, node id, and which of the tests of that name). */
function testKey(id) {
    let key = keys.get(id);
    if (key === undefined) {
        const base = JSON.stringify([id.file, id.nodeId ?? null, ...id.titles]);
        key = id.occurrence !== undefined && id.occurrence > 1 ? `${base}#${id.occurrence}` : base;
        keys.set(id, key);
    }
    return key;
}
/**
 * Numbers the tests of one framework process that share a file and titles, in the order it
 * reports them: a start opens the next number, an end closes the oldest open one of its name
 * (or takes the next number when none is open: a skipped test is often reported without a
 * start). One per stream, so each attempt numbers its tests from 1 again; and each framework
 * process of a stream (its `run-start`) too: a rerun split over several processes has each run
 * its tests as the one process before it did (node:test announces, in every process, the tests
 * its name pattern leaves out, and closes them).
 */
class Occurrences {
    #next = new Map();
    #open = new Map();
    number(event) {
        if (event.type === 'run-start') {
            this.#next.clear();
            this.#open.clear();
            return event;
        }
        if (event.type !== 'test-start' && event.type !== 'test-end' && event.type !== 'group-end')
            return event;
        // A stream's event has no number: its own key is the one of its name (and made once).
        const key = testKey('occurrence' in event
            ? { file: event.file, titles: event.titles, nodeId: event.nodeId }
            : event);
        let occurrence;
        if (event.type !== 'test-start')
            occurrence = this.#open.get(key)?.shift();
        // Another try of the test of this name that ended last: that test's number, opened again.
        if (occurrence === undefined && 'retry' in event && event.retry) {
            occurrence = (this.#next.get(key) ?? 2) - 1;
            if (event.type === 'test-start') {
                const open = this.#open.get(key);
                if (open)
                    open.push(occurrence);
                else
                    this.#open.set(key, [occurrence]);
            }
        }
        if (occurrence === undefined) {
            occurrence = this.#next.get(key) ?? 1;
            this.#next.set(key, occurrence + 1);
            if (event.type === 'test-start') {
                const open = this.#open.get(key);
                if (open)
                    open.push(occurrence);
                else
                    this.#open.set(key, [occurrence]);
            }
        }
        return occurrence > 1 ? { ...event, occurrence } : event;
    }
}
/** The framework category each test status is counted in. */
const COUNTED_AS = {
    passed: 'passed',
    failed: 'failed',
    skipped: 'skipped',
    todo: 'todo',
    xfail: 'xfail',
    xpass: 'xpass',
    error: 'errors',
};
/** The framework counts of tests that ended with these statuses. */
function countStatuses(statuses) {
    const counts = emptyCounts();
    for (const status of statuses)
        counts[COUNTED_AS[status]]++;
    return counts;
}
/** Accumulates events one at a time, so a stream of any length is folded in one pass. */
class TestResultsBuilder {
    #maxTests;
    #results = {
        finished: false,
        tests: [],
        unfinished: [],
        collected: [],
        fileErrors: [],
        counts: emptyCounts(),
        problems: { badLines: 0, truncatedLastLine: false, cutAtMaxBytes: false, testsNotKept: 0 },
    };
    /** Started-minus-ended per test key, with the id to report if it never ends. */
    #running = new Map();
    #occurrences = new Occurrences();
    constructor(options = {}) {
        this.#maxTests = options.maxTests ?? 1_000_000;
    }
    get problems() {
        return this.#results.problems;
    }
    /** Folds one event of the stream; returns it numbered (`occurrence`) as the results number it. */
    add(streamEvent) {
        const event = this.#occurrences.number(streamEvent);
        this.#fold(event);
        return event;
    }
    #fold(event) {
        const r = this.#results;
        switch (event.type) {
            case 'run-start':
                r.framework ??= event.framework;
                if (event.v !== 1)
                    r.problems.unknownVersion = event.v;
                return;
            case 'collected':
                if (r.collected.length < this.#maxTests)
                    r.collected.push(idOf(event));
                return;
            case 'test-start': {
                const key = testKey(event);
                const entry = this.#running.get(key);
                if (entry)
                    entry.open++;
                else if (this.#running.size < this.#maxTests)
                    this.#running.set(key, { id: idOf(event), open: 1 });
                return;
            }
            case 'group-end':
                this.#close(event);
                return;
            case 'test-end': {
                this.#close(event);
                if (event.retry && this.#replaceTry(event))
                    return;
                r.counts[COUNTED_AS[event.status]]++;
                r.counts.errors += event.teardownErrors ?? 0;
                if (r.tests.length >= this.#maxTests) {
                    r.problems.testsNotKept++;
                    return;
                }
                const result = { ...idOf(event), status: event.status };
                if (event.durationMs !== undefined)
                    result.durationMs = event.durationMs;
                if (event.failure)
                    result.failure = event.failure;
                if (event.teardownErrors)
                    result.teardownErrors = event.teardownErrors;
                r.tests.push(result);
                return;
            }
            case 'file-error':
                r.counts.errors++;
                if (r.fileErrors.length < this.#maxTests) {
                    r.fileErrors.push(event.failure ? { file: event.file, failure: event.failure } : { file: event.file });
                }
                return;
            case 'run-end':
                r.finished = true;
                if (event.summary)
                    r.frameworkSummary = event.summary;
                return;
        }
    }
    /**
     * Unfinished are the innermost tests still running: a started group (a describe block whose
     * end is not reported) holding a started test is left out, the test inside it is named.
     */
    finish() {
        const open = [...this.#running.values()].map((entry) => entry.id);
        const prefixes = new Set();
        for (const id of open) {
            for (let n = 1; n < id.titles.length; n++)
                prefixes.add(testKey({ file: id.file, titles: id.titles.slice(0, n) }));
        }
        this.#results.unfinished = open.filter((id) => !prefixes.has(testKey({ file: id.file, titles: id.titles })));
        return this.#results;
    }
    /**
     * Puts another try's result in the place of the test's earlier one (its counts moved with it);
     * false when that one is not kept (past `maxTests`), which then counts this one as new.
     */
    #replaceTry(event) {
        const r = this.#results;
        const key = testKey(event);
        let index = r.tests.length - 1;
        while (index >= 0 && testKey(r.tests[index]) !== key)
            index--;
        if (index < 0)
            return false;
        const earlier = r.tests[index];
        r.counts[COUNTED_AS[earlier.status]]--;
        r.counts.errors -= earlier.teardownErrors ?? 0;
        r.counts[COUNTED_AS[event.status]]++;
        r.counts.errors += event.teardownErrors ?? 0;
        const result = { ...idOf(event), status: event.status };
        if (event.durationMs !== undefined)
            result.durationMs = event.durationMs;
        if (event.failure)
            result.failure = event.failure;
        if (event.teardownErrors)
            result.teardownErrors = event.teardownErrors;
        r.tests[index] = result;
        return true;
    }
    #close(id) {
        const key = testKey(id);
        const entry = this.#running.get(key);
        if (entry && --entry.open <= 0)
            this.#running.delete(key);
    }
}
function idOf(event) {
    const id = { file: event.file, titles: event.titles };
    if (event.nodeId !== undefined)
        id.nodeId = event.nodeId;
    if (event.occurrence !== undefined)
        id.occurrence = event.occurrence;
    return id;
}


/***/ }),

/***/ 5295:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ thinMachinePoints)
/* harmony export */ });
function maxOrNull(a, b) {
    if (a === null)
        return b;
    if (b === null)
        return a;
    return Math.max(a, b);
}
/**
 * At most `max` points, oldest first. Points are merged in runs of equal length, so a spike is
 * never averaged away (a threshold breach stays visible however far the history is thinned).
 */
function thinMachinePoints(points, max) {
    if (!Number.isInteger(max) || max < 1) {
        throw new RangeError(`thinMachinePoints: expected a positive whole number of points, got ${max}`);
    }
    if (points.length <= max)
        return points.map((p) => ({ ...p }));
    const stride = Math.ceil(points.length / max);
    const thinned = [];
    for (let i = 0; i < points.length; i += stride) {
        const first = points[i];
        const merged = { ...first };
        for (let j = i + 1; j < Math.min(i + stride, points.length); j++) {
            const p = points[j];
            merged.memoryPercent = Math.max(merged.memoryPercent, p.memoryPercent);
            merged.cpuPercent = maxOrNull(merged.cpuPercent, p.cpuPercent);
        }
        thinned.push(merged);
    }
    return thinned;
}


/***/ }),

/***/ 3528:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Md: () => (/* binding */ buildUnitEnv),
/* harmony export */   wS: () => (/* binding */ scrubbedEnv)
/* harmony export */ });
/* unused harmony export RUNTIME_SECRETS */
// The environment of every process testwarden starts: the parent's minus the Actions runtime secrets; units also get the TESTWARDEN_* variables.
/** Variables that let a process talk to the Actions service as the job; units do not get them by default. */
const RUNTIME_SECRETS = [
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_URL',
    'ACTIONS_CACHE_URL',
    'ACTIONS_RESULTS_URL',
    'ACTIONS_RUNTIME_URL',
];
/**
 * A copy of `base` without the runtime secrets. Every process testwarden starts gets one: the
 * units and the list command (repository code; `keepRuntime` is the user's pass-runtime-env),
 * the watchdog, the container engine's CLI and the cgroup helpers (which never need them).
 */
function scrubbedEnv(base, keepRuntime = false) {
    const env = { ...base };
    if (!keepRuntime)
        for (const name of RUNTIME_SECRETS)
            delete env[name];
    return env;
}
function buildUnitEnv(base, values, passRuntimeEnv) {
    const env = scrubbedEnv(base, passRuntimeEnv);
    env.TESTWARDEN = '1';
    env.TESTWARDEN_RUN_ID = values.runId;
    env.TESTWARDEN_UNIT = values.unitId;
    env.TESTWARDEN_ATTEMPT = String(values.attempt);
    env.TESTWARDEN_JUNIT = values.junitPath;
    return env;
}


/***/ }),

/***/ 4772:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CV: () => (/* binding */ unitFileName),
/* harmony export */   aQ: () => (/* binding */ unitFileStem),
/* harmony export */   mZ: () => (/* binding */ unwritableStateDir),
/* harmony export */   uc: () => (/* binding */ prepareStateDir)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3828);
// The state dir: where logs, JUnit files of units, the checkpoint and the registry live; checked writable before anything runs.




/** Creates the layout and proves it is writable; a UsageError names --state-dir otherwise. */
function prepareStateDir(root, options) {
    const dir = {
        root,
        logs: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, 'logs'),
        junit: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, 'junit'),
        kept: !options.fresh,
    };
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(root, { recursive: true });
        if (options.fresh) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(dir.logs, { recursive: true, force: true });
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(dir.junit, { recursive: true, force: true });
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(dir.logs, { recursive: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(dir.junit, { recursive: true });
        const probe = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, `.write-probe-${process.pid}`);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(probe, 'x'.repeat(4096));
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)(probe);
    }
    catch (error) {
        throw unwritableStateDir(root, error);
    }
    return dir;
}
/** The usage error for a state dir that cannot be created or written. */
function unwritableStateDir(root, error) {
    const e = error;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--state-dir: expected a folder testwarden can write to, got ${JSON.stringify(root)} (${e.code ?? ''} ${e.message})`, { cause: error });
}
/** The start of every file name of a unit: readable tail plus a short hash, so distinct ids never collide. */
function unitFileStem(unitId) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(unitId).digest('hex').slice(0, 8);
    return `${unitId.replace(/[^A-Za-z0-9._-]+/g, '_').slice(-60)}-${hash}`;
}
/**
 * A file name for one attempt of a unit: `<stem>[.run<R>][.attempt<N>].<extension>`. `run` counts
 * the runs of the state dir that ran the unit (a resumed run is run 2), so neither a retry nor a
 * resume overwrites an earlier attempt's files.
 */
function unitFileName(unitId, attempt, extension, run = 1) {
    const suffix = `${run > 1 ? `.run${run}` : ''}${attempt > 1 ? `.attempt${attempt}` : ''}`;
    return `${unitFileStem(unitId)}${suffix}.${extension}`;
}


/***/ }),

/***/ 724:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ lockStateDir)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7030);
/* harmony import */ var _state_dir_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4772);
/* harmony import */ var _tracker_proc_table_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(467);
/* harmony import */ var _tracker_registry_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3669);
// One run at a time in a state dir: a lock taken before anything in the folder is read, changed or deleted, and freed by the kernel when its holder dies.






/**
 * On Linux the lock is an abstract unix socket named after the folder's real path: binding it
 * succeeds for one process only, and the kernel frees it when that process ends, however it
 * ends (no stale lock file after a SIGKILL, nothing a unit can forge by writing the folder).
 * The holder answers a connection with its pid. Elsewhere a runner the registry records as
 * alive (pid with its start time) holds the folder.
 */
async function lockStateDir(root) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(root, { recursive: true });
    }
    catch (error) {
        throw (0,_state_dir_js__WEBPACK_IMPORTED_MODULE_3__/* .unwritableStateDir */ .mZ)(root, error);
    }
    if (process.platform !== 'linux') {
        const recorded = liveRecordedRunner(root);
        return recorded === undefined
            ? { locked: true, lock: { release: async () => undefined } }
            : { locked: false, pid: recorded };
    }
    const address = lockAddress((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(root));
    const server = (0,node_net__WEBPACK_IMPORTED_MODULE_2__.createServer)((socket) => socket.end(`${process.pid}\n`));
    const bound = await new Promise((resolve, reject) => {
        server.once('error', (error) => error.code === 'EADDRINUSE' ? resolve(false) : reject(error));
        server.listen(address, () => resolve(true));
    });
    if (!bound)
        return { locked: false, pid: await askHolder(address) };
    server.unref();
    let released;
    return { locked: true, lock: { release: () => (released ??= close(server)) } };
}
/**
 * The abstract socket's name, filling the whole of `sun_path` (108 bytes with the leading NUL):
 * Node 20 binds an abstract name padded with NULs to that length, Node 24 binds it at its own
 * length, so a shorter name would be two different locks for a run and a post step (or a
 * cleanup) on different Node versions. At full length both bind the same address.
 */
function lockAddress(realRoot) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(realRoot).digest('hex');
    return `\0testwarden-state-${hash}`.padEnd(SUN_PATH_BYTES, '-');
}
/** The size of `sockaddr_un.sun_path` on Linux. */
const SUN_PATH_BYTES = 108;
/** The pid of a runner the registry names that is still alive with its recorded start time. */
function liveRecordedRunner(root) {
    const runs = (0,_tracker_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .pendingEntries */ .io)(new _tracker_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .Registry */ .OR(root).read()).runs;
    return runs.find((r) => r.pid !== process.pid && (0,_tracker_proc_table_js__WEBPACK_IMPORTED_MODULE_4__/* .isSameProcessAlive */ .xk)(r.pid, r.startTime))?.pid;
}
function askHolder(address) {
    return new Promise((resolve) => {
        let text = '';
        const socket = (0,node_net__WEBPACK_IMPORTED_MODULE_2__.createConnection)(address);
        const done = () => {
            const pid = Number(text.trim());
            resolve(Number.isInteger(pid) && pid > 0 ? pid : undefined);
        };
        socket.setTimeout(1000, () => socket.destroy());
        socket.on('data', (b) => (text += b.toString('latin1').slice(0, 20)));
        socket.once('error', () => resolve(undefined));
        socket.once('close', done);
    });
}
function close(server) {
    return new Promise((resolve) => server.close(() => resolve()));
}


/***/ }),

/***/ 6:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ plainLine),
/* harmony export */   w: () => (/* binding */ plainText)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
// Text that came from a unit (its log, its name) made plain: terminal escape sequences and control characters removed, one definition for every place such text is shown.

/**
 * C0 controls other than tab and newline, DEL, C1 controls, and the Unicode line separators and
 * bidirectional overrides (which can make shown text read differently from what it is).
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** Log text as a reader should see it: colour and cursor sequences gone, CRLF and bare CR as newlines, no other control character. */
function plainText(text) {
    return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.stripVTControlCharacters)(text).replace(/\r\n?/g, '\n').replace(CONTROL, '');
}
/** A name or message on one line: plain, with newlines and tabs as spaces. */
function plainLine(text) {
    return plainText(text).replace(/[\n\t]/g, ' ');
}


/***/ }),

/***/ 4672:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DY: () => (/* binding */ candidateParents),
/* harmony export */   Ob: () => (/* binding */ findCgroup2Mounts),
/* harmony export */   tK: () => (/* binding */ detectCgroupSupport),
/* harmony export */   uf: () => (/* binding */ cgroupLocation),
/* harmony export */   v8: () => (/* binding */ DELEGATED_SUBTREE)
/* harmony export */ });
/* unused harmony exports parseOwnCgroup, cgroupDir */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
// Finds where testwarden may create cgroups: the cgroup v2 mount (pure or hybrid), this process's own cgroup, and a parent it can write to.


/** The folder under the v2 mount where prepareDelegatedSubtree makes each non-root user's subtree (`u<uid>`). */
const DELEGATED_SUBTREE = 'testwarden';
/** cgroup2 mounts from /proc/self/mountinfo, `/sys/fs/cgroup` first, then the hybrid `unified`. */
function findCgroup2Mounts(mountinfo) {
    const mounts = [];
    for (const line of mountinfo.split('\n')) {
        const [left, right] = line.split(' - ');
        if (!left || !right || right.split(' ')[0] !== 'cgroup2')
            continue;
        const fields = left.split(' ');
        const root = unescape(fields[3] ?? '/');
        const mountPoint = unescape(fields[4] ?? '');
        if (mountPoint !== '')
            mounts.push({ mountPoint, root });
    }
    const rank = (m) => m.mountPoint === '/sys/fs/cgroup' ? 0 : m.mountPoint === '/sys/fs/cgroup/unified' ? 1 : 2;
    return mounts.sort((a, b) => rank(a) - rank(b));
}
function unescape(field) {
    return field.replace(/\\([0-7]{3})/g, (_, octal) => String.fromCharCode(parseInt(octal, 8)));
}
/** The `0::` (v2) path of a /proc/<pid>/cgroup file, or undefined on a v1-only machine. */
function parseOwnCgroup(procCgroup) {
    const line = procCgroup.split('\n').find((l) => l.startsWith('0::'));
    return line?.slice(3).replace(/ \(deleted\)$/, '');
}
/** The absolute directory of a v2 cgroup path as seen through a mount. */
function cgroupDir(mount, cgroupPath) {
    const base = mount.root === '/' ? '' : mount.root;
    if (base !== '' && cgroupPath !== base && !cgroupPath.startsWith(`${base}/`))
        return undefined;
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(mount.mountPoint, cgroupPath.slice(base.length)).replace(/(.)\/+$/, '$1');
}
/**
 * Where this process may create cgroups and move its children into them. Moving a process
 * needs write access to `cgroup.procs` of the destination and of the common ancestor of the
 * source and destination cgroups, so a parent is usable when this process's own cgroup is
 * inside it and writable (a delegated subtree), or when running as root. Candidates, in order:
 * the prepared `testwarden` subtree, our own cgroup, the top of the v2 mount (root only).
 * Each is tried by really creating and removing a probe cgroup.
 */
function detectCgroupSupport(options = {}) {
    if (process.platform !== 'linux')
        return { available: false, reason: 'cgroups exist on Linux only' };
    let mountinfo;
    let procCgroup;
    try {
        mountinfo = options.mountinfo ?? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)('/proc/self/mountinfo', 'utf8');
        procCgroup = options.procCgroup ?? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)('/proc/self/cgroup', 'utf8');
    }
    catch (error) {
        return { available: false, reason: `cannot read /proc: ${error.message}` };
    }
    const mount = findCgroup2Mounts(mountinfo)[0];
    if (!mount)
        return { available: false, reason: 'no cgroup v2 hierarchy is mounted (cgroup v1 only)' };
    const own = parseOwnCgroup(procCgroup);
    if (own === undefined)
        return {
            available: false,
            mount: mount.mountPoint,
            reason: 'this process has no cgroup v2 path',
        };
    const ownDir = cgroupDir(mount, own);
    const isRoot = options.isRoot ?? process.getuid?.() === 0;
    const candidates = candidateParents(mount.mountPoint, ownDir, isRoot);
    const refusals = [];
    for (const { dir, why } of candidates) {
        const probe = probeParent(dir);
        if (probe.ok) {
            return {
                available: true,
                root: dir,
                mount: mount.mountPoint,
                hasKill: probe.hasKill,
                reason: `cgroups under ${why}`,
            };
        }
        refusals.push(`${dir}: ${probe.error}`);
    }
    const hint = isRoot
        ? ''
        : '; as a non-root user, prepare a delegated subtree first (see docs/tracking.md)';
    return {
        available: false,
        mount: mount.mountPoint,
        reason: `cannot create cgroups (${refusals.join('; ') || 'no writable parent'})${hint}`,
    };
}
/**
 * The parents a run cgroup may be created in, in the order they are tried: this user's
 * prepared subtree (when this process was moved into it), this process's own cgroup, the top
 * of the mount (root only). Cleanup accepts a recorded cgroup only under one of these.
 */
function candidateParents(mountPoint, ownDir, isRoot) {
    const candidates = [];
    const delegated = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(mountPoint, DELEGATED_SUBTREE, `u${process.getuid?.() ?? 0}`);
    if (ownDir?.startsWith(`${delegated}/`)) {
        candidates.push({ dir: delegated, why: `the prepared subtree ${delegated}` });
    }
    if (ownDir)
        candidates.push({ dir: ownDir, why: `this process's own cgroup ${ownDir}` });
    if (isRoot)
        candidates.push({
            dir: mountPoint,
            why: `the top of the cgroup v2 mount (running as root)`,
        });
    return candidates;
}
/** Where cgroup v2 is mounted and this process's own cgroup there; undefined without cgroup v2. */
function cgroupLocation(options = {}) {
    if (process.platform !== 'linux')
        return undefined;
    try {
        const mountinfo = options.mountinfo ?? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)('/proc/self/mountinfo', 'utf8');
        const procCgroup = options.procCgroup ?? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)('/proc/self/cgroup', 'utf8');
        const mount = findCgroup2Mounts(mountinfo)[0];
        if (!mount)
            return undefined;
        const own = parseOwnCgroup(procCgroup);
        return {
            mount: mount.mountPoint,
            ownDir: own === undefined ? undefined : cgroupDir(mount, own),
        };
    }
    catch {
        return undefined;
    }
}
function probeParent(dir) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(dir, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'cgroup.procs'), node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK);
    }
    catch (error) {
        return { ok: false, error: error.code ?? String(error) };
    }
    const probe = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, `testwarden-probe-${process.pid}-${Date.now()}`);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(probe);
    }
    catch (error) {
        return { ok: false, error: error.code ?? String(error) };
    }
    const hasKill = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(probe, 'cgroup.kill'));
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmdirSync)(probe);
    }
    catch {
        // Empty by construction; a failure here would only leave an empty directory.
    }
    return { ok: true, hasKill };
}


/***/ }),

/***/ 2957:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vz: () => (/* binding */ proveUnitCgroup),
/* harmony export */   iz: () => (/* binding */ proveRunCgroup),
/* harmony export */   kl: () => (/* binding */ cgroupRootsHere)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _cgroup_detect_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4672);
/* harmony import */ var _cgroup_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1026);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_cgroup_js__WEBPACK_IMPORTED_MODULE_3__]);
_cgroup_js__WEBPACK_IMPORTED_MODULE_3__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
// Decides whether a cgroup path read from the registry (untrusted: units can write the state dir) is one testwarden made for the run, before anything in it is killed or removed.




/**
 * The parents a run cgroup may have on this machine, by the same logic that creates them: the
 * top of the v2 mount, a prepared per-user subtree (`testwarden/u<uid>`, any uid: root may clean
 * up after a user's run), and this process's own cgroup (the runner's, for the watchdog and
 * the post step, which share it).
 */
function cgroupRootsHere() {
    const where = (0,_cgroup_detect_js__WEBPACK_IMPORTED_MODULE_2__/* .cgroupLocation */ .uf)();
    if (!where)
        return { mount: undefined, parents: new Set() };
    const parents = new Set((0,_cgroup_detect_js__WEBPACK_IMPORTED_MODULE_2__/* .candidateParents */ .DY)(where.mount, where.ownDir, true).map((c) => c.dir));
    return { mount: where.mount, parents };
}
/** A run's own cgroup: `<parent>/testwarden-<runId>` under a parent from `roots`. */
function proveRunCgroup(path, runId, roots) {
    const real = resolvePath(path, roots);
    if (real.kind !== 'proven')
        return real;
    const expected = (0,_cgroup_js__WEBPACK_IMPORTED_MODULE_3__/* .runCgroupName */ .Fk)(runId);
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(real.path) !== expected)
        return refused(`its name is not ${expected}, the cgroup of run ${runId}`);
    const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(real.path);
    if (!roots.parents.has(parent) && !isDelegatedSubtree(parent, roots.mount ?? ''))
        return refused(`it is not under a folder testwarden creates run cgroups in`);
    return real;
}
/** A unit's cgroup: `<run cgroup>/u<attempt>-<hash>-<name>` (or `-<n>` after it). */
function proveUnitCgroup(path, unit, roots) {
    const real = resolvePath(path, roots);
    if (real.kind !== 'proven')
        return real;
    const run = proveRunCgroup((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(real.path), unit.runId, roots);
    if (run.kind !== 'proven')
        return run.kind === 'gone' ? run : refused(`its parent is not the run's cgroup: ${run.why}`);
    const name = (0,_cgroup_js__WEBPACK_IMPORTED_MODULE_3__/* .unitCgroupName */ .Ez)(unit.unitId, unit.attempt);
    const own = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(real.path);
    if (own !== name && !(own.startsWith(`${name}-`) && /^\d+$/.test(own.slice(name.length + 1))))
        return refused(`its name is not ${name}, the cgroup of that unit attempt`);
    return real;
}
function resolvePath(path, roots) {
    if (typeof path !== 'string' || !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path) || path.includes('\0'))
        return refused('not an absolute path');
    if (path.split('/').includes('..'))
        return refused('it contains ".."');
    if (roots.mount === undefined)
        return refused('no cgroup v2 hierarchy is mounted here');
    let real;
    try {
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(path);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return { kind: 'gone' };
        return refused(`cannot resolve it (${error.code ?? String(error)})`);
    }
    if (!real.startsWith(`${roots.mount}/`))
        return refused(`it is not inside the cgroup v2 hierarchy ${roots.mount}`);
    return { kind: 'proven', path: real };
}
function isDelegatedSubtree(dir, mount) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir) === (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(mount, _cgroup_detect_js__WEBPACK_IMPORTED_MODULE_2__/* .DELEGATED_SUBTREE */ .v8) && /^u\d+$/.test((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(dir));
}
function refused(why) {
    return { kind: 'refused', why };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 1026:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B6: () => (/* binding */ removeCgroupTree),
/* harmony export */   DK: () => (/* binding */ enableControllers),
/* harmony export */   Ez: () => (/* binding */ unitCgroupName),
/* harmony export */   Fk: () => (/* binding */ runCgroupName),
/* harmony export */   Pp: () => (/* binding */ openCgroup),
/* harmony export */   U9: () => (/* binding */ WANTED_CONTROLLERS),
/* harmony export */   cY: () => (/* binding */ createRunCgroup),
/* harmony export */   xD: () => (/* binding */ createUnitCgroup)
/* harmony export */ });
/* unused harmony export killCgroupTree */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _cgroup_detect_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4672);
/* harmony import */ var _terminate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8215);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_terminate_js__WEBPACK_IMPORTED_MODULE_4__]);
_terminate_js__WEBPACK_IMPORTED_MODULE_4__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
// One cgroup v2 per run and one per unit attempt: exact membership, an atomic kill (cgroup.kill), removal, and the memory peak when the controller is on.





/** Controllers turned on for unit cgroups when the parent offers them (memory gives memory.peak). */
const WANTED_CONTROLLERS = ['memory', 'pids'];
/** `testwarden-<runId>` under the parent detectCgroupSupport found. Throws when cgroups are unavailable. */
function createRunCgroup(runId, support = (0,_cgroup_detect_js__WEBPACK_IMPORTED_MODULE_3__/* .detectCgroupSupport */ .tK)()) {
    if (!support.available || !support.root)
        throw new Error(`cgroup tracking is not available: ${support.reason}`);
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(support.root, runCgroupName(runId));
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(path, { recursive: true });
    enableControllers(path);
    return {
        runId,
        path,
        kill: (options) => killCgroupTree(path, options),
        remove: (options) => removeCgroupTree(path, options),
    };
}
/** Directory name of a run's cgroup: the run id is what proves, at cleanup, that the cgroup is the run's. */
function runCgroupName(runId) {
    return `testwarden-${safeName(runId)}`;
}
/**
 * A run cgroup has no processes of its own, so the "no internal processes" rule lets it hand
 * controllers to its unit cgroups; whether any are offered depends on the parent (none in a
 * populated parent such as our own cgroup, none in hybrid mode here). Best effort.
 */
function enableControllers(path) {
    try {
        const offered = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(path, 'cgroup.controllers'), 'utf8').trim().split(/\s+/);
        const wanted = WANTED_CONTROLLERS.filter((c) => offered.includes(c));
        if (wanted.length > 0)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(path, 'cgroup.subtree_control'), wanted.map((c) => `+${c}`).join(' '));
    }
    catch {
        // Not offered or not allowed: membership and cgroup.kill need no controller.
    }
}
/** Directory name of a unit attempt: ids contain `/`, so a hash of the id with a readable tail. */
function unitCgroupName(unitId, attempt) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(unitId).digest('hex').slice(0, 12);
    const tail = safeName(unitId.split('/').pop() ?? '').slice(-40);
    return `u${attempt}-${hash}-${tail}`;
}
function safeName(text) {
    return text
        .replace(/[^a-zA-Z0-9_.-]/g, '_')
        .replace(/^\.+/, '_')
        .slice(0, 100);
}
function createUnitCgroup(run, unitId, attempt) {
    const base = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(run.path, unitCgroupName(unitId, attempt));
    for (let n = 0;; n++) {
        const path = n === 0 ? base : `${base}-${n}`;
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(path);
            return openCgroup(path);
        }
        catch (error) {
            // A directory left from an earlier attempt with the same name: take the next free one.
            if (error.code !== 'EEXIST' || n >= 100)
                throw error;
        }
    }
}
/** A handle on an existing cgroup by path (e.g. from the registry, for `cleanup`). */
function openCgroup(path) {
    return {
        path,
        addProcess: (pid) => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(path, 'cgroup.procs'), `${pid}\n`),
        pids: () => treePids(path),
        populated: () => isPopulated(path),
        signal: (signal) => {
            let sent = 0;
            for (const pid of treePids(path))
                sent += sendSignal(pid, signal) ? 1 : 0;
            return sent;
        },
        kill: (options) => killCgroupTree(path, options),
        remove: () => removeCgroupTree(path),
        memoryPeak: () => {
            try {
                const value = Number((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(path, 'memory.peak'), 'utf8').trim());
                return Number.isFinite(value) ? value : undefined;
            }
            catch {
                return undefined;
            }
        },
    };
}
/** The members; none when the cgroup is gone. Any other error names the file: an unreadable list is not an empty one. */
function readPids(path) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(path, 'cgroup.procs');
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENODEV')
            return [];
        throw new Error(`cannot read ${file}: ${error.message}`, { cause: error });
    }
    return text
        .split('\n')
        .filter((l) => l !== '')
        .map(Number);
}
function childCgroups(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(path, { withFileTypes: true })
            .filter((d) => d.isDirectory())
            .map((d) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(path, d.name));
    }
    catch {
        return [];
    }
}
function treePids(path) {
    return [...readPids(path), ...childCgroups(path).flatMap(treePids)];
}
/** cgroup.events says `populated 0` once no process is left in the cgroup or below it. */
function isPopulated(path) {
    try {
        return /^populated 1$/m.test((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(path, 'cgroup.events'), 'utf8'));
    }
    catch {
        return false; // Gone.
    }
}
function sendSignal(pid, signal) {
    try {
        process.kill(pid, signal);
        return true;
    }
    catch {
        return false; // Exited since the list was read.
    }
}
/**
 * cgroup.kill (kernel 5.14+) SIGKILLs the whole subtree at once, including processes forked
 * meanwhile. Without it, SIGKILL each member and read the list again until it is empty: a
 * process forking while we kill is caught on the next round.
 */
async function killCgroupTree(path, options = {}) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(path))
        return true;
    const deadline = Date.now() + (options.timeoutMs ?? 5000);
    const killFile = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(path, 'cgroup.kill');
    if (options.useCgroupKill !== false && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(killFile)) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(killFile, '1');
        return (0,_terminate_js__WEBPACK_IMPORTED_MODULE_4__/* .pollUntil */ .g3)(() => !isPopulated(path), deadline);
    }
    return (0,_terminate_js__WEBPACK_IMPORTED_MODULE_4__/* .pollUntil */ .g3)(() => {
        const members = treePids(path);
        for (const pid of members)
            sendSignal(pid, 'SIGKILL');
        return members.length === 0 && !isPopulated(path);
    }, deadline);
}
/**
 * Removes a cgroup and every cgroup below it once no process is left. With `kill`, what is
 * still inside is killed first (waiting up to `timeoutMs`, default 5 s); without, members get
 * `settleMs` (default 250 ms) to finish leaving, then a populated cgroup stays (leaks under
 * `--leaks warn`) and the result is false.
 */
async function removeCgroupTree(path, options = {}) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(path))
        return true;
    if (options.kill)
        await killCgroupTree(path, { timeoutMs: options.timeoutMs });
    const deadline = Date.now() + (options.settleMs ?? 250);
    if (!(await (0,_terminate_js__WEBPACK_IMPORTED_MODULE_4__/* .pollUntil */ .g3)(() => !isPopulated(path), deadline)))
        return false;
    // Children before parents; EBUSY only in the instant members are still leaving.
    return (0,_terminate_js__WEBPACK_IMPORTED_MODULE_4__/* .pollUntil */ .g3)(() => rmdirTree(path), Date.now() + 1000);
}
function rmdirTree(path) {
    for (const child of childCgroups(path))
        rmdirTree(child);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmdirSync)(path);
        return true;
    }
    catch (error) {
        return error.code === 'ENOENT';
    }
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 5093:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ cleanupContainers)
/* harmony export */ });
/* harmony import */ var _containers_container_list_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7981);
/* harmony import */ var _containers_container_proof_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7088);
/* harmony import */ var _containers_container_tracking_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2737);
/* harmony import */ var _containers_engine_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2444);
/* harmony import */ var _registry_claims_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1795);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_registry_claims_js__WEBPACK_IMPORTED_MODULE_4__]);
_registry_claims_js__WEBPACK_IMPORTED_MODULE_4__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
// Cleanup's container half: the run's labelled containers, and recorded ones only when they prove (full id and run label) that the run made them.





/** Removes what the run's labels and the proven entries name; appends to `ignored` and `warnings`. */
async function cleanupContainers(options, runIds, recorded, ignored, warnings) {
    const engine = options.engine === undefined ? await (0,_containers_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .detectEngine */ .uU)().catch(() => undefined) : options.engine;
    if (!engine) {
        if (recorded.length > 0)
            warnings.push(`${recorded.length} recorded container(s) could not be checked: no container engine answers`);
        return [];
    }
    // The engine filters on the exact label value: every container found carries the run's label.
    const wanted = new Map();
    for (const runId of runIds) {
        try {
            for (const c of await (0,_containers_container_tracking_js__WEBPACK_IMPORTED_MODULE_2__/* .findRunContainers */ .lB)(engine, runId))
                wanted.set(c.id, { id: c.id, name: c.name });
        }
        catch (error) {
            warnings.push(`could not list containers of run ${runId}: ${error.message}`);
        }
    }
    const covered = (r) => [...wanted.values()].some((w) => w.id === r.id || (r.name !== '' && w.name === r.name));
    const full = recorded.filter((r) => _containers_container_proof_js__WEBPACK_IMPORTED_MODULE_1__/* .FULL_CONTAINER_ID */ .GU.test(r.id) && !covered(r));
    const partial = recorded.filter((r) => !_containers_container_proof_js__WEBPACK_IMPORTED_MODULE_1__/* .FULL_CONTAINER_ID */ .GU.test(r.id) && !covered(r));
    try {
        const verdicts = await (0,_containers_container_proof_js__WEBPACK_IMPORTED_MODULE_1__/* .proveContainers */ .hU)(engine, full);
        full.forEach((r, i) => {
            const verdict = verdicts[i];
            if (verdict.kind === 'proven')
                wanted.set(verdict.id, { id: verdict.id, name: verdict.name });
            else if (verdict.kind === 'refused')
                ignored.push({ kind: 'container', target: r.id, why: verdict.why });
        });
    }
    catch (error) {
        warnings.push(`could not inspect recorded containers: ${error.message}`);
    }
    if (partial.length > 0) {
        // A name or a short id proves nothing (anyone's container may have it): it is reported when
        // it names a container that exists, and that container is left alone.
        try {
            const present = await (0,_containers_container_list_js__WEBPACK_IMPORTED_MODULE_0__/* .listContainers */ .ts)(engine);
            for (const r of partial) {
                const match = present.find((p) => p.name === r.name || p.name === r.id || (r.id !== '' && p.id.startsWith(r.id)));
                if (match && !wanted.has(match.id))
                    ignored.push({
                        kind: 'container',
                        target: (0,_registry_claims_js__WEBPACK_IMPORTED_MODULE_4__/* .bounded */ .M)(r.id || r.name),
                        why: `a name or short id is no proof; container ${match.name || match.id.slice(0, 12)} was left alone`,
                    });
            }
        }
        catch (error) {
            warnings.push(`could not list containers: ${error.message}`);
        }
    }
    const removed = await (0,_containers_container_tracking_js__WEBPACK_IMPORTED_MODULE_2__/* .removeContainers */ .Dn)(engine, [...wanted.values()]);
    for (const c of removed)
        if (c.action === 'remove-failed')
            warnings.push(`container ${c.name || c.id} could not be removed: ${c.error ?? ''}`);
    return removed.map(({ kind, id, name, action }) => ({ kind, id, name, action }));
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 9348:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ cleanupStateDir)
/* harmony export */ });
/* harmony import */ var _leak_scan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7927);
/* harmony import */ var _descent_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9314);
/* harmony import */ var _process_table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7032);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3024);
/* harmony import */ var _cgroup_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1026);
/* harmony import */ var _cleanup_containers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5093);
/* harmony import */ var _proc_table_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(467);
/* harmony import */ var _registry_claims_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1795);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3669);
/* harmony import */ var _terminate_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8215);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_leak_scan_js__WEBPACK_IMPORTED_MODULE_0__, _process_table_js__WEBPACK_IMPORTED_MODULE_1__, _cgroup_js__WEBPACK_IMPORTED_MODULE_3__, _cleanup_containers_js__WEBPACK_IMPORTED_MODULE_4__, _registry_claims_js__WEBPACK_IMPORTED_MODULE_6__, _terminate_js__WEBPACK_IMPORTED_MODULE_8__]);
([_leak_scan_js__WEBPACK_IMPORTED_MODULE_0__, _process_table_js__WEBPACK_IMPORTED_MODULE_1__, _cgroup_js__WEBPACK_IMPORTED_MODULE_3__, _cleanup_containers_js__WEBPACK_IMPORTED_MODULE_4__, _registry_claims_js__WEBPACK_IMPORTED_MODULE_6__, _terminate_js__WEBPACK_IMPORTED_MODULE_8__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);










/**
 * The registry is a list of claims (units can write the state dir): a group is signalled only
 * while its leader is alive with its recorded start time and the run's marker, a cgroup is
 * killed and removed only inside the run's own subtree, a container is removed only by full id
 * with the run's label. Everything else is reported in `ignored` and left alone.
 */
async function cleanupStateDir(stateDir, options = {}) {
    const registry = new _registry_js__WEBPACK_IMPORTED_MODULE_7__/* .Registry */ .OR(stateDir);
    const read = registry.readChecked();
    const warnings = [];
    // Unreadable is not "nothing to clean up": say so, naming the file.
    if (read.problem)
        throw new Error(`cannot read the registry ${read.problem}`);
    if (read.skipped > 0)
        warnings.push(`${read.skipped} malformed line(s) in ${registry.path} were skipped`);
    const claims = (0,_registry_claims_js__WEBPACK_IMPORTED_MODULE_6__/* .sortClaims */ .w)(read.entries, { runId: options.runId, stateDir });
    const { runIds, ignored } = claims;
    if (runIds.length === 0)
        return { processes: [], containers: [], ignored, warnings };
    const alive = claims.runs.find((r) => r.pid !== process.pid && (0,_process_table_js__WEBPACK_IMPORTED_MODULE_1__/* .sameProcessAlive */ .bZ)(r.pid, r.startTime));
    if (alive && !options.force) {
        return {
            processes: [],
            containers: [],
            ignored: [],
            warnings: [
                `the run ${alive.runId} is still in progress (pid ${alive.pid}); nothing was cleaned up`,
            ],
            runnerAlive: { pid: alive.pid },
        };
    }
    const exclude = new Set([process.pid, ...(options.exclude ?? [])]);
    const cgroupMembers = new Map();
    const table = (0,_process_table_js__WEBPACK_IMPORTED_MODULE_1__/* .processTable */ .oI)();
    const find = () => {
        const found = new Map();
        if (table.kind !== 'proc') {
            for (const p of findByDescent(table, claims))
                found.set(p.pid, p);
        }
        else {
            const table = (0,_proc_table_js__WEBPACK_IMPORTED_MODULE_5__/* .listProcesses */ .O3)();
            for (const unit of claims.provenGroups) {
                // Proven when sorted; checked again each round: once the leader is gone (or its pid
                // reused) the number may lead someone else's group, and members are found by marker.
                if (!(0,_proc_table_js__WEBPACK_IMPORTED_MODULE_5__/* .isSameProcessAlive */ .xk)(unit.pid, unit.startTime))
                    continue;
                for (const p of table) {
                    if (p.pgrp === unit.pid &&
                        p.startTime >= unit.startTime &&
                        p.state !== 'Z' &&
                        p.state !== 'X') {
                        found.set(p.pid, (0,_leak_scan_js__WEBPACK_IMPORTED_MODULE_0__/* .describeProcess */ .lg)(p));
                    }
                }
            }
            for (const runId of runIds)
                for (const p of (0,_leak_scan_js__WEBPACK_IMPORTED_MODULE_0__/* .scanRunProcesses */ .GP)(runId))
                    found.set(p.pid, p);
        }
        for (const pid of exclude)
            found.delete(pid);
        return [...found.values()];
    };
    // cgroups hold everything, even what escaped the marker and the group: end them first, whole.
    for (const path of claims.provenCgroups) {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)(path))
            continue;
        for (const pid of (0,_cgroup_js__WEBPACK_IMPORTED_MODULE_3__/* .openCgroup */ .Pp)(path).pids()) {
            const p = exclude.has(pid) ? undefined : (0,_leak_scan_js__WEBPACK_IMPORTED_MODULE_0__/* .describePid */ .pi)(pid);
            if (p)
                cgroupMembers.set(pid, p);
        }
        await (0,_cgroup_js__WEBPACK_IMPORTED_MODULE_3__/* .removeCgroupTree */ .B6)(path, { kill: true, timeoutMs: 2000 }).catch(() => false);
    }
    const seen = new Map(cgroupMembers);
    let alivePs = find();
    for (let round = 0; round < 5 && alivePs.length > 0; round++) {
        for (const p of alivePs)
            if (!seen.has(p.pid))
                seen.set(p.pid, p);
        await (0,_terminate_js__WEBPACK_IMPORTED_MODULE_8__/* .terminate */ .MH)({ processes: alivePs }, { graceMs: options.graceMs ?? 2000 });
        alivePs = find();
    }
    const stillAlive = new Set(alivePs.map((p) => p.pid));
    const processes = [...seen.values()].map((p) => ({
        kind: 'process',
        pid: p.pid,
        command: p.command,
        action: stillAlive.has(p.pid) ? 'kill-failed' : 'killed',
    }));
    for (const p of processes)
        if (p.action === 'kill-failed')
            warnings.push(`process ${p.pid} survived SIGKILL: ${p.command}`);
    const containers = await (0,_cleanup_containers_js__WEBPACK_IMPORTED_MODULE_4__/* .cleanupContainers */ .N)(options, runIds, claims.containers, ignored, warnings);
    if (processes.every((p) => p.action === 'killed') &&
        containers.every((c) => c.action === 'removed')) {
        registry.add({ kind: 'cleaned', at: Date.now() });
    }
    return { processes, containers, ignored, warnings };
}
/**
 * Without /proc (macOS, Windows): each unit's group while its number is still the unit's, and
 * its descendants, those the run recorded and those now under them, from one sweep.
 */
function findByDescent(table, pending) {
    const sweep = table.list();
    const found = [];
    for (const unit of pending.units) {
        const descent = new _descent_js__WEBPACK_IMPORTED_MODULE_9__/* .DescentRecorder */ .P({ pid: unit.pid, startTime: unit.startTime }, { groups: table.groups });
        descent.remember(pending.descendants.filter((d) => d.unitPid === unit.pid && d.unitStartTime === unit.startTime));
        descent.record(sweep);
        found.push(...descent.alive(sweep));
        // The leader itself, while it is still the process the run started.
        const leader = sweep.find((p) => p.pid === unit.pid);
        if (leader && !leader.zombie && leader.startTime === unit.startTime)
            found.push(leader);
    }
    return (0,_process_table_js__WEBPACK_IMPORTED_MODULE_1__/* .withCommands */ .lZ)(found, table).map(_leak_scan_js__WEBPACK_IMPORTED_MODULE_0__/* .describeInfo */ .m);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 9314:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ DescentRecorder)
/* harmony export */ });
/**
 * Members are the leader and every process whose parent was a member when a sweep saw it (and,
 * where groups exist, every process in the leader's group). A member stays recorded after its
 * parent exits, so a `setsid` daemon seen once under the unit is still the unit's after it was
 * re-parented to init; one that was re-parented before any sweep saw it is not (no cgroup
 * there to say otherwise). A child never predates its parent: that rules out a pid reused by
 * an older-looking process, and Windows' stale parent ids.
 */
class DescentRecorder {
    #members = new Map();
    #leader;
    #groups;
    constructor(leader, options) {
        this.#leader = leader;
        this.#groups = options.groups;
        this.#members.set(leader.pid, leader.startTime);
    }
    /** Members recorded earlier (by the run, read back from the registry by cleanup). */
    remember(known) {
        for (const p of known)
            this.#members.set(p.pid, p.startTime);
    }
    /** Adds the members this sweep shows; returns how many were new. */
    record(sweep) {
        const byPid = new Map();
        const children = new Map();
        for (const p of sweep) {
            byPid.set(p.pid, p);
            if (p.ppid === p.pid)
                continue;
            const siblings = children.get(p.ppid);
            if (siblings)
                siblings.push(p);
            else
                children.set(p.ppid, [p]);
        }
        const leader = this.#leader;
        const before = this.#members.size;
        // A recorded member is a parent only while its pid is not someone else's now.
        // A start time of 0 is unknown (the leader ended before it could be read).
        const usable = (pid, start) => {
            const now = byPid.get(pid);
            return now === undefined || start === 0 || now.startTime === start;
        };
        const queue = [];
        for (const [pid, startTime] of this.#members)
            if (usable(pid, startTime))
                queue.push({ pid, startTime });
        if (this.#groups && usable(leader.pid, leader.startTime)) {
            for (const p of sweep)
                if (p.pgrp === leader.pid && !p.zombie && p.startTime >= leader.startTime)
                    queue.push(this.#visit(p));
        }
        while (queue.length > 0) {
            const parent = queue.pop();
            for (const child of children.get(parent.pid) ?? []) {
                if (child.startTime < parent.startTime || child.startTime < leader.startTime)
                    continue;
                if (this.#members.get(child.pid) === child.startTime)
                    continue;
                queue.push(this.#visit(child));
            }
        }
        return this.#members.size - before;
    }
    /** The members alive in this sweep (same pid and start time), the leader left out. */
    alive(sweep) {
        return sweep.filter((p) => !p.zombie &&
            p.pid !== this.#leader.pid &&
            p.pid !== process.pid &&
            this.#members.get(p.pid) === p.startTime);
    }
    /** Every member recorded so far, the leader left out. */
    get recorded() {
        return [...this.#members]
            .filter(([pid]) => pid !== this.#leader.pid)
            .map(([pid, startTime]) => ({ pid, startTime }));
    }
    /** Members added since the last call (what the run appends to its registry). */
    takeNew() {
        const fresh = this.#fresh;
        this.#fresh = [];
        return fresh;
    }
    #fresh = [];
    #visit(p) {
        const known = { pid: p.pid, startTime: p.startTime };
        if (this.#members.get(p.pid) === p.startTime)
            return known;
        this.#members.set(p.pid, p.startTime);
        if (p.pid !== this.#leader.pid && p.pid !== process.pid)
            this.#fresh.push(known);
        return known;
    }
}


/***/ }),

/***/ 4860:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ programProblem)
/* harmony export */ });
/* unused harmony export windowsPath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
// Looks a program up on PATH the way the platform's spawn does (execvp; on Windows libuv's search, which adds .com/.exe), so a missing program is a clear start error even when a wrapper (the cgroup launcher) runs it.


/** Undefined when the program can be run; otherwise why not (`spawn x ENOENT` style). */
function programProblem(program, env, cwd, platform = process.platform, exists = isFile) {
    if (platform === 'win32')
        return windowsProgramProblem(program, env, cwd, exists);
    const candidates = program.includes('/')
        ? [node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(program) ? program : node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(cwd, program)]
        : (env.PATH ?? '/usr/local/bin:/usr/bin:/bin')
            .split(node_path__WEBPACK_IMPORTED_MODULE_1__.delimiter)
            .filter(Boolean)
            .map((dir) => node_path__WEBPACK_IMPORTED_MODULE_1__.join(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(cwd, dir), program));
    let sawNonExecutable = false;
    for (const candidate of candidates) {
        try {
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(candidate).isFile())
                continue;
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(candidate, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
            return undefined;
        }
        catch (error) {
            if (error.code === 'EACCES')
                sawNonExecutable = true;
        }
    }
    return `spawn ${program} ${sawNonExecutable ? 'EACCES' : 'ENOENT'}`;
}
/** `Path`, `PATH` or any other spelling: a copied Windows environment is no longer case-insensitive. */
function windowsPath(env) {
    const key = Object.keys(env).find((k) => k.toUpperCase() === 'PATH');
    return (key && env[key]) || '';
}
/**
 * Windows: a path (`\`, `/` or a drive letter) or a name searched in the working directory,
 * then on Path, with `.com` and `.exe` tried after the name as given. Batch files (`npm.cmd`)
 * cannot be started without a shell since Node 20.12 (EINVAL): that gets its own answer.
 */
function windowsProgramProblem(program, env, cwd, exists) {
    const win = node_path__WEBPACK_IMPORTED_MODULE_1__.win32;
    const isPath = /[\\/]/.test(program) || /^[A-Za-z]:/.test(program);
    const dirs = isPath ? [''] : [cwd, ...windowsPath(env).split(';').filter(Boolean)];
    const base = isPath ? win.resolve(cwd, program) : program;
    const hasExt = win.extname(program) !== '';
    const exts = hasExt ? [''] : ['.com', '.exe'];
    let batch = false;
    for (const dir of dirs) {
        const stem = dir === '' ? base : win.join(win.resolve(cwd, dir), base);
        for (const ext of exts) {
            if (exists(stem + ext)) {
                if (/\.(cmd|bat)$/i.test(stem + ext))
                    batch = true;
                else
                    return undefined;
            }
        }
        if (!hasExt && (exists(`${stem}.cmd`) || exists(`${stem}.bat`)))
            batch = true;
    }
    return batch
        ? `spawn ${program} EINVAL (a batch file: on Windows run it through --shell or \`cmd /d /s /c\`)`
        : `spawn ${program} ENOENT`;
}
function isFile(candidate) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(candidate).isFile();
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 7927:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GP: () => (/* binding */ scanRunProcesses),
/* harmony export */   IF: () => (/* binding */ scanUnitDescent),
/* harmony export */   Jg: () => (/* binding */ markerEntries),
/* harmony export */   lg: () => (/* binding */ describeProcess),
/* harmony export */   m: () => (/* binding */ describeInfo),
/* harmony export */   pi: () => (/* binding */ describePid),
/* harmony export */   v6: () => (/* binding */ scanUnitProcesses)
/* harmony export */ });
/* harmony import */ var _process_table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7032);
/* harmony import */ var _proc_table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(467);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_process_table_js__WEBPACK_IMPORTED_MODULE_0__]);
_process_table_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];


const ownPid = process.pid;
/** Marker entries as they appear in /proc/<pid>/environ. */
function markerEntries(runId, unitId) {
    return [Buffer.from(`TESTWARDEN_RUN_ID=${runId}`), Buffer.from(`TESTWARDEN_UNIT=${unitId}`)];
}
/**
 * Live processes of the unit. Pids that cannot be newer than the unit are skipped unread (when
 * the pid counter provably did not wrap), start time is compared before `environ` is read, so
 * the scan costs little more than reading /proc's directory.
 */
function scanUnitProcesses(marker) {
    if (!_proc_table_js__WEBPACK_IMPORTED_MODULE_1__/* .hasProc */ .jK)
        return [];
    const entries = markerEntries(marker.runId, marker.unitId);
    const found = [];
    // A process with the leader's pid but another start time means the number was reused (our
    // group emptied): its group is someone else's, and only the marker counts. That holds for a
    // zombie owner too: a reused number's new leader may have exited and left its group behind.
    const owner = (0,_proc_table_js__WEBPACK_IMPORTED_MODULE_1__/* .readStat */ .BV)(marker.pgid);
    const groupIsOurs = owner === undefined || owner.startTime === marker.sinceTicks;
    for (const p of (0,_proc_table_js__WEBPACK_IMPORTED_MODULE_1__/* .listProcesses */ .O3)((0,_proc_table_js__WEBPACK_IMPORTED_MODULE_1__/* .pidsBornSince */ .AC)(marker.pgid, marker.pidClock))) {
        if (!isLive(p) || p.pid === ownPid || p.startTime < marker.sinceTicks)
            continue;
        if ((groupIsOurs && p.pgrp === marker.pgid) || hasMarker(p.pid, entries)) {
            found.push(describeProcess(p));
        }
    }
    return found;
}
/** Every live process of a run (any unit), for cleanup when the runner is gone. */
function scanRunProcesses(runId) {
    if (!_proc_table_js__WEBPACK_IMPORTED_MODULE_1__/* .hasProc */ .jK)
        return [];
    const entry = [Buffer.from(`TESTWARDEN_RUN_ID=${runId}`)];
    const found = [];
    for (const p of (0,_proc_table_js__WEBPACK_IMPORTED_MODULE_1__/* .listProcesses */ .O3)()) {
        if (!isLive(p) || p.pid === ownPid)
            continue;
        if (hasMarker(p.pid, entry)) {
            found.push(describeProcess(p));
        }
    }
    return found;
}
/** A process as reports name it: pid, start time, group and command line. */
function describeProcess(p) {
    return {
        pid: p.pid,
        startTime: p.startTime,
        pgrp: p.pgrp,
        command: (0,_proc_table_js__WEBPACK_IMPORTED_MODULE_1__/* .readCommandLine */ .ye)(p.pid, `[${p.comm}]`),
    };
}
/** The same, by pid; undefined when it is gone or a zombie. */
function describePid(pid) {
    const stat = (0,_proc_table_js__WEBPACK_IMPORTED_MODULE_1__/* .readStat */ .BV)(pid);
    return stat && isLive(stat) ? describeProcess(stat) : undefined;
}
function isLive(p) {
    return p.state !== 'Z' && p.state !== 'X';
}
function hasMarker(pid, entries) {
    const environ = (0,_proc_table_js__WEBPACK_IMPORTED_MODULE_1__/* .readEnviron */ .oW)(pid);
    return environ !== undefined && (0,_proc_table_js__WEBPACK_IMPORTED_MODULE_1__/* .environHas */ .C3)(environ, entries);
}
/**
 * Where there is no /proc (macOS, Windows, or `ps` forced): one sweep of the table, recorded
 * into the unit's descent, and the members alive in it (its group included where groups exist).
 */
function scanUnitDescent(descent, table) {
    const sweep = table.list();
    descent.record(sweep);
    return (0,_process_table_js__WEBPACK_IMPORTED_MODULE_0__/* .withCommands */ .lZ)(descent.alive(sweep), table).map(describeInfo);
}
/** A table entry as reports name it. */
function describeInfo(p) {
    return { pid: p.pid, startTime: p.startTime, pgrp: p.pgrp, command: p.command ?? '' };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 1795:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ bounded),
/* harmony export */   w: () => (/* binding */ sortClaims)
/* harmony export */ });
/* harmony import */ var _leak_scan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7927);
/* harmony import */ var _cgroup_proof_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2957);
/* harmony import */ var _proc_table_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(467);
/* harmony import */ var _process_table_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7032);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3669);
/* harmony import */ var _run_id_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2779);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_leak_scan_js__WEBPACK_IMPORTED_MODULE_0__, _cgroup_proof_js__WEBPACK_IMPORTED_MODULE_1__, _process_table_js__WEBPACK_IMPORTED_MODULE_3__]);
([_leak_scan_js__WEBPACK_IMPORTED_MODULE_0__, _cgroup_proof_js__WEBPACK_IMPORTED_MODULE_1__, _process_table_js__WEBPACK_IMPORTED_MODULE_3__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);
// Sorts what a registry claims into what the targets themselves prove (a leader with its start time and the run's marker, a cgroup in the run's own subtree) and what is reported but left alone.






/**
 * `runId`, when the caller knows it (the watchdog), is the only run acted on; otherwise the runs
 * named by the registry's `run` entries are, those whose id is sealed to `stateDir` (a run of
 * another folder is alive or dead elsewhere: its markers, cgroups and labels are not this
 * folder's to touch).
 */
function sortClaims(entries, options = {}) {
    const pending = (0,_registry_js__WEBPACK_IMPORTED_MODULE_4__/* .pendingEntries */ .io)(entries);
    const ignored = [];
    const { stateDir } = options;
    const runs = pending.runs.filter((r) => {
        if (options.runId !== undefined)
            return r.runId === options.runId;
        if (stateDir === undefined || (0,_run_id_js__WEBPACK_IMPORTED_MODULE_5__/* .startedIn */ .dW)(r.runId, stateDir))
            return true;
        ignored.push({
            kind: 'run',
            target: bounded(r.runId),
            why: `run ${bounded(r.runId)} was not started in this state dir (${stateDir})`,
        });
        return false;
    });
    const runIds = options.runId !== undefined ? [options.runId] : [...new Set(runs.map((r) => r.runId))];
    const known = new Set(runIds);
    const ofRun = (list, kind, target) => list.filter((e) => {
        if (known.has(e.runId))
            return true;
        ignored.push({
            kind,
            target: bounded(target(e)),
            why: `it names run ${bounded(e.runId)}, which this state dir does not record`,
        });
        return false;
    });
    const units = ofRun(pending.units, 'unit', (u) => `process group ${u.pid}`);
    const cgroupEntries = ofRun(pending.cgroups, 'cgroup', (c) => c.path);
    const containers = ofRun(pending.containers, 'container', (c) => c.id || c.name);
    const provenGroups = [];
    const table = (0,_process_table_js__WEBPACK_IMPORTED_MODULE_3__/* .processTable */ .oI)();
    for (const unit of units) {
        // Tables without /proc have no environment to read: the start time alone, checked for the
        // leader and every descendant when they are swept, is the proof there.
        if (table.kind !== 'proc')
            continue;
        // A dead or reused leader is simply not the group any more: its members are found by marker.
        if (!(0,_proc_table_js__WEBPACK_IMPORTED_MODULE_2__/* .isSameProcessAlive */ .xk)(unit.pid, unit.startTime))
            continue;
        const environ = (0,_proc_table_js__WEBPACK_IMPORTED_MODULE_2__/* .readEnviron */ .oW)(unit.pid);
        if (environ !== undefined && (0,_proc_table_js__WEBPACK_IMPORTED_MODULE_2__/* .environHas */ .C3)(environ, (0,_leak_scan_js__WEBPACK_IMPORTED_MODULE_0__/* .markerEntries */ .Jg)(unit.runId, unit.unitId)))
            provenGroups.push(unit);
        else
            ignored.push({
                kind: 'unit',
                target: `process group ${unit.pid}`,
                why: environ === undefined
                    ? 'its leader environment cannot be read to check the run marker'
                    : `its leader does not carry the marker of unit ${bounded(unit.unitId)}`,
            });
    }
    const roots = options.roots ?? (0,_cgroup_proof_js__WEBPACK_IMPORTED_MODULE_1__/* .cgroupRootsHere */ .kl)();
    const provenCgroups = [];
    const judge = (path, proof) => {
        if (proof.kind === 'proven')
            provenCgroups.push(proof.path);
        else if (proof.kind === 'refused')
            ignored.push({ kind: 'cgroup', target: bounded(path), why: proof.why });
    };
    for (const unit of units)
        if (unit.cgroup !== undefined)
            judge(unit.cgroup, (0,_cgroup_proof_js__WEBPACK_IMPORTED_MODULE_1__/* .proveUnitCgroup */ .Vz)(unit.cgroup, unit, roots));
    for (const entry of cgroupEntries)
        judge(entry.path, (0,_cgroup_proof_js__WEBPACK_IMPORTED_MODULE_1__/* .proveRunCgroup */ .iz)(entry.path, entry.runId, roots));
    return {
        runIds,
        runs,
        units,
        descendants: pending.descendants.filter((d) => known.has(d.runId)),
        provenGroups,
        provenCgroups: [...new Set(provenCgroups)],
        containers,
        ignored,
    };
}
/** Text from the registry, cut to a length a report can carry. */
function bounded(text) {
    return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 3669:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OR: () => (/* binding */ Registry),
/* harmony export */   io: () => (/* binding */ pendingEntries)
/* harmony export */ });
/* unused harmony export REGISTRY_FILE */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _zod_mini_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7892);
/* harmony import */ var _checkpoint_read_bounded_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9476);
// The registry: an append-only file in the state dir naming every process group and container a run started, so cleanup, the post step and the watchdog can act without the runner.




const REGISTRY_FILE = 'registry.jsonl';
/** Far above what a run writes (a few short lines a unit attempt), far below what would hurt to read. */
const MAX_REGISTRY_BYTES = 64 * 1024 * 1024;
const pid = _zod_mini_js__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().check(_zod_mini_js__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr(), _zod_mini_js__WEBPACK_IMPORTED_MODULE_2__/* .positive */ .yjt());
const startTime = _zod_mini_js__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().check(_zod_mini_js__WEBPACK_IMPORTED_MODULE_2__/* .nonnegative */ .ZnW());
const text = _zod_mini_js__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().check(_zod_mini_js__WEBPACK_IMPORTED_MODULE_2__/* .maxLength */ .Ru6(4096));
/** What a line may hold; a line that is anything else is skipped whole. */
const entrySchema = _zod_mini_js__WEBPACK_IMPORTED_MODULE_2__/* .discriminatedUnion */ .gMt('kind', [
    /** The runner itself. */
    _zod_mini_js__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ kind: _zod_mini_js__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('run'), runId: text, pid, startTime, at: _zod_mini_js__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig() }),
    /** A unit's process group leader (pgid = pid), with its start time so a reused pid is never signalled. */
    _zod_mini_js__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        kind: _zod_mini_js__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('unit'),
        runId: text,
        unitId: text,
        attempt: _zod_mini_js__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().check(_zod_mini_js__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr(), _zod_mini_js__WEBPACK_IMPORTED_MODULE_2__/* .positive */ .yjt()),
        pid,
        startTime,
        at: _zod_mini_js__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
        /** The unit's cgroup (cgroup tracking): cleanup kills it whole and removes it. */
        cgroup: _zod_mini_js__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM(text),
    }),
    /** A process seen descending from a unit's leader (tables without a marker scan: macOS, Windows). */
    _zod_mini_js__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        kind: _zod_mini_js__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('descendant'),
        runId: text,
        unitPid: pid,
        unitStartTime: startTime,
        pid,
        startTime,
    }),
    /** The run's own cgroup (parent of the units' cgroups). */
    _zod_mini_js__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ kind: _zod_mini_js__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('cgroup'), runId: text, path: text }),
    /** The unit's group was seen empty after its sweep. */
    _zod_mini_js__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ kind: _zod_mini_js__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('unit-end'), pid, startTime }),
    /** `id` is the full id once the container exists; an isolated unit's is its name until then. */
    _zod_mini_js__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        kind: _zod_mini_js__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('container'),
        runId: text,
        id: text,
        name: text,
        unitId: _zod_mini_js__WEBPACK_IMPORTED_MODULE_2__/* .nullable */ .mee(text),
    }),
    /** Everything recorded above was cleaned up. */
    _zod_mini_js__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ kind: _zod_mini_js__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('cleaned'), at: _zod_mini_js__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig() }),
]);
class Registry {
    path;
    /**
     * During a run: takes a failed append (disk full, state dir removed) and answers true when the
     * run is being stopped for it, so the caller goes on; without it, or on false, add() throws.
     */
    onWriteError;
    constructor(stateDir) {
        this.path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(stateDir, REGISTRY_FILE);
    }
    /** Starts a new registry for a run (the previous one must have been cleaned up first). */
    begin(entry) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(this.path, `${JSON.stringify(entry)}\n`);
    }
    /** Appends synchronously: the line is on disk before the caller goes on, so a crash cannot lose it. */
    add(entry) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(this.path, `${JSON.stringify(entry)}\n`);
        }
        catch (error) {
            if (!this.onWriteError?.(error, this.path))
                throw error;
        }
    }
    /**
     * Every well-formed entry; a torn last line (a crash mid-write), garbage or a line of the wrong
     * shape is skipped. A missing file is an empty registry; one that cannot be read throws an
     * error naming it, so no caller takes it for "nothing to clean up".
     */
    read() {
        const read = this.readChecked();
        if (read.problem)
            throw new Error(`cannot read the registry ${read.problem}`);
        return read.entries;
    }
    /** The same, with how many lines were skipped and why the file could not be read at all. */
    readChecked() {
        const file = (0,_checkpoint_read_bounded_js__WEBPACK_IMPORTED_MODULE_3__/* .readBounded */ .C)(this.path, MAX_REGISTRY_BYTES);
        if (file.kind === 'missing')
            return { entries: [], skipped: 0 };
        if (file.kind === 'unusable')
            return { entries: [], skipped: 0, problem: `${this.path} ${file.why}` };
        const entries = [];
        let skipped = 0;
        for (const line of file.content.split('\n')) {
            if (line.trim() === '')
                continue;
            try {
                const value = entrySchema.safeParse(JSON.parse(line));
                if (value.success)
                    entries.push(value.data);
                else
                    skipped++;
            }
            catch {
                skipped++; // Torn or foreign line.
            }
        }
        return { entries, skipped };
    }
}
/** What is still to clean up: entries after the last `cleaned` mark, minus units seen ended. */
function pendingEntries(entries) {
    let from = 0;
    entries.forEach((e, i) => {
        if (e.kind === 'cleaned')
            from = i + 1;
    });
    const tail = entries.slice(from);
    const ended = new Set(tail.filter((e) => e.kind === 'unit-end').map((e) => `${e.pid}:${e.startTime}`));
    return {
        runs: tail.filter((e) => e.kind === 'run'),
        units: tail.filter((e) => e.kind === 'unit' && !ended.has(`${e.pid}:${e.startTime}`)),
        containers: tail.filter((e) => e.kind === 'container'),
        cgroups: tail.filter((e) => e.kind === 'cgroup'),
        descendants: tail.filter((e) => e.kind === 'descendant' && !ended.has(`${e.unitPid}:${e.unitStartTime}`)),
    };
}


/***/ }),

/***/ 2779:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F$: () => (/* binding */ newRunId),
/* harmony export */   Ul: () => (/* binding */ sealRunId),
/* harmony export */   dW: () => (/* binding */ startedIn)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
// A run's id, sealed to the state dir the run was started in: a registry elsewhere (written by a unit, by hand, or copied) that names the run proves nothing about it.


/** Hex digits of the seal: enough that no other folder's seal matches by chance. */
const SEAL_LENGTH = 12;
/** A fresh id for a run in `stateDir` (which must exist): `tw-<time>-<random>-<seal>`. */
function newRunId(stateDir) {
    return sealRunId(stateDir, `tw-${Date.now().toString(36)}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`);
}
/** `base` followed by the seal of `stateDir` (resolved to its real path, which must exist). */
function sealRunId(stateDir, base) {
    return `${base}-${seal((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(stateDir), base)}`;
}
/**
 * Whether `runId` was made for `stateDir`. The seal is no secret; what it rules out is another
 * folder's run: every process marker, cgroup name and container label of a run carries its id,
 * and the id carries the real path of the one state dir whose cleanup may act on them.
 */
function startedIn(runId, stateDir) {
    const cut = runId.lastIndexOf('-');
    if (cut <= 0)
        return false;
    let real;
    try {
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(stateDir);
    }
    catch {
        return false;
    }
    return runId.slice(cut + 1) === seal(real, runId.slice(0, cut));
}
function seal(realStateDir, base) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(`testwarden run\0${realStateDir}\0${base}`)
        .digest('hex')
        .slice(0, SEAL_LENGTH);
}


/***/ }),

/***/ 8235:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eu: () => (/* binding */ MAX_JOBS),
/* harmony export */   Gt: () => (/* binding */ MAX_TEXT_LENGTH),
/* harmony export */   Hi: () => (/* binding */ isWholeIn),
/* harmony export */   KK: () => (/* binding */ MIN_EXIT_CODE),
/* harmony export */   Qx: () => (/* binding */ MAX_ID_LENGTH),
/* harmony export */   R1: () => (/* binding */ MAX_TESTS),
/* harmony export */   kd: () => (/* binding */ MAX_RETRIES),
/* harmony export */   m: () => (/* binding */ MAX_ATTEMPTS),
/* harmony export */   rG: () => (/* binding */ MAX_DURATION_MS),
/* harmony export */   sJ: () => (/* binding */ isRecordedTime),
/* harmony export */   ub: () => (/* binding */ MAX_EXIT_CODE),
/* harmony export */   zx: () => (/* binding */ MAX_BYTES)
/* harmony export */ });
/* unused harmony export EARLIEST_TIME_MS */
// What testwarden itself can write, as numbers: every value read back from a checkpoint, a durations history or a report is held to these, so a crafted file cannot drive a loop, a picture or an allocation past them.
const DAY_MS = 24 * 60 * 60 * 1000;
/** --jobs accepts 1 to this; a lane is below it. */
const MAX_JOBS = 1024;
/** --retries accepts 0 to this; a unit has at most one attempt more. */
const MAX_RETRIES = 100;
const MAX_ATTEMPTS = MAX_RETRIES + 1;
/** No unit, and no run, lasts a year. */
const MAX_DURATION_MS = 366 * DAY_MS;
/** Tests counted in one unit. */
const MAX_TESTS = 1_000_000_000;
/** Memory of one unit (1 PiB). */
const MAX_BYTES = 2 ** 50;
/** An exit code or status: a 32-bit integer. */
const MIN_EXIT_CODE = -(2 ** 31);
const MAX_EXIT_CODE = 2 ** 31 - 1;
/** Times are after testwarden existed and not later than a day ahead of this machine's clock. */
const EARLIEST_TIME_MS = Date.UTC(2020, 0, 1);
const FUTURE_SLACK_MS = DAY_MS;
/** A unit id (a path is at most 4,096 bytes on Linux). */
const MAX_ID_LENGTH = 4096;
/** A message, a command line, a run id or another string from a file. */
const MAX_TEXT_LENGTH = 64 * 1024;
/** Whether `ms` is a time testwarden could have recorded. */
function isRecordedTime(ms, now = Date.now()) {
    return Number.isSafeInteger(ms) && ms >= EARLIEST_TIME_MS && ms <= now + FUTURE_SLACK_MS;
}
/** Whether `value` is a whole number in [min, max]. */
function isWholeIn(value, min, max) {
    return Number.isSafeInteger(value) && value >= min && value <= max;
}


/***/ }),

/***/ 6883:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LV: () => (/* binding */ RUN_STATUSES),
/* harmony export */   Np: () => (/* binding */ STOP_REASONS),
/* harmony export */   im: () => (/* binding */ OUTCOMES)
/* harmony export */ });
const OUTCOMES = [
    'passed',
    'failed',
    'timed-out',
    'resource-exceeded',
    'interrupted',
    'skipped',
];
const STOP_REASONS = [
    'memory',
    'cpu',
    'SIGINT',
    'SIGTERM',
    'SIGHUP',
    'fail-fast',
    'runner-lost',
    'runner-stuck',
    'state-dir-unwritable',
];
const RUN_STATUSES = [
    'passed',
    'failed',
    'shutdown',
    'interrupted',
];
const complete = [true, true, true];
void complete;


/***/ }),

/***/ 7892:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BpO: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.BpO),
/* harmony export */   BpQ: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.BpQ),
/* harmony export */   FsL: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.FsL),
/* harmony export */   IeY: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.IeY),
/* harmony export */   Ikc: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.Ikc),
/* harmony export */   KCZ: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.KCZ),
/* harmony export */   KH5: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.KH5),
/* harmony export */   PhQ: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.PhQ),
/* harmony export */   Ru6: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.Ru6),
/* harmony export */   Rvf: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.Rvf),
/* harmony export */   S1_: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.S1_),
/* harmony export */   Whr: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.Whr),
/* harmony export */   X$i: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.X$i),
/* harmony export */   YOg: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.YOg),
/* harmony export */   YPB: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.YPB),
/* harmony export */   YjP: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.YjP),
/* harmony export */   ZnW: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.ZnW),
/* harmony export */   aig: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.aig),
/* harmony export */   euz: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.euz),
/* harmony export */   g1P: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.g1P),
/* harmony export */   gMt: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.gMt),
/* harmony export */   k5n: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.k5n),
/* harmony export */   lqM: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.lqM),
/* harmony export */   mee: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.mee),
/* harmony export */   pdi: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.pdi),
/* harmony export */   rej: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.rej),
/* harmony export */   yGV: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.yGV),
/* harmony export */   yjt: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.yjt),
/* harmony export */   zMY: () => (/* reexport safe */ zod_mini__WEBPACK_IMPORTED_MODULE_2__.zMY)
/* harmony export */ });
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8532);
/* harmony import */ var zod_v4_locales_en_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(252);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2403);
// zod's small functional API (zod/mini) with the English issue messages the full API loads by itself: every schema takes zod from here (`import * as z`), so what a user reads stays the same.


(0,zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .config */ .$W)((0,zod_v4_locales_en_js__WEBPACK_IMPORTED_MODULE_1__/* ["default"] */ .A)());



/***/ })

};
