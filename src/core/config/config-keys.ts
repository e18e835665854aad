// The keys a profile in testwarden.toml may set: every `run` option, by its long name without the dashes, with the TOML type it takes.
import type { RawRunOptions } from '../plan/run-options.js';

/** `text`: a string (or, for values people write as numbers, a number); `flag`: true or false; `list`: strings. */
export type KeyKind = 'text' | 'number-or-text' | 'flag' | 'list';

export const CONFIG_KEYS = {
  command: { key: 'command', kind: 'text' },
  preset: { key: 'preset', kind: 'text' },
  shell: { key: 'shell', kind: 'flag' },
  'list-command': { key: 'listCommand', kind: 'text' },
  patterns: { key: 'patterns', kind: 'list' },
  cwd: { key: 'cwd', kind: 'text' },
  jobs: { key: 'jobs', kind: 'number-or-text' },
  timeout: { key: 'timeout', kind: 'number-or-text' },
  'grace-period': { key: 'gracePeriod', kind: 'number-or-text' },
  retries: { key: 'retries', kind: 'number-or-text' },
  'fail-fast': { key: 'failFast', kind: 'flag' },
  'max-failures': { key: 'maxFailures', kind: 'number-or-text' },
  'state-dir': { key: 'stateDir', kind: 'text' },
  'allow-no-units': { key: 'allowNoUnits', kind: 'flag' },
  leaks: { key: 'leaks', kind: 'text' },
  tracking: { key: 'tracking', kind: 'text' },
  'cgroup-sudo': { key: 'cgroupSudo', kind: 'flag' },
  resume: { key: 'resume', kind: 'flag' },
  'memory-threshold': { key: 'memoryThreshold', kind: 'number-or-text' },
  'cpu-threshold': { key: 'cpuThreshold', kind: 'number-or-text' },
  'threshold-window': { key: 'thresholdWindow', kind: 'number-or-text' },
  'max-memory-per-test': { key: 'maxMemoryPerTest', kind: 'number-or-text' },
  containers: { key: 'containers', kind: 'text' },
  'container-engine': { key: 'containerEngine', kind: 'text' },
  isolation: { key: 'isolation', kind: 'text' },
  'container-image': { key: 'containerImage', kind: 'text' },
  'container-memory': { key: 'containerMemory', kind: 'number-or-text' },
  'container-cpus': { key: 'containerCpus', kind: 'number-or-text' },
  shard: { key: 'shard', kind: 'text' },
  'report-json': { key: 'reportJson', kind: 'text' },
  junit: { key: 'junit', kind: 'text' },
  'report-html': { key: 'reportHtml', kind: 'text' },
  'slow-timeout': { key: 'slowTimeout', kind: 'number-or-text' },
  'progress-interval': { key: 'progressInterval', kind: 'number-or-text' },
  watchdog: { key: 'watchdog', kind: 'flag' },
  'heartbeat-timeout': { key: 'heartbeatTimeout', kind: 'number-or-text' },
} as const satisfies Record<string, { key: keyof RawRunOptions; kind: KeyKind }>;

export type ConfigKey = keyof typeof CONFIG_KEYS;

/** A run option's key in the file (`gracePeriod` → `grace-period`). */
export function configKeyOf(key: keyof RawRunOptions): ConfigKey {
  const found = (Object.keys(CONFIG_KEYS) as ConfigKey[]).find((k) => CONFIG_KEYS[k].key === key);
  if (found === undefined) throw new Error(`no config key for ${key}`);
  return found;
}

// Fails to compile when RawRunOptions gains an option the file cannot set.
type Missing = Exclude<keyof RawRunOptions, (typeof CONFIG_KEYS)[ConfigKey]['key']>;
const complete: [Missing] extends [never] ? true : Missing = true;
void complete;
