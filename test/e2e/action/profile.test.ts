// The Action's `profile` input through the bundled Action, run as the runner runs it: a testwarden.toml in the checkout gives the units, the timeout and the report path of [profile.ci]; an input given beside the profile wins; a profile the file does not have fails the step before any unit runs, naming the input.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runJob } from '../../support/runner-emulator.js';
import { annotations, expectNothingLeft, NODES, useActionJobs } from './action-harness.js';
import { fixtureSuite } from './fixture-suite.js';

const TOML = `
[profile.default]
command = "node {file}"
patterns = ["tests/*.cjs"]

[profile.ci]
patterns = ["tests/pass-*.cjs", "tests/block-*.cjs"]
timeout = "3s"
grace-period = "1s"
report-json = "out/ci-report.json"
`;

/** The fixture suite with testwarden.toml at the root of the checkout (a repository: `.git`). */
function suiteWithProfiles() {
  const suite = fixtureSuite(['pass-1', 'pass-2', 'fail-1', 'block-1']);
  mkdirSync(join(suite.source, '.git'));
  writeFileSync(join(suite.source, '.git/HEAD'), 'ref: refs/heads/main\n');
  writeFileSync(join(suite.source, 'testwarden.toml'), TOML);
  return suite;
}

describe.each(NODES)('the Action with a profile under %s', (_name, node) => {
  const jobs = useActionJobs(node);

  it("uses [profile.ci]'s units, timeout and report path; an input beside it wins", async () => {
    const suite = suiteWithProfiles();
    suite.block(true);
    const job = jobs.job(suite);
    const { main, post } = await runJob(job, { profile: 'ci' });
    // The profile's patterns leave fail-1 out; its 3 s timeout ends the hanging block-1.
    expect(main.outputs, main.stdout).toMatchObject({
      status: 'failed',
      units: '3',
      passed: '2',
      failed: '0',
      'timed-out': '1',
    });
    expect(main.outputs['report-json']).toBe(join(job.workspace, 'out/ci-report.json'));
    expect(existsSync(join(job.workspace, 'out/ci-report.json'))).toBe(true);
    expect([...suite.ledger()].sort()).toEqual(['block-1', 'pass-1', 'pass-2']);
    expect(main.stdout).toMatch(/block-1\.cjs.*timed out after 3(\.0)?s/);
    expect(post.exitCode).toBe(0);
    expectNothingLeft(suite, ['block-1.pid', 'block-1.daemon']);

    // The `tests` input replaces the profile's patterns; the rest of the profile still applies.
    suite.block(false);
    const second = jobs.job(suite, { runId: `${jobs.runId()}-tests` });
    const given = await runJob(second, { profile: 'ci', tests: 'tests/fail-*.cjs' });
    expect(given.main.outputs).toMatchObject({ status: 'failed', units: '1', failed: '1' });
    expect(given.main.outputs['report-json']).toBe(join(second.workspace, 'out/ci-report.json'));
  });

  it('a profile the file does not have fails the step before any unit runs, naming the input', async () => {
    const suite = suiteWithProfiles();
    const { main, post } = await runJob(jobs.job(suite), { profile: 'nightly' });
    expect(main.exitCode).not.toBe(0);
    const errors = annotations(main, 'error').map((e) => e.message);
    expect(errors.join('\n')).toMatch(
      /^profile: expected a profile of \S+testwarden\.toml \("default", "ci"\), got "nightly"/m,
    );
    expect(suite.ledger()).toEqual([]);
    expect(post.exitCode).toBe(0);
  });
});
