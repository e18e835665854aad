// Bundles each entry point with ncc into dist/<name>/index.js (committed; CI checks it is up to date).
// The sources are compiled once with tsc (type-checked once) into lib/ (the typed library), and ncc bundles
// the emitted JavaScript: given TypeScript, ncc would type-check the whole program again per entry.
// Each bundle is built in a temporary folder and swapped in whole, so a process reading dist/ never sees it half-written.
// The test reporters that run inside the frameworks' own processes are copied as they are to dist/reporters.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { OUTPUT, reportPageModule } from './build-report-page.mjs';

const entries = [
  ['cli', 'cli/index'],
  ['main', 'action/main'],
  ['post', 'action/post'],
].filter(([, source]) => existsSync(`src/${source}.ts`));

// The typed library (lib/, as `npm run build:lib` makes it), bundled from there: inside the
// project, so the emitted modules resolve the project's node_modules and package.json.
const COMPILED = 'lib';

/** Builds into a temporary folder with `make(temp)`, then swaps it in as dist/<name>. */
function swapIn(name, make) {
  const temp = `dist/.${name}-${process.pid}`;
  rmSync(temp, { recursive: true, force: true });
  try {
    make(temp);
    const old = `dist/.${name}-${process.pid}-old`;
    if (existsSync(`dist/${name}`)) renameSync(`dist/${name}`, old);
    renameSync(temp, `dist/${name}`);
    rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/**
 * The bundled dependencies keep their `//# sourceMappingURL=x.js.map` lines, pointing at maps
 * that are not shipped (ncc is not asked for source maps): removed, so nothing looks for them.
 */
function dropSourceMapComments(dir) {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    const stripped = text.replace(/^\/\/# sourceMappingURL=\S*[ \t]*$/gm, '');
    if (stripped !== text) writeFileSync(path, stripped);
  }
}

// The report's page script first: the bundles inline it.
writeFileSync(OUTPUT, await reportPageModule());

execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json', '--noEmitOnError'], { stdio: 'inherit' });
for (const [name, source] of entries) {
  swapIn(name, (temp) => {
    execFileSync(
      'npx',
      [
        'ncc',
        'build',
        `${COMPILED}/${source}.js`,
        '-o',
        temp,
        '--license',
        'licenses.txt',
        '--target',
        'es2022',
        '-q',
      ],
      { stdio: 'inherit' },
    );
    dropSourceMapComments(temp);
  });
}

// Found at run time relative to the running bundle (src/core/frameworks/reporters-dir.ts).
swapIn('reporters', (temp) =>
  cpSync('src/reporters', temp, {
    recursive: true,
    filter: (path) => !path.includes('__pycache__'),
  }),
);
