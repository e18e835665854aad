// Runs one unit: its attempts (retries, flaky detection), each as a tracked process group registered before it can leak.
import { statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StopToken } from './lifecycle/stop-token.js';
import { expandCommand } from './plan/command-template.js';
import { buildUnitEnv } from './plan/unit-env.js';
import { emit, type RunEvents } from './report/events.js';
import { describeEnd } from './report/outcome-message.js';
import { countUnitTests } from './report/unit-counts.js';
import type { Plan, RunSuiteOptions } from './run-config.js';
import { DEFAULTS } from './run-config.js';
import { unitFileName } from './state-dir.js';
import type { Registry } from './tracker/registry.js';
import type { ContainerWatcher } from './containers/container-watcher.js';
import type { UnitEndpoint, UnitEndpoints } from './containers/unit-endpoints.js';
import type { ResourceMonitor } from './monitor/resource-monitor.js';
import { createUnitCgroup, type RunCgroup, type UnitCgroup } from './tracker/cgroup.js';
import { wrapCommandForCgroup } from './tracker/cgroup-launch.js';
import {
  buildIsolatedCommand,
  describeEngineExit,
  stopContainer,
} from './containers/container-isolation.js';
import { runAttempt } from './tracker/run-attempt.js';
import type {
  AttemptResult,
  CountSource,
  Leak,
  TestCases,
  TestCounts,
  Unit,
  UnitResult,
} from './types.js';
import { readTestEvents } from './frameworks/read-test-events.js';
import { toTestCounts } from './frameworks/test-results.js';

/** What every unit of a run shares. */
export interface RunContext {
  plan: Plan;
  options: RunSuiteOptions;
  stop: StopToken;
  reporters: RunEvents[];
  retries: number;
  registry: Registry;
  monitor: ResourceMonitor;
  /** The run's cgroup when units are tracked by cgroup. */
  runCgroup: RunCgroup | undefined;
  containers: ContainerWatcher | undefined;
  /** Each attempt's own engine endpoint, which labels what it creates; undefined when none can be offered. */
  endpoints: UnitEndpoints | undefined;
}

export async function runUnit(context: RunContext, unit: Unit, lane: number): Promise<UnitResult> {
  const { stop, reporters, retries } = context;
  const attempts: AttemptResult[] = [];
  for (let attempt = 1; attempt <= retries + 1; attempt++) {
    const result = await runOneAttempt(context, unit, attempt);
    attempts.push(result);
    const retryable = result.end.outcome === 'failed' || result.end.outcome === 'timed-out';
    const willRetry = retryable && attempt <= retries && !stop.terminatesRunning;
    emit(reporters, 'onAttemptEnd', result, willRetry);
    if (!willRetry) break;
  }
  const last = attempts[attempts.length - 1]!;
  const leaked: Leak[] = attempts.flatMap((a) => a.leaked);
  const message = describeEnd(last.end);
  return {
    id: unit.id,
    outcome: last.end.outcome,
    fromCheckpoint: false,
    attempts: attempts.length,
    flaky: last.end.outcome === 'passed' && attempts.length > 1,
    exitCode: last.end.exitCode,
    signal: last.end.signal,
    durationMs: attempts.reduce((sum, a) => sum + a.durationMs, 0),
    peakRssBytes: Math.max(...attempts.map((a) => a.peakRssBytes)),
    tests: last.tests,
    ...(last.testCases ? { testCases: last.testCases } : {}),
    leaked,
    log: last.log,
    ...(message !== undefined ? { message } : {}),
    startedAt: attempts[0]!.startedAt,
    endedAt: last.startedAt + last.durationMs,
    lane,
  };
}

