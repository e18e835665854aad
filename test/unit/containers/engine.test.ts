// Engine detection against the real engines here, and the parsing of both CLIs' `ps` output.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  detectEngine,
  detectEngineWithReasons,
  parseEngineKind,
  probeEngine,
  serverHeaderVersion,
} from '../../../src/core/containers/engine.js';
import { getHeaders, getJson } from '../../../src/core/containers/api-get.js';
import {
  parseCreated,
  parseLabels,
  parsePsOutput,
} from '../../../src/core/containers/container-list.js';
import { ENGINES, MISSING_ENGINE_IN_CI, SKIP_ENGINE_TESTS } from './engine-fixture.js';
import { tempDir } from '../../support/temp-dir.js';

/** The socket of a docker engine that answers here, when the default one does. */
const DOCKER_SOCKET = ENGINES.find((e) => e.kind === 'docker')?.apiSocket;

/** A docker config folder whose current context is `host`; nothing else of the machine's. */
function contextEnv(dir: string, host: string): NodeJS.ProcessEnv {
  const config = join(dir, 'docker-config');
  const id = createHash('sha256').update('tw-test').digest('hex');
  mkdirSync(join(config, 'contexts', 'meta', id), { recursive: true });
  writeFileSync(join(config, 'config.json'), JSON.stringify({ currentContext: 'tw-test' }));
  writeFileSync(
    join(config, 'contexts', 'meta', id, 'meta.json'),
    JSON.stringify({ Name: 'tw-test', Endpoints: { docker: { Host: host } } }),
  );
  const env: NodeJS.ProcessEnv = { ...process.env, DOCKER_CONFIG: config };
  delete env.DOCKER_HOST;
  delete env.DOCKER_CONTEXT;
  return env;
}

describe('container engine in CI', () => {
  it.runIf(MISSING_ENGINE_IN_CI)('has an engine that answers (CI is set)', () => {
    expect.fail('CI is set but neither docker nor podman answers with the test image');
  });
});

