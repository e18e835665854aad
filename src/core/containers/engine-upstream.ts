// Finds the API socket of the engine testwarden watches, so units can be given a labelling proxy in front of it; says why not when it cannot.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { dockerEndpoint } from './docker-endpoint.js';
import { getJson } from './api-get.js';
import type { ContainerEngine } from './engine.js';

export type UpstreamAnswer = { ok: true; socketPath: string } | { ok: false; why: string };

/**
 * podman's API socket when its service runs: `CONTAINER_HOST` (unix only), else the rootless
 * (`$XDG_RUNTIME_DIR/podman/podman.sock`) or rootful (`/run/podman/podman.sock`) default.
 */
export function podmanSocketPath(env: NodeJS.ProcessEnv): string | undefined {
  const host = env.CONTAINER_HOST;
  if (host) return host.startsWith('unix://') ? host.slice('unix://'.length) : undefined;
  const candidates = [
    ...(env.XDG_RUNTIME_DIR ? [join(env.XDG_RUNTIME_DIR, 'podman', 'podman.sock')] : []),
    '/run/podman/podman.sock',
  ];
  return candidates.find((path) => existsSync(path));
}

/**
 * The engine's API socket as the unit's own environment would reach it, checked to answer
 * `/version` with the version the engine's CLI reported (the same daemon). docker through
 * `tcp://` or `ssh://` (directly or by a context), and podman without its service have none here.
 */
export async function findEngineUpstream(
  engine: ContainerEngine,
  env: NodeJS.ProcessEnv,
): Promise<UpstreamAnswer> {
  let path: string | undefined;
  if (engine.kind === 'docker') {
    const endpoint = dockerEndpoint(env);
    if (endpoint.kind !== 'socket') return { ok: false, why: endpoint.why };
    path = endpoint.path;
    // The socket the engine was found through, already asked for its version.
    if (path === engine.apiSocket) return { ok: true, socketPath: path };
  } else {
    path = podmanSocketPath(env);
    if (!path) {
      const why = env.CONTAINER_HOST
        ? `CONTAINER_HOST=${env.CONTAINER_HOST} is not a unix:// socket`
        : 'no podman API socket (start `podman system service` or the podman.socket unit)';
      return { ok: false, why };
    }
  }
  try {
    const answer = (await getJson(path, '/version', 3000)) as { Version?: unknown };
    if (answer.Version === engine.version) return { ok: true, socketPath: path };
    return {
      ok: false,
      why: `${path} answers version ${String(answer.Version)}, the ${engine.kind} CLI ${engine.version}`,
    };
  } catch (error) {
    return { ok: false, why: `${path}: ${(error as Error).message}` };
  }
}
