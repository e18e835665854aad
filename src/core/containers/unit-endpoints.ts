// Gives each unit attempt of a run its own engine endpoint (a labelling proxy) and the environment that points the docker CLI, compose and SDKs at it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RUN_LABEL, UNIT_LABEL, ATTEMPT_LABEL } from './container-tracking.js';
import { startEngineProxy, type EngineProxy } from './engine-proxy.js';
import type { ContainerEngine } from './engine.js';

export interface UnitEndpoint {
  /** Merge into the unit's environment. */
  env: Record<string, string>;
  proxy: EngineProxy;
}

export class UnitEndpoints {
  readonly #engine: ContainerEngine;
  readonly #upstream: string;
  readonly #runId: string;
  readonly #open = new Set<EngineProxy>();
  #dir: string | undefined;
  #count = 0;

  constructor(engine: ContainerEngine, upstreamSocket: string, runId: string) {
    this.#engine = engine;
    this.#upstream = upstreamSocket;
    this.#runId = runId;
  }

  /** A fresh socket for one attempt; labels say run, unit and attempt. */
  async open(unitId: string, attempt: number): Promise<UnitEndpoint> {
    // A private folder in the temp dir: socket paths must stay under about 100 bytes.
    this.#dir ??= mkdtempSync(join(tmpdir(), 'tw-engine-'));
    const proxy = await startEngineProxy({
      upstream: { socketPath: this.#upstream },
      socketPath: join(this.#dir, `${++this.#count}.sock`),
      labels: {
        [RUN_LABEL]: this.#runId,
        [UNIT_LABEL]: unitId,
        [ATTEMPT_LABEL]: String(attempt),
      },
    });
    this.#open.add(proxy);
    const env: Record<string, string> = { DOCKER_HOST: proxy.host };
    // podman's own CLI talks to the socket only in remote mode (`podman --remote`), through CONTAINER_HOST.
    if (this.#engine.kind === 'podman') env.CONTAINER_HOST = proxy.host;
    return { env, proxy };
  }

  async close(endpoint: UnitEndpoint): Promise<void> {
    this.#open.delete(endpoint.proxy);
    await endpoint.proxy.close();
  }

  /** At the run's end: every endpoint still open, and the folder. */
  async closeAll(): Promise<void> {
    await Promise.all([...this.#open].map((p) => p.close()));
    this.#open.clear();
    if (this.#dir) rmSync(this.#dir, { recursive: true, force: true });
  }
}
