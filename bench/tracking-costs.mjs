// Benchmark: cost of the cgroup launcher per spawn, cgroup.kill on a 200-process tree, and container find/remove per engine.
// Run as root after `npm run build:lib`: node bench/tracking-costs.mjs [spawns]   (TESTWARDEN_LIB=dir to use another build)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { join, resolve } from 'node:path';

const LIB = resolve(process.env.TESTWARDEN_LIB ?? new URL('../lib', import.meta.url).pathname);
const load = (path) => import(pathToFileURL(`${LIB}/core/${path}`).href);
const { detectCgroupSupport } = await load('tracker/cgroup-detect.js');
const { createRunCgroup, createUnitCgroup } = await load('tracker/cgroup.js');
const { wrapCommandForCgroup } = await load('tracker/cgroup-launch.js');
const { probeEngine, runEngine } = await load('containers/engine.js');
const { findUnitContainers, removeContainers, snapshotContainers } = await load(
  'containers/container-tracking.js',
);

const SPAWNS = Number(process.argv[2] ?? 300);
const ms = (t) => Number(process.hrtime.bigint() - t) / 1e6;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const exit = (child) => new Promise((done) => child.once('exit', done));

async function spawnTimes(make) {
  const times = [];
  for (let i = 0; i < SPAWNS; i++) {
    const { program, args } = make();
    const t = process.hrtime.bigint();
    await exit(spawn(program, args, { stdio: 'ignore', detached: true }));
    times.push(ms(t));
  }
  return median(times);
}

async function treeKill(unit, useCgroupKill) {
  // 200 sleeps, each in its own session, started inside the cgroup.
  const { program, args } = wrapCommandForCgroup(unit.path, '/bin/sh', [
    '-c',
    'i=0; while [ $i -lt 200 ]; do setsid sleep 300 & i=$((i+1)); done; wait',
  ]);
  const leader = spawn(program, args, { stdio: 'ignore', detached: true });
  const leaderExit = exit(leader);
  const start = Date.now();
  while (unit.pids().length < 201 && Date.now() - start < 10_000)
    await new Promise((r) => setTimeout(r, 10));
  const members = unit.pids().length;
  const t = process.hrtime.bigint();
  const empty = await unit.kill({ useCgroupKill });
  const took = ms(t);
  await leaderExit;
  return { members, empty, took };
}

const support = detectCgroupSupport();
if (support.available) {
  const run = createRunCgroup(`bench-${process.pid}`, support);
  const unit = createUnitCgroup(run, 'bench/unit', 1);
  const direct = await spawnTimes(() => ({ program: '/bin/true', args: [] }));
  const wrapped = await spawnTimes(() => wrapCommandForCgroup(unit.path, '/bin/true', []));
  // The same wrapper writing to a plain file: the shell's share, without the cgroup migration.
  const plain = mkdtempSync(join(tmpdir(), 'tw-bench-'));
  const shellOnly = await spawnTimes(() => wrapCommandForCgroup(plain, '/bin/true', []));
  rmSync(plain, { recursive: true, force: true });
  console.log(
    `spawn /bin/true (median of ${SPAWNS}): direct ${direct.toFixed(2)} ms, launcher into a cgroup ${wrapped.toFixed(2)} ms, launcher writing a plain file ${shellOnly.toFixed(2)} ms`,
  );
  for (const useCgroupKill of [true, false]) {
    const r = await treeKill(unit, useCgroupKill);
    console.log(
      `kill ${r.members} members with ${useCgroupKill ? 'cgroup.kill' : 'the SIGKILL loop'}: ${r.took.toFixed(1)} ms, empty=${r.empty}`,
    );
  }
  console.log(`run cgroup removed: ${await run.remove({ kill: true })}`);
} else {
  console.log(`cgroups: ${support.reason}`);
}

for (const kind of ['docker', 'podman']) {
  const probe = await probeEngine(kind);
  if (!probe.ok) {
    console.log(`${kind}: ${probe.reason}`);
    continue;
  }
  const engine = probe.engine;
  const name = `twbench-${process.pid}-${kind}`;
  let t = process.hrtime.bigint();
  const before = await snapshotContainers(engine);
  const snapshotMs = ms(t);
  await runEngine(engine, [
    'run',
    '-d',
    '--init',
    '--name',
    name,
    'localhost/busybox:test',
    'sleep',
    '300',
  ]);
  t = process.hrtime.bigint();
  const found = (await findUnitContainers(engine, { before })).filter((c) => c.name === name);
  const findMs = ms(t);
  t = process.hrtime.bigint();
  const removed = await removeContainers(engine, found);
  const removeMs = ms(t);
  console.log(
    `${kind} ${engine.version}: snapshot ${snapshotMs.toFixed(0)} ms, find ${findMs.toFixed(0)} ms, remove running container ${removeMs.toFixed(0)} ms (${removed.map((r) => r.action).join(',')})`,
  );
}
