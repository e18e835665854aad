// pytest: a module skipped as a whole (`pytest.skip(allow_module_level=True)`) is one skipped test, as pytest counts it, not a file that failed to load; a resume carries it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { presetRunArgs, runCli } from '../support/cli.js';
import { readJson } from '../support/files.js';
import { tempDir } from '../support/temp-dir.js';

const env = { ...process.env, PYTHONDONTWRITEBYTECODE: '1' };

describe('pytest: a module skipped as a whole', () => {
  it('counts as one skipped test in the report, on the console and in JUnit, and across a resume', async () => {
    const dir = tempDir('tw-pytest-module-skip-');
    const suite = join(dir, 'suite');
    mkdirSync(suite);
    writeFileSync(
      join(suite, 'test_not_here.py'),
      'import pytest\npytest.skip("not on this system", allow_module_level=True)\n\ndef test_never():\n    pass\n',
    );
    writeFileSync(
      join(suite, 'test_here.py'),
      'import os\n\ndef test_one():\n    assert True\n\ndef test_marker():\n    assert os.path.exists(os.environ["TW_MARKER"])\n',
    );
    const marker = join(dir, 'marker');
    const runEnv = { ...env, TW_MARKER: marker };

    // pytest's own count of the same suite.
    const own = spawnSync(
      'python3',
      ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', `--junitxml=${join(dir, 'own.xml')}`],
      { cwd: suite, env: runEnv, encoding: 'utf8' },
    );
    expect(own.stdout).toMatch(/1 failed, 1 passed, 1 skipped/);

    const run = (name: string, options: string[] = []) =>
      runCli(
        presetRunArgs({
          preset: 'pytest',
          cwd: suite,
          stateDir: join(dir, 'state'),
          report: join(dir, `${name}.json`),
          junit: join(dir, `${name}.xml`),
          options,
          frameworkArgs: ['-p', 'no:cacheprovider'],
        }),
        { env: runEnv },
      );

    const first = await run('first');
    expect(first.code, first.stderr).toBe(1);
    const report = readJson(join(dir, 'first.json'));
    expect(report.units[0].tests).toEqual({ passed: 1, failed: 1, skipped: 1, errors: 0 });
    expect(report.units[0].testCases.fileErrors).toEqual([]);
    expect(first.stdout).toContain('Tests: 1 passed, 1 failed, 1 skipped\n');
    const junit = readFileSync(join(dir, 'first.xml'), 'utf8');
    expect(junit).toMatch(/<testsuites [^>]*tests="3" failures="1" errors="0" skipped="1"/);
    expect(junit).toMatch(/<testcase name="test_not_here\.py"[^>]*>\s*<skipped/);

    // The failed test reruns alone; the skipped module is carried, still one skipped.
    writeFileSync(marker, '');
    const resumed = await run('resumed', ['--resume']);
    expect(resumed.code, resumed.stderr).toBe(0);
    const after = readJson(join(dir, 'resumed.json'));
    expect(after.units[0].tests).toEqual({ passed: 2, failed: 0, skipped: 1, errors: 0 });
    expect(resumed.stdout).toContain('Tests: 2 passed, 0 failed, 1 skipped\n');
  });
});
