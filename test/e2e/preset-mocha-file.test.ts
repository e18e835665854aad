// Mocha's `file` option (files loaded before the specs, e.g. a global setup with root hooks) in batches, with the bundled CLI and real Mocha: as in every Mocha run, each batch process loads it, once, before its own files.
import { rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { presetRunArgs, runCli } from '../support/cli.js';
import { ledgerOf, readJson, suiteDir } from '../support/files.js';
import { tempDir } from '../support/temp-dir.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** A spec file whose two tests check the setup ran once in their process and record the pid. */
const spec = (name: string) => `const { appendFileSync } = require('node:fs');
describe('${name}', () => {
  for (const n of [1, 2]) {
    it('test ' + n, () => {
      if (globalThis.setupLoads !== 1) throw new Error('setup loaded ' + globalThis.setupLoads + ' times');
      if (globalThis.rootHookRuns < 1) throw new Error('the root hook did not run');
      appendFileSync(process.env.FIXTURE_LEDGER, 'test ' + process.pid + '\\n');
    });
  }
});
`;

describe('mocha: the file option in batches', () => {
  it('is loaded once in every batch process, before its files, as Mocha loads it in every run', async () => {
    const suite = suiteDir({
      // The setup is named by `file`, and the spec pattern matches it too.
      '.mocharc.cjs': `module.exports = { spec: ['test/**/*.cjs'], file: ['test/setup/global.cjs'] };\n`,
      'test/setup/global.cjs': `const { appendFileSync } = require('node:fs');
globalThis.setupLoads = (globalThis.setupLoads ?? 0) + 1;
globalThis.rootHookRuns = 0;
appendFileSync(process.env.FIXTURE_LEDGER, 'setup ' + process.pid + '\\n');
beforeEach(() => { globalThis.rootHookRuns++; });
`,
      'test/a.spec.cjs': spec('a'),
      'test/b.spec.cjs': spec('b'),
      'test/c.spec.cjs': spec('c'),
    });
    symlinkSync(join(REPO, 'node_modules'), join(suite, 'node_modules'));
    const dir = tempDir('tw-mocha-file-');
    const ledger = join(dir, 'ledger.txt');
    const env = { FIXTURE_LEDGER: ledger };
    const run = (name: string, ...options: string[]) =>
      runCli(
        presetRunArgs({
          preset: 'mocha',
          cwd: suite,
          stateDir: join(dir, `state-${name}`),
          report: join(dir, `${name}.json`),
          options,
        }),
        { env },
      );

    // Mocha alone, for comparison: the setup loads once, every test runs once.
    const whole = await run('whole');
    expect(whole.code, whole.stdout + whole.stderr).toBe(0);
    const pidsOf = (kind: string) =>
      ledgerOf(ledger)
        .filter((l) => l.startsWith(`${kind} `))
        .map((l) => l.split(' ')[1]);
    expect(pidsOf('setup')).toHaveLength(1);
    expect(pidsOf('test')).toHaveLength(6);

    // One batch per file: three processes, each loading the setup once, no test twice.
    rmSync(ledger);
    const batched = await run('batched', '--batch', '1', '--jobs', '2');
    expect(batched.code, batched.stdout + batched.stderr).toBe(0);
    const units = readJson(join(dir, 'batched.json')).units as { files: string[]; tests: object }[];
    // The setup holds no test: it is no batch's file.
    expect(units.map((u) => u.files).sort()).toEqual([
      ['test/a.spec.cjs'],
      ['test/b.spec.cjs'],
      ['test/c.spec.cjs'],
    ]);
    expect(pidsOf('test')).toHaveLength(6);
    const testPids = new Set(pidsOf('test'));
    expect(testPids.size).toBe(3);
    // Each batch process loaded the setup once (its tests check that too); so did the discovery
    // (`mocha --dry-run` loads every file to list the tests, running no test and no hook).
    const setupPids = pidsOf('setup');
    expect(new Set(setupPids).size).toBe(setupPids.length);
    for (const pid of testPids) expect(setupPids).toContain(pid);
    expect(setupPids.filter((pid) => !testPids.has(pid))).toHaveLength(1);
    for (const u of units) expect(u.tests).toEqual({ passed: 2, failed: 0, skipped: 0, errors: 0 });
  }, 180_000);
});
