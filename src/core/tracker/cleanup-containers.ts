// Cleanup's container half: the run's labelled containers, and recorded ones only when they prove (full id and run label) that the run made them.
import { listContainers } from '../containers/container-list.js';
import { proveContainers, FULL_CONTAINER_ID } from '../containers/container-proof.js';
import { findRunContainers, removeContainers } from '../containers/container-tracking.js';
import { detectEngine, type ContainerEngine } from '../containers/engine.js';
import type { ContainerLeak } from '../types.js';
import { bounded, type IgnoredEntry } from './registry-claims.js';

interface Recorded {
  runId: string;
  id: string;
  name: string;
}

/** Removes what the run's labels and the proven entries name; appends to `ignored` and `warnings`. */
export async function cleanupContainers(
  options: { engine?: ContainerEngine | null },
  runIds: readonly string[],
  recorded: readonly Recorded[],
  ignored: IgnoredEntry[],
  warnings: string[],
): Promise<ContainerLeak[]> {
  const engine =
    options.engine === undefined ? await detectEngine().catch(() => undefined) : options.engine;
  if (!engine) {
    if (recorded.length > 0)
      warnings.push(
        `${recorded.length} recorded container(s) could not be checked: no container engine answers`,
      );
    return [];
  }
  // The engine filters on the exact label value: every container found carries the run's label.
  const wanted = new Map<string, { id: string; name?: string }>();
  for (const runId of runIds) {
    try {
      for (const c of await findRunContainers(engine, runId))
        wanted.set(c.id, { id: c.id, name: c.name });
    } catch (error) {
      warnings.push(`could not list containers of run ${runId}: ${(error as Error).message}`);
    }
  }
  const covered = (r: Recorded) =>
    [...wanted.values()].some((w) => w.id === r.id || (r.name !== '' && w.name === r.name));
  const full = recorded.filter((r) => FULL_CONTAINER_ID.test(r.id) && !covered(r));
  const partial = recorded.filter((r) => !FULL_CONTAINER_ID.test(r.id) && !covered(r));
  try {
    const verdicts = await proveContainers(engine, full);
    full.forEach((r, i) => {
      const verdict = verdicts[i]!;
      if (verdict.kind === 'proven') wanted.set(verdict.id, { id: verdict.id, name: verdict.name });
      else if (verdict.kind === 'refused')
        ignored.push({ kind: 'container', target: r.id, why: verdict.why });
    });
  } catch (error) {
    warnings.push(`could not inspect recorded containers: ${(error as Error).message}`);
  }
  if (partial.length > 0) {
    // A name or a short id proves nothing (anyone's container may have it): it is reported when
    // it names a container that exists, and that container is left alone.
    try {
      const present = await listContainers(engine);
      for (const r of partial) {
        const match = present.find(
          (p) => p.name === r.name || p.name === r.id || (r.id !== '' && p.id.startsWith(r.id)),
        );
        if (match && !wanted.has(match.id))
          ignored.push({
            kind: 'container',
            target: bounded(r.id || r.name),
            why: `a name or short id is no proof; container ${match.name || match.id.slice(0, 12)} was left alone`,
          });
      }
    } catch (error) {
      warnings.push(`could not list containers: ${(error as Error).message}`);
    }
  }
  const removed = await removeContainers(engine, [...wanted.values()]);
  for (const c of removed)
    if (c.action === 'remove-failed')
      warnings.push(`container ${c.name || c.id} could not be removed: ${c.error ?? ''}`);
  return removed.map(({ kind, id, name, action }) => ({ kind, id, name, action }));
}
