// Sharding with the Action, run as the runner runs it: three shards of one run each run their own units once, a cancelled shard resumes alone on its re-run, the merge step adds the shards up to what an unsharded run reports, and the durations history is kept per branch, pinned per run and found from another branch.
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planShard, splitShards } from '../../../src/core/plan/shard.js';
import type { RunReport, Unit } from '../../../src/core/types.js';

import { runJob, type JobResult, type RunnerJob } from '../../support/runner-emulator.js';
import { tempDir } from '../../support/temp-dir.js';
import { expectNothingLeft, INPUTS, NODES, useActionJobs } from './action-harness.js';
import { fixtureSuite } from './fixture-suite.js';
import { waitFor } from '../../support/wait-for.js';

const OS = process.platform === 'darwin' ? 'macos' : 'linux';
const REPORT = 'out/report.json';
const JUNIT = 'out/junit.xml';
const unit = (name: string): Unit => ({ id: `tests/${name}.cjs`, file: `tests/${name}.cjs` });
const readReport = (job: RunnerJob) =>
  JSON.parse(readFileSync(join(job.workspace, REPORT), 'utf8')) as RunReport;
const ran = (report: RunReport) =>
  report.units.filter((u) => !u.fromCheckpoint && u.attempts > 0).map((u) => u.id);

/** A `block` unit (it hangs while the block flag is set) that the hash split puts in shard `index`. */
function blockingUnitIn(index: number, total: number): string {
  for (let k = 0; ; k++) {
    // Rendezvous hashing: a unit's shard depends on its id and the shard count alone.
    const name = `z-block-${k}`;
    if (planShard([unit(name)], { index, total }).units.length === 1) return name;
  }
}

