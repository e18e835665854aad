// Benchmark: the end-of-unit sweep's cost with 100 and 1,000 unrelated processes on the machine, and the time from a timeout to the last of a unit's 200 processes dead.
// Run: npm run build:lib && npm run package && node bench/sweep.mjs
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scanUnitProcesses } from '../lib/core/tracker/leak-scan.js';
import { readPidClock } from '../lib/core/tracker/proc-table.js';

const CLI = fileURLToPath(new URL('../dist/cli/index.js', import.meta.url));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (fn, n = 50) => {
  const runs = [];
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    fn();
    runs.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(runs);
};

async function withBystanders(count, fn) {
  const group = spawn(
    'sh',
    ['-c', `i=0; while [ $i -lt ${count} ]; do sleep 600 & i=$((i+1)); done; wait`],
    {
      detached: true,
      stdio: 'ignore',
    },
  );
  const deadline = Date.now() + 30_000;
  while (
    Number(execFileSync('sh', ['-c', `pgrep -g ${group.pid} | wc -l`]).toString()) <
    count + 1
  ) {
    if (Date.now() > deadline) throw new Error('bystanders did not start');
    await new Promise((r) => setTimeout(r, 50));
  }
  try {
    return await fn();
  } finally {
    process.kill(-group.pid, 'SIGKILL');
  }
}

const rows = [];
for (const count of [100, 1000]) {
  await withBystanders(count, async () => {
    // A finished unit: its leader was this benchmark's newest child, so the pid range is narrow.
    const nowTicks = Math.floor(Number(readFileSync('/proc/uptime', 'utf8').split(' ')[0]) * 100);
    const pidClock = readPidClock();
    const leader = spawn('true');
    await new Promise((r) => leader.on('exit', r));
    const marker = {
      runId: 'bench',
      unitId: 'u',
      pgid: leader.pid,
      sinceTicks: nowTicks,
      pidClock,
    };
    const narrow = time(() => scanUnitProcesses(marker));
    const statOnly = time(() => scanUnitProcesses({ ...marker, pidClock: undefined }));
    const full = time(() => scanUnitProcesses({ ...marker, pidClock: undefined, sinceTicks: 0 }));
    const procs = readFileSync('/proc/loadavg', 'utf8').split(' ')[3];
    rows.push([
      `sweep scan, ${count} unrelated processes (${procs.split('/')[1]} in all)`,
      narrow,
      statOnly,
      full,
    ]);
  });
}

// Timeout to the last of 200 processes dead: a unit starts 200 sleeps and hangs.
const dir = mkdtempSync(join(tmpdir(), 'tw-bench-sweep-'));
writeFileSync(
  join(dir, 'tree.sh'),
  'i=0; while [ $i -lt 200 ]; do sleep 600 & i=$((i+1)); done; wait',
);
const timeoutMs = 1000;
const graceMs = 1000;
const runs = [];
for (let i = 0; i < 3; i++) {
  spawnSync(
    process.execPath,
    [
      CLI,
      'run',
      '--cwd',
      dir,
      '--timeout',
      `${timeoutMs}ms`,
      '--grace-period',
      `${graceMs}ms`,
      '--containers',
      'off',
      '--report-json',
      'r.json',
      '-c',
      'sh {file}',
      'tree.sh',
    ],
    { stdio: 'ignore' },
  );
  const unit = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')).units[0];
  runs.push(unit.durationMs - timeoutMs);
}
rmSync(dir, { recursive: true, force: true });

console.log(
  '| machine | pid range + start time (used) (ms) | start time only (ms) | every environ read (ms) |',
);
console.log('|---|---|---|---|');
for (const [name, narrow, statOnly, full] of rows) {
  console.log(`| ${name} | ${narrow.toFixed(2)} | ${statOnly.toFixed(2)} | ${full.toFixed(2)} |`);
}
console.log('');
console.log(
  `Timeout to the last of 200 processes dead (grace ${graceMs} ms, they obey SIGTERM): median ${median(runs).toFixed(0)} ms after the timeout (target under grace + 200 ms)`,
);
