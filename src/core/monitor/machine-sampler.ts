// Samples the machine: CPU busy across all cores from /proc/stat deltas and memory in use from /proc/meminfo, or from our cgroup when a container limit is the smaller one.
import os from 'node:os';
import {
  findOwnMemoryCgroup,
  readCgroupUsage,
  type CgroupMemoryLocation,
} from './cgroup-memory.js';
import { DarwinMemory } from './darwin-memory.js';
import { parseKeyedNumbers, readKernelFile } from './read-kernel-file.js';

/**
 * Where memory figures came from: our cgroup's limit (v2 `memory.max`, v1 `memory.limit_in_bytes`),
 * `/proc/meminfo`, `vm_stat` and `sysctl hw.memsize` (macOS), or Node's `os` module (Windows). CPU comes from `/proc/stat` on Linux
 * and `os.cpus()` elsewhere.
 */
export type MemorySource = 'cgroup-v2' | 'cgroup-v1' | 'meminfo' | 'vm_stat' | 'os';

export interface MachineSample {
  /** Milliseconds since the epoch. */
  at: number;
  memoryUsedBytes: number;
  memoryTotalBytes: number;
  /** 0..100 */
  memoryPercent: number;
  /** Busy share of all cores since the previous sample, 0..100; null on the first sample. */
  cpuPercent: number | null;
  source: MemorySource;
}

/** Anything that can produce machine samples (the monitor takes one, so tests can feed synthetic ones). */
export interface MachineSampleSource {
  sample(at?: number): MachineSample;
}

export interface MachineSamplerOptions {
  /** Prefix for every /proc and cgroup path (tests point it at fake trees). */
  fsRoot?: string;
  /** Pretend to run on another platform (tests of the `os` fallback). */
  platform?: NodeJS.Platform;
  /** macOS memory reader (tests pass one fed with recorded `vm_stat` output). */
  darwin?: DarwinMemory;
}

interface CpuTimes {
  busy: number;
  total: number;
}

/** The aggregate `cpu` line of /proc/stat: busy = total - idle - iowait; guest time is already in user. */
export function parseProcStatCpu(text: string): CpuTimes | undefined {
  if (!text.startsWith('cpu ')) return undefined;
  const end = text.indexOf('\n');
  const fields = text
    .slice(4, end < 0 ? undefined : end)
    .trim()
    .split(/\s+/)
    .map(Number);
  // user nice system idle iowait irq softirq steal [guest guest_nice]
  const counted = fields.slice(0, 8);
  if (counted.length < 4 || counted.some((n) => !Number.isFinite(n))) return undefined;
  const total = counted.reduce((sum, n) => sum + n, 0);
  const idle = (counted[3] ?? 0) + (counted[4] ?? 0);
  return { busy: total - idle, total };
}

function osCpuTimes(): CpuTimes {
  let busy = 0;
  let total = 0;
  for (const { times } of os.cpus()) {
    const all = times.user + times.nice + times.sys + times.irq + times.idle;
    busy += all - times.idle;
    total += all;
  }
  return { busy, total };
}

interface Memory {
  used: number;
  total: number;
  source: MemorySource;
}

