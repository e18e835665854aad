// The per-test event stream the shipped reporters write (one JSON object a line) and its validation.
import { z } from 'zod';

/** Version written in each stream's `run-start` line; readers accept this one. */
export const EVENTS_SCHEMA_VERSION = 1;

/** Bounds on untrusted input: longer values are clipped, never trusted to be small. */
export const EVENT_LIMITS = {
  /** Longest line read; a longer line is counted as bad and skipped. */
  maxLineBytes: 256 * 1024,
  maxTitleChars: 4096,
  maxTitles: 64,
  maxMessageChars: 16 * 1024,
} as const;

export const TEST_STATUSES = [
  'passed',
  'failed',
  'skipped',
  'todo',
  'xfail',
  'xpass',
  'error',
] as const;
export type TestStatus = (typeof TEST_STATUSES)[number];

/** A test as the framework names it: its file (Go: package), the titles from the outermost group to the test, and pytest's node id. */
export interface TestId {
  file: string;
  titles: string[];
  nodeId?: string;
  /**
   * The second and later tests of one file with the same titles (2, 3, …; absent for the first):
   * frameworks allow repeated names and count each test. Numbered by the reader, in the order
   * the framework reports them, never taken from the stream.
   */
  occurrence?: number;
}

export interface TestFailure {
  message: string;
  stack?: string;
  file?: string;
  line?: number;
  column?: number;
}

const clipped = (max: number) =>
  z.string().transform((s) => (s.length > max ? s.slice(0, max) : s));
const title = clipped(EVENT_LIMITS.maxTitleChars);
const titles = z.array(title).transform((list) => list.slice(0, EVENT_LIMITS.maxTitles));
const count = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

const failureSchema = z.object({
  message: clipped(EVENT_LIMITS.maxMessageChars),
  stack: clipped(EVENT_LIMITS.maxMessageChars).optional(),
  file: title.optional(),
  line: count.optional(),
  column: count.optional(),
});

const idFields = { file: title, titles, nodeId: title.optional() };

export const testEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('run-start'),
    v: z.number().int(),
    framework: clipped(64),
    pid: count.optional(),
    time: z.number().optional(),
  }),
  z.object({ type: z.literal('collected'), ...idFields }),
  z.object({ type: z.literal('test-start'), ...idFields, time: z.number().optional() }),
  z.object({
    type: z.literal('test-end'),
    ...idFields,
    status: z.enum(TEST_STATUSES),
    durationMs: z.number().nonnegative().max(1e12).optional(),
    failure: failureSchema.optional(),
    teardownErrors: count.optional(),
    time: z.number().optional(),
  }),
  z.object({ type: z.literal('group-end'), ...idFields, time: z.number().optional() }),
  z.object({
    type: z.literal('file-error'),
    file: title,
    failure: failureSchema.optional(),
    time: z.number().optional(),
  }),
  z.object({
    type: z.literal('run-end'),
    summary: z
      .record(clipped(64), z.number())
      .refine((summary) => Object.keys(summary).length <= 32, 'at most 32 summary fields')
      .optional(),
    time: z.number().optional(),
  }),
]);

export type TestEvent = z.infer<typeof testEventSchema>;
