// A rerun (`--retries`) of a Jest or Vitest unit where one file failed to load and a test of another file failed: the file that loads now runs whole (its tests were never known, so no name pattern may leave them out), the failed test runs again by name, and the unit passes with every test counted.
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { presetRunArgs, runCli } from '../support/cli.js';
import { ledgerOf, readJson, suiteDir } from '../support/files.js';
import { tempDir } from '../support/temp-dir.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

/** A test that fails on its first run (a marker file tells), and a file that throws while it first loads. */
const flaky = (imports: string) => `${imports}
const root = process.env.FIXTURE_ROOT;
test('flips once', () => {
  fs.appendFileSync(path.join(root, 'ledger.txt'), 'flips once\\n');
  if (!fs.existsSync(path.join(root, 'flipped'))) {
    fs.writeFileSync(path.join(root, 'flipped'), '');
    throw new Error('failing once');
  }
});
`;
const loadsSecond = (imports: string) => `${imports}
const root = process.env.FIXTURE_ROOT;
if (!fs.existsSync(path.join(root, 'loaded'))) {
  fs.writeFileSync(path.join(root, 'loaded'), '');
  throw new Error('cannot load the first time');
}
describe('late', () => {
  test('first', () => fs.appendFileSync(path.join(root, 'ledger.txt'), 'late first\\n'));
  test('second', () => fs.appendFileSync(path.join(root, 'ledger.txt'), 'late second\\n'));
});
`;

const CJS = `const fs = require('node:fs');\nconst path = require('node:path');`;
const ESM = `import fs from 'node:fs';\nimport path from 'node:path';\nimport { describe, test } from 'vitest';`;

const SUITES: { name: string; files: Record<string, string>; args: (dir: string) => string[] }[] = [
  {
    name: 'jest',
    files: {
      'jest.config.cjs': `module.exports = { testMatch: ['**/*.spec.cjs'], transform: {}, testEnvironment: 'node' };\n`,
      'flaky.spec.cjs': flaky(CJS),
      'late.spec.cjs': loadsSecond(CJS),
    },
    args: (dir: string) => [`--cacheDirectory=${join(dir, 'jest-cache')}`],
  },
  {
    name: 'vitest',
    files: {
      'vitest.config.mjs': `import { defineConfig } from 'vitest/config';\nexport default defineConfig({ test: { include: ['**/*.spec.mjs'], root: import.meta.dirname } });\n`,
      'flaky.spec.mjs': flaky(ESM),
      'late.spec.mjs': loadsSecond(ESM),
    },
    args: () => [],
  },
];

describe.each(SUITES)('$name: a rerun after a file that failed to load', (fw) => {
  it('runs that file whole beside the failed test chosen by name', async () => {
    const dir = tempDir(`tw-rerun-load-${fw.name}-`);
    const suite = suiteDir(fw.files);
    // The framework is found as the project's own node_modules/.bin/<name>.
    symlinkSync(join(REPO, 'node_modules'), join(suite, 'node_modules'));
    const result = await runCli(
      presetRunArgs({
        preset: fw.name,
        cwd: suite,
        stateDir: join(dir, 'state'),
        report: join(dir, 'report.json'),
        options: ['--retries', '1'],
        frameworkArgs: fw.args(dir),
      }),
      { env: { FIXTURE_ROOT: suite } },
    );
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).not.toMatch(/did not run/);
    // The failed test ran twice, the file's tests once (on the retry, where it loaded).
    expect(ledgerOf(join(suite, 'ledger.txt'))).toEqual([
      'flips once',
      'flips once',
      'late first',
      'late second',
    ]);
    const unit = readJson(join(dir, 'report.json')).units[0];
    expect(unit).toMatchObject({ outcome: 'passed', attempts: 2 });
    expect(unit.testCases.counts).toMatchObject({ passed: 3, failed: 0 });
    expect(unit.testCases.fileErrors).toEqual([]);
  });
});
