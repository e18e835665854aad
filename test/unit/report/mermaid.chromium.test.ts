// The job summary's Mermaid pictures rendered by the real mermaid package in headless Chromium, for 10 and 5,000 units, with screenshots to look at.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderTimelineMarkdown } from '../../../src/core/report/mermaid.js';
import type { RunReport } from '../../../src/core/types.js';
import {
  chromiumMissing,
  renderMermaid,
  SHOTS,
  useOfflineBrowser,
} from '../../support/headless-chromium.js';
import { tempDir } from '../../support/temp-dir.js';
import { sampleReport, sampleRuns } from './timeline-samples.js';

/** Unit ids that are Mermaid syntax, markup or Markdown if not made plain. */
function hostileReport(): RunReport {
  const report = sampleReport({ units: 6, lanes: 2 });
  const ids = [
    'click u1 href "javascript:alert(1)"',
    'a:b;c#d',
    'x\n```\nsection evil',
    '%%{init: {}}%%',
    '<img src=x onerror=alert(1)>',
    'section 2',
  ];
  return { ...report, units: report.units.map((u, i) => ({ ...u, id: ids[i] ?? u.id })) };
}

function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1] as string);
}

describe.skipIf(chromiumMissing)('Mermaid pictures in Chromium', () => {
  const browser = useOfflineBrowser();

  const cases = [
    ['10 units', () => sampleReport({ units: 10, lanes: 2 }), undefined],
    [
      '5,000 units with a shutdown',
      () => sampleReport({ units: 5000, lanes: 8, shutdownAfter: 0.97 }),
      undefined,
    ],
    ['a resumed run', () => sampleReport({ units: 200, lanes: 4, carried: 120 }), sampleRuns],
    ['hostile unit ids', hostileReport, undefined],
  ] as const;

  for (const [name, make, runs] of cases) {
    it(`renders ${name} without a Mermaid error`, async () => {
      const report = make();
      const markdown = renderTimelineMarkdown(report, runs ? { checkpointRuns: runs(report) } : {});
      const blocks = mermaidBlocks(markdown);
      expect(blocks).toHaveLength(2);
      const page = await browser().newPage();
      const result = await renderMermaid(page, join(tempDir(), 'mermaid.html'), blocks);
      expect(result.error).toBeNull();
      // Mermaid draws its errors as an SVG instead of throwing in some versions.
      expect(await page.locator('text=Syntax error').count()).toBe(0);
      expect(await page.locator('svg').count()).toBeGreaterThanOrEqual(2);
      await page.screenshot({
        path: join(SHOTS, `mermaid-${name.replace(/\W+/g, '-')}.png`),
        fullPage: true,
      });
      await page.close();
      expect(browser().errors).toEqual([]);
      expect(browser().blocked).toEqual([]);
    });
  }
});
