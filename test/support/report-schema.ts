// The run report's shape (docs/cli.md, "Report JSON"), as a schema the tests validate real reports against.
import { z } from 'zod';

const counts = z
  .object({
    passed: z.number().int().min(0),
    failed: z.number().int().min(0),
    skipped: z.number().int().min(0),
    errors: z.number().int().min(0),
  })
  .strict();
const outcome = z.enum([
  'passed',
  'failed',
  'timed-out',
  'resource-exceeded',
  'interrupted',
  'skipped',
]);
const leak = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('process'),
    pid: z.number().int(),
    command: z.string(),
    action: z.string(),
  }),
  z.object({ kind: z.literal('container'), id: z.string(), name: z.string(), action: z.string() }),
]);

export const reportSchema = z.object({
  version: z.literal(1),
  status: z.enum(['passed', 'failed', 'shutdown', 'interrupted']),
  reason: z
    .enum([
      'memory',
      'cpu',
      'SIGINT',
      'SIGTERM',
      'SIGHUP',
      'fail-fast',
      'runner-lost',
      'runner-stuck',
    ])
    .nullable(),
  resumed: z.boolean(),
  exitCode: z.number().int(),
  durationMs: z.number().min(0),
  totals: z.object({
    units: z.number().int(),
    passed: z.number().int(),
    failed: z.number().int(),
    timedOut: z.number().int(),
    resourceExceeded: z.number().int(),
    interrupted: z.number().int(),
    skipped: z.number().int(),
    flaky: z.number().int(),
    fromCheckpoint: z.number().int(),
    leaked: z.number().int(),
    tests: counts,
  }),
  units: z.array(
    z.object({
      id: z.string(),
      outcome,
      fromCheckpoint: z.boolean(),
      attempts: z.number().int().min(0),
      flaky: z.boolean(),
      exitCode: z.number().int().nullable(),
      signal: z.string().nullable(),
      durationMs: z.number().min(0),
      peakRssBytes: z.number().min(0),
      tests: counts,
      leaked: z.array(leak),
      log: z.string().nullable(),
    }),
  ),
});
