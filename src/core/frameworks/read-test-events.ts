// Reads a whole per-test event stream (testwarden's NDJSON, or `go test -json` output) into results and counts, with the reader that follows a running unit's.
import { EventsTail } from './tail-events.js';
import type { TestRunResults } from './test-results.js';

export interface ReadEventsOptions {
  /** `go`: the stream is `go test -json` output, possibly mixed with other lines (build errors on stderr). */
  format?: 'testwarden' | 'go';
  maxBytes?: number;
  maxTests?: number;
}

/** Folds a stream file; a missing file is "no events" (undefined), any other read error is thrown. */
export function readTestEvents(
  path: string,
  options: ReadEventsOptions = {},
): Promise<TestRunResults | undefined> {
  return new EventsTail(path, { ...options, format: options.format ?? 'testwarden' }).stop();
}
