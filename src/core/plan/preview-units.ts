// The units a run would get, without running anything or touching the state dir: for `testwarden config` and `run --dry-run`.
import { join, resolve } from 'node:path';
import { DEFAULTS, type RunSuiteOptions } from '../run-config.js';
import type { Unit } from '../types.js';
import { presetNamed } from '../frameworks/presets/index.js';
import { parseCommandTemplate } from './command-template.js';
import { discoverUnits } from './discover-units.js';
import { checkCwd, checkProgram } from './plan-run.js';
import { planShard } from './shard.js';
import type { ShardInfo } from '../types.js';
import { planPresetUnits } from './preset-units.js';
import { emptyTimings, readTimings, timingsMap, TIMINGS_FILE } from './timings.js';
import { scrubbedEnv } from './unit-env.js';

export interface UnitsPreview {
  /** Every unit found, in the order found (sorted ids for patterns, as printed for a list command). */
  found: Unit[];
  /** With a shard: this shard's units and how the suite was split. */
  shard?: { units: Unit[]; info: ShardInfo };
  /** With a preset and --batch or --shard: the units that would run, each with its files. */
  batches?: Unit[];
  warnings: string[];
}

/** The same checks as a run makes on the folder and the template, then discovery and the shard's split. */
export async function previewUnits(options: RunSuiteOptions): Promise<UnitsPreview> {
  const cwd = resolve(options.cwd);
  checkCwd(cwd);
  const env = options.env ?? process.env;
  const stateRoot = resolve(cwd, options.stateDir ?? DEFAULTS.stateDir);
  const timingsPath = resolve(cwd, options.timingsFile ?? join(stateRoot, TIMINGS_FILE));
  if (options.preset) {
    const preset = presetNamed(options.preset.name);
    const split = options.shard !== undefined || options.batch !== undefined;
    const history = split ? readTimings(timingsPath) : undefined;
    const planned = await planPresetUnits(
      preset,
      options,
      cwd,
      timingsMap(history?.timings ?? emptyTimings()),
    );
    if (!planned.discovered) return { found: planned.units, warnings: [] };
    const asUnits = (files: readonly string[]) => files.map((f) => ({ id: f, file: f }));
    return {
      found: asUnits(planned.discovered),
      ...(planned.shard
        ? { shard: { units: asUnits(planned.shard.files), info: planned.shard.info } }
        : {}),
      batches: planned.units,
      warnings: history?.warnings ?? [],
    };
  }
  const template = parseCommandTemplate(options.command, options.shell ?? false);
  if (options.isolation !== 'container') checkProgram(template, env, cwd);
  const found = await discoverUnits({
    cwd,
    patterns: options.patterns,
    listCommand: options.listCommand,
    ignore: [stateRoot],
    env: scrubbedEnv(env, options.passRuntimeEnv ?? false),
  });
  if (!options.shard) return { found, warnings: [] };
  const history = readTimings(timingsPath);
  return {
    found,
    shard: planShard(found, options.shard, timingsMap(history.timings)),
    warnings: history.warnings,
  };
}
