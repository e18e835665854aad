// Benchmark: the watchdog's CPU cost per minute of watching, its memory, the heartbeat's cost, and the time from a SIGKILLed runner (end-of-file on the heartbeat pipe) or a stuck one (event loop blocked: asked to stop, then ended) to its last unit process dead.
// Run: npm run build:lib && npm run package && node bench/watchdog.mjs [watchSeconds] [kills]
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const WATCH_S = Number(process.argv[2] ?? 10);
const KILLS = Number(process.argv[3] ?? 5);
const CLI = fileURLToPath(new URL('../dist/cli/index.js', import.meta.url));
const RUNNER = fileURLToPath(new URL('../test/fixtures/watchdog-runner.mjs', import.meta.url));
const lib = (path) => import(new URL(`../lib/core/${path}`, import.meta.url).href);
const { Registry } = await lib('tracker/registry.js');
const { startTimeOf } = await lib('lifecycle/process-identity.js');
const { startRunGuard } = await lib('lifecycle/run-guard.js');
const work = mkdtempSync(join(tmpdir(), 'tw-bench-watchdog-'));
const TICK_MS = 10; // USER_HZ is 100 on Linux.

/** utime + stime in ms and RSS in MiB, from /proc/<pid>/stat. */
function usage(pid) {
  const text = readFileSync(`/proc/${pid}/stat`, 'latin1');
  const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return {
    cpuMs: (Number(f[11]) + Number(f[12])) * TICK_MS,
    rssMiB: (Number(f[21]) * 4096) / 2 ** 20,
  };
}

