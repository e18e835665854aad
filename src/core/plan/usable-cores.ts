// How many units `--jobs auto` runs: the cores this process may use (its CPU affinity), lowered to a cgroup's CPU quota (a container's --cpus, a systemd CPUQuota) when one is tighter.
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { dirUnder, parseMountinfo, parseProcCgroup } from '../monitor/cgroup-memory.js';
import { readKernelFile } from '../monitor/read-kernel-file.js';

export function usableCores(fsRoot = ''): number {
  const quota = cgroupCpuQuota(fsRoot);
  const cores = availableParallelism();
  // A quota of 1.5 CPUs runs one unit at full speed, not two at three quarters.
  return Math.max(1, Math.min(cores, quota === undefined ? cores : Math.floor(quota)));
}

/** The smallest CPU quota (in CPUs) of our cgroup and its ancestors, or undefined when none is set. */
export function cgroupCpuQuota(fsRoot = ''): number | undefined {
  const mountinfo = readKernelFile(`${fsRoot}/proc/self/mountinfo`);
  const cgroupText = readKernelFile(`${fsRoot}/proc/self/cgroup`);
  if (mountinfo === undefined || cgroupText === undefined) return undefined;
  const mounts = parseMountinfo(mountinfo);
  const paths = parseProcCgroup(cgroupText);
  let smallest: number | undefined;
  const consider = (cpus: number | undefined) => {
    if (cpus !== undefined && cpus > 0 && (smallest === undefined || cpus < smallest))
      smallest = cpus;
  };
  const v2Path = paths.get('');
  const v2Mount = mounts.find((m) => m.fstype === 'cgroup2');
  if (v2Path !== undefined && v2Mount) {
    for (const dir of upTo(fsRoot + dirUnder(v2Mount, v2Path), fsRoot + v2Mount.point))
      consider(v2Quota(readKernelFile(join(dir, 'cpu.max'))));
  }
  const v1Mount = mounts.find((m) => m.fstype === 'cgroup' && m.superOptions.includes('cpu'));
  const v1Path = [...paths].find(([controllers]) => controllers.split(',').includes('cpu'))?.[1];
  if (v1Mount && v1Path !== undefined) {
    for (const dir of upTo(fsRoot + dirUnder(v1Mount, v1Path), fsRoot + v1Mount.point)) {
      const quota = Number(readKernelFile(join(dir, 'cpu.cfs_quota_us'))?.trim());
      const period = Number(readKernelFile(join(dir, 'cpu.cfs_period_us'))?.trim());
      if (quota > 0 && period > 0) consider(quota / period);
    }
  }
  return smallest;
}

/** `cpu.max` holds `max 100000` (no quota) or `150000 100000` (1.5 CPUs). */
export function v2Quota(text: string | undefined): number | undefined {
  const [quota, period] = (text ?? '').trim().split(/\s+/);
  const q = Number(quota);
  const p = Number(period);
  return quota !== 'max' && q > 0 && p > 0 ? q / p : undefined;
}

function* upTo(dir: string, top: string): Generator<string> {
  for (let d = dir; ; d = dirname(d)) {
    yield d;
    if (d === top || d.length <= top.length || d === dirname(d)) return;
  }
}
