// Finds the containers each unit left: those carrying the labels its own engine endpoint stamped (proof), and those that merely appeared while it ran (unattributed: reported, removed only on request).
import type { ContainerLeak, LeakPolicy } from '../types.js';
import { listContainers, type ContainerInfo } from './container-list.js';
import { proveContainers } from './container-proof.js';
import {
  ATTEMPT_LABEL,
  attributeContainers,
  isLeftBehind,
  removeContainers,
  UNIT_LABEL,
  RUN_LABEL,
  type UnitWindow,
} from './container-tracking.js';
import type { ContainerEngine } from './engine.js';

/** What to do with a container that appeared during a unit's window but carries no proof. */
export type UnattributedPolicy = 'leave' | 'remove';

interface Watch extends UnitWindow {
  attempt: number;
  before: ReadonlySet<string>;
}

export class ContainerWatcher {
  readonly engine: ContainerEngine;
  readonly #runId: string;
  readonly #unattributed: UnattributedPolicy;
  readonly #watches = new Map<string, Watch>();
  /** Containers already reported by a unit. */
  readonly #handled = new Set<string>();

  constructor(engine: ContainerEngine, runId: string, unattributed: UnattributedPolicy = 'leave') {
    this.engine = engine;
    this.#runId = runId;
    this.#unattributed = unattributed;
  }

  /** Before the unit starts: what exists now is not the unit's. */
  async before(key: string, unitId: string, attempt: number): Promise<void> {
    const now = await listContainers(this.engine);
    this.#watches.set(key, {
      unitId,
      attempt,
      start: Date.now(),
      before: new Set(now.map((c) => c.id)),
    });
  }

  /**
   * After the unit ended. Its own: labelled for this run, unit and attempt (the labels its
   * endpoint stamped). Unattributed: new since its snapshot and without any testwarden run
   * label; decided when the last unit whose window holds the creation time ends, and named
   * with every such unit as a candidate.
   */
  async after(
    key: string,
    policy: LeakPolicy,
  ): Promise<{ leaks: ContainerLeak[]; warnings: string[] }> {
    const watch = this.#watches.get(key);
    if (!watch || watch.end !== undefined) return { leaks: [], warnings: [] };
    watch.end = Date.now();
    const now = await listContainers(this.engine);
    const fresh = now.filter((c) => !this.#handled.has(c.id) && isLeftBehind(c));
    const own = fresh.filter((c) => this.#isOwn(c.labels, watch));
    const strangers = fresh.filter(
      (c) => c.labels[RUN_LABEL] === undefined && !watch.before.has(c.id),
    );
    const windows = [...this.#watches.values()];
    const unattributed: { container: ContainerInfo; candidates: string[] }[] = [];
    for (const { container, candidates } of attributeContainers(strangers, windows)) {
      const running = windows.filter((w) => w.end === undefined && candidates.includes(w.unitId));
      if (running.length > 0) continue; // decided when the last candidate ends
      unattributed.push({ container, candidates });
    }
    // Ended windows stay while other units run: they are candidates for what those units find.
    if (![...this.#watches.values()].some((w) => w.end === undefined)) this.#watches.clear();
    for (const c of [...own, ...unattributed.map((u) => u.container)]) this.#handled.add(c.id);

    const leaks: ContainerLeak[] = [];
    const warnings: string[] = [];
    const removing = policy !== 'warn';
    const proven = removing ? await this.#prove(own, watch) : new Set<string>();
    const toRemove = [
      ...own.filter((c) => proven.has(c.id)),
      ...(removing && this.#unattributed === 'remove' ? unattributed.map((u) => u.container) : []),
    ];
    const removed = new Map(
      (await removeContainers(this.engine, toRemove)).map((r) => [r.id, r] as const),
    );
    for (const r of removed.values())
      if (r.action === 'remove-failed')
        warnings.push(`container ${r.name || r.id} could not be removed: ${r.error ?? ''}`);
    for (const c of own) {
      const action = removed.get(c.id)?.action ?? (removing ? 'remove-failed' : 'left');
      if (removing && !proven.has(c.id))
        warnings.push(`container ${c.name || c.id} changed before its removal; it was left alone`);
      leaks.push({ kind: 'container', id: c.id, name: c.name, action });
    }
    for (const { container: c, candidates } of unattributed) {
      leaks.push({
        kind: 'container',
        id: c.id,
        name: c.name,
        action: removed.get(c.id)?.action ?? 'left',
        unattributed: true,
        ...(candidates.length > 1 ? { candidates } : {}),
      });
    }
    return { leaks, warnings };
  }

  #isOwn(labels: Record<string, string>, watch: Watch): boolean {
    return (
      labels[RUN_LABEL] === this.#runId &&
      labels[UNIT_LABEL] === watch.unitId &&
      labels[ATTEMPT_LABEL] === String(watch.attempt)
    );
  }

  /** Right before removal, the one proof (full id, this run's label) plus this unit's and attempt's labels. */
  async #prove(containers: readonly ContainerInfo[], watch: Watch): Promise<Set<string>> {
    const labels = { [UNIT_LABEL]: watch.unitId, [ATTEMPT_LABEL]: String(watch.attempt) };
    const verdicts = await proveContainers(
      this.engine,
      containers.map((c) => ({ id: c.id, runId: this.#runId, labels })),
    );
    return new Set(verdicts.flatMap((v) => (v.kind === 'proven' ? [v.id] : [])));
  }
}
