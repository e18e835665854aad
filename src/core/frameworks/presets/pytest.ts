// pytest: `--collect-only` with testwarden's plugin discovers, `-p testwarden_pytest` injects it, node ids select.
import { join } from 'node:path';
import { collectEvents } from '../collect-events.js';
import { selectedFiles, type Preset, type PresetContext } from '../preset.js';

const PLUGIN = 'testwarden_pytest';

function pythonPath(context: PresetContext): string {
  const own = join(context.reportersDir, 'pytest');
  const theirs = context.env.PYTHONPATH;
  return theirs ? `${own}:${theirs}` : own;
}

function pytest(context: PresetContext): string[] {
  return [...(context.program ?? ['python3', '-m', 'pytest'])];
}

export const pytestPreset: Preset = {
  name: 'pytest',
  granularity: 'test',
  async discover(context, extraArgs = []) {
    // `--continue-on-collection-errors`: a file that fails to import is listed with the others
    // (pytest then exits 1, as it does for nothing else while only collecting), so the batch
    // that runs it reports its error; without it pytest stops and lists nothing.
    const argv = [
      ...pytest(context),
      '-p',
      PLUGIN,
      '--collect-only',
      '-q',
      '--continue-on-collection-errors',
      ...extraArgs,
    ];
    const env = { ...context.env, PYTHONPATH: pythonPath(context) };
    // Exit code 5: nothing collected, which is an empty answer, not a failure.
    const results = await collectEvents({
      argv,
      cwd: context.cwd,
      env,
      preset: 'pytest',
      okCodes: [1, 5],
    });
    const tests = results.collected;
    // Besides the files with tests, those that failed to import.
    const files = new Set([...tests.map((t) => t.file), ...results.fileErrors.map((e) => e.file)]);
    return { files: [...files].sort(), tests };
  },
  commands(context, selection, extraArgs = []) {
    const argv = [...pytest(context), '-p', PLUGIN, ...extraArgs];
    // Node ids name one test each (parametrized cases included); files name all of theirs.
    const tests = selection?.tests ?? [];
    const testFiles = new Set(tests.map((t) => t.file));
    argv.push(...tests.map((t) => t.nodeId ?? [t.file, ...t.titles].join('::')));
    argv.push(...selectedFiles({ files: selection?.files ?? [] }).filter((f) => !testFiles.has(f)));
    return [{ argv, env: { PYTHONPATH: pythonPath(context) }, events: 'file' }];
  },
};
