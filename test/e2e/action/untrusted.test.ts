// What a unit names, prints or leaves on disk, through the bundled Action as the runner runs it: no secret reaches a process testwarden starts, nothing it prints becomes a workflow command, a link or an image, and another run's checkpoint is never resumed.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { waitFor } from '../../support/wait-for.js';
import { renderSummary } from '../../support/rendered-summary.js';
import { runJob, type StepResult } from '../../support/runner-emulator.js';
import { annotations, INPUTS, NODES, useActionJobs } from './action-harness.js';
import { fixtureSuite } from './fixture-suite.js';

const SECRETS = [
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'ACTIONS_CACHE_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_RUNTIME_URL',
];

/** Variables the runner gives a step that may talk to GitHub as the job (the cache server's are added by the harness). */
const RUNTIME_ENV = {
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'id-token-secret',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.invalid/',
  ACTIONS_CACHE_URL: 'https://cache.invalid/',
  ACTIONS_RUNTIME_URL: 'https://runtime.invalid/',
};

/** Commands testwarden itself prints in a run (log groups, annotations, stop-commands around a log). */
const OWN_COMMANDS = new Set(['group', 'endgroup', 'error', 'warning', 'notice', 'debug']);

/** Writes which secret variables this process can see to `<FIXTURE_DIR>/<name>.secrets`. */
const RECORD_SECRETS = `
const fs = require('node:fs');
const record = (name) => fs.writeFileSync(require('node:path').join(process.env.FIXTURE_DIR, name + '.secrets'),
  JSON.stringify(${JSON.stringify(SECRETS)}.filter((k) => process.env[k] !== undefined)));
`;

/** Prints the ids of a list of hostile names (links, images, HTML, autolinks, a newline escape). */
const LIST = `${RECORD_SECRETS}
record('list');
for (const id of [
  'fail [Re-run as admin](https://evil.example/admin)',
  'fail ![x](https://evil.example/x.png)',
  'fail <img src=x onerror=alert(1)> <a href="https://evil.example">a</a>',
  'block www.evil.example and mail@evil.example and https://evil.example/',
  'pass **bold** _em_ \`code\` ~~gone~~ | cell | ##[error]older',
]) console.log(id);
`;

/** One unit per id: prints colour, the runner's older command syntax, and fails when its id says so. */
const RUN = `${RECORD_SECRETS}
const path = require('node:path');
const id = process.argv[2];
record('unit-' + id.split(' ')[0]);
console.log('\\x1b[31mAssertionError\\x1b[0m: expected \\x1b[1mred\\x1b[22m');
console.log('##[error]older syntax from ' + id);
console.log('##[add-mask]hunter2');
console.log('[Re-run as admin](https://evil.example/log) <img src=x>');
if (id.startsWith('block')) {
  fs.writeFileSync(path.join(process.env.FIXTURE_DIR, 'started'), '');
  const deadline = Date.now() + 30000;
  while (!fs.existsSync(path.join(process.env.FIXTURE_DIR, 'release')) && Date.now() < deadline) {
    require('node:child_process').spawnSync('sleep', ['0.05']);
  }
}
process.exit(id.startsWith('fail') ? 1 : 0);
`;

function secretsSeen(dir: string, name: string): string[] {
  return JSON.parse(readFileSync(join(dir, `${name}.secrets`), 'utf8')) as string[];
}

/** The pid in the watchdog's pid file under the workspace's state dir. */
function watchdogPid(workspace: string): number | undefined {
  const files = readdirSync(workspace, { recursive: true, encoding: 'utf8' });
  const file = files.find((f) => f.endsWith('watchdog.pid'));
  if (file === undefined) return undefined;
  const text = readFileSync(join(workspace, file), 'utf8');
  return text === '' ? undefined : (JSON.parse(text) as { pid: number }).pid;
}

