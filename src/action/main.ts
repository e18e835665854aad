// Entry point of the Action's main step (bundled to dist/main/index.js); the same bundle is the entry point of the detached watchdog main starts.
import { exitWhenFlushed } from './exit-process.js';
import { runMain } from './run-main.js';
import { isWatchdogInvocation, runWatchdogEntry } from './watchdog-entry.js';

if (isWatchdogInvocation()) {
  await runWatchdogEntry();
} else {
  const sync = await runMain();
  await exitWhenFlushed(sync ? () => sync.idle() : undefined);
}
