// The merge command's pieces: JUnit files combined, reports found by glob and every output written.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planShard } from '../../../src/core/plan/shard.js';
import { readTimings } from '../../../src/core/plan/timings.js';
import { mergeJUnit } from '../../../src/core/report/junit-merge.js';
import { renderJUnit } from '../../../src/core/report/junit-writer.js';
import { runMerge } from '../../../src/core/report/merge-command.js';
import { tempDir, unitResult, units } from '../checkpoint/checkpoint-samples.js';
import { reportOf, T0 } from './merge-samples.js';

describe('mergeJUnit', () => {
  it('combines shard files into one testsuites, the later suite of a unit winning', () => {
    const first = renderJUnit(
      reportOf([unitResult('a', 'failed', { log: null }), unitResult('b', 'passed')], { at: T0 }),
    );
    const rerun = renderJUnit(reportOf([unitResult('a', 'passed')], { at: T0 + 1000 }));
    const xml = mergeJUnit([rerun, first]);
    expect(xml).toMatch(
      /<testsuites name="testwarden" tests="2" failures="0" errors="0" skipped="0"/,
    );
    expect(xml).toContain(`timestamp="${new Date(T0).toISOString()}"`);
    expect(xml.match(/<testsuite /g)).toHaveLength(2);
  });

  it('keeps suites it did not write and refuses what is not JUnit', () => {
    const foreign =
      '<testsuite name="pytest" tests="3" failures="1"><testcase name="x"/></testsuite>';
    expect(mergeJUnit([foreign, foreign]).match(/<testsuite /g)).toHaveLength(2);
    expect(() => mergeJUnit([{ xml: '<a><b></a>', source: 'shard-2.xml' }])).toThrow(
      /^junit shard-2\.xml: expected well-formed XML, line 1/,
    );
    expect(() => mergeJUnit([{ xml: '<html/>', source: 'page.xml' }])).toThrow(/got <html>/);
  });
});

describe('runMerge', () => {
  it('finds reports by glob and writes the report, JUnit, summary and timings', async () => {
    const dir = tempDir();
    const list = units('a', 'b', 'c', 'd');
    for (const index of [1, 2]) {
      const { units: mine, info } = planShard(list, { index, total: 2 });
      const report = reportOf(
        mine.map((u) => unitResult(u.id, u.id === 'c' ? 'failed' : 'passed', { durationMs: 500 })),
        { at: T0 + index, shard: info },
      );
      mkdirSync(join(dir, 'reports', `shard-${index}`), { recursive: true });
      writeFileSync(join(dir, 'reports', `shard-${index}`, 'report.json'), JSON.stringify(report));
    }
    writeFileSync(join(dir, 'summary.md'), '# before\n');
    const outcome = await runMerge({
      cwd: dir,
      inputs: ['reports/*/report.json'],
      reportJson: 'out/merged.json',
      junit: 'out/merged.xml',
      summaryMarkdown: 'summary.md',
      timings: 'state/timings.json',
    });
    expect(outcome.problems).toEqual([]);
    expect(outcome.report.totals).toMatchObject({ units: 4, passed: 3, failed: 1 });
    expect(outcome.inputs.map((i) => i.source)).toEqual([
      join('reports', 'shard-1', 'report.json'),
      join('reports', 'shard-2', 'report.json'),
    ]);
    expect(JSON.parse(readFileSync(join(dir, 'out/merged.json'), 'utf8'))).toEqual(outcome.report);
    expect(readFileSync(join(dir, 'out/merged.xml'), 'utf8')).toContain('tests="4" failures="1"');
    const summary = readFileSync(join(dir, 'summary.md'), 'utf8');
    expect(summary).toMatch(/^# before\n### testwarden: merged 2 reports: failed \(1 of 4 units\)/);
    expect(summary).toContain('| <code>c</code> | failed |');
    expect(summary).toContain('| 1/2 (hash) |');
    expect(readTimings(join(dir, 'state/timings.json')).timings.units.a?.durationMs).toBe(500);
  });

  it('refuses an input that matches nothing', async () => {
    await expect(runMerge({ cwd: tempDir(), inputs: ['reports/*.json'] })).rejects.toThrow(
      /inputs: expected a file or a glob matching files, got "reports\/\*\.json"/,
    );
  });
});
