// Ends a step's process once its output is flushed, without waiting for cache calls given up on at their deadline (they retry for half a minute).
import { setTimeout as delay } from 'node:timers/promises';

/** Waits up to `budgetMs` for `idle` (in-flight uploads), then exits with the exit code already set. */
export async function exitWhenFlushed(
  idle: (() => Promise<void>) | undefined,
  budgetMs = 2_000,
): Promise<never> {
  if (idle) await Promise.race([idle(), delay(budgetMs, undefined, { ref: false })]);
  await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
  await new Promise<void>((resolve) => process.stderr.write('', () => resolve()));
  process.exit();
}
