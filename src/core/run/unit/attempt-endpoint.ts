// An attempt's own container-engine endpoint, which labels what the unit creates; closed when its processes are gone.
import type { UnitEndpoint } from '../../containers/unit-endpoints.js';
import { emit } from '../../report/events.js';
import type { RunContext } from '../run-context.js';
import type { AttemptLaunch } from './attempt-command.js';

/** Opens the endpoint and points the unit's environment at it; an isolated unit has none. */
export async function openEndpoint(
  context: RunContext,
  launch: AttemptLaunch,
): Promise<UnitEndpoint | undefined> {
  const { endpoints, plan, reporters } = context;
  if (!endpoints || plan.isolation) return undefined;
  const { unit, attempt } = launch;
  const endpoint = await endpoints.open(unit.id, attempt).catch((error: unknown) => {
    emit(
      reporters,
      'onNotice',
      'warning',
      `${unit.id}: no engine endpoint of its own (${(error as Error).message}); its containers will be unattributed`,
    );
    return undefined;
  });
  if (endpoint) launch.env = { ...launch.env, ...endpoint.env };
  return endpoint;
}

/** Closes the endpoint and says which creates it refused because they could not be labelled. */
export async function closeEndpoint(
  context: RunContext,
  endpoint: UnitEndpoint | undefined,
): Promise<void> {
  if (!endpoint) return;
  await context.endpoints!.close(endpoint);
  for (const u of endpoint.proxy.unlabelled)
    emit(
      context.reporters,
      'onNotice',
      'warning',
      `${u.what} create ${u.target} refused by the unit's engine endpoint (it could not be labelled): ${u.why}`,
    );
}
