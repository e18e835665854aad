// What the runner tells a step through its environment (workspace, run id and attempt, job, OS, branch), read once and checked.
import { resolve } from 'node:path';

export interface GitHubContext {
  /** GITHUB_WORKSPACE, or the current directory outside a runner. */
  workspace: string;
  /** GITHUB_RUN_ID: the same for every attempt of a run; undefined outside a runner. */
  runId: string | undefined;
  /** GITHUB_RUN_ATTEMPT: 1 for the first run, higher on "Re-run". */
  runAttempt: number;
  /** GITHUB_JOB: the job's id (the same for every matrix leg). */
  job: string;
  /** RUNNER_OS lower-cased (linux, macos, windows), as cache keys carry it. */
  os: string;
  /** The branch: GITHUB_HEAD_REF on pull requests (GITHUB_REF_NAME is then `<n>/merge`), else GITHUB_REF_NAME; '' outside a runner. */
  branch: string;
  /** GITHUB_BASE_REF: the branch a pull request targets; '' otherwise. */
  baseBranch: string;
}

export function readGitHubContext(env: NodeJS.ProcessEnv = process.env): GitHubContext {
  const runId = env['GITHUB_RUN_ID']?.trim();
  const attempt = Number(env['GITHUB_RUN_ATTEMPT'] ?? '1');
  return {
    workspace: resolve(env['GITHUB_WORKSPACE'] || process.cwd()),
    runId: runId && /^[1-9][0-9]{0,19}$/.test(runId) ? runId : undefined,
    runAttempt: Number.isSafeInteger(attempt) && attempt >= 1 ? attempt : 1,
    job: env['GITHUB_JOB'] || 'job',
    os: (env['RUNNER_OS'] || process.platform).toLowerCase().replace(/[^a-z0-9]/g, ''),
    branch: env['GITHUB_HEAD_REF'] || env['GITHUB_REF_NAME'] || '',
    baseBranch: env['GITHUB_BASE_REF'] || '',
  };
}
