// Finds the containers a unit left (new since a snapshot, or carrying the run's labels), attributes them to units by time, and removes them by id.
import type { ContainerLeak } from '../types.js';
import {
  inspectContainers,
  listContainers,
  type ContainerDetails,
  type ContainerInfo,
} from './container-list.js';
import { EngineCommandError, forceRemoveArgs, runEngine, type ContainerEngine } from './engine.js';

export const RUN_LABEL = 'testwarden.run';
export const UNIT_LABEL = 'testwarden.unit';
export const ATTEMPT_LABEL = 'testwarden.attempt';

export interface ContainerSnapshot {
  takenAt: number;
  ids: ReadonlySet<string>;
}

/** The engine's containers before a unit starts (about 20 ms with docker). */
export async function snapshotContainers(engine: ContainerEngine): Promise<ContainerSnapshot> {
  const takenAt = Date.now();
  const containers = await listContainers(engine);
  return { takenAt, ids: new Set(containers.map((c) => c.id)) };
}

export type FoundBy = 'new' | 'label';

export interface FoundContainer extends ContainerInfo {
  /** How it was found: created since the snapshot, and/or labelled with the run (and unit). */
  foundBy: FoundBy[];
}

export interface UnitContainerQuery {
  /** Taken before the unit started; anything not in it is new. */
  before?: ContainerSnapshot;
  /** Also containers labelled `testwarden.run=<runId>` (and `testwarden.unit=<unitId>` when given). */
  runId?: string;
  unitId?: string;
}

/**
 * Containers a unit left behind. Leaks: every container new since the snapshot or carrying the
 * labels, in any state but two: `removing` (the engine is already deleting it) and a stopped
 * container started with `--rm` (the engine deletes it). An exited container started without
 * `--rm` is a leak too: it holds its name, disk and volumes, and the next run's
 * `docker run --name` fails on it. `inspect` supplies `--rm` and the exact creation time.
 */
export async function findUnitContainers(
  engine: ContainerEngine,
  query: UnitContainerQuery,
): Promise<FoundContainer[]> {
  const { before, runId, unitId } = query;
  // `ps` labels are only a first cut (docker joins them with commas); `inspect` gives them exactly.
  const candidates = (await listContainers(engine)).filter(
    (c) =>
      (before && !before.ids.has(c.id)) || (runId !== undefined && c.labels[RUN_LABEL] === runId),
  );
  if (candidates.length === 0) return [];
  const details = new Map<string, ContainerDetails>();
  for (const d of await inspectContainers(
    engine,
    candidates.map((c) => c.id),
  ))
    details.set(d.id, d);
  const leaks: FoundContainer[] = [];
  for (const c of candidates) {
    const d = details.get(c.id);
    if (!d) continue; // Gone between `ps` and `inspect`: nothing left to remove.
    // Another unit's (or another run's) isolation container is never this unit's leak.
    if (belongsElsewhere(d.labels, runId, unitId)) continue;
    const foundBy: FoundBy[] = [];
    if (before && !before.ids.has(c.id)) foundBy.push('new');
    if (runId !== undefined && hasRunLabels(d.labels, runId, unitId)) foundBy.push('label');
    const merged: FoundContainer = {
      ...c,
      createdAt: d.createdAt ?? c.createdAt,
      labels: d.labels,
      state: d.state || c.state,
      autoRemove: d.autoRemove,
      foundBy,
    };
    if (foundBy.length > 0 && isLeftBehind(merged)) leaks.push(merged);
  }
  return leaks;
}

function belongsElsewhere(
  labels: Record<string, string>,
  runId?: string,
  unitId?: string,
): boolean {
  const run = labels[RUN_LABEL];
  if (run === undefined || runId === undefined) return false;
  return run !== runId || (unitId !== undefined && labels[UNIT_LABEL] !== unitId);
}

function hasRunLabels(
  labels: Record<string, string>,
  runId: string,
  unitId: string | undefined,
): boolean {
  return labels[RUN_LABEL] === runId && (unitId === undefined || labels[UNIT_LABEL] === unitId);
}

