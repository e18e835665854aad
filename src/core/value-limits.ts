// What testwarden itself can write, as numbers: every value read back from a checkpoint, a durations history or a report is held to these, so a crafted file cannot drive a loop, a picture or an allocation past them.

const DAY_MS = 24 * 60 * 60 * 1000;

/** --jobs accepts 1 to this; a lane is below it. */
export const MAX_JOBS = 1024;
/** --retries accepts 0 to this; a unit has at most one attempt more. */
export const MAX_RETRIES = 100;
export const MAX_ATTEMPTS = MAX_RETRIES + 1;
/** No unit, and no run, lasts a year. */
export const MAX_DURATION_MS = 366 * DAY_MS;
/** Tests counted in one unit. */
export const MAX_TESTS = 1_000_000_000;
/** Memory of one unit (1 PiB). */
export const MAX_BYTES = 2 ** 50;
/** An exit code or status: a 32-bit integer. */
export const MIN_EXIT_CODE = -(2 ** 31);
export const MAX_EXIT_CODE = 2 ** 31 - 1;
/** Times are after testwarden existed and not later than a day ahead of this machine's clock. */
export const EARLIEST_TIME_MS = Date.UTC(2020, 0, 1);
const FUTURE_SLACK_MS = DAY_MS;
/** A unit id (a path is at most 4,096 bytes on Linux). */
export const MAX_ID_LENGTH = 4096;
/** A message, a command line, a run id or another string from a file. */
export const MAX_TEXT_LENGTH = 64 * 1024;

/** Whether `ms` is a time testwarden could have recorded. */
export function isRecordedTime(ms: number, now = Date.now()): boolean {
  return Number.isSafeInteger(ms) && ms >= EARLIEST_TIME_MS && ms <= now + FUTURE_SLACK_MS;
}

/** Whether `value` is a whole number in [min, max]. */
export function isWholeIn(value: unknown, min: number, max: number): value is number {
  return Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max;
}
