// Sharding through the bundled CLI: three shards cover the suite exactly once, and merge reproduces the unsharded totals.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { tempDir } from '../support/temp-dir.js';
import { readJson } from '../support/files.js';

describe('sharding and merge', () => {
  it('splits a suite into shards that merge back into the unsharded totals', async () => {
    const dir = tempDir();
    for (let i = 0; i < 12; i++) {
      writeFileSync(
        join(dir, `t${String(i).padStart(2, '0')}.sh`),
        i % 5 === 0 ? 'echo "2 passed, 1 failed"; exit 1' : 'echo "3 passed"',
      );
    }
    const common = ['--cwd', dir, '--no-watchdog', '-c', 'sh {file}', '*.sh'];
    const whole = await runCli([
      'run',
      '--state-dir',
      'state-all',
      '--report-json',
      'all.json',
      ...common,
    ]);
    expect(whole.code).toBe(1);
    const ids = new Set<string>();
    for (const i of [1, 2, 3]) {
      const r = await runCli([
        'run',
        '--shard',
        `${i}/3`,
        '--state-dir',
        `state-${i}`,
        '--report-json',
        `shard-${i}.json`,
        ...common,
      ]);
      expect([0, 1]).toContain(r.code);
      const report = readJson(join(dir, `shard-${i}.json`));
      expect(report.shard).toMatchObject({ index: i, total: 3, units: 12 });
      for (const u of report.units) {
        expect(ids.has(u.id)).toBe(false);
        ids.add(u.id);
      }
    }
    expect(ids.size).toBe(12);
    const zeroBased = await runCli([
      'run',
      '--shard',
      'index:0/3',
      '--state-dir',
      'state-z',
      '--report-json',
      'z.json',
      ...common,
    ]);
    expect(readJson(join(dir, 'z.json')).units.map((u: { id: string }) => u.id)).toEqual(
      readJson(join(dir, 'shard-1.json')).units.map((u: { id: string }) => u.id),
    );
    expect([0, 1]).toContain(zeroBased.code);

    const merged = await runCli([
      'merge',
      '--cwd',
      dir,
      '--report-json',
      'merged.json',
      '--junit',
      'merged.xml',
      '--summary',
      'summary.md',
      'shard-*.json',
    ]);
    expect(merged.code, merged.stderr).toBe(1);
    const all = readJson(join(dir, 'all.json'));
    const combined = readJson(join(dir, 'merged.json'));
    const { fromCheckpoint: _a, ...wholeTotals } = all.totals;
    const { fromCheckpoint: _b, ...mergedTotals } = combined.totals;
    expect(mergedTotals).toEqual(wholeTotals);
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toContain('12');
    expect(readFileSync(join(dir, 'merged.xml'), 'utf8')).toContain('<testsuites');
  });

  it('rejects bad shard values and bad merge inputs clearly', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.sh'), 'true');
    for (const bad of ['0/3', '4/3', 'x', '1/0', 'index:3/3']) {
      const r = await runCli(['run', '--cwd', dir, '--shard', bad, '-c', 'sh {file}', 'a.sh']);
      expect(r.code, bad).toBe(2);
      expect(r.stderr).toContain('--shard: expected');
    }
    writeFileSync(join(dir, 'broken.json'), '{"version": 1, "units": "nope"}');
    const m = await runCli(['merge', '--cwd', dir, 'broken.json']);
    expect(m.code).toBe(2);
    expect(m.stderr).toContain('broken.json');
    const none = await runCli(['merge', '--cwd', dir, 'nothing-*.json']);
    expect(none.code).toBe(2);
  });
});
