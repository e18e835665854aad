// Starts and stops the detached watchdog process; `watchdog.pid` in the state dir keeps it to one per run and lets the post step find it.
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { join, parse, resolve } from 'node:path';
import { hasProc } from '../tracker/proc-table.js';
import { pollUntil } from '../tracker/terminate.js';
import type { RunnerLink } from './heartbeat.js';
import { isProcessAlive, startTimeOf } from './process-identity.js';
import { watchdogArgs } from './watchdog-args.js';
import { WATCHDOG_PID_FILE } from './watchdog.js';
import { scrubbedEnv } from '../plan/unit-env.js';

/** How to run the watchdog entry point; its flags are appended to `args`. */
export interface WatchdogCommand {
  program: string;
  args: readonly string[];
  /** Added to the environment (an entry point may select the watchdog by a variable). */
  env?: Readonly<Record<string, string>>;
}

export interface StartWatchdogOptions {
  stateDir: string;
  /** The process to watch (default: this one). */
  runnerPid?: number;
  heartbeatTimeoutMs: number;
  runId?: string;
  command: WatchdogCommand;
  /** Base environment (default: this process's); unit markers are always removed. */
  env?: NodeJS.ProcessEnv;
}

export type StartWatchdogResult =
  /**
   * `link`: the heartbeat pipes, whose other ends only the watchdog holds. `exited`: settles
   * when this process has reaped it (its `exit` event), so a stop waits no longer than it takes.
   */
  | { started: true; pid: number; startTime: number; link: RunnerLink; exited: Promise<void> }
  /** A live watchdog already guards this state dir (pid 0: one is being started right now). */
  | { started: false; running: number }
  | { started: false; error: string };

/** What a unit carries; the watchdog is not a unit, and a leak scan must never take it for one. */
const UNIT_MARKERS = [
  'TESTWARDEN',
  'TESTWARDEN_RUN_ID',
  'TESTWARDEN_UNIT',
  'TESTWARDEN_ATTEMPT',
  'TESTWARDEN_JUNIT',
];

/**
 * The user's Node settings are for the code under test, not for testwarden's own watchdog:
 * `NODE_OPTIONS` can load modules into every Node process (`--require`), and
 * `NODE_EXTRA_CA_CERTS` makes Node read a certificate bundle as it starts (about 40 ms of CPU
 * here) for a process that never opens a TLS connection.
 */
const NODE_SETTINGS = ['NODE_OPTIONS', 'NODE_EXTRA_CA_CERTS'];

/** A claim whose pid is not written yet is "being started" for this long, then stale. */
const CLAIM_MS = 5000;

export function startWatchdog(options: StartWatchdogOptions): StartWatchdogResult {
  const stateDir = resolve(options.stateDir);
  const path = join(stateDir, WATCHDOG_PID_FILE);
  const runnerPid = options.runnerPid ?? process.pid;
  const runnerStartTime = startTimeOf(runnerPid);
  let claim: ReturnType<typeof claimPidFile>;
  try {
    claim = claimPidFile(path, { pid: runnerPid, startTime: runnerStartTime });
  } catch (error) {
    return { started: false, error: `could not create ${path}: ${(error as Error).message}` };
  }
  if (claim.fd === undefined) return { started: false, running: claim.running };
  const env: NodeJS.ProcessEnv = {
    ...scrubbedEnv(options.env ?? process.env),
    ...options.command.env,
  };
  for (const name of [...UNIT_MARKERS, ...NODE_SETTINGS]) delete env[name];
  const args = watchdogArgs({
    stateDir,
    runnerPid,
    runnerStartTime,
    heartbeatTimeoutMs: options.heartbeatTimeoutMs,
    runId: options.runId,
  });
  let child: ReturnType<typeof spawn> | undefined;
  let exited: Promise<void> = Promise.resolve();
  let error = 'no pid';
  try {
    // Own session: no terminal signal reaches it. Its stdin and stdout are the heartbeat pipes,
    // made here and private to the two processes (libuv opens the runner's ends close-on-exec,
    // so no unit inherits them); stderr is /dev/null, so no pipe of a CI step is held open.
    // cwd is the root: it pins no mount.
    child = spawn(options.command.program, [...options.command.args, ...args], {
      detached: true,
      stdio: ['pipe', 'pipe', 'ignore'],
      env,
      cwd: parse(stateDir).root,
    });
    child.on('error', () => {
      // Reported through the missing pid below.
    });
    const spawned = child;
    exited = new Promise((resolve) => spawned.once('exit', () => resolve()));
    child.unref();
  } catch (e) {
    error = (e as Error).message;
  }
  const pid = child?.pid;
  try {
    if (child === undefined || pid === undefined) {
      child?.stdin?.destroy();
      child?.stdout?.destroy();
      closeSync(claim.fd);
      unlinkSync(path);
      return { started: false, error: `could not start the watchdog: ${error}` };
    }
    const startTime = startTimeOf(pid);
    writeSync(claim.fd, JSON.stringify({ pid, startTime, runnerPid, runnerStartTime }));
    closeSync(claim.fd);
    return {
      started: true,
      pid,
      startTime,
      link: { toWatchdog: child.stdin!, fromWatchdog: child.stdout! },
      exited,
    };
  } catch (e) {
    return { started: false, error: `could not record the watchdog: ${(e as Error).message}` };
  }
}

