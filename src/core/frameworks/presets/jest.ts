// Jest: `jest --listTests` discovers, `--reporters` injects testwarden's reporter, `--runTestsByPath` + `--testNamePattern` select.
import { join, relative } from 'node:path';
import { UsageError } from '../../errors.js';
import { selectedFiles, testsPattern, type Preset } from '../preset.js';
import { runDiscovery } from '../run-discovery.js';
import { localBin } from './local-bin.js';

export const jestPreset: Preset = {
  name: 'jest',
  granularity: 'test',
  async discover(context, extraArgs = []) {
    const argv = [
      ...(context.program ?? localBin(context.cwd, 'jest')),
      '--listTests',
      '--json',
      ...extraArgs,
    ];
    const stdout = await runDiscovery({ argv, cwd: context.cwd, env: context.env, preset: 'jest' });
    const line = stdout.split('\n').find((l) => l.startsWith('['));
    let paths: unknown;
    try {
      paths = JSON.parse(line ?? '');
    } catch {
      paths = undefined;
    }
    if (!Array.isArray(paths) || !paths.every((p) => typeof p === 'string')) {
      throw new UsageError(`--preset jest: ${argv.join(' ')} did not print a JSON list of files`);
    }
    const files = paths.map((p: string) => relative(context.cwd, p).split('\\').join('/')).sort();
    return { files };
  },
  commands(context, selection, extraArgs = []) {
    const argv = [
      ...(context.program ?? localBin(context.cwd, 'jest')),
      '--ci',
      '--reporters=default',
      `--reporters=${join(context.reportersDir, 'jest.cjs')}`,
      ...extraArgs,
    ];
    // Jest matches --testNamePattern against the describe titles and the test's title joined by spaces.
    if (selection?.tests?.length) {
      argv.push(`--testNamePattern=${testsPattern(selection.tests.map((t) => t.titles))}`);
    }
    const files = selectedFiles(selection);
    if (files.length > 0) argv.push('--runTestsByPath', ...files);
    return [{ argv, env: {}, events: 'file' }];
  },
};
