// The one function that ties a run together: plan the units, run them in parallel lanes with retries, stop on request, report.
import { randomBytes } from 'node:crypto';
import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { InternalError, UsageError } from './errors.js';
import type { CheckpointSync } from './checkpoint/checkpoint-sync.js';
import { RunCheckpoint } from './checkpoint/run-checkpoint.js';
import { startRunGuard } from './lifecycle/run-guard.js';
import { StopToken } from './lifecycle/stop-token.js';
import type { WatchdogCommand } from './lifecycle/watchdog-process.js';
import { parseCommandTemplate, type CommandTemplate } from './plan/command-template.js';
import { discoverUnits } from './plan/discover-units.js';
import { planShard, type ShardInfo, type ShardSpec } from './plan/shard.js';
import { readTimings, timingsMap, TIMINGS_FILE, updateTimings } from './plan/timings.js';
import { buildReport } from './report/build-report.js';
import { emit, type RunEvents } from './report/events.js';
import { renderJUnit } from './report/junit-writer.js';
import { writeHtmlReport } from './report/html-report.js';
import { writeFileAtomic } from './report/write-files.js';
import { prepareStateDir, type StateDir } from './state-dir.js';
import { cleanupStateDir } from './tracker/cleanup.js';
import { hasProc, readStat } from './tracker/proc-table.js';
import { Registry } from './tracker/registry.js';
import { createRunCgroup } from './tracker/cgroup.js';
import { detectCgroupSupport, type CgroupSupport } from './tracker/cgroup-detect.js';
import { ContainerWatcher } from './containers/container-watcher.js';
import { buildIsolatedCommand, ensureImage } from './containers/container-isolation.js';
import { detectEngineWithReasons, type ContainerEngine } from './containers/engine.js';
import { MachineSampler } from './monitor/machine-sampler.js';
import { ResourceMonitor } from './monitor/resource-monitor.js';
import { formatDuration } from './plan/units-of-measure.js';
import { runUnit, type RunContext } from './run-unit.js';
import type {
  LeakPolicy,
  MachineRecord,
  RunReport,
  TrackingMode,
  Unit,
  UnitResult,
} from './types.js';

export interface RunSuiteOptions {
  /** Working directory of the units and base of the patterns. */
  cwd: string;
  patterns: readonly string[];
  listCommand?: string;
  command: string;
  shell?: boolean;
  jobs?: number;
  timeoutMs?: number;
  gracePeriodMs?: number;
  retries?: number;
  /** Stop scheduling after this many failed units (`--fail-fast` is 1). */
  maxFailures?: number;
  stateDir?: string;
  allowNoUnits?: boolean;
  leaks?: LeakPolicy;
  tracking?: TrackingMode;
  reportJson?: string;
  junit?: string;
  /** A self-contained HTML report (timeline, memory/CPU chart, failures with log tails). */
  reportHtml?: string;
  /** Base environment of the units (default: this process's). */
  env?: NodeJS.ProcessEnv;
  passRuntimeEnv?: boolean;
  runId?: string;
  /** Machine memory in use (%) above which no unit starts; held for the window, a graceful shutdown. Default 90. */
  memoryThresholdPercent?: number;
  /** Same for CPU busy across all cores; off by default. */
  cpuThresholdPercent?: number;
  thresholdWindowMs?: number;
  /** A unit whose process tree uses more is killed: `resource-exceeded`. */
  maxMemoryPerTestBytes?: number;
  /** Find and remove containers units leave (default: track when an engine answers). */
  containers?: 'track' | 'off';
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
  /** Continue from the state dir's checkpoint (SPEC §7). */
  resume?: boolean;
  /** The CI attempt number, recorded in the checkpoint. */
  attempt?: number;
  /** Keeps a remote copy of the checkpoint (the Actions cache in the Action). */
  checkpointSync?: CheckpointSync;
  reporters?: RunEvents[];
  /** Lets the caller stop the run (signals, thresholds). */
  stop?: StopToken;
  /** Start the detached watchdog (SPEC §9); default true, and it needs `watchdogCommand`. */
  watchdog?: boolean;
  /** The watchdog declares the runner hung after this long without a heartbeat (default 60 s). */
  heartbeatTimeoutMs?: number;
  /** How to launch the watchdog entry point (the CLI's, the Action bundle's); without it none starts. */
  watchdogCommand?: WatchdogCommand;
}

