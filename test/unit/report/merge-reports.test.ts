// Merging run reports: shards add up to the unsharded run, later attempts win, incomplete sets say so, bad input is refused by name.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/core/errors.js';
import { planShard } from '../../../src/core/plan/shard.js';
import { mergeReports, shardProblems } from '../../../src/core/report/merge-reports.js';
import { readReportFile } from '../../../src/core/report/report-schema.js';
import type { UnitResult } from '../../../src/core/types.js';
import { tempDir, unitResult, units } from '../checkpoint/checkpoint-samples.js';
import { reportOf, T0 } from './merge-samples.js';

/** 30 units: mostly passed, some failed, a timeout, a flaky pass, a skip and a leak. */
function suiteResults(): UnitResult[] {
  return Array.from({ length: 30 }, (_, i) => {
    const id = `test/u${String(i).padStart(2, '0')}.test.js`;
    const extra = { durationMs: 100 * (i + 1), startedAt: T0 + i };
    if (i % 7 === 3) return unitResult(id, 'failed', extra);
    if (i === 10)
      return unitResult(id, 'timed-out', { ...extra, exitCode: null, signal: 'SIGKILL' });
    if (i === 11) return unitResult(id, 'passed', { ...extra, flaky: true, attempts: 2 });
    if (i === 12) return unitResult(id, 'skipped', extra);
    if (i === 13) {
      return unitResult(id, 'passed', {
        ...extra,
        leaked: [{ kind: 'process', pid: 4242, command: 'sleep 300', action: 'killed' }],
      });
    }
    return unitResult(id, 'passed', extra);
  });
}