/**
 * Signals the recorded watchdog (only if its start time still matches) and waits up to `waitMs`
 * for it to go. The run's `ended` heartbeat makes it leave by itself; this is for the post step
 * and for leaving at once.
 */
export async function stopWatchdog(
  stateDir: string,
  /** `pid`: act only on the record of that watchdog (the one this process started). */
  options: { waitMs?: number; pid?: number } = {},
): Promise<{ pid?: number; signalled: boolean; running: boolean }> {
  const path = join(resolve(stateDir), WATCHDOG_PID_FILE);
  const current = readPidFile(path);
  if (options.pid !== undefined && current.kind === 'live' && current.pid !== options.pid) {
    return { signalled: false, running: false };
  }
  if (current.kind === 'missing' || current.kind === 'starting') {
    return { signalled: false, running: current.kind === 'starting' };
  }
  if (current.kind === 'stale') {
    removeIfUnchanged(path, current.raw);
    return { signalled: false, running: false };
  }
  const { pid, startTime } = current;
  const signalled = signalQuietly(pid, 'SIGTERM');
  const gone = await pollUntil(
    () => !isProcessAlive(pid, startTime),
    Date.now() + (options.waitMs ?? 0),
  );
  if (gone) removeIfUnchanged(path, current.raw);
  return { pid, signalled, running: !gone };
}

type PidFile =
  | { kind: 'missing' }
  | { kind: 'starting'; raw: string }
  | { kind: 'stale'; raw: string }
  | {
      kind: 'live';
      raw: string;
      pid: number;
      startTime: number;
      runner: { pid: number; startTime: number } | undefined;
    };

export function readPidFile(path: string): PidFile {
  let raw: string;
  let ageMs: number;
  try {
    raw = readFileSync(path, 'utf8');
    ageMs = Date.now() - statSync(path).mtimeMs;
  } catch {
    return { kind: 'missing' };
  }
  let record: Record<string, unknown> | undefined;
  try {
    record = JSON.parse(raw) as typeof record;
  } catch {
    record = undefined;
  }
  const { pid, startTime, runnerPid, runnerStartTime } = record ?? {};
  if (typeof pid !== 'number' || typeof startTime !== 'number') {
    // Empty: claimed by a starter that has not written the pid yet (or died doing so).
    return ageMs < CLAIM_MS && raw === '' ? { kind: 'starting', raw } : { kind: 'stale', raw };
  }
  if (!isProcessAlive(pid, startTime) || !isWatchdogOf(pid, resolve(path, '..')))
    return { kind: 'stale', raw };
  const runner =
    typeof runnerPid === 'number' && typeof runnerStartTime === 'number'
      ? { pid: runnerPid, startTime: runnerStartTime }
      : undefined;
  return { kind: 'live', raw, pid, startTime, runner };
}

/**
 * Creates the pid file exclusively (`wx`), so of two starters only one spawns. A stale file
 * (dead pid, or a claim never completed) is removed and the claim retried once. A live
 * watchdog left by an earlier run whose runner is dead is told to leave and replaced: it
 * guards nothing any more, and this run must not go unguarded.
 */
function claimPidFile(
  path: string,
  runner: { pid: number; startTime: number },
): { fd: number } | { fd?: undefined; running: number } {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      return { fd: openSync(path, 'wx') };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const current = readPidFile(path);
    if (current.kind === 'live') {
      const earlier = current.runner;
      const ours = earlier?.pid === runner.pid && earlier.startTime === runner.startTime;
      if (ours || earlier === undefined || isProcessAlive(earlier.pid, earlier.startTime))
        return { running: current.pid };
      signalQuietly(current.pid, 'SIGTERM');
      removeIfUnchanged(path, current.raw);
      continue;
    }
    if (current.kind === 'starting') return { running: 0 };
    if (current.kind === 'stale') removeIfUnchanged(path, current.raw);
  }
  // Replaced again between our read and our retry: someone else is starting one.
  return { running: 0 };
}

/**
 * The pid file lies in the state dir, which units can write: a pid in it is signalled only when
 * that process's command line (from the kernel) carries this state dir's watchdog flags.
 */
function isWatchdogOf(pid: number, stateDir: string): boolean {
  if (!hasProc) return true;
  let argv: string[];
  try {
    argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    return false;
  }
  const at = argv.indexOf('--state-dir');
  return at >= 0 && argv[at + 1] === stateDir && argv.includes('--runner-pid');
}

/** Signals a recorded pid (never this process or its parent); false when it is gone already. */
function signalQuietly(pid: number, signal: NodeJS.Signals): boolean {
  if (pid === process.pid || pid === process.ppid) return false;
  try {
    process.kill(pid, signal);
    return true;
  } catch {
    return false;
  }
}

/** Removes the file only if it still holds `raw` (another starter may have replaced it meanwhile). */
function removeIfUnchanged(path: string, raw: string): void {
  try {
    if (readFileSync(path, 'utf8') === raw) unlinkSync(path);
  } catch {
    // Already gone.
  }
}
