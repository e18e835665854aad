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
    // Besides the files with tests, those that failed to import, and the modules skipped as a
    // whole while collected (`pytest.skip(..., allow_module_level=True)`): pytest counts each as
    // one skipped test, so the batch that runs it counts it too.
    const skippedModules = results.tests
      .filter((t) => t.titles.length === 0 && t.status === 'skipped')
      .map((t) => t.file);
    const files = new Set([
      ...tests.map((t) => t.file),
      ...results.fileErrors.map((e) => e.file),
      ...skippedModules,
    ]);
    return { files: [...files].sort(), tests };
  },
  commands(context, selection, extraArgs = []) {
    const argv = [...pytest(context), '-p', PLUGIN];
    // A subset testwarden chose (a batch's files, a rerun's node ids): a file of it that fails to
    // import is one error and the others run, as they would beside it in any other batch (pytest
    // alone stops the session at a collection error, before any test runs). The whole suite
    // runs as pytest runs it.
    if ((selection?.files?.length ?? 0) > 0 || (selection?.tests?.length ?? 0) > 0)
      argv.push('--continue-on-collection-errors');
    argv.push(...extraArgs);
    // Node ids name one test each (parametrized cases included); files name all of theirs.
    const tests = selection?.tests ?? [];
    const testFiles = new Set(tests.map((t) => t.file));
    argv.push(...tests.map((t) => t.nodeId ?? [t.file, ...t.titles].join('::')));
    argv.push(...selectedFiles({ files: selection?.files ?? [] }).filter((f) => !testFiles.has(f)));
    return [{ argv, env: { PYTHONPATH: pythonPath(context) }, events: 'file' }];
  },
};
