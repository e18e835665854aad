// Per-test records in the checkpoint (format 3): written and read back exactly, rewritten block by block, read as untrusted input row by row, format 2 still read.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  encodeCheckpoint,
  readCheckpoint,
  writeCheckpoint,
} from '../../../src/core/checkpoint/checkpoint-file.js';
import {
  CheckpointTests,
  recordKey,
  UnitTestRecords,
} from '../../../src/core/checkpoint/checkpoint-tests.js';
import { testKey } from '../../../src/core/frameworks/test-results.js';
import { checkpointWith, documentOf, plain, tempDir } from './checkpoint-samples.js';

const IDS = ['jest', 'pytest'];

function withTests() {
  const checkpoint = checkpointWith(IDS, []);
  const jest = checkpoint.tests.of('jest', true);
  jest.set({ file: 'math.spec.cjs', titles: ['math', 'adds'] }, 'passed', 12.4);
  jest.set({ file: 'math.spec.cjs', titles: ['math', 'fails'] }, 'failed', 3);
  jest.set({ file: 'math.spec.cjs', titles: ['hangs'] }, 'running');
  jest.set({ file: 'broken.spec.cjs', titles: [] }, 'error');
  jest.set({ file: 'strings.spec.cjs', titles: ['strings', 'is "quoted"\n'] }, 'todo');
  const pytest = checkpoint.tests.of('pytest', true);
  pytest.finished = true;
  // The node id the file and titles spell is not stored; another one is.
  pytest.set(
    {
      file: 'test_math.py',
      titles: ['TestAdd', 'test_adds[1-2]'],
      nodeId: 'test_math.py::TestAdd::test_adds[1-2]',
    },
    'xfail',
  );
  pytest.set({ file: 'sub/test_x.py', titles: ['test_y'], nodeId: 'test_x.py::test_y' }, 'skipped');
  return checkpoint;
}

function read(document: unknown, unitIds: readonly string[] | undefined = IDS) {
  const path = join(tempDir(), 'checkpoint.json');
  writeFileSync(path, JSON.stringify(document));
  return readCheckpoint(path, unitIds === undefined ? {} : { unitIds });
}

describe('test and row keys', () => {
  it('are the same for an id asked again and for a copy of it (made once per id, never stale)', () => {
    const ids = [
      { file: 'a.js', titles: ['s', 't'] },
      { file: 'a.js', titles: ['s', 't'], occurrence: 2 },
      { file: 'a.py', titles: ['T', 'x'], nodeId: 'a.py::T::x' },
      { file: 'a.py', titles: ['T', 'x'], nodeId: 'a.py::T::x[1]' },
      { file: 'a.py', titles: ['T', 'x'], nodeId: 'a.py::T::x', occurrence: 3 },
    ];
    const rows = ids.map((id) => recordKey(id));
    const tests = ids.map((id) => testKey(id));
    expect(ids.map((id) => recordKey(id))).toEqual(rows);
    expect(ids.map((id) => recordKey({ ...id }))).toEqual(rows);
    expect(ids.map((id) => testKey({ ...id }))).toEqual(tests);
    // A derived node id is not part of the row's key; another one is; so is the occurrence.
    expect(rows[2]).toBe(rows[0]!.replace('a.js', 'a.py').replace('"s","t"', '"T","x"'));
    expect(new Set(rows).size).toBe(5);
    expect(tests[2]).not.toBe(rows[2]);
  });
});

