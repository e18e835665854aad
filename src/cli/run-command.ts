// `testwarden run`: the resolved options, the console reporter and the signals around one runSuite.
import { StopToken } from '../core/lifecycle/stop-token.js';
import type { RawRunOptions } from '../core/plan/run-options.js';
import { DEFAULTS, runSuite } from '../core/run/run-suite.js';
import { ConsoleReporter, shouldColor } from './console-reporter.js';
import type { CliIO } from './cli-io.js';
import { resolveForCli, type ConfigSelection } from './resolve-cli-options.js';
import { watchdogCommandForCli } from './watchdog-command.js';

/** Runs the suite; resolves to its exit code (errors are mapped by the program). */
export async function runCommand(
  io: CliIO,
  given: RawRunOptions,
  selection: ConfigSelection,
): Promise<number> {
  const { options } = (await resolveForCli(given, selection)).resolved;
  const stop = new StopToken();
  const removeSignals = io.onSignals?.((signal) => stop.request(signal, { terminate: true }));
  const color = shouldColor({ isTTY: io.isTTY }, io.env);
  const reporter = new ConsoleReporter({
    write: io.stdout,
    color,
    live: io.isTTY && io.env.TERM !== 'dumb',
    ...(io.columns ? { columns: io.columns } : {}),
    progressIntervalMs:
      options.progressIntervalMs === undefined
        ? DEFAULTS.progressIntervalMs
        : options.progressIntervalMs,
  });
  try {
    const watchdogCommand = watchdogCommandForCli();
    const report = await runSuite({
      ...options,
      ...(watchdogCommand ? { watchdogCommand } : {}),
      stop,
      reporters: [reporter],
    });
    return report.exitCode;
  } finally {
    reporter.close();
    removeSignals?.();
  }
}
