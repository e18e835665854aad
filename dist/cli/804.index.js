export const id = 804;
export const ids = [804];
export const modules = {

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


/***/ })

};
