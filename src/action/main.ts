// Entry point of the Action's main step (bundled to dist/main/index.js); the same bundle is the entry point of the detached watchdog main starts.
import { exitWhenFlushed } from './exit-process.js';
import { isWatchdogInvocation, runWatchdogEntry } from './watchdog-entry.js';

if (isWatchdogInvocation()) {
  await runWatchdogEntry();
} else {
  // Loaded only here: the watchdog started from this bundle does not load the whole step.
  const { runMain } = await import('./run-main.js');
  const sync = await runMain();
  await exitWhenFlushed(sync ? () => sync.idle() : undefined);
}
