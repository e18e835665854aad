// Error classes: expected failures (usage, configuration) versus bugs, mapped to exit codes by the adapters.

/** A bad option value or configuration: exit code 2, nothing was run. */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Builds the standard message: the option, the expected form and the value received. */
export function invalidOption(option: string, expected: string, value: unknown): UsageError {
  return new UsageError(`${option}: expected ${expected}, got ${JSON.stringify(value)}`);
}

/** A bug in testwarden: exit code 3, and the message says so. */
export class InternalError extends Error {
  override name = 'InternalError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
