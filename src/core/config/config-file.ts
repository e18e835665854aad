// testwarden.toml: found from a folder up to the repository root, parsed with smol-toml, checked with zod; a profile's values as raw run options.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type * as SmolToml from 'smol-toml';
import * as z from '../zod-mini.js';
import { UsageError } from '../errors.js';
import type { RawRunOptions } from '../plan/run-options.js';
import { CONFIG_KEYS, type ConfigKey, type KeyKind } from './config-keys.js';

export const CONFIG_FILE = 'testwarden.toml';
export const DEFAULT_PROFILE = 'default';

/** A profile read from the file: its values, and for each the key as written. */
export interface LoadedProfile {
  path: string;
  /** The profile asked for (`default` when none was). */
  profile: string;
  /** Where each value came from: `[profile.default]` or `[profile.<name>]`. */
  sources: Partial<Record<keyof RawRunOptions, string>>;
  values: RawRunOptions;
}

/**
 * The nearest testwarden.toml from `start` upwards; the search stops at the folder that holds
 * `.git` (the repository root), or at the file system's root outside a repository.
 */
export function findConfigFile(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (isFile(candidate)) return candidate;
    if (existsSync(join(dir, '.git'))) return undefined;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

const KIND_SCHEMA: Record<KeyKind, z.ZodMiniType> = {
  text: z.string(),
  'number-or-text': z.union([z.string(), z.number()]),
  flag: z.boolean(),
  list: z.array(z.string()),
};

const KIND_FORM: Record<KeyKind, string> = {
  text: 'a string',
  'number-or-text': 'a number or a string',
  flag: 'true or false',
  list: 'a list of strings, such as ["test/**/*.test.js"]',
};

const profileSchema = z.strictObject(
  Object.fromEntries(
    Object.entries(CONFIG_KEYS).map(([k, { kind }]) => [k, z.optional(KIND_SCHEMA[kind])]),
  ),
);
const fileSchema = z.strictObject({ profile: z.optional(z.record(z.string(), profileSchema)) });

/**
 * The TOML parser (smol-toml's module). Passed in rather than imported, so that a caller loads it
 * only when there is a file to read: the command line imports it then (`await import('smol-toml')`),
 * which keeps it out of a run without a config file.
 */
export type TomlParser = Pick<typeof SmolToml, 'parse' | 'TomlError'>;

/** Reads the file and the profile asked for (over `[profile.default]`); every problem is a UsageError naming the file and the key. */
export function loadProfile(
  path: string,
  wanted: string | undefined,
  toml: TomlParser,
): LoadedProfile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`${path}: cannot be read (${(error as Error).message})`, { cause: error });
  }
  let data: unknown;
  try {
    data = toml.parse(text);
  } catch (error) {
    const where =
      error instanceof toml.TomlError ? ` at line ${error.line}, column ${error.column}` : '';
    const why = (error as Error).message.split('\n')[0];
    throw new UsageError(`${path}: expected TOML, got a syntax error${where} (${why})`, {
      cause: error,
    });
  }
  const checked = fileSchema.safeParse(data);
  if (!checked.success) throw new UsageError(describeIssue(path, checked.error.issues[0]!, data));
  const profiles = (checked.data.profile ?? {}) as Record<string, Record<string, unknown>>;
  const name = wanted ?? DEFAULT_PROFILE;
  if (wanted !== undefined && !(wanted in profiles)) {
    const known = Object.keys(profiles).map((p) => `"${p}"`);
    throw new UsageError(
      `--profile: expected a profile of ${path} (${known.length > 0 ? known.join(', ') : 'it has none'}), got ${JSON.stringify(wanted)}`,
    );
  }
  const values: RawRunOptions = {};
  const sources: LoadedProfile['sources'] = {};
  const layers = name === DEFAULT_PROFILE ? [DEFAULT_PROFILE] : [DEFAULT_PROFILE, name];
  for (const layer of layers) {
    for (const [k, value] of Object.entries(profiles[layer] ?? {})) {
      if (value === undefined) continue;
      const { key } = CONFIG_KEYS[k as ConfigKey];
      const raw = typeof value === 'number' ? String(value) : value;
      // A relative cwd is the config file's folder's, wherever testwarden was started.
      (values as Record<string, unknown>)[key] =
        key === 'cwd' ? resolve(dirname(path), raw as string) : raw;
      sources[key] = `[profile.${layer}]`;
    }
  }
  return { path, profile: name, sources, values };
}

function describeIssue(path: string, issue: z.core.$ZodIssue, data: unknown): string {
  const [top, profile, key] = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    const where = profile === undefined ? '' : ` [profile.${profile}]`;
    const allowed =
      profile === undefined
        ? '[profile.<name>] tables'
        : `one of ${Object.keys(CONFIG_KEYS).join(', ')}`;
    return `${path}${where}: unknown key ${issue.keys.map((k) => JSON.stringify(k)).join(', ')} (expected ${allowed})`;
  }
  if (top === 'profile' && profile !== undefined && key !== undefined && key in CONFIG_KEYS) {
    const value = (data as Record<string, Record<string, Record<string, unknown>>>).profile?.[
      profile
    ]?.[key];
    return `${path} [profile.${profile}] ${key}: expected ${KIND_FORM[CONFIG_KEYS[key as ConfigKey].kind]}, got ${JSON.stringify(value)}`;
  }
  const where = issue.path.length > 0 ? ` ${issue.path.join('.')}` : '';
  return `${path}${where}: expected ${top === 'profile' ? 'a [profile.<name>] table' : 'only [profile.<name>] tables'} (${issue.message})`;
}
