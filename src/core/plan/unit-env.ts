// The environment each unit gets: the parent's, minus the Actions runtime secrets, plus the TESTWARDEN_* variables (docs/cli.md, "The unit's environment").

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

export function buildUnitEnv(
  base: NodeJS.ProcessEnv,
  values: UnitEnvValues,
  passRuntimeEnv: boolean,
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base };
  if (!passRuntimeEnv) for (const name of RUNTIME_SECRETS) delete env[name];
  env.TESTWARDEN = '1';
  env.TESTWARDEN_RUN_ID = values.runId;
  env.TESTWARDEN_UNIT = values.unitId;
  env.TESTWARDEN_ATTEMPT = String(values.attempt);
  env.TESTWARDEN_JUNIT = values.junitPath;
  return env;
}
