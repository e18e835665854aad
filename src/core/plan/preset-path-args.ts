// With --batch or --shard, the arguments after `--` that name test files or folders: every batch's command gets them, so each batch would run them beside its own files.
import { isAbsolute, relative } from 'node:path';
import { UsageError } from '../errors.js';
import type { PresetName } from '../frameworks/preset.js';

/** Glob characters: node --test expands its own file arguments. */
const GLOB = /[*?[\]{}]/;

/**
 * The arguments that select tests by path: a discovered file (pytest: with a `::` node id, Vitest:
 * with a `:line`), a folder holding one, `.`; Go: a package path or pattern; node: a glob too.
 * An option's value written apart (`--rootDir src`) looks the same as a path: written
 * `--rootDir=src` it is not one. Mocha is never asked: a batch's configuration leaves the paths
 * given after `--` out (they only narrow what `--dry-run` finds), see presets/mocha.ts.
 */
export function pathArguments(
  preset: PresetName,
  args: readonly string[],
  cwd: string,
  discovered: readonly string[],
): string[] {
  if (preset === 'mocha') return [];
  const files = new Set(discovered);
  const isTestPath = (arg: string): boolean => {
    if (arg === '') return false;
    let path = isAbsolute(arg) ? relative(cwd, arg) : arg;
    path = path.split('\\').join('/');
    if (preset === 'pytest') path = path.split('::')[0]!;
    if (preset === 'vitest') path = path.replace(/:\d+$/, '');
    path = path.replace(/^(?:\.\/)+/, '').replace(/\/+$/, '');
    if (path === '' || path === '.') return true;
    if (files.has(path) || discovered.some((f) => f.startsWith(`${path}/`))) return true;
    if (preset === 'go') return /^\.\.?(?:\/|$)/.test(arg) || arg.includes('...') || files.has(arg);
    return preset === 'node' && GLOB.test(arg);
  };
  return args.filter((arg) => !arg.startsWith('-') && isTestPath(arg));
}

/** The usage error for paths after `--` with --batch or --shard. */
export function pathArgumentsError(
  preset: PresetName,
  option: '--batch' | '--shard',
  paths: readonly string[],
): UsageError {
  return new UsageError(
    `${option}: expected no test paths after -- with --preset ${preset} (each batch runs only its own files; a path given after -- would run in every batch beside them), got ${paths.map((p) => JSON.stringify(p)).join(', ')}. Choose the files in the framework's configuration, or run without ${option}; an option's value that looks like a path is taken as one unless written --option=value`,
  );
}
