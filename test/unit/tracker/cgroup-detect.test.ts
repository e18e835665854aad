// Reading /proc/self/mountinfo and /proc/self/cgroup: pure v2, hybrid, a bind-mounted subtree, v1 only.
import { describe, expect, it } from 'vitest';
import {
  cgroupDir,
  detectCgroupSupport,
  findCgroup2Mounts,
  parseOwnCgroup,
} from '../../../src/core/tracker/cgroup-detect.js';
import { unitCgroupName } from '../../../src/core/tracker/cgroup.js';

const PURE_V2 = [
  '22 1 0:21 / /sys rw,nosuid,nodev,noexec,relatime shared:7 - sysfs sysfs rw',
  '26 22 0:23 / /sys/fs/cgroup rw,nosuid,nodev,noexec,relatime shared:9 - cgroup2 cgroup2 rw,nsdelegate,memory_recursiveprot',
].join('\n');

const HYBRID = [
  '30 22 0:26 / /sys/fs/cgroup rw,nosuid,nodev,noexec shared:9 - tmpfs tmpfs ro,mode=755',
  '31 30 0:27 / /sys/fs/cgroup/unified rw,nosuid,nodev,noexec,relatime shared:10 - cgroup2 cgroup2 rw',
  '33 30 0:29 / /sys/fs/cgroup/memory rw,nosuid,nodev,noexec,relatime shared:14 - cgroup cgroup rw,memory',
].join('\n');

const V1_ONLY =
  '33 30 0:29 / /sys/fs/cgroup/memory rw,relatime shared:14 - cgroup cgroup rw,memory';

describe('cgroup detection', () => {
  it('finds the v2 mount on pure v2 and hybrid machines, pure first', () => {
    expect(findCgroup2Mounts(PURE_V2)).toEqual([{ mountPoint: '/sys/fs/cgroup', root: '/' }]);
    expect(findCgroup2Mounts(HYBRID)).toEqual([
      { mountPoint: '/sys/fs/cgroup/unified', root: '/' },
    ]);
    expect(findCgroup2Mounts(`${HYBRID}\n${PURE_V2}`)[0]?.mountPoint).toBe('/sys/fs/cgroup');
    expect(
      findCgroup2Mounts('40 1 0:50 / /mnt/with\\040space rw - cgroup2 none rw')[0]?.mountPoint,
    ).toBe('/mnt/with space');
  });

  it("reads this process's v2 path and maps it through the mount", () => {
    const own = parseOwnCgroup('12:pids:/x\n0::/system.slice/runner.service\n');
    expect(own).toBe('/system.slice/runner.service');
    expect(parseOwnCgroup('4:memory:/a\n')).toBeUndefined();
    const mount = { mountPoint: '/sys/fs/cgroup', root: '/' };
    expect(cgroupDir(mount, '/')).toBe('/sys/fs/cgroup');
    expect(cgroupDir(mount, '/a/b')).toBe('/sys/fs/cgroup/a/b');
    // A subtree bind-mounted into a container: paths outside it are not reachable.
    const bound = { mountPoint: '/sys/fs/cgroup', root: '/kubepods/pod1' };
    expect(cgroupDir(bound, '/kubepods/pod1/c1')).toBe('/sys/fs/cgroup/c1');
    expect(cgroupDir(bound, '/other')).toBeUndefined();
  });

  it('says why cgroups cannot be used', () => {
    expect(detectCgroupSupport({ mountinfo: V1_ONLY, procCgroup: '4:memory:/\n' })).toEqual({
      available: false,
      reason: 'no cgroup v2 hierarchy is mounted (cgroup v1 only)',
    });
    const noPath = detectCgroupSupport({ mountinfo: PURE_V2, procCgroup: '4:memory:/\n' });
    expect(noPath).toMatchObject({
      available: false,
      reason: 'this process has no cgroup v2 path',
    });
  });

  it('names unit cgroups safely and distinctly per attempt', () => {
    const a1 = unitCgroupName('test/dir/a b.test.js', 1);
    expect(a1).toMatch(/^u1-[0-9a-f]{12}-a_b\.test\.js$/);
    expect(unitCgroupName('test/dir/a b.test.js', 2)).not.toBe(a1);
    expect(unitCgroupName('other/a b.test.js', 1)).not.toBe(a1);
    expect(unitCgroupName('..', 1)).not.toMatch(/-\.\.$/);
  });
});
