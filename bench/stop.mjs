// Benchmark: time from SIGINT to the last unit process dead and the checkpoint on disk (grace 5 s, units that obey SIGTERM and ones that ignore it).
// Run: npm run package && node bench/stop.mjs
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../dist/cli/index.js', import.meta.url));
const alive = (pid) => {
  try {
    process.kill(pid, 0);
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
};
const waitFor = async (check, ms = 30_000) => {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 2));
  }
};

async function once(ignoreTerm) {
  const dir = mkdtempSync(join(tmpdir(), 'tw-bench-stop-'));
  const trap = ignoreTerm ? 'trap "" TERM; ' : '';
  for (const name of ['a', 'b']) {
    writeFileSync(
      join(dir, `${name}.sh`),
      `${trap}i=0; while [ $i -lt 50 ]; do sleep 600 & echo $! >> ${name}.pids; i=$((i+1)); done; touch ${name}.ready; wait`,
    );
  }
  const child = spawn(
    process.execPath,
    [CLI, 'run', '--cwd', dir, '--jobs', '2', '--containers', 'off', '-c', 'sh {file}', '*.sh'],
    { stdio: 'ignore' },
  );
  await waitFor(() => existsSync(join(dir, 'a.ready')) && existsSync(join(dir, 'b.ready')));
  const pids = ['a', 'b'].flatMap((n) =>
    readFileSync(join(dir, `${n}.pids`), 'utf8')
      .trim()
      .split('\n')
      .map(Number),
  );
  const checkpoint = join(dir, '.testwarden', 'checkpoint.json');
  const t = process.hrtime.bigint();
  child.kill('SIGINT');
  await waitFor(() => pids.every((p) => !alive(p)));
  const dead = Number(process.hrtime.bigint() - t) / 1e6;
  await waitFor(() => {
    try {
      return JSON.parse(readFileSync(checkpoint, 'utf8')).reason === 'SIGINT';
    } catch {
      return false;
    }
  });
  const saved = Number(process.hrtime.bigint() - t) / 1e6;
  await new Promise((r) => child.on('exit', r));
  const exited = Number(process.hrtime.bigint() - t) / 1e6;
  rmSync(dir, { recursive: true, force: true });
  return { dead, saved, exited };
}

console.log(
  '| units (2 × 50 processes) | last process dead | checkpoint on disk | runner exited | target |',
);
console.log('|---|---|---|---|---|');
for (const ignoreTerm of [false, true]) {
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await once(ignoreTerm));
  const med = (k) =>
    runs
      .map((r) => r[k])
      .sort((a, b) => a - b)[1]
      .toFixed(0);
  const what = ignoreTerm ? 'ignore SIGTERM (SIGKILL after the 5 s grace)' : 'obey SIGTERM';
  console.log(
    `| ${what} | ${med('dead')} ms | ${med('saved')} ms | ${med('exited')} ms | under 1 s + grace |`,
  );
}
