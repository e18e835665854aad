import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cgroupCpuQuota, usableCores, v2Quota } from '../../../src/core/plan/usable-cores.js';
import { JOBS_FORM, parseJobs, parseRunOptions } from '../../../src/core/plan/run-options.js';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

/** A fake /proc and /sys/fs/cgroup under a temp folder. */
function fakeRoot(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'tw-cores-'));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const V2_MOUNT = '30 25 0:26 / /sys/fs/cgroup rw,nosuid - cgroup2 cgroup2 rw\n';
const V1_MOUNT = '31 25 0:27 / /sys/fs/cgroup/cpu,cpuacct rw - cgroup cgroup rw,cpu,cpuacct\n';

describe('cgroup CPU quota', () => {
  it('reads v2 cpu.max, the smallest along the path up to the mount', () => {
    const root = fakeRoot({
      'proc/self/mountinfo': V2_MOUNT,
      'proc/self/cgroup': '0::/ci/job\n',
      'sys/fs/cgroup/ci/cpu.max': '150000 100000\n',
      'sys/fs/cgroup/ci/job/cpu.max': 'max 100000\n',
    });
    expect(cgroupCpuQuota(root)).toBe(1.5);
  });

  it('reads v1 cfs quota and period; -1 is no quota', () => {
    const root = fakeRoot({
      'proc/self/mountinfo': V1_MOUNT,
      'proc/self/cgroup': '4:cpu,cpuacct:/docker/abc\n',
      'sys/fs/cgroup/cpu,cpuacct/docker/abc/cpu.cfs_quota_us': '300000\n',
      'sys/fs/cgroup/cpu,cpuacct/docker/abc/cpu.cfs_period_us': '100000\n',
      'sys/fs/cgroup/cpu,cpuacct/docker/cpu.cfs_quota_us': '-1\n',
      'sys/fs/cgroup/cpu,cpuacct/docker/cpu.cfs_period_us': '100000\n',
    });
    expect(cgroupCpuQuota(root)).toBe(3);
  });

  it('is undefined without cgroup files, and v2Quota reads both forms', () => {
    expect(cgroupCpuQuota(fakeRoot({}))).toBeUndefined();
    expect(v2Quota('max 100000')).toBeUndefined();
    expect(v2Quota('50000 100000')).toBe(0.5);
    expect(v2Quota(undefined)).toBeUndefined();
  });

  it('never counts fewer than one core, nor more than the affinity allows', () => {
    expect(usableCores()).toBeGreaterThanOrEqual(1);
    expect(usableCores()).toBeLessThanOrEqual(availableParallelism());
  });
});

describe('--jobs', () => {
  const eight = () => 8;
  it.each([
    ['4', 4],
    ['auto', 8],
    ['AUTO', 8],
    ['50%', 4],
    ['10%', 1],
    ['100%', 8],
    ['33.3%', 2],
  ])('%s on 8 usable cores is %d', (text, n) => expect(parseJobs('--jobs', text, eight)).toBe(n));

  it.each(['0', '1025', '0%', '150%', 'half', '2.5', '-1', ''])('rejects %j', (text) => {
    expect(() => parseJobs('--jobs', text, eight)).toThrow(
      `--jobs: expected ${JOBS_FORM}, got ${JSON.stringify(text)}`,
    );
  });
});

describe('off', () => {
  const base = { command: 'true', patterns: ['x'] };
  it('turns off the memory and CPU thresholds, the timeout, the per-test memory and the failure limit', () => {
    const o = parseRunOptions({
      ...base,
      memoryThreshold: 'off',
      cpuThreshold: 'OFF',
      timeout: 'off',
      maxMemoryPerTest: 'off',
      maxFailures: 'off',
    });
    expect(o.memoryThresholdPercent).toBeNull();
    expect(o.cpuThresholdPercent).toBeUndefined();
    expect(o.timeoutMs).toBe(Infinity);
    expect(o.maxMemoryPerTestBytes).toBeUndefined();
    expect(o.maxFailures).toBeUndefined();
  });

  it('says off is allowed when a value is wrong', () => {
    expect(() => parseRunOptions({ ...base, memoryThreshold: 'of' })).toThrow(
      '--memory-threshold: expected a percentage above 0 and at most 100, or off, got "of"',
    );
    expect(() => parseRunOptions({ ...base, timeout: '0s' })).toThrow(
      '--timeout: expected a duration above zero, or off, got "0s"',
    );
    expect(() => parseRunOptions({ ...base, timeout: '1m30' })).toThrow(
      /--timeout: expected a duration like 500ms, 90s, 1m30s, 10m, 1h or a number of seconds, or off, got "1m30"/,
    );
  });
});
