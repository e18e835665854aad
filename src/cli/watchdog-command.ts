// How the CLI launches its own watchdog: the same node and the same entry script, with the hidden `__watchdog` subcommand.
import { WATCHDOG_SUBCOMMAND } from '../core/lifecycle/watchdog-args.js';
import type { WatchdogCommand } from '../core/lifecycle/watchdog-process.js';

export function watchdogCommandForCli(
  entry: string | undefined = process.argv[1],
): WatchdogCommand | undefined {
  // Without a script path (node -e, a REPL) there is nothing to re-run: no watchdog.
  if (entry === undefined || entry === '') return undefined;
  return { program: process.execPath, args: [entry, WATCHDOG_SUBCOMMAND] };
}
