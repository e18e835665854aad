// Gives each unit attempt of a run its own engine endpoint (a labelling proxy) and the environment that points the docker CLI, compose and SDKs at it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RUN_LABEL, UNIT_LABEL, ATTEMPT_LABEL } from './container-tracking.js';
import { BodyRelays } from './body-relay.js';
import { DEFAULT_RELAY_THREADS, startEngineProxy, type EngineProxy } from './engine-proxy.js';
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
  /**
   * The relay threads of every endpoint of the run: a unit's first large copy finds them
   * running when an earlier unit started them, instead of starting threads of its own (tens
   * of milliseconds of CPU each). Started when a first body needs one; closed with the run.
   */
  readonly #relays = new BodyRelays(DEFAULT_RELAY_THREADS);
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
      relays: this.#relays,
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
    await this.#relays.close();
    if (this.#dir) rmSync(this.#dir, { recursive: true, force: true });
  }
}
