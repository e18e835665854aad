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
import { readTimings, timingsMap, TIMINGS_FILE } from './timings.js';
import { scrubbedEnv } from './unit-env.js';

export interface UnitsPreview {
  /** Every unit found, in the order found (sorted ids for patterns, as printed for a list command). */
  found: Unit[];
  /** With a shard: this shard's units and how the suite was split. */
  shard?: { units: Unit[]; info: ShardInfo };
  warnings: string[];
}

/** The same checks as a run makes on the folder and the template, then discovery and the shard's split. */
export async function previewUnits(options: RunSuiteOptions): Promise<UnitsPreview> {
  const cwd = resolve(options.cwd);
  checkCwd(cwd);
  const env = options.env ?? process.env;
  const stateRoot = resolve(cwd, options.stateDir ?? DEFAULTS.stateDir);
  if (options.preset) {
    const preset = presetNamed(options.preset.name);
    return { found: [{ id: preset.name, file: preset.name }], warnings: [] };
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
  const history = readTimings(resolve(cwd, options.timingsFile ?? join(stateRoot, TIMINGS_FILE)));
  return {
    found,
    shard: planShard(found, options.shard, timingsMap(history.timings)),
    warnings: history.warnings,
  };
}
