// The checkpoint on disk: atomic writes, and reading hostile or broken files (either format) without crashing or trusting them.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CheckpointWriteError,
  readCheckpoint,
  writeCheckpoint,
} from '../../../src/core/checkpoint/checkpoint-file.js';
import { recordUnit } from '../../../src/core/checkpoint/checkpoint-format.js';
import {
  NOW,
  checkpointWith,
  documentOf,
  documentV1Of,
  plain,
  recordsOf,
  tempDir,
  unitResult,
} from './checkpoint-samples.js';

const IDS = ['test/a.test.js', 'test/b.test.js', 'test/c.test.js'];

function sample() {
  return checkpointWith(IDS, [
    unitResult('test/a.test.js', 'passed', { startedAt: NOW.getTime() - 5000, lane: 1 }),
    unitResult('test/b.test.js', 'failed'),
    unitResult('test/c.test.js', 'passed', { attempts: 3, flaky: true, exitCode: 0 }),
  ]);
}

type Doc = Record<string, unknown> & { units: Record<string, unknown[]> };

/** Writes `document` (by default the sample's format-2 document, as `edit` leaves it) and reads it back. */
function readDocument(
  document: Record<string, unknown>,
  unitIds: readonly string[] | undefined = IDS,
) {
  const path = join(tempDir(), 'checkpoint.json');
  writeFileSync(path, JSON.stringify(document));
  return readCheckpoint(path, unitIds === undefined ? {} : { unitIds });
}

function readEdited(edit: (document: Doc) => void, unitIds: readonly string[] | undefined = IDS) {
  const document = documentOf(sample()) as Doc;
  edit(document);
  return readDocument(document, unitIds);
}

describe('writeCheckpoint', () => {
  it('round-trips: what is read is what was written', () => {
    const path = join(tempDir(), 'checkpoint.json');
    const checkpoint = sample();
    const { bytes } = writeCheckpoint(path, checkpoint);
    expect(bytes).toBe(readFileSync(path).length);
    const read = readCheckpoint(path, { unitIds: IDS });
    expect(read.warnings).toEqual([]);
    expect(read.formatVersion).toBe(3);
    expect(plain(read.checkpoint!)).toEqual(plain(checkpoint));
  });

  it('writes compact JSON and leaves no temp file, also when replacing a checkpoint', () => {
    const dir = tempDir();
    const path = join(dir, 'checkpoint.json');
    writeCheckpoint(path, checkpointWith(IDS, []));
    writeCheckpoint(path, sample());
    expect(readdirSync(dir)).toEqual(['checkpoint.json']);
    expect(readFileSync(path, 'utf8')).not.toContain('\n  ');
    expect(plain(readCheckpoint(path, { unitIds: IDS }).checkpoint!)).toEqual(plain(sample()));
  });

  it('in the background: the file is whole at once, its flush settles later and closes what it opened', async () => {
    const dir = tempDir();
    const path = join(dir, 'checkpoint.json');
    const descriptors = () => readdirSync('/proc/self/fd').length;
    const before = descriptors();
    const written = writeCheckpoint(path, sample(), { durable: 'background' });
    // Readable and complete before the flush: the rename happened on the caller's turn.
    expect(readdirSync(dir)).toEqual(['checkpoint.json']);
    expect(plain(readCheckpoint(path, { unitIds: IDS }).checkpoint!)).toEqual(plain(sample()));
    expect(written.bytes).toBe(readFileSync(path).length);
    expect(written.synced).toBeInstanceOf(Promise);
    // The written file's descriptor stays open for its flush, and is closed once it is done.
    expect(descriptors()).toBe(before + 1);
    await written.synced;
    expect(descriptors()).toBe(before);
    // A durable write (the default) and one without a flush have nothing left to wait for.
    expect(writeCheckpoint(path, sample()).synced).toBeUndefined();
    expect(writeCheckpoint(path, sample(), { durable: false }).synced).toBeUndefined();
  });

  it('creates the folder it writes into', () => {
    const path = join(tempDir(), 'state', 'deeper', 'checkpoint.json');
    writeCheckpoint(path, sample());
    expect(readCheckpoint(path, { unitIds: IDS }).checkpoint?.runId).toBe('run-1');
  });

  it('fails with CheckpointWriteError, leaving nothing behind, when it cannot write', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), 'x');
    expect(() => writeCheckpoint(join(dir, 'file', 'checkpoint.json'), sample())).toThrow(
      CheckpointWriteError,
    );
    const path = join(dir, 'checkpoint.json');
    expect(() => writeCheckpoint(path, sample(), { maxBytes: 100 })).toThrow(
      /above the 100-byte limit/,
    );
    expect(readdirSync(dir)).toEqual(['file']);
  });
});

