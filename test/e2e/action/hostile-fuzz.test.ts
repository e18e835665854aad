// A seeded fuzz of whole Action runs: random file names and log bytes (newlines, `::`, `##[`, Markdown, HTML, ANSI, NUL, invalid UTF-8) go through main and post as the runner runs them; the runner-facing stdout holds no command testwarden did not mean, the job summary no link, image or HTML of a unit's, and the reports parse.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../support/prng.js';
import { renderSummary } from '../../support/rendered-summary.js';
import { runJob, type StepResult } from '../../support/runner-emulator.js';
import { INPUTS, NODES, useActionJobs } from './action-harness.js';
import { fixtureSuite } from './fixture-suite.js';

/** Pieces hostile text is made of: what the runner, Markdown, HTML and terminals act on. */
const FRAGMENTS = [
  '\n',
  '\r\n',
  '\r',
  '\t',
  '::error::pwned',
  '::error title=pwned,file=x::pwned',
  '::set-output name=status::hacked',
  '::add-mask::secret',
  '::stop-commands::x',
  '::endgroup::',
  '##[error]older',
  '##[add-mask]hunter2',
  '##[group]g',
  '[Re-run as admin](https://evil.example/a)',
  '![x](https://evil.example/i.png)',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<a href="https://evil.example">a</a>',
  '</pre>',
  '</details>',
  '</code>',
  '`tick`',
  '```',
  '**bold**',
  '_em_',
  '~~del~~',
  '| cell |',
  '# heading',
  'www.evil.example',
  'mail@evil.example',
  'https://evil.example/x',
  '\x1b[31m',
  '\x1b[0m',
  '\x1b]0;title\x07',
  '\x07',
  '\u202e',
  '\u2028',
  '%0A',
  '%25',
  '&amp;',
  '&lt;b&gt;',
  '"\'',
  '-',
  ' ',
  'é',
  '日本',
];

/** Bytes a log may hold that are not valid UTF-8, or that text must never carry. */
const RAW_BYTES = [
  Buffer.from([0xff]),
  Buffer.from([0xc3]),
  Buffer.from([0x80, 0x80]),
  Buffer.from([0xed, 0xa0, 0x80]),
  Buffer.from([0x00]),
];

/** Commands testwarden itself prints in a run. */
const OWN_COMMANDS = new Set(['group', 'endgroup', 'error', 'warning', 'notice', 'debug']);

/** Each unit prints the bytes stored for its id and fails when the first byte is odd. */
const UNIT = `
const fs = require('node:fs');
const path = require('node:path');
const name = require('node:crypto').createHash('sha256').update(process.env.TESTWARDEN_UNIT).digest('hex');
const bytes = fs.readFileSync(path.join(process.env.FIXTURE_DIR, name + '.log'));
process.stdout.write(bytes);
process.exitCode = bytes[0] % 2;
`;

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** A file name of random fragments: no `/` or NUL (a file name cannot hold them), at most 200 bytes. */
function fileName(random: () => number, index: number): string {
  let name = `u${index} `;
  const count = 1 + Math.floor(random() * 6);
  for (let i = 0; i < count; i++) name += pick(random, FRAGMENTS);
  name = name.replace(/[/\0]/g, '_');
  while (Buffer.byteLength(name) > 200) name = name.slice(0, -1);
  return `${name}.cjs`;
}

function logBytes(random: () => number): Buffer {
  const parts: Buffer[] = [Buffer.from([Math.floor(random() * 256)])];
  const count = 5 + Math.floor(random() * 40);
  for (let i = 0; i < count; i++) {
    parts.push(
      random() < 0.2 ? pick(random, RAW_BYTES) : Buffer.from(pick(random, FRAGMENTS), 'utf8'),
    );
  }
  return Buffer.concat(parts);
}

