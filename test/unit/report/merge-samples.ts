// Builders for the merge tests: run reports at a given start, with a stop reason or a shard.
import type { ShardInfo } from '../../../src/core/types.js';
import { buildReport } from '../../../src/core/report/build-report.js';
import type { ShardReport } from '../../../src/core/report/report-schema.js';
import type { StopReason, UnitResult } from '../../../src/core/types.js';

export const T0 = Date.parse('2026-02-01T10:00:00.000Z');

export function reportOf(
  list: UnitResult[],
  options: { at?: number; reason?: StopReason | null; shard?: ShardInfo; runId?: string } = {},
): ShardReport {
  const report = buildReport({
    runId: options.runId ?? 'run-1',
    startedAt: options.at ?? T0,
    units: list,
    reason: options.reason ?? null,
    resumed: false,
  });
  report.durationMs = 60_000;
  return options.shard ? { ...report, shard: options.shard } : report;
}