function alive(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'latin1');
    return text.slice(text.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

async function until(check, timeoutMs, intervalMs = 2) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

const wait = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Watches this process for WATCH_S seconds and measures the watchdog's CPU after its start-up. */
async function watchCost() {
  const stateDir = join(work, 'watch');
  mkdirSync(stateDir);
  new Registry(stateDir).begin({
    kind: 'run',
    runId: 'tw-bench',
    pid: process.pid,
    startTime: startTimeOf(process.pid),
    at: Date.now(),
  });
  const guard = startRunGuard({
    stateDir,
    runId: 'tw-bench',
    heartbeatTimeoutMs: 60_000,
    command: { program: process.execPath, args: [CLI, '__watchdog'] },
  });
  const pid = guard.watchdogPid;
  const beating = idleProcess(true);
  const idle = idleProcess(false);
  await until(() => existsSync(join(stateDir, 'watchdog.log')), 5000);
  // Past start-up (module loading, first compilations), which is reported on its own.
  await wait(2000);
  const at = [usage(pid), usage(beating.pid), usage(idle.pid)];
  await wait(WATCH_S * 1000);
  const [end, beatEnd, idleEnd] = [usage(pid), usage(beating.pid), usage(idle.pid)];
  await guard.stop();
  beating.kill('SIGKILL');
  idle.kill('SIGKILL');
  const perMinute = (from, to) => ((to.cpuMs - from.cpuMs) / WATCH_S) * 60;
  return {
    bootCpuMs: at[0].cpuMs,
    perMinute: perMinute(at[0], end),
    rssMiB: end.rssMiB,
    beatPerMinute: perMinute(at[1], beatEnd) - perMinute(at[2], idleEnd),
  };
}

/**
 * The runner's side: CPU of a node process that only beats (1 s), minus that of one that only
 * keeps an idle timer, measured over the same window as the watchdog.
 */
function idleProcess(beat) {
  const heartbeat = new URL('../lib/core/lifecycle/heartbeat.js', import.meta.url).href;
  // The beating one writes to a `cat` standing in for the watchdog, over the same kind of pipes.
  const source = beat
    ? `const { spawn } = await import('node:child_process'); const { startHeartbeat } = await import(${JSON.stringify(heartbeat)}); const w = spawn('cat', [], { stdio: ['pipe', 'pipe', 'ignore'] }); startHeartbeat({ toWatchdog: w.stdin, fromWatchdog: w.stdout }); setInterval(() => {}, 1e9);`
    : 'setInterval(() => {}, 1e9);';
  return spawn(process.execPath, ['--input-type=module', '-e', source], { stdio: 'ignore' });
}

/** Starts the fixture runner, kills it (or blocks its event loop: SIGHUP), and times the unit processes' and the watchdog's end. */
async function loss(signal, child, heartbeatTimeoutMs) {
  const stateDir = join(work, `loss-${signal}-${child}-${Math.random().toString(36).slice(2)}`);
  mkdirSync(stateDir);
  const runner = spawn(
    process.execPath,
    [RUNNER, stateDir, String(heartbeatTimeoutMs), 'guard', child],
    {
      stdio: 'ignore',
    },
  );
  await until(() => existsSync(join(stateDir, 'ready.json')), 10_000, 10);
  const pids = JSON.parse(readFileSync(join(stateDir, 'ready.json'), 'utf8'));
  // Let the watchdog finish starting, as it would have long before a real runner dies.
  await until(() => existsSync(join(stateDir, 'watchdog.log')), 5000, 10);
  const units = [pids.unit, pids.stubborn, pids.daemon];
  const t = Date.now();
  runner.kill(signal);
  await until(() => units.every((p) => !alive(p)), heartbeatTimeoutMs + 10_000);
  const unitsMs = Date.now() - t;
  await until(() => !alive(pids.watchdog), 10_000);
  const watchdogMs = Date.now() - t;
  runner.kill('SIGCONT');
  runner.kill('SIGKILL');
  return { unitsMs, watchdogMs };
}

const cost = await watchCost();
const rows = [];
for (const [signal, child, timeout] of [
  ['SIGKILL', 'polite', 60_000],
  ['SIGKILL', 'stubborn', 60_000],
]) {
  const runs = [];
  for (let i = 0; i < KILLS; i++) runs.push(await loss(signal, child, timeout));
  rows.push({ signal, child, timeout, runs });
}
const stuck = await loss('SIGHUP', 'polite', 3000);
rows.push({ signal: 'SIGHUP', child: 'polite', timeout: 3000, runs: [stuck] });
rmSync(work, { recursive: true, force: true });

const fmt = (n) => (n < 10 ? n.toFixed(2) : n.toFixed(0));
console.log(
  `Watchdog benchmark: ${WATCH_S} s of watching (state poll 500 ms, the default at a 60 s timeout; CPU from /proc utime+stime, 10 ms ticks), ${KILLS} kills per row\n`,
);
console.log('| measure | value |');
console.log('|---|---|');
console.log(
  `| watchdog CPU while watching | ${fmt(cost.perMinute)} ms per minute (${fmt(cost.perMinute / 600)} % of a core) |`,
);
console.log(`| watchdog start-up CPU (node + bundle) | ${fmt(cost.bootCpuMs)} ms once |`);
console.log(`| watchdog RSS | ${fmt(cost.rssMiB)} MiB |`);
console.log(
  `| heartbeat in the runner (1 s beats) | ${fmt(cost.beatPerMinute)} ms per minute over an idle node |`,
);
console.log('');
console.log(
  '| runner | unit tree | units dead after (median / max) | watchdog gone after (median / max) |',
);
console.log('|---|---|---|---|');
for (const { signal, child, timeout, runs } of rows) {
  const u = runs.map((r) => r.unitsMs);
  const w = runs.map((r) => r.watchdogMs);
  const what =
    signal === 'SIGHUP'
      ? `event loop blocked (heartbeat timeout ${timeout / 1000} s, then ${timeout / 1000} s to answer)`
      : signal;
  const tree =
    child === 'polite' ? 'group child + setsid daemon' : 'SIGTERM-proof child + setsid daemon';
  console.log(
    `| ${what} | ${tree} | ${median(u)} / ${Math.max(...u)} ms | ${median(w)} / ${Math.max(...w)} ms |`,
  );
}
