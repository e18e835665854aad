// Mocha: `--dry-run` with testwarden's reporter discovers, `--reporter` injects it, files (through a configuration without the project's spec) and `--grep` select.
import { join } from 'node:path';
import { collectEvents } from '../collect-events.js';
import {
  exactNamesPattern,
  selectedFiles,
  spacedName,
  testsPattern,
  type Preset,
  type PresetContext,
} from '../preset.js';
import { runDiscovery } from '../run-discovery.js';
import { localBin } from './local-bin.js';

export const mochaPreset: Preset = {
  name: 'mocha',
  granularity: 'test',
  async discover(context, extraArgs = []) {
    const argv = [
      ...(context.program ?? localBin(context.cwd, 'mocha')),
      '--dry-run',
      '--reporter',
      join(context.reportersDir, 'mocha.cjs'),
      '--reporter-option',
      'human=none',
      ...extraArgs,
    ];
    let results;
    try {
      results = await collectEvents({ argv, cwd: context.cwd, env: context.env, preset: 'mocha' });
    } catch (error) {
      // A file that fails to load stops the dry run: the files are then listed without loading
      // them, so the batch that gets the broken file reports it and the others run.
      const files = await listFilesUnloaded(context, extraArgs).catch(() => undefined);
      if (files === undefined) throw error;
      return { files };
    }
    const tests = results.tests.map(({ file, titles }) => ({ file, titles }));
    return { files: [...new Set(tests.map((t) => t.file))].sort(), tests };
  },
  commands(context, selection, extraArgs = []) {
    const mocha = [...(context.program ?? localBin(context.cwd, 'mocha'))];
    const reporter = ['--reporter', join(context.reportersDir, 'mocha.cjs')];
    const files = selectedFiles(selection);
    const except = selection?.except ?? [];
    if (files.length === 0 && !selection?.tests?.length && except.length === 0)
      return [{ argv: [...mocha, ...reporter, ...extraArgs], env: {}, events: 'file' }];
    // Tests are chosen by full title (an anchored grep), in the files that hold them; the
    // configuration file combines it with the project's own grep (see mocha-batch.cjs).
    const select = selection?.tests?.length
      ? { pattern: testsPattern(selection.tests.map((t) => t.titles)) }
      : except.length > 0
        ? { pattern: exactNamesPattern(except.map((t) => spacedName(t.titles))), except: true }
        : undefined;
    const env = mochaFilesOnlyEnv(context, extraArgs);
    if (select) env.TESTWARDEN_MOCHA_SELECT = JSON.stringify(select);
    // No files: the whole suite, as the project's spec names it.
    if (files.length === 0) env.TESTWARDEN_MOCHA_KEEP_SPEC = '1';
    return [
      {
        argv: [
          ...mocha,
          ...mochaFilesOnly(context.reportersDir),
          ...reporter,
          ...files.map((f) => (f.startsWith('-') ? `./${f}` : f)),
        ],
        env,
        events: 'file',
      },
    ];
  },
};

/** The files Mocha's configuration names, found as Mocha finds them, none of them loaded. */
async function listFilesUnloaded(
  context: PresetContext,
  extraArgs: readonly string[],
): Promise<string[]> {
  const stdout = await runDiscovery({
    argv: [process.execPath, join(context.reportersDir, 'mocha-files.cjs')],
    cwd: context.cwd,
    env: { ...context.env, TESTWARDEN_MOCHA_ARGS: JSON.stringify(extraArgs) },
    preset: 'mocha',
  });
  const listed: unknown = JSON.parse(stdout);
  if (!Array.isArray(listed) || !listed.every((f) => typeof f === 'string'))
    throw new Error('mocha-files.cjs did not print a JSON list of files');
  return [...new Set(listed)].sort();
}

/**
 * Mocha adds the files named on its command line to the `spec` of its configuration (.mocharc.*,
 * package.json "mocha", MOCHA_OPTIONS) instead of running only them. To run exactly some files,
 * the configuration comes from `mocha-batch.cjs`, which reads the project's own options (and the
 * arguments after `--`) with Mocha's own loader and leaves their spec out; `--no-package` keeps
 * Mocha from adding package.json's again.
 */
function mochaFilesOnly(reportersDir: string): string[] {
  return ['--config', join(reportersDir, 'mocha-batch.cjs'), '--no-package'];
}

/** The arguments after `--` and the user's MOCHA_OPTIONS, for mocha-batch.cjs to read. */
function mochaFilesOnlyEnv(
  context: PresetContext,
  extraArgs: readonly string[],
): Record<string, string> {
  return {
    TESTWARDEN_MOCHA_ARGS: JSON.stringify(extraArgs),
    TESTWARDEN_MOCHA_OPTIONS: context.env.MOCHA_OPTIONS ?? '',
    MOCHA_OPTIONS: '',
  };
}
