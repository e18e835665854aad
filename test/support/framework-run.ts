// Runs a preset's framework process on a fixture suite the way a batch runs: its own process group, events to a file.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Invocation } from '../../src/core/frameworks/preset.js';
import { readTestEvents } from '../../src/core/frameworks/read-test-events.js';
import type { TestRunResults } from '../../src/core/frameworks/test-results.js';
import { waitFor } from './wait-for.js';
import { tempDir } from './temp-dir.js';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
export const REPORTERS = join(import.meta.dirname, '..', '..', 'src', 'reporters');

export interface FrameworkRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  results: TestRunResults;
  /** What the framework printed (stdout and stderr). */
  output: string;
  /** Lines the fixture tests appended to their ledger, in order. */
  ledger: string[];
  dir: string;
}

export interface RunOptions {
  cwd: string;
  env?: Record<string, string>;
  /** Kills the process group once the events show this test started (a hang), after the check passes. */
  killWhenStarted?: string;
}

/** Runs one invocation to its end (or kills it, see `killWhenStarted`) and reads its events. */
export async function runInvocation(
  invocation: Invocation,
  options: RunOptions,
): Promise<FrameworkRun> {
  const dir = tempDir('tw-framework-');
  const events = join(dir, 'events.ndjson');
  const ledgerPath = join(dir, 'ledger.txt');
  const outputPath = join(dir, 'output.log');
  // The framework's own temp files (Vitest's module cache folder, Jest's, a killed run's leftovers) stay in this run's folder.
  const ownTmp = join(dir, 'tmp');
  mkdirSync(ownTmp);
  const out = openSync(outputPath, 'w');
  const child = spawn(invocation.argv[0]!, invocation.argv.slice(1), {
    cwd: options.cwd,
    env: {
      ...process.env,
      PYTHONDONTWRITEBYTECODE: '1',
      ...invocation.env,
      ...options.env,
      TMPDIR: ownTmp,
      TESTWARDEN_EVENTS: events,
      FIXTURE_LEDGER: ledgerPath,
    },
    stdio: ['ignore', out, out],
    detached: true,
  });
  closeSync(out);
  const ended = new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve([code, signal]));
  });
  if (options.killWhenStarted !== undefined) {
    const marker = options.killWhenStarted;
    const source = invocation.events === 'go-json' ? outputPath : events;
    await waitFor(
      `${marker} to start`,
      () => existsSync(source) && readFileSync(source, 'utf8').includes(marker),
      60_000,
    );
    process.kill(-child.pid!, 'SIGKILL');
  }
  const [code, signal] = await ended;
  if (options.killWhenStarted === undefined) {
    // Whatever the framework left in its group (workers) goes with it; the group is ours.
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // gone already
    }
  }
  const results =
    invocation.events === 'go-json'
      ? await readTestEvents(outputPath, { format: 'go' })
      : await readTestEvents(events);
  return {
    code,
    signal,
    results: results ?? emptyResults(),
    output: readFileSync(outputPath, 'utf8'),
    ledger: existsSync(ledgerPath) ? readFileSync(ledgerPath, 'utf8').trim().split('\n') : [],
    dir,
  };
}

function emptyResults(): TestRunResults {
  return {
    finished: false,
    tests: [],
    unfinished: [],
    collected: [],
    fileErrors: [],
    counts: { passed: 0, failed: 0, skipped: 0, todo: 0, xfail: 0, xpass: 0, errors: 0 },
    problems: { badLines: 0, truncatedLastLine: false, cutAtMaxBytes: false, testsNotKept: 0 },
  };
}

/** `file > a > b` names for comparing results in assertions. */
export const names = (results: TestRunResults) =>
  results.tests.map((t) => [t.file, ...t.titles].join(' > ')).sort();
