// What `testwarden status` reads from a checkpoint: counts by outcome, and the units a resume would run, by name.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCheckpoint } from '../../../src/core/checkpoint/checkpoint-file.js';
import { markEnded } from '../../../src/core/checkpoint/checkpoint-format.js';
import { checkpointStatus } from '../../../src/core/checkpoint/checkpoint-status.js';
import { UsageError } from '../../../src/core/errors.js';
import { formatStatus } from '../../../src/cli/status-format.js';
import { checkpointWith, tempDir, unitResult } from './checkpoint-samples.js';

describe('checkpointStatus', () => {
  it('counts what is done and names what is left, in list order', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const checkpoint = checkpointWith(ids, [
      unitResult('a', 'passed'),
      unitResult('b', 'failed'),
      unitResult('c', 'passed', { attempts: 2, flaky: true }),
      unitResult('e', 'skipped'),
    ]);
    markEnded(checkpoint, { reason: 'SIGTERM', unitIds: ids });
    const stateDir = tempDir();
    writeCheckpoint(join(stateDir, 'checkpoint.json'), checkpoint);
    const status = checkpointStatus(stateDir);
    expect(status).toMatchObject({
      reason: 'SIGTERM',
      complete: false,
      totalUnits: 5,
      done: 3,
      toRetry: 1,
      notStarted: 1,
      flaky: 1,
      left: [
        { id: 'b', outcome: 'failed' },
        { id: 'd', outcome: null },
      ],
    });
    const text = formatStatus(status);
    expect(text).toContain('Left: 1 failed, 1 not finished\n  b  failed\n  d  not finished\n');
  });

  it('names at most ten units left in the text, all of them in the JSON', () => {
    const ids = Array.from({ length: 25 }, (_, i) => `u${i}\n::error::x`);
    const stateDir = tempDir();
    writeCheckpoint(join(stateDir, 'checkpoint.json'), checkpointWith(ids, []));
    const status = checkpointStatus(stateDir);
    expect(status.left).toHaveLength(25);
    const text = formatStatus(status);
    expect(text).toContain('  … and 15 more\n');
    expect(text).toContain('  u0\\n::error::x  not finished\n');
    expect(text.split('\n').filter((line) => line.startsWith('::'))).toEqual([]);
  });

  it('refuses a state dir without a checkpoint, naming the option', () => {
    expect(() => checkpointStatus(tempDir())).toThrow(UsageError);
    expect(() => checkpointStatus(tempDir())).toThrow(/--state-dir/);
  });
});
