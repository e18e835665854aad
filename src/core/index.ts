// Public API of the testwarden core (re-exports only).
export { formatBytes, formatDuration } from './format.js';
export {
  runSuite,
  planRun,
  executePlan,
  DEFAULTS,
  type RunSuiteOptions,
  type Plan,
} from './run/run-suite.js';
export {
  parseRunOptions,
  cliName,
  type RawRunOptions,
  type OptionNamer,
} from './plan/run-options.js';
export { StopToken } from './lifecycle/stop-token.js';
export { UsageError, InternalError } from './errors.js';
export type { RunEvents, RunStartInfo } from './report/events.js';
export { EXIT, buildReport, computeTotals } from './report/build-report.js';
export { renderJUnit } from './report/junit-writer.js';
export { readTailLines } from './report/log-tail.js';
export { parseDuration, parseSize, parseInteger, parsePercent } from './plan/units-of-measure.js';
export { parseShard, splitShards, selectShard, planShard, type ShardSpec } from './plan/shard.js';
export { readTimings, updateTimings, timingsMap, TIMINGS_FILE } from './plan/timings.js';
export { mergeReports } from './report/merge-reports.js';
export { runMerge, type MergeOptions } from './report/merge-command.js';
export { readReportFile } from './report/report-schema.js';
export type {
  CheckpointSync,
  SaveOutcome,
  SaveSkipReason,
  RestoreOutcome,
} from './checkpoint/checkpoint-sync.js';
export {
  readCheckpoint,
  writeCheckpoint,
  type ReadCheckpointResult,
} from './checkpoint/checkpoint-file.js';
export type { Checkpoint, CheckpointFingerprint } from './checkpoint/checkpoint-format.js';
export { CheckpointUnits, type CheckpointUnit } from './checkpoint/checkpoint-units.js';
export { CHECKPOINT_FILE } from './checkpoint/run-checkpoint.js';
export { checkpointStatus, type CheckpointStatus } from './checkpoint/checkpoint-status.js';
export { cleanupStateDir, type CleanupOptions, type CleanupReport } from './tracker/cleanup.js';
export { detectCgroupSupport } from './tracker/cgroup-detect.js';
export { prepareDelegatedSubtree } from './tracker/cgroup-setup.js';
export { detectEngine } from './containers/engine.js';
export { runWatchdog } from './lifecycle/watchdog.js';
export { startWatchdog, stopWatchdog, type WatchdogCommand } from './lifecycle/watchdog-process.js';
export { ResourceMonitor } from './monitor/resource-monitor.js';
export type * from './types.js';
export { renderHtmlReport, writeHtmlReport, type HtmlReportOptions } from './report/html-report.js';
export { renderTimelineMarkdown, type TimelineMarkdownOptions } from './report/mermaid.js';
export type { CheckpointRun } from './checkpoint/checkpoint-runs.js';
