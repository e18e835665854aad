// `--isolation container`: the engine command that runs one unit inside a labelled container, the stop used on timeouts, and the image check.
import { createHash } from 'node:crypto';
import { UsageError, invalidOption } from '../errors.js';
import { EngineCommandError, forceRemoveArgs, runEngine, type ContainerEngine } from './engine.js';
import { ATTEMPT_LABEL, RUN_LABEL, UNIT_LABEL } from './container-tracking.js';
import { proveNamedContainer } from './container-proof.js';

/** Passed by name (`-e NAME`): the engine copies the value from its own environment, so no value is in argv. */
export const UNIT_ENV_NAMES: readonly string[] = [
  'TESTWARDEN',
  'TESTWARDEN_RUN_ID',
  'TESTWARDEN_UNIT',
  'TESTWARDEN_ATTEMPT',
  'TESTWARDEN_JUNIT',
];

export interface IsolationOptions {
  engine: ContainerEngine;
  runId: string;
  unitId: string;
  attempt: number;
  image: string;
  /** Mounted at the same path and used as the working directory. */
  cwd: string;
  program: string;
  args: readonly string[];
  /** `--container-memory`: bytes, or a number with b/k/m/g (`512m`, `2G`). Swap is capped to it too. */
  memory?: string | number;
  /** `--container-cpus`: a positive number (`0.5`, `2`). */
  cpus?: string | number;
  /** Environment names to pass through; default UNIT_ENV_NAMES. Values come from the client's env. */
  envNames?: readonly string[];
  /** More host paths (folders or existing files) mounted read-write at the same path: the unit's JUnit file. */
  mounts?: readonly string[];
  /**
   * Paths covered by an empty read-only tmpfs inside the container: the state dir when it lies inside
   * cwd, so the unit can neither read nor change the registry, heartbeat or checkpoint.
   */
  masks?: readonly string[];
  /** `--user`, e.g. `1001:1001` so files written to the mount are not root's. */
  user?: string;
}

export interface IsolatedCommand {
  /** The engine CLI; spawn it like any unit program, with the unit's env. */
  program: string;
  args: string[];
  /** The container's name, for stopContainer and the registry. */
  name: string;
}

/** `testwarden-<run>-<hash of unit and attempt>`: valid for both engines, unique per attempt. */
export function containerName(runId: string, unitId: string, attempt: number): string {
  const run = runId.replace(/[^a-zA-Z0-9_.-]/g, '-').slice(0, 40);
  const hash = createHash('sha256').update(`${unitId}\0${attempt}`).digest('hex').slice(0, 12);
  return `testwarden-${run}-${hash}`;
}

export function buildIsolatedCommand(o: IsolationOptions): IsolatedCommand {
  const name = containerName(o.runId, o.unitId, o.attempt);
  const args = ['run', '--rm', '--init', '--name', name];
  args.push('--label', `${RUN_LABEL}=${o.runId}`, '--label', `${UNIT_LABEL}=${o.unitId}`);
  args.push('--label', `${ATTEMPT_LABEL}=${o.attempt}`);
  for (const path of [o.cwd, ...(o.mounts ?? [])]) args.push('-v', `${path}:${path}`);
  // The engine mounts parents before children: the mask lies under the unit's own JUnit file.
  for (const path of o.masks ?? [])
    args.push('--mount', `type=tmpfs,${csvField(`target=${path}`)},readonly`);
  args.push('-w', o.cwd);
  if (o.memory !== undefined) {
    const memory = memoryArg(o.memory);
    args.push('--memory', memory, '--memory-swap', memory);
  }
  if (o.cpus !== undefined) args.push('--cpus', cpusArg(o.cpus));
  if (o.user !== undefined) args.push('--user', o.user);
  for (const env of o.envNames ?? UNIT_ENV_NAMES) args.push('-e', env);
  // Everything after the image is the unit's own argv, never read as engine options.
  args.push(o.image, o.program, ...o.args);
  return { program: o.engine.command, args, name };
}

