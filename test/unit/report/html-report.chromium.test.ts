// The HTML report opened in headless Chromium: one bar per unit, a failed unit's log tail on hover and on focus, zoom, no console error, no request, and 5,000 units small and quick to open.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { timedUnits } from '../../../src/core/report/timeline-data.js';
import { writeHtmlReport } from '../../../src/core/report/html-report.js';
import { chromiumMissing, SHOTS, useOfflineBrowser } from '../../support/headless-chromium.js';
import { tempDir } from '../../support/temp-dir.js';
import { sampleReport, sampleRuns } from './timeline-samples.js';

describe.skipIf(chromiumMissing)('HTML report in Chromium', () => {
  const browser = useOfflineBrowser();

  async function open(path: string) {
    const page = await browser().newPage();
    const started = performance.now();
    await page.goto(`file://${path}`);
    await page.waitForSelector('html[data-ready="true"]', { timeout: 10_000 });
    return { page, openMs: performance.now() - started };
  }

  it('draws one bar per unit and shows a failed unit’s log tail on hover and focus', async () => {
    const dir = tempDir();
    const report = sampleReport({ units: 40, lanes: 3, logDir: dir, shutdownAfter: 0.9 });
    const path = join(dir, 'report.html');
    writeHtmlReport(path, report);
    const { page } = await open(path);
    expect(await page.locator('#timeline rect.bar').count()).toBe(timedUnits(report.units).length);

    const failed = page.locator('#timeline rect.bar.o-failed').first();
    await failed.hover();
    const tooltip = page.locator('#tooltip');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    const text = await tooltip.innerText();
    expect(text).toContain('unit-0005.test.ts');
    expect(text).toContain('Outcome: failed');
    expect(text).toContain('not ok 2 - pads a number');
    // Log text that looks like markup stays text.
    expect(text).toContain('</script><b>not bold</b>');
    expect(await page.locator('#tooltip b').count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'html-report-hover.png'), fullPage: false });

    await page.mouse.move(0, 0);
    await expect.poll(() => tooltip.isVisible()).toBe(false);
    await page.locator('#timeline rect.bar.o-timed-out').first().focus();
    await expect.poll(() => tooltip.innerText()).toContain('Outcome: timed-out');

    // Zooming in shows fewer bars and enables panning; reset brings them all back.
    const all = await page.locator('#timeline rect.bar').count();
    for (let i = 0; i < 4; i++) await page.click('#zoom-in');
    await expect.poll(() => page.locator('#timeline rect.bar').count()).toBeLessThan(all);
    expect(await page.locator('#pan').isEnabled()).toBe(true);
    await page.click('#zoom-reset');
    await expect.poll(() => page.locator('#timeline rect.bar').count()).toBe(all);
    await page.close();
    expect(browser().errors).toEqual([]);
    expect(browser().blocked).toEqual([]);
  });

  it('draws both runs of a resumed checkpoint and its history', async () => {
    const dir = tempDir();
    const report = sampleReport({ units: 200, lanes: 4, carried: 120, logDir: dir });
    const path = join(dir, 'resumed.html');
    writeHtmlReport(path, report, { checkpointRuns: sampleRuns(report) });
    const { page } = await open(path);
    expect(await page.locator('#timeline rect.bar').count()).toBe(timedUnits(report.units).length);
    expect(await page.locator('#timeline rect.bar.earlier').count()).toBe(120);
    expect(await page.locator('#timeline text.run-label').allTextContents()).toEqual([
      'attempt 1 · stopped: memory',
      'attempt 2 (this run)',
    ]);
    expect(await page.locator('h2', { hasText: 'Runs of this checkpoint' }).count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'html-report-resumed.png'), fullPage: true });
    await page.close();
    expect(browser().errors).toEqual([]);
    expect(browser().blocked).toEqual([]);
  });

  it('keeps 5,000 units under a few MB and opens them in under 2 s', async () => {
    const dir = tempDir();
    const report = sampleReport({ units: 5000, lanes: 8, logDir: dir, shutdownAfter: 0.97 });
    const path = join(dir, 'big.html');
    writeHtmlReport(path, report);
    const bytes = statSync(path).size;
    expect(bytes).toBeLessThan(3 * 1024 * 1024);
    const { page, openMs } = await open(path);
    expect(openMs).toBeLessThan(2000);
    expect(await page.locator('#timeline rect.bar').count()).toBe(timedUnits(report.units).length);
    await page.screenshot({ path: join(SHOTS, 'html-report-5000.png') });
    await page.close();
    console.info(
      `5,000-unit HTML report: ${(bytes / 1024 / 1024).toFixed(2)} MiB, opened in ${Math.round(openMs)} ms`,
    );
    expect(browser().errors).toEqual([]);
    expect(browser().blocked).toEqual([]);
  });
});
