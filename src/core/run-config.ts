// What a run is given (RunSuiteOptions), what planning makes of it (Plan), and the defaults.
import type { CheckpointSync } from './checkpoint/checkpoint-sync.js';
import type { ContainerEngine } from './containers/engine.js';
import type { StopToken } from './lifecycle/stop-token.js';
import type { WatchdogCommand } from './lifecycle/watchdog-process.js';
import type { PresetName } from './frameworks/preset.js';
import type { CommandTemplate } from './plan/command-template.js';
import type { BatchSize } from './plan/preset-batches.js';
import type { ShardSpec } from './plan/shard.js';
import type { RunEvents } from './report/events.js';
import type { StateDir } from './state-dir.js';
import type { StateLock } from './state-lock.js';
import type { CgroupSupport } from './tracker/cgroup-detect.js';
import type { LeakPolicy, ShardInfo, TrackingMode, Unit } from './types.js';

export interface RunSuiteOptions {
  /** Working directory of the units and base of the patterns. */
  cwd: string;
  patterns: readonly string[];
  listCommand?: string;
  command: string;
  /** Run this framework as one unit with testwarden's reporter injected (`command` is then unused). */
  preset?: { name: PresetName; args: readonly string[] };
  /** With a preset: files per batch (1: a unit per file) or `auto` (batches for `jobs`); undefined: one unit. */
  batch?: BatchSize;
  shell?: boolean;
  jobs?: number;
  /** Per-attempt limit (default 10 min); Infinity: none. */
  timeoutMs?: number;
  gracePeriodMs?: number;
  retries?: number;
  /** A unit running longer is reported slow, and again each period (default 60 s; undefined with `off`). */
  slowTimeoutMs?: number | null;
  /** Without a terminal, a progress line this often (default 30 s; null: off). For reporters. */
  progressIntervalMs?: number | null;
  /** Stop scheduling after this many failed units (`--fail-fast` is 1). */
  maxFailures?: number;
  stateDir?: string;
  allowNoUnits?: boolean;
  leaks?: LeakPolicy;
  tracking?: TrackingMode;
  /**
   * As a non-root user who may not create cgroups, use passwordless sudo once to get a cgroup v2
   * subtree (`prepareDelegatedSubtree`: moves this process into it). Off by default; without
   * sudo, `auto` tracking falls back to process groups with a warning.
   */
  cgroupSudo?: boolean | 'auto';
  reportJson?: string;
  junit?: string;
  /** A self-contained HTML report (timeline, memory/CPU chart, failures with log tails). */
  reportHtml?: string;
  /** Base environment of the units (default: this process's). */
  env?: NodeJS.ProcessEnv;
  passRuntimeEnv?: boolean;
  /** The run id's stem: the run's id is this plus a seal of the state dir (default `tw-<time>-<random>`). */
  runId?: string;
  /** Machine memory in use (%) above which no unit starts; held for the window, a graceful shutdown. Default 90; null: off. */
  memoryThresholdPercent?: number | null;
  /** Same for CPU busy across all cores; off by default. */
  cpuThresholdPercent?: number;
  thresholdWindowMs?: number;
  /** A unit whose process tree uses more is killed: `resource-exceeded`. */
  maxMemoryPerTestBytes?: number;
  /**
   * Find and remove containers units leave (default: track when an engine answers). `track`
   * removes what carries the unit's labels and reports, but leaves, containers that only
   * appeared while it ran; `remove-unattributed` removes those too.
   */
  containers?: 'track' | 'remove-unattributed' | 'off';
  containerEngine?: 'docker' | 'podman';
  /** `container`: each unit runs in `<engine> run --rm --init` with the labels and its cwd mounted. */
  isolation?: 'process' | 'container';
  containerImage?: string;
  /** `--container-memory` (`512m`, `2g`). */
  containerMemory?: string;
  /** `--container-cpus` (`0.5`, `2`). */
  containerCpus?: string;
  /** Run only this shard of the suite, balanced by recorded durations when known. */
  shard?: ShardSpec;
  /** The durations history (default `<state dir>/timings.json`). */
  timingsFile?: string;
  /** Record this run's durations in the history (default true; a sharded Action leaves it to the merge job). */
  updateTimings?: boolean;
  /** Continue from the state dir's checkpoint (docs/checkpoint-format.md). */
  resume?: boolean;
  /** The CI attempt number, recorded in the checkpoint. */
  attempt?: number;
  /** The CI run (GITHUB_RUN_ID): recorded in the checkpoint; only its own checkpoint is resumed. */
  ciRunId?: string;
  /** Keeps a remote copy of the checkpoint (the Actions cache in the Action). */
  checkpointSync?: CheckpointSync;
  reporters?: RunEvents[];
  /** Lets the caller stop the run (signals, thresholds). */
  stop?: StopToken;
  /** Start the detached watchdog (docs/cli.md, "Cleanup and the watchdog"); default true, and it needs `watchdogCommand`. */
  watchdog?: boolean;
  /** The watchdog declares the runner hung after this long without a heartbeat (default 60 s). */
  heartbeatTimeoutMs?: number;
  /** How to launch the watchdog entry point (the CLI's, the Action bundle's); without it none starts. */
  watchdogCommand?: WatchdogCommand;
}

export interface Plan {
  cwd: string;
  /** Each report file's folder as it resolved before any unit ran (links followed). */
  outputFolders: ReadonlyMap<string, string>;
  template: CommandTemplate;
  /** With --preset: where the unit's per-test events come from, and the environment its reporter needs. */
  preset?: {
    name: PresetName;
    events: 'file' | 'go-json';
    env: Record<string, string>;
    /** With --batch or --shard: every file the framework discovered (see PresetContext.suiteFiles). */
    suiteFiles?: string[];
  };
  units: Unit[];
  state: StateDir;
  /** Held from planning until the run ends: one run at a time in a state dir. */
  stateLock: StateLock;
  runId: string;
  tracking: 'cgroup' | 'process';
  cgroupSupport: CgroupSupport;
  /** The container engine to watch, when containers are tracked and one answers. */
  engine: ContainerEngine | undefined;
  /** Set with `--isolation container`: the engine and image units run in. */
  isolation: { engine: ContainerEngine; image: string } | undefined;
  shard: ShardInfo | undefined;
  timingsFile: string;
  /** Things found while planning that the user should know (bad timings file...). */
  warnings: string[];
  /** Notes for the log (not warnings). */
  infos: string[];
}

export const DEFAULTS = {
  jobs: 1,
  timeoutMs: 10 * 60_000,
  gracePeriodMs: 5_000,
  retries: 0,
  slowTimeoutMs: 60_000,
  progressIntervalMs: 30_000,
  stateDir: '.testwarden',
  leaks: 'kill' as LeakPolicy,
  tracking: 'auto' as TrackingMode,
};

/** The `--slow-timeout` period in force: the default when not given, undefined when off (null). */
export function slowTimeoutOf(options: Pick<RunSuiteOptions, 'slowTimeoutMs'>): number | undefined {
  return options.slowTimeoutMs === undefined
    ? DEFAULTS.slowTimeoutMs
    : (options.slowTimeoutMs ?? undefined);
}

/** Validates everything that can be wrong before any unit runs; every problem is a UsageError. */
