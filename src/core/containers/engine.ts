// Finds a container engine that answers (docker or podman) and runs its CLI without a shell, with timeouts and stderr kept for errors.
import { execFile } from 'node:child_process';
import { invalidOption } from '../errors.js';
import { scrubbedEnv } from '../plan/unit-env.js';
import { programProblem } from '../tracker/find-program.js';
import { dockerEndpoint } from './docker-endpoint.js';
import { getHeaders, getJson } from './api-get.js';

export type EngineKind = 'docker' | 'podman';

export const ENGINE_KINDS: readonly EngineKind[] = ['docker', 'podman'];

export interface ContainerEngine {
  kind: EngineKind;
  /** The CLI to run (found on PATH). */
  command: string;
  /** The server's version as the engine reports it (podman: the local engine's). */
  version: string;
  /**
   * docker: the API socket the CLI talks to, when the engine was found by asking it (the
   * socket the CLI's own rules choose); then nothing needs to check it again.
   */
  apiSocket?: string;
}

export interface EngineCommandOptions {
  /** Default 30 s; the CLI gets SIGKILL when it passes. */
  timeoutMs?: number;
  /** Environment of the CLI (default: this process's); docker reads DOCKER_HOST from it. */
  env?: NodeJS.ProcessEnv;
}

export interface EngineOutput {
  stdout: string;
  stderr: string;
}

