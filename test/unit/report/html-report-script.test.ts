// The report's inlined page script is the bundle of src/report-page as it is now, and inlines safely.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENT_SCRIPT } from '../../../src/core/report/html-report-script.js';
// @ts-expect-error: a plain .mjs build script without type declarations.
import { OUTPUT, reportPageModule } from '../../../scripts/build-report-page.mjs';

const ROOT = resolve(import.meta.dirname, '../../..');

describe('the HTML report page script', () => {
  it('is up to date with src/report-page (else run `npm run build:page`)', async () => {
    const fresh: string = await reportPageModule();
    expect(readFileSync(resolve(ROOT, OUTPUT as string), 'utf8')).toBe(fresh);
  });

  it('uses the one HTML escape and duration format, and cannot end its script element', () => {
    expect(CLIENT_SCRIPT).toContain('function escapeHtml(');
    expect(CLIENT_SCRIPT).toContain('function formatDuration(');
    expect(CLIENT_SCRIPT).not.toMatch(/<\/script/i);
    expect(CLIENT_SCRIPT).not.toContain('<!--');
  });
});
