// The keys a profile in testwarden.toml may set: every `run` option, by its long name without the dashes, with the TOML type it takes.
import type { RawRunOptions } from '../plan/run-options.js';

/** `text`: a string (or, for values people write as numbers, a number); `flag`: true or false; `list`: strings. */
export type KeyKind = 'text' | 'number-or-text' | 'flag' | 'list';

/** `grace-period` → `gracePeriod`, as a type. */
type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;

/** Every key with its kind, in the order `testwarden config` prints them. */
const KINDS = {
  command: 'text',
  preset: 'text',
  batch: 'number-or-text',
  shell: 'flag',
  'list-command': 'text',
  patterns: 'list',
  cwd: 'text',
  jobs: 'number-or-text',
  timeout: 'number-or-text',
  'grace-period': 'number-or-text',
  retries: 'number-or-text',
  'fail-fast': 'flag',
  'max-failures': 'number-or-text',
  'state-dir': 'text',
  'allow-no-units': 'flag',
  leaks: 'text',
  tracking: 'text',
  'cgroup-sudo': 'flag',
  resume: 'flag',
  'memory-threshold': 'number-or-text',
  'cpu-threshold': 'number-or-text',
  'threshold-window': 'number-or-text',
  'max-memory-per-test': 'number-or-text',
  containers: 'text',
  'container-engine': 'text',
  isolation: 'text',
  'container-image': 'text',
  'container-memory': 'number-or-text',
  'container-cpus': 'number-or-text',
  shard: 'text',
  'report-json': 'text',
  junit: 'text',
  'report-html': 'text',
  'slow-timeout': 'number-or-text',
  'progress-interval': 'number-or-text',
  watchdog: 'flag',
  'heartbeat-timeout': 'number-or-text',
} as const satisfies Record<string, KeyKind>;

export type ConfigKey = keyof typeof KINDS;

/** Each key's run option (its name in camel case) and kind. */
export const CONFIG_KEYS = Object.fromEntries(
  Object.entries(KINDS).map(([name, kind]) => [
    name,
    { key: name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()), kind },
  ]),
) as { readonly [K in ConfigKey]: { key: CamelCase<K>; kind: (typeof KINDS)[K] } };

/** The keys that take true or false: on the command line `--<key>` and `--no-<key>`. */
export const FLAG_KEYS = (Object.keys(KINDS) as ConfigKey[]).filter((k) => KINDS[k] === 'flag');

/** A run option's key in the file (`gracePeriod` → `grace-period`). */
export function configKeyOf(key: keyof RawRunOptions): ConfigKey {
  const found = (Object.keys(CONFIG_KEYS) as ConfigKey[]).find((k) => CONFIG_KEYS[k].key === key);
  if (found === undefined) throw new Error(`no config key for ${key}`);
  return found;
}

// Fails to compile when a key names no run option, or RawRunOptions gains one the file cannot set.
type OptionOf = CamelCase<ConfigKey>;
const known: [Exclude<OptionOf, keyof RawRunOptions>] extends [never] ? true : never = true;
type Missing = Exclude<keyof RawRunOptions, OptionOf>;
const complete: [Missing] extends [never] ? true : Missing = true;
void known;
void complete;
