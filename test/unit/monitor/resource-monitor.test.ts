// The resource monitor: real allocating units caught over their limit, peaks kept, and with synthetic samples the cadence, hooks, history and errors.
import { afterEach, describe, expect, it } from 'vitest';
import type { MachineSample } from '../../../src/core/monitor/machine-sampler.js';
import { ResourceMonitor } from '../../../src/core/monitor/resource-monitor.js';
import type { ThresholdState } from '../../../src/core/monitor/thresholds.js';
import {
  killStarted,
  makeMemoryCgroup,
  removeCgroups,
  spawnAllocatingTree,
  startAllocatingTree,
} from './allocating-processes.js';
import { waitFor } from '../../support/wait-for.js';
import { linuxOnly } from '../../support/platform.js';

const MiB = 1024 ** 2;
const monitors: ResourceMonitor[] = [];

afterEach(async () => {
  for (const m of monitors.splice(0)) m.stop();
  await killStarted();
  await removeCgroups();
});

function monitor(...args: ConstructorParameters<typeof ResourceMonitor>): ResourceMonitor {
  const m = new ResourceMonitor(...args);
  monitors.push(m);
  return m;
}

/** A sampler that replays memory percentages (CPU null) and records the times it was asked at. */
function scripted(memory: number[]) {
  const asked: number[] = [];
  return {
    asked,
    sample(at = 0): MachineSample {
      asked.push(at);
      const memoryPercent = memory[Math.min(asked.length - 1, memory.length - 1)] ?? 0;
      return {
        at,
        memoryPercent,
        memoryUsedBytes: memoryPercent,
        memoryTotalBytes: 100,
        cpuPercent: null,
        source: 'meminfo',
      };
    },
  };
}

const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;

describe.skipIf(linuxOnly('ResourceMonitor with real units', '/proc, cgroups'))(
  'ResourceMonitor with real units',
  () => {
    it('calls onExceeded once for a unit over its limit, and not for one under it', async () => {
      const m = monitor();
      const exceeded: Array<[string, number]> = [];
      const [big, small] = await Promise.all([startAllocatingTree(300), startAllocatingTree(40)]);
      m.start();
      for (const [id, tree] of [
        ['big', big!],
        ['small', small!],
      ] as const) {
        m.watchUnit(id, {
          pgid: tree.pid,
          leaderPid: tree.pid,
          maxMemoryBytes: 200 * MiB,
          onExceeded: (peak) => exceeded.push([id, peak]),
        });
      }
      await waitFor('onExceeded', () => exceeded.length > 0, 5000);
      await waitFor(
        'more unit samples',
        () => (m.peakFor('small') ?? 0) > 0 && m.cost().unitSamples >= 4,
        5000,
      );
      expect(exceeded).toHaveLength(1);
      expect(exceeded[0]![0]).toBe('big');
      expect(exceeded[0]![1]).toBeGreaterThan(300 * MiB);
      expect(m.peakFor('big')).toBeGreaterThanOrEqual(exceeded[0]![1]);
      expect(m.peakFor('small')).toBeLessThan(200 * MiB);
      expect(m.unwatchUnit('big')).toBeGreaterThan(300 * MiB);
      expect(m.peakFor('big')).toBeUndefined();
    });

    it('catches a unit that allocates while watched, within a few unit samples', async () => {
      const m = monitor();
      let caughtAt: number | undefined;
      const unit = spawnAllocatingTree(20, [300]);
      m.start();
      m.watchUnit('grower', {
        pgid: unit.pid,
        leaderPid: unit.pid,
        maxMemoryBytes: 200 * MiB,
        onExceeded: () => (caughtAt ??= Date.now()),
      });
      await unit.ready;
      const readyAt = Date.now();
      await waitFor('onExceeded', () => caughtAt !== undefined, 5000);
      // Default unit period is 250 ms; allow for a loaded machine.
      expect(caughtAt! - readyAt).toBeLessThan(2000);
    });

    it("uses a unit cgroup's memory where readable, and sums the tree where not", async (context) => {
      const dir = makeMemoryCgroup();
      if (!dir) return context.skip();
      const m = monitor({ unitIntervalMs: 50 });
      const exceeded: string[] = [];
      const [inCgroup, plain] = await Promise.all([
        startAllocatingTree(300, [], { cgroupDir: dir }),
        startAllocatingTree(60),
      ]);
      m.watchUnit('cgroup', {
        pgid: 999_999_999, // not found by group: only the cgroup can see it
        leaderPid: 999_999_999,
        cgroupDir: dir,
        maxMemoryBytes: 200 * MiB,
        onExceeded: () => exceeded.push('cgroup'),
      });
      m.watchUnit('no-controller', {
        pgid: plain.pid,
        leaderPid: plain.pid,
        cgroupDir: '/sys/fs/cgroup/unified',
        maxMemoryBytes: 200 * MiB,
      });
      m.start();
      await waitFor('onExceeded for the cgroup unit', () => exceeded.length > 0, 5000);
      expect(m.peakFor('cgroup')).toBeGreaterThan(300 * MiB);
      expect(m.peakFor('no-controller')).toBeGreaterThan(60 * MiB);
      expect(m.peakFor('no-controller')).toBeLessThan(200 * MiB);
      expect(inCgroup.pid).toBeGreaterThan(0);
    });

    it('samples a real machine on start and keeps its timer from holding the process open', () => {
      const before = timers();
      const samples: MachineSample[] = [];
      const m = monitor({ onSample: (s) => samples.push(s) });
      m.start();
      expect(samples).toHaveLength(1);
      expect(m.lastSample?.memoryPercent).toBeGreaterThan(0);
      expect(timers()).toBe(before);
      m.watchUnit('u', { pgid: 999_999_999, leaderPid: 999_999_999, maxMemoryBytes: 1 });
      expect(timers()).toBe(before);
      m.stop();
    });
  },
);

