// Bundles each entry point with ncc into dist/<name>/index.js (committed; CI checks it is up to date).
// Each bundle is built in a temporary folder and swapped in whole, so a process reading dist/ never sees it half-written.
import { execFileSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';

const entries = [
  ['cli', 'src/cli/index.ts'],
  ['main', 'src/action/main.ts'],
  ['post', 'src/action/post.ts'],
].filter(([, source]) => existsSync(source));

for (const [name, source] of entries) {
  const temp = `dist/.${name}-${process.pid}`;
  rmSync(temp, { recursive: true, force: true });
  try {
    execFileSync(
      'npx',
      ['ncc', 'build', source, '-o', temp, '--license', 'licenses.txt', '--target', 'es2022', '-q'],
      { stdio: 'inherit' },
    );
    const old = `dist/.${name}-${process.pid}-old`;
    if (existsSync(`dist/${name}`)) renameSync(`dist/${name}`, old);
    renameSync(temp, `dist/${name}`);
    rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
