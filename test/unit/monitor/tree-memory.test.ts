// Tree memory with real processes: a unit's processes found by group and by parent links, and their RSS summed.
import { afterEach, describe, expect, it } from 'vitest';
import {
  pageSize,
  readProcessTable,
  rssOfPids,
  treeMemory,
  unitProcesses,
} from '../../../src/core/monitor/tree-memory.js';
import { readCgroupMemory } from '../../../src/core/monitor/cgroup-memory.js';
import { ProcessScanner, readProcStat } from '../../../src/core/monitor/process-scanner.js';
import { linuxOnly } from '../../support/platform.js';
import {
  killStarted,
  makeMemoryCgroup,
  removeCgroups,
  startAllocatingTree,
} from './allocating-processes.js';

const MiB = 1024 ** 2;

afterEach(async () => {
  await killStarted();
  await removeCgroups();
});

describe.skipIf(linuxOnly('tree memory', '/proc, setsid, cgroups'))('tree memory', () => {
  it('knows the page size', () => {
    expect([4096, 16_384, 65_536]).toContain(pageSize);
  });

  it('sums the RSS of a parent and two allocating children, one of them in its own session', async () => {
    const tree = await startAllocatingTree(20, [150, 150], { setsidSecond: true });
    const { pids, rssBytes } = treeMemory({ pgid: tree.pid, leaderPid: tree.pid });
    expect(pids.sort()).toEqual([tree.pid, ...tree.childPids].sort());
    // 320 MiB touched, plus a few tens of MiB of Node per process.
    expect(rssBytes).toBeGreaterThan(320 * MiB);
    expect(rssBytes).toBeLessThan(320 * MiB + 3 * 120 * MiB);
    const byPid = rssOfPids([tree.pid, ...tree.childPids, 999_999_999]);
    expect(Math.abs(byPid - rssBytes)).toBeLessThan(8 * MiB);
    // The setsid child is found through its parent, not its group.
    const setsid = readProcessTable().find((p) => p.pid === tree.childPids[1]);
    expect(setsid?.pgrp).not.toBe(tree.pid);
  });

  it('keeps one unit apart from another and from this process', async () => {
    const [a, b] = await Promise.all([startAllocatingTree(10, [30]), startAllocatingTree(10)]);
    const table = readProcessTable();
    const ofA = unitProcesses(table, { pgid: a!.pid, leaderPid: a!.pid }).map((p) => p.pid);
    const ofB = unitProcesses(table, { pgid: b!.pid, leaderPid: b!.pid }).map((p) => p.pid);
    expect(ofA.sort()).toEqual([a!.pid, ...a!.childPids].sort());
    expect(ofB).toEqual([b!.pid]);
    expect([...ofA, ...ofB]).not.toContain(process.pid);
  });

  it('reads only processes that started at or after the horizon, new ones included', async () => {
    const first = await startAllocatingTree(10);
    const horizon = readProcStat(first.pid)!.startTime;
    const scanner = new ProcessScanner();
    const pids = () => scanner.scan(horizon).map((p) => p.pid);
    expect(pids()).toContain(first.pid);
    expect(pids()).not.toContain(process.pid);
    const second = await startAllocatingTree(10, [10]);
    const now = pids();
    expect(now).toEqual(expect.arrayContaining([first.pid, second.pid, ...second.childPids]));
    expect(now).not.toContain(process.pid);
    expect(new ProcessScanner().scan(0).map((p) => p.pid)).toContain(process.pid);
  });

  it('finds nothing for a group that is gone', () => {
    expect(treeMemory({ pgid: 999_999_999, leaderPid: 999_999_999 })).toEqual({
      pids: [],
      rssBytes: 0,
    });
  });

  it("reads a unit cgroup's memory where one can be made, and nothing where the controller is missing", async (context) => {
    expect(readCgroupMemory('/sys/fs/cgroup/unified')).toBeUndefined();
    expect(readCgroupMemory('/nonexistent')).toBeUndefined();
    const dir = makeMemoryCgroup();
    if (!dir) return context.skip();
    const tree = await startAllocatingTree(100, [], { cgroupDir: dir });
    const reading = readCgroupMemory(dir)!;
    const rss = treeMemory({ pgid: tree.pid, leaderPid: tree.pid }).rssBytes;
    expect(reading.currentBytes).toBeGreaterThan(100 * MiB);
    expect(reading.peakBytes).toBeGreaterThanOrEqual(reading.currentBytes);
    expect(reading.workingSetBytes).toBeLessThanOrEqual(reading.currentBytes);
    expect(Math.abs(reading.workingSetBytes - rss)).toBeLessThan(50 * MiB);
  });
});