describe('mergeReports', () => {
  it('reproduces the unsharded report from three shard reports', () => {
    const all = suiteResults();
    const whole = reportOf(all);
    const durations = new Map(all.map((u) => [u.id, u.durationMs]));
    const list = units(...all.map((u) => u.id));
    const shards = [3, 1, 2].map((index) => {
      const { units: mine, info } = planShard(list, { index, total: 3 }, durations);
      const ids = new Set(mine.map((u) => u.id));
      return reportOf(
        all.filter((u) => ids.has(u.id)),
        { at: T0 + index * 1000, shard: info },
      );
    });
    const merged = mergeReports(shards);
    expect(merged.totals).toEqual(whole.totals);
    expect(merged.status).toBe(whole.status);
    expect(merged.exitCode).toBe(1);
    expect(merged.units).toEqual(whole.units);
    expect(merged.durationMs).toBe(62_000);
    expect(merged.startedAt).toBe(new Date(T0 + 1000).toISOString());
    expect(shardProblems(shards, merged.units.length)).toEqual([]);
  });

  it('lets the later report win for a unit in several (a re-run)', () => {
    const first = reportOf([unitResult('a', 'failed'), unitResult('b', 'passed')], { at: T0 });
    const rerun = reportOf([unitResult('a', 'passed', { attempts: 2 })], { at: T0 + 5000 });
    for (const order of [
      [first, rerun],
      [rerun, first],
    ]) {
      const merged = mergeReports(order);
      expect(merged.units.map((u) => [u.id, u.outcome])).toEqual([
        ['a', 'passed'],
        ['b', 'passed'],
      ]);
      expect(merged.status).toBe('passed');
      expect(merged.exitCode).toBe(0);
    }
  });

  it('keeps the earlier real result when the later report has it from the checkpoint', () => {
    const real = unitResult('a', 'passed', { log: '/shard/logs/a.log', durationMs: 777 });
    const first = reportOf([real, unitResult('b', 'failed')], { at: T0 });
    const resumed = reportOf(
      [
        unitResult('a', 'passed', { fromCheckpoint: true, log: null }),
        unitResult('b', 'passed', { attempts: 2 }),
      ],
      { at: T0 + 5000 },
    );
    const merged = mergeReports([first, resumed]);
    expect(merged.units[0]).toEqual(real);
    expect(merged.totals.fromCheckpoint).toBe(0);
    // A checkpoint saying otherwise is newer than the real result: it wins.
    const stale = reportOf([unitResult('a', 'failed')], { at: T0 });
    const after = reportOf([unitResult('a', 'passed', { fromCheckpoint: true })], { at: T0 + 1 });
    expect(mergeReports([stale, after]).units[0]).toMatchObject({
      outcome: 'passed',
      fromCheckpoint: true,
    });
  });

  it('never lets a "not run" placeholder replace a result', () => {
    const ran = reportOf([unitResult('a', 'passed')], { at: T0 });
    const stopped = reportOf(
      [unitResult('a', 'skipped', { attempts: 0, message: 'not run (SIGTERM)' })],
      { at: T0 + 1, reason: 'SIGTERM' },
    );
    const merged = mergeReports([ran, stopped]);
    expect(merged.units[0]?.outcome).toBe('passed');
    expect(merged.status).toBe('passed');
  });

  it('stays interrupted (or shut down) while a unit is unfinished, and not once a later run finished it', () => {
    const done = reportOf([unitResult('a', 'passed')], { at: T0 });
    const cancelled = reportOf(
      [unitResult('b', 'interrupted', { exitCode: null, signal: 'SIGTERM' })],
      { at: T0 + 1, reason: 'SIGTERM' },
    );
    const interrupted = mergeReports([done, cancelled]);
    expect([interrupted.status, interrupted.reason, interrupted.exitCode]).toEqual([
      'interrupted',
      'SIGTERM',
      143,
    ]);
    const shutdown = reportOf([unitResult('b', 'skipped', { attempts: 0 })], {
      at: T0 + 2,
      reason: 'memory',
    });
    expect(mergeReports([done, shutdown])).toMatchObject({ status: 'shutdown', exitCode: 42 });
    const rerun = reportOf([unitResult('b', 'passed')], { at: T0 + 3 });
    expect(mergeReports([done, cancelled, rerun])).toMatchObject({
      status: 'passed',
      reason: null,
      exitCode: 0,
    });
  });

  it('fails a passing merge that misses a shard or whose shards split differently', () => {
    const list = units('a', 'b', 'c', 'd', 'e', 'f');
    const info = (index: number) => planShard(list, { index, total: 3 }).info;
    const one = reportOf([unitResult('a', 'passed')], { shard: info(1) });
    const two = reportOf([unitResult('b', 'passed')], { shard: info(2) });
    const merged = mergeReports([one, two]);
    expect(merged).toMatchObject({ status: 'failed', exitCode: 1 });
    expect(shardProblems([one, two], merged.units.length)).toEqual([
      'no report for shard 3/3',
      "4 of the suite's 6 units are in no report",
    ]);
    const other = reportOf([unitResult('c', 'passed')], {
      shard: planShard(list, { index: 3, total: 3 }, new Map([['a', 5]])).info,
    });
    expect(shardProblems([one, two, other], 3)[0]).toMatch(
      /split the units differently \(2 plans\)/,
    );
  });

  it('keeps a shared run id and derives one otherwise', () => {
    const a = reportOf([unitResult('a', 'passed')], { runId: 'r-1' });
    const b = reportOf([unitResult('b', 'passed')], { runId: 'r-2' });
    expect(mergeReports([a, a]).runId).toBe('r-1');
    expect(mergeReports([a, b]).runId).toMatch(/^merged-[0-9a-f]{12}$/);
  });

  it('refuses bad input, naming the report and the problem', () => {
    const good = reportOf([unitResult('a', 'passed')]);
    const badOutcome = { ...good, units: [{ ...good.units[0], outcome: 'exploded' }] };
    expect(() => mergeReports([good, badOutcome as never], ['one.json', 'two.json'])).toThrow(
      /^report two\.json: expected a testwarden run report, units\.0\.outcome: /,
    );
    const twice = { ...good, units: [good.units[0], good.units[0]] };
    expect(() => mergeReports([twice as never])).toThrow(/report #1: .*"a" appears twice/);
    expect(() => mergeReports([{ ...good, version: 2 } as never])).toThrow(
      /newer than this testwarden reads/,
    );
    expect(() => mergeReports([])).toThrow(UsageError);
  });
});

describe('readReportFile', () => {
  it('names the file and the problem', () => {
    const dir = tempDir();
    expect(() => readReportFile(join(dir, 'none.json'))).toThrow(/none\.json: no such file/);
    writeFileSync(join(dir, 'bad.json'), '{"version":1');
    expect(() => readReportFile(join(dir, 'bad.json'))).toThrow(/bad\.json: not valid JSON/);
    writeFileSync(join(dir, 'other.json'), '{"name":"package"}');
    expect(() => readReportFile(join(dir, 'other.json'))).toThrow(
      /other\.json: expected a testwarden run report.*version/,
    );
    const good = reportOf([unitResult('a', 'passed')]);
    writeFileSync(join(dir, 'good.json'), JSON.stringify(good));
    expect(readReportFile(join(dir, 'good.json'))).toEqual(good);
  });
});
