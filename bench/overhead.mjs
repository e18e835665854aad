// Benchmark: wall time of 500 units of /bin/true through testwarden (--jobs 1 and 2), GNU parallel, a plain shell loop and bare Node spawns.
// Run: npm run package && node bench/overhead.mjs [units] [repeats]   (GNU parallel: apt-get install parallel)
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const UNITS = Number(process.argv[2] ?? 500);
const REPEATS = Number(process.argv[3] ?? 3);
const CLI = fileURLToPath(new URL('../dist/cli/index.js', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'tw-bench-'));

function time(fn) {
  const runs = [];
  for (let i = 0; i < REPEATS; i++) {
    const t = process.hrtime.bigint();
    fn();
    runs.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  runs.sort((a, b) => a - b);
  return runs[Math.floor(runs.length / 2)];
}

function sh(script) {
  const r = spawnSync('/bin/sh', ['-c', script], {
    cwd: work,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (r.status !== 0) throw new Error(`failed: ${script}`);
}

async function bareSpawns() {
  const t = process.hrtime.bigint();
  for (let i = 0; i < UNITS; i++) {
    await new Promise((resolve) =>
      spawn('/bin/true', [String(i)], { stdio: 'ignore' }).on('exit', resolve),
    );
  }
  return Number(process.hrtime.bigint() - t) / 1e6;
}

const hasParallel = spawnSync('sh', ['-c', 'parallel --version']).status === 0;
const rows = [];
const tw = (jobs, flags = []) =>
  time(() =>
    execFileSync(
      process.execPath,
      [
        CLI,
        'run',
        ...flags,
        '--cwd',
        work,
        '--jobs',
        String(jobs),
        '--list-command',
        `seq 1 ${UNITS}`,
        '-c',
        '/bin/true {unit}',
      ],
      {
        stdio: 'ignore',
        env: { ...process.env, NO_COLOR: '1' },
      },
    ),
  );

const bareRuns = [];
for (let i = 0; i < REPEATS; i++) bareRuns.push(await bareSpawns());
bareRuns.sort((a, b) => a - b);
const bare = bareRuns[Math.floor(REPEATS / 2)];
rows.push(['bare Node spawn loop (baseline)', bare]);
rows.push([
  'plain shell loop',
  time(() => sh(`for i in $(seq 1 ${UNITS}); do /bin/true "$i"; done`)),
]);
let parallel1, parallel2;
if (hasParallel) {
  parallel1 = time(() => sh(`seq 1 ${UNITS} | parallel -j1 /bin/true {}`));
  parallel2 = time(() => sh(`seq 1 ${UNITS} | parallel -j2 /bin/true {}`));
  rows.push(['GNU parallel -j1', parallel1], ['GNU parallel -j2', parallel2]);
}
const tw1 = tw(1);
const tw2 = tw(2);
rows.push(
  ['testwarden --jobs 1 (defaults: cgroups, containers, watchdog)', tw1],
  ['testwarden --jobs 2 (defaults)', tw2],
);
const LEAN = ['--tracking', 'process', '--containers', 'off', '--no-watchdog'];
const lean1 = tw(1, LEAN);
const lean2 = tw(2, LEAN);
rows.push(
  ['testwarden --jobs 1 --tracking process --containers off', lean1],
  ['testwarden --jobs 2 --tracking process --containers off', lean2],
);
rmSync(work, { recursive: true, force: true });

const cpu = execFileSync('sh', ['-c', "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"])
  .toString()
  .trim();
console.log(`${UNITS} units of /bin/true, median of ${REPEATS} runs, ${cpu}, ${process.version}\n`);
console.log('| runner | wall time | per unit |');
console.log('|---|---|---|');
for (const [name, ms] of rows)
  console.log(`| ${name} | ${ms.toFixed(0)} ms | ${(ms / UNITS).toFixed(2)} ms |`);
console.log('');
const perUnit = (ms) => ((ms - bare) / UNITS).toFixed(2);
console.log(
  `testwarden overhead over a bare spawn, --jobs 1: ${perUnit(tw1)} ms per unit with the defaults, ${perUnit(lean1)} ms with process tracking and no container watching`,
);
if (hasParallel) {
  const ratio = (a, b) => (a / b).toFixed(2);
  console.log(
    `ratio to GNU parallel: defaults ${ratio(tw1, parallel1)}x (-j1), ${ratio(tw2, parallel2)}x (-j2); lean ${ratio(lean1, parallel1)}x (-j1), ${ratio(lean2, parallel2)}x (-j2)`,
  );
}
