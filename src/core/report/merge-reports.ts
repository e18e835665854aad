// Merges run reports into one: shards (disjoint units) and attempts (the same unit again, the later report wins), with status and totals recomputed.
import { createHash } from 'node:crypto';
import { UsageError } from '../errors.js';
import type { RunReport, StopReason, UnitResult } from '../types.js';
import { buildReport } from './build-report.js';
import { parseReport, type ShardReport } from './report-schema.js';

/**
 * One report for a set of reports, each checked first (`sources` name them in errors).
 *
 * - Reports are taken in the order they started (`startedAt`); for a unit in several, a result
 *   of a later report replaces an earlier one, with two exceptions: a later `fromCheckpoint`
 *   entry with the same outcome keeps the earlier real result (its log, leaks and attempts),
 *   and a "not run" placeholder (no attempt, not from the checkpoint) never replaces anything.
 * - Units come out sorted by id, as discovery by patterns sorts them.
 * - `startedAt` is the earliest start, `durationMs` the span to the latest end (wall clock, with
 *   shards in parallel), `resumed` whether any report resumed.
 * - Status and exit code are those of a run with the merged units: a unit still interrupted or
 *   not run leaves the status of the report it came from (`interrupted` with its signal's code,
 *   `shutdown` with 42, or `failed` after fail-fast). Shard reports that do not add up to their
 *   split (a shard missing, shards split differently, units missing) make a passing merge
 *   `failed`: see `shardProblems`.
 */
export function mergeReports(
  reports: readonly RunReport[],
  sources: readonly string[] = [],
): RunReport {
  if (reports.length === 0) throw new UsageError('merge: expected at least one report, got none');
  const checked = reports.map((r, i) => ({
    report: parseReport(r, sources[i] ?? `#${i + 1}`),
    order: i,
  }));
  checked.sort(
    (a, b) => Date.parse(a.report.startedAt) - Date.parse(b.report.startedAt) || a.order - b.order,
  );

  const chosen = new Map<string, { unit: UnitResult; from: ShardReport }>();
  for (const { report } of checked) {
    for (const unit of report.units) {
      const current = chosen.get(unit.id)?.unit;
      if (current === undefined || replaces(unit, current)) {
        chosen.set(unit.id, { unit, from: report });
      }
    }
  }
  const ids = [...chosen.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const units = ids.map((id) => chosen.get(id)!.unit);

  // The stop reason of the latest report that left a unit unfinished.
  let reason: StopReason | null = null;
  let reasonAt = -Infinity;
  for (const { unit, from } of chosen.values()) {
    const at = Date.parse(from.startedAt);
    if (isUnfinished(unit) && from.reason !== null && at >= reasonAt) {
      reason = from.reason;
      reasonAt = at;
    }
  }

  const all = checked.map((c) => c.report);
  const start = Math.min(...all.map((r) => Date.parse(r.startedAt)));
  const end = Math.max(...all.map((r) => Date.parse(r.startedAt) + r.durationMs));
  const merged = buildReport({
    runId: mergedRunId(all),
    startedAt: start,
    units,
    reason,
    resumed: all.some((r) => r.resumed),
  });
  merged.durationMs = end - start;
  if (merged.status === 'passed' && shardProblems(all, suiteUnits(units)).length > 0) {
    merged.status = 'failed';
    merged.exitCode = 1;
  }
  return merged;
}

/**
 * How many of the suite's units the merged units cover: a preset batch covers its files, which
 * are what a preset's shards split (their `shard.units` counts files).
 */
export function suiteUnits(units: readonly UnitResult[]): number {
  return units.reduce((n, u) => n + (u.files?.length ?? 1), 0);
}

/** Whether `next` (from a later report) should replace `current` for the same unit. */
function replaces(next: UnitResult, current: UnitResult): boolean {
  if (isPlaceholder(next)) return false;
  if (next.fromCheckpoint && isReal(current) && current.outcome === next.outcome) return false;
  return true;
}

const isPlaceholder = (u: UnitResult) => !u.fromCheckpoint && u.attempts === 0;
const isReal = (u: UnitResult) => !u.fromCheckpoint && u.attempts > 0;
const isUnfinished = (u: UnitResult) => u.outcome === 'interrupted' || isPlaceholder(u);

/** The run id all reports share, or one derived from all of them. */
function mergedRunId(reports: readonly RunReport[]): string {
  const ids = [...new Set(reports.map((r) => r.runId))].sort();
  if (ids.length === 1) return ids[0]!;
  return `merged-${createHash('sha256').update(JSON.stringify(ids)).digest('hex').slice(0, 12)}`;
}

/**
 * What is wrong with a set of shard reports (those carrying `shard`): different shard counts,
 * shards that split differently (they read different timings), shards with no report, and fewer
 * merged units than the suite had. Empty when the set is complete and consistent, or when no
 * report says it is a shard.
 */
export function shardProblems(reports: readonly ShardReport[], mergedUnits: number): string[] {
  const shards = reports.flatMap((r) => (r.shard ? [r.shard] : []));
  if (shards.length === 0) return [];
  const problems: string[] = [];
  const totals = [...new Set(shards.map((s) => s.total))].sort((a, b) => a - b);
  if (totals.length > 1) {
    problems.push(`the reports come from different shard counts (${totals.join(', ')})`);
  }
  const plans = [...new Set(shards.map((s) => s.plan))];
  if (plans.length > 1) {
    problems.push(
      `the shards split the units differently (${plans.length} plans): they read different timings, so some units may have run twice and others not at all`,
    );
  }
  const total = Math.max(...totals);
  const present = new Set(shards.map((s) => s.index));
  const missing = Array.from({ length: total }, (_, i) => i + 1).filter((i) => !present.has(i));
  if (missing.length > 0) {
    problems.push(
      `no report for shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${total}`).join(', ')}`,
    );
  }
  const expected = Math.max(...shards.map((s) => s.units));
  if (mergedUnits < expected) {
    problems.push(`${expected - mergedUnits} of the suite's ${expected} units are in no report`);
  }
  return problems;
}
