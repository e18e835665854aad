// Validates raw option values (CLI flags or Action inputs, all strings) once, into the core's run options; errors name the option as the user wrote it.
import { UsageError, invalidOption } from '../errors.js';
import { presetNamed } from '../frameworks/presets/index.js';
import type { LeakPolicy, TrackingMode } from '../types.js';
import type { RunSuiteOptions } from '../run-config.js';
import { MAX_JOBS, MAX_RETRIES } from '../value-limits.js';
import { parseBatch } from './preset-batches.js';
import { parseShard } from './shard.js';
import {
  DURATION_FORM,
  isOff,
  parseDuration,
  parseInteger,
  parsePercent,
  parseSize,
  PERCENT_FORM,
  SIZE_FORM,
} from './units-of-measure.js';
import { usableCores } from './usable-cores.js';

export interface RawRunOptions {
  command?: string | undefined;
  preset?: string | undefined;
  batch?: string | undefined;
  shell?: boolean | undefined;
  listCommand?: string | undefined;
  cwd?: string | undefined;
  jobs?: string | undefined;
  timeout?: string | undefined;
  gracePeriod?: string | undefined;
  retries?: string | undefined;
  failFast?: boolean | undefined;
  maxFailures?: string | undefined;
  stateDir?: string | undefined;
  allowNoUnits?: boolean | undefined;
  leaks?: string | undefined;
  tracking?: string | undefined;
  cgroupSudo?: boolean | undefined;
  reportJson?: string | undefined;
  junit?: string | undefined;
  resume?: boolean | undefined;
  /** false from `--no-watchdog`. */
  watchdog?: boolean | undefined;
  heartbeatTimeout?: string | undefined;
  slowTimeout?: string | undefined;
  progressInterval?: string | undefined;
  memoryThreshold?: string | undefined;
  cpuThreshold?: string | undefined;
  thresholdWindow?: string | undefined;
  maxMemoryPerTest?: string | undefined;
  containers?: string | undefined;
  containerEngine?: string | undefined;
  shard?: string | undefined;
  reportHtml?: string | undefined;
  isolation?: string | undefined;
  containerImage?: string | undefined;
  containerMemory?: string | undefined;
  containerCpus?: string | undefined;
  patterns?: readonly string[] | undefined;
}

/** How an option is named to the user: `--grace-period` on the command line, `grace-period` in the Action. */
export type OptionNamer = (key: keyof RawRunOptions) => string;