async function runOneAttempt(
  context: RunContext,
  unit: Unit,
  attempt: number,
): Promise<AttemptResult> {
  const { plan, options, stop, reporters, registry, monitor, containers } = context;
  const logPath = join(plan.state.logs, unitFileName(unit.id, attempt, 'log'));
  const junitPath = join(plan.state.junit, unitFileName(unit.id, attempt, 'xml'));
  const { program, args } = expandCommand(plan.template, {
    file: unit.file,
    unit: unit.id,
    junit: junitPath,
  });
  let env = buildUnitEnv(
    options.env ?? process.env,
    { runId: plan.runId, unitId: unit.id, attempt, junitPath },
    options.passRuntimeEnv ?? false,
  );
  // Each attempt's events go to a file of their own, beside its log (Go's events are its output).
  const eventsPath = join(plan.state.junit, unitFileName(unit.id, attempt, 'events.ndjson'));
  if (plan.preset) Object.assign(env, plan.preset.env, { TESTWARDEN_EVENTS: eventsPath });
  let cgroup: UnitCgroup | undefined;
  let command = { program, args };
  let container: string | undefined;
  if (plan.isolation) {
    const isolated = buildIsolatedCommand({
      engine: plan.isolation.engine,
      runId: plan.runId,
      unitId: unit.id,
      attempt,
      image: plan.isolation.image,
      cwd: plan.cwd,
      program,
      args,
      ...isolationMounts(plan.cwd, plan.state.root, junitPath),
      ...(options.containerMemory !== undefined ? { memory: options.containerMemory } : {}),
      ...(options.containerCpus !== undefined ? { cpus: options.containerCpus } : {}),
    });
    command = { program: isolated.program, args: isolated.args };
    container = isolated.name;
    registry.add({
      kind: 'container',
      runId: plan.runId,
      id: container,
      name: container,
      unitId: unit.id,
    });
  }
  if (context.runCgroup) {
    cgroup = createUnitCgroup(context.runCgroup, unit.id, attempt);
    command = wrapCommandForCgroup(cgroup.path, command.program, command.args);
  }
  const key = `${unit.id}\u0000${attempt}`;
  let endpoint: UnitEndpoint | undefined;
  if (context.endpoints && !plan.isolation) {
    endpoint = await context.endpoints.open(unit.id, attempt).catch((error: unknown) => {
      emit(
        reporters,
        'onNotice',
        'warning',
        `${unit.id}: no engine endpoint of its own (${(error as Error).message}); its containers will be unattributed`,
      );
      return undefined;
    });
    if (endpoint) env = { ...env, ...endpoint.env };
  }
  const watching = containers
    ? await containers.before(key, unit.id, attempt).then(
        () => true,
        (error: unknown) => {
          emit(
            reporters,
            'onNotice',
            'warning',
            `${unit.id}: containers not checked for this attempt: the engine could not list them (${(error as Error).message})`,
          );
          return false;
        },
      )
    : false;
  emit(reporters, 'onUnitStart', unit, attempt);
  const limitBytes = options.maxMemoryPerTestBytes;
  const run = await runAttempt({
    runId: plan.runId,
    unitId: unit.id,
    program: command.program,
    args: command.args,
    realProgram: plan.isolation ? plan.isolation.engine.command : program,
    cgroup,
    memory: {
      limitBytes,
      watch: (pid, onExceeded) =>
        monitor.watchUnit(key, {
          pgid: pid,
          leaderPid: pid,
          ...(cgroup ? { cgroupDir: cgroup.path } : {}),
          ...(limitBytes !== undefined ? { maxMemoryBytes: limitBytes, onExceeded } : {}),
        }),
      unwatch: () => monitor.unwatchUnit(key) ?? 0,
    },
    cwd: plan.cwd,
    env,
    logPath,
    timeoutMs: options.timeoutMs ?? DEFAULTS.timeoutMs,
    graceMs: options.gracePeriodMs ?? DEFAULTS.gracePeriodMs,
    leaks: options.leaks ?? DEFAULTS.leaks,
    stop,
    onSpawn: (pid, startTime) =>
      registry.add({
        kind: 'unit',
        runId: plan.runId,
        unitId: unit.id,
        attempt,
        pid,
        startTime,
        at: Date.now(),
      }),
    onSwept: (pid, startTime, clean) => {
      if (clean) registry.add({ kind: 'unit-end', pid, startTime });
    },
    onDescendants: (unitPid, unitStartTime, found) => {
      for (const p of found)
        registry.add({ kind: 'descendant', runId: plan.runId, unitPid, unitStartTime, ...p });
    },
  });
  const leaked: Leak[] = [...run.leaked];
  // The unit's processes are gone: nothing may create through its endpoint any more.
  if (endpoint) {
    await context.endpoints!.close(endpoint);
    for (const u of endpoint.proxy.unlabelled)
      emit(
        reporters,
        'onNotice',
        'warning',
        `${u.what} create ${u.target} passed without labels: ${u.why}`,
      );
  }
  let end = run.end;
  if (plan.isolation && container) {
    // The client is gone; its container may not be (a killed client leaves it running): end it
    // through the engine before looking for the unit's own leaked containers.
    const stopped = await stopContainer(plan.isolation.engine, container, 0);
    if (!stopped.removed)
      emit(
        reporters,
        'onNotice',
        'warning',
        `container ${container} could not be removed: ${stopped.error ?? ''}`,
      );
    const engineProblem = describeEngineExit(plan.isolation.engine, end.exitCode);
    if (engineProblem && end.outcome === 'failed') end = { ...end, engineProblem };
  }
  if (containers && watching) {
    const found = await containers
      .after(key, options.leaks ?? DEFAULTS.leaks)
      .catch((error: unknown) => ({
        leaks: [],
        warnings: [`could not check containers: ${(error as Error).message}`],
      }));
    for (const w of found.warnings) emit(reporters, 'onNotice', 'warning', w);
    for (const leak of found.leaks) {
      // Only what carries the unit's labels is recorded for cleanup; an unattributed one is not ours to remove later.
      if (leak.action !== 'removed' && !leak.unattributed)
        registry.add({
          kind: 'container',
          runId: plan.runId,
          id: leak.id,
          name: leak.name,
          unitId: unit.id,
        });
    }
    leaked.push(...found.leaks);
    const counted = found.leaks.filter(
      (l) => !l.unattributed || options.containers === 'remove-unattributed',
    );
    if (counted.length > 0 && options.leaks === 'fail' && end.outcome === 'passed') {
      end = { outcome: 'failed', exitCode: 0, signal: null, leakedUnderFailPolicy: true };
    }
  }
  if (plan.isolation) dropEmptyJunit(junitPath);
  const fromEvents = plan.preset
    ? await readPresetEvents(
        plan.preset.events === 'go-json' ? logPath : eventsPath,
        plan.preset.events,
      )
    : undefined;
  const { tests, source } =
    fromEvents ??
    (await countUnitTests({
      junitPath,
      logPath,
      passed: end.outcome === 'passed',
    }));
  return {
    unit,
    attempt,
    end,
    startedAt: run.startedAt,
    durationMs: run.durationMs,
    peakRssBytes: run.peakRssBytes,
    tests,
    countSource: source,
    ...(fromEvents ? { testCases: fromEvents.testCases } : {}),
    leaked,
    log: logPath,
  };
}

