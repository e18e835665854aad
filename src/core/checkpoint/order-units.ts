// The order units run in: last time's failures first, then (with parallel lanes) the longest first; stable and deterministic.
import type { Outcome, Unit } from '../types.js';
import type { Checkpoint } from './checkpoint-format.js';
import type { CheckpointUnits } from './checkpoint-units.js';

/** Outcomes that put a unit at the front: the answer a developer waits for comes sooner. */
const FAILED_LAST_TIME: ReadonlySet<Outcome> = new Set<Outcome>([
  'failed',
  'timed-out',
  'resource-exceeded',
  'interrupted',
]);

export interface OrderOptions {
  /** The previous checkpoint (resumed, or the record a complete run left), if any. */
  previous?: Checkpoint | undefined;
  jobs: number;
}

/**
 * Returns a new array:
 * 1. units whose recorded outcome is failed, timed-out, resource-exceeded or interrupted, then
 *    the others;
 * 2. within each of these groups, when `jobs > 1` and at least one unit of the list has a recorded
 *    duration, longest first, so no long unit starts last and keeps one lane busy alone. A unit
 *    without a duration counts as the median of the known ones: a typical unit, neither forced to
 *    the front nor left for the end. An interrupted unit's duration was cut short, so it counts as
 *    unknown;
 * 3. otherwise, and between equal durations, the given order.
 */
export function orderUnits(units: readonly Unit[], options: OrderOptions): Unit[] {
  const recorded = options.previous?.units;
  const at = recorded === undefined ? units.map(() => -1) : positions(units, recorded);
  const outcomes = at.map((i) => (i < 0 ? undefined : recorded?.outcomeAt(i)));
  const durations = at.map((i, k) =>
    i < 0 || outcomes[k] === 'interrupted' ? undefined : recorded?.durationAt(i),
  );
  const known = durations.filter((d): d is number => d !== undefined);
  const byDuration = options.jobs > 1 && known.length > 0;
  const median = medianOf(known);

  const keyed = units.map((unit, index) => {
    const outcome = outcomes[index];
    return {
      unit,
      index,
      failedFirst: outcome !== undefined && FAILED_LAST_TIME.has(outcome) ? 0 : 1,
      duration: byDuration ? (durations[index] ?? median) : 0,
    };
  });
  keyed.sort(
    (a, b) => a.failedFirst - b.failedFirst || b.duration - a.duration || a.index - b.index,
  );
  return keyed.map((k) => k.unit);
}

/**
 * Where each unit is in the checkpoint. The units to run are today's list with the settled ones
 * left out, and the checkpoint is laid out on today's list, so each is found by walking forward
 * from the previous one: no id is hashed. A unit the walk does not find (a checkpoint laid out
 * otherwise) is looked up by id, and so is every unit after it.
 */
function positions(units: readonly Unit[], recorded: CheckpointUnits): number[] {
  const ids = recorded.ids;
  let cursor = 0;
  let walking = true;
  return units.map((unit) => {
    if (walking) {
      let i = cursor;
      while (i < ids.length && ids[i] !== unit.id) i++;
      if (i < ids.length) {
        cursor = i + 1;
        return i;
      }
      walking = false;
    }
    return recorded.indexOf(unit.id);
  });
}

/** The median, averaging the two middle values of an even count; 0 for none. */
export function medianOf(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
