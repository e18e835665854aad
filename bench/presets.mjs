// Wall time of `testwarden run --preset X` against the framework's own runner on a generated suite, per preset, runs interleaved.
// Run: npm run build && npm run package && node bench/presets.mjs [preset...]. Env: ROUNDS=5, FILES=50, TESTS=20 (per file);
// BENCH_DETAIL=1 adds the framework with the reporter alone and a lean testwarden run; BENCH_CLI_B=path adds another build;
// BENCH_REPORTERS_B=dir adds the framework with another copy of the reporters (a dist/reporters folder), before/after.
// Needs Jest, Vitest and Mocha (devDependencies), python3 with pytest, go.
import { spawn } from 'node:child_process';
import {
  closeSync,
  ftruncateSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { presetNamed } from '../lib/core/frameworks/presets/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// BENCH_CLI: another build of the CLI to measure (a copy of dist/cli/index.js), for before/after comparisons.
const CLI = process.env.BENCH_CLI ?? join(ROOT, 'dist/cli/index.js');
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const FILES = Number(process.env.FILES ?? 50);
const PER_FILE = Number(process.env.TESTS ?? 20);
const DETAIL = process.env.BENCH_DETAIL === '1';
const OTHER_CLI = process.env.BENCH_CLI_B;
const OTHER_REPORTERS = process.env.BENCH_REPORTERS_B;
const pad = (n) => String(n).padStart(3, '0');
const bin = (name) => join(ROOT, 'node_modules/.bin', name);
// pytest and go from the system (Debian's python3-pytest and golang-go), as CI installs them.
const SYSTEM_PATH = `/usr/bin:/bin:${process.env.PATH}`;

/** The test titles of one file: two describe levels, PER_FILE tests each doing a little work. */
function cases(file) {
  return Array.from({ length: PER_FILE }, (_, i) => ({
    group: `group ${i % 4}`,
    name: `computes case ${file}-${i}`,
    a: i,
    b: file,
  }));
}

/** The cases of a file by their group title, in order. */
function byGroup(list) {
  const groups = new Map();
  for (const c of list) groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
  return groups;
}

/** Writes `files` (path → text) under `dir`. */
function write(dir, files) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** One JavaScript test file in the describe/test style Jest, Vitest, Mocha and node:test share. */
function jsFile(n, { header, test = 'test', assert }) {
  const groups = byGroup(cases(n));
  const body = [...groups]
    .map(
      ([group, list]) =>
        `  describe(${JSON.stringify(group)}, () => {\n${list
          .map(
            (c) =>
              `    ${test}(${JSON.stringify(c.name)}, () => {\n      const values = Array.from({ length: 50 }, (_, k) => k * ${c.a} + ${c.b});\n      ${assert(`values.reduce((s, v) => s + v, 0)`, String(50 * c.b + c.a * 1225))}\n    });`,
          )
          .join('\n')}\n  });`,
    )
    .join('\n');
  return `${header}\ndescribe(${JSON.stringify(`module ${n}`)}, () => {\n${body}\n});\n`;
}

const jsFiles = (path, options) =>
  Object.fromEntries(Array.from({ length: FILES }, (_, n) => [path(pad(n)), jsFile(n, options)]));

const linkNodeModules = (dir) => symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));

