export const id = 752;
export const ids = [752];
export const modules = {

/***/ 5752:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createWindowsTable: () => (/* binding */ createWindowsTable),
/* harmony export */   parseDmtf: () => (/* binding */ parseDmtf),
/* harmony export */   parseWindowsProcesses: () => (/* binding */ parseWindowsProcesses),
/* harmony export */   taskkillArgs: () => (/* binding */ taskkillArgs),
/* harmony export */   windowsQueryCommand: () => (/* binding */ windowsQueryCommand),
/* harmony export */   windowsQueryScript: () => (/* binding */ windowsQueryScript)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var csv_parse_sync__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5175);
/* harmony import */ var _plan_unit_env_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3528);
// The Windows table: one PowerShell CIM query of Win32_Process per sweep (pid, parent, creation time, working set, command line), printed as CSV and parsed here.



/**
 * The query. The creation time is printed in DMTF form (`yyyymmddHHMMSS.ffffff+UUU`, the way
 * WMI itself writes it), in UTC and the invariant culture, so nothing depends on the machine's
 * locale; CSV quotes command lines with spaces, quotes and newlines unambiguously.
 */
function windowsQueryScript(pids) {
    const filter = pids === undefined
        ? ''
        : ` -Filter '${pids.map((pid) => `ProcessId=${Math.trunc(pid)}`).join(' OR ')}'`;
    return [
        "$ErrorActionPreference = 'Stop'",
        '[Console]::OutputEncoding = New-Object System.Text.UTF8Encoding $false',
        '$inv = [Globalization.CultureInfo]::InvariantCulture',
        `Get-CimInstance -ClassName Win32_Process${filter} | ForEach-Object {`,
        "  $created = if ($_.CreationDate) { $_.CreationDate.ToUniversalTime().ToString('yyyyMMddHHmmss.ffffff', $inv) + '+000' } else { '' }",
        '  [pscustomobject]@{ ProcessId = $_.ProcessId; ParentProcessId = $_.ParentProcessId; CreationDate = $created; WorkingSetSize = $_.WorkingSetSize; CommandLine = $_.CommandLine }',
        '} | ConvertTo-Csv -NoTypeInformation',
    ].join('\n');
}
/**
 * `powershell.exe` (Windows PowerShell 5.1, on every Windows runner) with the script as
 * `-EncodedCommand` (base64 of UTF-16LE): no argument quoting can go wrong.
 */
function windowsQueryCommand(pids) {
    const encoded = Buffer.from(windowsQueryScript(pids), 'utf16le').toString('base64');
    return {
        program: 'powershell.exe',
        args: ['-NoLogo', '-NoProfile', '-NonInteractive', '-EncodedCommand', encoded],
    };
}
/** A DMTF datetime (`20261205165241.123456+060`) as microseconds since the epoch; undefined if malformed. */
function parseDmtf(text) {
    const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})\.(\d{6})([+-])(\d{3})$/.exec(text.trim());
    if (!m)
        return undefined;
    const [, y, mo, d, h, mi, s, micro, sign, offset] = m;
    const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
    if (!Number.isFinite(ms))
        return undefined;
    // The offset is local minus UTC, in minutes.
    const offsetMinutes = (sign === '-' ? -1 : 1) * Number(offset);
    return (ms - offsetMinutes * 60_000) * 1000 + Number(micro);
}
/** The query's CSV; rows without a pid are skipped, a missing creation time reads as 0 (unknown). */
function parseWindowsProcesses(csv) {
    const rows = (0,csv_parse_sync__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(csv.replace(/^\uFEFF/, ''), {
        columns: true,
        skip_empty_lines: true,
        relax_column_count: true,
    });
    const out = [];
    for (const row of rows) {
        const pid = Number(row.ProcessId);
        if (!Number.isInteger(pid) || row.ProcessId === '' || row.ProcessId === undefined)
            continue;
        const rss = Number(row.WorkingSetSize);
        out.push({
            pid,
            ppid: Number(row.ParentProcessId) || 0,
            pgrp: undefined,
            startTime: parseDmtf(row.CreationDate ?? '') ?? 0,
            zombie: false,
            rssBytes: Number.isFinite(rss) ? rss : 0,
            command: row.CommandLine ?? '',
        });
    }
    return out;
}
const realRunner = {
    run(program, args) {
        return new Promise((resolve) => {
            const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(program, args, {
                windowsHide: true,
                stdio: 'ignore',
                env: (0,_plan_unit_env_js__WEBPACK_IMPORTED_MODULE_2__/* .scrubbedEnv */ .wS)(process.env),
            });
            child.once('error', () => resolve(null));
            child.once('exit', (code) => resolve(code));
        });
    },
    sync(program, args) {
        const r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)(program, args, {
            env: (0,_plan_unit_env_js__WEBPACK_IMPORTED_MODULE_2__/* .scrubbedEnv */ .wS)(process.env),
            encoding: 'utf8',
            windowsHide: true,
            maxBuffer: 256 * 1024 * 1024,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        return { stdout: r.stdout ?? '', status: r.status, error: r.error };
    },
    async(program, args) {
        return new Promise((resolve) => {
            const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(program, args, {
                env: (0,_plan_unit_env_js__WEBPACK_IMPORTED_MODULE_2__/* .scrubbedEnv */ .wS)(process.env),
                windowsHide: true,
                stdio: ['ignore', 'pipe', 'ignore'],
            });
            const out = [];
            child.stdout.on('data', (b) => out.push(b));
            child.once('error', (error) => resolve({ stdout: '', status: null, error }));
            child.once('close', (status) => resolve({ stdout: Buffer.concat(out).toString('utf8'), status }));
        });
    },
};
/** @param runner runs the query (tests pass recorded outputs). */
function createWindowsTable(runner = realRunner) {
    let sweeps = 0;
    let problem;
    const settle = (r) => {
        if (r.error) {
            problem = `the process query (powershell.exe) could not run: ${r.error.message}`;
            return [];
        }
        problem =
            r.status === 0 ? undefined : `the process query (powershell.exe) exited with ${r.status}`;
        try {
            return parseWindowsProcesses(r.stdout);
        }
        catch (error) {
            problem = `the process query printed unreadable CSV: ${error.message}`;
            return [];
        }
    };
    return {
        kind: 'windows',
        groups: false,
        environ: false,
        list(pids) {
            if (pids?.length === 0)
                return [];
            sweeps += 1;
            const { program, args } = windowsQueryCommand(pids);
            return settle(runner.sync(program, args));
        },
        async listAsync(pids) {
            if (pids?.length === 0)
                return [];
            sweeps += 1;
            const { program, args } = windowsQueryCommand(pids);
            return settle(await runner.async(program, args));
        },
        async killTrees(pids) {
            // taskkill exits 128 for a process that ended meanwhile: nothing to do about that.
            if (pids.length > 0)
                await runner.run('taskkill', taskkillArgs(pids));
        },
        get sweeps() {
            return sweeps;
        },
        get problem() {
            return problem;
        },
    };
}
/** `taskkill` arguments: `/F` forces (no grace period exists), `/T` takes each process's live tree with it. */
function taskkillArgs(pids) {
    return ['/F', '/T', ...pids.flatMap((pid) => ['/PID', String(Math.trunc(pid))])];
}


/***/ })

};