/** `--mount` reads its value as CSV: a field holding a comma or quote is quoted. */
function csvField(field: string): string {
  return /[,"]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

function memoryArg(value: string | number): string {
  const text = String(value).trim();
  if (/^\d+(\.\d+)?[bkmg]?$/i.test(text) && Number.parseFloat(text) > 0) return text.toLowerCase();
  throw invalidOption('--container-memory', 'a size such as 512m, 2g or a number of bytes', value);
}

function cpusArg(value: string | number): string {
  const n = Number(value);
  if (Number.isFinite(n) && n > 0 && String(value).trim() !== '') return String(n);
  throw invalidOption('--container-cpus', 'a positive number such as 0.5 or 2', value);
}

/** Checks the image is there before any unit starts; a missing one is a configuration error. */
export async function ensureImage(engine: ContainerEngine, image: string): Promise<void> {
  try {
    await runEngine(engine, ['image', 'inspect', image], { timeoutMs: 15_000 });
  } catch (error) {
    const detail =
      error instanceof EngineCommandError ? error.stderr.trim() || error.message : String(error);
    throw new UsageError(
      `--container-image: ${engine.kind} has no image ${JSON.stringify(image)} (pull or build it before the run): ${detail}`,
      { cause: error },
    );
  }
}

/**
 * What an isolated unit's exit code means when the engine, not the unit, failed. docker and
 * podman share the convention: 125 the engine could not create or start the container, 126 the
 * command could not be run, 127 it was not found in the image. Other codes are the unit's own.
 */
export function describeEngineExit(
  engine: ContainerEngine,
  exitCode: number | null,
): string | undefined {
  switch (exitCode) {
    case 125:
      return `${engine.kind} could not start the unit's container (its error is in the unit log)`;
    case 126:
      return `the unit's command could not be run inside the container`;
    case 127:
      return `the unit's command was not found in the container image`;
    default:
      return undefined;
  }
}

export interface StopResult {
  /** It stopped within the grace period after SIGTERM. */
  graceful: boolean;
  /** It is gone (removed by us, or by `--rm`). */
  removed: boolean;
  error?: string;
  /** A container has the name but not the attempt's labels: it was left alone (why). */
  refused?: string;
}

/** Whose container it must be: the labels buildIsolatedCommand set. */
export interface IsolatedOwner {
  runId: string;
  unitId: string;
  attempt: number;
}

/**
 * Timeout or shutdown of an isolated unit: SIGTERM to the container's init, the grace period,
 * then `rm -f`. The name is resolved once to a full id that must carry the run's, unit's and
 * attempt's labels; every signal and removal then names that id, never the name.
 */
export async function stopContainer(
  engine: ContainerEngine,
  name: string,
  graceMs: number,
  owner: IsolatedOwner,
): Promise<StopResult> {
  const verdict = await proveNamedContainer(engine, name, {
    runId: owner.runId,
    labels: { [UNIT_LABEL]: owner.unitId, [ATTEMPT_LABEL]: String(owner.attempt) },
  });
  if (verdict.kind === 'gone') return { graceful: true, removed: true };
  if (verdict.kind === 'refused') return { graceful: false, removed: false, refused: verdict.why };
  const id = verdict.id;
  if ((await containerRunning(engine, id)) === 'gone') return { graceful: true, removed: true };
  try {
    await runEngine(engine, ['kill', '--signal', 'TERM', id], { timeoutMs: 10_000 });
  } catch {
    // Not running any more (or already gone): the checks below tell.
  }
  const deadline = Date.now() + graceMs;
  let interval = 10;
  let state = await containerRunning(engine, id);
  while (state === 'running' && Date.now() < deadline) {
    await new Promise((resolve) =>
      setTimeout(resolve, Math.min(interval, Math.max(1, deadline - Date.now()))),
    );
    interval = Math.min(interval * 2, 100);
    state = await containerRunning(engine, id);
  }
  const graceful = state !== 'running';
  if (state === 'gone') return { graceful, removed: true };
  let error: string | undefined;
  try {
    await runEngine(engine, forceRemoveArgs(engine, [id]), { timeoutMs: 30_000 });
  } catch (e) {
    error = e instanceof EngineCommandError ? e.stderr.trim() || e.message : String(e);
  }
  // `--rm` may already be removing it ("removal … already in progress"): wait for that, bounded.
  let removed = (await containerRunning(engine, id)) === 'gone';
  for (
    let wait = 10, until = Date.now() + 5000;
    !removed && Date.now() < until;
    wait = Math.min(wait * 2, 200)
  ) {
    await new Promise((resolve) => setTimeout(resolve, wait));
    removed = (await containerRunning(engine, id)) === 'gone';
  }
  return removed
    ? { graceful, removed }
    : { graceful, removed, error: error ?? 'still present after rm -f' };
}

async function containerRunning(
  engine: ContainerEngine,
  id: string,
): Promise<'running' | 'stopped' | 'gone'> {
  try {
    const { stdout } = await runEngine(
      engine,
      ['container', 'inspect', '--format', '{{.State.Running}}', id],
      {
        timeoutMs: 10_000,
      },
    );
    return stdout.trim() === 'true' ? 'running' : 'stopped';
  } catch (error) {
    if (
      error instanceof EngineCommandError &&
      !error.timedOut &&
      /no such|not found/i.test(error.stderr)
    ) {
      return 'gone';
    }
    throw error;
  }
}
