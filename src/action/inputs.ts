// Reads and validates the Action's inputs once; a bad value fails the step with a message naming the input, the expected form and the value.
import { getInput, getMultilineInput } from '@actions/core';
import { split } from 'shlex';
// Loaded with the inputs: they are read synchronously, and the step pays for it once per job.
import * as toml from 'smol-toml';
import { UsageError, invalidOption } from '../core/errors.js';
import { resolve } from 'node:path';
import {
  CONFIG_FILE,
  findConfigFile,
  loadProfile,
  type LoadedProfile,
} from '../core/config/config-file.js';
import { resolveRunOptions } from '../core/config/resolve-options.js';
import { type OptionNamer, type RawRunOptions } from '../core/plan/run-options.js';
import type { RunSuiteOptions } from '../core/run-config.js';
import { Input } from './constants.js';

export type ResumeMode = 'auto' | 'always' | 'never';

export interface ActionInputs {
  /** The core's run options, without what the adapter decides (state dir, resume, sync, reporters). */
  run: RunSuiteOptions;
  resume: ResumeMode;
  /** As given (the default is filled in by the runner from action.yml). */
  checkpointKey: string;
  /** What identifies the suite within a job: hashed into the checkpoint key. */
  suite: SuiteIdentity;
  summary: boolean;
  timings: TimingsInputs;
}

/** Where the durations history lives in the Actions cache (docs/sharding.md). */
export interface TimingsInputs {
  /** Names the suite's history: the same for every shard and for the merge job. */
  key: string;
  /** The repository's default branch, whose history a new branch starts from ('' if unknown). */
  defaultBranch: string;
}

export interface SuiteIdentity {
  command: string;
  shell: boolean;
  tests: readonly string[];
  listCommand: string;
  workingDirectory: string;
  shard: string;
  /** With the preset input: the framework and its arguments. */
  preset?: { name: string; args: readonly string[] };
  /** With the preset input: `batch` (input or profile), which names the units a checkpoint records. */
  batch?: number | 'auto';
}

/** Core option keys as the Action names them; anything else is its kebab-case form. */
const INPUT_FOR: Partial<Record<keyof RawRunOptions, string>> = {
  cwd: Input.workingDirectory,
  patterns: Input.tests,
  stateDir: 'the state dir',
};

export const inputName: OptionNamer = (key) =>
  INPUT_FOR[key] ?? key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** `core.getBooleanInput` with this project's message: the input, the expected form, the value. */
export function readBoolean(name: string): boolean {
  const value = getInput(name);
  if (/^true$/i.test(value)) return true;
  if (/^false$/i.test(value) || value === '') return false;
  throw invalidOption(name, 'true or false', value);
}

export function readOptional(name: string): string | undefined {
  const value = getInput(name);
  return value === '' ? undefined : value;
}

/** One of `allowed`; an empty input is `fallback` when one is given (an input action.yml may lack). */
function readOneOf<T extends string>(name: string, allowed: readonly T[], fallback?: T): T {
  const value = getInput(name) || (fallback ?? '');
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw invalidOption(name, `one of ${allowed.join(', ')}`, value);
}

/** true, false, or undefined when empty (a profile's value, else the core's default, applies). */
function readOptionalBoolean(name: string): boolean | undefined {
  return getInput(name) === '' ? undefined : readBoolean(name);
}

/** A required input: `expected` says what it should be when it is empty. */
function readRequired(name: string, expected: string): string {
  const value = getInput(name);
  if (value === '') throw invalidOption(name, expected, value);
  return value;
}

/**
 * `cgroup-sudo`: `true`, `false`, or `auto` (also when empty): on GitHub-hosted runners only,
 * whose VM is thrown away after the job, so moving the step's process into a new cgroup subtree
 * changes nothing that outlives it. Pointless with `tracking: process`.
 */
function readCgroupSudo(run: RunSuiteOptions): boolean | 'auto' {
  const value = readOneOf(Input.cgroupSudo, ['auto', 'true', 'false'], 'auto');
  if (run.tracking === 'process' || value === 'false') return false;
  if (value === 'true') return true;
  return process.env['RUNNER_ENVIRONMENT'] === 'github-hosted' ? 'auto' : false;
}

/**
 * `containers`: `auto` (also when empty) is `remove-unattributed` on GitHub-hosted runners, whose
 * VM belongs to the job alone, so a container that appeared while a unit ran is the job's; on
 * any other runner it is `track`, which leaves such containers alone. Other values are checked
 * with the run options.
 */
function readContainers(): string | undefined {
  const value = readOneOf(
    Input.containers,
    ['auto', 'track', 'remove-unattributed', 'off'],
    'auto',
  );
  if (value !== 'auto') return value;
  return getInput(Input.containers) === '' ? undefined : autoContainers();
}

function autoContainers(): 'track' | 'remove-unattributed' {
  return process.env['RUNNER_ENVIRONMENT'] === 'github-hosted' ? 'remove-unattributed' : 'track';
}

