// Lists an engine's containers (all states) in one shape, whether the CLI is docker's (one JSON object a line) or podman's (one JSON array).
import { getJson } from './api-get.js';
import { filtersQuery, socketFor } from './docker-socket.js';
import { EngineCommandError, runEngine, type ContainerEngine } from './engine.js';

/** `created`, `running`, `paused`, `restarting`, `removing`, `exited`, `dead` (podman adds a few). */
export type ContainerState = string;

export interface ContainerInfo {
  /** Full id (`--no-trunc`). */
  id: string;
  name: string;
  image: string;
  /** Creation time in ms since the epoch; docker's `ps` gives whole seconds only. */
  createdAt: number | undefined;
  labels: Record<string, string>;
  state: ContainerState;
  /** The engine's human status (`Up 3 seconds`, `Exited (0) 2 minutes ago`). */
  status: string;
  /** Known from podman's `ps`; docker's `ps` does not say (see inspectAutoRemove). */
  autoRemove: boolean | undefined;
}

export interface ListOptions {
  /** Passed as `--filter` each (`label=testwarden.run=abc`). */
  filters?: readonly string[];
  timeoutMs?: number;
}

/** Every container the engine knows (`ps -a`), running or not. */
export async function listContainers(
  engine: ContainerEngine,
  options: ListOptions = {},
): Promise<ContainerInfo[]> {
  const socket = await socketFor(engine);
  if (socket) {
    const filters = options.filters?.length ? `&filters=${filtersQuery(options.filters)}` : '';
    const answer = await getJson(
      socket,
      `/containers/json?all=1${filters}`,
      options.timeoutMs ?? 15_000,
    ).catch(() => undefined);
    if (Array.isArray(answer))
      return answer.map((r) => toContainerInfo(r as Record<string, unknown>));
  }
  const args = ['ps', '-a', '--no-trunc'];
  for (const filter of options.filters ?? []) args.push('--filter', filter);
  // podman's `{{json .}}` prints one pretty-printed array, not one object a line; ask for its native form.
  args.push('--format', engine.kind === 'podman' ? 'json' : '{{json .}}');
  const { stdout } = await runEngine(engine, args, { timeoutMs: options.timeoutMs ?? 15_000 });
  return parsePsOutput(stdout);
}

/** Parses `ps` output: a JSON array (podman) or one JSON object per line (docker). */
export function parsePsOutput(text: string): ContainerInfo[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  const records: unknown[] = trimmed.startsWith('[')
    ? (JSON.parse(trimmed) as unknown[])
    : trimmed
        .split('\n')
        .flatMap((line) => (line.trim() === '' ? [] : [JSON.parse(line) as unknown]));
  return records.map((record) => toContainerInfo(record as Record<string, unknown>));
}

function toContainerInfo(r: Record<string, unknown>): ContainerInfo {
  const status = str(r.Status);
  return {
    id: str(r.ID ?? r.Id),
    name: firstName(r.Names),
    image: str(r.Image),
    createdAt: parseCreated(r.Created ?? r.CreatedAt),
    labels: parseLabels(r.Labels),
    state: (str(r.State) || stateFromStatus(status)).toLowerCase(),
    status,
    autoRemove: typeof r.AutoRemove === 'boolean' ? r.AutoRemove : undefined,
  };
}

function str(value: unknown): string {
  return typeof value === 'string'
    ? value
    : value === undefined || value === null
      ? ''
      : String(value);
}

/** docker: `"a,b"` (links add more); podman: `["a"]`. The first is the container's own name. */
function firstName(names: unknown): string {
  // The API answers `["/name"]`.
  if (Array.isArray(names)) return str(names[0]).replace(/^\//, '');
  return str(names).split(',')[0] ?? '';
}

/**
 * docker: `"a=b,c=d"` (a value with a comma is ambiguous; a piece without `=` is taken as the
 * rest of the previous value); podman: an object. Exact labels come from `inspect`.
 */
export function parseLabels(labels: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (labels && typeof labels === 'object' && !Array.isArray(labels)) {
    for (const [k, v] of Object.entries(labels)) out[k] = str(v);
    return out;
  }
  let last: string | undefined;
  for (const piece of str(labels).split(',')) {
    if (piece === '') continue;
    const eq = piece.indexOf('=');
    if (eq < 0 && last !== undefined) {
      out[last] += `,${piece}`;
      continue;
    }
    last = eq < 0 ? piece : piece.slice(0, eq);
    out[last] = eq < 0 ? '' : piece.slice(eq + 1);
  }
  return out;
}

/** podman: unix seconds (number) or RFC 3339; docker `ps`: `2024-05-01 10:00:00 +0000 UTC`. */
export function parseCreated(value: unknown): number | undefined {
  if (typeof value === 'number') return value > 1e12 ? value : value * 1000;
  const text = str(value);
  const docker = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d(?:\.\d+)?) ([+-]\d\d)(\d\d)/.exec(text);
  const ms = docker
    ? Date.parse(`${docker[1]}T${docker[2]}${docker[3]}:${docker[4]}`)
    : Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}

/** For CLIs whose `{{json .}}` has no `State` (before docker 20.10). */
function stateFromStatus(status: string): ContainerState {
  if (status.startsWith('Up')) return status.includes('(Paused)') ? 'paused' : 'running';
  if (status.startsWith('Exited')) return 'exited';
  if (status.startsWith('Restarting')) return 'restarting';
  if (status.startsWith('Removal')) return 'removing';
  if (status.startsWith('Dead')) return 'dead';
  if (status.startsWith('Created')) return 'created';
  return 'unknown';
}

export interface ContainerDetails {
  id: string;
  name: string;
  /** Exact creation time (ms) from `inspect`. */
  createdAt: number | undefined;
  autoRemove: boolean;
  labels: Record<string, string>;
  state: ContainerState;
}

/**
 * `inspect` for exact facts `ps` lacks (docker: `--rm`, sub-second creation time). Ids that
 * are gone by now are left out (the engine prints the rest and exits non-zero).
 */
export async function inspectContainers(
  engine: ContainerEngine,
  ids: readonly string[],
): Promise<ContainerDetails[]> {
  if (ids.length === 0) return [];
  let stdout: string;
  try {
    ({ stdout } = await runEngine(engine, ['container', 'inspect', ...ids], { timeoutMs: 15_000 }));
  } catch (error) {
    if (!(error instanceof EngineCommandError) || error.timedOut) throw error;
    stdout = error.stdout;
  }
  const trimmed = stdout.trim();
  if (trimmed === '') return [];
  return (JSON.parse(trimmed) as Record<string, unknown>[]).map((r) => {
    const config = (r.Config ?? {}) as Record<string, unknown>;
    const hostConfig = (r.HostConfig ?? {}) as Record<string, unknown>;
    const state = (r.State ?? {}) as Record<string, unknown>;
    return {
      id: str(r.Id ?? r.ID),
      name: str(r.Name).replace(/^\//, ''),
      createdAt: parseCreated(r.Created),
      autoRemove: hostConfig.AutoRemove === true,
      labels: parseLabels(config.Labels ?? {}),
      state: str(state.Status).toLowerCase(),
    };
  });
}
