// The per-test event stream the shipped reporters write (one JSON object a line) and its validation.
import * as z from '../zod-mini.js';

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
  z.pipe(
    z.string(),
    z.transform((s: string) => (s.length > max ? s.slice(0, max) : s)),
  );
const title = clipped(EVENT_LIMITS.maxTitleChars);
const titles = z.pipe(
  z.array(title),
  z.transform((list: string[]) => list.slice(0, EVENT_LIMITS.maxTitles)),
);
const count = z.number().check(z.int(), z.nonnegative(), z.maximum(Number.MAX_SAFE_INTEGER));
const time = z.optional(z.number());

const failureSchema = z.object({
  message: clipped(EVENT_LIMITS.maxMessageChars),
  stack: z.optional(clipped(EVENT_LIMITS.maxMessageChars)),
  file: z.optional(title),
  line: z.optional(count),
  column: z.optional(count),
});

const idFields = { file: title, titles, nodeId: z.optional(title) };
/**
 * Another try of the test of this name that ended last (Jest's `jest.retryTimes` sends each
 * try): its result replaces that one's, it is not one more test.
 */
const retry = z.optional(z.literal(true));

export const testEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('run-start'),
    v: z.number().check(z.int()),
    framework: clipped(64),
    pid: z.optional(count),
    time,
  }),
  z.object({ type: z.literal('collected'), ...idFields }),
  z.object({ type: z.literal('test-start'), ...idFields, retry, time }),
  z.object({
    type: z.literal('test-end'),
    ...idFields,
    retry,
    status: z.enum(TEST_STATUSES),
    durationMs: z.optional(z.number().check(z.nonnegative(), z.maximum(1e12))),
    failure: z.optional(failureSchema),
    teardownErrors: z.optional(count),
    time,
  }),
  z.object({ type: z.literal('group-end'), ...idFields, time }),
  z.object({
    type: z.literal('file-error'),
    file: title,
    failure: z.optional(failureSchema),
    time,
  }),
  z.object({
    type: z.literal('run-end'),
    summary: z.optional(
      z
        .record(clipped(64), z.number())
        .check(
          z.refine((summary) => Object.keys(summary).length <= 32, 'at most 32 summary fields'),
        ),
    ),
    time,
  }),
]);

export type TestEvent = z.infer<typeof testEventSchema>;
