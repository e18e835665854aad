// The options of `run` and `config`: the profile (from --config, or the nearest testwarden.toml) under the command line's options.
import { resolve } from 'node:path';
import {
  CONFIG_FILE,
  findConfigFile,
  loadProfile,
  type LoadedProfile,
} from '../core/config/config-file.js';
import { resolveRunOptions, type ResolvedOptions } from '../core/config/resolve-options.js';
import { UsageError } from '../core/errors.js';
import { cliName, type RawRunOptions } from '../core/plan/run-options.js';

/** Which config file and profile to read: `file` false with --no-config. */
export interface ConfigSelection {
  profile?: string;
  file?: string | false;
}

export async function resolveForCli(
  given: RawRunOptions,
  selection: ConfigSelection,
): Promise<{ file: LoadedProfile | undefined; resolved: ResolvedOptions }> {
  const start = resolve(given.cwd ?? '.');
  if (selection.file === false && selection.profile !== undefined)
    throw new UsageError('--profile: expected a config file to read it from, got --no-config');
  const path =
    selection.file === false
      ? undefined
      : selection.file !== undefined
        ? resolve(selection.file)
        : findConfigFile(start);
  if (path === undefined && selection.profile !== undefined) {
    throw new UsageError(
      `--profile: expected a ${CONFIG_FILE} in ${start} or a folder above it up to the repository root, found none (got ${JSON.stringify(selection.profile)})`,
    );
  }
  // The TOML parser loads only when there is a file to read.
  const file =
    path === undefined
      ? undefined
      : loadProfile(path, selection.profile, await import('smol-toml'));
  return { file, resolved: resolveRunOptions(given, file, cliName, 'command line') };
}
