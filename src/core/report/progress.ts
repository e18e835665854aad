// What a run is doing right now, for progress lines: units done of the total, failures so far, the running units with their elapsed time, and the time left estimated from recorded durations.
import type { Unit, UnitResult } from '../types.js';
import { formatDuration } from '../format.js';
import { plainLine } from '../text/control-chars.js';
import { isFailure } from './failure.js';

export interface ProgressSnapshot {
  done: number;
  total: number;
  failed: number;
  /** Longest-running first. */
  running: { id: string; elapsedMs: number }[];
  /** Undefined until a duration is known (recorded earlier, or of a unit finished in this run). */
  etaMs: number | undefined;
}

export class RunProgress {
  #total = 0;
  #done = 0;
  #failed = 0;
  #jobs = 1;
  readonly #running = new Map<string, number>();
  readonly #waiting = new Set<string>();
  #estimates: ReadonlyMap<string, number> = new Map();
  #finishedMs = 0;

  start(queued: readonly Unit[], jobs: number, estimates?: ReadonlyMap<string, number>): void {
    this.#total = queued.length;
    this.#jobs = Math.max(1, jobs);
    this.#estimates = estimates ?? new Map();
    for (const unit of queued) this.#waiting.add(unit.id);
  }

  unitStarted(id: string, at = Date.now()): void {
    if (this.#running.has(id)) return; // a retry keeps the unit's first start
    this.#waiting.delete(id);
    this.#running.set(id, at);
  }

  unitEnded(result: UnitResult): void {
    this.#running.delete(result.id);
    this.#waiting.delete(result.id);
    this.#done++;
    this.#finishedMs += result.durationMs;
    if (isFailure(result)) this.#failed++;
  }

  snapshot(now = Date.now()): ProgressSnapshot {
    const running = [...this.#running]
      .map(([id, since]) => ({ id, elapsedMs: Math.max(0, now - since) }))
      .sort((a, b) => b.elapsedMs - a.elapsedMs);
    return {
      done: this.#done,
      total: this.#total,
      failed: this.#failed,
      running,
      etaMs: this.#eta(running),
    };
  }

  /** The work left (estimates of waiting units, what is left of running ones) spread over the lanes. */
  #eta(running: ProgressSnapshot['running']): number | undefined {
    const known = [...this.#estimates.values()];
    const typical =
      known.length > 0
        ? known.reduce((a, b) => a + b, 0) / known.length
        : this.#done > 0
          ? this.#finishedMs / this.#done
          : undefined;
    if (typical === undefined) return undefined;
    let work = 0;
    for (const id of this.#waiting) work += this.#estimates.get(id) ?? typical;
    let longestLeft = 0;
    for (const { id, elapsedMs } of running) {
      const left = Math.max(0, (this.#estimates.get(id) ?? typical) - elapsedMs);
      work += left;
      longestLeft = Math.max(longestLeft, left);
    }
    // Never less than the unit that will run longest: lanes cannot share one unit.
    return Math.max(longestLeft, work / this.#jobs);
  }
}

/** `3/10 done, 1 failed; running: a.test.js 1m02s, b.test.js 12s; about 2m10s left` */
export function statusLine(s: ProgressSnapshot): string {
  const parts = [`${s.done}/${s.total} done`];
  if (s.failed > 0) parts[0] += `, ${s.failed} failed`;
  if (s.running.length > 0) {
    parts.push(
      `running: ${s.running.map((r) => `${plainLine(r.id)} ${formatDuration(r.elapsedMs)}`).join(', ')}`,
    );
  }
  if (s.etaMs !== undefined && s.done < s.total)
    parts.push(`about ${formatDuration(s.etaMs)} left`);
  return parts.join('; ');
}
