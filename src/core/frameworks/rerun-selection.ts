// Which framework processes run a preset unit's tests again (resume, retries): the failed and unfinished tests by the framework's own selection when the last attempt reported to its end, else everything but the settled tests.
import { writeFileSync } from 'node:fs';
import {
  derivedNodeId,
  isSettledStatus,
  type TestRecord,
  type UnitTestRecords,
} from '../checkpoint/checkpoint-tests.js';
import { packagesOrAll, splitGoTestArgs } from './go-test-args.js';
import {
  exactNamesPattern,
  MAX_ARG_CHARS,
  MAX_ARGV_CHARS,
  spacedName,
  type Invocation,
  type PresetContext,
} from './preset.js';
import type { Preset, Selection } from './preset.js';
import { nameGroups } from './name-groups.js';
import { nodeSelectableTests } from './presets/node-test.js';
import { runDiscovery } from './run-discovery.js';
import type { TestId } from './test-events.js';

/** Longest name pattern put in one argument or environment variable. */
const MAX_PATTERN_CHARS = MAX_ARG_CHARS;

export type RerunPlan =
  /** Every test is settled: nothing runs. */
  | { kind: 'nothing'; settled: number }
  | {
      kind: 'run';
      invocations: Invocation[];
      /**
       * `tests`: the failed and unfinished tests by name; `files`: the files holding them (too
       * many names for a command line); `all-but-settled`: the suite without the settled tests;
       * `all`: the whole suite.
       */
      scope: 'tests' | 'files' | 'all-but-settled' | 'all';
      rerun: number;
      settled: number;
      /** Why the scope is wider than the tests (for a notice). */
      why?: string;
    };

export interface RerunInput {
  preset: Preset;
  context: PresetContext;
  extraArgs: readonly string[];
  records: UnitTestRecords;
  /** A file the pytest plugin may read the settled node ids from (written when needed). */
  deselectFile: string;
  /** A batch's files (Go: packages): what "everything" means for it; undefined: the whole suite. */
  scope?: readonly string[];
}

/**
 * The processes to run for the tests `records` does not settle. When the last attempt reported to
 * its end, every test of the unit has a row: the failed, errored and unfinished ones run, chosen
 * by the preset (a file that failed to load: the file). When it was cut short (a timeout, a
 * stop), tests that never started have no row: the suite runs without the settled tests, by the
 * framework's own exclusion (pytest: node ids; Jest, Vitest, Mocha: an exclusive full-name
 * pattern; Go: the top-level tests `go test -list` names, less the settled ones); node:test,
 * which cannot exclude by name, runs the whole suite.
 */
export async function planRerun(input: RerunInput): Promise<RerunPlan> {
  const { preset, context, extraArgs, records } = input;
  const everything = input.scope ? { files: input.scope } : undefined;
  const all = [...records.records()];
  const settled = all.filter((r) => isSettledStatus(r.status));
  const rerun = all.filter((r) => !isSettledStatus(r.status));
  if (records.finished) {
    if (rerun.length === 0) return { kind: 'nothing', settled: settled.length };
    const files = rerun.filter((r) => r.titles.length === 0).map((r) => r.file);
    let tests: TestId[] = rerun.filter((r) => r.titles.length > 0).map(idOf);
    if (preset.name === 'node') tests = nodeSelectableTests(tests, all.map(idOf));
    const invocations = byNames(preset, files, tests, all.map(idOf)).flatMap((selection) =>
      preset.commands(context, selection, extraArgs),
    );
    const counts = { rerun: rerun.length, settled: settled.length };
    if (fitsCommandLine(invocations))
      return { kind: 'run', invocations, scope: 'tests', ...counts };
    // Thousands of failed tests: their names would not start a process; their files run whole.
    return {
      kind: 'run',
      invocations: preset.commands(
        context,
        { files: [...new Set([...files, ...tests.map((t) => t.file)])] },
        extraArgs,
      ),
      scope: 'files',
      ...counts,
      why: `their names are too long for one ${preset.name} command line`,
    };
  }
  const counts = { rerun: rerun.length, settled: settled.length };
  const whole = (why?: string): RerunPlan => ({
    kind: 'run',
    invocations: preset.commands(context, everything, extraArgs),
    scope: 'all',
    ...counts,
    ...(why !== undefined ? { why } : {}),
  });
  if (settled.length === 0) return whole();
  switch (preset.name) {
    case 'pytest': {
      writeFileSync(
        input.deselectFile,
        settled.map((r) => `${r.nodeId ?? derivedNodeId(r.file, r.titles)}\n`).join(''),
      );
      return {
        kind: 'run',
        invocations: preset
          .commands(context, everything, extraArgs)
          .map((i) => ({ ...i, env: { ...i.env, TESTWARDEN_DESELECT: input.deselectFile } })),
        scope: 'all-but-settled',
        ...counts,
      };
    }
    case 'jest':
    case 'vitest':
    case 'mocha': {
      const names = settled.filter((r) => r.titles.length > 0);
      const pattern = exactNamesPattern(names.map((r) => spacedName(r.titles)));
      // Mocha gets the pattern in an environment variable as JSON (see presets/mocha.ts), where
      // its backslashes count twice.
      const length = preset.name === 'mocha' ? JSON.stringify(pattern).length : pattern.length;
      if (length > MAX_PATTERN_CHARS)
        return whole(`the settled tests' names are too long for one ${preset.name} pattern`);
      const invocations =
        preset.name === 'mocha'
          ? preset.commands(context, { ...everything, except: names.map(idOf) }, extraArgs)
          : preset.commands(context, everything, [
              ...extraArgs,
              `--testNamePattern=^(?!${pattern.slice(1)})`,
            ]);
      return { kind: 'run', invocations, scope: 'all-but-settled', ...counts };
    }
    case 'go': {
      const listed = await listGoTests(context, extraArgs, input.scope).catch(() => undefined);
      if (listed === undefined) return whole('go test -list could not list the tests');
      // A top-level test is settled when its own row is and none of its subtests' rows is not.
      const top = (file: string, name: string) => JSON.stringify([file, name]);
      const settledTop = new Set(
        settled.filter((r) => r.titles.length === 1).map((r) => top(r.file, r.titles[0]!)),
      );
      for (const r of rerun) settledTop.delete(top(r.file, r.titles[0] ?? ''));
      const tests: TestId[] = [];
      for (const [pkg, names] of listed) {
        for (const name of names)
          if (!settledTop.has(top(pkg, name))) tests.push({ file: pkg, titles: [name] });
      }
      if (tests.length === 0) return { kind: 'nothing', settled: settled.length };
      const invocations = preset.commands(context, { tests }, extraArgs);
      // Each package's -run names are split across processes as needed (presets/go.ts): only
      // thousands of packages on one command line could still be too long.
      if (!fitsCommandLine(invocations))
        return whole(`the tests' names are too long for ${preset.name} command lines`);
      return {
        kind: 'run',
        invocations,
        scope: 'all-but-settled',
        ...counts,
      };
    }
    default:
      return whole(`${preset.name} cannot leave out tests by name, and the last run was cut short`);
  }
}

