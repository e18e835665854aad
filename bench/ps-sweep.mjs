// Benchmark: one sweep of the macOS process table (`ps`, run here on Linux) with 1,000 unrelated processes on the machine, against the /proc table and against a sweep with command lines; target under 50 ms.
// Run: npm run build:lib && node bench/ps-sweep.mjs [rounds]
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { createProcTable } from '../lib/core/tracker/proc-process-table.js';
import { withCommands } from '../lib/core/tracker/process-table.js';
import { createPsTable, PS_FIELDS, psEnv } from '../lib/core/tracker/ps-table.js';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const sum = (xs) => xs.reduce((a, b) => a + b, 0);
/** CPU time of this process and of its waited-for children (`ps`), in ms: unlike wall time, not inflated by waiting for a core on a loaded machine. */
const cpuMs = () => {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  const ticks = Number(fields[13]) + Number(fields[14]); // cutime + cstime (fields 16, 17)
  const own = process.cpuUsage();
  return ticks * 10 + (own.user + own.system) / 1000;
};
const COUNT = 1000;
const ROUNDS = Number(process.argv[2] ?? 30);
const group = spawn(
  'sh',
  ['-c', `i=0; while [ $i -lt ${COUNT} ]; do sleep 600 & i=$((i+1)); done; wait`],
  { detached: true, stdio: 'ignore' },
);
try {
  const deadline = Date.now() + 60_000;
  while (
    Number(execFileSync('sh', ['-c', `pgrep -g ${group.pid} | wc -l`]).toString()) <
    COUNT + 1
  ) {
    if (Date.now() > deadline) throw new Error('bystanders did not start');
    await new Promise((r) => setTimeout(r, 50));
  }
  const ps = createPsTable();
  const proc = createProcTable();
  const sweep = ps.list();
  // A leak report's second look-up: three processes found in the sweep.
  const found = sweep.filter((p) => [process.pid, group.pid, 1].includes(p.pid));
  const psWith = (args) => () =>
    spawnSync('ps', args, { env: psEnv(), encoding: 'utf8', maxBuffer: 1 << 28 });
  const variants = [
    [
      'one `ps` with command lines (`-A -ww -o …,command=`, before)',
      psWith(['-A', '-ww', '-o', PS_FIELDS]),
    ],
    // The least procps can be asked for: every process's pid alone. It still opens /proc/<pid>/stat
    // and /proc/<pid>/status of each process, so this is the floor of any sweep through it here.
    ['`ps -A -o pid=` alone (the floor of a sweep through procps)', psWith(['-A', '-o', 'pid='])],
    ['ps table, full sweep (spawnSync)', () => ps.list()],
    ['ps table, full sweep (async, off the event loop)', () => ps.listAsync()],
    ['command lines of 3 found processes (`ps -q`)', () => withCommands(found, ps)],
    [
      'the same with `ps -p` (what macOS uses; procps reads every process for it)',
      psWith(['-ww', '-o', PS_FIELDS, '-p', found.map((p) => p.pid).join(',')]),
    ],
    ['/proc table, full sweep', () => proc.list()],
  ];
  // Interleaved rounds: a change in the machine's load hits every variant alike.
  const times = variants.map(() => []);
  const cpu = variants.map(() => []);
  const loadBefore = loadavg()[0];
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, [, fn]] of variants.entries()) {
      const c = cpuMs();
      const t = process.hrtime.bigint();
      await fn();
      times[i].push(Number(process.hrtime.bigint() - t) / 1e6);
      cpu[i].push(cpuMs() - c);
    }
  }
  const load = (loadBefore + loadavg()[0]) / 2;
  console.log(
    `${sweep.length} processes listed (${COUNT} of them unrelated sleeps), ${ROUNDS} interleaved rounds, load average ${load.toFixed(1)}`,
  );
  console.log('| what | median | min | CPU (mean) |\n| --- | ---: | ---: | ---: |');
  for (const [i, [what]] of variants.entries())
    console.log(
      `| ${what} | ${median(times[i]).toFixed(1)} ms | ${Math.min(...times[i]).toFixed(1)} ms | ${(sum(cpu[i]) / ROUNDS).toFixed(1)} ms |`,
    );
} finally {
  process.kill(-group.pid, 'SIGKILL');
}
