// Parses the duration (`500ms`, `90s`, `10m`, `1h`, bare seconds) and size (`512M`, `2G`, bytes) option forms.
import { invalidOption } from '../errors.js';

const DURATION = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/;
const DURATION_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
export const DURATION_FORM = 'a duration like 500ms, 90s, 10m, 1h or a number of seconds';

/** Parses a duration into milliseconds; throws a UsageError naming `option`. */
export function parseDuration(option: string, value: string | number): number {
  const text = String(value).trim();
  const match = DURATION.exec(text);
  if (!match) throw invalidOption(option, DURATION_FORM, value);
  const ms = Number(match[1]) * DURATION_MS[match[2] ?? 's']!;
  if (!Number.isFinite(ms)) throw invalidOption(option, DURATION_FORM, value);
  return Math.round(ms);
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

/** Parses a percentage (0 < p <= 100, `%` optional); throws a UsageError naming `option`. */
export function parsePercent(option: string, value: string | number): number {
  const text = String(value).trim().replace(/%$/, '');
  const n = Number(text);
  if (text === '' || !Number.isFinite(n) || n <= 0 || n > 100) {
    throw invalidOption(option, 'a percentage above 0 and at most 100', value);
  }
  return n;
}

/** Formats milliseconds for people: 850ms, 12.3s, 4m05s. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}s`;
  const m = Math.floor(ms / 60_000);
  const s = Math.round((ms % 60_000) / 1000);
  return `${m}m${String(s).padStart(2, '0')}s`;
}

/** Formats bytes for people: 512 B, 1.5 MiB. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let n = bytes;
  let i = 0;
  while (n >= 1024 && i < units.length - 1) {
    n /= 1024;
    i++;
  }
  return i === 0 ? `${n} B` : `${n.toFixed(1)} ${units[i]}`;
}
