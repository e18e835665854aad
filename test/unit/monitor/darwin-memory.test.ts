// macOS machine memory from recorded `vm_stat` and `sysctl` outputs, and the sampler's darwin path with the platform injected.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DarwinMemory, parseVmStat, usedBytes } from '../../../src/core/monitor/darwin-memory.js';
import { MachineSampler } from '../../../src/core/monitor/machine-sampler.js';

const vmStat = readFileSync(
  fileURLToPath(new URL('../../fixtures/process-tables/macos-vm_stat.txt', import.meta.url)),
  'utf8',
);
const PAGE = 16384;
const USED = (180324 + 90546 + 50321) * PAGE;

describe('macOS memory', () => {
  it('parses vm_stat: the page size from its header, quoted labels too', () => {
    const stat = parseVmStat(vmStat)!;
    expect(stat.pageSize).toBe(PAGE);
    expect(stat.pages.get('Pages free')).toBe(5722);
    expect(stat.pages.get('Translation faults')).toBe(260383371);
    expect(usedBytes(stat)).toBe(USED);
    expect(parseVmStat('nonsense')).toBeUndefined();
    expect(usedBytes({ pageSize: PAGE, pages: new Map() })).toBeUndefined();
  });

  it('the sampler on darwin uses vm_stat and hw.memsize, and os.* where they cannot run', () => {
    const calls: string[] = [];
    const darwin = new DarwinMemory((program, args) => {
      calls.push([program, ...args].join(' '));
      return program.endsWith('sysctl') ? '17179869184\n' : vmStat;
    });
    const sampler = new MachineSampler({ platform: 'darwin', darwin });
    expect(sampler.source).toBe('vm_stat');
    const sample = sampler.sample(1);
    expect(sample).toMatchObject({
      source: 'vm_stat',
      memoryUsedBytes: USED,
      memoryTotalBytes: 17179869184,
    });
    expect(sample.memoryPercent).toBeCloseTo((USED / 17179869184) * 100, 6);
    expect(calls).toContain('/usr/sbin/sysctl -n hw.memsize');
    expect(calls).toContain('/usr/bin/vm_stat');

    const broken = new MachineSampler({
      platform: 'darwin',
      darwin: new DarwinMemory(() => undefined),
    });
    expect(broken.source).toBe('os');
    expect(broken.sample().source).toBe('os');
  });
});
