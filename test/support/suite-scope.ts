// What marks the things one run of the test suite makes (processes, temp folders, run ids), so its end-of-suite check looks at those alone and other testwarden runs on the machine are left out.
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Set by the global setup, inherited by the test workers, their testwarden runs and the units. */
export const SUITE_ENV = 'TESTWARDEN_TEST_SUITE';
/** The suite's own folder (`<tmp>/tw-suite-<token>`): its temp folder and its ledger of run ids. */
export const SUITE_DIR_ENV = 'TESTWARDEN_TEST_SUITE_DIR';

/** This suite's token; throws outside a suite started with the global setup. */
export function suiteToken(): string {
  const token = process.env[SUITE_ENV];
  if (!token) throw new Error(`${SUITE_ENV} is not set: run the tests through vitest's config`);
  return token;
}

export function suiteDir(): string {
  const dir = process.env[SUITE_DIR_ENV];
  if (!dir) throw new Error(`${SUITE_DIR_ENV} is not set: run the tests through vitest's config`);
  return dir;
}

/** The variables that mark a process started with a clean environment as this suite's. */
export function suiteEnv(): Record<string, string> {
  return { [SUITE_ENV]: suiteToken(), [SUITE_DIR_ENV]: suiteDir(), TMPDIR: suiteTemp() };
}

/** The temp folder every test and every process the tests start uses (TMPDIR points here). */
export function suiteTemp(dir = suiteDir()): string {
  return join(dir, 'tmp');
}

/** The folder above the suite's own: shared with other suites (the engine lock lives there). */
export function sharedTemp(dir = suiteDir()): string {
  return join(dir, '..');
}

function ledger(dir: string): string {
  return join(dir, 'run-ids');
}

/** Notes run ids this suite's testwarden runs used: their cgroups and containers are the suite's. */
export function recordRunIds(ids: readonly string[]): void {
  if (ids.length > 0) appendFileSync(ledger(suiteDir()), ids.map((id) => `${id}\n`).join(''));
}

/** Run ids printed in a run's output (`run <id>` in the line a run starts with). */
export function recordRunIdsIn(output: string): void {
  recordRunIds([...output.matchAll(/\(run (\S+?)[,)]/g)].map((m) => m[1]!));
}

export function recordedRunIds(dir = suiteDir()): Set<string> {
  try {
    return new Set(readFileSync(ledger(dir), 'utf8').split('\n').filter(Boolean));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Set();
    throw error;
  }
}
