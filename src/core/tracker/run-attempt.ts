// Runs one attempt of a unit as the leader of its own process group: output to a log file, timeout and stop handling, and the end-of-unit leak sweep.
import { spawn } from 'node:child_process';
import { closeSync, openSync, writeSync } from 'node:fs';
import type { StopToken } from '../lifecycle/stop-token.js';
import type { AttemptEnd, LeakPolicy, ProcessLeak, StopReason } from '../types.js';
import type { UnitCgroup } from './cgroup.js';
import { DescentRecorder } from './descent.js';
import { describePid, scanUnitDescent, scanUnitProcesses, type FoundProcess } from './leak-scan.js';
import { readPidClock, readStat } from './proc-table.js';
import { programProblem } from './find-program.js';
import { processTable, type ProcessTable } from './process-table.js';
import { sweeperFor } from './process-sweeper.js';
import type { KnownProcess } from './process-info.js';
import { terminate } from './terminate.js';

export interface AttemptSpec {
  runId: string;
  unitId: string;
  program: string;
  args: readonly string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  logPath: string;
  timeoutMs: number;
  graceMs: number;
  leaks: LeakPolicy;
  stop: StopToken;
  /** The unit's cgroup (cgroup tracking): the command is already wrapped to enter it. */
  cgroup?: UnitCgroup | undefined;
  /** The unit's own program when `program` is a launcher around it. */
  realProgram?: string | undefined;
  /** Per-unit memory watching (the run's resource monitor). */
  memory?: MemoryWatch | undefined;
  /** Called as soon as the leader's process exists, in the same turn of the event loop as its spawn. */
  onStarted?: () => void;
  /**
   * Called once, the moment the leader's exit is seen, before the sweep: what the unit wrote can
   * be read while its leftovers are looked for.
   */
  onExited?: () => void;
  /** Called right after the unit's leader started (to register it before anything else happens). */
  onSpawn?: (pid: number, startTime: number) => void;
  /** Called when the unit's sweep is over; `clean` is false when something may still be alive. */
  onSwept?: (pid: number, startTime: number, clean: boolean) => void;
  /** Descendants newly recorded (tables without a marker scan), so cleanup can find them without the runner. */
  onDescendants?: (unitPid: number, unitStartTime: number, found: KnownProcess[]) => void;
}

export interface MemoryWatch {
  /** Starts watching the unit's tree; `onExceeded` fires once if it goes over `limitBytes`. */
  watch(pid: number, onExceeded: (peakBytes: number) => void): void;
  /** Stops watching and returns the peak seen (bytes). */
  unwatch(): number;
  limitBytes?: number | undefined;
}

export interface AttemptRun {
  /** How the attempt ended, before test counts are read. */
  end: AttemptEnd;
  startedAt: number;
  durationMs: number;
  leaked: ProcessLeak[];
  peakRssBytes: number;
}

/** Why the attempt's group was terminated; recorded once (execa's `reason ??=`). */
type KillReason =
  | { kind: 'timeout' }
  | { kind: 'stop'; reason: StopReason }
  | { kind: 'memory'; peakBytes: number; limitBytes: number };

