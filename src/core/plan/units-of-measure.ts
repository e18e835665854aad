// Parses the duration (`500ms`, `90s`, `1m30s`, `1h`, bare seconds), size (`512M`, `2G`, bytes) and `off` option forms, and formats durations and sizes for people.
import { invalidOption } from '../errors.js';

/** Units of a duration, largest first: a compound duration names each at most once, in this order. */
const DURATION_UNITS = [
  ['d', 86_400_000],
  ['h', 3_600_000],
  ['m', 60_000],
  ['s', 1000],
  ['ms', 1],
] as const;
const DURATION_PART = /(\d+(?:\.\d+)?)(ms|d|h|m|s)/y;
export const DURATION_FORM = 'a duration like 500ms, 90s, 1m30s, 10m, 1h or a number of seconds';

/**
 * Parses a duration into milliseconds; throws a UsageError naming `option`. Strict on purpose
 * (`1m banana` and `1s1m` are errors, not 60 s): a typo in a limit must not pass unnoticed.
 */
export function parseDuration(option: string, value: string | number): number {
  const text = String(value).trim();
  if (/^\d+(?:\.\d+)?$/.test(text)) return checkedMs(option, value, Number(text) * 1000);
  let ms = 0;
  let allowed = 0;
  DURATION_PART.lastIndex = 0;
  while (DURATION_PART.lastIndex < text.length) {
    const match = DURATION_PART.exec(text);
    const unit = match ? DURATION_UNITS.findIndex(([name]) => name === match[2]) : -1;
    if (!match || unit < allowed) throw invalidOption(option, DURATION_FORM, value);
    ms += Number(match[1]) * DURATION_UNITS[unit]![1];
    allowed = unit + 1;
  }
  if (text === '') throw invalidOption(option, DURATION_FORM, value);
  return checkedMs(option, value, ms);
}

function checkedMs(option: string, value: string | number, ms: number): number {
  if (!Number.isFinite(ms) || ms > Number.MAX_SAFE_INTEGER)
    throw invalidOption(option, DURATION_FORM, value);
  return Math.round(ms);
}

/** Whether a value turns a limit off (`off`, any case). */
export function isOff(value: string | number): boolean {
  return String(value).trim().toLowerCase() === 'off';
}

const SIZE = /^(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib|t|tb|tib)?$/i;
const SIZE_UNIT: Record<string, number> = { b: 1, k: 2 ** 10, m: 2 ** 20, g: 2 ** 30, t: 2 ** 40 };
export const SIZE_FORM = 'a size like 512M, 2G or a number of bytes';

/** Parses a size into bytes (binary units: 1M = 1 MiB); throws a UsageError naming `option`. */
export function parseSize(option: string, value: string | number): number {
  const text = String(value).trim();
  const match = SIZE.exec(text);
  if (!match) throw invalidOption(option, SIZE_FORM, value);
  const unit = (match[2] ?? 'b').toLowerCase()[0]!;
  const bytes = Math.round(Number(match[1]) * SIZE_UNIT[unit]!);
  if (!Number.isFinite(bytes) || bytes <= 0) throw invalidOption(option, SIZE_FORM, value);
  return bytes;
}

/** Parses a whole number within bounds; throws a UsageError naming `option`. */
export function parseInteger(
  option: string,
  value: string | number,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number {
  const text = String(value).trim();
  const expected =
    max === Number.MAX_SAFE_INTEGER
      ? `a whole number >= ${min}`
      : `a whole number from ${min} to ${max}`;
  if (!/^\d+$/.test(text)) throw invalidOption(option, expected, value);
  const n = Number(text);
  if (n < min || n > max) throw invalidOption(option, expected, value);
  return n;
}

export const PERCENT_FORM = 'a percentage above 0 and at most 100';

/** Parses a percentage (0 < p <= 100, `%` optional); throws a UsageError naming `option`. */
export function parsePercent(option: string, value: string | number): number {
  const text = String(value).trim().replace(/%$/, '');
  const n = Number(text);
  if (text === '' || !Number.isFinite(n) || n <= 0 || n > 100) {
    throw invalidOption(option, PERCENT_FORM, value);
  }
  return n;
}