describe.skipIf(SKIP_ENGINE_TESTS)('detectEngine (real engine)', () => {
  it('finds an engine that answers, with its server version', async () => {
    const engine = await detectEngine();
    expect(engine).toBeDefined();
    expect(engine?.version).toMatch(/^\d+\.\d+/);
  });

  it.each(ENGINES.map((e) => [e.kind, e] as const))(
    'honours --container-engine %s',
    async (kind) => {
      const engine = await detectEngine({ preferred: kind });
      expect(engine?.kind).toBe(kind);
    },
  );

  it.runIf(DOCKER_SOCKET)(
    "asks docker's API socket the CLI would use, chosen by the current context",
    async () => {
      // A context whose socket is a link to the engine's: only following the context finds it.
      const dir = tempDir('tw-docker-ctx-');
      symlinkSync(DOCKER_SOCKET!, join(dir, 'engine.sock'));
      const env = contextEnv(dir, `unix://${join(dir, 'engine.sock')}`);
      const probe = await probeEngine('docker', { env });
      const cli = spawnSync('docker', ['version', '--format', '{{.Server.Version}}'], {
        env,
        encoding: 'utf8',
      });
      expect(probe).toMatchObject({
        ok: true,
        engine: { kind: 'docker', version: cli.stdout.trim(), apiSocket: join(dir, 'engine.sock') },
      });
    },
  );

  it.runIf(DOCKER_SOCKET)(
    'finds no docker when the current context names a socket nobody answers on, as the CLI does',
    async () => {
      const dir = tempDir('tw-docker-ctx-');
      const env = contextEnv(dir, `unix://${join(dir, 'nobody.sock')}`);
      const result = await detectEngineWithReasons({ preferred: 'docker', env });
      expect(result.engine).toBeUndefined();
      expect(result.tried[0]).toMatchObject({ ok: false, kind: 'docker' });
      expect(spawnSync('docker', ['version'], { env }).status).not.toBe(0);
    },
  );

  it('says quietly that docker does not answer when DOCKER_HOST points nowhere', async () => {
    const started = Date.now();
    const env = { ...process.env, DOCKER_HOST: 'unix:///nonexistent/testwarden.sock' };
    const result = await detectEngineWithReasons({ preferred: 'docker', env });
    expect(result.engine).toBeUndefined();
    expect(result.tried[0]?.ok).toBe(false);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

/** An HTTP server on a unix socket in `dir` answering `/_ping` with `server` and `/version` with `version`; counts the requests. */
async function fakeDaemon(
  dir: string,
  answers: { server: string; version: string },
): Promise<{ socket: string; asked: string[]; close: () => Promise<void> }> {
  const socket = join(dir, 'fake.sock');
  const asked: string[] = [];
  const server: Server = createServer((req, res) => {
    asked.push(req.url ?? '');
    res.setHeader('Server', answers.server);
    if (req.url === '/_ping') res.end('OK');
    else if (req.url === '/version') res.end(JSON.stringify({ Version: answers.version }));
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(socket, resolve));
  return {
    socket,
    asked,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe("docker's version from its ping answer", () => {
  it.runIf(DOCKER_SOCKET)(
    "reads the same version from the ping's Server header as /version reports",
    async () => {
      const headers = await getHeaders(DOCKER_SOCKET!, '/_ping');
      const answer = (await getJson(DOCKER_SOCKET!, '/version')) as { Version: string };
      expect(serverHeaderVersion(headers.server as string)).toBe(answer.Version);
    },
  );

  it('takes the version from the ping alone when the daemon names itself Docker', async () => {
    const dir = tempDir('tw-fake-daemon-');
    const daemon = await fakeDaemon(dir, { server: 'Docker/27.1.2 (linux)', version: '27.1.2' });
    try {
      const probe = await probeEngine('docker', {
        env: { ...process.env, DOCKER_HOST: `unix://${daemon.socket}` },
      });
      expect(probe).toMatchObject({ ok: true, engine: { version: '27.1.2' } });
      expect(daemon.asked).toEqual(['/_ping']);
    } finally {
      await daemon.close();
    }
  });

  it('asks /version when the ping does not name a Docker daemon', async () => {
    const dir = tempDir('tw-fake-daemon-');
    const daemon = await fakeDaemon(dir, { server: 'Libpod/4.3.1 (linux)', version: '4.3.1' });
    try {
      const probe = await probeEngine('docker', {
        env: { ...process.env, DOCKER_HOST: `unix://${daemon.socket}` },
      });
      expect(probe).toMatchObject({ ok: true, engine: { version: '4.3.1' } });
      expect(daemon.asked).toEqual(['/_ping', '/version']);
    } finally {
      await daemon.close();
    }
  });

  it('reads only the Docker/<version> (<os>) form', () => {
    expect(serverHeaderVersion('Docker/20.10.24+dfsg1 (linux)')).toBe('20.10.24+dfsg1');
    expect(serverHeaderVersion('Docker/27.1.2 (windows)')).toBe('27.1.2');
    for (const other of ['Libpod/4.3.1 (linux)', 'Docker/ (linux)', 'Docker/1.0', 'nginx', ''])
      expect(serverHeaderVersion(other)).toBeUndefined();
    expect(serverHeaderVersion(undefined)).toBeUndefined();
  });
});

describe('engine names and ps output', () => {
  it('reports an engine that is not installed', async () => {
    const probe = await probeEngine('docker', { env: { PATH: '/nonexistent' } });
    expect(probe).toMatchObject({ ok: false, reason: 'docker is not installed (not on PATH)' });
  });

  it('validates --container-engine', () => {
    expect(parseEngineKind('podman')).toBe('podman');
    expect(() => parseEngineKind('lxc')).toThrow(
      '--container-engine: expected docker or podman, got "lxc"',
    );
  });

  it("parses docker's one-object-a-line output", () => {
    const line = JSON.stringify({
      ID: 'f1cb957f3bdd',
      Names: 'exciting_merkle',
      Image: 'localhost/busybox:test',
      CreatedAt: '2026-11-26 17:49:10 +0000 UTC',
      Labels: 'a=b,testwarden.run=r1,list=x,y',
      State: 'running',
      Status: 'Up 2 seconds',
    });
    const [c] = parsePsOutput(`${line}\n${line.replace('running', 'exited')}\n`);
    expect(c).toEqual({
      id: 'f1cb957f3bdd',
      name: 'exciting_merkle',
      image: 'localhost/busybox:test',
      createdAt: Date.parse('2026-11-26T17:49:10Z'),
      labels: { a: 'b', 'testwarden.run': 'r1', list: 'x,y' },
      state: 'running',
      status: 'Up 2 seconds',
      autoRemove: undefined,
    });
    expect(parsePsOutput(`${line}\n${line}`)).toHaveLength(2);
  });

  it("parses podman's JSON array", () => {
    const text = JSON.stringify(
      [
        {
          AutoRemove: true,
          Id: '2528',
          Image: 'localhost/busybox:test',
          Labels: { a: 'b', c: 'd,e' },
          Names: ['nostalgic_solomon'],
          State: 'running',
          Status: 'Up Less than a second ago',
          Created: 1795715499,
          CreatedAt: 'Less than a second ago',
        },
      ],
      null,
      2,
    );
    expect(parsePsOutput(text)).toEqual([
      {
        id: '2528',
        name: 'nostalgic_solomon',
        image: 'localhost/busybox:test',
        createdAt: 1795715499000,
        labels: { a: 'b', c: 'd,e' },
        state: 'running',
        status: 'Up Less than a second ago',
        autoRemove: true,
      },
    ]);
    expect(parsePsOutput('[]\n')).toEqual([]);
    expect(parsePsOutput('')).toEqual([]);
  });

  it('derives the state from the status when a CLI gives none, and reads every time format', () => {
    const [c] = parsePsOutput(JSON.stringify({ ID: 'x', Status: 'Up 3 minutes (Paused)' }));
    expect(c?.state).toBe('paused');
    expect(parseCreated('2026-11-26T17:51:39.600599413Z')).toBe(1795715499600);
    expect(parseCreated('2026-11-26 18:49:10.5 +0100 CET')).toBe(
      Date.parse('2026-11-26T17:49:10.5Z'),
    );
    expect(parseCreated('soon')).toBeUndefined();
    expect(parseLabels('')).toEqual({});
  });
});
