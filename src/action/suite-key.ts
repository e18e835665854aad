// The checkpoint key in use and the state dir it names: the input's key plus a hash of what defines the suite, so two suites of one job never share a checkpoint.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { cacheSafeCheckpointKey } from './checkpoint-cache-key.js';
import { STATE_ROOT } from './constants.js';
import type { SuiteIdentity } from './inputs.js';

/**
 * `<checkpoint-key>-<8 hex>`. The input's default (`<job id>-<matrix leg index>`) tells jobs and
 * matrix legs apart; the hash tells apart two uses of the Action in one job. Both stay the same
 * when the job is re-run, which is what lets a re-run find its checkpoint.
 */
export function effectiveCheckpointKey(checkpointKey: string, suite: SuiteIdentity): string {
  const identity = JSON.stringify([
    suite.command,
    suite.shell,
    [...suite.tests],
    suite.listCommand,
    suite.workingDirectory,
    suite.shard,
    // Only with a preset, so the keys of suites without one stay what they were.
    ...(suite.preset ? [suite.preset.name, [...suite.preset.args]] : []),
    // A preset's checkpoint records its tests per batch (the unit ids name the batching): another
    // batching is another suite. Only when set, so the keys of unbatched suites stay the same.
    ...(suite.batch !== undefined ? [`batch ${suite.batch}`] : []),
  ]);
  const hash = createHash('sha256').update(identity).digest('hex').slice(0, 8);
  return `${checkpointKey}-${hash}`;
}

/**
 * `<workspace>/.testwarden/<key>`: inside the workspace because the Actions cache stores the
 * checkpoint by its path relative to the workspace (a re-run's RUNNER_TEMP starts empty and may
 * be elsewhere); one folder per key so two suites of a job do not share a registry.
 */
export function stateDirFor(workspace: string, checkpointKey: string): string {
  return join(workspace, STATE_ROOT, cacheSafeCheckpointKey(checkpointKey));
}
