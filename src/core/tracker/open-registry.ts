// Starts a run's registry, after cleaning up what a dead earlier run in the same state dir left.
import { UsageError } from '../errors.js';
import type { Plan } from '../run-config.js';
import type { StateDirFault } from '../state-dir-fault.js';
import { cleanupStateDir } from './cleanup.js';
import { processTable, startTimeOfPid } from './process-table.js';
import { Registry } from './registry.js';

/**
 * Cleans up what an earlier run in this state dir left behind (a SIGKILLed runner, say), then
 * starts this run's registry. Another run still alive in the same state dir is an error. From
 * the first line on, a write that fails for the state dir goes to `fault` (the run stops).
 */
export async function openRegistry(
  plan: Plan,
  notice: (level: 'info' | 'warning', message: string) => void,
  fault: StateDirFault,
): Promise<Registry> {
  // Chooses the process table (and rejects a bad TESTWARDEN_PROCESS_TABLE) before anything runs.
  processTable();
  const registry = new Registry(plan.state.root);
  const left = await cleanupStateDir(plan.state.root);
  if (left.runnerAlive) {
    throw new UsageError(
      `--state-dir: another testwarden run (pid ${left.runnerAlive.pid}) is using ${JSON.stringify(plan.state.root)}; give this run its own state dir`,
    );
  }
  const removed = left.processes.length + left.containers.length;
  if (removed > 0)
    notice(
      'warning',
      `removed ${removed} process(es)/container(s) left by an earlier run in this state dir`,
    );
  for (const e of left.ignored)
    notice(
      'warning',
      `left alone ${e.kind} ${JSON.stringify(e.target)} named in the registry of an earlier run: ${e.why}`,
    );
  for (const w of left.warnings) notice('warning', w);
  registry.onWriteError = fault.record;
  try {
    registry.begin({
      kind: 'run',
      runId: plan.runId,
      pid: process.pid,
      startTime: ownStartTime(),
      at: Date.now(),
    });
  } catch (error) {
    if (!fault.record(error, registry.path)) throw error;
  }
  return registry;
}

function ownStartTime(): number {
  return startTimeOfPid(process.pid);
}
