// The job summary as GitHub shows it: Markdown rendered with the GFM extensions (tables, autolinks) and raw HTML kept, to see which elements it makes.
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

/** Elements testwarden's own Markdown makes; anything else came from a unit's text. */
const OWN_ELEMENTS = new Set([
  'h3',
  'h4',
  'p',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'code',
  'pre',
  'details',
  'summary',
  'sub',
  'blockquote',
  'strong',
  'ul',
  'li',
  'br',
]);

export interface RenderedSummary {
  html: string;
  /** Every element, lower-cased tag names. */
  tags: string[];
  /** Elements testwarden does not write: a link, an image, raw HTML from a unit. */
  foreign: string[];
  text: string;
}

export function renderSummary(markdown: string): RenderedSummary {
  const html = micromark(markdown, {
    allowDangerousHtml: true,
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
  });
  // The renderer escapes every `<` of text, so each `<name` left is an element (or raw HTML).
  const tags = [...html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => m[1]!.toLowerCase());
  return { html, tags, foreign: tags.filter((t) => !OWN_ELEMENTS.has(t)), text: textOf(html) };
}

function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
