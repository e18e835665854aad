// Runs every benchmark in turn (builds lib/ and dist/ first); results go to stdout as markdown for docs/benchmarks.md.
import { execFileSync } from 'node:child_process';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
run('npm', ['run', '-s', 'build:lib']);
run('npm', ['run', '-s', 'package']);
for (const bench of [
  'overhead.mjs',
  'sweep.mjs',
  'ps-sweep.mjs',
  'tracking-costs.mjs',
  'engine-proxy.mjs',
  'checkpoint.mjs',
  'checkpoint-cache.mjs',
  'monitor.mjs',
  'watchdog.mjs',
  'sharding.mjs',
  'stop.mjs',
  'presets.mjs',
]) {
  console.log(`\n## bench/${bench}\n`);
  try {
    run(process.execPath, [`bench/${bench}`]);
  } catch (error) {
    console.log(`(failed: ${error.message})`);
  }
}
