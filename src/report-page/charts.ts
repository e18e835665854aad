// Draws the timeline (one bar per unit, one row per lane) and the memory/CPU chart as SVG markup for the visible part of the axis.
import { formatDuration } from '../core/format.js';
import type { PageData } from '../core/report/page-data.js';
import { escapeHtml } from '../core/text/html.js';
import { toDomain, type Placement } from './placement.js';

const LEFT = 64;
const RIGHT = 12;
const TOP = 24;
const STEPS = [
  100, 200, 500, 1e3, 2e3, 5e3, 1e4, 15e3, 3e4, 6e4, 12e4, 3e5, 6e5, 9e5, 18e5, 36e5, 72e5,
];

/** The visible part of the axis. */
export interface View {
  v0: number;
  v1: number;
}

/** Where the plot starts and ends inside a chart, for pointer positions. */
export const PLOT_MARGIN = { left: LEFT, right: RIGHT };

interface Frame {
  width: number;
  sx: (d: number) => number;
  parts: string[];
}

/** Run bands and elapsed-time ticks (about one per 90 px), shared by both charts. */
function frame(el: HTMLElement, height: number, at: Placement, view: View): Frame {
  const { v0, v1 } = view;
  const width = Math.max(320, el.clientWidth);
  const sx = (d: number) => LEFT + ((d - v0) / (v1 - v0)) * (width - LEFT - RIGHT);
  const parts: string[] = [];
  at.runs.forEach((r, i) => {
    const a = Math.max(sx(r.d0), LEFT);
    const b = Math.min(sx(r.d1), width - RIGHT);
    if (b <= a) return;
    parts.push(
      `<rect class="band${i % 2 ? ' odd' : ''}" x="${a}" y="0" width="${b - a}" height="${height}"/>`,
    );
    const pxPerMs = (sx(r.d1) - sx(r.d0)) / Math.max(1, r.end - r.start);
    const step = STEPS.find((s) => s * pxPerMs >= 90) ?? STEPS[STEPS.length - 1]!;
    // Only the visible part of the run: zoomed into a long run, ticks from its start would be many.
    const span = r.end - r.start;
    const from = ((Math.max(v0, r.d0) - r.d0) / (r.d1 - r.d0)) * span;
    const to = ((Math.min(v1, r.d1) - r.d0) / (r.d1 - r.d0)) * span;
    for (let t = Math.floor(from / step) * step; t <= to; t += step) {
      const x = sx(toDomain(r.start + t, r));
      if (x < a || x > b) continue;
      parts.push(`<line class="tick" x1="${x}" x2="${x}" y1="${TOP}" y2="${height}"/>`);
      parts.push(
        `<text class="tick-label" x="${x + 2}" y="${height - 3}">${t === 0 ? '0' : `+${formatDuration(t)}`}</text>`,
      );
    }
  });
  return { width, sx, parts };
}

function stopMarks(f: Frame, height: number, data: PageData, at: Placement): void {
  for (const r of at.runs) {
    const t = r.current ? data.stoppedAt : r.reason ? r.end : undefined;
    if (t === undefined || t === null) continue;
    const x = f.sx(toDomain(t, r));
    if (x < LEFT || x > f.width - RIGHT) continue;
    f.parts.push(`<line class="stop" x1="${x}" x2="${x}" y1="${TOP - 6}" y2="${height}"/>`);
    f.parts.push(
      `<text class="stop-label" x="${x - 4}" y="${TOP - 8}" text-anchor="end">stop: ${escapeHtml(r.reason || 'requested')}</text>`,
    );
  }
}

export function drawTimeline(el: HTMLElement, data: PageData, at: Placement, view: View): void {
  const rowH = data.lanes > 24 ? 10 : data.lanes > 12 ? 16 : 24;
  const height = TOP + data.lanes * rowH + 18;
  const f = frame(el, height, at, view);
  for (const r of at.runs) {
    const x = Math.max(f.sx(r.d0), LEFT) + 4;
    if (f.sx(r.d1) > LEFT)
      f.parts.push(`<text class="run-label" x="${x}" y="12">${escapeHtml(r.label)}</text>`);
  }
  for (let lane = 0; lane < data.lanes; lane++) {
    f.parts.push(
      `<text class="lane-label" x="4" y="${TOP + lane * rowH + rowH * 0.7}">lane ${lane + 1}</text>`,
    );
  }
  const plotEnd = f.width - RIGHT;
  at.units.forEach((u, i) => {
    if (u.x1 < view.v0 || u.x0 > view.v1) return;
    const x = Math.max(LEFT, f.sx(u.x0));
    const w = Math.max(1.5, Math.min(plotEnd, f.sx(u.x1)) - x);
    const cls = `bar o-${escapeHtml(u.outcome)}${u.flaky ? ' flaky' : ''}${u.earlier ? ' earlier' : ''}`;
    f.parts.push(
      `<rect class="${cls}" data-i="${i}" tabindex="0" x="${x}" y="${TOP + u.lane * rowH + 2}" width="${w}" height="${rowH - 4}"/>`,
    );
  });
  stopMarks(f, height, data, at);
  el.innerHTML = `<svg width="${f.width}" height="${height}" role="group" aria-label="Timeline: one bar per unit, one row per lane">${f.parts.join('')}</svg>`;
}

export function drawMachine(el: HTMLElement, data: PageData, at: Placement, view: View): void {
  const height = 190;
  const plotH = height - TOP - 20;
  const sy = (p: number) => TOP + plotH - (Math.min(100, Math.max(0, p)) / 100) * plotH;
  const f = frame(el, height, at, view);
  const axis: string[] = [];
  for (const p of [0, 25, 50, 75, 100]) {
    f.parts.push(
      `<line class="grid" x1="${LEFT}" x2="${f.width - RIGHT}" y1="${sy(p)}" y2="${sy(p)}"/>`,
    );
    axis.push(
      `<text class="lane-label" x="${LEFT - 6}" y="${sy(p) + 4}" text-anchor="end">${p}%</text>`,
    );
  }
  const t = data.thresholds;
  for (const r of at.runs) {
    const a = f.sx(r.d0);
    const b = f.sx(r.d1);
    const line = (cls: string, key: 1 | 2) => {
      const pts: string[] = [];
      for (const s of r.samples) {
        const value = s[key];
        if (value !== null)
          pts.push(`${f.sx(toDomain(s[0], r)).toFixed(1)},${sy(value).toFixed(1)}`);
      }
      if (pts.length > 0) f.parts.push(`<polyline class="${cls}" points="${pts.join(' ')}"/>`);
    };
    line('memory', 1);
    line('cpu', 2);
    const threshold = (cls: string, p: number | null) => {
      if (p !== null)
        f.parts.push(`<line class="${cls}" x1="${a}" x2="${b}" y1="${sy(p)}" y2="${sy(p)}"/>`);
    };
    if (t) threshold('threshold', t.memoryPercent);
    if (t) threshold('threshold cpu-threshold', t.cpuPercent);
  }
  stopMarks(f, height, data, at);
  el.innerHTML = `<svg width="${f.width}" height="${height}" role="img" aria-label="Memory and CPU in use over the run"><defs><clipPath id="plot"><rect x="${LEFT}" y="0" width="${f.width - LEFT - RIGHT}" height="${height}"/></clipPath></defs>${axis.join('')}<g clip-path="url(#plot)">${f.parts.join('')}</g></svg>`;
}
