// Everything checked and decided before a unit runs: working directory, template, outputs, units, shard, state dir, tracking, engines; every problem is a UsageError.
import { accessSync, constants, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { join as shellJoin } from 'shlex';
import { buildIsolatedCommand, ensureImage } from '../containers/container-isolation.js';
import { detectEngineWithReasons, type ContainerEngine } from '../containers/engine.js';
import { UsageError } from '../errors.js';
import { checkOutputPaths, type OutputPath } from '../report/output-paths.js';
import { DEFAULTS, type Plan, type RunSuiteOptions } from '../run-config.js';
import { prepareStateDir } from '../state-dir.js';
import { lockStateDir } from '../state-lock.js';
import { newRunId, sealRunId } from '../tracker/run-id.js';
import { findReportersDir } from '../frameworks/reporters-dir.js';
import { presetNamed } from '../frameworks/presets/index.js';
import { detectCgroupSupport, type CgroupSupport } from '../tracker/cgroup-detect.js';
import { prepareDelegatedSubtree } from '../tracker/cgroup-setup.js';
import {
  parseCommandTemplate,
  PLACEHOLDERS,
  shellProgram,
  type CommandTemplate,
} from './command-template.js';
import { programProblem } from '../tracker/find-program.js';
import { discoverUnits } from './discover-units.js';
import { scrubbedEnv } from './unit-env.js';
import { planShard } from './shard.js';
import type { ShardInfo } from '../types.js';
import { emptyTimings, readTimings, timingsMap, TIMINGS_FILE } from './timings.js';
import { planPresetUnits } from './preset-units.js';
import type { Preset } from '../frameworks/preset.js';

export async function planRun(options: RunSuiteOptions): Promise<Plan> {
  const cwd = resolve(options.cwd);
  checkCwd(cwd);
  // Asked now and answered while the checks below run (when docker's CLI must be asked, that
  // takes 0.1–0.3 s); awaited before anything in the state dir changes.
  const engineChoice = chooseEngine(options);
  engineChoice.catch(() => undefined);
  const preset = options.preset
    ? presetRun(options.preset, cwd, options.env ?? process.env)
    : undefined;
  const template =
    preset?.template ?? parseCommandTemplate(options.command, options.shell ?? false);
  if (options.isolation !== 'container') checkProgram(template, options.env ?? process.env, cwd);
  const detected: CgroupSupport =
    options.tracking === 'process'
      ? { available: false, reason: 'not asked for' }
      : detectCgroupSupport();
  if (options.tracking === 'cgroup' && !detected.available && !options.cgroupSudo)
    throw cgroupRefused(detected);
  const engine = await engineChoice;
  const isolation = await chooseIsolation(options, engine);
  const stateRoot = resolve(cwd, options.stateDir ?? DEFAULTS.stateDir);
  const outputFolders = checkOutputPaths(outputPaths(cwd, options));
  const timingsFile = resolve(cwd, options.timingsFile ?? join(stateRoot, TIMINGS_FILE));
  const warnings: string[] = [];
  const infos: string[] = [];
  const history =
    options.shard || options.batch !== undefined ? readTimings(timingsFile) : undefined;
  if (history) warnings.push(...history.warnings);
  const durations = timingsMap(history?.timings ?? emptyTimings());
  const presetUnits = preset
    ? await planPresetUnits(preset.preset, options, cwd, durations)
    : undefined;
  const units =
    presetUnits?.units ??
    (await discoverUnits({
      cwd,
      patterns: options.patterns,
      listCommand: options.listCommand,
      ignore: [stateRoot],
      env: scrubbedEnv(options.env ?? process.env, options.passRuntimeEnv ?? false),
    }));
  const found = presetUnits?.discovered ?? units;
  if (found.length === 0 && !options.allowNoUnits) {
    const what = preset
      ? `--preset ${preset.preset.name}: the framework discovered no test file`
      : options.listCommand !== undefined
        ? `--list-command ${JSON.stringify(options.listCommand)} printed no unit`
        : `patterns ${JSON.stringify(options.patterns)} matched no file under ${cwd}`;
    throw new UsageError(`${what} (pass --allow-no-units if that is expected)`);
  }
  let shard: ShardInfo | undefined = presetUnits?.shard?.info;
  let planned = units;
  if (options.shard && !presetUnits) {
    ({ units: planned, info: shard } = planShard(units, options.shard, durations));
  }
  // Before anything in the state dir is changed: a live run there keeps its logs and results.
  const held = await lockStateDir(stateRoot);
  if (!held.locked)
    throw new UsageError(
      `--state-dir: another testwarden run or cleanup${held.pid ? ` (pid ${held.pid})` : ''} is using ${JSON.stringify(stateRoot)}; give this run its own state dir`,
    );
  let state;
  try {
    state = prepareStateDir(stateRoot, { fresh: !options.resume });
  } catch (error) {
    await held.lock.release();
    throw error;
  }
  // After the checks above: with --cgroup-sudo this changes the machine's cgroup tree.
  const cgroupSupport =
    detected.available || options.tracking === 'process'
      ? detected
      : await cgroupsFor(options, detected, { warnings, infos });
  if (options.tracking === 'cgroup' && !cgroupSupport.available) {
    await held.lock.release();
    throw cgroupRefused(cgroupSupport);
  }
  // Sealed to the state dir: only a cleanup of this folder acts on what carries the id.
  const runId =
    options.runId !== undefined ? sealRunId(state.root, options.runId) : newRunId(state.root);
  const tracking = cgroupSupport.available ? 'cgroup' : 'process';
  return {
    cwd,
    template,
    ...(preset
      ? {
          preset: {
            ...preset.plan,
            ...(presetUnits?.discovered ? { suiteFiles: presetUnits.discovered } : {}),
          },
        }
      : {}),
    units: planned,
    outputFolders,
    state,
    stateLock: held.lock,
    runId,
    tracking,
    cgroupSupport,
    engine,
    isolation,
    shard,
    timingsFile,
    warnings,
    infos,
  };
}

/** The report files the run writes at its end, resolved against the working directory. */
export function outputPaths(cwd: string, options: RunSuiteOptions): OutputPath[] {
  const named = [
    ['--report-json', options.reportJson],
    ['--junit', options.junit],
    ['--report-html', options.reportHtml],
  ] as const;
  return named.flatMap(([option, path]) =>
    path === undefined ? [] : [{ option, path: resolve(cwd, path) }],
  );
}

async function chooseIsolation(
  options: RunSuiteOptions,
  tracked: ContainerEngine | undefined,
): Promise<Plan['isolation']> {
  if (options.isolation !== 'container') {
    for (const [option, value] of [
      ['--container-image', options.containerImage],
      ['--container-memory', options.containerMemory],
      ['--container-cpus', options.containerCpus],
    ] as const) {
      if (value !== undefined) {
        throw new UsageError(
          `${option}: only used with --isolation container, got ${JSON.stringify(value)} with --isolation process`,
        );
      }
    }
    return undefined;
  }
  if (!options.containerImage) {
    throw new UsageError(
      '--container-image: expected an image to run units in with --isolation container, got none',
    );
  }
  const engine =
    tracked ??
    (
      await detectEngineWithReasons(
        options.containerEngine ? { preferred: options.containerEngine } : {},
      )
    ).engine;
  if (!engine) {
    throw new UsageError(
      '--isolation: expected a container engine (docker or podman) that answers for "container", found none',
    );
  }
  await ensureImage(engine, options.containerImage);
  // The limits are checked now, not when the first unit starts.
  buildIsolatedCommand({
    engine,
    runId: 'check',
    unitId: 'check',
    attempt: 1,
    image: options.containerImage,
    cwd: '/',
    program: 'true',
    args: [],
    ...(options.containerMemory !== undefined ? { memory: options.containerMemory } : {}),
    ...(options.containerCpus !== undefined ? { cpus: options.containerCpus } : {}),
  });
  return { engine, image: options.containerImage };
}

async function chooseEngine(options: RunSuiteOptions): Promise<ContainerEngine | undefined> {
  if (options.containers === 'off') return undefined;
  const { engine, tried } = await detectEngineWithReasons(
    options.containerEngine ? { preferred: options.containerEngine } : {},
  );
  if (!engine && options.containerEngine) {
    const why = tried.map((t) => (t.ok ? '' : `${t.kind}: ${t.reason}`)).join('; ');
    throw new UsageError(
      `--container-engine: expected an engine that answers, got ${JSON.stringify(options.containerEngine)} (${why})`,
    );
  }
  return engine;
}

export function checkCwd(cwd: string): void {
  try {
    if (!statSync(cwd).isDirectory()) throw new Error('not a directory');
    accessSync(cwd, constants.R_OK | constants.X_OK);
  } catch (error) {
    throw new UsageError(
      `--cwd: expected a readable directory, got ${JSON.stringify(cwd)} (${(error as Error).message})`,
      {
        cause: error,
      },
    );
  }
}

/** A program that cannot be found would fail every unit one by one: say it once, before any runs. */
export function checkProgram(template: CommandTemplate, env: NodeJS.ProcessEnv, cwd: string): void {
  if (template.shell) {
    const shell = shellProgram();
    if (programProblem(shell, env, cwd))
      throw new UsageError(
        `--shell: expected ${shell} to run the template (on Windows, Git for Windows' sh on Path), but it was not found`,
      );
    return;
  }
  const program = template.words[0];
  // `{file}` as the program (executable units) is only known per unit.
  if (program === undefined || PLACEHOLDERS.some((p) => program.includes(p))) return;
  const problem = programProblem(program, env, cwd);
  if (problem) {
    const where = /[\\/]/.test(program) ? `relative to ${cwd}` : 'on PATH';
    const why = problem.endsWith('EACCES')
      ? 'found, but not executable'
      : problem.includes('EINVAL')
        ? 'a batch file, which Windows runs only through a shell: use --shell or `cmd /d /s /c`'
        : `not found ${where}`;
    throw new UsageError(
      `--command: expected a program that can be run, got ${JSON.stringify(program)} (${why})`,
    );
  }
}

function cgroupRefused(support: CgroupSupport): UsageError {
  return new UsageError(
    `--tracking: expected auto or process on this machine (cgroup tracking is not available: ${support.reason}), got "cgroup"`,
  );
}

/**
 * Where this user may not create cgroups, with `cgroupSudo`: a subtree prepared through
 * passwordless sudo. A failed preparation is a warning when asked for (`true`), a note under
 * `auto`, which also leaves root alone (sudo gives root nothing); the run then tracks process
 * groups, unless `--tracking cgroup` insists.
 */
async function cgroupsFor(
  options: RunSuiteOptions,
  found: CgroupSupport,
  notes: { warnings: string[]; infos: string[] },
): Promise<CgroupSupport> {
  const mode = options.cgroupSudo;
  if (!mode || process.platform !== 'linux') return found;
  if (mode === 'auto' && process.getuid?.() === 0) return found;
  const say = (text: string) =>
    (mode === 'auto' ? notes.infos : notes.warnings).push(
      `--cgroup-sudo: ${text}; tracking process groups instead`,
    );
  try {
    const prepared = await prepareDelegatedSubtree({ sudo: true });
    if (!prepared.support.available)
      say(
        `the subtree ${prepared.path} was prepared but is not usable (${prepared.support.reason})`,
      );
    return prepared.support;
  } catch (error) {
    const why = `could not prepare a cgroup subtree (${(error as Error).message})`;
    say(why);
    return { ...found, reason: `${found.reason}; ${why}` };
  }
}

/**
 * --preset: the template is the whole suite's command, the framework's own with testwarden's
 * reporter injected (no placeholder, no unit path appended); a batch's attempts run the
 * preset's command for its files instead (preset-attempts.ts).
 */
function presetRun(
  chosen: NonNullable<RunSuiteOptions['preset']>,
  cwd: string,
  env: NodeJS.ProcessEnv,
): { template: CommandTemplate; preset: Preset; plan: NonNullable<Plan['preset']> } {
  const preset = presetNamed(chosen.name);
  const [invocation] = preset.commands(
    { cwd, env, reportersDir: findReportersDir() },
    undefined,
    chosen.args,
  );
  const words = invocation!.argv;
  return {
    template: { source: shellJoin(words), shell: false, words, hasPlaceholder: true },
    preset,
    plan: { name: preset.name, events: invocation!.events, env: invocation!.env },
  };
}
