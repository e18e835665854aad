// `testwarden status` for people: what is done, with the flaky units among the passed ones.
import { describe, expect, it } from 'vitest';
import { formatStatus } from '../../../src/cli/status-format.js';
import type { CheckpointStatus } from '../../../src/core/checkpoint/checkpoint-status.js';

const status = (over: Partial<CheckpointStatus>): CheckpointStatus => ({
  path: '/p/.testwarden/checkpoint.json',
  runId: 'tw-x',
  attempt: null,
  reason: 'SIGINT',
  complete: false,
  updatedAt: '2026-11-26T17:59:05.934Z',
  totalUnits: 40,
  done: 12,
  toRetry: 0,
  notStarted: 28,
  byOutcome: {
    passed: 12,
    failed: 0,
    'timed-out': 0,
    'resource-exceeded': 0,
    interrupted: 0,
    skipped: 0,
  },
  left: [],
  flaky: 0,
  durationMs: 72_000,
  warnings: [],
  running: null,
  ...over,
});

describe('formatStatus', () => {
  it('counts a flaky unit among the passed ones, not beside them', () => {
    expect(formatStatus(status({ flaky: 1 }))).toContain(
      'Done: 12 of 40 units (12 passed, 1 of them flaky, 0 skipped) in 1m12s',
    );
    expect(formatStatus(status({}))).toContain(
      'Done: 12 of 40 units (12 passed, 0 skipped) in 1m12s',
    );
  });
});
