// The job summary's memory/CPU chart as a Mermaid xychart: memory and CPU on a regular time grid, the thresholds as flat lines, the time after a stop request shaded.

import { formatDuration } from '../format.js';
import { plainLine } from '../text/control-chars.js';
import type { RunReport } from '../types.js';
import { machineGrid, type TimelineRun } from './timeline-data.js';

/** Series colours in the order they are written; xychart draws no legend, so the title names them. */
const COLOURS = {
  stopping: '#dc2626',
  memory: '#2563eb',
  cpu: '#f59e0b',
  memoryThreshold: '#6b7280',
  cpuThreshold: '#b45309',
};

interface Series {
  kind: 'line' | 'bar';
  values: number[];
  colour: string;
  /** How the title names it. */
  name: string;
}

/** The chart of the report's own run with a one-line note; undefined without machine samples. */
export function renderMachineChart(
  report: RunReport,
  run: TimelineRun,
  points: number,
): { mermaid: string; note: string } | undefined {
  const machine = report.machine;
  if (!machine || run.samples.length === 0) return undefined;
  const from = run.startedAt;
  const to = Math.max(run.endedAt, from + 1);
  // No more buckets than samples: a short run's few samples would otherwise draw as steps.
  const buckets = Math.max(2, Math.min(points, run.samples.length));
  const grid = machineGrid(run.samples, { from, to, buckets });
  // Leading buckets before the first reading (CPU needs two samples) repeat the first one.
  const firstMemory = grid.find((g) => g.memoryPercent !== null)?.memoryPercent ?? 0;
  const firstCpu = grid.find((g) => g.cpuPercent !== null)?.cpuPercent ?? 0;
  const cpuKnown = grid.some((g) => g.cpuPercent !== null);
  const t = machine.thresholds;
  const flat = (value: number) => grid.map(() => value);
  const series: Series[] = [];
  if (report.stoppedAt !== undefined && report.stoppedAt >= from && report.stoppedAt <= to) {
    // xychart has no markers: a step from 0 to 100 at the stop request stands for one.
    const at = Math.min(
      buckets - 1,
      Math.floor(((report.stoppedAt - from) / (to - from)) * buckets),
    );
    const values = grid.map((_, i) => (i >= at ? 100 : 0));
    series.push({
      kind: 'line',
      values,
      colour: COLOURS.stopping,
      name: 'stop requested (red step)',
    });
  }
  series.push({
    kind: 'line',
    values: grid.map((g) => g.memoryPercent ?? firstMemory),
    colour: COLOURS.memory,
    name: 'memory (blue)',
  });
  if (cpuKnown) {
    const cpu = grid.map((g) => g.cpuPercent ?? firstCpu);
    series.push({ kind: 'line', values: cpu, colour: COLOURS.cpu, name: 'CPU (orange)' });
  }
  if (t.memoryPercent !== null) {
    series.push({
      kind: 'line',
      values: flat(t.memoryPercent),
      colour: COLOURS.memoryThreshold,
      name: `memory threshold ${t.memoryPercent}% (grey)`,
    });
  }
  if (t.cpuPercent !== null && cpuKnown) {
    series.push({
      kind: 'line',
      values: flat(t.cpuPercent),
      colour: COLOURS.cpuThreshold,
      name: `CPU threshold ${t.cpuPercent}% (brown)`,
    });
  }
  const minutes = to - from >= 180_000;
  const mermaid = [
    '---',
    'config:',
    '  xyChart:',
    '    width: 900',
    '    height: 320',
    '  themeVariables:',
    '    xyChart:',
    `      plotColorPalette: "${series.map((s) => s.colour).join(', ')}"`,
    '---',
    'xychart-beta',
    `  title "${quoted(`% in use: ${series.map((s) => s.name).join(', ')}`)}"`,
    `  x-axis "${minutes ? 'minutes' : 'seconds'} since the run started" 0 --> ${round((to - from) / (minutes ? 60_000 : 1000))}`,
    '  y-axis "%" 0 --> 100',
    ...series.map(
      (s) => `  ${s.kind} [${s.values.map((v) => round(Math.min(100, v))).join(', ')}]`,
    ),
  ].join('\n');
  return { mermaid, note: note(report, from) };
}

function note(report: RunReport, from: number): string {
  const machine = report.machine;
  if (!machine) return '';
  const { peak, thresholds: t } = machine;
  return [
    peak ? `peak memory ${peak.memoryPercent}%` : undefined,
    peak && peak.cpuPercent !== null ? `peak CPU ${peak.cpuPercent}%` : undefined,
    t.memoryPercent !== null ? `memory threshold ${t.memoryPercent}%` : 'memory threshold off',
    t.cpuPercent !== null ? `CPU threshold ${t.cpuPercent}%` : undefined,
    `window ${formatDuration(t.windowMs)}`,
    report.stoppedAt !== undefined
      ? `stop requested ${formatDuration(report.stoppedAt - from)} in (${report.reason ?? 'stop'})`
      : undefined,
  ]
    .filter((n) => n !== undefined)
    .join(' · ');
}

/** Text for a double-quoted Mermaid string: no quote, backslash or control character. */
function quoted(text: string): string {
  return plainLine(text).replace(/["\\]/g, ' ').slice(0, 200);
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
