// Machine sampling: sane figures on this machine, and the choice between a cgroup's limit and /proc/meminfo on fake /proc and cgroup trees.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { linuxOnly } from '../../support/platform.js';
import {
  findOwnMemoryCgroup,
  parseMountinfo,
  readCgroupMemory,
} from '../../../src/core/monitor/cgroup-memory.js';
import {
  MachineSampler,
  parseMeminfo,
  parseProcStatCpu,
} from '../../../src/core/monitor/machine-sampler.js';

const GiB = 1024 ** 3;
const MiB = 1024 ** 2;
const roots: string[] = [];

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A fake file system root: `{ 'proc/meminfo': '…' }`. */
function fakeRoot(files: Record<string, string>): string {
  const root = mkdtempSync(join(os.tmpdir(), 'tw-monitor-'));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const MEMINFO = `MemTotal:       16384000 kB\nMemFree:         1000000 kB\nMemAvailable:    4096000 kB\nBuffers:           1000 kB\n`;
const STAT = 'cpu  100 0 100 800 0 0 0 0 0 0\ncpu0 100 0 100 800 0 0 0 0 0 0\nintr 1 2 3\n';
const V2_MOUNT = '41 31 0:38 / /sys/fs/cgroup rw,relatime - cgroup2 cgroup2 rw\n';
const V1_MOUNT = (root: string) =>
  `35 31 0:32 ${root} /sys/fs/cgroup/memory rw,relatime - cgroup cgroup rw,memory\n`;

describe('MachineSampler on this machine', () => {
  it('reports memory within its total and CPU from the second sample on', () => {
    const sampler = new MachineSampler();
    const first = sampler.sample(1);
    expect(first.at).toBe(1);
    expect(first.cpuPercent).toBeNull();
    const until = Date.now() + 30;
    while (Date.now() < until); // some CPU time so the counters move
    const second = sampler.sample();
    for (const s of [first, second]) {
      expect(s.memoryUsedBytes).toBeGreaterThan(0);
      expect(s.memoryUsedBytes).toBeLessThanOrEqual(s.memoryTotalBytes);
      expect(s.memoryPercent).toBeGreaterThan(0);
      expect(s.memoryPercent).toBeLessThanOrEqual(100);
      expect(s.source).toBe(sampler.source);
    }
    expect(second.cpuPercent).toBeGreaterThan(0);
    expect(second.cpuPercent).toBeLessThanOrEqual(100);
    if (process.platform === 'linux') expect(sampler.source).not.toBe('os');
    if (sampler.source === 'meminfo') expect(first.memoryTotalBytes).toBe(os.totalmem());
  });

  it('takes well under a millisecond per sample', () => {
    const sampler = new MachineSampler();
    for (let i = 0; i < 100; i++) sampler.sample();
    const started = process.hrtime.bigint();
    const n = 2000;
    for (let i = 0; i < n; i++) sampler.sample();
    const meanMs = Number(process.hrtime.bigint() - started) / n / 1e6;
    expect(meanMs).toBeLessThan(1);
  });

  it.skipIf(linuxOnly('our own memory cgroup', 'cgroups'))(
    'reads our own memory cgroup with sane values',
    () => {
      const own = findOwnMemoryCgroup();
      if (!own) return; // no readable memory cgroup here
      const reading = readCgroupMemory(own.dir);
      expect(reading).toBeDefined();
      expect(reading!.currentBytes).toBeGreaterThan(0);
      expect(reading!.workingSetBytes).toBeLessThanOrEqual(reading!.currentBytes);
    },
  );
});

describe('MachineSampler with fake /proc and cgroup trees', () => {
  it('uses a cgroup v2 limit below the machine, minus inactive page cache', () => {
    const dir = 'sys/fs/cgroup/ci/job';
    const root = fakeRoot({
      'proc/meminfo': MEMINFO,
      'proc/stat': STAT,
      'proc/self/mountinfo': V2_MOUNT,
      'proc/self/cgroup': '0::/ci/job\n',
      [`${dir}/memory.max`]: `${2 * GiB}\n`,
      [`${dir}/memory.current`]: `${1 * GiB}\n`,
      [`${dir}/memory.stat`]: `anon 1\nfile 2\ninactive_file ${256 * MiB}\nactive_file 3\n`,
    });
    const sampler = new MachineSampler({ fsRoot: root });
    expect(sampler.source).toBe('cgroup-v2');
    expect(sampler.sample(0)).toEqual({
      at: 0,
      memoryUsedBytes: 768 * MiB,
      memoryTotalBytes: 2 * GiB,
      memoryPercent: 37.5,
      cpuPercent: null,
      source: 'cgroup-v2',
    });
  });

  it('finds a limit set on a parent v2 cgroup', () => {
    const root = fakeRoot({
      'proc/meminfo': MEMINFO,
      'proc/self/mountinfo': V2_MOUNT,
      'proc/self/cgroup': '0::/ci/job\n',
      'sys/fs/cgroup/ci/memory.max': `${1 * GiB}\n`,
      'sys/fs/cgroup/ci/memory.current': `${512 * MiB}\n`,
      'sys/fs/cgroup/ci/job/memory.max': 'max\n',
      'sys/fs/cgroup/ci/job/memory.current': `${100 * MiB}\n`,
    });
    expect(findOwnMemoryCgroup(root)).toEqual({ version: 2, dir: join(root, 'sys/fs/cgroup/ci') });
    const sample = new MachineSampler({ fsRoot: root }).sample(0);
    expect(sample).toMatchObject({ source: 'cgroup-v2', memoryTotalBytes: GiB, memoryPercent: 50 });
  });

  it('uses a cgroup v1 limit inside a container mount, as docker stats counts it', () => {
    const dir = 'sys/fs/cgroup/memory';
    const root = fakeRoot({
      'proc/meminfo': MEMINFO,
      'proc/self/mountinfo':
        V1_MOUNT('/docker/abc') + V2_MOUNT.replace('/sys/fs/cgroup ', '/sys/fs/cgroup/unified '),
      'proc/self/cgroup': '4:memory:/docker/abc\n0::/\n',
      [`${dir}/memory.usage_in_bytes`]: `${600 * MiB}\n`,
      [`${dir}/memory.limit_in_bytes`]: `${1 * GiB}\n`,
      [`${dir}/memory.stat`]: `cache 5\ninactive_file 7\nhierarchical_memory_limit ${1 * GiB}\ntotal_inactive_file ${88 * MiB}\n`,
    });
    const sampler = new MachineSampler({ fsRoot: root });
    expect(sampler.source).toBe('cgroup-v1');
    expect(sampler.sample(0)).toMatchObject({
      memoryUsedBytes: 512 * MiB,
      memoryTotalBytes: GiB,
      memoryPercent: 50,
    });
  });

  it('falls back to /proc/meminfo when the cgroup has no limit below the machine', () => {
    const root = fakeRoot({
      'proc/meminfo': MEMINFO,
      'proc/stat': STAT,
      'proc/self/mountinfo':
        V1_MOUNT('/') + V2_MOUNT.replace('/sys/fs/cgroup ', '/sys/fs/cgroup/unified '),
      'proc/self/cgroup': '4:memory:/runner\n0::/\n',
      'sys/fs/cgroup/memory/runner/memory.usage_in_bytes': `${600 * MiB}\n`,
      'sys/fs/cgroup/memory/runner/memory.stat': 'hierarchical_memory_limit 9223372036854771712\n',
    });
    const sampler = new MachineSampler({ fsRoot: root });
    expect(sampler.source).toBe('meminfo');
    const sample = sampler.sample(0);
    expect(sample.memoryTotalBytes).toBe(16_384_000 * 1024);
    expect(sample.memoryUsedBytes).toBe((16_384_000 - 4_096_000) * 1024);
    expect(sample.memoryPercent).toBe(75);
  });

  it('computes CPU busy from /proc/stat deltas, without idle and iowait', () => {
    const root = fakeRoot({ 'proc/meminfo': MEMINFO, 'proc/stat': STAT });
    const sampler = new MachineSampler({ fsRoot: root });
    expect(sampler.sample(0).cpuPercent).toBeNull();
    // +50 user +50 system +80 idle +20 iowait: busy 100 of 200.
    writeFileSync(join(root, 'proc/stat'), 'cpu  150 0 150 880 20 0 0 0 7 7\n');
    expect(sampler.sample(1).cpuPercent).toBe(50);
    // No tick elapsed: the last figure stands.
    expect(sampler.sample(2).cpuPercent).toBe(50);
  });

  it('uses the os module off Linux', () => {
    const sampler = new MachineSampler({ platform: 'darwin' });
    expect(sampler.source).toBe('os');
    const sample = sampler.sample(0);
    expect(sample).toMatchObject({
      source: 'os',
      memoryTotalBytes: os.totalmem(),
      cpuPercent: null,
    });
    expect(sample.memoryPercent).toBeGreaterThan(0);
    expect(sample.memoryPercent).toBeLessThanOrEqual(100);
  });
});

describe('parsers', () => {
  it('read the aggregate cpu line', () => {
    expect(parseProcStatCpu('cpu  1 2 3 4 5 6 7 8 9 10\n')).toEqual({
      busy: 1 + 2 + 3 + 6 + 7 + 8,
      total: 36,
    });
    expect(parseProcStatCpu('cpu0 1 2 3 4\n')).toBeUndefined();
  });

  it('read meminfo, also from kernels without MemAvailable', () => {
    expect(parseMeminfo(MEMINFO)).toEqual({
      totalBytes: 16_384_000 * 1024,
      availableBytes: 4_096_000 * 1024,
    });
    const old = 'MemTotal: 1000 kB\nMemFree: 100 kB\nBuffers: 50 kB\nCached: 200 kB\n';
    expect(parseMeminfo(old)).toEqual({ totalBytes: 1000 * 1024, availableBytes: 350 * 1024 });
  });

  it('read mountinfo with escaped spaces and optional fields', () => {
    const [mount] = parseMountinfo(
      '35 31 0:32 /a\\040b /mnt/x rw shared:7 master:1 - cgroup cgroup rw,memory\n',
    );
    expect(mount).toEqual({
      root: '/a b',
      point: '/mnt/x',
      fstype: 'cgroup',
      superOptions: ['rw', 'memory'],
    });
  });
});
