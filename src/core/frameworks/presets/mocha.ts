// Mocha: `--dry-run` with testwarden's reporter discovers, `--reporter` injects it, `--grep` selects.
import { join } from 'node:path';
import { collectEvents } from '../collect-events.js';
import { exactNamesPattern, spacedName, type Preset } from '../preset.js';
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
    const results = await collectEvents({
      argv,
      cwd: context.cwd,
      env: context.env,
      preset: 'mocha',
    });
    const tests = results.tests.map(({ file, titles }) => ({ file, titles }));
    return { files: [...new Set(tests.map((t) => t.file))].sort(), tests };
  },
  commands(context, selection, extraArgs = []) {
    const argv = [
      ...(context.program ?? localBin(context.cwd, 'mocha')),
      '--reporter',
      join(context.reportersDir, 'mocha.cjs'),
      ...extraArgs,
    ];
    // Files named on Mocha's command line are added to the configuration's `spec`, never
    // replace it: a subset is chosen by full title alone (a file: the titles of its tests).
    if (selection?.tests?.length) {
      argv.push('--grep', exactNamesPattern(selection.tests.map((t) => spacedName(t.titles))));
    }
    return [{ argv, env: {}, events: 'file' }];
  },
};
