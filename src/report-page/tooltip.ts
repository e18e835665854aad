// A unit's details beside its bar: outcome, duration, lane, why, and the end of its log. Unit ids and log lines only reach the page as text, never as markup.
import { formatDuration } from '../core/format.js';
import type { Placement } from './placement.js';

export function showUnit(
  tooltip: HTMLElement,
  at: Placement,
  target: Element,
  x: number,
  y: number,
): void {
  const u = at.units[Number(target.getAttribute('data-i'))];
  if (!u) return;
  const lines: [string, string][] = [
    ['Outcome', u.outcome + (u.flaky ? ' (flaky)' : '') + (u.earlier ? ', in an earlier run' : '')],
    [
      'Duration',
      formatDuration(u.duration) +
        (u.attempts !== undefined && u.attempts > 1 ? ` over ${u.attempts} attempts` : ''),
    ],
    ['Lane', `${u.lane + 1}, started +${formatDuration(u.start - at.runs[u.run]!.start)}`],
  ];
  if (u.message) lines.push(['Why', u.message]);
  tooltip.replaceChildren();
  const title = document.createElement('strong');
  title.textContent = u.id;
  tooltip.append(title);
  for (const [k, v] of lines) {
    const row = document.createElement('div');
    row.textContent = `${k}: ${v}`;
    tooltip.append(row);
  }
  const tail = u.tail === undefined ? null : document.getElementById(`tail-${u.tail}`);
  if (tail) {
    const pre = document.createElement('pre');
    // The end of a log says most; the failures section below has the whole tail.
    pre.textContent = (tail.textContent ?? '').split('\n').slice(-16).join('\n');
    tooltip.append(pre);
  }
  tooltip.hidden = false;
  const w = tooltip.offsetWidth;
  const right = window.scrollX + document.documentElement.clientWidth - w - 8;
  tooltip.style.left = `${Math.max(4, Math.min(x + 14, right))}px`;
  tooltip.style.top = `${y + 14}px`;
}