/**
 * What an isolated unit sees of the state dir: nothing but its own JUnit file. The file is
 * created empty so it can be mounted alone; a state dir inside cwd is hidden under an empty
 * tmpfs, so the registry, heartbeat and checkpoint can be neither read nor changed.
 */
function isolationMounts(
  cwd: string,
  stateRoot: string,
  junitPath: string,
): { mounts: string[]; masks: string[] } {
  writeFileSync(junitPath, '');
  const inside = stateRoot.startsWith(`${cwd}/`);
  return { mounts: [junitPath], masks: inside ? [stateRoot] : [] };
}

/** An isolated unit that wrote no JUnit leaves the empty file made for the mount: that is no report. */
function dropEmptyJunit(junitPath: string): void {
  try {
    if (statSync(junitPath).size === 0) unlinkSync(junitPath);
  } catch {
    // Gone already: nothing to drop.
  }
}

/** Counts and per-test results from a preset unit's events; undefined when it wrote none. */
async function readPresetEvents(
  path: string,
  format: 'file' | 'go-json',
): Promise<{ tests: TestCounts; source: CountSource; testCases: TestCases } | undefined> {
  const results = await readTestEvents(path, {
    format: format === 'go-json' ? 'go' : 'testwarden',
  });
  if (
    !results ||
    (results.tests.length === 0 &&
      results.unfinished.length === 0 &&
      results.fileErrors.length === 0)
  )
    return undefined;
  const { tests, unfinished, fileErrors, counts } = results;
  return {
    tests: toTestCounts(counts),
    source: 'events',
    testCases: { tests, unfinished, fileErrors, counts },
  };
}
