// The environment of every process testwarden starts: the parent's minus the Actions runtime secrets; units also get the TESTWARDEN_* variables.

/** Variables that let a process talk to the Actions service as the job; units do not get them by default. */
export const RUNTIME_SECRETS = [
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'ACTIONS_CACHE_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_RUNTIME_URL',
] as const;

export interface UnitEnvValues {
  runId: string;
  unitId: string;
  attempt: number;
  junitPath: string;
}

/**
 * A copy of `base` without the runtime secrets. Every process testwarden starts gets one: the
 * units and the list command (repository code; `keepRuntime` is the user's pass-runtime-env),
 * the watchdog, the container engine's CLI and the cgroup helpers (which never need them).
 */
export function scrubbedEnv(base: NodeJS.ProcessEnv, keepRuntime = false): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base };
  if (!keepRuntime) for (const name of RUNTIME_SECRETS) delete env[name];
  return env;
}

export function buildUnitEnv(
  base: NodeJS.ProcessEnv,
  values: UnitEnvValues,
  passRuntimeEnv: boolean,
): NodeJS.ProcessEnv {
  const env = scrubbedEnv(base, passRuntimeEnv);
  env.TESTWARDEN = '1';
  env.TESTWARDEN_RUN_ID = values.runId;
  env.TESTWARDEN_UNIT = values.unitId;
  env.TESTWARDEN_ATTEMPT = String(values.attempt);
  env.TESTWARDEN_JUNIT = values.junitPath;
  return env;
}
