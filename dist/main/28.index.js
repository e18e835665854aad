export const id = 28;
export const ids = [28];
export const modules = {

/***/ 65028:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   countTapInFile: () => (/* binding */ countTapInFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var tap_parser__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63415);
// Counts the tests of a TAP stream found in a unit's log, with tapjs's parser fed only TAP-shaped lines.


const TAP_LINE = /^\s*(?:TAP version \d+|\d+\.\.\d+|(?:not )?ok\b|Bail out!|#|---|\.\.\.)/;
const TOP_LEVEL_TAP = /^(?:TAP version \d+|\d+\.\.\d+|(?:not )?ok\b)/;
/** Longer lines are not TAP worth reading; skipping them keeps memory flat for any output. */
const MAX_LINE = 64 * 1024;
/** First non-blank byte of a line is one a TAP line can start with: T, digit, o, n, B, #, - or . */
function mayBeTap(buffer, at, end) {
    let i = at;
    while (i < end && (buffer[i] === 32 || buffer[i] === 9))
        i++;
    const c = buffer[i];
    return (i < end &&
        c !== undefined &&
        (c === 84 ||
            (c >= 48 && c <= 57) ||
            c === 111 ||
            c === 110 ||
            c === 66 ||
            c === 35 ||
            c === 45 ||
            c === 46));
}
/**
 * Calls `onLine` for each line of a file that may be TAP, reading through one reused buffer:
 * memory stays the same whatever the file's size, and other lines never become strings.
 */
async function forEachCandidateLine(path, onLine) {
    const file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r');
    try {
        const size = (await file.stat()).size;
        const buffer = Buffer.allocUnsafe(Math.min(2 * MAX_LINE, size + 1));
        let filled = 0;
        let skipping = false; // inside a line longer than MAX_LINE
        for (;;) {
            const { bytesRead } = await file.read(buffer, filled, buffer.length - filled, null);
            const end = filled + bytesRead;
            let from = 0;
            for (let nl = buffer.indexOf(10, from); nl >= 0 && nl < end; nl = buffer.indexOf(10, from)) {
                if (!skipping && mayBeTap(buffer, from, nl))
                    onLine(buffer.toString('utf8', from, nl).replace(/\r$/, ''));
                skipping = false;
                from = nl + 1;
            }
            if (bytesRead === 0) {
                if (!skipping && from < end && mayBeTap(buffer, from, end))
                    onLine(buffer.toString('utf8', from, end));
                return;
            }
            if (end - from >= Math.min(MAX_LINE, buffer.length)) {
                skipping = true;
                filled = 0;
            }
            else {
                buffer.copy(buffer, 0, from, end);
                filled = end - from;
            }
        }
    }
    finally {
        await file.close();
    }
}
/** node:test's closing totals (`# tests 13`, `# pass 9`, ...), which count nested subtests too. */
const NODE_TRAILER = /^# (tests|pass|fail|cancelled|skipped|todo) (\d+)$/;
/**
 * Test counts of the TAP stream in a log file, or undefined when there is none. node:test's
 * trailer is taken when present (every subtest counted; the top-level entries are only files
 * and outer tests); otherwise the top-level entries. Missing plans and other TAP errors are
 * not failed tests: only `not ok` lines are.
 */
async function countTapInFile(path) {
    let sawTap = false;
    let trailer = {};
    const parser = new tap_parser__WEBPACK_IMPORTED_MODULE_1__/* .Parser */ .iX();
    const results = new Promise((resolve) => parser.on('complete', resolve));
    await forEachCandidateLine(path, (line) => {
        if (!TAP_LINE.test(line))
            return;
        if (TOP_LEVEL_TAP.test(line))
            sawTap = true;
        const total = NODE_TRAILER.exec(line);
        if (total) {
            // A second stream's trailer (another run in the same log) starts a new set.
            if (total[1] === 'tests')
                trailer = {};
            trailer[total[1]] = Number(total[2]);
        }
        parser.write(`${line}\n`);
    });
    parser.end();
    const final = await results;
    if (!sawTap || final.count === 0)
        return undefined;
    const fromTrailer = countNodeTrailer(trailer);
    if (fromTrailer)
        return fromTrailer;
    const skipped = final.skip + final.todo;
    const failed = final.failures.filter((failure) => !failure.tapError).length;
    return { passed: Math.max(0, final.pass - skipped), failed, skipped, errors: 0 };
}
function countNodeTrailer(trailer) {
    const { tests, pass, fail } = trailer;
    if (tests === undefined || pass === undefined || fail === undefined)
        return undefined;
    const skipped = (trailer.skipped ?? 0) + (trailer.todo ?? 0);
    const counts = { passed: pass, failed: fail + (trailer.cancelled ?? 0), skipped, errors: 0 };
    // A trailer that does not add up is not node's: fall back to the entries.
    return counts.passed + counts.failed + counts.skipped === tests ? counts : undefined;
}


/***/ })

};
