// The HTML report's stylesheet, inlined in the page: readable on screen and in print, colours by outcome, light and dark.

export const STYLE = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --bg: #fff; --panel: #f6f8fa; --line: #d1d9e0;
  --passed: #1a7f37; --flaky: #9a6700; --failed: #d1242f; --timed-out: #e16f24; --resource-exceeded: #8250df; --interrupted: #6e7781;
  --memory: #0969da; --cpu: #e16f24; --stop: #d1242f; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --panel: #151b23; --line: #3d444d; } }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1400px; padding: 16px 24px 48px; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; color: var(--fg); background: var(--bg); }
h1 { font-size: 20px; margin: 0 0 4px; } h2 { font-size: 16px; margin: 28px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
code, pre { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 12px; }
.status { display: inline-block; padding: 1px 8px; border-radius: 10px; color: #fff; font-weight: 600; }
.status.passed { background: var(--passed); } .status.failed { background: var(--failed); }
.status.shutdown { background: var(--resource-exceeded); } .status.interrupted { background: var(--interrupted); }
.meta { color: var(--muted); }
table { border-collapse: collapse; margin: 4px 0; } th, td { text-align: left; padding: 3px 12px 3px 0; border-bottom: 1px solid var(--line); vertical-align: top; }
td.n, th.n { text-align: right; }
.toolbar { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; margin-bottom: 6px; }
.toolbar button { min-width: 32px; padding: 2px 8px; }
.toolbar input[type=range] { width: 260px; }
.legend { display: flex; gap: 12px; flex-wrap: wrap; color: var(--muted); }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 4px; vertical-align: -1px; }
.chart { width: 100%; overflow: hidden; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; }
svg { display: block; font-size: 11px; }
svg text { fill: var(--muted); } .run-label { fill: var(--fg); font-weight: 600; }
.band { fill: transparent; } .band.odd { fill: rgba(127, 127, 127, 0.08); }
.tick, .grid { stroke: var(--line); stroke-width: 1; }
.bar { stroke: rgba(0, 0, 0, 0.25); stroke-width: 0.5; cursor: pointer; }
.bar:hover, .bar:focus { stroke: var(--fg); stroke-width: 2; outline: none; }
rect.o-passed { fill: var(--passed); } rect.flaky { fill: var(--flaky); } rect.o-failed { fill: var(--failed); }
rect.o-timed-out { fill: var(--timed-out); } rect.o-resource-exceeded { fill: var(--resource-exceeded); } rect.o-interrupted { fill: var(--interrupted); }
.swatch.o-passed { background: var(--passed); } .swatch.flaky { background: var(--flaky); } .swatch.o-failed { background: var(--failed); }
.swatch.o-timed-out { background: var(--timed-out); } .swatch.o-resource-exceeded { background: var(--resource-exceeded); } .swatch.o-interrupted { background: var(--interrupted); }
.earlier { fill-opacity: 0.55; }
.memory { fill: none; stroke: var(--memory); stroke-width: 1.5; } .cpu { fill: none; stroke: var(--cpu); stroke-width: 1.2; }
.threshold { stroke: var(--muted); stroke-dasharray: 6 4; } .cpu-threshold { stroke: var(--cpu); }
.stop { stroke: var(--stop); stroke-width: 1.5; stroke-dasharray: 3 3; } svg text.stop-label { fill: var(--stop); font-weight: 600; }
.swatch.memory { background: var(--memory); } .swatch.cpu { background: var(--cpu); } .swatch.stop { background: var(--stop); }
#tooltip { position: absolute; z-index: 10; max-width: min(760px, 90vw); padding: 8px 10px; background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 6px; box-shadow: 0 4px 16px rgba(0, 0, 0, 0.2); pointer-events: none; }
#tooltip pre { max-height: 320px; overflow: hidden; margin: 6px 0 0; padding: 6px; background: var(--panel); white-space: pre-wrap; word-break: break-all; }
details { margin: 4px 0; } summary { cursor: pointer; }
.failure pre { margin: 4px 0 10px; padding: 8px; max-height: 420px; overflow: auto; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; white-space: pre-wrap; word-break: break-all; }
.tag { font-weight: 600; } .tag.o-failed { color: var(--failed); } .tag.o-timed-out { color: var(--timed-out); }
.tag.o-resource-exceeded { color: var(--resource-exceeded); } .tag.o-interrupted { color: var(--interrupted); }
`;
