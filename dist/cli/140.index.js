export const id = 140;
export const ids = [140];
export const modules = {

/***/ 1140:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/lifecycle/watchdog-args.js
var watchdog_args = __webpack_require__(6687);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./lib/core/lifecycle/watchdog-link.js
// The watchdog process's side of the heartbeat pipes: its stdin and stdout, when the runner made them (a socket or pipe; /dev/null or a terminal is no link).

/** The link over this process's stdin and stdout, or undefined when stdin is not a pipe. */
function linkFromStdio() {
    let stat;
    try {
        stat = (0,external_node_fs_.fstatSync)(0);
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

// EXTERNAL MODULE: ./lib/core/lifecycle/watchdog.js
var watchdog = __webpack_require__(1529);
// EXTERNAL MODULE: ./lib/core/report/build-report.js
var build_report = __webpack_require__(141);
;// CONCATENATED MODULE: ./lib/cli/watchdog-main.js
// The hidden `__watchdog` subcommand, apart from the rest of the CLI: the detached watchdog a run starts loads only this and the watchdog's own code.





/** `argv` starts with the subcommand; bad flags are a usage error (exit 2) as for any command. */
async function main(argv, io) {
    let options;
    try {
        options = (0,watchdog_args/* parseWatchdogArgv */.lW)(argv.slice(1));
    }
    catch (error) {
        if (!(error instanceof errors/* UsageError */.eb))
            throw error;
        io.stderr(`testwarden: error: ${error.message}\n`);
        return build_report/* EXIT */.dc.usage;
    }
    const abort = new AbortController();
    const removeSignals = io.onSignals?.(() => abort.abort());
    try {
        await (0,watchdog/* runWatchdog */.xK)({ ...options, link: linkFromStdio(), signal: abort.signal });
    }
    finally {
        removeSignals?.();
    }
    return build_report/* EXIT */.dc.ok;
}


/***/ })

};
