// Runs the bundled Action the way actions/runner runs a node action: `node dist/<step>/index.js` in the workspace, inputs as INPUT_*, fresh file-command files per step, state handed to post as STATE_*, and the runner's cancel sequence.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inputVariable, readManifest, stepInputs, type ActionManifest } from './action-manifest.js';
import {
  parseFileCommands,
  parseWorkflowCommands,
  type WorkflowCommand,
} from './workflow-commands.js';
import { recordRunIdsIn, suiteEnv } from './suite-scope.js';

export const ACTION_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** One job of one attempt on one runner. */
export interface RunnerJob {
  runId: string;
  attempt: number;
  /** GITHUB_JOB (the job's id: the same for every matrix leg). */
  job: string;
  /** strategy.job-index and the matrix values, for input defaults. */
  jobIndex?: number;
  /** The branch pushed to (GITHUB_REF_NAME); default `main`. */
  branch?: string;
  /** On a pull_request event: its number, head and base branches (GITHUB_HEAD_REF, GITHUB_BASE_REF). */
  pullRequest?: { number: number; head: string; base: string };
  /** The repository's default branch (github.event.repository.default_branch); default `main`. */
  defaultBranch?: string;
  matrix?: Record<string, unknown> | null;
  workspace: string;
  /** Emptied at job start: give each attempt a new one. */
  runnerTemp: string;
  /** Variables of the job or step (`env:`), the cache service's among them. */
  env?: Record<string, string>;
  /** The node binary (runs.using: node24 on a real runner). */
  node?: string;
}

export type StepName = 'main' | 'post';

export interface StepResult {
  step: StepName;
  /** The process's exit code (null when a signal ended it). */
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  commands: WorkflowCommand[];
  outputs: Record<string, string>;
  state: Record<string, string>;
  env: Record<string, string>;
  summary: string;
  /** From start to the process's exit. */
  durationMs: number;
  /** From the exit to its output streams closing (the runner waits up to 5 s). */
  closeDelayMs: number;
  /** The signals the runner delivered, in order (a cancel that had to escalate shows SIGTERM). */
  signalsSent: NodeJS.Signals[];
}

export interface StepRun {
  child: ChildProcess;
  done: Promise<StepResult>;
  stdout(): string;
  /** The runner's cancel on Linux/macOS: SIGINT to node only, SIGTERM 7.5 s later, SIGKILL 2.5 s after. */
  cancel(): void;
}

let manifest: ActionManifest | undefined;

