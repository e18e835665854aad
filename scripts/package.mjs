// Bundles each entry point with ncc into dist/<name>/index.js (committed; CI checks it is up to date).
// The sources are compiled once with tsc (type-checked once) into lib/ (the typed library), and ncc bundles
// the emitted JavaScript: given TypeScript, ncc would type-check the whole program again per entry.
// Each bundle is built in a temporary folder and swapped in whole, so a process reading dist/ never sees it half-written.
// The test reporters that run inside the frameworks' own processes are copied as they are to dist/reporters.
import { execFileSync, spawn } from 'node:child_process';
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
async function swapIn(name, make) {
  const temp = `dist/.${name}-${process.pid}`;
  rmSync(temp, { recursive: true, force: true });
  try {
    await make(temp);
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

/** Runs a command with inherited output; rejects naming it when it fails. */
function run(program, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`${program} ${args.join(' ')} exited with ${signal ?? code}`)),
    );
  });
}

execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json', '--noEmitOnError'], { stdio: 'inherit' });
// The three bundles are independent: built side by side.
// ncc's own script run by this Node (not node_modules/.bin, a shell script Windows cannot spawn).
const ncc = join('node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
await Promise.all(
  entries.map(([name, source]) =>
    swapIn(name, async (temp) => {
      await run(process.execPath, [
        ncc,
        'build',
        `${COMPILED}/${source}.js`,
        '-o',
        temp,
        '--license',
        'licenses.txt',
        '--target',
        'es2022',
        '-q',
      ]);
      dropSourceMapComments(temp);
    }),
  ),
);

// Found at run time relative to the running bundle (src/core/frameworks/reporters-dir.ts).
await swapIn('reporters', (temp) =>
  cpSync('src/reporters', temp, {
    recursive: true,
    filter: (path) => !path.includes('__pycache__'),
  }),
);