describe('ResourceMonitor with synthetic samples', () => {
  it('samples the machine once per interval even while units are sampled faster', () => {
    const sampler = scripted([10]);
    const m = monitor({ sampler, intervalMs: 1000, unitIntervalMs: 250 });
    m.watchUnit('u', { pgid: 999_999_999, leaderPid: 999_999_999, maxMemoryBytes: 1 });
    for (let at = 0; at <= 2000; at += 250) m.tick(at);
    expect(sampler.asked).toEqual([0, 1000, 2000]);
    expect(m.cost()).toMatchObject({ cycles: 9, machineSamples: 3, unitSamples: 9 });
    expect(m.peakFor('u')).toBe(0);
  });

  it('reports threshold changes and holds admission while memory is high', () => {
    const states: ThresholdState[] = [];
    const m = monitor({
      sampler: scripted([50, 95, 96, 97, 97, 40]),
      thresholds: { memoryPercent: 90, windowMs: 2000 },
      onThreshold: (s) => states.push(s),
    });
    const admits: boolean[] = [];
    for (let at = 0; at <= 5000; at += 1000) {
      m.tick(at);
      admits.push(m.admit);
    }
    expect(admits).toEqual([true, false, false, false, false, true]);
    expect(states.map((s) => [s.admit, s.shutdown?.reason ?? null])).toEqual([
      [false, null],
      [false, 'memory'],
      [true, 'memory'],
    ]);
    expect(states[1]!.shutdown).toEqual({
      reason: 'memory',
      since: 1000,
      value: 97,
      threshold: 90,
    });
    expect(m.thresholdState.shutdown).toBeDefined();
  });

  it('keeps a bounded history and the exact machine peak', () => {
    const memory = Array.from({ length: 3000 }, (_, i) => (i === 1234 ? 99 : i % 70));
    const m = monitor({ sampler: scripted(memory), historyPoints: 100 });
    for (let i = 0; i < 3000; i++) m.tick(i * 1000);
    const history = m.history();
    expect(history.length).toBeLessThanOrEqual(100);
    expect(history.reduce((n, p) => n + p.samples, 0)).toBe(3000);
    expect(Math.max(...history.map((p) => p.memoryPercent))).toBe(99);
    expect(m.machinePeak()?.memoryPercent).toBe(99);
  });

  it('passes sampling and hook failures to onError, and throws them without it', () => {
    const errors: unknown[] = [];
    const broken = {
      sample: (): MachineSample => {
        throw new Error('no /proc');
      },
    };
    monitor({ sampler: broken, onError: (e) => errors.push(e) }).tick(0);
    expect(errors).toEqual([new Error('no /proc')]);
    expect(() => monitor({ sampler: broken }).tick(0)).toThrow('no /proc');
    const throwing = monitor({
      sampler: scripted([95]),
      thresholds: { windowMs: 0 },
      onSample: () => {
        throw new Error('hook');
      },
      onThreshold: (s) => errors.push(s.shutdown?.reason),
      onError: (e) => errors.push(e),
    });
    throwing.tick(0);
    expect(errors.slice(1)).toEqual([new Error('hook'), 'memory']);
  });

  it('counts its own CPU time', () => {
    const m = monitor({ sampler: scripted([10]) });
    for (let i = 0; i < 100; i++) m.tick(i * 1000);
    const cost = m.cost();
    expect(cost.cycles).toBe(100);
    expect(cost.cpuMicros).toBe(cost.machineCpuMicros + cost.unitCpuMicros);
    expect(cost.cpuMicros).toBeGreaterThanOrEqual(0);
    expect(cost.percentOfCore).toBeGreaterThanOrEqual(0);
  });
});
