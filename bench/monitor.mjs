// Benchmark: the resource monitor's own CPU cost per minute of sampling (machine every 1 s) with 0 and 4 watched units; run `npm run build:lib` first.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import os from 'node:os';
import { MachineSampler } from '../lib/core/monitor/machine-sampler.js';
import { ResourceMonitor } from '../lib/core/monitor/resource-monitor.js';
import { readProcessTable, unitProcesses } from '../lib/core/monitor/tree-memory.js';

const SIMULATED_MINUTES = 10;
const REAL_RUN_MS = Number(process.env.BENCH_REAL_MS ?? 10_000);

/** Four unit-like trees: a detached shell leader and a sleeping child each. */
function startUnits(count) {
  const leaders = [];
  for (let i = 0; i < count; i++) {
    const child = spawn('/bin/sh', ['-c', 'sleep 600 & exec sleep 601'], {
      detached: true,
      stdio: 'ignore',
    });
    leaders.push(child.pid);
  }
  return leaders;
}

function killUnits(leaders) {
  const table = readProcessTable();
  const pids = leaders.flatMap((pid) =>
    unitProcesses(table, { pgid: pid, leaderPid: pid }).map((p) => p.pid),
  );
  for (const pid of new Set([...leaders, ...pids])) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

function watchAll(monitor, leaders, limited) {
  for (const [i, pid] of leaders.entries()) {
    monitor.watchUnit(`unit-${i}`, {
      pgid: pid,
      leaderPid: pid,
      maxMemoryBytes: limited ? 64 * 1024 ** 3 : undefined,
    });
  }
}

function meanMicros(n, fn) {
  for (let i = 0; i < Math.min(100, n); i++) fn();
  const started = process.hrtime.bigint();
  for (let i = 0; i < n; i++) fn();
  return Number(process.hrtime.bigint() - started) / n / 1000;
}

/** Cycles back to back with the clock advanced as the timer would, scaled to one minute. */
function simulated(leaders, limited) {
  const monitor = new ResourceMonitor();
  watchAll(monitor, leaders, limited);
  const step = limited ? 250 : 1000;
  const cycles = (SIMULATED_MINUTES * 60_000) / step;
  const t0 = Date.now();
  for (let i = 0; i < cycles; i++) monitor.tick(t0 + i * step);
  const cost = monitor.cost();
  const perMinuteMicros = cost.cpuMicros / SIMULATED_MINUTES;
  return {
    cycles,
    cost,
    perCycle: cost.cpuMicros / cycles,
    perMinuteMicros,
    percent: perMinuteMicros / 600_000,
  };
}

async function real(leaders, limited) {
  const monitor = new ResourceMonitor();
  watchAll(monitor, leaders, limited);
  const before = process.cpuUsage();
  monitor.start();
  await new Promise((resolve) => setTimeout(resolve, REAL_RUN_MS));
  monitor.stop();
  const processCpu = process.cpuUsage(before);
  const cost = monitor.cost();
  const perMinuteMicros = (cost.cpuMicros / cost.elapsedMs) * 60_000;
  return {
    cycles: cost.cycles,
    cost,
    perCycle: cost.cpuMicros / cost.cycles,
    perMinuteMicros,
    percent: cost.percentOfCore,
    processPercent: ((processCpu.user + processCpu.system) / (cost.elapsedMs * 1000)) * 100,
  };
}

const fmt = (n, digits = 1) => n.toFixed(digits);
const row = (name, units, period, r) =>
  `| ${name} | ${units} | ${period} | ${r.cycles} | ${fmt(r.perCycle)} | ${fmt(r.perMinuteMicros / 1000, 2)} | ${fmt(r.percent, 4)} % |`;

const leaders = startUnits(4);
try {
  // Let the shells fork their children before anything is measured.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const processes = readdirSync('/proc').filter((n) => /^\d+$/.test(n)).length;
  const sampler = new MachineSampler();
  const sampleMicros = meanMicros(5000, () => sampler.sample());
  const tableMicros = meanMicros(500, () => readProcessTable());

  const rows = [
    row('simulated', 0, '1 s', simulated([], false)),
    row('simulated', 4, '1 s', simulated(leaders, false)),
    row('simulated, units limited', 4, '1 s machine, 250 ms units', simulated(leaders, true)),
  ];
  const realRuns = [
    ['real', 0, '1 s', await real([], false)],
    ['real', 4, '1 s', await real(leaders, false)],
    ['real, units limited', 4, '1 s machine, 250 ms units', await real(leaders, true)],
  ];
  for (const [name, units, period, r] of realRuns)
    rows.push(row(`${name} ${REAL_RUN_MS / 1000} s`, units, period, r));

  console.log(
    `Resource monitor cost — node ${process.version}, ${os.type()} ${os.release()}, ${os.cpus().length} cores, ${processes} processes, memory source ${sampler.source}`,
  );
  console.log('');
  console.log(
    `One machine sample: ${fmt(sampleMicros)} µs; one pass over /proc (${processes} processes): ${fmt(tableMicros)} µs`,
  );
  console.log('');
  console.log(
    '| run | units | sampling | cycles | CPU per cycle (µs) | CPU per minute (ms) | one core |',
  );
  console.log('|---|---|---|---|---|---|---|');
  for (const line of rows) console.log(line);
  console.log('');
  console.log(
    `Whole process during the real runs (idle Node included): ${realRuns.map(([n, u, , r]) => `${n} ${u} units ${fmt(r.processPercent, 3)} %`).join('; ')}`,
  );
} finally {
  killUnits(leaders);
}
