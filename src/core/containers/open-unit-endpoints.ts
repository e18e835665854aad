// Decides, once per run, whether units get their own labelling engine endpoint, and says so when they cannot.
import type { Plan } from '../run-config.js';
import { findEngineUpstream } from './engine-upstream.js';
import { UnitEndpoints } from './unit-endpoints.js';

/**
 * Endpoints for the run's units when containers are tracked, units run on the host, and the
 * engine's API socket is reachable. Otherwise undefined, with a warning: every container a
 * unit starts then lacks proof and is reported as unattributed.
 */
export async function openUnitEndpoints(
  plan: Plan,
  env: NodeJS.ProcessEnv,
  notice: (level: 'info' | 'warning', message: string) => void,
): Promise<UnitEndpoints | undefined> {
  // An isolated unit's container has no engine socket: it cannot start containers.
  if (!plan.engine || plan.isolation) return undefined;
  const upstream = await findEngineUpstream(plan.engine, env);
  if (!upstream.ok) {
    notice(
      'warning',
      `containers units start cannot be labelled (${upstream.why}): new containers are reported as unattributed and left alone`,
    );
    return undefined;
  }
  return new UnitEndpoints(plan.engine, upstream.socketPath, plan.runId);
}