export async function runAttempt(spec: AttemptSpec): Promise<AttemptRun> {
  const startedAt = Date.now();
  const logFd = openSync(spec.logPath, 'w');
  const table = processTable();
  const pidClock = table.kind === 'proc' ? readPidClock() : undefined;
  if (spec.cgroup && spec.realProgram) {
    // The launcher would turn a missing program into exit 127; say it as plainly as spawn does.
    const problem = programProblem(spec.realProgram, spec.env, spec.cwd);
    if (problem)
      return startFailed(
        { ...spec, program: spec.realProgram },
        logFd,
        startedAt,
        new Error(problem),
      );
  }
  let child;
  try {
    child = spawn(spec.program, [...spec.args], {
      cwd: spec.cwd,
      env: spec.env,
      detached: true,
      windowsHide: true,
      stdio: ['ignore', logFd, logFd],
    });
  } catch (error) {
    return startFailed(spec, logFd, startedAt, error as Error);
  }
  if (child.pid !== undefined) spec.onStarted?.();
  const spawnError = await Promise.race([
    new Promise<Error>((resolve) => child.once('error', resolve)),
    new Promise<undefined>((resolve) => child.once('spawn', () => resolve(undefined))),
  ]);
  if (spawnError || child.pid === undefined) {
    return startFailed(spec, logFd, startedAt, spawnError ?? new Error('no pid'));
  }
  closeSync(logFd);
  const pid = child.pid;
  // The leader's start time bounds the leak scan: nothing older can be the unit's.
  const sinceTicks = await leaderStartTime(pid, table);
  spec.onSpawn?.(pid, sinceTicks);
  const descent = watchDescent(spec, table, { pid, startTime: sinceTicks });

  let killReason: KillReason | undefined;
  let termination: Promise<boolean> | undefined;
  const terminateGroup = (why: KillReason) => {
    killReason ??= why;
    // Without a marker scan, what left the group is reached through the recorded descendants.
    termination ??= terminate(
      {
        pgid: pid,
        leaderStartTime: sinceTicks || undefined,
        processes: descent?.recorder.recorded,
      },
      { graceMs: spec.graceMs, skipGrace: () => spec.stop.immediate },
    );
  };

  spec.memory?.watch(pid, (peakBytes) =>
    terminateGroup({ kind: 'memory', peakBytes, limitBytes: spec.memory?.limitBytes ?? 0 }),
  );
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  // Infinity is `--timeout off`; Node's timers hold at most 2^31-1 ms (24.8 days).
  const timer = Number.isFinite(spec.timeoutMs)
    ? setTimeout(() => terminateGroup({ kind: 'timeout' }), Math.min(spec.timeoutMs, 2 ** 31 - 1))
    : undefined;
  const onStop = (reason: StopReason) => {
    if (spec.stop.terminatesRunning) terminateGroup({ kind: 'stop', reason });
  };
  const unsubscribe = spec.stop.onRequest(onStop);
  if (spec.stop.terminatesRunning && spec.stop.reason) onStop(spec.stop.reason);

  const { code, signal } = await exited;
  spec.onExited?.();
  clearTimeout(timer);
  unsubscribe();
  if (termination) await termination;
  const durationMs = Date.now() - startedAt;
  const peakRssBytes = spec.memory?.unwatch() ?? 0;

  const marker = { runId: spec.runId, unitId: spec.unitId, pgid: pid, sinceTicks, pidClock };
  descent?.stop();
  const leaked = await sweepLeaks(spec, marker, table, descent?.recorder);
  spec.onSwept?.(
    pid,
    sinceTicks,
    leaked.every((l) => l.action === 'killed'),
  );
  const end = attemptEnd(spec, code, signal, killReason, leaked);
  return { end, startedAt, durationMs, leaked, peakRssBytes };
}

function attemptEnd(
  spec: AttemptSpec,
  exitCode: number | null,
  signal: NodeJS.Signals | null,
  killReason: KillReason | undefined,
  leaked: ProcessLeak[],
): AttemptEnd {
  if (killReason?.kind === 'timeout')
    return { outcome: 'timed-out', timeoutMs: spec.timeoutMs, exitCode, signal };
  if (killReason?.kind === 'stop')
    return { outcome: 'interrupted', reason: killReason.reason, exitCode, signal };
  if (killReason?.kind === 'memory') {
    const { limitBytes, peakBytes: peakRssBytes } = killReason;
    return { outcome: 'resource-exceeded', limitBytes, peakRssBytes, exitCode, signal };
  }
  if (exitCode !== 0) return { outcome: 'failed', exitCode, signal };
  if (spec.leaks === 'fail' && leaked.length > 0) {
    return { outcome: 'failed', exitCode, signal, leakedUnderFailPolicy: true };
  }
  return { outcome: 'passed', exitCode: 0, signal: null };
}

/**
 * What is still alive once the leader has exited is a leak: report it, then (unless the policy
 * is `warn`) SIGTERM, grace, SIGKILL, and scan again, since a leak may fork while dying.
 */