describe('per-test records', () => {
  it('round-trip: every unit section, status, duration, node id and the finished flag', () => {
    const checkpoint = withTests();
    const path = join(tempDir(), 'checkpoint.json');
    writeCheckpoint(path, checkpoint);
    const back = readCheckpoint(path, { unitIds: IDS });
    expect(back.warnings).toEqual([]);
    expect(back.formatVersion).toBe(3);
    expect(plain(back.checkpoint!)).toEqual(plain(checkpoint));
    expect([...back.checkpoint!.tests.of('jest')!.records()]).toEqual([
      {
        file: 'math.spec.cjs',
        titles: ['math', 'adds'],
        status: 'passed',
        durationMs: 12,
        flaky: false,
      },
      {
        file: 'math.spec.cjs',
        titles: ['math', 'fails'],
        status: 'failed',
        durationMs: 3,
        flaky: false,
      },
      { file: 'math.spec.cjs', titles: ['hangs'], status: 'running', flaky: false },
      { file: 'broken.spec.cjs', titles: [], status: 'error', flaky: false },
      {
        file: 'strings.spec.cjs',
        titles: ['strings', 'is "quoted"\n'],
        status: 'todo',
        flaky: false,
      },
    ]);
    const document = documentOf(checkpoint) as { tests: { rows: unknown[][] }[] };
    expect(document.tests[1]!.rows).toEqual([
      [0, ['TestAdd', 'test_adds[1-2]'], 4, null, 0],
      [1, ['test_y'], 2, null, 0, 'test_x.py::test_y'],
    ]);
    expect(back.checkpoint!.tests.of('pytest')!.finished).toBe(true);
  });

  it('a rewrite after changes is byte for byte what a fresh encoding gives (blocks re-encoded when they change)', () => {
    const checkpoint = checkpointWith(IDS, []);
    const records = checkpoint.tests.of('jest', true);
    for (let i = 0; i < 5000; i++)
      records.set({ file: `f${i % 7}.js`, titles: ['t', `${i}`] }, 'running');
    encodeCheckpoint(checkpoint);
    records.set({ file: 'f3.js', titles: ['t', '10'] }, 'passed', 5);
    records.set({ file: 'f1.js', titles: ['t', '4999'] }, 'failed', 7);
    records.delete({ file: 'f5.js', titles: ['t', '2000'] });
    records.set({ file: 'new.js', titles: ['late'] }, 'passed');
    const incremental = Buffer.concat(encodeCheckpoint(checkpoint)).toString();
    const fresh = checkpointWith(IDS, []);
    const copy = new UnitTestRecords();
    for (const r of records.records()) copy.adopt(r);
    fresh.tests.put('jest', copy);
    fresh.createdAt = checkpoint.createdAt;
    fresh.updatedAt = checkpoint.updatedAt;
    fresh.runs = checkpoint.runs;
    expect(incremental).toEqual(Buffer.concat(encodeCheckpoint(fresh)).toString());
    expect(records.size).toBe(5000);
  });

  it('a test that fails and then passes is flaky, in the same run or in the run that resumes it', () => {
    const records = new UnitTestRecords();
    const id = { file: 'a.js', titles: ['a'] };
    records.set(id, 'running');
    records.set(id, 'failed');
    records.set(id, 'running');
    records.set(id, 'passed');
    expect(records.get(id)).toMatchObject({ status: 'passed', flaky: true });
    const carried = new UnitTestRecords();
    carried.adopt({ ...id, status: 'failed', flaky: false });
    carried.set(id, 'running');
    carried.set(id, 'passed');
    expect(carried.get(id)).toMatchObject({ status: 'passed', flaky: true });
    // A test carried as passed, or one that was only cut short, is not flaky when it passes.
    const settled = new UnitTestRecords();
    const other = { file: 'a.js', titles: ['b'] };
    settled.adopt({ ...id, status: 'passed', flaky: false });
    settled.adopt({ ...other, status: 'running', flaky: false });
    settled.set(id, 'passed');
    settled.set(other, 'passed');
    expect(settled.get(id)).toMatchObject({ flaky: false });
    expect(settled.get(other)).toMatchObject({ flaky: false });
  });

  it('reads format 2 (no test records) as a checkpoint without tests', () => {
    const document = documentOf(withTests()) as Record<string, unknown>;
    document.formatVersion = 2;
    delete document.tests;
    delete document.testStatusCodes;
    const back = read(document);
    expect(back.warnings).toEqual([]);
    expect(back.formatVersion).toBe(2);
    expect(back.checkpoint!.tests.size).toBe(0);
  });

  it('drops a bad row alone, says so, and no longer counts the unit as finished', () => {
    const document = documentOf(withTests()) as { tests: { rows: unknown[] }[] };
    const pytest = document.tests[1]!;
    pytest.rows.push(
      [9, ['x'], 0, null, 0], // no such file
      [0, 'not titles', 0, null, 0],
      [0, ['x'], 99, null, 0], // no such status
      [0, ['y'], 1, null, 1], // flaky but failed
      [0, ['z'], 0, -5, 0], // negative duration
      [0, Array.from({ length: 65 }, () => 't'), 0, null, 0],
    );
    const back = read(document);
    expect(back.warnings).toEqual([
      expect.stringMatching(/6 invalid test records dropped.*first: tests: "pytest": file: /),
    ]);
    const records = back.checkpoint!.tests.of('pytest')!;
    expect(records.size).toBe(2);
    expect(records.finished).toBe(false);
    expect(back.checkpoint!.tests.of('jest')!.size).toBe(5);
  });

  it('reads rows with the same file and titles as the repeated tests of that name, in order', () => {
    const document = documentOf(withTests()) as { tests: { rows: unknown[] }[] };
    const pytest = document.tests[1]!;
    const before = pytest.rows.length;
    pytest.rows.push([0, ['again'], 0, 5, 0], [0, ['again'], 1, 7, 0]);
    const back = read(document);
    expect(back.warnings).toEqual([]);
    const records = back.checkpoint!.tests.of('pytest')!;
    expect(records.size).toBe(before + 2);
    const again = [...records.records()].filter((r) => r.titles[0] === 'again');
    expect(again.map((r) => [r.occurrence, r.status, r.durationMs])).toEqual([
      [undefined, 'passed', 5],
      [2, 'failed', 7],
    ]);
    expect(records.get({ file: again[0]!.file, titles: ['again'], occurrence: 2 })!.status).toBe(
      'failed',
    );
    // Written back, the two rows stay two rows in the same order.
    const again2 = read(documentOf(back.checkpoint!) as never);
    const rows = [...again2.checkpoint!.tests.of('pytest')!.records()];
    expect(rows.filter((r) => r.titles[0] === 'again').map((r) => r.status)).toEqual([
      'passed',
      'failed',
    ]);
  });

  it("drops the records of a unit that is not in today's list, and a section that is no section", () => {
    const document = documentOf(withTests()) as { tests: unknown[] };
    document.tests.push('nonsense');
    const back = read(document, ['pytest']);
    expect(back.checkpoint!.tests.unitIds).toEqual(['pytest']);
    expect(back.warnings.join('\n')).toMatch(/1 invalid test record dropped/);
  });

  it('maps status codes through the legend the file gives', () => {
    const document = documentOf(withTests()) as {
      testStatusCodes: string[];
      tests: { rows: unknown[][] }[];
    };
    document.testStatusCodes = ['failed', 'passed', 'brand-new'];
    document.tests = [
      {
        unit: 'jest',
        finished: true,
        files: ['a.js'],
        rows: [
          [0, ['a'], 1, 1, 0],
          [0, ['b'], 0, 1, 0],
          [0, ['c'], 2, 1, 0],
        ],
      },
    ] as never;
    const back = read(document);
    const records = [...back.checkpoint!.tests.of('jest')!.records()];
    expect(records.map((r) => [r.titles[0], r.status])).toEqual([
      ['a', 'passed'],
      ['b', 'failed'],
    ]);
    expect(back.checkpoint!.tests.of('jest')!.finished).toBe(false);
  });

  it('is absent from a checkpoint of a run without presets, which stays as small as before', () => {
    const document = documentOf(checkpointWith(IDS, [])) as Record<string, unknown>;
    expect(document.tests).toEqual([]);
    expect(Buffer.concat(new CheckpointTests().encode()).toString()).toBe('[]');
  });
});
