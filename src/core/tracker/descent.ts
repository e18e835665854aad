// A unit's family where no cgroup or marker scan exists (macOS, Windows): every process seen descending from its leader, recorded sweep after sweep while it runs.
import type { ProcessInfo } from './process-table.js';
import type { KnownProcess } from './process-info.js';

/**
 * Members are the leader and every process whose parent was a member when a sweep saw it (and,
 * where groups exist, every process in the leader's group). A member stays recorded after its
 * parent exits, so a `setsid` daemon seen once under the unit is still the unit's after it was
 * re-parented to init; one that was re-parented before any sweep saw it is not (no cgroup
 * there to say otherwise). A child never predates its parent: that rules out a pid reused by
 * an older-looking process, and Windows' stale parent ids.
 */
export class DescentRecorder {
  readonly #members = new Map<number, number>();
  readonly #leader: KnownProcess;
  readonly #groups: boolean;

  constructor(leader: KnownProcess, options: { groups: boolean }) {
    this.#leader = leader;
    this.#groups = options.groups;
    this.#members.set(leader.pid, leader.startTime);
  }

  /** Members recorded earlier (by the run, read back from the registry by cleanup). */
  remember(known: readonly KnownProcess[]): void {
    for (const p of known) this.#members.set(p.pid, p.startTime);
  }

  /** Adds the members this sweep shows; returns how many were new. */
  record(sweep: readonly ProcessInfo[]): number {
    const byPid = new Map<number, ProcessInfo>();
    const children = new Map<number, ProcessInfo[]>();
    for (const p of sweep) {
      byPid.set(p.pid, p);
      if (p.ppid === p.pid) continue;
      const siblings = children.get(p.ppid);
      if (siblings) siblings.push(p);
      else children.set(p.ppid, [p]);
    }
    const leader = this.#leader;
    const before = this.#members.size;
    // A recorded member is a parent only while its pid is not someone else's now.
    // A start time of 0 is unknown (the leader ended before it could be read).
    const usable = (pid: number, start: number) => {
      const now = byPid.get(pid);
      return now === undefined || start === 0 || now.startTime === start;
    };
    const queue: KnownProcess[] = [];
    for (const [pid, startTime] of this.#members)
      if (usable(pid, startTime)) queue.push({ pid, startTime });
    if (this.#groups && usable(leader.pid, leader.startTime)) {
      for (const p of sweep)
        if (p.pgrp === leader.pid && !p.zombie && p.startTime >= leader.startTime)
          queue.push(this.#visit(p));
    }
    while (queue.length > 0) {
      const parent = queue.pop() as KnownProcess;
      for (const child of children.get(parent.pid) ?? []) {
        if (child.startTime < parent.startTime || child.startTime < leader.startTime) continue;
        if (this.#members.get(child.pid) === child.startTime) continue;
        queue.push(this.#visit(child));
      }
    }
    return this.#members.size - before;
  }

  /** The members alive in this sweep (same pid and start time), the leader left out. */
  alive(sweep: readonly ProcessInfo[]): ProcessInfo[] {
    return sweep.filter(
      (p) =>
        !p.zombie &&
        p.pid !== this.#leader.pid &&
        p.pid !== process.pid &&
        this.#members.get(p.pid) === p.startTime,
    );
  }

  /** Every member recorded so far, the leader left out. */
  get recorded(): KnownProcess[] {
    return [...this.#members]
      .filter(([pid]) => pid !== this.#leader.pid)
      .map(([pid, startTime]) => ({ pid, startTime }));
  }

  /** Members added since the last call (what the run appends to its registry). */
  takeNew(): KnownProcess[] {
    const fresh = this.#fresh;
    this.#fresh = [];
    return fresh;
  }

  #fresh: KnownProcess[] = [];

  #visit(p: ProcessInfo): KnownProcess {
    const known = { pid: p.pid, startTime: p.startTime };
    if (this.#members.get(p.pid) === p.startTime) return known;
    this.#members.set(p.pid, p.startTime);
    if (p.pid !== this.#leader.pid && p.pid !== process.pid) this.#fresh.push(known);
    return known;
  }
}
