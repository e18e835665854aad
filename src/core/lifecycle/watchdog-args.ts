// The watchdog process's command line: built by the runner that starts it, validated by the entry point (CLI or Action bundle) that runs it.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError, invalidOption } from '../errors.js';
import type { WatchdogOptions } from './watchdog.js';

/** The hidden subcommand both bundles answer to: `<entry> __watchdog --state-dir … --runner-pid …`. */
export const WATCHDOG_SUBCOMMAND = '__watchdog';

/** The flags as strings, the way a command line delivers them. */
export interface WatchdogFlags {
  stateDir?: string | undefined;
  runnerPid?: string | undefined;
  runnerStartTime?: string | undefined;
  heartbeatTimeout?: string | undefined;
  runId?: string | undefined;
}

type Spawned = Pick<
  WatchdogOptions,
  'stateDir' | 'runnerPid' | 'runnerStartTime' | 'heartbeatTimeoutMs' | 'runId'
>;

/** The flags after the subcommand, for the options given. */
export function watchdogArgs(options: Spawned): string[] {
  return [
    '--state-dir',
    options.stateDir,
    '--runner-pid',
    String(options.runnerPid),
    '--runner-start-time',
    String(options.runnerStartTime),
    '--heartbeat-timeout',
    String(options.heartbeatTimeoutMs),
    ...(options.runId !== undefined ? ['--run-id', options.runId] : []),
  ];
}

/** Validates the flags once; a bad one is a UsageError naming it. */
export function watchdogOptionsFromFlags(flags: WatchdogFlags): Spawned {
  const required = (name: string, value: string | undefined): string => {
    if (value === undefined || value.trim() === '')
      throw new UsageError(`${name}: expected a value, got none`);
    return value;
  };
  return {
    stateDir: resolve(required('--state-dir', flags.stateDir)),
    runnerPid: whole('--runner-pid', required('--runner-pid', flags.runnerPid), 1),
    runnerStartTime: whole(
      '--runner-start-time',
      required('--runner-start-time', flags.runnerStartTime),
      0,
    ),
    heartbeatTimeoutMs: whole(
      '--heartbeat-timeout',
      required('--heartbeat-timeout', flags.heartbeatTimeout),
      1,
    ),
    ...(flags.runId !== undefined ? { runId: flags.runId } : {}),
  };
}

/** For entry points without commander (the Action bundle): parses the flags after `__watchdog`. */
export function parseWatchdogArgv(argv: readonly string[]): Spawned {
  try {
    const { values } = parseArgs({
      args: [...argv],
      strict: true,
      options: {
        'state-dir': { type: 'string' },
        'runner-pid': { type: 'string' },
        'runner-start-time': { type: 'string' },
        'heartbeat-timeout': { type: 'string' },
        'run-id': { type: 'string' },
      },
    });
    return watchdogOptionsFromFlags({
      stateDir: values['state-dir'],
      runnerPid: values['runner-pid'],
      runnerStartTime: values['runner-start-time'],
      heartbeatTimeout: values['heartbeat-timeout'],
      runId: values['run-id'],
    });
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${WATCHDOG_SUBCOMMAND}: ${(error as Error).message}`, { cause: error });
  }
}

function whole(name: string, value: string, min: number): number {
  const n = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < min)
    throw invalidOption(name, `a whole number of at least ${min}`, value);
  return n;
}
