// Finds the cgroup this process lives in and reads its memory limit and usage, so a container's limit, not the host's RAM, is what "memory in use" is measured against.
import { dirname, join } from 'node:path';
import { parseKeyedNumbers, readKernelFile, readNumberFile } from './read-kernel-file.js';

/** The cgroup directory whose limit applies to us (ours, or the ancestor with the smallest limit on v2). */
export interface CgroupMemoryLocation {
  version: 1 | 2;
  dir: string;
}

export interface CgroupMemoryUsage {
  /** Infinity when the cgroup has no limit. */
  limitBytes: number;
  /** Usage minus inactive page cache, as `docker stats` shows it. */
  usedBytes: number;
}

/** A unit's own cgroup: the kernel's usage, its recorded peak when it keeps one, and reclaimable cache. */
export interface CgroupMemoryReading {
  currentBytes: number;
  peakBytes: number | undefined;
  inactiveFileBytes: number;
  /** currentBytes minus inactive page cache: what the unit's processes really hold. */
  workingSetBytes: number;
}

interface Mount {
  root: string;
  point: string;
  fstype: string;
  superOptions: string[];
}

/** Octal escapes (`\040` for a space) as mountinfo writes them. */
function unescapeMountField(field: string): string {
  return field.replace(/\\([0-7]{3})/g, (_, octal: string) =>
    String.fromCharCode(parseInt(octal, 8)),
  );
}

export function parseMountinfo(text: string): Mount[] {
  const mounts: Mount[] = [];
  for (const line of text.split('\n')) {
    const fields = line.split(' ');
    const separator = fields.indexOf('-');
    if (separator < 6 || fields.length < separator + 4) continue;
    mounts.push({
      root: unescapeMountField(fields[3] ?? ''),
      point: unescapeMountField(fields[4] ?? ''),
      fstype: fields[separator + 1] ?? '',
      superOptions: (fields[separator + 3] ?? '').split(','),
    });
  }
  return mounts;
}

/** `/proc/self/cgroup` lines (`id:controllers:path`) as controllers → path; v2's line has controllers `''`. */
export function parseProcCgroup(text: string): Map<string, string> {
  const paths = new Map<string, string>();
  for (const line of text.split('\n')) {
    const first = line.indexOf(':');
    const second = line.indexOf(':', first + 1);
    if (first < 0 || second < 0) continue;
    paths.set(line.slice(first + 1, second), line.slice(second + 1));
  }
  return paths;
}

/** Where a cgroup path appears under a mount; a mount of a sub-tree (containers) strips its root. */
export function dirUnder(mount: Mount, path: string): string {
  if (mount.root === '/') return join(mount.point, path);
  if (path === mount.root || path.startsWith(`${mount.root}/`)) {
    return join(mount.point, path.slice(mount.root.length));
  }
  // Our cgroup lies outside what is mounted: the mount's top is the nearest we can see.
  return mount.point;
}

/** The v2 directory from ours up to the mount whose `memory.max` is smallest (a parent may hold the limit). */
function tightestV2Dir(ownDir: string, mountPoint: string): string {
  let best = ownDir;
  let bestLimit = Infinity;
  for (let dir = ownDir; ; dir = dirname(dir)) {
    const limit = readNumberFile(join(dir, 'memory.max'));
    if (limit !== undefined && limit < bestLimit) {
      best = dir;
      bestLimit = limit;
    }
    if (dir === mountPoint || dir.length <= mountPoint.length || dir === dirname(dir)) break;
  }
  return best;
}

/**
 * Our memory cgroup: v2 when its hierarchy has the memory controller for us, else v1's `memory`
 * hierarchy; undefined when neither is readable. `fsRoot` prefixes every path (for tests).
 */
