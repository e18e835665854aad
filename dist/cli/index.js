#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 6015:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  L: () => (/* binding */ enableCompileCache)
});

// UNUSED EXPORTS: compileCacheDir

;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./lib/cli/compile-cache.js
// Node 22.1+ can keep the V8 code it compiles for the CLI's bundle on disk (module.enableCompileCache): later runs skip compiling it. Used when this Node has it; never fails a run.



/**
 * The cache folder: this user's own cache folder (`$XDG_CACHE_HOME`, else `~/.cache`; macOS
 * `~/Library/Caches`; Windows `%LOCALAPPDATA%`), never a folder shared with other users such
 * as the temp dir, where another user could plant compiled code. Undefined without a home.
 */
function compileCacheDir(env, platform = process.platform, home = (0,external_node_os_.homedir)()) {
    const { isAbsolute, join } = platform === 'win32' ? external_node_path_.win32 : external_node_path_.posix;
    const base = platform === 'win32'
        ? env.LOCALAPPDATA
        : platform === 'darwin'
            ? home && join(home, 'Library', 'Caches')
            : env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME)
                ? env.XDG_CACHE_HOME
                : home && join(home, '.cache');
    return base !== undefined && base !== '' && isAbsolute(base)
        ? join(base, 'testwarden', 'node-compile-cache')
        : undefined;
}
/**
 * Turns the cache on for what this process loads from now on. `NODE_COMPILE_CACHE` (Node turned
 * it on already, in the folder the user chose) and `NODE_DISABLE_COMPILE_CACHE` are the user's
 * choice and left alone. A cache that cannot be used (no home, a read-only folder) only means
 * the code is compiled as before.
 */
function enableCompileCache(env, enable = external_node_module_namespaceObject.enableCompileCache) {
    if (typeof enable !== 'function')
        return { kind: 'unsupported' };
    if (env.NODE_DISABLE_COMPILE_CACHE)
        return { kind: 'disabled' };
    if (env.NODE_COMPILE_CACHE)
        return { kind: 'already-on', directory: env.NODE_COMPILE_CACHE };
    const directory = compileCacheDir(env);
    if (directory === undefined)
        return { kind: 'failed', message: 'no home folder' };
    try {
        const result = enable.call(external_node_module_namespaceObject, directory);
        const { ENABLED, ALREADY_ENABLED } = statuses();
        const kind = result.status === ENABLED
            ? 'enabled'
            : result.status === ALREADY_ENABLED
                ? 'already-on'
                : 'failed';
        return { kind, directory: result.directory ?? directory, message: result.message };
    }
    catch (error) {
        return { kind: 'failed', directory, message: error.message };
    }
}
/** `module.constants.compileCacheStatus` (Node ≥ 22.1). */
function statuses() {
    const constants = external_node_module_namespaceObject.constants;
    return constants?.compileCacheStatus ?? {};
}


/***/ }),

/***/ 518:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _core_lifecycle_watchdog_args_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6687);
/* harmony import */ var _compile_cache_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6015);
// Entry point of the `testwarden` command: wires the process (argv, streams, signals) to the CLI and sets the exit code.


// Before the rest of the bundle loads: on Node ≥ 22.1 later runs reuse its compiled code.
(0,_compile_cache_js__WEBPACK_IMPORTED_MODULE_1__/* .enableCompileCache */ .L)(process.env);
// The detached watchdog a run starts is this same script: it loads only the watchdog's code,
// not the whole CLI, so that it costs the tests it guards as little CPU as it can.
const argv = process.argv.slice(2);
const { main } = argv[0] === _core_lifecycle_watchdog_args_js__WEBPACK_IMPORTED_MODULE_0__/* .WATCHDOG_SUBCOMMAND */ .qu
    ? await Promise.all(/* import() */[__nccwpck_require__.e(215), __nccwpck_require__.e(597)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4597))
    : await Promise.all(/* import() */[__nccwpck_require__.e(179), __nccwpck_require__.e(589)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1589));
