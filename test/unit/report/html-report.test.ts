// The HTML report as text: self-contained (nothing to fetch), its data readable back, hostile ids and logs kept inert, log tails bounded, written atomically.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderHtmlReport, writeHtmlReport } from '../../../src/core/report/html-report.js';
import type { RunReport } from '../../../src/core/types.js';
import { tempDir } from '../../support/temp-dir.js';
import { sampleReport, sampleRuns } from './timeline-samples.js';

function embeddedData(html: string): {
  runs: { label: string }[];
  units: { id: string; tail?: number; earlier?: boolean }[];
} {
  const match = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(html);
  return JSON.parse(match?.[1] ?? 'null');
}

describe('renderHtmlReport', () => {
  it('loads nothing from anywhere: no URL, only inline style and script, a strict CSP', () => {
    const html = renderHtmlReport(sampleReport({ units: 30, lanes: 3 }));
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/\b(src|href)\s*=/i);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(html).not.toMatch(/@import|url\((?!#)/);
  });

  it('embeds one entry per timed unit, and log tails only for units that did not pass', () => {
    const dir = tempDir();
    const report = sampleReport({ units: 300, lanes: 4, logDir: dir });
    const html = renderHtmlReport(report, { logTailLines: 5 });
    const data = embeddedData(html);
    expect(data.units).toHaveLength(report.units.length);
    const failed = report.units.filter((u) => u.outcome !== 'passed');
    const withTail = data.units.filter((u) => u.tail !== undefined);
    expect(withTail.map((u) => u.id).sort()).toEqual(failed.map((u) => u.id).sort());
    const firstTail = /<pre id="tail-0">([\s\S]*?)<\/pre>/.exec(html)?.[1] ?? '';
    expect(firstTail.split('\n')).toHaveLength(5);
  });

  it('keeps hostile ids, messages and log lines inert', () => {
    const dir = tempDir();
    const report = sampleReport({ units: 8, lanes: 2, logDir: dir });
    const evil = '</script><script>alert(1)</script><!--';
    const units = report.units.map((u, i) =>
      i === 5
        ? {
            ...u,
            id: `x${evil}`,
            message: evil,
            leaked: [
              { kind: 'process' as const, pid: 1, command: evil, action: 'killed' as const },
            ],
          }
        : u,
    );
    const html = renderHtmlReport({ ...report, units } as RunReport);
    // Exactly the page's own two script elements.
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html).not.toContain('<!--');
    expect(embeddedData(html).units.some((u) => u.id === `x${evil}`)).toBe(true);
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(1)');
  });

  it('marks units of earlier runs and labels both runs of a resumed checkpoint', () => {
    const report = sampleReport({ units: 50, lanes: 2, carried: 30 });
    const data = embeddedData(renderHtmlReport(report, { checkpointRuns: sampleRuns(report) }));
    expect(data.units.filter((u) => u.earlier)).toHaveLength(30);
    expect(data.runs.map((r) => r.label)).toEqual([
      'attempt 1 · stopped: memory',
      'attempt 2 (this run)',
    ]);
  });

  it('stays under 3 MB for 5,000 units even when every one of them failed with a long log', () => {
    const dir = tempDir();
    const report = sampleReport({ units: 5000, lanes: 8 });
    const longLine = 'x'.repeat(5000);
    const log = join(dir, 'long.log');
    writeFileSync(log, `${Array.from({ length: 100 }, () => longLine).join('\n')}\n`);
    const units = report.units.map((u) => ({ ...u, outcome: 'failed' as const, log }));
    const html = renderHtmlReport({ ...report, units });
    expect(Buffer.byteLength(html)).toBeLessThan(3 * 1024 * 1024);
    expect(html.match(/<pre id="tail-/g)?.length).toBeLessThanOrEqual(300);
  });

  it('writes the file atomically, leaving no temp file', () => {
    const dir = tempDir();
    const path = join(dir, 'out', 'report.html');
    writeHtmlReport(path, sampleReport({ units: 5, lanes: 1 }));
    expect(readFileSync(path, 'utf8')).toMatch(/<\/html>\n$/);
    expect(readdirSync(join(dir, 'out'))).toEqual(['report.html']);
  });
});