describe('the file (format 3)', () => {
  it('keeps the unit list as columns, with times after a base and a legend of outcome codes', () => {
    const document = documentOf(sample()) as Doc;
    expect(document).toMatchObject({
      formatVersion: 3,
      runId: 'run-1',
      totalUnits: 3,
      timeBase: NOW.getTime(),
      outcomeCodes: [
        'passed',
        'failed',
        'timed-out',
        'resource-exceeded',
        'interrupted',
        'skipped',
      ],
    });
    expect(document.units).toEqual({
      id: IDS,
      outcome: [0, 1, 0],
      attempts: [1, 1, 3],
      flaky: [0, 0, 1],
      durationMs: [1234, 1234, 1234],
      passed: [3, 3, 3],
      failed: [0, 1, 0],
      skipped: [1, 1, 1],
      exitCode: [0, 1, 0],
      peakRssBytes: [50_000_000, 50_000_000, 50_000_000],
      // After startedAt + durationMs where the start is known, else after the time base.
      finishedAt: [5000 - 1234, 0, 0],
      startedAt: [-5000, null, null],
      lane: [1, null, null],
    });
  });

  it('lists units without a record too, as null outcomes', () => {
    const document = documentOf(
      checkpointWith(IDS, [unitResult('test/b.test.js', 'passed')]),
    ) as Doc;
    expect(document.units.id).toEqual(IDS);
    expect(document.units.outcome).toEqual([null, 0, null]);
  });

  it('re-encodes only what changed, and says the same as a fresh encoding', () => {
    const ids = Array.from({ length: 3000 }, (_, i) => `u${i}`);
    const checkpoint = checkpointWith(ids, []);
    const path = join(tempDir(), 'checkpoint.json');
    writeCheckpoint(path, checkpoint);
    for (const i of [0, 1500, 2999]) {
      recordUnit(checkpoint, unitResult(`u${i}`, 'failed', { durationMs: i }), NOW);
      writeCheckpoint(path, checkpoint);
      const read = readCheckpoint(path, { unitIds: ids });
      expect(read.warnings).toEqual([]);
      expect(recordsOf(read.checkpoint!.units)).toEqual(recordsOf(checkpoint.units));
    }
    expect(readFileSync(path, 'utf8')).toBe(
      `${JSON.stringify(
        documentOf(
          checkpointWith(
            ids,
            [0, 1500, 2999].map((i) => unitResult(`u${i}`, 'failed', { durationMs: i })),
          ),
        ),
      )}\n`,
    );
  });
});

