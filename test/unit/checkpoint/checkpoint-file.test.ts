// The checkpoint on disk: atomic writes, and reading hostile or broken files without crashing or trusting them.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CheckpointWriteError,
  readCheckpoint,
  writeCheckpoint,
} from '../../../src/core/checkpoint/checkpoint-file.js';
import { checkpointWith, tempDir, unitResult } from './checkpoint-samples.js';

const IDS = ['test/a.test.js', 'test/b.test.js', 'test/c.test.js'];

function sample() {
  return checkpointWith(IDS, [
    unitResult('test/a.test.js', 'passed'),
    unitResult('test/b.test.js', 'failed'),
    unitResult('test/c.test.js', 'passed', { attempts: 3, flaky: true, exitCode: 0 }),
  ]);
}

/** Writes a valid checkpoint, lets `edit` spoil its JSON document, and reads it back. */
function readEdited(edit: (document: Record<string, unknown>) => void, unitIds = IDS) {
  const path = join(tempDir(), 'checkpoint.json');
  const document = JSON.parse(JSON.stringify(sample())) as Record<string, unknown>;
  edit(document);
  writeFileSync(path, JSON.stringify(document));
  return readCheckpoint(path, { unitIds });
}

describe('writeCheckpoint', () => {
  it('round-trips: what is read is what was written', () => {
    const path = join(tempDir(), 'checkpoint.json');
    const checkpoint = sample();
    const { bytes } = writeCheckpoint(path, checkpoint);
    expect(bytes).toBe(readFileSync(path).length);
    const read = readCheckpoint(path, { unitIds: IDS });
    expect(read.warnings).toEqual([]);
    expect(read.checkpoint).toEqual(checkpoint);
  });

  it('writes compact JSON and leaves no temp file, also when replacing a checkpoint', () => {
    const dir = tempDir();
    const path = join(dir, 'checkpoint.json');
    writeCheckpoint(path, checkpointWith(IDS, []));
    writeCheckpoint(path, sample());
    expect(readdirSync(dir)).toEqual(['checkpoint.json']);
    expect(readFileSync(path, 'utf8')).not.toContain('\n  ');
    expect(readCheckpoint(path, { unitIds: IDS }).checkpoint).toEqual(sample());
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
    const read = readEdited((d) => (d.formatVersion = 2));
    expect(read.checkpoint).toBeUndefined();
    expect(read.warnings).toEqual([
      expect.stringContaining('has format version 2, newer than this testwarden reads (1)'),
    ]);
  });

  it.each([
    [
      'a missing format version',
      (d: Record<string, unknown>) => delete d.formatVersion,
      /format version none, expected 1/,
    ],
    [
      'a format version string',
      (d: Record<string, unknown>) => (d.formatVersion = '1'),
      /format version "1", expected 1/,
    ],
    [
      'a runId of the wrong type',
      (d: Record<string, unknown>) => (d.runId = 42),
      /does not match format 1 \(runId: /,
    ],
    [
      'an unknown reason',
      (d: Record<string, unknown>) => (d.reason = 'boredom'),
      /does not match format 1 \(reason: /,
    ],
    [
      'a bad fingerprint',
      (d: Record<string, unknown>) => (d.fingerprint = { units: 'x', command: 'y' }),
      /fingerprint\.units/,
    ],
    [
      'units as an array',
      (d: Record<string, unknown>) => (d.units = []),
      /units: expected an object/,
    ],
  ])('ignores %s with a warning', (_what, edit, message) => {
    const read = readEdited(edit);
    expect(read.checkpoint).toBeUndefined();
    expect(read.warnings).toHaveLength(1);
    expect(read.warnings[0]).toMatch(message);
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

  it('keeps the valid units when some entries are invalid, and counts the ones dropped', () => {
    const read = readEdited((d) => {
      const units = d.units as Record<string, Record<string, unknown>>;
      units['test/a.test.js']!.outcome = 'exploded';
      units['test/b.test.js']!.durationMs = -5;
    });
    expect(Object.keys(read.checkpoint!.units)).toEqual(['test/c.test.js']);
    expect(read.dropped).toEqual({ unknownIds: 0, invalidEntries: 2 });
    expect(read.warnings).toEqual([
      expect.stringMatching(
        /2 invalid unit entries dropped, they will run again \(first: "test\/a.test.js": outcome/,
      ),
    ]);
  });

  it("drops unit ids not in today's list and never returns them", () => {
    const read = readEdited((d) => {
      const units = d.units as Record<string, unknown>;
      units['../../etc/passwd'] = units['test/a.test.js'];
      // As JSON.parse makes it: an own key, not the prototype.
      Object.defineProperty(units, '__proto__', {
        value: units['test/a.test.js'],
        enumerable: true,
      });
    });
    expect(Object.keys(read.checkpoint!.units).sort()).toEqual(IDS);
    expect(read.dropped.unknownIds).toBe(2);
    expect(read.warnings).toEqual([
      expect.stringContaining(
        `2 unit ids not in today's unit list dropped (first: "../../etc/passwd")`,
      ),
    ]);
  });

  it('keeps warnings on one line whatever the file holds', () => {
    const read = readEdited(
      (d) => ((d.units as Record<string, unknown>)['x\n::error::injected'] = {}),
      [...IDS, 'x\n::error::injected'],
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

  it('keeps every id when no unit list is given (status and watchdog)', () => {
    const path = join(tempDir(), 'checkpoint.json');
    writeCheckpoint(path, sample());
    expect(Object.keys(readCheckpoint(path).checkpoint!.units).sort()).toEqual(IDS);
  });
});
