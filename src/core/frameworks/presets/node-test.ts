// node:test: node's own file rules discover, `--test-reporter` injects testwarden's reporter beside spec, name patterns select.
import { join } from 'node:path';
import {
  chunksWithin,
  MAX_ARG_CHARS,
  MAX_ARGV_CHARS,
  selectedFiles,
  titlesSource,
  type Preset,
} from '../preset.js';
import type { TestId } from '../test-events.js';
import { testKey } from '../test-results.js';

/** The files `node --test` runs when given none (Node 20–24 without type stripping). */
export const NODE_TEST_PATTERNS = [
  '**/*.test.{cjs,mjs,js}',
  '**/*-test.{cjs,mjs,js}',
  '**/*_test.{cjs,mjs,js}',
  '**/test-*.{cjs,mjs,js}',
  '**/test.{cjs,mjs,js}',
  '**/test/**/*.{cjs,mjs,js}',
];

export const nodeTestPreset: Preset = {
  name: 'node',
  granularity: 'test',
  async discover(context) {
    const { glob } = await import('tinyglobby');
    const files = await glob(NODE_TEST_PATTERNS, {
      cwd: context.cwd,
      onlyFiles: true,
      ignore: ['**/node_modules/**'],
    });
    return { files: files.map((f) => f.split('\\').join('/')).sort() };
  },
  commands(context, selection, extraArgs = []) {
    const base = [
      ...(context.program ?? ['node']),
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      `--test-reporter=${join(context.reportersDir, 'node-test.mjs')}`,
      '--test-reporter-destination=stdout',
      ...extraArgs,
    ];
    const tests = selection?.tests ?? [];
    if (tests.length === 0)
      return [{ argv: [...base, ...selectedFiles(selection)], env: {}, events: 'file' }];
    // Patterns apply to every file of a process, and Node 20 matches a test's own name alone:
    // files are grouped by the exact patterns they need, so one file's choice never runs
    // a namesake in another file.
    // Each file's names make one anchored alternation (node tries every pattern on every test:
    // one pattern of N names costs far less than N patterns); more names than one argument
    // holds make several patterns, and more than one command line holds several processes,
    // each naming some: together they run exactly the chosen tests (top-level code runs in each).
    const byFile = new Map<string, Set<string>>();
    for (const file of selection?.files ?? []) byFile.set(file, new Set());
    for (const test of tests) {
      const names = byFile.get(test.file) ?? new Set<string>();
      for (const name of testNames(test.titles)) names.add(name);
      byFile.set(test.file, names);
    }
    const byPatterns = new Map<string, { patterns: string[]; files: string[] }>();
    for (const [file, names] of byFile) {
      const patterns = chunksWithin([...names].sort(), (n) => n.length, MAX_ARG_CHARS - 64).map(
        (chunk) => `^(?:${chunk.join('|')})$`,
      );
      const processes = chunksWithin(patterns, (p) => p.length + 21, MAX_ARGV_CHARS / 2);
      for (const chunk of processes.length > 0 ? processes : [[]]) {
        const key = JSON.stringify(chunk);
        const group = byPatterns.get(key) ?? { patterns: chunk, files: [] };
        group.files.push(file);
        byPatterns.set(key, group);
      }
    }
    return [...byPatterns.values()].map(({ patterns, files }) => ({
      argv: [...base, ...patterns.map((p) => `--test-name-pattern=${p}`), ...files],
      env: {},
      events: 'file' as const,
    }));
  },
};

/**
 * Node 20 matches a pattern against a test's own name, Node 22 and later against the titles
 * joined by spaces: both forms are given (alternatives of one pattern), as regular expressions.
 */
function testNames(titles: readonly string[]): string[] {
  return [titlesSource(titles.slice(-1)), titlesSource(titles)];
}

/**
 * node:test runs a subtest only through its parent test (`t.test` inside a test function): a
 * subtest to rerun is replaced by its outermost ancestor that is itself a test in `known`.
 */
export function nodeSelectableTests(
  selected: readonly TestId[],
  known: readonly TestId[],
): TestId[] {
  const tests = new Set(known.map(testKey));
  const chosen = new Map<string, TestId>();
  for (const test of selected) {
    let pick = test;
    for (let n = 1; n < test.titles.length; n++) {
      const ancestor = { file: test.file, titles: test.titles.slice(0, n) };
      if (tests.has(testKey(ancestor))) {
        pick = ancestor;
        break;
      }
    }
    chosen.set(testKey(pick), pick);
  }
  return [...chosen.values()];
}
