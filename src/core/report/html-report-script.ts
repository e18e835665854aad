// The HTML report's only script, inlined in the page: draws the timeline and the memory/CPU chart as SVG from the embedded data, with zoom, pan and a tooltip showing each unit's log tail.

/**
 * Plain browser JavaScript, kept as text because it runs in the report's page, not in Node.
 * The data comes from `<script type="application/json" id="report-data">` (see html-report.ts);
 * unit ids and log lines only ever reach the page through textContent, never as markup.
 */
export const CLIENT_SCRIPT = String.raw`(() => {
  'use strict';
  const data = JSON.parse(document.getElementById('report-data').textContent);
  const runs = data.runs;
  const units = data.units;
  const GAP = runs.length > 1 ? 0.03 : 0;
  const LEFT = 64;
  const RIGHT = 12;
  const TOP = 24;

  // Each run gets a share of the axis by its length (at least 8 % each); gaps stand for the time between runs.
  const lengths = runs.map((r) => Math.max(1, r.end - r.start));
  const sum = lengths.reduce((a, b) => a + b, 0);
  const minShare = runs.length > 1 ? 0.08 : 0;
  const raw = lengths.map((l) => Math.max(minShare, l / sum));
  const scale = (1 - GAP * (runs.length - 1)) / raw.reduce((a, b) => a + b, 0);
  let at = 0;
  runs.forEach((r, i) => {
    r.d0 = at;
    r.d1 = at + raw[i] * scale;
    at = r.d1 + GAP;
  });
  const toDomain = (t, r) =>
    r.d0 + ((Math.min(Math.max(t, r.start), r.end) - r.start) / Math.max(1, r.end - r.start)) * (r.d1 - r.d0);
  for (const u of units) {
    const r = runs[u.run];
    u.x0 = toDomain(u.start, r);
    u.x1 = toDomain(u.end, r);
  }

  const timeline = document.getElementById('timeline');
  const machine = document.getElementById('machine');
  const tooltip = document.getElementById('tooltip');
  const pan = document.getElementById('pan');
  let v0 = 0;
  let v1 = 1;

  const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
  const fmt = (ms) => {
    if (ms < 1000) return Math.round(ms) + 'ms';
    if (ms < 60000) return (ms / 1000).toFixed(ms < 10000 ? 1 : 0) + 's';
    const m = Math.floor(ms / 60000);
    const s = Math.round((ms % 60000) / 1000);
    return m >= 60 ? Math.floor(m / 60) + 'h' + String(m % 60).padStart(2, '0') + 'm' : m + 'm' + String(s).padStart(2, '0') + 's';
  };
  const STEPS = [100, 200, 500, 1e3, 2e3, 5e3, 1e4, 15e3, 3e4, 6e4, 12e4, 3e5, 6e5, 9e5, 18e5, 36e5, 72e5];

  function frame(el, height) {
    const width = Math.max(320, el.clientWidth);
    const sx = (d) => LEFT + ((d - v0) / (v1 - v0)) * (width - LEFT - RIGHT);
    const parts = [];
    runs.forEach((r, i) => {
      const a = Math.max(sx(r.d0), LEFT);
      const b = Math.min(sx(r.d1), width - RIGHT);
      if (b <= a) return;
      parts.push('<rect class="band' + (i % 2 ? ' odd' : '') + '" x="' + a + '" y="0" width="' + (b - a) + '" height="' + height + '"/>');
      // Ticks: elapsed time since the run started, about one per 90 px.
      const pxPerMs = (sx(r.d1) - sx(r.d0)) / Math.max(1, r.end - r.start);
      const step = STEPS.find((s) => s * pxPerMs >= 90) || STEPS[STEPS.length - 1];
      // Only the visible part of the run: zoomed into a long run, ticks from its start would be many.
      const span = r.end - r.start;
      const from = ((Math.max(v0, r.d0) - r.d0) / (r.d1 - r.d0)) * span;
      const to = ((Math.min(v1, r.d1) - r.d0) / (r.d1 - r.d0)) * span;
      for (let t = Math.floor(from / step) * step; t <= to; t += step) {
        const x = sx(toDomain(r.start + t, r));
        if (x < a || x > b) continue;
        parts.push('<line class="tick" x1="' + x + '" x2="' + x + '" y1="' + TOP + '" y2="' + height + '"/>');
        parts.push('<text class="tick-label" x="' + (x + 2) + '" y="' + (height - 3) + '">' + (t === 0 ? '0' : '+' + fmt(t)) + '</text>');
      }
    });
    return { width, sx, parts };
  }

  function stopMarks(f, height) {
    for (const r of runs) {
      const t = r.current ? data.stoppedAt : r.reason ? r.end : undefined;
      if (t === undefined || t === null) continue;
      const x = f.sx(toDomain(t, r));
      if (x < LEFT || x > f.width - RIGHT) continue;
      f.parts.push('<line class="stop" x1="' + x + '" x2="' + x + '" y1="' + (TOP - 6) + '" y2="' + height + '"/>');
      f.parts.push('<text class="stop-label" x="' + (x - 4) + '" y="' + (TOP - 8) + '" text-anchor="end">stop: ' + esc(r.reason || 'requested') + '</text>');
    }
  }

  function drawTimeline() {
    const rowH = data.lanes > 24 ? 10 : data.lanes > 12 ? 16 : 24;
    const height = TOP + data.lanes * rowH + 18;
    const f = frame(timeline, height);
    runs.forEach((r) => {
      const x = Math.max(f.sx(r.d0), LEFT) + 4;
      if (f.sx(r.d1) > LEFT) f.parts.push('<text class="run-label" x="' + x + '" y="12">' + esc(r.label) + '</text>');
    });
    for (let lane = 0; lane < data.lanes; lane++) {
      f.parts.push('<text class="lane-label" x="4" y="' + (TOP + lane * rowH + rowH * 0.7) + '">lane ' + (lane + 1) + '</text>');
    }
    const plotEnd = f.width - RIGHT;
    units.forEach((u, i) => {
      if (u.x1 < v0 || u.x0 > v1) return;
      const x = Math.max(LEFT, f.sx(u.x0));
      const w = Math.max(1.5, Math.min(plotEnd, f.sx(u.x1)) - x);
      const cls = 'bar o-' + u.outcome + (u.flaky ? ' flaky' : '') + (u.earlier ? ' earlier' : '');
      f.parts.push('<rect class="' + cls + '" data-i="' + i + '" tabindex="0" x="' + x + '" y="' + (TOP + u.lane * rowH + 2) + '" width="' + w + '" height="' + (rowH - 4) + '"/>');
    });
    stopMarks(f, height);
    timeline.innerHTML = '<svg width="' + f.width + '" height="' + height + '" role="group" aria-label="Timeline: one bar per unit, one row per lane">' + f.parts.join('') + '</svg>';
  }

  function drawMachine() {
    if (!machine) return;
    const height = 190;
    const plotH = height - TOP - 20;
    const sy = (p) => TOP + plotH - (Math.min(100, Math.max(0, p)) / 100) * plotH;
    const f = frame(machine, height);
    const axis = [];
    for (const p of [0, 25, 50, 75, 100]) {
      f.parts.push('<line class="grid" x1="' + LEFT + '" x2="' + (f.width - RIGHT) + '" y1="' + sy(p) + '" y2="' + sy(p) + '"/>');
      axis.push('<text class="lane-label" x="' + (LEFT - 6) + '" y="' + (sy(p) + 4) + '" text-anchor="end">' + p + '%</text>');
    }
    const t = data.thresholds;
    for (const r of runs) {
      const a = f.sx(r.d0);
      const b = f.sx(r.d1);
      const line = (cls, key) => {
        const pts = r.samples.filter((s) => s[key] !== null).map((s) => f.sx(toDomain(s[0], r)).toFixed(1) + ',' + sy(s[key]).toFixed(1));
        if (pts.length > 0) f.parts.push('<polyline class="' + cls + '" points="' + pts.join(' ') + '"/>');
      };
      line('memory', 1);
      line('cpu', 2);
      if (t && t.memoryPercent !== null) f.parts.push('<line class="threshold" x1="' + a + '" x2="' + b + '" y1="' + sy(t.memoryPercent) + '" y2="' + sy(t.memoryPercent) + '"/>');
      if (t && t.cpuPercent !== null) f.parts.push('<line class="threshold cpu-threshold" x1="' + a + '" x2="' + b + '" y1="' + sy(t.cpuPercent) + '" y2="' + sy(t.cpuPercent) + '"/>');
    }
    stopMarks(f, height);
    machine.innerHTML = '<svg width="' + f.width + '" height="' + height + '" role="img" aria-label="Memory and CPU in use over the run"><defs><clipPath id="plot"><rect x="' + LEFT + '" y="0" width="' + (f.width - LEFT - RIGHT) + '" height="' + height + '"/></clipPath></defs>' + axis.join('') + '<g clip-path="url(#plot)">' + f.parts.join('') + '</g></svg>';
  }

  let pending = false;
  function render() {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      drawTimeline();
      drawMachine();
    });
  }

  const FULL = runs.length > 0 ? runs[runs.length - 1].d1 : 1;
  v1 = FULL;
  function setView(a, span) {
    span = Math.min(FULL, Math.max(FULL / 2000, span));
    v0 = Math.min(Math.max(0, a), FULL - span);
    v1 = v0 + span;
    pan.disabled = span >= FULL;
    pan.value = pan.disabled ? 0 : String(Math.round((v0 / (FULL - span)) * 1000));
    render();
  }
  function zoom(factor, centre) {
    const c = centre === undefined ? (v0 + v1) / 2 : centre;
    const span = (v1 - v0) * factor;
    setView(c - (c - v0) * factor, span);
  }
  document.getElementById('zoom-in').addEventListener('click', () => zoom(0.5));
  document.getElementById('zoom-out').addEventListener('click', () => zoom(2));
  document.getElementById('zoom-reset').addEventListener('click', () => setView(0, FULL));
  pan.addEventListener('input', () => setView((Number(pan.value) / 1000) * (FULL - (v1 - v0)), v1 - v0));
  for (const el of [timeline, machine]) {
    if (!el) continue;
    // Ctrl + wheel (and trackpad pinch) zooms around the pointer; a plain wheel scrolls the page.
    el.addEventListener('wheel', (e) => {
      if (!e.ctrlKey && !e.metaKey) return;
      e.preventDefault();
      const box = el.getBoundingClientRect();
      const frac = (e.clientX - box.left - LEFT) / Math.max(1, box.width - LEFT - RIGHT);
      zoom(e.deltaY < 0 ? 0.8 : 1.25, v0 + Math.min(1, Math.max(0, frac)) * (v1 - v0));
    }, { passive: false });
  }

  function show(target, x, y) {
    const u = units[Number(target.getAttribute('data-i'))];
    if (!u) return;
    const lines = [
      ['Outcome', u.outcome + (u.flaky ? ' (flaky)' : '') + (u.earlier ? ', in an earlier run' : '')],
      ['Duration', fmt(u.duration) + (u.attempts > 1 ? ' over ' + u.attempts + ' attempts' : '')],
      ['Lane', String(u.lane + 1) + ', started +' + fmt(u.start - runs[u.run].start)],
    ];
    if (u.message) lines.push(['Why', u.message]);
    tooltip.replaceChildren();
    const title = document.createElement('strong');
    title.textContent = u.id;
    tooltip.append(title);
    for (const [k, v] of lines) {
      const row = document.createElement('div');
      row.textContent = k + ': ' + v;
      tooltip.append(row);
    }
    const tail = u.tail === undefined ? null : document.getElementById('tail-' + u.tail);
    if (tail) {
      const pre = document.createElement('pre');
      // The end of a log says most; the failures section below has the whole tail.
      pre.textContent = tail.textContent.split('\n').slice(-16).join('\n');
      tooltip.append(pre);
    }
    tooltip.hidden = false;
    const w = tooltip.offsetWidth;
    tooltip.style.left = Math.max(4, Math.min(x + 14, window.scrollX + document.documentElement.clientWidth - w - 8)) + 'px';
    tooltip.style.top = y + 14 + 'px';
  }
  const isBar = (el) => el && el.classList && el.classList.contains('bar');
  timeline.addEventListener('mouseover', (e) => { if (isBar(e.target)) show(e.target, e.pageX, e.pageY); });
  timeline.addEventListener('mouseout', (e) => { if (isBar(e.target)) tooltip.hidden = true; });
  timeline.addEventListener('focusin', (e) => {
    if (!isBar(e.target)) return;
    const box = e.target.getBoundingClientRect();
    show(e.target, box.left + window.scrollX, box.bottom + window.scrollY);
  });
  timeline.addEventListener('focusout', () => { tooltip.hidden = true; });
  window.addEventListener('resize', render);

  setView(0, FULL);
  requestAnimationFrame(() => requestAnimationFrame(() => {
    document.documentElement.setAttribute('data-ready', 'true');
  }));
})();`;
