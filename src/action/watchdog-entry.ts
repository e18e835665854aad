// The Action bundle as the watchdog's entry point: main starts `node dist/main/index.js __watchdog …` detached, and this runs it.
import { parseWatchdogArgv, WATCHDOG_SUBCOMMAND } from '../core/lifecycle/watchdog-args.js';
import { linkFromStdio } from '../core/lifecycle/watchdog-link.js';
import type { WatchdogCommand } from '../core/lifecycle/watchdog-process.js';
import { runWatchdog } from '../core/lifecycle/watchdog.js';

/** Whether this process was started as the watchdog rather than as the main step. */
export function isWatchdogInvocation(argv: readonly string[] = process.argv): boolean {
  return argv[2] === WATCHDOG_SUBCOMMAND;
}

/** How main launches its watchdog: the same node and bundle (the runner gives no other entry). */
export function watchdogCommandForAction(
  entry: string | undefined = process.argv[1],
): WatchdogCommand | undefined {
  if (entry === undefined || entry === '') return undefined;
  return { program: process.execPath, args: [entry, WATCHDOG_SUBCOMMAND] };
}

/** Runs the watchdog until the run ends, it cleans up after a lost runner, or SIGTERM tells it to go. */
export async function runWatchdogEntry(argv: readonly string[] = process.argv): Promise<void> {
  const options = parseWatchdogArgv(argv.slice(3));
  const abort = new AbortController();
  const leave = () => abort.abort();
  process.on('SIGTERM', leave);
  process.on('SIGINT', leave);
  try {
    await runWatchdog({ ...options, link: linkFromStdio(), signal: abort.signal });
  } finally {
    process.off('SIGTERM', leave);
    process.off('SIGINT', leave);
  }
}
