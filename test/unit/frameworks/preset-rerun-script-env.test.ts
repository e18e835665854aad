// Several processes of one rerun run from one shell script: each gets exactly its own environment (Mocha's choice of tests goes in an environment variable), none inherits another's.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RunCheckpoint } from '../../../src/core/checkpoint/run-checkpoint.js';
import { PresetAttempts } from '../../../src/core/frameworks/preset-attempts.js';
import { mochaPreset } from '../../../src/core/frameworks/presets/mocha.js';
import type { Unit } from '../../../src/core/types.js';
import { COMMAND, tempDir } from '../checkpoint/checkpoint-samples.js';

const at = Date.now();

describe('a rerun script of several processes', () => {
  it('gives each process its own environment: the file run whole gets no name selection', async () => {
    const stateDir = tempDir();
    const units: Unit[] = [{ id: 'mocha', file: 'mocha' }];
    const checkpoint = await RunCheckpoint.open({
      stateDir,
      units,
      command: COMMAND,
      shell: false,
      resume: false,
      runId: 'run',
      jobs: 1,
      notice: () => {},
    });
    // A complete report: broken.spec.cjs failed to load, a.spec.cjs has a failed test.
    checkpoint.recordTestEvent('mocha', { type: 'file-error', file: 'broken.spec.cjs', time: at });
    checkpoint.recordTestEvent('mocha', {
      type: 'test-end',
      file: 'a.spec.cjs',
      titles: ['math', 'fails'],
      status: 'failed',
      time: at,
    });
    checkpoint.testsOf('mocha').finished = true;
    // A stand-in for mocha that appends its files and its selection to a ledger.
    const ledger = join(stateDir, 'ledger.jsonl');
    const fake = join(stateDir, 'fake-mocha.cjs');
    writeFileSync(
      fake,
      `require('node:fs').appendFileSync(${JSON.stringify(ledger)}, JSON.stringify({ files: process.argv.slice(2).filter((a) => a.endsWith('.spec.cjs')), select: process.env.TESTWARDEN_MOCHA_SELECT ?? null, options: process.env.MOCHA_OPTIONS ?? null }) + '\\n');\n`,
    );
    const attempts = new PresetAttempts({
      preset: mochaPreset,
      context: {
        cwd: stateDir,
        env: {},
        reportersDir: '/reporters',
        program: [process.execPath, fake],
      },
      extraArgs: [],
      checkpoint,
      units,
      helperFile: (_id, attempt, ext) => join(stateDir, `${attempt}.${ext}`),
      notice: () => {},
    });
    const command = await attempts.command('mocha', 2);
    expect(command?.program).toBe('sh');
    const ran = spawnSync(command!.program, command!.args, {
      cwd: stateDir,
      env: { ...process.env, MOCHA_OPTIONS: '--user', ...command!.env },
      encoding: 'utf8',
    });
    expect(ran.status, ran.stderr).toBe(0);
    const runs = readFileSync(ledger, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { files: string[]; select: string | null });
    expect(runs).toEqual([
      { files: ['broken.spec.cjs'], select: null, options: '' },
      { files: ['a.spec.cjs'], select: expect.stringContaining('math fails'), options: '' },
    ]);
    await checkpoint.end(null);
  });
});