/** MemTotal - MemAvailable; kernels before 3.14 lack MemAvailable, so free + buffers + cache stands in. */
export function parseMeminfo(
  text: string,
): { totalBytes: number; availableBytes: number } | undefined {
  const kb = parseKeyedNumbers(text, ['MemTotal', 'MemAvailable', 'MemFree', 'Buffers', 'Cached']);
  const total = kb.get('MemTotal');
  if (total === undefined) return undefined;
  const available =
    kb.get('MemAvailable') ??
    (kb.get('MemFree') ?? 0) + (kb.get('Buffers') ?? 0) + (kb.get('Cached') ?? 0);
  return { totalBytes: total * 1024, availableBytes: available * 1024 };
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

export class MachineSampler implements MachineSampleSource {
  /** The memory source chosen when the sampler was made (a sample says which it actually used). */
  readonly source: MemorySource;
  private readonly root: string;
  private readonly cgroup: CgroupMemoryLocation | undefined;
  private readonly darwin: DarwinMemory | undefined;
  private previousCpu: CpuTimes | undefined;
  private lastCpuPercent: number | null = null;

  constructor(options: MachineSamplerOptions = {}) {
    this.root = options.fsRoot ?? '';
    const platform = options.platform ?? process.platform;
    const linux = platform === 'linux';
    const meminfo = linux ? this.readMeminfo() : undefined;
    this.darwin = undefined;
    if (meminfo === undefined) {
      this.cgroup = undefined;
      if (platform === 'darwin') {
        this.darwin = options.darwin ?? new DarwinMemory();
        this.source = this.darwin.used() === undefined ? 'os' : 'vm_stat';
      } else this.source = 'os';
      return;
    }
    // A cgroup counts only when its limit is below the machine's RAM (containers, limited slices).
    const cgroup = findOwnMemoryCgroup(this.root);
    const usage = cgroup ? readCgroupUsage(cgroup) : undefined;
    if (cgroup && usage && usage.limitBytes < meminfo.totalBytes) {
      this.cgroup = cgroup;
      this.source = cgroup.version === 2 ? 'cgroup-v2' : 'cgroup-v1';
    } else {
      this.cgroup = undefined;
      this.source = 'meminfo';
    }
  }

  sample(at: number = Date.now()): MachineSample {
    const memory = this.readMemory();
    const total = Math.max(1, memory.total);
    const used = clamp(memory.used, 0, total);
    return {
      at,
      memoryUsedBytes: used,
      memoryTotalBytes: total,
      memoryPercent: (used / total) * 100,
      cpuPercent: this.readCpuPercent(),
      source: memory.source,
    };
  }

  private readMeminfo() {
    const text = readKernelFile(`${this.root}/proc/meminfo`);
    return text === undefined ? undefined : parseMeminfo(text);
  }

  private readMemory(): Memory {
    if (this.cgroup) {
      const usage = readCgroupUsage(this.cgroup);
      if (usage && Number.isFinite(usage.limitBytes)) {
        return { used: usage.usedBytes, total: usage.limitBytes, source: this.source };
      }
    }
    if (this.source === 'vm_stat' && this.darwin) {
      const used = this.darwin.used();
      if (used !== undefined) return { used, total: this.darwin.totalBytes, source: 'vm_stat' };
    }
    if (this.source !== 'os' && this.source !== 'vm_stat') {
      const meminfo = this.readMeminfo();
      if (meminfo) {
        return {
          used: meminfo.totalBytes - meminfo.availableBytes,
          total: meminfo.totalBytes,
          source: 'meminfo',
        };
      }
    }
    const total = os.totalmem();
    return { used: total - os.freemem(), total, source: 'os' };
  }

  private readCpuPercent(): number | null {
    const times =
      this.source === 'os' || this.source === 'vm_stat' ? osCpuTimes() : this.readProcStatCpu();
    if (!times) return this.lastCpuPercent;
    const previous = this.previousCpu;
    // Two samples within one clock tick say nothing new: keep the last figure and the older base.
    if (previous && times.total === previous.total) return this.lastCpuPercent;
    this.previousCpu = times;
    if (!previous || times.total < previous.total) return this.lastCpuPercent;
    const delta = times.total - previous.total;
    this.lastCpuPercent = clamp(((times.busy - previous.busy) / delta) * 100, 0, 100);
    return this.lastCpuPercent;
  }

  private readProcStatCpu(): CpuTimes | undefined {
    // Only the first line is needed; /proc/stat's interrupt lines can run to many KiB.
    const head = readKernelFile(`${this.root}/proc/stat`, 4096);
    return head === undefined ? undefined : parseProcStatCpu(head);
  }
}
