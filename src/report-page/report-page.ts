// The HTML report's page script (bundled into the page by scripts/build-report-page.mjs): reads the
// embedded data, draws the timeline and the memory/CPU chart, and wires zoom, pan and the tooltip.
import type { PageData } from '../core/report/page-data.js';
import { drawMachine, drawTimeline, PLOT_MARGIN, type View } from './charts.js';
import { place } from './placement.js';
import { showUnit } from './tooltip.js';

function element<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`the report page has no #${id}`);
  return el as T;
}

const data = JSON.parse(element('report-data').textContent ?? '') as PageData;
const at = place(data);
const timeline = element('timeline');
const machine = document.getElementById('machine');
const tooltip = element('tooltip');
const pan = element<HTMLInputElement>('pan');
const full = at.full;
const view: View = { v0: 0, v1: full };

let pending = false;
function render(): void {
  if (pending) return;
  pending = true;
  requestAnimationFrame(() => {
    pending = false;
    drawTimeline(timeline, data, at, view);
    if (machine) drawMachine(machine, data, at, view);
  });
}

function setView(a: number, wanted: number): void {
  const span = Math.min(full, Math.max(full / 2000, wanted));
  view.v0 = Math.min(Math.max(0, a), full - span);
  view.v1 = view.v0 + span;
  pan.disabled = span >= full;
  pan.value = pan.disabled ? '0' : String(Math.round((view.v0 / (full - span)) * 1000));
  render();
}

function zoom(factor: number, centre?: number): void {
  const { v0, v1 } = view;
  const c = centre === undefined ? (v0 + v1) / 2 : centre;
  setView(c - (c - v0) * factor, (v1 - v0) * factor);
}

element('zoom-in').addEventListener('click', () => zoom(0.5));
element('zoom-out').addEventListener('click', () => zoom(2));
element('zoom-reset').addEventListener('click', () => setView(0, full));
pan.addEventListener('input', () => {
  const span = view.v1 - view.v0;
  setView((Number(pan.value) / 1000) * (full - span), span);
});
for (const el of [timeline, machine]) {
  if (!el) continue;
  // Ctrl + wheel (and trackpad pinch) zooms around the pointer; a plain wheel scrolls the page.
  el.addEventListener(
    'wheel',
    (e) => {
      if (!e.ctrlKey && !e.metaKey) return;
      e.preventDefault();
      const box = el.getBoundingClientRect();
      const plotWidth = Math.max(1, box.width - PLOT_MARGIN.left - PLOT_MARGIN.right);
      const frac = (e.clientX - box.left - PLOT_MARGIN.left) / plotWidth;
      const { v0, v1 } = view;
      zoom(e.deltaY < 0 ? 0.8 : 1.25, v0 + Math.min(1, Math.max(0, frac)) * (v1 - v0));
    },
    { passive: false },
  );
}

const bar = (target: EventTarget | null): Element | null =>
  target instanceof Element && target.classList.contains('bar') ? target : null;
timeline.addEventListener('mouseover', (e) => {
  const b = bar(e.target);
  if (b) showUnit(tooltip, at, b, e.pageX, e.pageY);
});
timeline.addEventListener('mouseout', (e) => {
  if (bar(e.target)) tooltip.hidden = true;
});
timeline.addEventListener('focusin', (e) => {
  const b = bar(e.target);
  if (!b) return;
  const box = b.getBoundingClientRect();
  showUnit(tooltip, at, b, box.left + window.scrollX, box.bottom + window.scrollY);
});
timeline.addEventListener('focusout', () => {
  tooltip.hidden = true;
});
window.addEventListener('resize', render);

setView(0, full);
requestAnimationFrame(() =>
  requestAnimationFrame(() => document.documentElement.setAttribute('data-ready', 'true')),
);