const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
// A closed pipe (`testwarden run … | head`) must not crash the run and orphan its units:
// output stops, the run goes on to its end and its cleanup.
const closed = new Set();
for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error) => {
        if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED')
            closed.add(stream);
        else
            throw error;
    });
}
const writeTo = (stream) => (text) => {
    if (!closed.has(stream))
        stream.write(text);
};
const code = await main(argv, {
    stdout: writeTo(process.stdout),
    stderr: writeTo(process.stderr),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
    columns: () => process.stdout.columns || 80,
    onSignals: (handler) => {
        const listeners = signals.map((signal) => {
            const listener = () => handler(signal);
            process.on(signal, listener);
            return [signal, listener];
        });
        return () => listeners.forEach(([signal, listener]) => process.off(signal, listener));
    },
});
process.exitCode = code;
// Everything a command does is awaited by now: once the output has left (a pipe can be
// asynchronous, on macOS), exit rather than wait for the runtime to tear down its heap (about
// 0.1 s on a loaded machine, which a run's watchdog pays too, and its runner waits for that).
await Promise.all([process.stdout, process.stderr].map((stream) => new Promise((resolve) => stream.write('', () => resolve()))));
process.exit(code);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3828:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gd: () => (/* binding */ InternalError),
/* harmony export */   J0: () => (/* binding */ invalidOption),
/* harmony export */   eb: () => (/* binding */ UsageError)
/* harmony export */ });
// Error classes: expected failures (usage, configuration) versus bugs, mapped to exit codes by the adapters.
/** A bad option value or configuration: exit code 2, nothing was run. */
class UsageError extends Error {
    name = 'UsageError';
    constructor(message, options) {
        super(message, options);
    }
}
/** Builds the standard message: the option, the expected form and the value received. */
function invalidOption(option, expected, value) {
    return new UsageError(`${option}: expected ${expected}, got ${JSON.stringify(value)}`);
}
/** A bug in testwarden: exit code 3, and the message says so. */
class InternalError extends Error {
    name = 'InternalError';
    constructor(message, options) {
        super(message, options);
    }
}


/***/ }),

/***/ 6687:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Xu: () => (/* binding */ watchdogArgs),
/* harmony export */   lW: () => (/* binding */ parseWatchdogArgv),
/* harmony export */   qu: () => (/* binding */ WATCHDOG_SUBCOMMAND)
/* harmony export */ });
/* unused harmony export watchdogOptionsFromFlags */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7975);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3828);
// The watchdog process's command line: built by the runner that starts it, validated by the entry point (CLI or Action bundle) that runs it.



/** The hidden subcommand both bundles answer to: `<entry> __watchdog --state-dir … --runner-pid …`. */
const WATCHDOG_SUBCOMMAND = '__watchdog';
/** The flags after the subcommand, for the options given. */
function watchdogArgs(options) {
    return [
        '--state-dir',
        options.stateDir,
        '--runner-pid',
        String(options.runnerPid),
        '--runner-start-time',
        String(options.runnerStartTime),
        '--heartbeat-timeout',
        String(options.heartbeatTimeoutMs),
        ...(options.runId !== undefined ? ['--run-id', options.runId] : []),
    ];
}
/** Validates the flags once; a bad one is a UsageError naming it. */
function watchdogOptionsFromFlags(flags) {
    const required = (name, value) => {
        if (value === undefined || value.trim() === '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${name}: expected a value, got none`);
        return value;
    };
    return {
        stateDir: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(required('--state-dir', flags.stateDir)),
        runnerPid: whole('--runner-pid', required('--runner-pid', flags.runnerPid), 1),
        runnerStartTime: whole('--runner-start-time', required('--runner-start-time', flags.runnerStartTime), 0),
        heartbeatTimeoutMs: whole('--heartbeat-timeout', required('--heartbeat-timeout', flags.heartbeatTimeout), 1),
        ...(flags.runId !== undefined ? { runId: flags.runId } : {}),
    };
}
/** For entry points without commander (the Action bundle): parses the flags after `__watchdog`. */
function parseWatchdogArgv(argv) {
    try {
        const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({
            args: [...argv],
            strict: true,
            options: {
                'state-dir': { type: 'string' },
                'runner-pid': { type: 'string' },
                'runner-start-time': { type: 'string' },
                'heartbeat-timeout': { type: 'string' },
                'run-id': { type: 'string' },
            },
        });
        return watchdogOptionsFromFlags({
            stateDir: values['state-dir'],
            runnerPid: values['runner-pid'],
            runnerStartTime: values['runner-start-time'],
            heartbeatTimeout: values['heartbeat-timeout'],
            runId: values['run-id'],
        });
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb)
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${WATCHDOG_SUBCOMMAND}: ${error.message}`, { cause: error });
    }
}
function whole(name, value, min) {
    const n = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
    if (!Number.isSafeInteger(n) || n < min)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidOption */ .J0)(name, `a whole number of at least ${min}`, value);
    return n;
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(518);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