/** What the runner would act on: only testwarden's own commands, and no older-syntax `##[` at all. */
function expectInertStdout(step: StepResult): void {
  expect(step.commands.map((c) => c.command).filter((c) => !OWN_COMMANDS.has(c))).toEqual([]);
  expect(step.stdout).not.toMatch(/##\[/);
  expect(step.stdout).not.toContain('\x1b[');
  expect(step.stdout).not.toContain('[31m');
}

describe.each(NODES)('untrusted text under %s', (_name, node) => {
  const jobs = useActionJobs(node);

  it('hostile unit ids from the list command: no secret, no command, no link or image, no colour codes', async () => {
    const suite = fixtureSuite([]);
    writeFileSync(join(suite.source, 'list.cjs'), LIST);
    writeFileSync(join(suite.source, 'run.cjs'), RUN);
    const job = jobs.job(suite);
    job.env = { ...job.env, ...RUNTIME_ENV };
    const inputs = {
      ...INPUTS,
      'list-command': 'node list.cjs',
      command: 'node run.cjs {unit}',
      tests: '',
      junit: 'junit.xml',
      'report-html': 'report.html',
    };
    let watchdogSecrets: string[] | undefined;
    const { main, post } = await runJob(job, inputs, async () => {
      await waitFor('the blocking unit', () => existsSync(join(suite.dir, 'started')), 30_000);
      const pid = watchdogPid(job.workspace);
      expect(pid, 'the watchdog is running').toBeDefined();
      const environ = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
      watchdogSecrets = SECRETS.filter((k) => environ.some((v) => v.startsWith(`${k}=`)));
      writeFileSync(join(suite.dir, 'release'), '');
    });
    expect(main.exitCode, main.stdout).toBe(1);
    expect(main.outputs).toMatchObject({ units: '5', failed: '3', passed: '2' });

    // 1. No process testwarden started saw a secret: not the list command, a unit or the watchdog.
    expect(secretsSeen(suite.dir, 'list')).toEqual([]);
    for (const unit of ['fail', 'block', 'pass'])
      expect(secretsSeen(suite.dir, `unit-${unit}`)).toEqual([]);
    expect(watchdogSecrets).toEqual([]);

    // 3. Only testwarden's commands; the logs' `##[…]` lines are text.
    expectInertStdout(main);
    expectInertStdout(post);
    expect(main.stdout).toContain('older syntax from fail');
    const errors = annotations(main, 'error');
    expect(errors.length).toBe(4); // three units and the step's failure
    for (const e of errors) {
      expect(e.message).not.toContain('[31m');
      const title = e.properties['title'] ?? '';
      expect(/[\n\r]/.test(title) || title.includes('\u001b')).toBe(false);
    }
    expect(errors[0]!.message).toContain('AssertionError: expected red');

    // 4. The summary shows the ids as text: no link, image or HTML of theirs; 7. no colour codes.
    const summary = renderSummary(main.summary);
    expect(summary.foreign).toEqual([]);
    expect(summary.text).toContain('fail [Re-run as admin](https://evil.example/admin)');
    expect(summary.text).toContain('fail <img src=x onerror=alert(1)>');
    expect(summary.text).toContain('AssertionError: expected red');
    expect(main.summary).not.toContain('[31m');

    // The reports parse, and hold the text without colour codes.
    const junit = readFileSync(join(job.workspace, 'junit.xml'), 'utf8');
    expect(XMLValidator.validate(junit)).toBe(true);
    expect(junit).toContain('AssertionError: expected red');
    expect(junit).not.toContain('[31m');
    const html = readFileSync(join(job.workspace, 'report.html'), 'utf8');
    expect(html).not.toContain('[31m');
    expect(html).not.toMatch(/<img src=x/i);
    expect(JSON.parse(readFileSync(main.outputs['report-json']!, 'utf8'))).toMatchObject({
      totals: { units: 5 },
    });
    expect(post.exitCode, post.stdout).toBe(0);
  });

  it('a file name with a newline and a log with only the older `##[` syntax stay text', async () => {
    const suite = fixtureSuite(['pass-1']);
    writeFileSync(join(suite.source, 'tests', 'ok\n::error title=pwned::owned.cjs'), '');
    writeFileSync(
      join(suite.source, 'tests', 'fail-old.cjs'),
      "console.log('##[error]older syntax');\nconsole.log('##[add-mask]hunter2');\nprocess.exit(1);\n",
    );
    const { main } = await runJob(jobs.job(suite), INPUTS);
    expect(main.outputs).toMatchObject({ units: '3', failed: '1' });
    expectInertStdout(main);
    expect(main.commands.filter((c) => c.properties['title'] === 'pwned')).toEqual([]);
    expect(main.stdout).toContain('::error title=pwned::owned.cjs');
    // The log tail is printed inside a stop-commands block even without a `::` in it.
    const at = main.stdout.indexOf('older syntax');
    expect(main.stdout.lastIndexOf('::stop-commands::', at)).toBeGreaterThan(-1);
  });

  it("never resumes another run's checkpoint left in a kept workspace", async () => {
    // A self-hosted runner keeps its workspace: run A leaves its checkpoint there, with `a` passed.
    const suite = fixtureSuite(['a', 'fail-b']);
    const first = jobs.job(suite);
    await runJob(first, INPUTS);
    expect(suite.ledger()).toEqual(['a', 'fail-b']);
    // Run B's re-run (attempt 2) finds no checkpoint of its own in the cache, only A's on disk.
    const rerun = await runJob(
      {
        ...jobs.job(suite),
        runId: String(jobs.runId() + 7000),
        attempt: 2,
        workspace: first.workspace,
      },
      INPUTS,
    );
    expect(rerun.main.outputs).toMatchObject({ resumed: 'false', 'from-checkpoint': '0' });
    expect(suite.ledger().slice(2).sort()).toEqual(['a', 'fail-b']);
    expect(rerun.main.stdout).toContain(
      `Starting fresh: the checkpoint found is of run ${jobs.runId()}, not of this run ${jobs.runId() + 7000}`,
    );
    // Its own re-run (attempt 3) resumes from it as before.
    const again = await runJob(
      {
        ...jobs.job(suite),
        runId: String(jobs.runId() + 7000),
        attempt: 3,
        workspace: first.workspace,
      },
      INPUTS,
    );
    expect(again.main.outputs).toMatchObject({ resumed: 'true', 'from-checkpoint': '1' });
    expect(suite.ledger().slice(4)).toEqual(['fail-b']);
  });

  it('an interrupted unit counts as failed in the job summary, the annotations and JUnit alike', async () => {
    const suite = fixtureSuite(['a', 'b-block']);
    suite.block(true);
    const job = jobs.job(suite);
    const { main } = await runJob(job, { ...INPUTS, junit: 'junit.xml' }, async (run) => {
      await waitFor('b-block to start', () => existsSync(join(suite.dir, 'b-block.pid')));
      run.cancel();
    });
    suite.block(false);
    expect(main.outputs).toMatchObject({ status: 'interrupted' });
    const summary = main.summary;
    expect(summary).toContain('#### Failed units');
    expect(summary.slice(summary.indexOf('#### Failed units'))).toContain(
      '<code>tests/b-block&#46;cjs</code>',
    );
    expect(summary).toMatch(/\| Interrupted \|/);
    const junit = readFileSync(join(job.workspace, 'junit.xml'), 'utf8');
    expect(junit).toMatch(/<testsuites [^>]*failures="1"/);
    expect(
      annotations(main, 'error').filter((e) => e.properties['file'] === 'tests/b-block.cjs'),
    ).toHaveLength(1);
  });
});