/** testwarden.toml from working-directory up to the repository root, and the profile input asks for. */
function readProfile(given: RawRunOptions): LoadedProfile | undefined {
  const profile = readOptional(Input.profile);
  const start = resolve(given.cwd ?? '.');
  const path = findConfigFile(start);
  if (path === undefined) {
    if (profile === undefined) return undefined;
    throw new UsageError(
      `${Input.profile}: expected a ${CONFIG_FILE} in ${start} or a folder above it up to the repository root, found none (got ${JSON.stringify(profile)})`,
    );
  }
  try {
    return loadProfile(path, profile, toml);
  } catch (error) {
    // The file's own problems name the file; an unknown profile names the input.
    if (error instanceof UsageError && error.message.startsWith('--profile:'))
      throw new UsageError(error.message.replace('--profile:', `${Input.profile}:`), {
        cause: error,
      });
    throw error;
  }
}

/** Reads every input from the step's environment (INPUT_*); throws a UsageError naming the input. */
export function readInputs(): ActionInputs {
  const preset = readOptional(Input.preset);
  const presetArgs = readPresetArgs(preset);
  const tests = getMultilineInput(Input.tests);
  const listCommand = readOptional(Input.listCommand);
  if (preset !== undefined && tests.length > 0) {
    throw new UsageError(
      `${Input.tests}: expected either it or ${Input.preset} (the framework discovers its own tests; give its arguments in ${Input.presetArgs}), got both`,
    );
  }
  const containers = readContainers();
  const given: RawRunOptions = {
    preset,
    batch: readOptional(Input.batch),
    command: readOptional(Input.command),
    shell: readOptionalBoolean(Input.shell),
    listCommand,
    cwd: readOptional(Input.workingDirectory),
    jobs: readOptional(Input.jobs),
    timeout: readOptional(Input.timeout),
    gracePeriod: readOptional(Input.gracePeriod),
    retries: readOptional(Input.retries),
    failFast: readOptionalBoolean(Input.failFast),
    maxFailures: readOptional(Input.maxFailures),
    allowNoUnits: readOptionalBoolean(Input.allowNoUnits),
    leaks: readOptional(Input.leaks),
    tracking: readOptional(Input.tracking),
    reportJson: readOptional(Input.reportJson),
    reportHtml: readOptional(Input.reportHtml),
    junit: readOptional(Input.junit),
    watchdog: readOptionalBoolean(Input.watchdog),
    heartbeatTimeout: readOptional(Input.heartbeatTimeout),
    slowTimeout: readOptional(Input.slowTimeout),
    progressInterval: readOptional(Input.progressInterval),
    memoryThreshold: readOptional(Input.memoryThreshold),
    cpuThreshold: readOptional(Input.cpuThreshold),
    thresholdWindow: readOptional(Input.thresholdWindow),
    maxMemoryPerTest: readOptional(Input.maxMemoryPerTest),
    containers,
    containerEngine: readOptional(Input.containerEngine),
    shard: readOptional(Input.shard),
    isolation: readOptional(Input.isolation),
    containerImage: readOptional(Input.containerImage),
    containerMemory: readOptional(Input.containerMemory),
    containerCpus: readOptional(Input.containerCpus),
    patterns: preset === undefined ? tests : presetArgs,
  };
  const { raw, options: run } = resolveRunOptions(given, readProfile(given), inputName, 'input');
  if (
    raw.preset === undefined &&
    (raw.patterns ?? []).length === 0 &&
    raw.listCommand === undefined &&
    (raw.command ?? '') !== ''
  ) {
    throw new UsageError(
      `${Input.tests}: expected glob patterns, one per line (or set ${Input.listCommand}), got none`,
    );
  }
  // `auto` (an input left empty, and no profile value): decided by the kind of runner.
  if (raw.containers === undefined) run.containers = autoContainers();
  const resume = readOneOf<ResumeMode>(Input.resume, ['auto', 'always', 'never']);
  const checkpointKey = readRequired(
    Input.checkpointKey,
    'a name for this suite\'s checkpoints, such as "unit-linux"',
  );
  run.passRuntimeEnv = readBoolean(Input.passRuntimeEnv);
  const cgroupSudo = readCgroupSudo(run);
  if (cgroupSudo) run.cgroupSudo = cgroupSudo;
  // Each shard's durations would overwrite the others'; the history is left to a merge of the shards.
  if (run.shard) run.updateTimings = false;
  return {
    run,
    resume,
    checkpointKey,
    suite: {
      command: run.command,
      shell: run.shell ?? false,
      tests: run.patterns,
      listCommand: run.listCommand ?? '',
      workingDirectory: raw.cwd ?? '.',
      shard: raw.shard ?? '',
      ...(run.preset !== undefined ? { preset: run.preset } : {}),
      ...(run.batch !== undefined ? { batch: run.batch } : {}),
    },
    summary: getInput(Input.summary) === '' ? true : readBoolean(Input.summary),
    timings: readTimingsInputs(),
  };
}

/** `preset-args` split like a POSIX shell splits words; only with `preset`. */
function readPresetArgs(preset: string | undefined): string[] {
  const value = getInput(Input.presetArgs);
  if (value.trim() === '') return [];
  if (preset === undefined) {
    throw new UsageError(
      `${Input.presetArgs}: only used with ${Input.preset}, got ${JSON.stringify(value)} without it`,
    );
  }
  try {
    return split(value);
  } catch {
    throw invalidOption(Input.presetArgs, 'arguments with balanced quotes', value);
  }
}

export function readTimingsInputs(): TimingsInputs {
  const key = readRequired(
    Input.timingsKey,
    "a name for this suite's durations history, such as the id of the job that runs the shards",
  );
  return { key, defaultBranch: getInput(Input.defaultBranch) };
}
