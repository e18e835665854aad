// Bundles each entry point with ncc into dist/<name>/index.js (committed; CI checks it is up to date).
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';

const entries = [
  ['cli', 'src/cli/index.ts'],
  ['main', 'src/action/main.ts'],
  ['post', 'src/action/post.ts'],
].filter(([, source]) => existsSync(source));

for (const [name, source] of entries) {
  rmSync(`dist/${name}`, { recursive: true, force: true });
  execFileSync(
    'npx',
    [
      'ncc',
      'build',
      source,
      '-o',
      `dist/${name}`,
      '--license',
      'licenses.txt',
      '--target',
      'es2022',
      '-q',
    ],
    {
      stdio: 'inherit',
    },
  );
}
