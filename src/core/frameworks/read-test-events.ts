// Reads a per-test event stream (testwarden's NDJSON, or `go test -json` output) into results and counts.
import { GoTestJsonConverter, isGoTestJsonLine } from './go-test-json.js';
import { forEachLine } from './read-lines.js';
import { EVENT_LIMITS, testEventSchema } from './test-events.js';
import { TestResultsBuilder, type TestRunResults } from './test-results.js';

export interface ReadEventsOptions {
  /** `go`: the stream is `go test -json` output, possibly mixed with other lines (build errors on stderr). */
  format?: 'testwarden' | 'go';
  maxBytes?: number;
  maxTests?: number;
}

/** Folds a stream file; a missing file is "no events" (undefined), any other read error is thrown. */
export async function readTestEvents(
  path: string,
  options: ReadEventsOptions = {},
): Promise<TestRunResults | undefined> {
  const builder = new TestResultsBuilder({ maxTests: options.maxTests });
  const go = options.format === 'go' ? new GoTestJsonConverter() : undefined;
  let read;
  try {
    read = await forEachLine(
      path,
      { maxLineBytes: EVENT_LIMITS.maxLineBytes, maxBytes: options.maxBytes ?? 512 * 1024 * 1024 },
      (line, unterminated) => {
        const text = line.replace(/\r$/, '');
        if (text.trim() === '') return;
        if (go) {
          if (!isGoTestJsonLine(text)) {
            // go's own text shares the stream: a package that did not build is told there.
            for (const event of go.convertText(text)) builder.add(event);
            return;
          }
          const events = go.convert(text);
          if (events === undefined) {
            if (unterminated) builder.problems.truncatedLastLine = true;
            else builder.problems.badLines++;
            return;
          }
          for (const event of events) builder.add(event);
          return;
        }
        const event = parseEventLine(text);
        if (event) builder.add(event);
        else if (unterminated) builder.problems.truncatedLastLine = true;
        else builder.problems.badLines++;
      },
    );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  builder.problems.badLines += read.longLines;
  builder.problems.cutAtMaxBytes = read.cutAtMaxBytes;
  return builder.finish();
}

/** One line of testwarden's NDJSON as a checked event, or undefined. */
export function parseEventLine(line: string) {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  const checked = testEventSchema.safeParse(value);
  return checked.success ? checked.data : undefined;
}
