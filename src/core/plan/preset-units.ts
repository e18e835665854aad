// The units of a preset run: the whole suite as one unit, or with --batch / --shard the framework's own discovered files, this shard's part of them, cut into batches.
import type { Preset } from '../frameworks/preset.js';
import { findReportersDir } from '../frameworks/reporters-dir.js';
import type { RunSuiteOptions } from '../run-config.js';
import type { ShardInfo, Unit } from '../types.js';
import { planBatches } from './preset-batches.js';
import { pathArguments, pathArgumentsError } from './preset-path-args.js';
import { planShard } from './shard.js';

export interface PresetUnits {
  /** The units to run: one whole-suite unit, or the batches (of this shard). */
  units: Unit[];
  /** Every file the framework discovered (Go: packages); undefined when nothing was split. */
  discovered?: string[];
  /** With --shard: this shard's files and how the suite was split. */
  shard?: { files: string[]; info: ShardInfo };
  /** How the batches were balanced. */
  mode?: 'durations' | 'count';
}

/**
 * Without --batch and --shard, the framework runs the whole suite as one unit (its id is the
 * preset's name) and discovery is left to the framework itself. Otherwise the framework lists its
 * files, the shard takes its part (as --shard does with unit files: recorded durations, else a
 * hash of the file name) and the batches are cut from that part.
 */
export async function planPresetUnits(
  preset: Preset,
  options: RunSuiteOptions,
  cwd: string,
  durations: ReadonlyMap<string, number>,
): Promise<PresetUnits> {
  if (options.batch === undefined && options.shard === undefined)
    return { units: [{ id: preset.name, file: preset.name }] };
  const discovered = (
    await preset.discover(
      { cwd, env: options.env ?? process.env, reportersDir: findReportersDir() },
      options.preset?.args ?? [],
    )
  ).files;
  const paths = pathArguments(preset.name, options.preset?.args ?? [], cwd, discovered);
  if (paths.length > 0)
    throw pathArgumentsError(
      preset.name,
      options.batch !== undefined ? '--batch' : '--shard',
      paths,
    );
  let files = discovered;
  let shard: PresetUnits['shard'];
  if (options.shard) {
    const split = planShard(
      discovered.map((f) => ({ id: f, file: f })),
      options.shard,
      durations,
    );
    files = split.units.map((u) => u.id);
    shard = { files, info: split.info };
  }
  const batches = planBatches({
    preset: preset.name,
    files,
    size: options.batch,
    jobs: options.jobs ?? 1,
    durations,
    ...(options.shard ? { shard: options.shard } : {}),
  });
  return {
    units: batches.units,
    discovered,
    ...(shard ? { shard } : {}),
    mode: batches.mode,
  };
}