/** An engine command failed: carries the argv, exit code, stderr and whether it timed out. */
export class EngineCommandError extends Error {
  override name = 'EngineCommandError';
  constructor(
    message: string,
    readonly command: string,
    readonly args: readonly string[],
    readonly exitCode: number | null,
    readonly stderr: string,
    readonly timedOut: boolean,
    /** What the command printed before failing (`inspect` prints the containers it found). */
    readonly stdout: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const DEFAULT_TIMEOUT_MS = 30_000;
const PROBE_TIMEOUT_MS = 3_000;

/** Runs `<command> <args>` and resolves with its output; rejects with EngineCommandError on failure. */
export function execEngine(
  command: string,
  args: readonly string[],
  options: EngineCommandOptions = {},
): Promise<EngineOutput> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return new Promise((resolve, reject) => {
    execFile(
      command,
      [...args],
      {
        env: scrubbedEnv(options.env ?? process.env),
        timeout: timeoutMs,
        killSignal: 'SIGKILL',
        maxBuffer: 64 * 1024 * 1024,
        encoding: 'utf8',
      },
      (error, stdout, stderr) => {
        if (!error) return resolve({ stdout, stderr });
        const timedOut = error.killed === true && error.signal === 'SIGKILL';
        const exitCode = typeof error.code === 'number' ? error.code : null;
        const detail = timedOut
          ? `timed out after ${timeoutMs} ms`
          : stderr.trim() || error.message;
        const message = `${command} ${args.join(' ')}: ${detail}`;
        reject(
          new EngineCommandError(message, command, args, exitCode, stderr, timedOut, stdout, {
            cause: error,
          }),
        );
      },
    );
  });
}

/** Runs an engine subcommand (`runEngine(engine, ['ps', '-a'])`). */
export function runEngine(
  engine: ContainerEngine,
  args: readonly string[],
  options: EngineCommandOptions = {},
): Promise<EngineOutput> {
  return execEngine(engine.command, args, options);
}

/**
 * `rm -f` that does not wait: docker kills at once, podman first sends SIGTERM and waits its
 * stop timeout (10 s) unless told `-t 0`. `-v` removes the container's anonymous volumes too.
 */
export function forceRemoveArgs(engine: ContainerEngine, ids: readonly string[]): string[] {
  return engine.kind === 'podman'
    ? ['rm', '-f', '-v', '-t', '0', ...ids]
    : ['rm', '-f', '-v', ...ids];
}

export type EngineProbe =
  { ok: true; engine: ContainerEngine } | { ok: false; kind: EngineKind; reason: string };

/**
 * Whether `kind` answers within the timeout. Docker is asked for its server version (the
 * client alone answers `version` without a daemon); podman has no server when local, so it
 * is asked `info`, which sets up its storage and runtime the way `run` would.
 */
export async function probeEngine(
  kind: EngineKind,
  options: EngineCommandOptions = {},
): Promise<EngineProbe> {
  if (kind === 'docker') {
    const direct = await probeDockerSocket(options);
    if (direct) return direct;
  }
  const attempts =
    kind === 'docker'
      ? [['version', '--format', '{{.Server.Version}}']]
      : [
          ['info', '--format', '{{.Version.Version}}'],
          ['version', '--format', '{{.Server.Version}}'],
        ];
  const timeoutMs = options.timeoutMs ?? PROBE_TIMEOUT_MS;
  let reason = '';
  for (const args of attempts) {
    try {
      const { stdout } = await execEngine(kind, args, { ...options, timeoutMs });
      const version = stdout.trim();
      if (version !== '' && !version.includes('<no value>')) {
        return { ok: true, engine: { kind, command: kind, version } };
      }
      reason = `${kind} ${args[0]} printed no version`;
    } catch (error) {
      reason = describeProbeError(kind, error);
    }
  }
  return { ok: false, kind, reason };
}

/**
 * docker through the API socket its CLI would use (a millisecond or two, where running the CLI
 * costs 0.1–0.3 s): when the CLI's rules name a unix socket and the CLI is installed. Undefined
 * when that cannot answer for the CLI, which is then asked itself (its answer and its errors
 * are the authoritative ones).
 */
async function probeDockerSocket(options: EngineCommandOptions): Promise<EngineProbe | undefined> {
  const env = options.env ?? process.env;
  const endpoint = dockerEndpoint(env);
  if (endpoint.kind !== 'socket') return undefined;
  // The engine's other commands (inspect, rm, run) still go through the CLI.
  if (programProblem('docker', env, process.cwd())?.endsWith('ENOENT'))
    return { ok: false, kind: 'docker', reason: 'docker is not installed (not on PATH)' };
  const timeoutMs = options.timeoutMs ?? PROBE_TIMEOUT_MS;
  const version =
    (await pingVersion(endpoint.path, timeoutMs)) ??
    (await getJson(endpoint.path, '/version', timeoutMs).then(
      (answer) => (answer as { Version?: unknown } | undefined)?.Version,
      () => undefined,
    ));
  if (typeof version !== 'string' || version === '') return undefined;
  return {
    ok: true,
    engine: { kind: 'docker', command: 'docker', version, apiSocket: endpoint.path },
  };
}

/**
 * The daemon's version from its answer to `/_ping`: dockerd names itself in the `Server` header
 * of every answer (`Docker/20.10.24 (linux)`, the version `/version` reports), and answers a
 * ping at once, where `/version` asks containerd and the kernel first (20–50 ms here, before
 * the first unit can start). Undefined when the header says otherwise (another daemon behind
 * the socket), and then `/version` is asked.
 */
async function pingVersion(socket: string, timeoutMs: number): Promise<string | undefined> {
  const headers = await getHeaders(socket, '/_ping', timeoutMs).catch(() => undefined);
  const server = headers?.server;
  return serverHeaderVersion(typeof server === 'string' ? server : undefined);
}

/** `Docker/<version> (<os>)` → the version; undefined for anything else. */
export function serverHeaderVersion(header: string | undefined): string | undefined {
  return header === undefined
    ? undefined
    : /^Docker\/([0-9][^\s()]*) \([^()]*\)$/.exec(header)?.[1];
}

function describeProbeError(kind: EngineKind, error: unknown): string {
  if (error instanceof EngineCommandError) {
    const cause = error.cause as NodeJS.ErrnoException | undefined;
    if (cause?.code === 'ENOENT') return `${kind} is not installed (not on PATH)`;
    return error.message;
  }
  return `${kind}: ${String(error)}`;
}

export interface DetectOptions extends EngineCommandOptions {
  /** `--container-engine`: only this engine is tried. */
  preferred?: EngineKind;
}

/**
 * The engine to use, or undefined when none answers. Without a preference docker is tried
 * first (it is what `DOCKER_HOST` points the docker CLI at), then podman.
 */
export async function detectEngine(
  options: DetectOptions = {},
): Promise<ContainerEngine | undefined> {
  const { engine } = await detectEngineWithReasons(options);
  return engine;
}

/** Like detectEngine, with why each engine tried did not answer (for `--containers track` errors). */
export async function detectEngineWithReasons(
  options: DetectOptions = {},
): Promise<{ engine: ContainerEngine | undefined; tried: EngineProbe[] }> {
  const order: readonly EngineKind[] = options.preferred ? [options.preferred] : ENGINE_KINDS;
  const tried: EngineProbe[] = [];
  for (const kind of order) {
    const probe = await probeEngine(kind, options);
    tried.push(probe);
    if (probe.ok) return { engine: probe.engine, tried };
  }
  return { engine: undefined, tried };
}

/** Validates `--container-engine`. */
export function parseEngineKind(value: string, option = '--container-engine'): EngineKind {
  if ((ENGINE_KINDS as readonly string[]).includes(value)) return value as EngineKind;
  throw invalidOption(option, 'docker or podman', value);
}