const PRESETS = {
  jest: {
    setup(dir) {
      linkNodeModules(dir);
      write(dir, {
        'package.json': JSON.stringify({
          name: 'bench-jest',
          private: true,
          jest: { cacheDirectory: '<rootDir>/.jest-cache', testEnvironment: 'node' },
        }),
        ...jsFiles((n) => `src/module-${n}/module.test.js`, {
          header: '',
          assert: (value, expected) => `expect(${value}).toBe(${expected});`,
        }),
      });
    },
    native: [bin('jest'), '--ci'],
  },
  vitest: {
    setup(dir) {
      linkNodeModules(dir);
      write(dir, {
        'package.json': JSON.stringify({ name: 'bench-vitest', private: true, type: 'module' }),
        'vitest.config.mjs': "export default { cacheDir: '.vite-cache' };\n",
        ...jsFiles((n) => `src/module-${n}/module.test.js`, {
          header: "import { describe, expect, test } from 'vitest';",
          assert: (value, expected) => `expect(${value}).toBe(${expected});`,
        }),
      });
    },
    native: [bin('vitest'), 'run'],
  },
  mocha: {
    setup(dir) {
      linkNodeModules(dir);
      write(dir, {
        'package.json': JSON.stringify({ name: 'bench-mocha', private: true }),
        '.mocharc.json': JSON.stringify({ spec: ['test/**/*.spec.js'] }),
        ...jsFiles((n) => `test/module-${n}.spec.js`, {
          header: "const assert = require('node:assert');",
          test: 'it',
          assert: (value, expected) => `assert.strictEqual(${value}, ${expected});`,
        }),
      });
    },
    native: [bin('mocha')],
  },
  node: {
    setup(dir) {
      write(dir, {
        'package.json': JSON.stringify({ name: 'bench-node', private: true }),
        ...jsFiles((n) => `test/module-${n}.test.mjs`, {
          header:
            "import { describe, test } from 'node:test';\nimport assert from 'node:assert/strict';",
          assert: (value, expected) => `assert.equal(${value}, ${expected});`,
        }),
      });
    },
    native: [process.execPath, '--test'],
  },
  pytest: {
    setup(dir) {
      const files = {};
      for (let n = 0; n < FILES; n++) {
        const groups = byGroup(cases(n));
        let text = '';
        let k = 0;
        for (const [, list] of groups) {
          text += `\n\nclass TestGroup${k++}:\n`;
          for (const c of list) {
            text += `    def test_case_${n}_${c.a}(self):\n        values = [k * ${c.a} + ${c.b} for k in range(50)]\n        assert sum(values) == ${50 * c.b + c.a * 1225}\n\n`;
          }
        }
        files[`tests/test_module_${pad(n)}.py`] = text;
      }
      write(dir, files);
    },
    env: { PATH: SYSTEM_PATH },
    native: ['python3', '-m', 'pytest'],
  },
  go: {
    setup(dir) {
      // FILES test files in packages of 5 files each; -count=1: tests run, not read from Go's result cache.
      const files = { 'go.mod': 'module benchfixture\n\ngo 1.19\n' };
      for (let n = 0; n < FILES; n++) {
        const pkg = `pkg${pad(Math.floor(n / 5))}`;
        files[`${pkg}/sum.go`] =
          `package ${pkg}\n\nfunc Sum(a, b int) int {\n\tt := 0\n\tfor k := 0; k < 50; k++ {\n\t\tt += k*a + b\n\t}\n\treturn t\n}\n`;
        files[`${pkg}/module${pad(n)}_test.go`] = `package ${pkg}\n\nimport "testing"\n\n${cases(n)
          .map(
            (c) =>
              `func TestCase_${n}_${c.a}(t *testing.T) {\n\tif got := Sum(${c.a}, ${c.b}); got != ${50 * c.b + c.a * 1225} {\n\t\tt.Fatalf("got %d", got)\n\t}\n}\n`,
          )
          .join('\n')}`;
      }
      write(dir, files);
    },
    env: { PATH: SYSTEM_PATH, GOFLAGS: '-count=1' },
    native: ['go', 'test', './...'],
  },
};

/** The command testwarden runs for the preset (lib/ built), with the events file the reporter writes. */
function reporterRun(name, dir, work, reportersDir = join(ROOT, 'dist/reporters')) {
  const [invocation] = presetNamed(name).commands({ cwd: dir, env: process.env, reportersDir });
  return {
    argv: invocation.argv,
    env: { ...invocation.env, TESTWARDEN_EVENTS: join(work, 'events.ndjson') },
    events: join(work, 'events.ndjson'),
  };
}

/** `node -e` starting argv with inherited output and exiting with its status: what any supervisor written for Node costs at least. */
function bareSupervisor(argv) {
  const script = `const r = require('node:child_process').spawnSync(${JSON.stringify(argv[0])}, ${JSON.stringify(argv.slice(1))}, { stdio: 'inherit' }); process.exit(r.status ?? 1);`;
  return [process.execPath, '-e', script];
}

/**
 * The same, plus what testwarden's guarantee needs beside the framework at the least: a second
 * Node process (the watchdog) started right after the framework, holding a pipe from the
 * supervisor and leaving when it closes, without `NODE_OPTIONS` and `NODE_EXTRA_CA_CERTS`.
 */