/** The runner acts on nothing but testwarden's own commands, and on no older-syntax `##[` at all. */
function expectInert(step: StepResult, failed: number): void {
  const kinds = step.commands.map((c) => c.command);
  expect(
    kinds.filter((c) => !OWN_COMMANDS.has(c)),
    step.stdout,
  ).toEqual([]);
  expect(step.stdout).not.toMatch(/##\[/);
  expect(step.stdout).not.toContain('\x1b');
  expect(kinds.filter((c) => c === 'group').length).toBeLessThanOrEqual(failed);
  expect(kinds.filter((c) => c === 'endgroup').length).toBe(
    kinds.filter((c) => c === 'group').length,
  );
  // One error per failed unit (at most 10) and one for the step: none made by a unit's text.
  expect(kinds.filter((c) => c === 'error').length).toBeLessThanOrEqual(Math.min(failed, 10) + 1);
  for (const c of step.commands) {
    expect(c.properties['title'] ?? '').not.toMatch(/[\n\r]/);
    expect(c.message).not.toContain('\x1b');
  }
}

interface HtmlDocument {
  querySelectorAll(selector: string): ArrayLike<{
    tagName: string;
    textContent: string | null;
    getAttributeNames(): string[];
    getAttribute(name: string): string | null;
  }>;
}

async function parseHtml(html: string): Promise<HtmlDocument> {
  // @ts-expect-error -- jsdom ships no types; the little used here is declared in the cast
  const { JSDOM } = (await import('jsdom')) as unknown as {
    JSDOM: new (html: string) => { window: { document: HtmlDocument } };
  };
  return new JSDOM(html).window.document;
}

const SEEDS = [1, 2, 3];

describe.each(NODES)('hostile names and logs through whole Action runs under %s', (_name, node) => {
  const jobs = useActionJobs(node);

  it.each(SEEDS)('seed %i', async (seed) => {
    const random = seededRandom(seed);
    const suite = fixtureSuite([]);
    const names = Array.from({ length: 8 }, (_, i) => fileName(random, i));
    let failed = 0;
    for (const name of names) {
      writeFileSync(join(suite.source, 'tests', name), UNIT);
      const bytes = logBytes(random);
      if (bytes[0]! % 2 === 1) failed++;
      const id = `tests/${name}`;
      const key = createHash('sha256').update(id).digest('hex');
      writeFileSync(join(suite.dir, `${key}.log`), bytes);
    }
    const job = jobs.job(suite);
    const inputs = {
      ...INPUTS,
      junit: 'junit.xml',
      'report-html': 'report.html',
    };
    const { main, post } = await runJob(job, inputs);
    expect(main.outputs, main.stdout).toMatchObject({
      units: String(names.length),
      failed: String(failed),
    });

    expectInert(main, failed);
    expectInert(post, failed);

    const summary = renderSummary(main.summary);
    expect(summary.foreign, main.summary).toEqual([]);
    expect(summary.html).not.toMatch(/<a\s|<img\s/i);

    const report = JSON.parse(readFileSync(main.outputs['report-json']!, 'utf8')) as {
      units: { id: string }[];
    };
    expect(report.units.map((u) => u.id).sort()).toEqual(names.map((n) => `tests/${n}`).sort());

    const junit = readFileSync(join(job.workspace, 'junit.xml'), 'utf8');
    expect(XMLValidator.validate(junit)).toBe(true);
    expect(junit).not.toContain('\x1b');

    const html = await parseHtml(readFileSync(join(job.workspace, 'report.html'), 'utf8'));
    const elements = Array.from(html.querySelectorAll('*'));
    expect(elements.filter((e) => /^(a|img|iframe|object|embed)$/i.test(e.tagName))).toEqual([]);
    expect(
      elements.flatMap((e) =>
        e.getAttributeNames().filter((a) => a.toLowerCase().startsWith('on')),
      ),
    ).toEqual([]);
    const scripts = Array.from(html.querySelectorAll('script'));
    expect(scripts).toHaveLength(2);
    expect(() => JSON.parse(scripts[0]!.textContent ?? '')).not.toThrow();
  });
});
