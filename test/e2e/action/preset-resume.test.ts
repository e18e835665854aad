// The Action with a preset across a re-run, as the runner runs it: a cancelled attempt's per-test checkpoint goes through the Actions cache (the real client against the local cache server), and the re-run on a fresh runner runs only the tests the first attempt did not settle.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runJob } from '../../support/runner-emulator.js';
import { waitFor } from '../../support/wait-for.js';
import { NODES, useActionJobs } from './action-harness.js';
import { frameworkSuite } from './framework-suite.js';

const SETTLED = new Set(['passed', 'skipped', 'todo', 'xfail', 'xpass']);

/** The pytest ledger names of the settled tests the checkpoint in `workspace` holds. */
function settledIn(workspace: string): string[] {
  // The Action's state dir is .testwarden/<checkpoint key>/ in the workspace.
  const root = join(workspace, '.testwarden');
  const key = existsSync(root)
    ? readdirSync(root).find((name) => existsSync(join(root, name, 'checkpoint.json')))
    : undefined;
  if (key === undefined) return [];
  const path = join(root, key, 'checkpoint.json');
  const document = JSON.parse(readFileSync(path, 'utf8'));
  const codes = document.testStatusCodes as string[];
  const rows = (document.tests[0]?.rows ?? []) as unknown[][];
  return rows
    .filter((r) => SETTLED.has(codes[r[2] as number]!))
    .map((r) => (r[1] as string[]).join('::'));
}

describe.each(NODES)('test-level resume in the Action under %s', (_name, node) => {
  const jobs = useActionJobs(node);

  it('pytest: the re-run restores the checkpoint from the cache and runs only what attempt 1 did not settle', async () => {
    const suite = frameworkSuite('pytest');
    const inputs = { preset: 'pytest', 'grace-period': '1s' };
    const clearLedger = () => rmSync(join(suite.dir, 'ledger.txt'), { force: true });
    const job = (overrides: { runId?: string; attempt?: number; env?: Record<string, string> }) => {
      const made = jobs.job(suite, { attempt: overrides.attempt ?? 1 });
      return {
        ...made,
        ...(overrides.runId ? { runId: overrides.runId } : {}),
        env: { ...made.env, ...suite.env, ...overrides.env },
      };
    };
    // The whole suite once (a run of its own), to know every test's ledger line and pytest's counts.
    const full = await runJob(job({ runId: `${jobs.runId()}0` }), inputs);
    expect(full.main.exitCode, full.main.stdout).toBe(1);
    const all = suite.ledger().sort();
    const fullCounts = JSON.parse(readFileSync(full.main.outputs['report-json']!, 'utf8')).units[0]
      .testCases.counts;
    clearLedger();

    // Attempt 1 of this test's run: cancelled while a test hangs.
    const first = job({ env: { FIXTURE_HANG: '1' } });
    const cancelled = await runJob(first, inputs, async (main) => {
      await waitFor(
        'the hanging test, with finished tests in the checkpoint',
        () =>
          suite.ledger().includes('test_hangs_when_asked') && settledIn(first.workspace).length > 0,
        120_000,
      );
      main.cancel();
    });
    expect(cancelled.main.outputs).toMatchObject({ status: 'interrupted', reason: 'SIGINT' });
    expect(cancelled.post.stdout).toMatch(/checkpoint uploaded as /);
    const settled = settledIn(first.workspace);
    clearLedger();

    // Attempt 2: a fresh runner and workspace; the checkpoint comes from the cache.
    const second = await runJob(job({ attempt: 2 }), inputs);
    expect(second.main.exitCode, second.main.stdout).toBe(1);
    expect(second.main.outputs).toMatchObject({ resumed: 'true' });
    expect(second.main.stdout).toMatch(/running the suite without its \d+ settled tests/);
    const expected = all.filter((name) => !settled.includes(name));
    expect(expected).toContain('test_hangs_when_asked');
    expect(expected.length).toBeLessThan(all.length);
    expect(suite.ledger().sort()).toEqual(expected);
    const report = JSON.parse(readFileSync(second.main.outputs['report-json']!, 'utf8'));
    expect(report.units[0].testCases.counts).toEqual(fullCounts);
    expect(second.post.exitCode).toBe(0);
  }, 300_000);
});
