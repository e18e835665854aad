// Benchmark: one sweep of the macOS process table (`ps`, run here on Linux) with 1,000 unrelated processes on the machine, against the /proc table; target under 50 ms.
// Run: npm run build && node bench/ps-sweep.mjs
import { execFileSync, spawn } from 'node:child_process';
import { createProcTable } from '../lib/core/tracker/proc-process-table.js';
import { createPsTable } from '../lib/core/tracker/ps-table.js';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const max = (xs) => Math.max(...xs);
const time = async (fn, n = 30) => {
  const runs = [];
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    await fn();
    runs.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return { median: median(runs), max: max(runs) };
};

const COUNT = 1000;
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
  const listed = ps.list().length;
  const rows = [
    ['ps table, full sweep (spawnSync)', await time(() => ps.list())],
    ['ps table, full sweep (async, off the event loop)', await time(() => ps.listAsync())],
    ['ps table, 3 named pids (`ps -p`)', await time(() => ps.list([process.pid, group.pid, 1]))],
    ['/proc table, full sweep', await time(() => proc.list())],
  ];
  console.log(`${listed} processes listed (${COUNT} of them unrelated sleeps)`);
  console.log('| what | median | max |\n| --- | ---: | ---: |');
  for (const [what, t] of rows)
    console.log(`| ${what} | ${t.median.toFixed(1)} ms | ${t.max.toFixed(1)} ms |`);
} finally {
  process.kill(-group.pid, 'SIGKILL');
}
