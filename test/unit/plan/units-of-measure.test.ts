import { formatDuration } from '../../../src/core/format.js';
import { describe, expect, it } from 'vitest';
import {
  parseDuration,
  parseInteger,
  parsePercent,
  parseSize,
} from '../../../src/core/plan/units-of-measure.js';

describe('parseDuration', () => {
  it.each([
    ['500ms', 500],
    ['90s', 90_000],
    ['10m', 600_000],
    ['1h', 3_600_000],
    ['2', 2000],
    ['1.5s', 1500],
    ['1m30s', 90_000],
    ['1h2m3s', 3_723_000],
    ['1m0.5s', 60_500],
    ['2s250ms', 2250],
    ['1d', 86_400_000],
    [' 90s ', 90_000],
  ])('%s is %d ms', (text, ms) => expect(parseDuration('--timeout', text)).toBe(ms));

  it.each([
    'banana',
    '',
    '10 minutes',
    '-1s',
    '5w',
    's',
    '1m banana',
    '30s1m',
    '1m1m',
    '1m 30s',
    '1.s',
  ])('rejects %j naming the option, form and value', (text) => {
    expect(() => parseDuration('--timeout', text)).toThrow(
      /^--timeout: expected a duration like 500ms.*got "/,
    );
  });
});

describe('formatDuration', () => {
  it.each([
    [850, '850ms'],
    [12_340, '12.3s'],
    [119_600, '2m00s'],
    [245_000, '4m05s'],
    [3_725_000, '1h02m'],
  ])('%d ms is %s', (ms, text) => expect(formatDuration(ms)).toBe(text));
});

describe('parseSize', () => {
  it.each([
    ['512M', 512 * 2 ** 20],
    ['2G', 2 * 2 ** 30],
    ['1024', 1024],
    ['200mb', 200 * 2 ** 20],
  ])('%s is %d bytes', (text, bytes) =>
    expect(parseSize('--max-memory-per-test', text)).toBe(bytes),
  );

  it.each(['lots', '0', '-5M', '2X'])('rejects %j', (text) => {
    expect(() => parseSize('--max-memory-per-test', text)).toThrow(
      /^--max-memory-per-test: expected a size/,
    );
  });
});

describe('parseInteger and parsePercent', () => {
  it('bounds whole numbers', () => {
    expect(parseInteger('--jobs', '4', 1)).toBe(4);
    expect(() => parseInteger('--jobs', '0', 1)).toThrow(
      '--jobs: expected a whole number >= 1, got "0"',
    );
    expect(() => parseInteger('--jobs', '2.5', 1)).toThrow('--jobs');
    expect(() => parseInteger('--retries', '101', 0, 100)).toThrow('from 0 to 100');
  });
  it('reads percentages', () => {
    expect(parsePercent('--memory-threshold', '85%')).toBe(85);
    expect(() => parsePercent('--memory-threshold', '150')).toThrow('--memory-threshold');
  });
});
