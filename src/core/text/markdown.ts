// Markdown that shows unit text literally (GitHub's job summary): escaped text, code spans, tables and collapsed log tails. No id, message or log line can become a link, an image, emphasis or HTML.
import { plainLine, plainText } from './control-chars.js';
import { escapeHtml } from './html.js';

/**
 * Every ASCII punctuation character that Markdown or GitHub's autolinker gives a meaning (`[`,
 * `!`, `*`, `_`, `|`, `:` of `https:`, `.` of `www.`, `@` of an e-mail address …) as a numeric
 * character reference: it renders as itself, and the parser never sees the character that starts a
 * construct. `,`, `-` and `/` stay: unit text never starts a line here, where only they would count.
 */
const SPECIAL = /[!-+.:-@[-`{-~]/g;

/** One line of unit text, inert anywhere in Markdown (a table cell too). */
export function markdownText(text: string): string {
  return plainLine(text).replace(SPECIAL, (c) => `&#${c.charCodeAt(0)};`);
}

/** Unit text as a code span that nothing in it can break. */
export function code(text: string): string {
  return `<code>${markdownText(text)}</code>`;
}

/** Text testwarden wrote itself, safe in a table cell. */
export function cell(text: string): string {
  return markdownText(text);
}

export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/**
 * A collapsed section with preformatted text (a log tail). `summary` is Markdown already escaped.
 * The `<pre>` block is raw HTML to Markdown, ended only by `</pre>`, which escaping rules out.
 */
export function details(summary: string, lines: readonly string[]): string {
  const text = plainText(lines.join('\n'));
  const body = text !== '' ? escapeHtml(text) : '(no output)';
  return `<details><summary>${summary}</summary>\n\n<pre>${body}</pre>\n\n</details>`;
}