describe.each(NODES)('sharding under %s', (_name, node) => {
  const jobs = useActionJobs(node);
  const shardInputs = (index: number, total: number) => ({
    ...INPUTS,
    shard: `${index}/${total}`,
    // One key for every shard: the shard in the suite hash alone keeps their checkpoints apart.
    'checkpoint-key': 'unit-tests',
    'report-json': REPORT,
    junit: JUNIT,
  });

  it('three shards run each unit once; a cancelled shard resumes alone; merge adds them up', async () => {
    const block = blockingUnitIn(2, 3);
    const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'fail-i', block];
    const suite = fixtureSuite(names);
    const expected = splitShards(names.map(unit), 3).map((s) => s.map((u) => u.id).sort());
    suite.block(true);
    const shardJobs = [1, 2, 3].map((i) => jobs.job(suite, { jobIndex: i - 1 }));
    const [one, two, three] = await Promise.all(
      shardJobs.map((job, i) =>
        runJob(job, shardInputs(i + 1, 3), async (main) => {
          if (i !== 1) return;
          await waitFor(`${block} to start`, () => existsSync(join(suite.dir, `${block}.pid`)));
          main.cancel();
        }),
      ),
    );
    expect(two!.main.outputs).toMatchObject({ status: 'interrupted', reason: 'SIGINT' });
    for (const result of [one!, three!]) expect(result.post.exitCode).toBe(0);
    expectNothingLeft(suite, [`${block}.pid`, `${block}.daemon`]);
    // Each unit ran once, in the shard the hash split gave it.
    expect([...suite.ledger()].sort()).toEqual([...names].sort());
    const firstReports = shardJobs.map(readReport);
    firstReports.forEach((report, i) => {
      expect(report.shard).toMatchObject({ index: i + 1, total: 3, units: 10, mode: 'hash' });
      expect(report.units.map((u) => u.id).sort()).toEqual(expected[i]);
    });
    expect(new Set(firstReports.map((r) => r.shard?.plan)).size).toBe(1);
    const keys = [one!, two!, three!].map((r) => r.main.outputs['checkpoint-key']);
    expect(new Set(keys).size).toBe(3);

    // "Re-run failed jobs": shard 2 alone, attempt 2, on a fresh machine.
    suite.block(false);
    const unfinished = firstReports[1]!.units
      .filter((u) => u.outcome !== 'passed')
      .map((u) => u.id);
    const rerunJob = jobs.job(suite, { jobIndex: 1, attempt: 2 });
    const rerun = await runJob(rerunJob, shardInputs(2, 3));
    expect(rerun.main.outputs['checkpoint-key']).toBe(keys[1]);
    expect(rerun.main.outputs).toMatchObject({ resumed: 'true' });
    expect(rerun.main.stdout).toContain('split by the durations pinned for this run');
    const rerunReport = readReport(rerunJob);
    expect(rerunReport.shard?.plan).toBe(firstReports[1]!.shard?.plan);
    expect(ran(rerunReport).sort()).toEqual(unfinished.sort());
    expect(
      suite
        .ledger()
        .slice(names.length)
        .map((n) => `tests/${n}.cjs`)
        .sort(),
    ).toEqual(unfinished.sort());
    expectNothingLeft(suite, [`${block}.pid`, `${block}.daemon`]);
    const entries = () =>
      jobs
        .server()
        .entries()
        .map((e) => e.key);
    expect(entries().filter((k) => k.startsWith('testwarden-split-'))).toEqual([
      `testwarden-split-v1-${OS}-ci-${jobs.runId()}`,
    ]);
    expect(entries().filter((k) => k.startsWith('testwarden-timings-'))).toEqual([]);

    // The merge job downloads every attempt's report (one artifact each) and merges them.
    const mergeJob = jobs.job(suite, { job: 'merge', workspace: tempDir('tw-merge-') });
    const artifacts = [...shardJobs, rerunJob];
    artifacts.forEach((job, i) => {
      const to = join(mergeJob.workspace, 'shards', `artifact-${i}`);
      mkdirSync(to, { recursive: true });
      cpSync(join(job.workspace, REPORT), join(to, 'report.json'));
    });
    const merge = await runJob(mergeJob, {
      'merge-reports': 'shards/*/report.json',
      junit: 'merged/junit.xml',
      'report-json': 'merged/report.json',
      'timings-key': 'ci',
    });
    expect(merge.main.exitCode, merge.main.stdout).toBe(1);
    expect(merge.main.summary).toContain('fail-i');
    // Rendered from the merged report: one testsuite per unit.
    const junit = readFileSync(join(mergeJob.workspace, 'merged/junit.xml'), 'utf8');
    expect(junit.match(/<testsuite name=/g)).toHaveLength(names.length);
    const merged = JSON.parse(
      readFileSync(join(mergeJob.workspace, 'merged/report.json'), 'utf8'),
    ) as RunReport;
    expect(merge.main.outputs).toMatchObject({ status: 'failed', units: '10', failed: '1' });
    const history = entries().filter((k) => k.startsWith('testwarden-timings-'));
    expect(history).toEqual([
      expect.stringMatching(`^testwarden-timings-v1-${OS}-ci-main-${jobs.runId()}-1-`),
    ]);
    expect(merge.post.exitCode).toBe(0);

    // The same suite unsharded, in another run: the same totals.
    const whole = jobs.job(suite, { runId: String(jobs.runId() + 7000) });
    const unsharded = await runJob(whole, { ...INPUTS, 'report-json': REPORT });
    expect(unsharded.main.exitCode).toBe(1);
    expect(merged.totals).toEqual(readReport(whole).totals);
    expectNothingLeft(suite, [`${block}.pid`, `${block}.daemon`]);
  });

  it('the durations history: saved unsharded, pinned per run, found from another branch', async () => {
    const names = ['a', 'b', 'c', 'd', 'e', 'f'];
    const suite = fixtureSuite(names);
    const run = jobs.runId();
    let legs: RunnerJob[] = [];
    const shards = async (overrides: Partial<RunnerJob>): Promise<RunReport[]> => {
      legs = [1, 2].map((i) => jobs.job(suite, { jobIndex: i - 1, ...overrides }));
      const results: JobResult[] = await Promise.all(
        legs.map((job, i) => runJob(job, shardInputs(i + 1, 2))),
      );
      for (const r of results) expect(r.main.exitCode, r.main.stdout).toBe(0);
      const reports = legs.map(readReport);
      expect(reports[0]!.shard?.plan).toBe(reports[1]!.shard?.plan);
      expect(reports.flatMap((r) => r.units.map((u) => u.id)).sort()).toEqual(
        names.map((n) => unit(n).id).sort(),
      );
      return reports;
    };
    const historyKeys = () =>
      jobs
        .server()
        .entries()
        .map((e) => e.key)
        .filter((k) => k.startsWith('testwarden-timings-'));

    // No history yet: split by the hash, and the split is pinned for the run.
    const first = await shards({});
    expect(first.map((r) => r.shard?.mode)).toEqual(['hash', 'hash']);
    // An unsharded run on main records the durations.
    const unsharded = await runJob(jobs.job(suite, { runId: String(run + 1) }), INPUTS);
    expect(unsharded.main.stdout).toContain('Durations history saved to the Actions cache');
    expect(historyKeys()).toEqual([
      expect.stringMatching(`^testwarden-timings-v1-${OS}-ci-main-${run + 1}-1-`),
    ]);

    // Re-running shard 2 of the first run: the pinned (empty) history, not the new one.
    const againJob = jobs.job(suite, { jobIndex: 1, attempt: 2 });
    await runJob(againJob, shardInputs(2, 2));
    expect(readReport(againJob).shard).toEqual(first[1]!.shard);

    // A new run on main splits by the durations, both shards alike; shards save no history.
    const balanced = await shards({ runId: String(run + 2) });
    expect(balanced.map((r) => r.shard?.mode)).toEqual(['durations', 'durations']);
    expect(historyKeys()).toHaveLength(1);
    // Their merge step combines their JUnit files and saves the history with both shards' units.
    const mergeJob = jobs.job(suite, { runId: String(run + 2), job: 'merge' });
    legs.forEach((leg, i) => {
      for (const file of [REPORT, JUNIT])
        cpSync(join(leg.workspace, file), join(mergeJob.workspace, `shard-${i}`, file));
    });
    const merge = await runJob(mergeJob, {
      'merge-reports': 'shard-*/out/report.json',
      'merge-junit': 'shard-*/out/junit.xml',
      junit: 'merged.xml',
      'timings-key': 'ci',
    });
    expect(merge.main.outputs, merge.main.stdout).toMatchObject({ status: 'passed', units: '6' });
    const junit = readFileSync(join(mergeJob.workspace, 'merged.xml'), 'utf8');
    for (const name of names) expect(junit).toContain(`<testsuite name="tests/${name}.cjs"`);
    expect(historyKeys()).toEqual([
      expect.stringMatching(`-main-${run + 1}-1-`),
      expect.stringMatching(`^testwarden-timings-v1-${OS}-ci-main-${run + 2}-1-`),
    ]);

    // Another branch has no history of its own: it starts from the default branch's.
    const branchJob = jobs.job(suite, { runId: String(run + 3), branch: 'feature/x' });
    const branch = await runJob(branchJob, shardInputs(1, 2));
    expect(branch.main.stdout).toMatch(
      `restored from the Actions cache (testwarden-timings-v1-${OS}-ci-main-`,
    );
    expect(readReport(branchJob).shard?.mode).toBe('durations');
  });

  it('a merge step that finds no report fails naming merge-reports, and leaves post nothing to do', async () => {
    const suite = fixtureSuite([]);
    const { main, post } = await runJob(jobs.job(suite, { job: 'merge' }), {
      'merge-reports': 'shards/*/report.json',
    });
    expect(main.exitCode).toBe(1);
    expect(main.outputs).toMatchObject({ status: 'error', 'exit-code': '2' });
    expect(main.commands.find((c) => c.command === 'error')?.message).toMatch(
      /^merge-reports: expected a file or a glob matching files, got "shards\/\*\/report.json"/,
    );
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toContain('started no run');
  });
});
