// The run report as JSON text: a failure is what the console shows (message, file, line), its stack stays in the unit's log (and the JUnit file).
import type { RunReport } from '../types.js';

/**
 * The report's text. A failure's `stack` is left out: the message and the place are what a reader
 * of the report needs, and a framework's stack (Jest's and node's run to dozens of frames of
 * their own internals) is in the unit's log, as the framework printed it.
 */
export function reportJsonText(report: RunReport): string {
  return `${JSON.stringify(report, withoutStacks, 2)}\n`;
}

function withoutStacks(key: string, value: unknown): unknown {
  if (key !== 'failure' || value === null || typeof value !== 'object' || !('stack' in value))
    return value;
  const { stack: _stack, ...shown } = value as Record<string, unknown>;
  return shown;
}