describe('readCheckpoint', () => {
  it('returns nothing, without a warning, when there is no file', () => {
    expect(readCheckpoint(join(tempDir(), 'none.json'), { unitIds: IDS })).toEqual({
      warnings: [],
      dropped: { unknownIds: 0, invalidEntries: 0 },
    });
  });

  it('ignores truncated JSON with a warning', () => {
    const path = join(tempDir(), 'checkpoint.json');
    writeCheckpoint(path, sample());
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.slice(0, text.length / 2));
    const read = readCheckpoint(path, { unitIds: IDS });
    expect(read.checkpoint).toBeUndefined();
    expect(read.warnings).toEqual([expect.stringMatching(/is not valid JSON .*; ignored$/)]);
  });

  it('says so specifically when the format is newer', () => {
    const read = readEdited((d) => (d.formatVersion = 4));
    expect(read.checkpoint).toBeUndefined();
    expect(read.warnings).toEqual([
      expect.stringContaining('has format version 4, newer than this testwarden reads (3)'),
    ]);
  });

  it.each([
    [
      'a missing format version',
      (d: Doc) => delete d.formatVersion,
      /format version none, expected 1, 2 or 3/,
    ],
    [
      'a format version string',
      (d: Doc) => (d.formatVersion = '2'),
      /format version "2", expected 1, 2 or 3/,
    ],
    ['a runId of the wrong type', (d: Doc) => (d.runId = 42), /does not match format 3 \(runId: /],
    ['an unknown reason', (d: Doc) => (d.reason = 'boredom'), /does not match format 3 \(reason: /],
    [
      'a bad fingerprint',
      (d: Doc) => (d.fingerprint = { units: 'x', command: 'y' }),
      /fingerprint\.units/,
    ],
    ['no time base', (d: Doc) => delete d.timeBase, /\(timeBase: /],
    ['a time base that is not a whole number', (d: Doc) => (d.timeBase = 1.5), /\(timeBase: /],
    ['units as an array', (d: Doc) => ((d as Record<string, unknown>).units = []), /\(units: /],
    ['a missing column', (d: Doc) => delete d.units.lane, /\(units\.lane: expected an array\)/],
    [
      'a column that is not an array',
      (d: Doc) => ((d.units as Record<string, unknown>).outcome = { 0: 0 }),
      /\(units\.outcome: expected an array\)/,
    ],
  ])('ignores %s with a warning', (_what, edit, message) => {
    const read = readEdited(edit);
    expect(read.checkpoint).toBeUndefined();
    expect(read.warnings).toHaveLength(1);
    expect(read.warnings[0]).toMatch(message);
  });

  it('names the type of a format version that is no number, however deeply nested', () => {
    const path = join(tempDir(), 'checkpoint.json');
    const depth = 200_000;
    writeFileSync(path, `{"formatVersion":${'['.repeat(depth)}${']'.repeat(depth)}}`);
    expect(readCheckpoint(path, { unitIds: IDS }).warnings).toEqual([
      expect.stringContaining('has format version an array, expected 1, 2 or 3; ignored'),
    ]);
  });

  it('ignores a JSON value that is not an object', () => {
    const path = join(tempDir(), 'checkpoint.json');
    for (const text of ['null', '[1,2]', '"text"', '12']) {
      writeFileSync(path, text);
      expect(readCheckpoint(path, { unitIds: IDS }).warnings).toEqual([
        expect.stringContaining('is not a JSON object'),
      ]);
    }
  });

  it.each([
    ['an outcome code out of range', 'outcome', 99, /outcome: expected one of the 6 outcome codes/],
    ['a negative duration', 'durationMs', -5, /durationMs: expected whole milliseconds/],
    ['a fractional test count', 'passed', 1.5, /passed: expected a whole number/],
    ['a string exit code', 'exitCode', '0', /exitCode: expected a 32-bit whole number or null/],
    ['a finish before 1970', 'finishedAt', -NOW.getTime() - 1, /finishedAt: not a time testwarden/],
    [
      'a finish years ahead',
      'finishedAt',
      10 * 365 * 86_400_000,
      /finishedAt: not a time testwarden/,
    ],
    ['a flag that is not 0 or 1', 'flaky', true, /flaky: expected 0 or 1/],
    ['a lane that is an object', 'lane', { x: 1 }, /lane: expected a job slot from 0 to 1023/],
    ['a lane no --jobs allows', 'lane', 1_000_000_001, /lane: expected a job slot from 0 to 1023/],
    ['a duration over a year', 'durationMs', 400 * 86_400_000, /durationMs: expected whole/],
    ['more attempts than retries allow', 'attempts', 102, /attempts: expected a whole number/],
    ['a test count past the bound', 'failed', 2e9, /failed: expected a whole number/],
  ])('drops an entry with %s, keeping the others', (_what, column, value, message) => {
    const read = readEdited((d) => {
      d.units[column]![0] = value;
    });
    const records = recordsOf(read.checkpoint!.units).records;
    expect(Object.keys(records)).toEqual(['test/b.test.js', 'test/c.test.js']);
    expect(read.checkpoint!.units.ids).toEqual(IDS);
    expect(read.dropped).toEqual({ unknownIds: 0, invalidEntries: 1 });
    expect(read.warnings).toEqual([
      expect.stringMatching(
        /1 invalid unit entry dropped, they will run again \(first: "test\/a.test.js": /,
      ),
    ]);
    expect(read.warnings[0]).toMatch(message);
  });

  it('drops a flaky record of a unit that did not pass, and an entry a short column leaves without a value', () => {
    const read = readEdited((d) => {
      d.units.flaky![1] = 1;
      d.units.lane!.length = 2;
    });
    expect(Object.keys(recordsOf(read.checkpoint!.units).records)).toEqual(['test/a.test.js']);
    expect(read.dropped.invalidEntries).toBe(2);
  });

  it('clears what an entry without a record holds, so nothing of it reaches the next file', () => {
    const read = readEdited((d) => {
      d.units.outcome![1] = null;
      d.units.attempts![1] = { huge: 'x'.repeat(1000) };
    });
    expect(read.warnings).toEqual([]);
    expect(read.checkpoint!.units.get('test/b.test.js')).toBeUndefined();
    expect((documentOf(read.checkpoint!) as Doc).units.attempts).toEqual([1, 0, 3]);
  });

  it('reads codes through the legend, and drops an outcome this version does not know', () => {
    const read = readEdited((d) => {
      d.outcomeCodes = ['cancelled', 'failed', 'passed'];
      d.units.outcome = [0, 1, 2];
    });
    const records = recordsOf(read.checkpoint!.units).records;
    expect(Object.keys(records)).toEqual(['test/b.test.js', 'test/c.test.js']);
    expect(records['test/b.test.js']?.outcome).toBe('failed');
    expect(records['test/c.test.js']?.outcome).toBe('passed');
    expect(read.warnings[0]).toMatch(/outcome: cancelled is not an outcome this version knows/);
  });

  it("drops unit ids not in today's list and never returns them", () => {
    const read = readEdited((d) => {
      for (const [name, values] of Object.entries(d.units)) {
        values.push(
          ...(name === 'id' ? ['../../etc/passwd', '__proto__'] : [values[0], values[0]]),
        );
      }
    });
    expect(read.checkpoint!.units.ids).toEqual(IDS);
    expect(Object.keys(recordsOf(read.checkpoint!.units).records)).toEqual(IDS);
    expect(read.dropped.unknownIds).toBe(2);
    expect(read.warnings).toEqual([
      expect.stringContaining(
        `2 unit ids not in today's unit list dropped (first: "../../etc/passwd")`,
      ),
    ]);
  });

  it('counts an id that is not a string only when it held a record', () => {
    const read = readEdited((d) => {
      for (const [name, values] of Object.entries(d.units)) {
        values.push(name === 'id' ? 5 : name === 'outcome' ? null : 0);
      }
    });
    expect(read.warnings).toEqual([]);
    expect(read.dropped.invalidEntries).toBe(0);
  });

  it('keeps the first of a repeated id, and drops ids that are not strings', () => {
    const read = readEdited((d) => {
      for (const [name, values] of Object.entries(d.units)) {
        values.push(...(name === 'id' ? ['test/a.test.js', 7] : [values[1], values[1]]));
      }
    });
    expect(read.checkpoint!.units.get('test/a.test.js')?.outcome).toBe('passed');
    expect(read.dropped.invalidEntries).toBe(2);
  });

  it("lays a checkpoint of another list onto today's, by id", () => {
    const today = ['test/c.test.js', 'test/new.test.js', 'test/a.test.js'];
    const read = readEdited(() => {}, today);
    expect(read.checkpoint!.units.ids).toEqual(today);
    expect(Object.keys(recordsOf(read.checkpoint!.units).records)).toEqual([
      'test/c.test.js',
      'test/a.test.js',
    ]);
    expect(read.checkpoint!.units.get('test/c.test.js')).toEqual(
      sample().units.get('test/c.test.js'),
    );
    expect(read.dropped.unknownIds).toBe(1);
  });

  it('keeps warnings on one line whatever the file holds', () => {
    const read = readEdited(
      (d) => {
        d.units.id![0] = 'x\n::error::injected';
        d.units.outcome![0] = 42;
      },
      ['x\n::error::injected', ...IDS.slice(1)],
    );
    expect(read.warnings).toHaveLength(1);
    expect(read.warnings[0]).not.toContain('\n');
  });

  it('ignores a file above the size limit without reading it', () => {
    const path = join(tempDir(), 'checkpoint.json');
    writeFileSync(path, '{');
    truncateSync(path, 80 * 1024 * 1024);
    const started = performance.now();
    const read = readCheckpoint(path, { unitIds: IDS });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(read.checkpoint).toBeUndefined();
    expect(read.warnings).toEqual([
      expect.stringContaining('is 83886080 bytes, above the 67108864-byte limit; ignored'),
    ]);
    // 50 MB of garbage under the limit: read, rejected with a warning, never a crash.
    truncateSync(path, 50 * 1024 * 1024);
    const garbage = readCheckpoint(path, { unitIds: IDS });
    expect(garbage.checkpoint).toBeUndefined();
    expect(garbage.warnings).toHaveLength(1);
    writeCheckpoint(path, sample());
    expect(readCheckpoint(path, { unitIds: IDS, maxBytes: 100 }).warnings).toEqual([
      expect.stringContaining('above the 100-byte limit'),
    ]);
  });

  it('ignores a folder, and a FIFO without blocking on it', () => {
    const dir = tempDir();
    expect(readCheckpoint(dir, { unitIds: IDS }).warnings).toEqual([
      expect.stringContaining('is not a regular file'),
    ]);
    const fifo = join(dir, 'fifo');
    if (process.platform !== 'win32' && spawnSync('mkfifo', [fifo]).status === 0) {
      expect(readCheckpoint(fifo, { unitIds: IDS }).warnings).toEqual([
        expect.stringContaining('is not a regular file'),
      ]);
    }
  });

  it("keeps the file's own list when no unit list is given (status and watchdog)", () => {
    const read = readEdited(() => {}, undefined);
    expect(read.checkpoint!.units.ids).toEqual(IDS);
    expect(plain(read.checkpoint!)).toEqual(plain(sample()));
  });
});

describe('reading format 1', () => {
  it('reads what an older testwarden wrote, and writes it back as format 3', () => {
    const read = readDocument(documentV1Of(sample()));
    expect(read.warnings).toEqual([]);
    expect(read.formatVersion).toBe(1);
    expect(plain(read.checkpoint!)).toEqual(plain(sample()));
    const path = join(tempDir(), 'checkpoint.json');
    writeCheckpoint(path, read.checkpoint!);
    expect(readCheckpoint(path, { unitIds: IDS }).formatVersion).toBe(3);
  });

  it("lays it onto today's list, dropping invalid entries and ids not in the list", () => {
    const document = documentV1Of(sample()) as { units: Record<string, Record<string, unknown>> };
    document.units['test/a.test.js']!.outcome = 'exploded';
    document.units['test/b.test.js']!.finishedAt = 'yesterday';
    document.units['../../etc/passwd'] = document.units['test/c.test.js']!;
    const read = readDocument(document, ['test/c.test.js', 'test/b.test.js']);
    expect(read.checkpoint!.units.ids).toEqual(['test/c.test.js', 'test/b.test.js']);
    expect(Object.keys(recordsOf(read.checkpoint!.units).records)).toEqual(['test/c.test.js']);
    expect(read.dropped).toEqual({ unknownIds: 1, invalidEntries: 2 });
    expect(read.warnings).toEqual([
      expect.stringContaining(
        `1 unit id not in today's unit list dropped (first: "../../etc/passwd")`,
      ),
      expect.stringMatching(/2 invalid unit entries dropped.*first: "test\/a.test.js": outcome/),
    ]);
  });

  it('drops records whose numbers format 2 could not keep exactly, and writes the rest back cleanly', () => {
    const document = documentV1Of(sample()) as { units: Record<string, Record<string, unknown>> };
    document.units['test/a.test.js']!.startedAt = 1e20;
    document.units['test/b.test.js']!.durationMs = 1e300;
    document.units['']! = document.units['test/c.test.js']!;
    const read = readDocument(document, undefined);
    expect(Object.keys(recordsOf(read.checkpoint!.units).records)).toEqual(['test/c.test.js']);
    expect(read.dropped.invalidEntries).toBe(3);
    const path = join(tempDir(), 'checkpoint.json');
    writeCheckpoint(path, read.checkpoint!);
    const again = readCheckpoint(path);
    expect(again.warnings).toEqual([]);
    expect(plain(again.checkpoint!)).toEqual(plain(read.checkpoint!));
  });

  it('ignores units that are not an object', () => {
    const read = readDocument({ ...documentV1Of(sample()), units: [] });
    expect(read.warnings).toEqual([
      expect.stringContaining('does not match format 1 (units: expected an object)'),
    ]);
  });
});
