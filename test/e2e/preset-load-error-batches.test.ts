// A test file that fails to load, with --batch and --shard: the framework's listing still names it, the batch that runs it reports the error, the other files' tests run and count.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, presetRunArgs, runCli } from '../support/cli.js';
import { readJson } from '../support/files.js';
import { tempDir } from '../support/temp-dir.js';

interface ReportUnit {
  id: string;
  files?: string[];
  tests?: { passed: number; failed: number; skipped: number; errors: number };
}

const PRESETS: { preset: string; broken: string; args?: (out: string) => string[] }[] = [
  { preset: 'vitest', broken: 'broken.spec.ts' },
  { preset: 'pytest', broken: 'test_broken.py', args: () => ['-p', 'no:cacheprovider'] },
  { preset: 'mocha', broken: 'broken.spec.cjs' },
  {
    preset: 'jest',
    broken: 'broken.spec.cjs',
    args: (out) => [`--cacheDirectory=${join(out, 'jest-cache')}`],
  },
  { preset: 'node', broken: 'broken.test.mjs' },
  { preset: 'go', broken: 'example.com/twloaderror/broken' },
];

async function runParts(
  preset: (typeof PRESETS)[number],
  out: string,
  name: string,
  options: string[],
) {
  const report = join(out, `${name}.json`);
  const result = await runCli(
    presetRunArgs({
      preset: preset.preset,
      cwd: join(FIXTURES, `${preset.preset}-load-error`),
      stateDir: join(out, `${name}-state`),
      report,
      options,
      ...(preset.args ? { frameworkArgs: preset.args(out) } : {}),
    }),
    { env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' } },
  );
  // 2 would be a usage error: the listing refused the suite and nothing ran.
  expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(1);
  return readJson(report) as { units: ReportUnit[] };
}

describe('a test file that fails to load, with --batch and --shard', () => {
  it.each(PRESETS)(
    '$preset: listed, reported as an error by its batch, the rest counted',
    async (preset) => {
      const out = tempDir('tw-load-error-batches-');
      const batched = await runParts(preset, out, 'auto', ['--batch', 'auto', '--jobs', '2']);
      const files = batched.units.flatMap((u) => u.files ?? []);
      expect(files).toContain(preset.broken);
      const sum = (units: ReportUnit[]) =>
        units.reduce(
          (a, u) => ({
            passed: a.passed + (u.tests?.passed ?? 0),
            failed: a.failed + (u.tests?.failed ?? 0),
            errors: a.errors + (u.tests?.errors ?? 0),
          }),
          { passed: 0, failed: 0, errors: 0 },
        );
      // Each fixture: one file that loads (a test that passes, one that fails) and one that does not.
      expect(sum(batched.units)).toEqual({ passed: 1, failed: 1, errors: 1 });

      if (preset.preset !== 'vitest' && preset.preset !== 'pytest') return;
      const shards = [
        await runParts(preset, out, 's1', ['--shard', '1/2']),
        await runParts(preset, out, 's2', ['--shard', '2/2']),
      ];
      const units = shards.flatMap((s) => s.units);
      expect(units.flatMap((u) => u.files ?? []).sort()).toEqual([...files].sort());
      expect(sum(units)).toEqual({ passed: 1, failed: 1, errors: 1 });
    },
  );
});
