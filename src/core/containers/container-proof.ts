// The proof a container must carry before testwarden removes it on the word of a record: its full id, and testwarden's run label for that very run. Never a name, never an id prefix.
import { inspectContainers } from './container-list.js';
import { RUN_LABEL } from './container-tracking.js';
import type { ContainerEngine } from './engine.js';

/** A full container id: 64 lowercase hex digits (docker and podman alike). */
export const FULL_CONTAINER_ID = /^[0-9a-f]{64}$/;

export interface ContainerClaim {
  /** The id as recorded (untrusted). */
  id: unknown;
  /** The run it is claimed for. */
  runId: string;
  /** More labels it must carry with exactly these values (a unit's: unit and attempt). */
  labels?: Readonly<Record<string, string>> | undefined;
}

export type ContainerVerdict =
  | { kind: 'proven'; id: string; name: string }
  /** No container with that id exists any more. */
  | { kind: 'gone' }
  | { kind: 'refused'; why: string };

/**
 * Checks each claim with one `inspect` of the full ids: a container is proven when the engine
 * reports that exact id (a name made of 64 hex digits cannot stand in for it) and its
 * `testwarden.run` label is the claimed run. Labels are fixed when a container is created, so
 * only a container created for the run carries it.
 */
export async function proveContainers(
  engine: ContainerEngine,
  claims: readonly ContainerClaim[],
): Promise<ContainerVerdict[]> {
  const full = claims.flatMap((c) =>
    typeof c.id === 'string' && FULL_CONTAINER_ID.test(c.id) ? [c.id] : [],
  );
  const found = new Map(
    (await inspectContainers(engine, [...new Set(full)])).map((d) => [d.id, d]),
  );
  return claims.map(({ id, runId, labels }): ContainerVerdict => {
    if (typeof id !== 'string' || !FULL_CONTAINER_ID.test(id))
      return { kind: 'refused', why: 'not a full 64-digit container id' };
    const details = found.get(id);
    if (!details) return { kind: 'gone' };
    const label = details.labels[RUN_LABEL];
    if (label !== runId)
      return {
        kind: 'refused',
        why:
          label === undefined
            ? `it has no ${RUN_LABEL} label`
            : `its ${RUN_LABEL} label names another run`,
      };
    for (const [key, value] of Object.entries(labels ?? {}))
      if (details.labels[key] !== value)
        return { kind: 'refused', why: `its ${key} label is not ${JSON.stringify(value)}` };
    return { kind: 'proven', id, name: details.name };
  });
}

/**
 * A container testwarden created under a name of its own (`--isolation container`): the name is
 * resolved once to the full id, which must answer to that exact name (the engine also takes a
 * name for an id prefix), then the id is proven as above. From then on only the id is used.
 */
export async function proveNamedContainer(
  engine: ContainerEngine,
  name: string,
  claim: Omit<ContainerClaim, 'id'>,
): Promise<ContainerVerdict> {
  const named = (await inspectContainers(engine, [name])).find((d) => d.name === name);
  if (!named) return { kind: 'gone' };
  const [verdict] = await proveContainers(engine, [{ ...claim, id: named.id }]);
  return verdict!;
}
