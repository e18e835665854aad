// Small pieces of the job summary's Markdown: escaped text, code spans, tables and collapsed log tails.

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text safe inside a Markdown table cell. */
export function cell(text: string): string {
  return escapeHtml(text).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** A code span that no backtick or angle bracket in `text` can break. */
export function code(text: string): string {
  return `<code>${cell(text)}</code>`;
}

export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A collapsed section with preformatted text (a log tail). */
export function details(summary: string, lines: readonly string[]): string {
  const body = lines.length > 0 ? escapeHtml(lines.join('\n')) : '(no output)';
  return `<details><summary>${summary}</summary>\n\n<pre>${body}</pre>\n\n</details>`;
}
