// The hidden `__watchdog` subcommand, apart from the rest of the CLI: the detached watchdog a run starts loads only this and the watchdog's own code.
import { UsageError } from '../core/errors.js';
import { parseWatchdogArgv } from '../core/lifecycle/watchdog-args.js';
import { linkFromStdio } from '../core/lifecycle/watchdog-link.js';
import { runWatchdog } from '../core/lifecycle/watchdog.js';
import { EXIT } from '../core/report/build-report.js';
import type { CliIO } from './cli-io.js';

/** `argv` starts with the subcommand; bad flags are a usage error (exit 2) as for any command. */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  let options;
  try {
    options = parseWatchdogArgv(argv.slice(1));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`testwarden: error: ${error.message}\n`);
    return EXIT.usage;
  }
  const abort = new AbortController();
  const removeSignals = io.onSignals?.(() => abort.abort());
  try {
    await runWatchdog({ ...options, link: linkFromStdio(), signal: abort.signal });
  } finally {
    removeSignals?.();
  }
  return EXIT.ok;
}
