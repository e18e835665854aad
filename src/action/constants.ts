// The Action's names in one place: inputs and outputs as action.yml spells them, and the state names main hands to post.

export const Input = {
  preset: 'preset',
  presetArgs: 'preset-args',
  batch: 'batch',
  profile: 'profile',
  command: 'command',
  tests: 'tests',
  listCommand: 'list-command',
  shell: 'shell',
  workingDirectory: 'working-directory',
  jobs: 'jobs',
  timeout: 'timeout',
  gracePeriod: 'grace-period',
  retries: 'retries',
  failFast: 'fail-fast',
  maxFailures: 'max-failures',
  allowNoUnits: 'allow-no-units',
  resume: 'resume',
  checkpointKey: 'checkpoint-key',
  leaks: 'leaks',
  containers: 'containers',
  containerEngine: 'container-engine',
  isolation: 'isolation',
  containerImage: 'container-image',
  containerMemory: 'container-memory',
  containerCpus: 'container-cpus',
  memoryThreshold: 'memory-threshold',
  cpuThreshold: 'cpu-threshold',
  thresholdWindow: 'threshold-window',
  maxMemoryPerTest: 'max-memory-per-test',
  shard: 'shard',
  junit: 'junit',
  reportJson: 'report-json',
  reportHtml: 'report-html',
  watchdog: 'watchdog',
  heartbeatTimeout: 'heartbeat-timeout',
  slowTimeout: 'slow-timeout',
  progressInterval: 'progress-interval',
  tracking: 'tracking',
  cgroupSudo: 'cgroup-sudo',
  summary: 'summary',
  passRuntimeEnv: 'pass-runtime-env',
  timingsKey: 'timings-key',
  defaultBranch: 'default-branch',
  mergeReports: 'merge-reports',
  mergeJunit: 'merge-junit',
} as const;

export const Output = {
  status: 'status',
  exitCode: 'exit-code',
  reason: 'reason',
  resumed: 'resumed',
  units: 'units',
  passed: 'passed',
  failed: 'failed',
  timedOut: 'timed-out',
  skipped: 'skipped',
  flaky: 'flaky',
  leaked: 'leaked',
  fromCheckpoint: 'from-checkpoint',
  reportJson: 'report-json',
  junit: 'junit',
  checkpointKey: 'checkpoint-key',
} as const;

/** Names under which main saves state for post (`core.saveState`); read only through post-state.ts. */
export const State = {
  stateDir: 'state-dir',
  workingDirectory: 'working-directory',
  checkpointKey: 'checkpoint-key',
  runId: 'run-id',
  runAttempt: 'run-attempt',
  reportJson: 'report-json',
  summary: 'summary',
  checkpointSaved: 'checkpoint-saved',
  summaryWritten: 'summary-written',
} as const;

/** Every run's state dir is under this folder of GITHUB_WORKSPACE (see docs/action.md, "State dir"). */
export const STATE_ROOT = '.testwarden';

/** Deadline of one durations-history cache call: the history only balances shards, it must not hold the run up. */
export const TIMINGS_CACHE_TIMEOUT_MS = 15_000;

/** How long the post step waits for one Actions-cache upload: post must finish in seconds. */
export const POST_UPLOAD_TIMEOUT_MS = 20_000;

/** SIGTERM to SIGKILL for what post sweeps: the run is over, nothing should be given long. */
export const POST_CLEANUP_GRACE_MS = 1_000;

/** How long post tries for the state dir's lock (a watchdog finishing its own cleanup lets go within moments). */
export const POST_LOCK_WAIT_MS = 3_000;

/** The runner's window between SIGINT and SIGTERM on a cancel (actions/runner). */
export const RUNNER_CANCEL_WINDOW_MS = 7_500;

/** At most this many error annotations (failed units) and as many warning annotations (leaks). */
export const MAX_ANNOTATIONS = 10;