export interface Plan {
  cwd: string;
  template: CommandTemplate;
  units: Unit[];
  state: StateDir;
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
}

export const DEFAULTS = {
  jobs: 1,
  timeoutMs: 10 * 60_000,
  gracePeriodMs: 5_000,
  retries: 0,
  stateDir: '.testwarden',
  leaks: 'kill' as LeakPolicy,
  tracking: 'auto' as TrackingMode,
};

/** Validates everything that can be wrong before any unit runs; every problem is a UsageError. */
export async function planRun(options: RunSuiteOptions): Promise<Plan> {
  const cwd = resolve(options.cwd);
  checkCwd(cwd);
  const template = parseCommandTemplate(options.command, options.shell ?? false);
  const cgroupSupport: CgroupSupport =
    options.tracking === 'process'
      ? { available: false, reason: 'not asked for' }
      : detectCgroupSupport();
  if (options.tracking === 'cgroup' && !cgroupSupport.available) {
    throw new UsageError(
      `--tracking: expected auto or process on this machine (cgroup tracking is not available: ${cgroupSupport.reason}), got "cgroup"`,
    );
  }
  const engine = await chooseEngine(options);
  const isolation = await chooseIsolation(options, engine);
  const stateRoot = resolve(cwd, options.stateDir ?? DEFAULTS.stateDir);
  for (const [option, path] of [
    ['--report-json', options.reportJson],
    ['--junit', options.junit],
    ['--report-html', options.reportHtml],
  ] as const) {
    if (path !== undefined) checkOutputPath(option, resolve(cwd, path));
  }
  const units = await discoverUnits({
    cwd,
    patterns: options.patterns,
    listCommand: options.listCommand,
    ignore: [stateRoot],
    env: options.env,
  });
  if (units.length === 0 && !options.allowNoUnits) {
    const what =
      options.listCommand !== undefined
        ? `--list-command ${JSON.stringify(options.listCommand)} printed no unit`
        : `patterns ${JSON.stringify(options.patterns)} matched no file under ${cwd}`;
    throw new UsageError(`${what} (pass --allow-no-units if that is expected)`);
  }
  const timingsFile = resolve(cwd, options.timingsFile ?? join(stateRoot, TIMINGS_FILE));
  const warnings: string[] = [];
  let shard: ShardInfo | undefined;
  let planned = units;
  if (options.shard) {
    const history = readTimings(timingsFile);
    warnings.push(...history.warnings);
    ({ units: planned, info: shard } = planShard(
      units,
      options.shard,
      timingsMap(history.timings),
    ));
  }
  const state = prepareStateDir(stateRoot, { fresh: !options.resume });
  const runId = options.runId ?? `tw-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
  const tracking = cgroupSupport.available ? 'cgroup' : 'process';
  return {
    cwd,
    template,
    units: planned,
    state,
    runId,
    tracking,
    cgroupSupport,
    engine,
    isolation,
    shard,
    timingsFile,
    warnings,
  };
}

async function chooseIsolation(
  options: RunSuiteOptions,
  tracked: ContainerEngine | undefined,
): Promise<Plan['isolation']> {
  if (options.isolation !== 'container') {
    for (const [option, value] of [
      ['--container-image', options.containerImage],
      ['--container-memory', options.containerMemory],
      ['--container-cpus', options.containerCpus],
    ] as const) {
      if (value !== undefined) {
        throw new UsageError(
          `${option}: only used with --isolation container, got ${JSON.stringify(value)} with --isolation process`,
        );
      }
    }
    return undefined;
  }
  if (!options.containerImage) {
    throw new UsageError(
      '--container-image: expected an image to run units in with --isolation container, got none',
    );
  }
  const engine =
    tracked ??
    (
      await detectEngineWithReasons(
        options.containerEngine ? { preferred: options.containerEngine } : {},
      )
    ).engine;
  if (!engine) {
    throw new UsageError(
      '--isolation: expected a container engine (docker or podman) that answers for "container", found none',
    );
  }
  await ensureImage(engine, options.containerImage);
  // The limits are checked now, not when the first unit starts.
  buildIsolatedCommand({
    engine,
    runId: 'check',
    unitId: 'check',
    attempt: 1,
    image: options.containerImage,
    cwd: '/',
    program: 'true',
    args: [],
    ...(options.containerMemory !== undefined ? { memory: options.containerMemory } : {}),
    ...(options.containerCpus !== undefined ? { cpus: options.containerCpus } : {}),
  });
  return { engine, image: options.containerImage };
}

async function chooseEngine(options: RunSuiteOptions): Promise<ContainerEngine | undefined> {
  if (options.containers === 'off') return undefined;
  const { engine, tried } = await detectEngineWithReasons(
    options.containerEngine ? { preferred: options.containerEngine } : {},
  );
  if (!engine && options.containerEngine) {
    const why = tried.map((t) => (t.ok ? '' : `${t.kind}: ${t.reason}`)).join('; ');
    throw new UsageError(
      `--container-engine: expected an engine that answers, got ${JSON.stringify(options.containerEngine)} (${why})`,
    );
  }
  return engine;
}

function checkCwd(cwd: string): void {
  try {
    if (!statSync(cwd).isDirectory()) throw new Error('not a directory');
    accessSync(cwd, constants.R_OK | constants.X_OK);
  } catch (error) {
    throw new UsageError(
      `--cwd: expected a readable directory, got ${JSON.stringify(cwd)} (${(error as Error).message})`,
      {
        cause: error,
      },
    );
  }
}

function checkOutputPath(option: string, path: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    accessSync(dirname(path), constants.W_OK);
  } catch (error) {
    throw new UsageError(
      `${option}: expected a file path in a writable folder, got ${JSON.stringify(path)} (${(error as Error).message})`,
      {
        cause: error,
      },
    );
  }
}

/** Runs a suite to the end (or until stopped) and returns its report; never exits the process. */
export async function runSuite(options: RunSuiteOptions): Promise<RunReport> {
  const plan = await planRun(options);
  return executePlan(plan, options);
}

export async function executePlan(plan: Plan, options: RunSuiteOptions): Promise<RunReport> {
  const reporters = options.reporters ?? [];
  const stop = options.stop ?? new StopToken();
  const jobs = options.jobs ?? DEFAULTS.jobs;
  const retries = options.retries ?? DEFAULTS.retries;
  const startedAt = Date.now();
  const unsubscribe = stop.onRequest((reason, immediate) =>
    emit(reporters, 'onStopRequested', reason, immediate),
  );

  const notice = (level: 'info' | 'warning', message: string) =>
    emit(reporters, 'onNotice', level, message);
  for (const w of plan.warnings) notice('warning', w);
  const registry = await openRegistry(plan, notice);
  // Heartbeat and the detached watchdog: if this process dies or hangs, its units still go.
  const guard = startRunGuard({
    stateDir: plan.state.root,
    runId: plan.runId,
    heartbeatTimeoutMs: options.heartbeatTimeoutMs,
    watchdog: options.watchdog,
    command: options.watchdogCommand,
  });
  for (const w of guard.warnings) notice('warning', w);
  try {
    const monitor = startMonitor(options, stop, notice);
    const runCgroup =
      plan.tracking === 'cgroup' ? createRunCgroup(plan.runId, plan.cgroupSupport) : undefined;
    if (runCgroup) registry.add({ kind: 'cgroup', runId: plan.runId, path: runCgroup.path });
    const containers = plan.engine ? new ContainerWatcher(plan.engine, plan.runId) : undefined;
    const context: RunContext = {
      plan,
      options,
      stop,
      reporters,
      retries,
      registry,
      monitor,
      runCgroup,
      containers,
    };
    const checkpoint = await RunCheckpoint.open({
      stateDir: plan.state.root,
      units: plan.units,
      command: plan.template.source,
      shell: plan.template.shell,
      resume: options.resume ?? false,
      runId: plan.runId,
      attempt: options.attempt,
      jobs,
      sync: options.checkpointSync,
      notice,
    });
    const queue = checkpoint.toRun;

    emit(reporters, 'onRunStart', {
      runId: plan.runId,
      units: plan.units,
      toRun: queue.length,
      jobs,
      stateDir: plan.state.root,
      tracking: plan.tracking,
    });

    const results = new Map<string, UnitResult>(checkpoint.fromCheckpoint.map((r) => [r.id, r]));
    let done = 0;
    let next = 0;
    let failures = 0;
    let stoppedAt: number | undefined;
    stop.onRequest(() => (stoppedAt ??= Date.now()));
    const lane = async (_: unknown, laneIndex: number) => {
      while (!stop.stopped && next < queue.length) {
        // Over a threshold no new unit starts; held for the window, the monitor stops the run.
        if (!(await admitted(monitor, stop))) break;
        const unit = queue[next++]!;
        let result: UnitResult;
        try {
          result = await runUnit(context, unit, laneIndex);
        } catch (error) {
          // Stop scheduling in every lane; the units already running finish normally.
          next = queue.length;
          throw error;
        }
        results.set(unit.id, result);
        checkpoint.record(result);
        if (
          result.outcome === 'failed' ||
          result.outcome === 'timed-out' ||
          result.outcome === 'resource-exceeded'
        ) {
          failures++;
          if (options.maxFailures !== undefined && failures >= options.maxFailures) {
            stop.request('fail-fast', { terminate: false });
          }
        }
        emit(reporters, 'onUnitEnd', result, { done: ++done, total: queue.length });
      }
    };
    try {
      // allSettled: a lane that throws (a bug) must not leave the others' units unattended.
      const lanes = await Promise.allSettled(
        Array.from({ length: Math.max(1, Math.min(jobs, queue.length)) }, lane),
      );
      const broken = lanes.find((l): l is PromiseRejectedResult => l.status === 'rejected');
      if (broken) throw new InternalError('a run lane failed', { cause: broken.reason });
    } finally {
      unsubscribe();
      monitor.stop();
      await runCgroup?.remove().catch(() => false);
    }

    const units = plan.units.map((unit) => results.get(unit.id) ?? notRun(unit, stop.reason));
    if (
      units.every((u) => u.leaked.every((l) => l.action !== 'left' && l.action !== 'kill-failed'))
    ) {
      registry.add({ kind: 'cleaned', at: Date.now() });
    }
    const machine = machineRecord(monitor, options);
    await checkpoint.end(stop.reason ?? null, machine);
    if (options.updateTimings !== false) {
      for (const w of updateTimings(plan.timingsFile, units).warnings) notice('warning', w);
    }
    const report = buildReport({
      runId: plan.runId,
      startedAt,
      units,
      reason: stop.reason ?? null,
      resumed: checkpoint.resumed,
      stoppedAt,
      machine,
      shard: plan.shard,
    });
    if (options.reportJson)
      writeFileAtomic(
        resolve(plan.cwd, options.reportJson),
        `${JSON.stringify(report, null, 2)}\n`,
      );
    if (options.junit) writeFileAtomic(resolve(plan.cwd, options.junit), renderJUnit(report));
    if (options.reportHtml) {
      writeHtmlReport(resolve(plan.cwd, options.reportHtml), report, {
        checkpointRuns: checkpoint.runs,
      });
    }
    emit(reporters, 'onRunEnd', report);
    return report;
  } finally {
    await guard.stop();
  }
}

/**
 * Cleans up what an earlier run in this state dir left behind (a SIGKILLed runner, say), then
 * starts this run's registry. Another run still alive in the same state dir is an error.
 */
async function openRegistry(
  plan: Plan,
  notice: (level: 'info' | 'warning', message: string) => void,
): Promise<Registry> {
  const registry = new Registry(plan.state.root);
  const left = await cleanupStateDir(plan.state.root);
  if (left.runnerAlive) {
    throw new UsageError(
      `--state-dir: another testwarden run (pid ${left.runnerAlive.pid}) is using ${JSON.stringify(plan.state.root)}; give this run its own state dir`,
    );
  }
  const removed = left.processes.length + left.containers.length;
  if (removed > 0)
    notice(
      'warning',
      `removed ${removed} process(es)/container(s) left by an earlier run in this state dir`,
    );
  for (const w of left.warnings) notice('warning', w);
  registry.begin({
    kind: 'run',
    runId: plan.runId,
    pid: process.pid,
    startTime: ownStartTime(),
    at: Date.now(),
  });
  return registry;
}

function machineRecord(monitor: ResourceMonitor, options: RunSuiteOptions): MachineRecord {
  const peak = monitor.machinePeak();
  return {
    samples: monitor.history().map((p) => ({
      at: p.at,
      memoryPercent: round1(p.memoryPercent),
      cpuPercent: p.cpuPercent === null ? null : round1(p.cpuPercent),
    })),
    peak: peak
      ? {
          memoryPercent: round1(peak.memoryPercent),
          cpuPercent: peak.cpuPercent === null ? null : round1(peak.cpuPercent),
        }
      : null,
    thresholds: {
      memoryPercent: options.memoryThresholdPercent ?? 90,
      cpuPercent: options.cpuThresholdPercent ?? null,
      windowMs: options.thresholdWindowMs ?? 10_000,
    },
  };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Resolves true when a unit may start: at once while under the thresholds, else when back under or stopped. */
async function admitted(monitor: ResourceMonitor, stop: StopToken): Promise<boolean> {
  while (!monitor.admit && !stop.stopped) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !stop.stopped;
}

function startMonitor(
  options: RunSuiteOptions,
  stop: StopToken,
  notice: (level: 'info' | 'warning', message: string) => void,
): ResourceMonitor {
  let paused = false;
  const sampler = new MachineSampler();
  // Off Linux the only memory figure is total minus free (macOS counts its file cache as used),
  // which would trip the default threshold: there it applies only when asked for explicitly.
  const memoryPercent =
    options.memoryThresholdPercent ?? (sampler.source === 'os' ? null : undefined);
  if (memoryPercent === null) {
    notice(
      'info',
      'memory threshold off by default here (no reliable memory figure); set --memory-threshold to use it',
    );
  }
  const monitor = new ResourceMonitor({
    sampler,
    thresholds: {
      memoryPercent,
      cpuPercent: options.cpuThresholdPercent,
      windowMs: options.thresholdWindowMs,
    },
    onThreshold: (state) => {
      const breach = state.shutdown ?? state.breaches[0];
      if (state.shutdown && !stop.terminatesRunning) {
        const b = state.shutdown;
        notice(
          'warning',
          `${b.reason === 'memory' ? 'Memory' : 'CPU'} at ${b.value.toFixed(0)}%, over the ${b.threshold}% threshold for ${formatDuration(Date.now() - b.since)}: shutting down gracefully (checkpoint saved; --resume continues)`,
        );
        stop.request(b.reason, { terminate: true });
      } else if (!state.admit && !paused && breach) {
        paused = true;
        notice(
          'warning',
          `${breach.reason} at ${breach.value.toFixed(0)}% (threshold ${breach.threshold}%): no new unit starts until it drops`,
        );
      } else if (state.admit && paused) {
        paused = false;
        notice('info', 'back under the thresholds: units start again');
      }
    },
    onError: () => {
      // A failed sample is skipped; the next one decides.
    },
  });
  monitor.start();
  return monitor;
}

function ownStartTime(): number {
  return hasProc ? (readStat(process.pid)?.startTime ?? 0) : 0;
}

function notRun(unit: Unit, reason: string | undefined): UnitResult {
  return {
    id: unit.id,
    outcome: 'skipped',
    fromCheckpoint: false,
    attempts: 0,
    flaky: false,
    exitCode: null,
    signal: null,
    durationMs: 0,
    peakRssBytes: 0,
    tests: { passed: 0, failed: 0, skipped: 0 },
    leaked: [],
    log: null,
    message: `not run (${reason ?? 'stopped'})`,
  };
}
