// Vitest: `vitest list --json` discovers, `--reporter` injects testwarden's reporter, file filters + `-t` select.
import { join, relative, resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import { selectedFiles, testsPattern, type Preset, type PresetContext } from '../preset.js';
import { runDiscovery } from '../run-discovery.js';
import type { TestId } from '../test-events.js';
import { localBin } from './local-bin.js';

export const vitestPreset: Preset = {
  name: 'vitest',
  granularity: 'test',
  async discover(context, extraArgs = []) {
    const vitest = context.program ?? localBin(context.cwd, 'vitest');
    // `--filesOnly` lists the files without loading them, so a file that fails to load is still
    // listed (and reported by the batch that runs it); a Vitest without the option (before 2.1)
    // lists by collecting every test.
    const listed =
      (await listJson(context, [...vitest, 'list', '--json', '--filesOnly', ...extraArgs]).catch(
        () => undefined,
      )) ?? (await listJson(context, [...vitest, 'list', '--json', ...extraArgs]));
    const tests: TestId[] = [];
    const files = new Set<string>();
    for (const entry of listed as { name?: unknown; file?: unknown }[]) {
      if (typeof entry?.file !== 'string') continue;
      const file = relative(context.cwd, entry.file).split('\\').join('/');
      files.add(file);
      // `vitest list` joins titles with " > "; a title that itself holds " > " is split too.
      if (typeof entry.name === 'string') tests.push({ file, titles: entry.name.split(' > ') });
    }
    return { files: [...files].sort(), ...(tests.length > 0 ? { tests } : {}) };
  },
  commands(context, selection, extraArgs = []) {
    const argv = [
      ...(context.program ?? localBin(context.cwd, 'vitest')),
      'run',
      '--reporter=default',
      `--reporter=${join(context.reportersDir, 'vitest.mjs')}`,
      ...extraArgs,
    ];
    // Vitest matches -t against the suite titles and the test's title joined by spaces.
    if (selection?.tests?.length) {
      argv.push(`--testNamePattern=${testsPattern(selection.tests.map((t) => t.titles))}`);
    }
    // File arguments are filters: a file runs when its path contains one of them (any case), so
    // a discovered file that holds a chosen one's path (`ba.test.ts` for `a.test.ts`) is excluded.
    const files = selectedFiles(selection);
    const chosen = new Set(files);
    const lower = files.map((f) => f.toLowerCase());
    for (const other of context.suiteFiles ?? []) {
      const path = other.toLowerCase();
      if (!chosen.has(other) && lower.some((f) => path.includes(f)))
        argv.push(`--exclude=${escapeGlob(resolve(context.cwd, other))}`);
    }
    argv.push(...files);
    return [{ argv, env: {}, events: 'file' }];
  },
};

/** The JSON list `vitest list --json` prints. */
async function listJson(context: PresetContext, argv: string[]): Promise<unknown[]> {
  const stdout = await runDiscovery({ argv, cwd: context.cwd, env: context.env, preset: 'vitest' });
  let listed: unknown;
  try {
    listed = JSON.parse(stdout.slice(stdout.indexOf('[')));
  } catch {
    listed = undefined;
  }
  if (!Array.isArray(listed)) {
    throw new UsageError(`--preset vitest: ${argv.join(' ')} did not print a JSON list of tests`);
  }
  return listed;
}

/** A path as a glob matching only itself. */
function escapeGlob(path: string): string {
  return path.replace(/[\\*?[\]{}()!+@]/g, '\\$&');
}