export function findOwnMemoryCgroup(fsRoot = ''): CgroupMemoryLocation | undefined {
  const mountinfo = readKernelFile(`${fsRoot}/proc/self/mountinfo`);
  const cgroupText = readKernelFile(`${fsRoot}/proc/self/cgroup`);
  if (mountinfo === undefined || cgroupText === undefined) return undefined;
  const mounts = parseMountinfo(mountinfo);
  const paths = parseProcCgroup(cgroupText);

  const v2Path = paths.get('');
  const v2Mount = mounts.find((m) => m.fstype === 'cgroup2');
  if (v2Path !== undefined && v2Mount) {
    const ownDir = fsRoot + dirUnder(v2Mount, v2Path);
    if (readNumberFile(join(ownDir, 'memory.current')) !== undefined) {
      return { version: 2, dir: tightestV2Dir(ownDir, fsRoot + v2Mount.point) };
    }
  }
  const v1Mount = mounts.find((m) => m.fstype === 'cgroup' && m.superOptions.includes('memory'));
  const v1Path = [...paths].find(([controllers]) => controllers.split(',').includes('memory'))?.[1];
  if (v1Mount && v1Path !== undefined) {
    const dir = fsRoot + dirUnder(v1Mount, v1Path);
    if (readNumberFile(join(dir, 'memory.usage_in_bytes')) !== undefined)
      return { version: 1, dir };
  }
  return undefined;
}

/** The limit and usage of our cgroup, or undefined when its files went away. */
export function readCgroupUsage(location: CgroupMemoryLocation): CgroupMemoryUsage | undefined {
  const { dir } = location;
  if (location.version === 2) {
    const limitBytes = readNumberFile(join(dir, 'memory.max'));
    const current = readNumberFile(join(dir, 'memory.current'));
    if (limitBytes === undefined || current === undefined) return undefined;
    const stat = parseKeyedNumbers(readKernelFile(join(dir, 'memory.stat')) ?? '', [
      'inactive_file',
    ]);
    return { limitBytes, usedBytes: withoutCache(current, stat.get('inactive_file')) };
  }
  const usage = readNumberFile(join(dir, 'memory.usage_in_bytes'));
  if (usage === undefined) return undefined;
  const stat = parseKeyedNumbers(readKernelFile(join(dir, 'memory.stat')) ?? '', [
    'hierarchical_memory_limit',
    'total_inactive_file',
    'inactive_file',
  ]);
  // hierarchical_memory_limit already folds in every ancestor's limit.
  const limitBytes =
    stat.get('hierarchical_memory_limit') ?? readNumberFile(join(dir, 'memory.limit_in_bytes'));
  if (limitBytes === undefined) return undefined;
  const inactive = stat.get('total_inactive_file') ?? stat.get('inactive_file');
  return { limitBytes, usedBytes: withoutCache(usage, inactive) };
}

function withoutCache(usage: number, inactiveFile: number | undefined): number {
  return inactiveFile !== undefined && inactiveFile < usage ? usage - inactiveFile : usage;
}

/**
 * A unit cgroup's memory (v2 `memory.current`/`memory.peak`, v1 `memory.usage_in_bytes`/
 * `memory.max_usage_in_bytes`), or undefined when the directory has no memory files (v2 without
 * the memory controller, as on hybrid hosts): then sum the processes' RSS instead.
 */
export function readCgroupMemory(dir: string): CgroupMemoryReading | undefined {
  let currentBytes = readNumberFile(join(dir, 'memory.current'));
  let peakBytes: number | undefined;
  let statKey = 'inactive_file';
  if (currentBytes !== undefined) {
    peakBytes = readNumberFile(join(dir, 'memory.peak'));
  } else {
    currentBytes = readNumberFile(join(dir, 'memory.usage_in_bytes'));
    if (currentBytes === undefined) return undefined;
    peakBytes = readNumberFile(join(dir, 'memory.max_usage_in_bytes'));
    statKey = 'total_inactive_file';
  }
  const stat = parseKeyedNumbers(readKernelFile(join(dir, 'memory.stat')) ?? '', [statKey]);
  const inactiveFileBytes = stat.get(statKey) ?? 0;
  return {
    currentBytes,
    peakBytes,
    inactiveFileBytes,
    workingSetBytes: withoutCache(currentBytes, inactiveFileBytes),
  };
}
