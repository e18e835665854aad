export const id = 139;
export const ids = [139];
export const modules = {

/***/ 90139:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   countJUnit: () => (/* binding */ countJUnit)
/* harmony export */ });
/* harmony import */ var fast_xml_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41143);
// Counts the test cases of a JUnit XML file a unit wrote (any nesting of testsuites/testsuite/testcase).

const parser = new fast_xml_parser__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A({
    ignoreAttributes: true,
    isArray: (name) => name === 'testsuite' || name === 'testcase' || name === 'testsuites',
    processEntities: false,
});
/** Test counts from JUnit XML text, or undefined when it is not JUnit XML with at least one test case. */
function countJUnit(xml) {
    let doc;
    try {
        doc = parser.parse(xml);
    }
    catch {
        return undefined;
    }
    const counts = { passed: 0, failed: 0, skipped: 0, errors: 0 };
    let cases = 0;
    const visit = (node) => {
        if (node === null || typeof node !== 'object')
            return;
        const obj = node;
        for (const testcase of asArray(obj.testcase)) {
            cases++;
            const tc = (testcase ?? {});
            if (typeof tc === 'object' && 'failure' in tc)
                counts.failed++;
            else if (typeof tc === 'object' && 'error' in tc)
                counts.errors++;
            else if (typeof tc === 'object' && 'skipped' in tc)
                counts.skipped++;
            else
                counts.passed++;
        }
        for (const child of [...asArray(obj.testsuites), ...asArray(obj.testsuite)])
            visit(child);
    };
    visit(doc);
    return cases > 0 ? counts : undefined;
}
function asArray(value) {
    if (value === undefined)
        return [];
    return Array.isArray(value) ? value : [value];
}


/***/ })

};
