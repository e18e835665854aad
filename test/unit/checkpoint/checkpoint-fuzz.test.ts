// Hostile checkpoints by the thousand (seeded, so a failure repeats): reading never throws, returns only today's units, keeps nothing of a dropped record, and what it returns is written and read back unchanged.
import { describe, expect, it } from 'vitest';
import { encodeCheckpoint, parseCheckpoint } from '../../../src/core/checkpoint/checkpoint-file.js';
import { seededRandom } from '../../support/prng.js';
import { COLUMN_NAMES } from '../../../src/core/checkpoint/checkpoint-units.js';
import {
  checkpointWith,
  documentOf,
  documentV1Of,
  recordsOf,
  unitResult,
} from './checkpoint-samples.js';

const VALUES: unknown[] = [
  0,
  1,
  2,
  5,
  6,
  63,
  -1,
  -0,
  1.5,
  1e20,
  -1e20,
  Number.MAX_SAFE_INTEGER,
  -Number.MAX_SAFE_INTEGER,
  2 ** 53,
  null,
  '0',
  'passed',
  true,
  false,
  [],
  {},
  [1],
  { a: 1 },
];
const IDS: unknown[] = [
  'a',
  'b',
  'c',
  '__proto__',
  'constructor',
  'toString',
  'é',
  '日本',
  '\ud800',
  'x\n::error::y',
  '',
  5,
  null,
  [],
  'a',
];
const TODAY = ['a', 'b', 'c', '__proto__', 'constructor', 'é', '日本', 'new'];
const COLUMNS = COLUMN_NAMES.filter((name) => name !== 'id');

type Doc = Record<string, unknown> & { units: Record<string, unknown[]> };

describe('readCheckpoint on hostile input', () => {
  it('holds its promises for 3,000 mutated format-2 documents', () => {
    const next = seededRandom(20261126);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
    const valid = documentOf(
      checkpointWith(TODAY.slice(0, 5), [
        unitResult('a', 'passed', { startedAt: Date.now() - 1000, lane: 0 }),
        unitResult('b', 'failed'),
        unitResult('__proto__', 'passed', { attempts: 2, flaky: true }),
        unitResult('constructor', 'skipped'),
      ]),
    ) as Doc;
    for (let round = 0; round < 3000; round++) {
      const doc = structuredClone(valid);
      const n = doc.units.id!.length;
      for (let k = 0, edits = 1 + Math.floor(next() * 6); k < edits; k++) {
        const what = next();
        if (what < 0.5) doc.units[pick(COLUMNS)]![Math.floor(next() * (n + 1))] = pick(VALUES);
        else if (what < 0.65) doc.units.id![Math.floor(next() * (n + 1))] = pick(IDS);
        else if (what < 0.75) doc.units[pick(COLUMNS)]!.length = Math.floor(next() * n);
        else if (what < 0.85) doc.timeBase = pick([0, 1, 1e12, Number.MAX_SAFE_INTEGER, -1, 1.5]);
        else if (what < 0.95)
          doc.outcomeCodes = pick([['failed', 'passed'], ['passed', 'cancelled'], [], ['skipped']]);
        else
          for (const name of COLUMN_NAMES)
            doc.units[name]!.push(name === 'id' ? pick(IDS) : pick(VALUES));
      }
      const today = next() < 0.3 ? undefined : TODAY.filter(() => next() < 0.8);
      const text = JSON.stringify(doc);
      const read = parseCheckpoint(text, 'fuzz', today);
      const context = `round ${round}: ${text.slice(text.indexOf('"timeBase"'))} today ${JSON.stringify(today)}`;
      if (read.checkpoint === undefined) {
        expect(read.warnings, context).toHaveLength(1);
        continue;
      }
      const units = read.checkpoint.units;
      if (today !== undefined) expect(units.ids, context).toEqual(today);
      // The per-entry and per-cell promises are checked in plain code and asserted once a round:
      // tens of thousands of expect() calls cost several times the reading under test.
      const broken: string[] = [];
      for (const [id, entry] of units.entries()) {
        if (typeof id !== 'string' || id === '') broken.push(`id ${JSON.stringify(id)}`);
        if (!Number.isSafeInteger(entry.finishedAt) || entry.finishedAt < 0)
          broken.push(`${id}: finishedAt ${entry.finishedAt}`);
        if (entry.flaky && entry.outcome !== 'passed')
          broken.push(`${id}: flaky with outcome ${entry.outcome}`);
      }
      const written = Buffer.concat(encodeCheckpoint(read.checkpoint)).toString('utf8');
      const columns = (JSON.parse(written) as Doc).units;
      for (let i = 0; i < columns.id!.length; i++) {
        if (columns.outcome![i] !== null) continue;
        for (const name of COLUMNS) {
          const cell = columns[name]![i];
          if (cell !== 0 && cell !== null)
            broken.push(
              `row ${i} without an outcome: ${name} ${JSON.stringify(cell)}, not 0 or null`,
            );
        }
      }
      expect(broken, context).toEqual([]);
      const again = parseCheckpoint(written, 'fuzz', today);
      expect(again.warnings, context).toEqual([]);
      expect(recordsOf(again.checkpoint!.units), context).toEqual(recordsOf(units));
    }
  });

  it('holds them for 1,000 mutated format-1 documents', () => {
    const next = seededRandom(1);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
    const fields = [
      'outcome',
      'attempts',
      'flaky',
      'durationMs',
      'tests',
      'exitCode',
      'peakRssBytes',
      'finishedAt',
      'startedAt',
      'lane',
    ];
    const valid = documentV1Of(
      checkpointWith(TODAY.slice(0, 4), [
        unitResult('a', 'passed', { startedAt: Date.now() - 1000, lane: 1 }),
        unitResult('b', 'failed'),
        unitResult('__proto__', 'passed'),
      ]),
    ) as { units: Record<string, Record<string, unknown>> };
    for (let round = 0; round < 1000; round++) {
      const doc = structuredClone(valid);
      const ids = Object.keys(doc.units);
      for (let k = 0, edits = 1 + Math.floor(next() * 4); k < edits; k++) {
        const entry = doc.units[pick(ids)]!;
        entry[pick(fields)] =
          next() < 0.2
            ? pick(['2026-01-01T00:00:00Z', '1960-01-01T00:00:00Z', 'soon'])
            : pick(VALUES);
        if (next() < 0.2) doc.units[String(pick(IDS))] = { ...entry };
      }
      const today = next() < 0.3 ? undefined : TODAY;
      const read = parseCheckpoint(JSON.stringify(doc), 'fuzz', today);
      const context = `round ${round}: ${JSON.stringify(doc.units)}`;
      if (read.checkpoint === undefined) continue;
      const written = Buffer.concat(encodeCheckpoint(read.checkpoint)).toString('utf8');
      const again = parseCheckpoint(written, 'fuzz', today);
      expect(again.warnings, context).toEqual([]);
      expect(recordsOf(again.checkpoint!.units), context).toEqual(recordsOf(read.checkpoint.units));
    }
  });
});
