// The HTML report's list of every attempt's log for units that ran more than once (retries, resumed runs), each a link to the file.
import { relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { UnitResult } from '../types.js';
import { escapeHtml } from '../text/html.js';

/** Units listed at most, so a run with thousands of retried units keeps a readable page. */
const MAX_UNITS = 1_000;

/**
 * One row per unit with more than one attempt log. Links are relative to `reportDir` (the page's
 * folder) when given, so the page and the state dir can be uploaded together; else file URLs.
 */
export function renderAttemptLogs(units: readonly UnitResult[], reportDir?: string): string {
  const retried = units.filter((u) => (u.attemptLogs?.length ?? 0) > 1);
  if (retried.length === 0) return '';
  const href = (path: string) =>
    reportDir === undefined
      ? pathToFileURL(path).href
      : relative(reportDir, path).split(sep).map(encodeURIComponent).join('/');
  const rows = retried.slice(0, MAX_UNITS).map((u) => {
    const links = u.attemptLogs!.map((a) => {
      const name = `${a.run > 1 ? `run ${a.run}, ` : ''}attempt ${a.attempt}`;
      const outcome = a.outcome ? ` <span class="tag o-${a.outcome}">${a.outcome}</span>` : '';
      return `<a href="${escapeHtml(href(a.log))}">${name}</a>${outcome}`;
    });
    return `<tr><td><code>${escapeHtml(u.id)}</code></td><td>${links.join(' · ')}</td></tr>`;
  });
  const more =
    retried.length > MAX_UNITS
      ? `<p class="meta">${retried.length - MAX_UNITS} more in the report JSON (attemptLogs).</p>`
      : '';
  return `<h2>Attempt logs (${retried.length})</h2><table><tr><th>Unit</th><th>Logs, oldest first</th></tr>${rows.join('')}</table>${more}`;
}
