// Checkpoint save and restore through the real @actions/cache client and the tests' local cache server (protocol v2), at 1,000, 10,000 and 100,000 units; run `npm run build:lib` first (imports lib/).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { ActionsCacheCheckpointSync } from '../lib/action/cache-checkpoint-sync.js';
import { readCheckpoint, writeCheckpoint } from '../lib/core/checkpoint/checkpoint-file.js';
import { buildCheckpoint as build, unitIds } from './checkpoint-sample.mjs';

const SIZES = [1_000, 10_000, 100_000];
const ROUNDS = 5;
const scratch = mkdtempSync(join(tmpdir(), 'testwarden-bench-cache-'));

/** The tests' cache server is TypeScript without local imports: transpiled here, not built. */
async function loadCacheServer() {
  const source = readFileSync(new URL('../test/support/cache-server.ts', import.meta.url), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  const file = join(scratch, 'cache-server.mjs');
  writeFileSync(file, outputText);
  return import(pathToFileURL(file).href);
}

/** A fresh checkout on a fresh machine: workspace, RUNNER_TEMP and current directory, as on a runner. */
function newJob(name) {
  const workspace = join(scratch, name);
  const stateDir = join(workspace, '.testwarden');
  mkdirSync(stateDir, { recursive: true });
  process.env.GITHUB_WORKSPACE = workspace;
  process.env.RUNNER_TEMP = join(scratch, `${name}-temp`);
  mkdirSync(process.env.RUNNER_TEMP);
  process.chdir(workspace);
  return { stateDir, checkpointFile: join(stateDir, 'checkpoint.json') };
}

function newSync(job, runId, runAttempt) {
  return new ActionsCacheCheckpointSync({
    ...job,
    os: 'linux',
    checkpointKey: 'bench',
    runId,
    runAttempt,
    log: { info() {}, warning: (m) => process.stderr.write(`warning: ${m}\n`) },
  });
}

/** The client prints its tar commands and debug lines: kept out of the table. */
async function quietly(fn) {
  const write = process.stdout.write;
  process.stdout.write = () => true;
  try {
    return await fn();
  } finally {
    process.stdout.write = write;
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const home = process.cwd();
const { startCacheServer } = await loadCacheServer();
const server = await startCacheServer();
Object.assign(process.env, server.env());
const rows = [];
try {
  for (const count of SIZES) {
    const ids = unitIds(count);
    const saves = [];
    const restores = [];
    let bytes = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const first = newJob(`save-${count}-${round}`);
      const { bytes: written } = writeCheckpoint(first.checkpointFile, build(ids));
      bytes = written;
      let started = performance.now();
      const saved = await quietly(() =>
        newSync(first, `${count}${round}`, '1').save({ force: true }),
      );
      saves.push(performance.now() - started);
      if (!saved.saved) throw new Error(`not saved: ${saved.detail}`);
      // "Re-run failed jobs": attempt 2 on another machine restores attempt 1's checkpoint.
      const second = newJob(`restore-${count}-${round}`);
      started = performance.now();
      const restored = await quietly(() => newSync(second, `${count}${round}`, '2').restore());
      restores.push(performance.now() - started);
      if (!restored.restored) throw new Error(`not restored: ${restored.detail}`);
      const read = readCheckpoint(second.checkpointFile, { unitIds: ids });
      if (read.checkpoint?.units.size !== count)
        throw new Error('the restored checkpoint lost units');
    }
    const archive = server.entries().at(-1)?.size ?? 0;
    rows.push({ count, bytes, archive, save: median(saves), restore: median(restores) });
  }
} finally {
  process.chdir(home);
  await server.close();
  rmSync(scratch, { recursive: true, force: true });
}

console.log(
  `Checkpoint through @actions/cache and the local cache server, median of ${ROUNDS}; Node ${process.version}, ${cpus().length}× ${cpus()[0]?.model ?? 'cpu'}\n`,
);
console.log('| units | checkpoint | archive uploaded | save | restore on the next attempt |');
console.log('|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(
    `| ${r.count.toLocaleString('en')} | ${(r.bytes / 1e6).toFixed(2)} MB | ${(r.archive / 1e6).toFixed(2)} MB | ${r.save.toFixed(0)} ms | ${r.restore.toFixed(0)} ms |`,
  );
}
