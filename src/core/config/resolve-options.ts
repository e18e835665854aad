// The run options from a profile and from the command line or the Action's inputs, the latter winning; validated once by parseRunOptions, every error naming where the value came from.
import type { RunSuiteOptions } from '../run-config.js';
import { parseRunOptions, type OptionNamer, type RawRunOptions } from '../plan/run-options.js';
import { configKeyOf } from './config-keys.js';
import type { LoadedProfile } from './config-file.js';

export interface ResolvedOptions {
  options: RunSuiteOptions;
  /** The values as given, the command line's over the profile's. */
  raw: RawRunOptions;
  /** For each value given: `command line` (or `input`), or `<file> [profile.<name>]`. */
  sources: Partial<Record<keyof RawRunOptions, string>>;
}

/**
 * Options that replace one another: a command line that picks how units are found, what runs
 * them or when to stop drops the profile's other choice of the same kind, instead of clashing.
 */
const REPLACES: readonly (readonly (keyof RawRunOptions)[])[] = [
  ['patterns', 'listCommand'],
  ['command', 'preset'],
  ['failFast', 'maxFailures'],
];

export function resolveRunOptions(
  given: RawRunOptions,
  profile: LoadedProfile | undefined,
  givenName: OptionNamer,
  givenSource: string,
): ResolvedOptions {
  const fromProfile: RawRunOptions = { ...(profile?.values ?? {}) };
  const isGiven = (k: keyof RawRunOptions) =>
    given[k] !== undefined && !(k === 'patterns' && (given.patterns ?? []).length === 0);
  for (const group of REPLACES) {
    if (group.some(isGiven)) for (const k of group) delete fromProfile[k];
  }
  // A preset on the command line leaves the profile's template options out.
  if (isGiven('preset'))
    for (const k of ['shell', 'listCommand', 'patterns'] as const) delete fromProfile[k];
  // So does a command: the profile's batches were for its preset.
  if (isGiven('command')) delete fromProfile.batch;
  const raw: RawRunOptions = { ...fromProfile };
  const sources: ResolvedOptions['sources'] = {};
  for (const k of Object.keys(fromProfile) as (keyof RawRunOptions)[])
    sources[k] = `${profile!.path} ${profile!.sources[k]}`;
  for (const k of Object.keys(given) as (keyof RawRunOptions)[]) {
    if (!isGiven(k)) continue;
    (raw as Record<string, unknown>)[k] = given[k];
    sources[k] = givenSource;
  }
  const name: OptionNamer = (k) =>
    sources[k] !== undefined && sources[k] !== givenSource
      ? `${sources[k]} ${configKeyOf(k)}`
      : givenName(k);
  return { options: parseRunOptions(raw, name), raw, sources };
}
