// Public API of the testwarden core (re-exports only).
export { runSuite, planRun, executePlan, DEFAULTS, type RunSuiteOptions } from './run-suite.js';
export { StopToken } from './lifecycle/stop-token.js';
export { UsageError, InternalError } from './errors.js';
export type { RunEvents, RunStartInfo } from './report/events.js';
export { EXIT } from './report/build-report.js';
export { renderJUnit } from './report/junit-writer.js';
export {
  parseDuration,
  parseSize,
  parseInteger,
  parsePercent,
  formatDuration,
  formatBytes,
} from './plan/units-of-measure.js';
export type * from './types.js';
