// One @actions/cache call with a deadline and the client's own account of it, and whether the cache may be used at all: shared by the checkpoint sync and the durations history.
import { isFeatureAvailable } from '@actions/cache';
import { captureToolkitMessages, type ToolkitMessage } from './toolkit-messages.js';

export type CallResult<T> =
  | { kind: 'returned'; value: T; messages: readonly ToolkitMessage[] }
  | { kind: 'threw'; error: unknown; messages: readonly ToolkitMessage[] }
  | { kind: 'timed-out'; messages: readonly ToolkitMessage[] };

/**
 * Runs @actions/cache calls with a deadline. The client retries a 5xx answer for about 30 s and
 * cannot be cancelled: past the deadline a call is given up on, and `idle()` still waits for it.
 */
export class CacheCalls {
  private readonly running = new Set<Promise<void>>();

  constructor(readonly timeoutMs: number) {}

  /** Runs one call, collecting what the toolkit prints meanwhile. */
  async call<T>(run: () => Promise<T>): Promise<CallResult<T>> {
    const capture = captureToolkitMessages();
    const settled = (async () => run())().then(
      (value) => ({ kind: 'returned' as const, value }),
      (error: unknown) => ({ kind: 'threw' as const, error }),
    );
    const tracked = settled.then(() => undefined);
    this.running.add(tracked);
    void tracked.then(() => this.running.delete(tracked));
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<{ kind: 'timed-out' }>((resolve) => {
      timer = setTimeout(() => resolve({ kind: 'timed-out' }), this.timeoutMs);
    });
    try {
      const outcome = await Promise.race([settled, deadline]);
      return { ...outcome, messages: [...capture.messages] };
    } finally {
      clearTimeout(timer);
      capture.stop();
    }
  }

  /** Resolves once every call started here has returned, including calls given up on. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running]);
  }

  /** Why a call did not do its job, in the client's words where it said anything. */
  explain(result: CallResult<unknown>): string {
    const said = clientMessages(result.messages);
    switch (result.kind) {
      case 'timed-out':
        return `no answer from the cache service within ${this.timeoutMs} ms${said ? ` (${said})` : ''}`;
      case 'threw':
        return errorMessage(result.error);
      case 'returned':
        return `the cache service did not take it${said ? ` (${said})` : ''}`;
    }
  }
}

/** A failed restore returns undefined like a miss; only the client's message tells them apart. */
export function restoreFailure(messages: readonly ToolkitMessage[]): string | undefined {
  const failure = messages.find(
    (m) => m.level !== 'info' && m.text.startsWith('Failed to restore'),
  );
  return failure ? firstLine(failure.text) : undefined;
}

/** Why the cache cannot be used in this direction, or undefined when it can. */
export function cacheBlockedReason(direction: 'save' | 'restore'): string | undefined {
  // Read as @actions/cache 6.3.0 reads it (internal/config.js), which skips the call by itself but
  // with a result that looks like a miss or a taken key; checking first gives a clear reason.
  const mode = (process.env['ACTIONS_CACHE_MODE'] ?? '').trim().toLowerCase();
  if (mode === 'none') return 'ACTIONS_CACHE_MODE is "none"';
  if (direction === 'save' && mode === 'read') return 'ACTIONS_CACHE_MODE is "read"';
  if (direction === 'restore' && mode === 'write-only') {
    return 'ACTIONS_CACHE_MODE is "write-only"';
  }
  try {
    if (!isFeatureAvailable()) {
      return 'the Actions cache service is not available to this job (no ACTIONS_RESULTS_URL)';
    }
  } catch (error) {
    return `the Actions cache service is not available to this job (${errorMessage(error)})`;
  }
  return undefined;
}

/** The client's own account of a failure: its warnings and errors and any "failed" line, newest last. */
function clientMessages(messages: readonly ToolkitMessage[]): string {
  const lines = messages
    .filter((m) => m.level === 'warning' || m.level === 'error' || /fail/i.test(m.text))
    .map((m) => firstLine(m.text));
  return [...new Set(lines)].slice(-3).join('; ').slice(0, 600);
}

function firstLine(text: string): string {
  return text.split(/\r?\n/, 1)[0] ?? '';
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
