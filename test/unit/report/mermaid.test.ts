// @vitest-environment jsdom
// The job summary's Mermaid: valid for mermaid's own parser at 10 and 5,000 units, bounded in size, hostile unit ids made harmless.
import { describe, expect, it } from 'vitest';
import { label, renderTimelineMarkdown } from '../../../src/core/report/mermaid.js';
import type { RunReport } from '../../../src/core/types.js';
import { sampleReport, sampleRuns } from './timeline-samples.js';

// mermaid's parser needs a DOM (DOMPurify): this file runs under jsdom.
const { default: mermaid } = await import('mermaid');

function blocks(markdown: string): string[] {
  return [...markdown.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1] as string);
}

async function expectValid(markdown: string): Promise<void> {
  for (const block of blocks(markdown)) {
    await expect(mermaid.parse(block)).resolves.toMatchObject({
      diagramType: expect.stringMatching(/^(gantt|xychart)$/),
    });
  }
}

describe('renderTimelineMarkdown', () => {
  it('draws 10 units one by one with the machine chart', async () => {
    const report = sampleReport({ units: 10, lanes: 2 });
    const markdown = renderTimelineMarkdown(report);
    const [gantt, chart] = blocks(markdown);
    expect(gantt).toMatch(/^gantt\n/);
    expect(gantt).toContain('dateFormat x');
    expect(gantt).toContain('todayMarker off');
    expect(gantt?.match(/^ {2}section Lane \d+$/gm)).toHaveLength(2);
    expect(gantt?.match(/:(crit, )?(active, )?u\d+, \d+, \d+$/gm)).toHaveLength(10);
    expect(chart).toContain('xychart-beta');
    await expectValid(markdown);
  });

  it('stays small and valid at 5,000 units with a shutdown', async () => {
    const report = sampleReport({ units: 5000, lanes: 8, shutdownAfter: 0.97 });
    const markdown = renderTimelineMarkdown(report);
    expect(Buffer.byteLength(markdown)).toBeLessThan(1024 * 1024);
    expect(Buffer.byteLength(markdown)).toBeLessThan(20_000);
    const [gantt, chart] = blocks(markdown);
    expect(gantt?.match(/ :(crit, )?(active, )?u\d+,/g)).toHaveLength(30);
    expect(gantt?.match(/other units, .* busy :done, f\d+,/g)).toHaveLength(8);
    expect(gantt).toMatch(/stopped \(memory\) :milestone, m1, \d+, \d+/);
    // The chart: every series as long as the x-axis, the stop as a step to 100.
    const series = [...(chart ?? '').matchAll(/^ {2}(line|bar) \[(.*)\]$/gm)].map((m) =>
      (m[2] as string).split(', ').map(Number),
    );
    expect(new Set(series.map((s) => s.length)).size).toBe(1);
    expect(series[0]?.at(-1)).toBe(100);
    expect(series[0]?.[0]).toBe(0);
    expect(chart).toContain('stop requested (red step)');
    await expectValid(markdown);
  });

  it('lists the checkpoint’s earlier runs and leaves their units out of this run’s gantt', async () => {
    const report = sampleReport({ units: 200, lanes: 4, carried: 120 });
    const markdown = renderTimelineMarkdown(report, { checkpointRuns: sampleRuns(report) });
    expect(markdown).toContain('Earlier runs of this checkpoint');
    expect(markdown).toMatch(/\| 1 \| .* \| stopped: memory \|/);
    expect(markdown).toMatch(/\| 2 \| .* \| this run \(ended\) \|/);
    expect(markdown).toContain('of 80 shown');
    await expectValid(markdown);
  });

  it('makes hostile unit ids plain text', async () => {
    const report = sampleReport({ units: 6, lanes: 2 });
    const hostile = [
      'a:b;c#d',
      'x\n```\nsection evil',
      'quote"%%{init: {}}%%',
      'click u1 href "javascript:alert(1)"',
      'tab\there',
      '<img src=x>',
    ];
    const units = report.units.map((u, i) => ({ ...u, id: hostile[i] ?? u.id }));
    const markdown = renderTimelineMarkdown({ ...report, units } as RunReport);
    const gantt = blocks(markdown)[0] ?? '';
    expect(blocks(markdown)).toHaveLength(2);
    for (const line of gantt.split('\n').filter((l) => / :.*u\d+,/.test(l))) {
      const text = line.slice(0, line.indexOf(' :')).trim();
      expect(text).not.toMatch(/[:;#"%<>`\t]/);
      expect(text).toMatch(/^\d/);
    }
    expect(gantt.match(/^ {2}section /gm)).toHaveLength(2);
    await expectValid(markdown);
    expect(label('a:b\nc')).toBe('a_b_c');
  });

  it('is empty for a run without timed units or samples', () => {
    const report = sampleReport({ units: 3, lanes: 1 });
    const bare: RunReport = {
      ...report,
      units: report.units.map(({ startedAt: _s, lane: _l, ...u }) => u),
      machine: undefined,
    };
    expect(renderTimelineMarkdown(bare)).toBe('');
  });
});