export const cliName: OptionNamer = (key) =>
  key === 'patterns' ? 'patterns' : `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw invalidOption(name, `one of ${allowed.join(', ')}`, value);
}

/** Every check that needs no file system; the rest happens in planRun before anything runs. */
export function parseRunOptions(raw: RawRunOptions, name: OptionNamer = cliName): RunSuiteOptions {
  if (raw.preset !== undefined) return parsePresetOptions(raw, name);
  if (raw.batch !== undefined) {
    throw new UsageError(
      `${name('batch')}: only used with ${name('preset')} (without one every file is a unit already), got ${JSON.stringify(raw.batch)}`,
    );
  }
  if (raw.command === undefined || raw.command.trim() === '') {
    throw new UsageError(
      `${name('command')}: expected a command template such as "node --test {file}", got none`,
    );
  }
  const patterns = (raw.patterns ?? []).map((p) => p.trim()).filter((p) => p !== '');
  if (raw.listCommand !== undefined && patterns.length > 0) {
    throw new UsageError(
      `${name('listCommand')}: expected either patterns or a list command, got both (patterns ${JSON.stringify(patterns)})`,
    );
  }
  if (raw.failFast && raw.maxFailures !== undefined) {
    throw new UsageError(
      `${name('failFast')}: expected either it or ${name('maxFailures')}, got both`,
    );
  }
  const options: RunSuiteOptions = {
    cwd: raw.cwd ?? '.',
    patterns,
    command: raw.command,
    shell: raw.shell ?? false,
    jobs: raw.jobs === undefined ? 1 : parseJobs(name('jobs'), raw.jobs),
    timeoutMs: raw.timeout === undefined ? undefined : timeout(name('timeout'), raw.timeout),
    gracePeriodMs:
      raw.gracePeriod === undefined
        ? undefined
        : parseDuration(name('gracePeriod'), raw.gracePeriod),
    retries:
      raw.retries === undefined ? 0 : parseInteger(name('retries'), raw.retries, 0, MAX_RETRIES),
    allowNoUnits: raw.allowNoUnits ?? false,
    leaks:
      raw.leaks === undefined
        ? undefined
        : oneOf<LeakPolicy>(name('leaks'), raw.leaks, ['kill', 'fail', 'warn']),
    tracking:
      raw.tracking === undefined
        ? undefined
        : oneOf<TrackingMode>(name('tracking'), raw.tracking, ['auto', 'cgroup', 'process']),
  };
  if (raw.listCommand !== undefined) options.listCommand = raw.listCommand;
  if (raw.cgroupSudo) options.cgroupSudo = true;
  if (raw.resume) options.resume = true;
  if (raw.shard !== undefined) options.shard = parseShard(raw.shard, name('shard'));
  if (raw.isolation !== undefined)
    options.isolation = oneOf(name('isolation'), raw.isolation, ['process', 'container'] as const);
  if (raw.containerImage !== undefined)
    options.containerImage = nonEmpty(name('containerImage'), raw.containerImage);
  if (raw.containerMemory !== undefined) {
    parseSize(name('containerMemory'), raw.containerMemory);
    options.containerMemory = raw.containerMemory;
  }
  if (raw.containerCpus !== undefined) {
    const cpus = Number(raw.containerCpus);
    if (!/^\d+(\.\d+)?$/.test(raw.containerCpus.trim()) || !(cpus > 0)) {
      throw invalidOption(
        name('containerCpus'),
        'a number of CPUs above zero, such as 1.5',
        raw.containerCpus,
      );
    }
    options.containerCpus = raw.containerCpus.trim();
  }
  options.watchdog = raw.watchdog ?? true;
  if (raw.slowTimeout !== undefined)
    options.slowTimeoutMs = periodOrOff(name('slowTimeout'), raw.slowTimeout);
  if (raw.progressInterval !== undefined)
    options.progressIntervalMs = periodOrOff(name('progressInterval'), raw.progressInterval);
  if (raw.heartbeatTimeout !== undefined)
    options.heartbeatTimeoutMs = heartbeatTimeout(name('heartbeatTimeout'), raw.heartbeatTimeout);
  if (raw.memoryThreshold !== undefined)
    options.memoryThresholdPercent = percentOrOff(name('memoryThreshold'), raw.memoryThreshold);
  if (raw.cpuThreshold !== undefined) {
    const cpu = percentOrOff(name('cpuThreshold'), raw.cpuThreshold);
    if (cpu !== null) options.cpuThresholdPercent = cpu;
  }
  if (raw.thresholdWindow !== undefined)
    options.thresholdWindowMs = parseDuration(name('thresholdWindow'), raw.thresholdWindow);
  if (raw.maxMemoryPerTest !== undefined && !isOff(raw.maxMemoryPerTest))
    options.maxMemoryPerTestBytes = orOff(
      name('maxMemoryPerTest'),
      SIZE_FORM,
      raw.maxMemoryPerTest,
      () => parseSize(name('maxMemoryPerTest'), raw.maxMemoryPerTest!),
    );
  if (raw.containers !== undefined)
    options.containers = oneOf(name('containers'), raw.containers, [
      'track',
      'remove-unattributed',
      'off',
    ] as const);
  if (raw.containerEngine !== undefined)
    options.containerEngine = oneOf(name('containerEngine'), raw.containerEngine, [
      'docker',
      'podman',
    ] as const);
  if (raw.failFast) options.maxFailures = 1;
  if (raw.maxFailures !== undefined && !isOff(raw.maxFailures))
    options.maxFailures = orOff(name('maxFailures'), 'a whole number >= 1', raw.maxFailures, () =>
      parseInteger(name('maxFailures'), raw.maxFailures!, 1),
    );
  if (raw.stateDir !== undefined) options.stateDir = nonEmpty(name('stateDir'), raw.stateDir);
  if (raw.reportJson !== undefined)
    options.reportJson = nonEmpty(name('reportJson'), raw.reportJson);
  if (raw.junit !== undefined) options.junit = nonEmpty(name('junit'), raw.junit);
  if (raw.reportHtml !== undefined)
    options.reportHtml = nonEmpty(name('reportHtml'), raw.reportHtml);
  return options;
}

/** A per-attempt limit above zero, or `off` (Infinity: no limit). */
function timeout(name: string, value: string): number {
  if (isOff(value)) return Infinity;
  const ms = orOff(name, DURATION_FORM, value, () => parseDuration(name, value));
  if (ms <= 0) throw invalidOption(name, 'a duration above zero, or off', value);
  return ms;
}

/** A period above zero, or `off` (null). */
function periodOrOff(name: string, value: string): number | null {
  if (isOff(value)) return null;
  const ms = orOff(name, DURATION_FORM, value, () => parseDuration(name, value));
  if (ms <= 0) throw invalidOption(name, 'a duration above zero, or off', value);
  return ms;
}

/** A percentage, or `off` (null). */
function percentOrOff(name: string, value: string): number | null {
  if (isOff(value)) return null;
  return orOff(name, PERCENT_FORM, value, () => parsePercent(name, value));
}

/** Re-throws a parse error with `, or off` added to the expected form. */
function orOff<T>(name: string, form: string, value: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    throw invalidOption(name, `${form}, or off`, value);
  }
}

/**
 * How many units run at once: a number, \`auto\` (the usable cores: CPU affinity and the cgroup's
 * CPU quota), or a percentage of them (\`50%\`, at least 1).
 */
export function parseJobs(name: string, value: string, cores: () => number = usableCores): number {
  const text = value.trim().toLowerCase();
  if (text === 'auto') return Math.min(cores(), MAX_JOBS);
  const percent = /^(\d+(?:\.\d+)?)%$/.exec(text);
  if (percent) {
    const share = Number(percent[1]);
    if (share > 0 && share <= 100) return Math.max(1, Math.floor((cores() * share) / 100));
  } else if (/^\d+$/.test(text) && Number(text) >= 1 && Number(text) <= MAX_JOBS) {
    return Number(text);
  }
  throw invalidOption(name, JOBS_FORM, value);
}

export const JOBS_FORM = `a whole number from 1 to ${MAX_JOBS}, auto (the usable cores) or a share of them like 50%`;

/** At least 1 s: a shorter limit would take a busy moment (a long GC pause, a slow disk) for a hang. */
function heartbeatTimeout(name: string, value: string): number {
  const ms = parseDuration(name, value);
  if (ms < 1000) throw invalidOption(name, 'a duration of at least 1s', value);
  return ms;
}

function nonEmpty(name: string, value: string): string {
  if (value.trim() === '') throw invalidOption(name, 'a path', value);
  return value;
}

/**
 * `--preset NAME`: the framework runs as one unit with testwarden's reporter (or, with --batch
 * or --shard, as batches of its files); the positional arguments go to the framework. The other
 * options are read as for a command template.
 */
function parsePresetOptions(raw: RawRunOptions, name: OptionNamer): RunSuiteOptions {
  const preset = presetNamed(raw.preset!.trim(), name('preset'));
  for (const key of ['command', 'listCommand', 'shell'] as const) {
    if (raw[key] !== undefined && raw[key] !== false) {
      throw new UsageError(`${name(key)}: expected either it or ${name('preset')}, got both`);
    }
  }
  if (raw.isolation === 'container') {
    // The reporter writes its events into the state dir, which an isolated unit cannot see.
    throw new UsageError(
      `${name('isolation')}: expected process with ${name('preset')} (container isolation is not yet available for presets), got container`,
    );
  }
  const batch = raw.batch === undefined ? undefined : parseBatch(name('batch'), raw.batch);
  const args = [...(raw.patterns ?? [])];
  const options = parseRunOptions(
    { ...raw, preset: undefined, batch: undefined, command: preset.name, patterns: [] },
    name,
  );
  options.command = '';
  options.preset = { name: preset.name, args };
  if (batch !== undefined) options.batch = batch;
  return options;
}