async function sweepLeaks(
  spec: AttemptSpec,
  marker: Parameters<typeof scanUnitProcesses>[0],
  table: ProcessTable,
  descent: DescentRecorder | undefined,
): Promise<ProcessLeak[]> {
  const found = new Map<number, FoundProcess>();
  const scan = () => {
    const now = descent ? scanUnitDescent(descent, table) : scanUnitProcesses(marker);
    if (descent) spec.onDescendants?.(marker.pgid, marker.sinceTicks, descent.takeNew());
    if (spec.cgroup) {
      // The cgroup also holds what escaped the marker (`env -i`) and the group (`setsid`).
      const known = new Set(now.map((p) => p.pid));
      for (const pid of spec.cgroup.pids()) {
        const p = known.has(pid) ? undefined : describePid(pid);
        if (p) now.push(p);
      }
    }
    for (const p of now) if (!found.has(p.pid)) found.set(p.pid, p);
    return now;
  };
  let alive = scan();
  // A stopping run sweeps whatever the policy (nothing may outlive a shutdown), and inside the
  // cancel window: a leak gets at most a second of grace then.
  const stopping = spec.stop.terminatesRunning;
  const graceMs = stopping ? Math.min(spec.graceMs, 1000) : spec.graceMs;
  if (spec.leaks !== 'warn' || stopping) {
    for (let round = 0; round < 5 && alive.length > 0; round++) {
      await terminate(
        { pgid: marker.pgid, leaderStartTime: marker.sinceTicks || undefined, processes: alive },
        { graceMs, skipGrace: () => spec.stop.immediate },
      );
      // Processes forked during the sweep carry the marker too.
      alive = scan();
    }
    // Whatever still holds on in the cgroup ends in one atomic kill.
    if (spec.cgroup?.populated()) {
      await spec.cgroup.kill({ timeoutMs: 2000 });
      alive = scan();
    }
  }
  if (spec.cgroup && !spec.cgroup.populated()) await spec.cgroup.remove();
  const stillAlive = new Set(alive.map((p) => p.pid));
  return [...found.values()].map((p) => ({
    kind: 'process',
    pid: p.pid,
    command: p.command,
    action:
      spec.leaks === 'warn' && !spec.stop.terminatesRunning
        ? 'left'
        : stillAlive.has(p.pid)
          ? 'kill-failed'
          : 'killed',
  }));
}

/** proc: read at once; other tables: one query (a Windows query takes a while: not on the event loop). */
async function leaderStartTime(pid: number, table: ProcessTable): Promise<number> {
  if (table.kind === 'proc') return readStat(pid)?.startTime ?? 0;
  if (table.kind === 'ps') return table.list([pid]).find((p) => p.pid === pid)?.startTime ?? 0;
  return (await table.listAsync([pid])).find((p) => p.pid === pid)?.startTime ?? 0;
}

/**
 * Without a marker scan, the unit's descendants are recorded from periodic sweeps while it
 * runs (docs/tracking.md gives the interval), so a daemon seen under it stays its own.
 */
function watchDescent(
  spec: AttemptSpec,
  table: ProcessTable,
  leader: KnownProcess,
): { recorder: DescentRecorder; stop: () => void } | undefined {
  if (table.environ) return undefined;
  const recorder = new DescentRecorder(leader, { groups: table.groups });
  const unsubscribe = sweeperFor(table).subscribe((sweep) => {
    if (recorder.record(sweep) > 0)
      spec.onDescendants?.(leader.pid, leader.startTime, recorder.takeNew());
  });
  return { recorder, stop: unsubscribe };
}

function startFailed(
  spec: AttemptSpec,
  logFd: number,
  startedAt: number,
  error: Error,
): AttemptRun {
  const message = `testwarden: could not start ${JSON.stringify(spec.program)}: ${error.message}`;
  try {
    writeSync(logFd, `${message}\n`);
  } finally {
    closeSync(logFd);
  }
  return {
    end: { outcome: 'failed', exitCode: null, signal: null, startError: message },
    startedAt,
    durationMs: Date.now() - startedAt,
    leaked: [],
    peakRssBytes: 0,
  };
}
