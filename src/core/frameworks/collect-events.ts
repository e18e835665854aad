// Runs a listing command whose reporter writes events (mocha --dry-run, pytest --collect-only) and reads what it listed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readTestEvents } from './read-test-events.js';
import { runDiscovery, type DiscoveryRun } from './run-discovery.js';
import type { TestRunResults } from './test-results.js';

export async function collectEvents(run: DiscoveryRun): Promise<TestRunResults> {
  const dir = mkdtempSync(join(tmpdir(), 'testwarden-list-'));
  try {
    const events = join(dir, 'events.ndjson');
    await runDiscovery({ ...run, env: { ...run.env, TESTWARDEN_EVENTS: events } });
    const results = await readTestEvents(events);
    if (!results)
      throw new Error(`--preset ${run.preset}: ${run.argv.join(' ')} wrote no test events`);
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
