// The hand check of event lines against the schemas: on random and mutated lines, the answer is always the schema's (same event, same fields in the same order, same refusals), and the lines the reporters write never reach the schema.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkedGoEvent, wellFormedGoEvent } from '../../../src/core/frameworks/go-test-json.js';
import { parseEventLine, wellFormedEvent } from '../../../src/core/frameworks/parse-event-line.js';
import { EVENT_LIMITS, testEventSchema } from '../../../src/core/frameworks/test-events.js';

const RUNS = 3000;

/** What the schema alone answers for a line. */
function bySchema(line: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  const checked = testEventSchema.safeParse(value);
  return checked.success ? checked.data : undefined;
}

/** Strings at and around each bound, and ordinary ones. */
const text = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc
    .constantFrom(EVENT_LIMITS.maxTitleChars, EVENT_LIMITS.maxTitleChars + 1)
    .map((n) => 't'.repeat(n)),
  fc
    .constantFrom(EVENT_LIMITS.maxMessageChars, EVENT_LIMITS.maxMessageChars + 1)
    .map((n) => 'm'.repeat(n)),
  fc.constantFrom(64, 65).map((n) => 'f'.repeat(n)),
);
/** Numbers at and around each bound (-0 and fractions included). */
const number = fc.oneof(
  fc.integer({ min: -3, max: 1000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(
    -0,
    0.5,
    -1,
    1e12,
    1e12 + 1,
    Number.MAX_SAFE_INTEGER,
    Number.MAX_SAFE_INTEGER + 2,
    2 ** 60,
  ),
);
/** Each numeric bound and its neighbours. */
const BOUNDS = [
  -1,
  -0,
  0,
  0.5,
  1e12,
  1e12 + 0.001,
  1e12 + 1,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 2,
  1e300,
];
const titles = fc.oneof(
  fc.array(text, { maxLength: 4 }),
  fc
    .constantFrom(EVENT_LIMITS.maxTitles, EVENT_LIMITS.maxTitles + 1)
    .map((n) => Array(n).fill('t')),
);
const anyValue = fc.oneof(text, number, titles, fc.constant(null), fc.boolean(), fc.jsonValue());
const failure = fc.record(
  {
    message: fc.oneof(text, anyValue),
    stack: fc.oneof(text, anyValue),
    file: text,
    line: number,
    column: number,
    extra: anyValue,
  },
  { requiredKeys: [] },
);
const TYPES = [
  'run-start',
  'collected',
  'test-start',
  'test-end',
  'group-end',
  'file-error',
  'run-end',
  'other',
];
const event = fc.record(
  {
    type: fc.oneof(fc.constantFrom(...TYPES), anyValue),
    file: fc.oneof(text, anyValue),
    titles: fc.oneof(titles, anyValue),
    nodeId: fc.oneof(text, anyValue),
    status: fc.oneof(
      fc.constantFrom('passed', 'failed', 'skipped', 'todo', 'xfail', 'xpass', 'error', 'odd'),
      anyValue,
    ),
    durationMs: fc.oneof(number, anyValue),
    failure: fc.oneof(failure, anyValue),
    teardownErrors: fc.oneof(number, anyValue),
    time: fc.oneof(number, anyValue),
    v: number,
    framework: text,
    summary: fc.dictionary(fc.string({ maxLength: 3 }), number, { maxKeys: 3 }),
    extra: anyValue,
  },
  { requiredKeys: [] },
);
/** Values a reporter writes, each within its bounds. */
const okText = fc.string({ maxLength: 6 });
const okCount = fc.nat({ max: 1000 });
const okTime = fc.oneof(fc.nat(), fc.double({ min: -1e15, max: 1e15, noNaN: true }));
const okFailure = fc.record(
  { message: okText, stack: okText, file: okText, line: okCount, column: okCount },
  { requiredKeys: ['message'] },
);
const okId = { file: okText, titles: fc.array(okText, { maxLength: 3 }), nodeId: okText };
const okEvent = fc.oneof(
  fc.record(
    { type: fc.constant('test-start'), ...okId, time: okTime },
    { requiredKeys: ['type', 'file', 'titles'] },
  ),
  fc.record(
    {
      type: fc.constant('test-end'),
      ...okId,
      status: fc.constantFrom('passed', 'failed', 'skipped', 'todo', 'xfail', 'xpass', 'error'),
      durationMs: fc.double({ min: 0, max: 1e12, noNaN: true }),
      failure: okFailure,
      teardownErrors: okCount,
      time: okTime,
    },
    { requiredKeys: ['type', 'file', 'titles', 'status'] },
  ),
  fc.record(
    { type: fc.constant('group-end'), ...okId, time: okTime },
    { requiredKeys: ['type', 'file', 'titles'] },
  ),
  fc.record(
    { type: fc.constant('collected'), ...okId },
    { requiredKeys: ['type', 'file', 'titles'] },
  ),
  fc.record(
    { type: fc.constant('file-error'), file: okText, failure: okFailure, time: okTime },
    { requiredKeys: ['type', 'file'] },
  ),
);
const KEYS = [
  'type',
  'file',
  'titles',
  'nodeId',
  'status',
  'durationMs',
  'failure',
  'teardownErrors',
  'time',
  'extra',
];
const FAILURE_KEYS = ['message', 'stack', 'file', 'line', 'column', 'extra'];
/** A written event with one field (or one of its failure's) replaced by an odd value, or left out. */
const mutated = fc
  .tuple(
    okEvent,
    fc.constantFrom(...KEYS, ...FAILURE_KEYS.map((k) => `failure.${k}`)),
    fc.option(fc.oneof(number, text, anyValue), { nil: undefined }),
  )
  .map(([e, key, value]) => {
    const copy: Record<string, unknown> = { ...e };
    const [outer, inner] = key.split('.') as [string, string | undefined];
    const target: Record<string, unknown> =
      inner === undefined
        ? copy
        : (copy[outer] = { ...((copy[outer] as object | undefined) ?? { message: 'm' }) });
    const field = inner ?? outer;
    if (value === undefined) delete target[field];
    else target[field] = value;
    return copy;
  });

/** A line as a reporter writes it, one the writer mangled, or a value written too large for a double. */
const line = fc.oneof(
  okEvent.map((e) => JSON.stringify(e)),
  { arbitrary: mutated.map((e) => JSON.stringify(e)), weight: 4 },
  fc
    .tuple(
      okEvent,
      fc.constantFrom('durationMs', 'teardownErrors', 'time', 'failure.line', 'failure.column'),
      fc.constantFrom(...BOUNDS),
    )
    .map(([e, key, value]) => {
      const [outer, inner] = key.split('.') as [string, string | undefined];
      const copy: Record<string, unknown> = { ...e };
      if (inner === undefined) copy[outer] = value;
      else copy[outer] = { message: 'm', [inner]: value };
      return JSON.stringify(copy);
    }),
  event.map((e) => JSON.stringify(e)),
  fc.tuple(event, fc.nat()).map(([e, cut]) => {
    const full = JSON.stringify(e);
    return full.slice(0, cut % (full.length + 1));
  }),
  fc
    .tuple(event, fc.constantFrom('durationMs', 'time', 'teardownErrors'))
    .map(([e, key]) => JSON.stringify({ ...e, [key]: 7 }).replace(`"${key}":7`, `"${key}":1e400`)),
);

describe('parseEventLine', () => {
  it('answers as the schema does, for any line', () => {
    fc.assert(
      fc.property(line, (l) => {
        const fast = parseEventLine(l);
        const schema = bySchema(l);
        expect(fast).toStrictEqual(schema);
        // The same fields in the same order as the schema gives them (the checkpoint is written from them).
        expect(JSON.stringify(fast)).toBe(JSON.stringify(schema));
      }),
      { numRuns: RUNS },
    );
  });

  it('the hand check says nothing the schema would not say', () => {
    fc.assert(
      fc.property(line, (l) => {
        let value: unknown;
        try {
          value = JSON.parse(l);
        } catch {
          return;
        }
        const fast = wellFormedEvent(value);
        if (fast !== undefined) expect(fast).toStrictEqual(bySchema(l));
      }),
      { numRuns: RUNS },
    );
  });

  it('the lines the reporters write are checked by hand, without the schema', () => {
    const id = { file: 'test/a.test.js', titles: ['suite', 'adds'] };
    const written = [
      { type: 'test-start', ...id, time: 1_770_000_000_000 },
      { type: 'test-end', ...id, status: 'passed', durationMs: 1.5, time: 1 },
      {
        type: 'test-end',
        ...id,
        nodeId: 'test/a.test.js::suite::adds',
        status: 'failed',
        durationMs: 3,
        failure: {
          message: 'expected 1',
          stack: 'at a.test.js:4:7',
          file: 'a.js',
          line: 4,
          column: 7,
        },
        teardownErrors: 1,
      },
      { type: 'group-end', ...id, time: 2 },
      { type: 'collected', ...id },
      { type: 'test-start', ...id, retry: true, time: 3 },
      { type: 'test-end', ...id, retry: true, status: 'passed', durationMs: 2, time: 4 },
    ];
    for (const e of written) {
      expect(wellFormedEvent(JSON.parse(JSON.stringify(e)))).toStrictEqual(
        bySchema(JSON.stringify(e)),
      );
    }
  });
});

describe('go test -json lines', () => {
  const goLine = fc.record(
    {
      Time: fc.constant('2026-01-01T00:00:00Z'),
      Action: fc.oneof(fc.constantFrom('run', 'output', 'pass', 'fail', 'skip'), text, anyValue),
      Package: fc.oneof(text, anyValue),
      ImportPath: fc.oneof(text, anyValue),
      Test: fc.oneof(text, anyValue),
      Elapsed: fc.oneof(number, fc.constantFrom(1e9, 1e9 + 1), anyValue),
      Output: fc.oneof(text, anyValue),
    },
    { requiredKeys: [] },
  );

  it('the hand check answers as the schema does', () => {
    fc.assert(
      fc.property(goLine, (e) => {
        const value: unknown = JSON.parse(JSON.stringify(e));
        const schema = checkedGoEvent(value);
        const fast = wellFormedGoEvent(value);
        expect(fast ?? checkedGoEvent(value)).toStrictEqual(schema);
        if (fast !== undefined) expect(JSON.stringify(fast)).toBe(JSON.stringify(schema));
      }),
      { numRuns: RUNS },
    );
  });

  it('the lines go writes are checked by hand', () => {
    for (const e of [
      { Time: 't', Action: 'run', Package: 'm/p', Test: 'TestA' },
      { Time: 't', Action: 'output', Package: 'm/p', Test: 'TestA', Output: '=== RUN   TestA\n' },
      { Time: 't', Action: 'pass', Package: 'm/p', Test: 'TestA', Elapsed: 0.01 },
      { Time: 't', Action: 'build-output', ImportPath: 'm/q [m/q.test]', Output: 'x.go:1: no\n' },
    ])
      expect(wellFormedGoEvent(e)).toStrictEqual(checkedGoEvent(e));
  });
});
