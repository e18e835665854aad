// The data the HTML report embeds for its page script: written by html-report.ts, drawn by src/report-page.

export interface PageData {
  runs: PageRun[];
  lanes: number;
  stoppedAt: number | null;
  thresholds: { memoryPercent: number | null; cpuPercent: number | null } | null;
  units: PageUnit[];
}

export interface PageRun {
  runId: string;
  label: string;
  start: number;
  end: number;
  reason: string | null;
  current: boolean;
  /** `[at, memory %, CPU % or null]`. */
  samples: [number, number, number | null][];
}

export interface PageUnit {
  id: string;
  outcome: string;
  lane: number;
  /** Index into `runs`. */
  run: number;
  start: number;
  end: number;
  duration: number;
  attempts?: number;
  flaky?: true;
  earlier?: true;
  message?: string;
  /** Index of the unit's log tail (`#tail-N`). */
  tail?: number;
}
