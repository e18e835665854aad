// Finds the containers each unit left: a snapshot when it starts, a diff when it ends, attributed by label or by the time windows of the units that ran meanwhile.
import type { ContainerLeak, LeakPolicy } from '../types.js';
import { listContainers, type ContainerInfo } from './container-list.js';
import {
  attributeContainers,
  isLeftBehind,
  removeContainers,
  UNIT_LABEL,
  RUN_LABEL,
  type UnitWindow,
} from './container-tracking.js';
import type { ContainerEngine } from './engine.js';

export class ContainerWatcher {
  readonly engine: ContainerEngine;
  readonly #runId: string;
  readonly #snapshots = new Map<string, Set<string>>();
  readonly #windows = new Map<string, UnitWindow>();
  /** Containers already attributed (or foreign: another run's). */
  readonly #handled = new Set<string>();

  constructor(engine: ContainerEngine, runId: string) {
    this.engine = engine;
    this.#runId = runId;
  }

  /** Before the unit starts: what exists now is not the unit's. */
  async before(key: string, unitId: string): Promise<void> {
    const now = await listContainers(this.engine);
    this.#snapshots.set(key, new Set(now.map((c) => c.id)));
    this.#windows.set(key, { unitId, start: Date.now() });
  }

  /**
   * After the unit ended: containers created since its snapshot that no still-running unit
   * could have made are its leaks; with overlapping units, every candidate is named.
   */
  async after(
    key: string,
    policy: LeakPolicy,
  ): Promise<{ leaks: ContainerLeak[]; warnings: string[] }> {
    const window = this.#windows.get(key);
    const before = this.#snapshots.get(key);
    this.#snapshots.delete(key);
    if (!window || !before) return { leaks: [], warnings: [] };
    window.end = Date.now();
    const now = await listContainers(this.engine);
    const fresh = now.filter(
      (c) => !before.has(c.id) && !this.#handled.has(c.id) && this.#ours(c) && isLeftBehind(c),
    );
    const windows = [...this.#windows.values()];
    const mine: { container: ContainerInfo; candidates: string[] }[] = [];
    for (const { container, candidates } of attributeContainers(fresh, windows)) {
      const labelled = container.labels[UNIT_LABEL];
      if (labelled !== undefined && labelled !== window.unitId) continue;
      const running = windows.filter((w) => w.end === undefined && candidates.includes(w.unitId));
      if (running.length > 0) continue; // decided when the last candidate ends
      mine.push({ container, candidates });
    }
    // Ended windows stay while other units run: they are candidates for what those units find.
    if (![...this.#windows.values()].some((w) => w.end === undefined)) this.#windows.clear();
    for (const { container } of mine) this.#handled.add(container.id);
    if (mine.length === 0) return { leaks: [], warnings: [] };
    const describe = (
      c: { container: ContainerInfo; candidates: string[] },
      action: ContainerLeak['action'],
    ): ContainerLeak => ({
      kind: 'container',
      id: c.container.id,
      name: c.container.name,
      action,
      ...(c.candidates.length > 1 ? { candidates: c.candidates } : {}),
    });
    if (policy === 'warn') return { leaks: mine.map((c) => describe(c, 'left')), warnings: [] };
    const removed = await removeContainers(
      this.engine,
      mine.map((c) => ({ id: c.container.id, name: c.container.name })),
    );
    const warnings = removed
      .filter((r) => r.action === 'remove-failed')
      .map((r) => `container ${r.name || r.id} could not be removed: ${r.error ?? ''}`);
    return {
      leaks: mine.map((c) =>
        describe(c, removed.find((r) => r.id === c.container.id)?.action ?? 'remove-failed'),
      ),
      warnings,
    };
  }

  /** A container labelled for another run is that run's business. */
  #ours(c: ContainerInfo): boolean {
    const run = c.labels[RUN_LABEL];
    return run === undefined || run === this.#runId;
  }
}