/**
 * What to run again, one framework process each: Jest, Vitest and Mocha apply one name pattern to
 * every file of a process, so the files to run whole (they failed to load: their tests are not
 * known) run in a process of their own, without a pattern, and files whose names would reach each
 * other's other tests go to different processes (see name-groups.ts). Other presets choose per
 * file themselves: one selection.
 */
function byNames(preset: Preset, files: string[], tests: TestId[], known: TestId[]): Selection[] {
  if (preset.name !== 'jest' && preset.name !== 'vitest' && preset.name !== 'mocha')
    return [{ files, tests }];
  const whole = new Set(files);
  // A test of a file that runs whole runs there.
  const named = tests.filter((t) => !whole.has(t.file));
  const selections: Selection[] = files.length > 0 ? [{ files }] : [];
  if (named.length > 0)
    for (const group of nameGroups(named, known, preset.name === 'jest'))
      selections.push({ tests: group });
  return selections.length > 0 ? selections : [{ files, tests }];
}

/**
 * Whether each process's arguments (and the environment variables the preset adds, each bounded
 * like an argument) are short enough for the system to start it. Several
 * processes run from one shell script (see preset-attempts.ts), each started by the shell with
 * its own arguments.
 */
export function fitsCommandLine(invocations: readonly Invocation[]): boolean {
  return invocations.every(
    (i) =>
      i.argv.every((a) => a.length <= MAX_ARG_CHARS) &&
      Object.entries(i.env).every(([k, v]) => k.length + v.length + 1 <= MAX_ARG_CHARS) &&
      i.argv.reduce((sum, a) => sum + a.length + 1, 0) <= MAX_ARGV_CHARS,
  );
}

/**
 * A test `go test -list` prints: a Go identifier (`TestÜber` is one: Go takes any Unicode letter),
 * as opposed to its `ok`/`?` lines, the tool's messages and benchmarks (which `-run` does not run).
 */
const GO_TEST_NAME = /^(?:Test|Fuzz|Example)[\p{L}\p{Nd}_]*$/u;

/** `go test -list` per package: the top-level tests each package has. */
async function listGoTests(
  context: PresetContext,
  extraArgs: readonly string[],
  packages: readonly string[] | undefined,
): Promise<Map<string, string[]>> {
  const args = splitGoTestArgs(extraArgs);
  const argv = [
    ...(context.program ?? ['go']),
    'test',
    '-list',
    '.*',
    ...args.flags,
    ...(packages ?? packagesOrAll(args)),
    ...args.binaryArgs,
  ];
  const stdout = await runDiscovery({ argv, cwd: context.cwd, env: context.env, preset: 'go' });
  const listed = new Map<string, string[]>();
  let names: string[] = [];
  for (const line of stdout.split('\n')) {
    const done = /^(?:ok|\?)\s+(\S+)/.exec(line);
    if (done) {
      if (names.length > 0) listed.set(done[1]!, names);
      names = [];
    } else if (GO_TEST_NAME.test(line.trim())) names.push(line.trim());
  }
  return listed;
}

function idOf(record: TestRecord): TestId {
  const id: TestId = { file: record.file, titles: record.titles };
  if (record.nodeId !== undefined) id.nodeId = record.nodeId;
  return id;
}
