// The runner's cancel as main sees it: SIGINT, then SIGTERM 7.5 s later (SIGKILL 2.5 s after that). The first asks the run to stop gracefully, the next makes it immediate.
import type { StopToken } from '../core/lifecycle/stop-token.js';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Installs the handlers; returns a function that removes them. */
export function stopOnSignals(
  stop: StopToken,
  onFirst: (signal: (typeof SIGNALS)[number]) => void,
): () => void {
  const handlers = SIGNALS.map((signal) => {
    const handler = () => {
      if (!stop.stopped) onFirst(signal);
      stop.request(signal, { terminate: true });
    };
    process.on(signal, handler);
    return [signal, handler] as const;
  });
  return () => handlers.forEach(([signal, handler]) => process.off(signal, handler));
}
