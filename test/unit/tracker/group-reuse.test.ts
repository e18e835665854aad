// A group number the kernel has handed to someone else since the unit's leader exited is never signalled.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { scanUnitProcesses } from '../../../src/core/tracker/leak-scan.js';
import { readStat } from '../../../src/core/tracker/proc-table.js';
import { groupIsOurs, signalTarget } from '../../../src/core/tracker/terminate.js';
import { isAlive } from '../../support/cli.js';
import { waitFor } from '../../support/wait-for.js';

describe.skipIf(process.platform !== 'linux')('group number reuse', () => {
  it('leaves alone a group whose leader has another start time than the recorded one', async () => {
    // Stands for an unrelated process that got the old leader's pid and leads its own group.
    const stranger = spawn('sleep', ['300'], { detached: true, stdio: 'ignore' });
    await waitFor(
      'the stranger',
      () => stranger.pid !== undefined && readStat(stranger.pid) !== undefined,
    );
    const pid = stranger.pid!;
    const real = readStat(pid)!.startTime;
    try {
      const recorded = { pgid: pid, leaderStartTime: real - 1 };
      expect(groupIsOurs(recorded)).toBe(false);
      signalTarget(recorded, 'SIGKILL');
      expect(isAlive(pid)).toBe(true);
      // The leak scan does not take it for a member of the old unit's group either.
      expect(
        scanUnitProcesses({ runId: 'r', unitId: 'u', pgid: pid, sinceTicks: real - 1 }),
      ).toEqual([]);
      // With the right start time it is the group we started.
      expect(groupIsOurs({ pgid: pid, leaderStartTime: real })).toBe(true);
    } finally {
      process.kill(-pid, 'SIGKILL');
    }
    await waitFor('the stranger to end', () => !isAlive(pid));
  });
});
