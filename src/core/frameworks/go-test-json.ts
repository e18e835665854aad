// Turns `go test -json` lines (test2json's events) into the common per-test events.
import { z } from 'zod';
import { EVENT_LIMITS, type TestEvent, type TestFailure } from './test-events.js';

const goEventSchema = z.object({
  Action: z.string().max(16),
  Package: z.string().max(EVENT_LIMITS.maxTitleChars).optional(),
  Test: z.string().max(EVENT_LIMITS.maxTitleChars).optional(),
  Elapsed: z.number().nonnegative().max(1e9).optional(),
  Output: z.string().optional(),
});

/** Output lines kept per test for its failure message: the last ones matter. */
const MAX_OUTPUT_LINES = 64;
/** `    file_test.go:12: message` as `t.Error` and friends print it. */
const GO_LOCATION = /^\s+([\w.-]+\.go):(\d+): (.*)$/;
const STATUS = { pass: 'passed', fail: 'failed', skip: 'skipped' } as const;

/** True when a line looks like test2json output (it starts with `{` and names an Action). */
export function isGoTestJsonLine(line: string): boolean {
  return line.startsWith('{') && line.includes('"Action"');
}

/** Stateful: keeps each running test's output to describe its failure when it ends. */
export class GoTestJsonConverter {
  readonly #output = new Map<string, string[]>();
  readonly #failedTests = new Set<string>();
  #started = false;

  /** Events for one line of `go test -json` output (none for lines that are not events). */
  convert(line: string): TestEvent[] | undefined {
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      return undefined;
    }
    const checked = goEventSchema.safeParse(parsed);
    if (!checked.success) return undefined;
    const e = checked.data;
    const pkg = e.Package ?? '';
    const events: TestEvent[] = [];
    if (!this.#started) {
      this.#started = true;
      events.push({ type: 'run-start', v: 1, framework: 'go' });
    }
    const key = `${pkg}\u0000${e.Test ?? ''}`;
    if (e.Action === 'output' && e.Output !== undefined) {
      const lines = this.#output.get(key) ?? [];
      lines.push(e.Output.replace(/\n$/, '').slice(0, EVENT_LIMITS.maxTitleChars));
      if (lines.length > MAX_OUTPUT_LINES) lines.shift();
      this.#output.set(key, lines);
      return events;
    }
    if (e.Test !== undefined) {
      const titles = e.Test.split('/');
      if (e.Action === 'run') events.push({ type: 'test-start', file: pkg, titles });
      const status = STATUS[e.Action as keyof typeof STATUS];
      if (status) {
        const event: TestEvent = { type: 'test-end', file: pkg, titles, status };
        if (e.Elapsed !== undefined) event.durationMs = Math.round(e.Elapsed * 1000);
        if (status === 'failed') {
          event.failure = failureOf(this.#output.get(key) ?? []);
          this.#failedTests.add(pkg);
        }
        this.#output.delete(key);
        events.push(event);
      }
      return events;
    }
    if (e.Action === 'fail' && !this.#failedTests.has(pkg)) {
      // The package failed with no test failing: it did not build, or TestMain/init failed.
      events.push({
        type: 'file-error',
        file: pkg,
        failure: failureOf(this.#output.get(key) ?? []),
      });
    }
    if (e.Action === 'pass' || e.Action === 'fail' || e.Action === 'skip') this.#output.delete(key);
    return events;
  }
}

function failureOf(lines: string[]): TestFailure {
  const meaningful = lines.filter(
    (l) => !/^(=== (RUN|PAUSE|CONT)|--- (FAIL|PASS|SKIP))\b/.test(l.trim()),
  );
  const located = meaningful.map((l) => GO_LOCATION.exec(l)).find((m) => m !== null);
  const text = meaningful.join('\n').slice(-EVENT_LIMITS.maxMessageChars);
  const failure: TestFailure = {
    message: (located?.[3] ?? meaningful.find((l) => l.trim() !== '') ?? 'failed').trim(),
  };
  if (text) failure.stack = text;
  if (located) {
    failure.file = located[1]!;
    failure.line = Number(located[2]);
  }
  return failure;
}
