// A group number the kernel has handed to someone else since the unit's leader exited is never signalled.
import { spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { scanUnitProcesses } from '../../../src/core/tracker/leak-scan.js';
import { readStat } from '../../../src/core/tracker/proc-table.js';
import { groupIsOurs, signalTarget } from '../../../src/core/tracker/terminate.js';
import { isAlive } from '../../support/cli.js';
import { waitFor } from '../../support/wait-for.js';
import { linuxOnly } from '../../support/platform.js';

describe.skipIf(linuxOnly('group number reuse', '/proc, ns_last_pid'))('group number reuse', () => {
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

/**
 * Makes the kernel hand out `target` again: writes `ns_last_pid` (root) and forks until the
 * child gets that pid. The child leads a new group, starts `sleep` in it and exits; its parent
 * does not reap it, so the group's number is owned by a zombie that is not the unit's leader.
 */
const REUSE = String.raw`
import os, sys, time
target = int(sys.argv[1])
for _ in range(500):
    with open('/proc/sys/kernel/ns_last_pid', 'w') as f:
        f.write(str(target - 1))
    pid = os.fork()
    if pid == 0:
        if os.getpid() != target:
            os._exit(0)
        os.setsid()
        member = os.fork()
        if member == 0:
            os.execvp('sleep', ['sleep', '300'])
        print(member, flush=True)
        os._exit(0)
    if pid == target:
        break
    os.waitpid(pid, 0)
else:
    print('no', flush=True)
    sys.exit(3)
time.sleep(300)
`;

const canReusePids =
  process.platform === 'linux' &&
  process.getuid?.() === 0 &&
  spawnSync('python3', ['-c', 'pass']).status === 0;

describe.skipIf(!canReusePids)('a reused group whose owner is a zombie', () => {
  it('is not the unit group: its members are neither leaks nor signalled', async () => {
    // The unit's leader: leads its group, exits, is reaped; its number is free again.
    const leader = spawn('sh', ['-c', 'read x'], {
      detached: true,
      stdio: ['pipe', 'ignore', 'ignore'],
    });
    await waitFor(
      'the leader',
      () => leader.pid !== undefined && readStat(leader.pid) !== undefined,
    );
    const pgid = leader.pid!;
    const sinceTicks = readStat(pgid)!.startTime;
    const exited = new Promise((resolve) => leader.once('exit', resolve));
    leader.stdin!.end('\n');
    await exited;
    await waitFor('the leader to be reaped', () => readStat(pgid) === undefined);

    const reuser = spawn('python3', ['-c', REUSE, String(pgid)], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let out = '';
    reuser.stdout!.on('data', (b: Buffer) => (out += b.toString()));
    try {
      await waitFor('the group number to be reused', () => out.includes('\n'), 20_000);
      expect(out.trim()).not.toBe('no');
      const member = Number(out.trim());
      await waitFor('the new owner to be a zombie', () => readStat(pgid)?.state === 'Z');
      const owner = readStat(pgid)!;
      expect(owner.startTime).not.toBe(sinceTicks);
      expect(readStat(member)?.pgrp).toBe(pgid);
      expect(readStat(member)!.startTime).toBeGreaterThanOrEqual(sinceTicks);

      expect(scanUnitProcesses({ runId: 'r', unitId: 'u', pgid, sinceTicks })).toEqual([]);
      const recorded = { pgid, leaderStartTime: sinceTicks };
      expect(groupIsOurs(recorded)).toBe(false);
      signalTarget(recorded, 'SIGKILL');
      expect(isAlive(member)).toBe(true);

      process.kill(member, 'SIGKILL');
      await waitFor('the member to end', () => !isAlive(member));
    } finally {
      // The reuser's end lets init reap its zombie child.
      reuser.kill('SIGKILL');
    }
    await waitFor('the zombie to be reaped', () => readStat(pgid) === undefined);
  });
});
