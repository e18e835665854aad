// The watchdog's own record in the state dir: it has no terminal, so what it saw and did goes to watchdog.log, one line per event.
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';

export const WATCHDOG_LOG = 'watchdog.log';

/** Appends `<ISO time> watchdog <pid>: <message>`; never throws (a vanished state dir is no reason to fail). */
export function appendWatchdogLog(stateDir: string, message: string): void {
  try {
    appendFileSync(
      join(stateDir, WATCHDOG_LOG),
      `${new Date().toISOString()} watchdog ${process.pid}: ${message}\n`,
    );
  } catch {
    // Nowhere left to write.
  }
}
