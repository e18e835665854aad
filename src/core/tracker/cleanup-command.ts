// `testwarden cleanup`: the state dir's lock first, so no run starts (or goes on) in the folder while its leftovers are killed and removed.
import { existsSync } from 'node:fs';
import { lockStateDir } from '../state-lock.js';
import { cleanupStateDir, type CleanupOptions, type CleanupReport } from './cleanup.js';

/**
 * Takes the lock a run holds for its whole life. Held by a live run (or another cleanup): refused
 * with `runnerAlive`, nothing read or touched, unless `force`: then the cleanup goes ahead
 * without the lock and kills what that live run started (each target still checked for its
 * proof), which ends the run's units under it. A state dir that does not exist has nothing to
 * clean up and is not created.
 */
export async function cleanupCommand(
  stateDir: string,
  options: CleanupOptions = {},
): Promise<CleanupReport> {
  if (!existsSync(stateDir)) return { processes: [], containers: [], ignored: [], warnings: [] };
  const held = await lockStateDir(stateDir);
  if (!held.locked) {
    const holder = held.pid ? ` (pid ${held.pid})` : '';
    if (!options.force)
      return {
        processes: [],
        containers: [],
        ignored: [],
        warnings: [`another testwarden process${holder} holds the state dir; nothing was done`],
        runnerAlive: { pid: held.pid },
      };
    const report = await cleanupStateDir(stateDir, options);
    report.warnings.unshift(
      `another testwarden process${holder} holds the state dir; --force cleaned up under it`,
    );
    return report;
  }
  try {
    return await cleanupStateDir(stateDir, options);
  } finally {
    await held.lock.release();
  }
}
