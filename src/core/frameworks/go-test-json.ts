// Turns `go test -json` lines (test2json's events) into the common per-test events.
import * as z from '../zod-mini.js';
import { EVENT_LIMITS, type TestEvent, type TestFailure } from './test-events.js';

const goEventSchema = z.object({
  Action: z.string().check(z.maxLength(16)),
  Package: z.optional(z.string().check(z.maxLength(EVENT_LIMITS.maxTitleChars))),
  /** Go 1.24+: `build-output` and `build-fail` events name the package being built. */
  ImportPath: z.optional(z.string().check(z.maxLength(EVENT_LIMITS.maxTitleChars))),
  Test: z.optional(z.string().check(z.maxLength(EVENT_LIMITS.maxTitleChars))),
  Elapsed: z.optional(z.number().check(z.nonnegative(), z.maximum(1e9))),
  Output: z.optional(z.string()),
});

type GoEvent = z.infer<typeof goEventSchema>;

/**
 * The line's event when every field the schema knows has the kind and bounds it asks for (the
 * schema clips nothing): checked by hand on the hot path (five lines a test). Undefined means
 * "ask the schema", which alone refuses a line; a property test holds the two to one answer.
 */
export function wellFormedGoEvent(value: unknown): GoEvent | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const v = value as Record<string, unknown>;
  const { Action, Package, ImportPath, Test, Elapsed, Output } = v;
  if (typeof Action !== 'string' || Action.length > 16) return undefined;
  const event: GoEvent = { Action };
  if (Package !== undefined) {
    if (!isGoName(Package)) return undefined;
    event.Package = Package;
  }
  if (ImportPath !== undefined) {
    if (!isGoName(ImportPath)) return undefined;
    event.ImportPath = ImportPath;
  }
  if (Test !== undefined) {
    if (!isGoName(Test)) return undefined;
    event.Test = Test;
  }
  if (Elapsed !== undefined) {
    if (typeof Elapsed !== 'number' || !(Elapsed >= 0 && Elapsed <= 1e9)) return undefined;
    event.Elapsed = Elapsed;
  }
  if (Output !== undefined) {
    if (typeof Output !== 'string') return undefined;
    event.Output = Output;
  }
  return event;
}

/** The schema's answer for a line the hand check was unsure of. */
export function checkedGoEvent(value: unknown): GoEvent | undefined {
  const checked = goEventSchema.safeParse(value);
  return checked.success ? checked.data : undefined;
}

function isGoName(value: unknown): value is string {
  return typeof value === 'string' && value.length <= EVENT_LIMITS.maxTitleChars;
}

/** Output lines kept per test for its failure message: the last ones matter. */
const MAX_OUTPUT_LINES = 64;
/** `    file_test.go:12: message` as `t.Error` and friends print it. */
const GO_LOCATION = /^\s+([\w.-]+\.go):(\d+): (.*)$/;
/** `dir/file_test.go:7:6: message` as the compiler prints it (relative to the working directory). */
const BUILD_LOCATION = /^(?:\.\/)?((?:[\w.@+-]+\/)*[\w.+-]+\.go):(\d+)(?::(\d+))?: (.*)$/;
/** `# example.com/m/pkg [example.com/m/pkg.test]`: the compiler's errors for that package follow. */
const BUILD_HEADER = /^# (\S+)/;
/** go test's verdict on a package whose test binary could not be built or set up (printed as text before Go 1.24). */
const BUILD_FAILED = /^FAIL\t(\S+) \[(?:build|setup) failed\]$/;
const STATUS = { pass: 'passed', fail: 'failed', skip: 'skipped' } as const;

/** True when a line looks like test2json output (it starts with `{` and names an Action). */
export function isGoTestJsonLine(line: string): boolean {
  return line.startsWith('{') && line.includes('"Action"');
}

/** Stateful: keeps each running test's output to describe its failure when it ends. */
export class GoTestJsonConverter {
  readonly #output = new Map<string, string[]>();
  readonly #failedTests = new Set<string>();
  /** Per package, the compiler's messages (text after `# pkg`, or Go 1.24's `build-output`). */
  readonly #buildOutput = new Map<string, string[]>();
  /** Packages already reported as not loaded (the text verdict and a JSON `fail` can both come). */
  readonly #fileErrors = new Set<string>();
  /** The package whose compiler messages the text lines are. */
  #building: string | undefined;
  #started = false;

  /**
   * Events for a line that is not test2json's: before Go 1.24 a package that does not build is
   * only told in text (`# pkg`, the compiler's messages, `FAIL\tpkg [build failed]`).
   */
  convertText(line: string): TestEvent[] {
    const header = BUILD_HEADER.exec(line);
    if (header) {
      this.#building = header[1]!;
      return [];
    }
    const failed = BUILD_FAILED.exec(line);
    if (failed) {
      this.#building = undefined;
      return this.#fileError(failed[1]!, this.#buildOutput.get(failed[1]!) ?? []);
    }
    if (this.#building !== undefined) this.#keep(this.#buildOutput, this.#building, line);
    return [];
  }

  /** Events for one line of `go test -json` output (none for lines that are not events). */
  convert(line: string): TestEvent[] | undefined {
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      return undefined;
    }
    const e = wellFormedGoEvent(parsed) ?? checkedGoEvent(parsed);
    if (!e) return undefined;
    const pkg = e.Package ?? '';
    const events: TestEvent[] = [];
    if (!this.#started) {
      this.#started = true;
      events.push({ type: 'run-start', v: 1, framework: 'go' });
    }
    const key = `${pkg}\u0000${e.Test ?? ''}`;
    if (e.Action === 'build-output' && e.Output !== undefined && e.ImportPath !== undefined) {
      this.#keep(this.#buildOutput, e.ImportPath.split(' ')[0]!, e.Output.replace(/\n$/, ''));
      return events;
    }
    if (e.Action === 'output' && e.Output !== undefined) {
      this.#keep(this.#output, key, e.Output.replace(/\n$/, ''));
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
      events.push(
        ...this.#fileError(pkg, this.#buildOutput.get(pkg) ?? this.#output.get(key) ?? []),
      );
    }
    if (e.Action === 'pass' || e.Action === 'fail' || e.Action === 'skip') this.#output.delete(key);
    return events;
  }

  #fileError(pkg: string, lines: string[]): TestEvent[] {
    if (this.#fileErrors.has(pkg)) return [];
    this.#fileErrors.add(pkg);
    this.#buildOutput.delete(pkg);
    const events: TestEvent[] = [];
    if (!this.#started) {
      this.#started = true;
      events.push({ type: 'run-start', v: 1, framework: 'go' });
    }
    events.push({ type: 'file-error', file: pkg, failure: failureOf(lines) });
    return events;
  }

  /** Keeps the last lines of a test's or package's output, each clipped. */
  #keep(into: Map<string, string[]>, key: string, line: string): void {
    const lines = into.get(key) ?? [];
    lines.push(line.slice(0, EVENT_LIMITS.maxTitleChars));
    if (lines.length > MAX_OUTPUT_LINES) lines.shift();
    into.set(key, lines);
  }
}

function failureOf(lines: string[]): TestFailure {
  const built = lines.map((l) => BUILD_LOCATION.exec(l)).find((m) => m !== null);
  if (built) {
    // A compiler message: its path is relative to the working directory already.
    const failure: TestFailure = {
      message: built[4]!.trim(),
      stack: lines.join('\n').slice(-EVENT_LIMITS.maxMessageChars),
      file: built[1]!,
      line: Number(built[2]),
    };
    if (built[3]) failure.column = Number(built[3]);
    return failure;
  }
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
