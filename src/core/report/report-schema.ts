// The run report JSON (docs/cli.md, "Report JSON") as a schema: reports read back (for `merge`) are untrusted input, checked whole with a message naming the file and the problem.
import * as z from '../zod-mini.js';
import { UsageError } from '../errors.js';
import { readBounded } from '../checkpoint/read-bounded.js';
import { MAX_SHARDS } from '../plan/shard.js';
import type { RunReport, ShardInfo } from '../types.js';
import {
  isRecordedTime,
  MAX_ATTEMPTS,
  MAX_BYTES,
  MAX_DURATION_MS,
  MAX_EXIT_CODE,
  MAX_ID_LENGTH,
  MAX_JOBS,
  MAX_TESTS,
  MAX_TEXT_LENGTH,
  MIN_EXIT_CODE,
} from '../value-limits.js';
import { OUTCOMES, RUN_STATUSES, STOP_REASONS } from '../vocabulary.js';

/** Largest report read: 100,000 units pretty-printed take about 60 MB. */
export const REPORT_MAX_BYTES = 256 * 1024 * 1024;

// Bounded by what testwarden writes (value-limits.ts): a merged report feeds pictures and tables.
const whole = (min: number, max: number) =>
  z.number().check(z.int(), z.minimum(min), z.maximum(max));
const count = z.number().check(z.int(), z.nonnegative(), z.maximum(Number.MAX_SAFE_INTEGER));
const tests = z.number().check(z.int(), z.nonnegative(), z.maximum(MAX_TESTS));
// `errors` came later: a report written before it had none to count.
const counts = z.object({
  passed: tests,
  failed: tests,
  skipped: tests,
  errors: z._default(tests, 0),
});
const totalTests = z.object({
  passed: count,
  failed: count,
  skipped: count,
  errors: z._default(count, 0),
});
const text = z.string().check(z.maxLength(MAX_TEXT_LENGTH));
const duration = z.number().check(z.nonnegative(), z.maximum(MAX_DURATION_MS));
const time = z.number().check(
  z.nonnegative(),
  z.refine((t) => isRecordedTime(Math.round(t)), {
    message: 'not a time testwarden could have recorded',
  }),
);
const isoTime = z.iso.datetime({ offset: true }).check(
  z.refine((t) => isRecordedTime(Date.parse(t)), {
    message: 'not a time testwarden could have recorded',
  }),
);
const id = z.string().check(z.minLength(1), z.maxLength(MAX_ID_LENGTH));

const leakSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('process'),
    pid: whole(1, 2 ** 31 - 1),
    command: text,
    action: z.enum(['killed', 'left', 'kill-failed']),
  }),
  z.object({
    kind: z.literal('container'),
    id: text,
    name: text,
    action: z.enum(['removed', 'left', 'remove-failed']),
    unattributed: z.optional(z.literal(true)),
    candidates: z.optional(z.array(text).check(z.maxLength(MAX_JOBS))),
  }),
]);

const unitSchema = z.object({
  id,
  outcome: z.enum(OUTCOMES),
  fromCheckpoint: z.boolean(),
  attempts: z.number().check(z.int(), z.nonnegative(), z.maximum(MAX_ATTEMPTS)),
  flaky: z.boolean(),
  exitCode: z.nullable(whole(MIN_EXIT_CODE, MAX_EXIT_CODE)),
  signal: z.nullable(z.string().check(z.maxLength(64))),
  durationMs: duration,
  peakRssBytes: z.number().check(z.nonnegative(), z.maximum(MAX_BYTES)),
  tests: counts,
  leaked: z.array(leakSchema).check(z.maxLength(100_000)),
  log: z.nullable(text),
  attemptLogs: z.optional(
    z
      .array(
        z.object({
          run: whole(1, 1_000_000),
          attempt: whole(1, MAX_ATTEMPTS),
          log: text,
          outcome: z.optional(z.enum(OUTCOMES)),
        }),
      )
      .check(z.maxLength(10_000)),
  ),
  message: z.optional(text),
  startedAt: z.optional(time),
  files: z.optional(z.array(id).check(z.maxLength(1_000_000))),
});

const totalsSchema = z.object({
  units: count,
  passed: count,
  failed: count,
  timedOut: count,
  resourceExceeded: count,
  interrupted: count,
  skipped: count,
  flaky: count,
  fromCheckpoint: count,
  leaked: count,
  tests: totalTests,
});

export const shardInfoSchema = z.object({
  index: whole(1, MAX_SHARDS),
  total: whole(1, MAX_SHARDS),
  units: count,
  mode: z.enum(['hash', 'durations']),
  plan: z.string().check(z.regex(/^[0-9a-f]{1,64}$/)),
});

export const runReportSchema = z
  .object({
    version: z.literal(1),
    status: z.enum(RUN_STATUSES),
    reason: z.nullable(z.enum(STOP_REASONS)),
    resumed: z.boolean(),
    exitCode: whole(0, 255),
    durationMs: duration,
    runId: text,
    startedAt: isoTime,
    // Recomputed by merge from the units; checked so that a report that is not one is refused.
    totals: totalsSchema,
    units: z.array(unitSchema),
    shard: z.optional(shardInfoSchema),
  })
  .check(
    z.refine((r) => r.shard === undefined || r.shard.index <= r.shard.total, {
      message: 'shard.index is above shard.total',
      path: ['shard'],
    }),
  );

/** A report as `merge` reads it: the run report, and the shard it ran when it was one. */
export type ShardReport = RunReport & { shard?: ShardInfo };

/** Checks a parsed report; throws a UsageError naming `source` and the first problem. */
export function parseReport(value: unknown, source: string): ShardReport {
  const version = (value as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > 1) {
    throw new UsageError(
      `report ${source}: format version ${version} is newer than this testwarden reads (1); upgrade testwarden to merge it`,
    );
  }
  const parsed = runReportSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.map(String).join('.') || '(top level)';
    throw new UsageError(
      `report ${source}: expected a testwarden run report, ${where}: ${issue?.message ?? 'invalid'}`,
    );
  }
  const seen = new Set<string>();
  for (const unit of parsed.data.units) {
    if (seen.has(unit.id)) {
      throw new UsageError(
        `report ${source}: expected each unit once, unit ${JSON.stringify(unit.id)} appears twice`,
      );
    }
    seen.add(unit.id);
  }
  const report: ShardReport = parsed.data;
  return report;
}

/** Reads and checks one report file (bounded in size); throws a UsageError naming the file. */
export function readReportFile(path: string): ShardReport {
  const text = readBounded(path, REPORT_MAX_BYTES);
  if (text.kind === 'missing') throw new UsageError(`report ${path}: no such file`);
  if (text.kind === 'unusable') throw new UsageError(`report ${path}: ${text.why}`);
  let document: unknown;
  try {
    document = JSON.parse(text.content.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError(`report ${path}: not valid JSON (${(error as Error).message})`, {
      cause: error,
    });
  }
  return parseReport(document, path);
}