function bareSupervisorWithWatchdog(argv) {
  const watchdog = "process.stdin.resume(); process.stdin.on('end', () => process.exit(0));";
  const script = [
    "const { spawn } = require('node:child_process');",
    `const framework = spawn(${JSON.stringify(argv[0])}, ${JSON.stringify(argv.slice(1))}, { stdio: 'inherit' });`,
    'const env = { ...process.env }; delete env.NODE_OPTIONS; delete env.NODE_EXTRA_CA_CERTS;',
    `const watchdog = spawn(process.execPath, ['-e', ${JSON.stringify(watchdog)}], { stdio: ['pipe', 'ignore', 'ignore'], env, detached: true });`,
    "framework.on('exit', (code) => { watchdog.once('exit', () => process.exit(code ?? 1)); watchdog.stdin.end(); });",
  ].join('\n');
  return [process.execPath, '-e', script];
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Runs argv under GNU time; wall time (ms) and the CPU time of the whole process tree (ms). */
function timed(argv, { cwd, env, log }) {
  const times = join(cwd, '..', 'time.txt');
  return new Promise((resolve, reject) => {
    const out = log.fd;
    const started = performance.now();
    const child = spawn('/usr/bin/time', ['-f', '%U %S', '-o', times, ...argv], {
      cwd,
      env,
      stdio: ['ignore', out, out],
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const wall = performance.now() - started;
      const [user, sys] = readFileSync(times, 'utf8').trim().split('\n').at(-1).split(' ');
      resolve({ code, wall, cpu: (Number(user) + Number(sys)) * 1000 });
    });
  });
}

/** How many tests passed by each runner's own summary line (Go's native run prints none without -v). */
const PASSED = {
  testwarden: /^Tests: (\d+) passed, 0 failed/m,
  jest: /^Tests:\s+(\d+) passed, \1 total/m,
  vitest: /^\s*Tests\s+(\d+) passed \(\1\)/m,
  mocha: /^\s*(\d+) passing/m,
  node: /^(?:# |ℹ )pass (\d+)$/m,
  pytest: /=+ (\d+) passed in /m,
};

/** Every run must have run the whole suite, passing: a run that did less is not a measurement. */
function checkCount(preset, label, output) {
  const pattern = label.startsWith('testwarden') ? PASSED.testwarden : PASSED[preset];
  if (!pattern) return;
  const passed = Number(output.match(pattern)?.[1]);
  if (passed !== FILES * PER_FILE) {
    throw new Error(
      `${preset} (${label}): expected ${FILES * PER_FILE} passed tests, the output says ${passed}:\n${output.slice(-3000)}`,
    );
  }
}

async function benchPreset(name) {
  const preset = PRESETS[name];
  const work = mkdtempSync(join(tmpdir(), `tw-bench-preset-${name}-`));
  const dir = join(work, 'suite');
  mkdirSync(dir);
  const env = { ...process.env, ...preset.env, CI: 'true', NO_COLOR: '1' };
  if (name === 'go') env.GOCACHE = join(work, 'go-cache');
  const logPath = join(work, 'log.txt');
  const log = { fd: openSync(logPath, 'w') };
  const tw = (cli, flags = []) => [process.execPath, cli, 'run', '--preset', name, ...flags];
  // The suite exists before the preset's command is built: the command names the suite's own
  // node_modules/.bin (without it, `npx --no-install`, whose start-up was measured with it).
  try {
    preset.setup(dir);
  } catch (error) {
    closeSync(log.fd);
    rmSync(work, { recursive: true, force: true });
    throw error;
  }
  const variants = [
    { label: 'native', argv: preset.native },
    { label: 'testwarden', argv: tw(CLI) },
    // The floor for any supervisor written for Node: a Node process that only starts the
    // framework's own command and waits for it, doing nothing else.
    { label: 'bare Node supervisor (start and wait only)', argv: bareSupervisor(preset.native) },
    // The floor of a supervisor with a watchdog beside it, as testwarden's guarantee needs.
    {
      label: 'bare Node supervisor + a Node watchdog',
      argv: bareSupervisorWithWatchdog(preset.native),
    },
    ...(OTHER_CLI ? [{ label: `testwarden (${OTHER_CLI})`, argv: tw(OTHER_CLI) }] : []),
    ...(DETAIL
      ? [
          // The preset's own command with the reporter writing events, no testwarden around it.
          { label: 'framework + reporter', ...reporterRun(name, dir, work) },
          {
            label: 'testwarden --tracking process --containers off --no-watchdog',
            argv: tw(CLI, ['--tracking', 'process', '--containers', 'off', '--no-watchdog']),
          },
        ]
      : []),
    ...(OTHER_REPORTERS
      ? [
          {
            label: `framework + reporter (${OTHER_REPORTERS})`,
            ...reporterRun(name, dir, work, OTHER_REPORTERS),
          },
        ]
      : []),
  ];
  const wall = variants.map(() => []);
  const cpu = variants.map(() => []);
  const load = [loadavg()[0]];
  try {
    // Round 0 warms caches (Jest's transform cache, Go's build cache, the page cache) and is not counted.
    for (let round = 0; round <= ROUNDS; round++) {
      // Interleaved, the order turned every round, so neither side always runs right after the other.
      const order = variants.map((_, i) => i);
      if (round % 2 === 1) order.reverse();
      for (const i of order) {
        ftruncateSync(log.fd, 0);
        rmSync(join(dir, '.testwarden'), { recursive: true, force: true });
        if (variants[i].events) rmSync(variants[i].events, { force: true });
        const result = await timed(variants[i].argv, {
          cwd: dir,
          env: { ...env, ...variants[i].env },
          log,
        });
        if (result.code !== 0) {
          throw new Error(
            `${name}: ${variants[i].argv.join(' ')} exited with ${result.code}:\n${readFileSync(logPath, 'utf8').slice(-3000)}`,
          );
        }
        checkCount(name, variants[i].label, readFileSync(logPath, 'utf8'));
        if (round > 0) {
          wall[i].push(result.wall);
          cpu[i].push(result.cpu);
        }
      }
      load.push(loadavg()[0]);
    }
  } finally {
    closeSync(log.fd);
    rmSync(work, { recursive: true, force: true });
  }
  return {
    name,
    variants: variants.map((v, i) => ({
      label: v.label,
      wall: median(wall[i]),
      min: Math.min(...wall[i]),
      max: Math.max(...wall[i]),
      cpu: median(cpu[i]),
    })),
    load: { min: Math.min(...load), max: Math.max(...load) },
  };
}

const chosen = process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(PRESETS);
for (const name of chosen) if (!PRESETS[name]) throw new Error(`unknown preset ${name}`);
// BENCH_FIXTURES=dir: only write the suites (dir/<preset>) for profiling by hand, and stop.
if (process.env.BENCH_FIXTURES) {
  for (const name of chosen) {
    const dir = join(process.env.BENCH_FIXTURES, name);
    mkdirSync(dir, { recursive: true });
    PRESETS[name].setup(dir);
  }
  process.exit(0);
}
const rows = [];
for (const name of chosen) {
  const row = await benchPreset(name);
  rows.push(row);
  console.error(JSON.stringify(row));
}

const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
console.log(
  `Node ${process.version}, ${cpus().length} CPUs; ${FILES} files × ${PER_FILE} tests per preset; median of ${ROUNDS} interleaved rounds after one warm-up; 1-minute load average during each preset's rounds`,
);
console.log(
  '| preset | files | tests | native (median, min–max) | testwarden (median, min–max) | ratio | CPU native / testwarden | load |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  const [native, tw, ...more] = r.variants;
  const line = (v) => `${s(v.wall)} (${s(v.min)}–${s(v.max)})`;
  console.log(
    `| ${r.name} | ${FILES} | ${(FILES * PER_FILE).toLocaleString('en')} | ${line(native)} | ${line(tw)} | ${(tw.wall / native.wall).toFixed(2)}× | ${s(native.cpu)} / ${s(tw.cpu)} | ${r.load.min.toFixed(1)}–${r.load.max.toFixed(1)} |`,
  );
  for (const v of more) {
    console.log(
      `| ${r.name}: ${v.label} | | | | ${line(v)} | ${(v.wall / native.wall).toFixed(2)}× | ${s(v.cpu)} | |`,
    );
  }
}
