// Debian's Chromium driven by playwright-core for the picture tests: offline (every request but file:// fails the test), a fresh profile, console errors collected, mermaid loaded from node_modules.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { noticeSkipped } from './skip-notice.js';

export const CHROMIUM = process.env.TESTWARDEN_CHROMIUM ?? '/usr/bin/chromium';

/** Tests run when Chromium is there; in CI a missing Chromium is a failure, not a skip. */
export const chromiumMissing = !existsSync(CHROMIUM) && !process.env.CI;
if (chromiumMissing) {
  noticeSkipped(
    'the browser tests of the HTML report and the Mermaid pictures',
    `${CHROMIUM} is missing (apt-get install -y chromium, or set TESTWARDEN_CHROMIUM)`,
  );
}

export interface OfflineBrowser {
  context: BrowserContext;
  /** Requests other than file:// that any page tried to make. */
  blocked: string[];
  /** Console errors and uncaught page errors. */
  errors: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Where the picture tests save their screenshots. */
export const SHOTS = resolve('test-results/pictures');

/** One browser for the tests of a describe block: launched before them, closed after. */
export function useOfflineBrowser(): () => OfflineBrowser {
  let browser: OfflineBrowser | undefined;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchOffline();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

export async function launchOffline(): Promise<OfflineBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'tw-chromium-'));
  const context = await chromium
    .launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 1280, height: 900 },
      timezoneId: 'UTC',
      locale: 'en-GB',
    })
    .catch((error: unknown) => {
      rmSync(profile, { recursive: true, force: true });
      throw error;
    });
  const blocked: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file://')) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  context.on('page', (page) => watch(page, errors));
  for (const page of context.pages()) watch(page, errors);
  return {
    context,
    blocked,
    errors,
    newPage: () => context.newPage(),
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

function watch(page: Page, errors: string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
}

const require = createRequire(import.meta.url);

/**
 * Renders Mermaid text on an empty file:// page with the mermaid package from node_modules (no
 * CDN), one diagram after another, and returns Mermaid's error for the first that fails.
 */
export async function renderMermaid(
  page: Page,
  pagePath: string,
  diagrams: readonly string[],
): Promise<{ error: string | null }> {
  const { writeFileSync } = await import('node:fs');
  writeFileSync(
    pagePath,
    '<!doctype html><html><head><meta charset="utf-8"><style>body{font-family:sans-serif;margin:16px;background:#fff}.d{margin-bottom:24px}</style></head><body></body></html>',
  );
  await page.goto(`file://${pagePath}`);
  await page.addScriptTag({ path: require.resolve('mermaid/dist/mermaid.min.js') });
  return page.evaluate(async (texts: readonly string[]) => {
    const m = (globalThis as unknown as { mermaid: MermaidApi }).mermaid;
    m.initialize({ startOnLoad: false, theme: 'default' });
    const doc = (globalThis as unknown as { document: DocumentLike }).document;
    let i = 0;
    for (const text of texts) {
      try {
        const { svg } = await m.render(`d${i++}`, text);
        const div = doc.createElement('div');
        div.className = 'd';
        div.innerHTML = svg;
        doc.body.appendChild(div);
      } catch (error) {
        return { error: String((error as Error).message ?? error) };
      }
    }
    return { error: null };
  }, diagrams);
}

interface MermaidApi {
  initialize(config: object): void;
  render(id: string, text: string): Promise<{ svg: string }>;
}
interface DocumentLike {
  createElement(tag: string): { className: string; innerHTML: string };
  body: { appendChild(node: unknown): void };
}
