// macOS machine memory: `vm_stat` pages (what is really in use) and `sysctl hw.memsize`; os.freemem() there counts only free pages, so a Mac would always look nearly full.
import { spawnSync } from 'node:child_process';
import os from 'node:os';

export interface VmStat {
  pageSize: number;
  /** Page counts by the label vm_stat prints (`Pages active`, `Pages wired down`, …). */
  pages: Map<string, number>;
}

/** `vm_stat` output: a header naming the page size, then `Label:  123.` lines. */
export function parseVmStat(text: string): VmStat | undefined {
  const size = /page size of (\d+) bytes/.exec(text);
  if (!size) return undefined;
  const pages = new Map<string, number>();
  for (const line of text.split('\n')) {
    const m = /^"?([^":]+)"?:\s+(\d+)\.?\s*$/.exec(line.trim());
    if (m) pages.set(m[1]!, Number(m[2]));
  }
  return { pageSize: Number(size[1]), pages };
}

/**
 * In use = active + wired + the compressor's own pages (Activity Monitor's "memory used" less
 * its purgeable refinement). Inactive, speculative and free pages can be handed out at once.
 */
export function usedBytes(stat: VmStat): number | undefined {
  const get = (label: string) => stat.pages.get(label);
  const active = get('Pages active');
  const wired = get('Pages wired down');
  if (active === undefined || wired === undefined) return undefined;
  return (active + wired + (get('Pages occupied by compressor') ?? 0)) * stat.pageSize;
}

export type RunText = (program: string, args: string[]) => string | undefined;

const runText: RunText = (program, args) => {
  const r = spawnSync(program, args, {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C' },
  });
  return r.status === 0 ? r.stdout : undefined;
};

export class DarwinMemory {
  readonly totalBytes: number;
  readonly #run: RunText;

  constructor(run: RunText = runText) {
    this.#run = run;
    const memsize = Number(run('/usr/sbin/sysctl', ['-n', 'hw.memsize'])?.trim());
    this.totalBytes = Number.isFinite(memsize) && memsize > 0 ? memsize : os.totalmem();
  }

  /** Bytes in use now, or undefined when vm_stat cannot be run or read. */
  used(): number | undefined {
    const text = this.#run('/usr/bin/vm_stat', []);
    const stat = text === undefined ? undefined : parseVmStat(text);
    return stat && usedBytes(stat);
  }
}
