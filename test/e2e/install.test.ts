// The install path a user takes: the package packed with npm pack, installed from the tarball into a fresh prefix with no network (the core's few dependencies travel in the tarball), and the installed command run; the CLI bundle needs nothing beside it.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { suiteDir } from '../support/files.js';
import { tempDir } from '../support/temp-dir.js';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const VERSION = (
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
).version;

/** npm as a user runs it: none of the npm_* settings of the npm that started this test run. */
function npmEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k)) env[k] = v;
  return {
    ...env,
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
}

/** The modification time of every file under `path` (a file: its own). */
function mtimes(path: string): number[] {
  if (!statSync(path).isDirectory()) return [statSync(path).mtimeMs];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => statSync(join(entry.parentPath, entry.name)).mtimeMs);
}

/**
 * Whether lib/ is what `npm run build:lib` would make now: every file in it written after the
 * last change to anything it is made from (`npm test` builds it first, with `npm run package`).
 */
function libIsCurrent(): boolean {
  if (!existsSync(join(ROOT, 'lib', 'core', 'index.js'))) return false;
  const sources = [
    'src',
    'scripts/build-report-page.mjs',
    'tsconfig.json',
    'tsconfig.build.json',
    'package.json',
    'package-lock.json',
  ].flatMap((path) => mtimes(join(ROOT, path)));
  return Math.max(...sources) < Math.min(...mtimes(join(ROOT, 'lib')));
}

describe('install', () => {
  it('npm pack, npm install -g --prefix from the tarball: testwarden --version and a run work; no @actions package is installed', async () => {
    const packDir = tempDir('tw-pack-');
    // The typed library (lib/) is built before packing, as prepublishOnly does for a publish
    // (unless it already was, from these very sources).
    if (!libIsCurrent()) await run('npm', ['run', '-s', 'build:lib'], { cwd: ROOT, env: npmEnv() });
    await run('npm', ['pack', '--pack-destination', packDir], { cwd: ROOT, env: npmEnv() });
    const [tarball] = readdirSync(packDir).filter((f) => f.endsWith('.tgz'));
    expect(tarball).toBe(`testwarden-${VERSION}.tgz`);
    const prefix = tempDir('tw-prefix-');
    await run(
      'npm',
      ['install', '--global', '--offline', '--prefix', prefix, join(packDir, tarball!)],
      { env: npmEnv() },
    );
    const bin = join(prefix, 'bin', 'testwarden');
    const installed = join(prefix, 'lib', 'node_modules', 'testwarden');
    const version = await run(bin, ['--version'], { env: npmEnv() });
    expect(version.stdout.trim()).toBe(VERSION);
    // Only what the typed core (lib/) imports; the Action's toolkit stays in its bundles.
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(Object.keys(manifest.dependencies).filter((d) => d.startsWith('@actions/'))).toEqual([]);
    expect(existsSync(join(installed, 'node_modules', '@actions'))).toBe(false);
    expect(existsSync(join(installed, 'node_modules', '@azure'))).toBe(false);
    const suite = suiteDir({ 'a.sh': 'echo one', 'b.sh': 'echo two' });
    const result = await run(
      bin,
      ['run', '--cwd', suite, '--containers', 'off', '--no-watchdog', '-c', 'sh {file}', '*.sh'],
      { env: { ...npmEnv(), NO_COLOR: '1' } },
    );
    expect(result.stdout).toMatch(/PASS\s+a\.sh/);
    expect(result.stdout).toMatch(/PASS\s+b\.sh/);
    expect(result.stdout).toContain('PASSED, exit code 0');
    // The library entry point loads with the installed dependencies.
    const lib = await run(process.execPath, [
      '--input-type=module',
      '-e',
      `const m = await import(${JSON.stringify(join(installed, 'lib/core/index.js'))}); console.log(typeof m.runSuite);`,
    ]);
    expect(lib.stdout.trim()).toBe('function');
  }, 240_000);

  it('npm install -g from a git URL (git+file:// of a clone, offline): nothing is built or fetched, the committed CLI runs', async () => {
    // A clone of what is committed here, as a user's `npm install -g github:…` would fetch it:
    // npm clones a hosted repository at depth 1, so only the committed tree travels (a full
    // clone of this repository's history makes npm's own clone of it repack every object).
    const clone = tempDir('tw-clone-');
    await run('git', ['clone', '--quiet', '--depth', '1', `file://${ROOT}`, clone]);
    const prefix = tempDir('tw-prefix-');
    await run(
      'npm',
      ['install', '--global', '--offline', '--prefix', prefix, `git+file://${clone}`],
      { env: npmEnv() },
    );
    const installed = join(prefix, 'lib', 'node_modules', 'testwarden');
    // npm prepares a git dependency (installs its devDependencies, runs prepare) only when it
    // has a prepare, prepack, build or install script: none here, so nothing was installed
    // beside the package; the CLI is the committed, self-contained dist/cli bundle.
    expect(existsSync(join(installed, 'node_modules'))).toBe(false);
    expect(existsSync(join(installed, 'dist', 'cli', 'index.js'))).toBe(true);
    const bin = join(prefix, 'bin', 'testwarden');
    const version = await run(bin, ['--version'], { env: npmEnv() });
    expect(version.stdout.trim()).toBe(VERSION);
    const suite = suiteDir({ 'a.sh': 'echo one', 'b.sh': 'echo two' });
    const result = await run(
      bin,
      ['run', '--cwd', suite, '--containers', 'off', '--no-watchdog', '-c', 'sh {file}', '*.sh'],
      { env: { ...npmEnv(), NO_COLOR: '1' } },
    );
    expect(result.stdout).toMatch(/PASS\s+a\.sh/);
    expect(result.stdout).toMatch(/PASS\s+b\.sh/);
    expect(result.stdout).toContain('PASSED, exit code 0');
  }, 240_000);

  it('the CLI bundle runs from a folder holding nothing else (no node_modules)', async () => {
    const alone = tempDir('tw-cli-alone-');
    cpSync(join(ROOT, 'dist', 'cli'), alone, { recursive: true });
    const version = await run(process.execPath, [join(alone, 'index.js'), '--version'], {
      cwd: alone,
    });
    expect(version.stdout.trim()).toBe(VERSION);
    const suite = suiteDir({ 'a.sh': 'true' });
    const result = await run(
      process.execPath,
      [
        join(alone, 'index.js'),
        'run',
        '--cwd',
        suite,
        '--containers',
        'off',
        '--no-watchdog',
        '-c',
        'sh {file}',
        'a.sh',
      ],
      { cwd: alone, env: { ...process.env, NO_COLOR: '1' } },
    );
    expect(result.stdout).toMatch(/PASS\s+a\.sh/);
  });
});