export function startStep(
  step: StepName,
  job: RunnerJob,
  given: Record<string, string>,
  state: Record<string, string> = {},
): StepRun {
  manifest ??= readManifest();
  const files = join(job.runnerTemp, '_runner_file_commands');
  mkdirSync(files, { recursive: true });
  const id = randomUUID();
  const file = (kind: string) => {
    const path = join(files, `${kind}_${id}`);
    writeFileSync(path, '');
    return path;
  };
  const paths = {
    GITHUB_OUTPUT: file('set_output'),
    GITHUB_STATE: file('save_state'),
    GITHUB_ENV: file('set_env'),
    GITHUB_PATH: file('add_path'),
    GITHUB_STEP_SUMMARY: file('step_summary'),
  };
  const refs = refContexts(job);
  // Other test files start and remove containers at the same time; a run that tracked them would
  // take them for its own leaks. Container tracking is tested on its own, under the engine lock.
  const inputs = stepInputs(
    manifest,
    { containers: 'off', ...given },
    {
      github: {
        job: job.job,
        run_id: job.runId,
        run_attempt: String(job.attempt),
        ...refs.context,
      },
      strategy: { 'job-index': job.jobIndex ?? 0, 'job-total': 1, 'fail-fast': true },
      matrix: job.matrix ?? null,
      job: { status: 'success' },
      runner: { os: runnerOs(), temp: job.runnerTemp },
    },
  );
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: process.env['HOME'] ?? '/root',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION: '__testwarden',
    GITHUB_WORKSPACE: job.workspace,
    GITHUB_RUN_ID: job.runId,
    GITHUB_RUN_ATTEMPT: String(job.attempt),
    GITHUB_JOB: job.job,
    RUNNER_OS: runnerOs(),
    RUNNER_TEMP: job.runnerTemp,
    RUNNER_TRACKING_ID: `github_${randomUUID()}`,
    ...refs.env,
    ...job.env,
    ...paths,
    // Not the runner's: the test suite's marker and temp folder, so its end-of-suite check finds
    // what this step leaves (and only that).
    ...suiteEnv(),
  };
  for (const [name, value] of Object.entries(inputs)) env[inputVariable(name)] = value;
  for (const [name, value] of Object.entries(state)) env[`STATE_${name}`] = value;

  const started = Date.now();
  const script = join(ACTION_ROOT, manifest.runs[step] ?? `dist/${step}/index.js`);
  const child = spawn(job.node ?? process.execPath, [script], {
    cwd: job.workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (b: Buffer) => (stdout += b.toString()));
  child.stderr!.on('data', (b: Buffer) => (stderr += b.toString()));
  const timers: NodeJS.Timeout[] = [];
  const exited = new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.once('exit', (code, signal) => resolve([code, signal])),
  );
  const closed = new Promise((resolve) => child.once('close', resolve));
  const signalsSent: NodeJS.Signals[] = [];
  const done = (async (): Promise<StepResult> => {
    const [exitCode, signal] = await exited;
    const exitedAt = Date.now();
    timers.forEach(clearTimeout);
    // The runner waits up to 5 s for the step's output streams to close after node exits.
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
    const read = (path: string) => readFileSync(path, 'utf8');
    recordRunIdsIn(stdout);
    return {
      step,
      exitCode,
      signal,
      stdout,
      stderr,
      commands: parseWorkflowCommands(stdout),
      outputs: parseFileCommands(read(paths.GITHUB_OUTPUT)),
      state: parseFileCommands(read(paths.GITHUB_STATE)),
      env: parseFileCommands(read(paths.GITHUB_ENV)),
      summary: read(paths.GITHUB_STEP_SUMMARY),
      durationMs: exitedAt - started,
      closeDelayMs: Date.now() - exitedAt,
      signalsSent: [...signalsSent],
    };
  })();
  const signal = (name: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null && child.kill(name))
      signalsSent.push(name);
  };
  return {
    child,
    done,
    stdout: () => stdout,
    cancel: () => {
      signal('SIGINT');
      timers.push(setTimeout(() => signal('SIGTERM'), 7_500));
      timers.push(setTimeout(() => signal('SIGKILL'), 10_000));
    },
  };
}

export interface JobResult {
  main: StepResult;
  post: StepResult;
}

/** Main, then (post-if: always()) post with main's state, whatever main did. */
export async function runJob(
  job: RunnerJob,
  given: Record<string, string>,
  during?: (main: StepRun) => Promise<void>,
): Promise<JobResult> {
  const mainRun = startStep('main', job, given);
  let failure: unknown;
  try {
    await during?.(mainRun);
  } catch (error) {
    // The test's own wait failed: end main, but still run post so nothing is left behind.
    failure = error;
    mainRun.child.kill('SIGKILL');
  }
  const main = await mainRun.done;
  const post = await startStep('post', job, given, main.state).done;
  if (failure !== undefined) throw failure;
  return { main, post };
}

/** The ref facts of a push or a pull_request event, as the github context and as GITHUB_* variables. */
function refContexts(job: RunnerJob) {
  const pr = job.pullRequest;
  const refName = pr ? `${pr.number}/merge` : (job.branch ?? 'main');
  const ref = pr ? `refs/pull/${refName}` : `refs/heads/${refName}`;
  const headRef = pr?.head ?? '';
  const baseRef = pr?.base ?? '';
  const repository = { default_branch: job.defaultBranch ?? 'main' };
  return {
    context: {
      ref,
      ref_name: refName,
      head_ref: headRef,
      base_ref: baseRef,
      event_name: pr ? 'pull_request' : 'push',
      event: { repository },
    },
    env: {
      GITHUB_REF: ref,
      GITHUB_REF_NAME: refName,
      GITHUB_HEAD_REF: headRef,
      GITHUB_BASE_REF: baseRef,
      GITHUB_EVENT_NAME: pr ? 'pull_request' : 'push',
    },
  };
}

function runnerOs(): string {
  return process.platform === 'darwin'
    ? 'macOS'
    : process.platform === 'win32'
      ? 'Windows'
      : 'Linux';
}
