// What every unit of a run shares: the plan, the options and the run's open resources.
import type { ContainerWatcher } from '../containers/container-watcher.js';
import type { UnitEndpoints } from '../containers/unit-endpoints.js';
import type { PresetAttempts } from '../frameworks/preset-attempts.js';
import type { RunGuardHandle } from './guard-run.js';
import type { StopToken } from '../lifecycle/stop-token.js';
import type { ResourceMonitor } from '../monitor/resource-monitor.js';
import type { RunEvents } from '../report/events.js';
import type { Plan, RunSuiteOptions } from '../run-config.js';
import type { StateDirFault } from '../state-dir-fault.js';
import type { RunCgroup } from '../tracker/cgroup.js';
import type { Registry } from '../tracker/registry.js';

export type { Notice } from './notice.js';

export interface RunContext {
  plan: Plan;
  options: RunSuiteOptions;
  stop: StopToken;
  reporters: RunEvents[];
  /** How many units run at once. */
  jobs: number;
  retries: number;
  registry: Registry;
  /** Records a failed write to the state dir, which stops the run. */
  fault: StateDirFault;
  monitor: ResourceMonitor;
  /** The run's cgroup when units are tracked by cgroup. */
  runCgroup: RunCgroup | undefined;
  containers: ContainerWatcher | undefined;
  /** Each attempt's own engine endpoint, which labels what it creates; undefined when none can be offered. */
  endpoints: UnitEndpoints | undefined;
  /** The watchdog, started by the first unit process (set before any unit runs). */
  guard?: Pick<RunGuardHandle, 'start'> | undefined;
  /** With --preset: what each attempt runs at test level, and its events into the checkpoint (set once the checkpoint is open). */
  presetAttempts?: PresetAttempts | undefined;
}
