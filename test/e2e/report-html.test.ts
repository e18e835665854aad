// --report-html through the bundled CLI: one self-contained file with every unit and the failed unit's log tail.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { tempDir } from '../support/temp-dir.js';

describe('--report-html', () => {
  it('writes a self-contained report of the run', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'good.sh'), 'echo fine');
    writeFileSync(join(dir, 'bad.sh'), 'echo "something </script> broke"; exit 3');
    const r = await runCli([
      'run',
      '--cwd',
      dir,
      '--report-html',
      'out/report.html',
      '-c',
      'sh {file}',
      '*.sh',
    ]);
    expect(r.code).toBe(1);
    const html = readFileSync(join(dir, 'out/report.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('good.sh');
    expect(html).toContain('bad.sh');
    expect(html).toContain('something');
    // Nothing is fetched: no external scripts, styles or images.
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)="https?:/i);
    // Log text cannot close the embedded data block.
    expect(html.match(/<\/script>/gi)?.length).toBe(html.match(/<script/gi)?.length);
  });

  it('rejects a path it cannot write before running anything', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.sh'), 'touch ran');
    writeFileSync(join(dir, 'file'), '');
    const r = await runCli([
      'run',
      '--cwd',
      dir,
      '--report-html',
      'file/report.html',
      '-c',
      'sh {file}',
      'a.sh',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--report-html: expected a file path in a writable folder');
  });
});