/** The leak rule above, for one container whose `autoRemove` is known or assumed false. */
export function isLeftBehind(c: Pick<ContainerInfo, 'state' | 'autoRemove'>): boolean {
  if (c.state === 'removing') return false;
  const live =
    c.state === 'running' ||
    c.state === 'created' ||
    c.state === 'paused' ||
    c.state === 'restarting';
  return live || c.autoRemove !== true;
}

/** Containers labelled with a run (any unit), for `cleanup`, the post step and the watchdog. */
export async function findRunContainers(
  engine: ContainerEngine,
  runId: string,
): Promise<ContainerInfo[]> {
  return listContainers(engine, { filters: [`label=${RUN_LABEL}=${runId}`] });
}

export interface UnitWindow {
  unitId: string;
  /** ms since the epoch, when the unit's snapshot was taken. */
  start: number;
  /** ms since the epoch when it ended; undefined while it still runs. */
  end?: number;
}

export interface Attribution<C> {
  container: C;
  /** Unit ids whose window holds the creation time: one is certain, several means overlap. */
  candidates: string[];
}

/**
 * With several units running at once a snapshot diff cannot tell whose a container is. The
 * `testwarden.unit` label decides when present; otherwise every unit whose time window
 * (widened by `slackMs` for clock granularity) holds the creation time is a candidate.
 */
export function attributeContainers<C extends Pick<ContainerInfo, 'createdAt' | 'labels'>>(
  containers: readonly C[],
  windows: readonly UnitWindow[],
  slackMs = 1000,
): Attribution<C>[] {
  return containers.map((container) => {
    const labelled = container.labels[UNIT_LABEL];
    if (labelled !== undefined && windows.some((w) => w.unitId === labelled)) {
      return { container, candidates: [labelled] };
    }
    const at = container.createdAt;
    const candidates = windows
      .filter(
        (w) => at === undefined || (at >= w.start - slackMs && at <= (w.end ?? Infinity) + slackMs),
      )
      .map((w) => w.unitId);
    return { container, candidates: [...new Set(candidates)] };
  });
}

export type RemovedContainer = ContainerLeak & { error?: string };

/**
 * `rm -f -v` the given containers in one call (anonymous volumes go too), then checks with
 * `ps` which are really gone. A container already gone counts as removed.
 */
export async function removeContainers(
  engine: ContainerEngine,
  containers: readonly { id: string; name?: string }[],
  options: { timeoutMs?: number } = {},
): Promise<RemovedContainer[]> {
  if (containers.length === 0) return [];
  const ids = containers.map((c) => c.id);
  let stderr = '';
  try {
    await runEngine(engine, forceRemoveArgs(engine, ids), {
      timeoutMs: options.timeoutMs ?? 60_000,
    });
  } catch (error) {
    stderr = error instanceof EngineCommandError ? error.stderr || error.message : String(error);
  }
  const left = await stillPresent(engine, ids);
  return containers.map(({ id, name }) => {
    const present = left.get(id);
    const base = { kind: 'container' as const, id, name: name ?? present?.name ?? '' };
    if (!present) return { ...base, action: 'removed' };
    const line = stderr.split('\n').find((l) => l.includes(id) || (name && l.includes(name)));
    return {
      ...base,
      action: 'remove-failed',
      error: (line ?? stderr).trim() || `still ${present.state}`,
    };
  });
}

/** Which of the ids still exist, waiting (bounded) for those the engine is still removing. */
async function stillPresent(
  engine: ContainerEngine,
  ids: readonly string[],
): Promise<Map<string, ContainerInfo>> {
  const wanted = new Set(ids);
  const deadline = Date.now() + 10_000;
  let interval = 10;
  for (;;) {
    const present = new Map<string, ContainerInfo>();
    for (const c of await listContainers(engine)) if (wanted.has(c.id)) present.set(c.id, c);
    const settling = [...present.values()].some((c) => c.state === 'removing');
    if (!settling || Date.now() >= deadline) return present;
    await new Promise((resolve) => setTimeout(resolve, interval));
    interval = Math.min(interval * 2, 200);
  }
}
