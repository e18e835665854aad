// What a framework preset knows: how the framework finds its tests, the command that runs a batch with testwarden's reporter, and how it selects a subset.
import type { TestId } from './test-events.js';

export const PRESET_NAMES = ['jest', 'vitest', 'pytest', 'node', 'go', 'mocha'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

export interface PresetContext {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Folder holding the shipped reporters (see reporters-dir.ts). */
  reportersDir: string;
  /** The framework's own command, replacing the preset's default (`node_modules/.bin/jest`, `python3 -m pytest`, `go`, ...). */
  program?: readonly string[];
  /**
   * Every file the framework discovered, when it was asked (--batch, --shard): Vitest's file
   * arguments are substring filters, and the files they would match beside the chosen ones are
   * left out by name.
   */
  suiteFiles?: readonly string[];
}

/** One framework process to start. */
export interface Invocation {
  argv: string[];
  /** Added to the process's environment (TESTWARDEN_EVENTS is added by whoever owns the events file). */
  env: Record<string, string>;
  /** `file`: the reporter writes TESTWARDEN_EVENTS; `go-json`: the events are the process's stdout (`go test -json`). */
  events: 'file' | 'go-json';
}

/** What to run: all (nothing given), some files (Go: packages), or some tests. */
export interface Selection {
  files?: readonly string[];
  tests?: readonly TestId[];
  /** Mocha: the selection (all, or the files) without these tests (by full title). */
  except?: readonly TestId[];
}

export interface Discovery {
  /** Files (Go: package import paths) the framework itself would run, relative to cwd. */
  files: string[];
  /** Tests, when the framework lists them without running them. */
  tests?: TestId[];
}

export interface Preset {
  readonly name: PresetName;
  /**
   * The smallest thing a subset run can choose: `test` (one test, by the framework's own
   * selection), `top-level-test` (Go: a test with its subtests), `file`.
   */
  readonly granularity: 'test' | 'top-level-test' | 'file';
  /** Asks the framework which files (and, where it can, which tests) it would run. */
  discover(context: PresetContext, extraArgs?: readonly string[]): Promise<Discovery>;
  /** The processes that run the selection with the reporter injected (one, except Go with different tests per package). */
  commands(
    context: PresetContext,
    selection?: Selection,
    extraArgs?: readonly string[],
  ): Invocation[];
}

/**
 * Longest single argument put on a command line: Linux takes at most 128 KiB per argument
 * (MAX_ARG_STRLEN), and a pattern grows when a framework re-quotes it for its own children.
 */
export const MAX_ARG_CHARS = 96 * 1024;
/** Most characters of arguments one process may take (Linux: 2 MiB with the environment). */
export const MAX_ARGV_CHARS = 1024 * 1024;

/**
 * Items cut into consecutive runs whose lengths (`size` of each, plus one separator per item)
 * stay within `budget`; an item longer than the budget gets a run of its own.
 */
export function chunksWithin<T>(
  items: readonly T[],
  size: (item: T) => number,
  budget: number,
): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const cost = size(item) + 1;
    if (current.length > 0 && used + cost > budget) {
      chunks.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += cost;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** `a b c` for titles ['a', 'b', 'c']: how Jest, Vitest and Mocha name a test in their name filters. */
export function spacedName(titles: readonly string[]): string {
  return titles.join(' ');
}

/**
 * Escapes text for a JavaScript regular expression. Control characters become `\xNN`: a
 * pattern goes on a command line, where a NUL cannot be (titles built from data hold them).
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f]/g,
    (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
}

/** Length of a title the shipped reporters clipped: its first 1,024 characters and `…` (events-writer.cjs). */
const CLIPPED_TITLE_LENGTH = 1025;

/**
 * A regular expression matching the full name (titles joined by spaces) of a test with these
 * titles. A title the reporter clipped matches every title it begins (the rest is not known):
 * choosing such a test may run a namesake that shares its first 1,024 characters, never miss it.
 */
export function titlesSource(titles: readonly string[]): string {
  return titles
    .map((t) =>
      t.length === CLIPPED_TITLE_LENGTH && t.endsWith('…')
        ? `${escapeRegExp(t.slice(0, -1))}[\\s\\S]*?`
        : escapeRegExp(t),
    )
    .join(' ');
}

/** One anchored alternation matching the full names of the given tests (see `titlesSource`). */
export function testsPattern(tests: Iterable<readonly string[]>): string {
  return `^(?:${[...new Set([...tests].map(titlesSource))].join('|')})$`;
}

/** One anchored alternation matching exactly the given names. */
export function exactNamesPattern(names: Iterable<string>): string {
  return `^(?:${[...new Set(names)].map(escapeRegExp).join('|')})$`;
}

/** Files of a selection: those given plus those of the tests given, in first-seen order. */
export function selectedFiles(selection: Selection | undefined): string[] {
  const files = new Set<string>(selection?.files ?? []);
  for (const test of selection?.tests ?? []) files.add(test.file);
  return [...files];
}
