// The docker CLI's endpoint, resolved from real config and context files in a temporary home, agrees with what the installed CLI itself reports.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DOCKER_SOCKET,
  dockerEndpoint,
  type DockerEndpoint,
} from '../../../src/core/containers/docker-endpoint.js';
import { tempDir } from '../../support/temp-dir.js';

const hasDockerCli = spawnSync('docker', ['--version'], { timeout: 10_000 }).status === 0;

/** A home with `.docker/config.json` (when `current` is given) and the named contexts. */
function home(setup: { current?: string; contexts?: Record<string, string> }): string {
  const dir = tempDir('tw-docker-home-');
  const config = join(dir, '.docker');
  mkdirSync(config);
  if (setup.current !== undefined)
    writeFileSync(join(config, 'config.json'), JSON.stringify({ currentContext: setup.current }));
  for (const [name, host] of Object.entries(setup.contexts ?? {})) {
    const id = createHash('sha256').update(name).digest('hex');
    const meta = join(config, 'contexts', 'meta', id);
    mkdirSync(meta, { recursive: true });
    writeFileSync(
      join(meta, 'meta.json'),
      JSON.stringify({ Name: name, Metadata: {}, Endpoints: { docker: { Host: host } } }),
    );
  }
  return dir;
}

/** Only what the test sets: no DOCKER_* of the machine running the tests leaks in. */
function envOf(homeDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: homeDir, ...extra };
}

/** The host the installed CLI reports for its current context under `env`. */
function cliHost(env: NodeJS.ProcessEnv): string {
  const result = spawnSync(
    'docker',
    ['context', 'inspect', '--format', '{{.Endpoints.docker.Host}}'],
    {
      env,
      encoding: 'utf8',
      timeout: 10_000,
    },
  );
  expect(result.status, result.stderr).toBe(0);
  return result.stdout.trim();
}

/** Resolves, and where the answer is a socket, checks that the real CLI names the same one. */
function resolved(env: NodeJS.ProcessEnv): DockerEndpoint {
  const endpoint = dockerEndpoint(env, 'linux');
  if (hasDockerCli && endpoint.kind === 'socket')
    expect(cliHost(env)).toBe(`unix://${endpoint.path}`);
  return endpoint;
}

describe('dockerEndpoint', () => {
  it('is the default socket without DOCKER_HOST, DOCKER_CONTEXT or a config file', () => {
    expect(resolved(envOf(home({})))).toEqual({ kind: 'socket', path: DEFAULT_DOCKER_SOCKET });
  });

  it('follows a unix:// DOCKER_HOST, before any context', () => {
    const dir = home({ current: 'far', contexts: { far: 'unix:///run/far.sock' } });
    const env = envOf(dir, { DOCKER_HOST: 'unix:///run/near.sock', DOCKER_CONTEXT: 'far' });
    expect(resolved(env)).toEqual({ kind: 'socket', path: '/run/near.sock' });
  });

  it("follows the config file's current context to its socket", () => {
    const dir = home({
      current: 'colima',
      contexts: { colima: 'unix:///home/u/.colima/docker.sock' },
    });
    expect(resolved(envOf(dir))).toEqual({ kind: 'socket', path: '/home/u/.colima/docker.sock' });
  });

  it('takes DOCKER_CONTEXT over the current context, and DOCKER_CONFIG over ~/.docker', () => {
    const dir = home({
      current: 'one',
      contexts: { one: 'unix:///run/one.sock', two: 'unix:///run/two.sock' },
    });
    expect(resolved(envOf(dir, { DOCKER_CONTEXT: 'two' }))).toEqual({
      kind: 'socket',
      path: '/run/two.sock',
    });
    const elsewhere = home({ current: 'three', contexts: { three: 'unix:///run/three.sock' } });
    const env = envOf(dir, { DOCKER_CONFIG: join(elsewhere, '.docker') });
    expect(resolved(env)).toEqual({ kind: 'socket', path: '/run/three.sock' });
  });

  it('takes the context named default for the default socket', () => {
    const dir = home({ current: 'one', contexts: { one: 'unix:///run/one.sock' } });
    expect(resolved(envOf(dir, { DOCKER_CONTEXT: 'default' }))).toEqual({
      kind: 'socket',
      path: DEFAULT_DOCKER_SOCKET,
    });
    expect(resolved(envOf(home({ current: 'default' })))).toEqual({
      kind: 'socket',
      path: DEFAULT_DOCKER_SOCKET,
    });
  });

  it('leaves tcp and ssh endpoints, directly or through a context, to the CLI', () => {
    const tcp = envOf(home({}), { DOCKER_HOST: 'tcp://127.0.0.1:2375' });
    expect(dockerEndpoint(tcp, 'linux')).toEqual({
      kind: 'cli',
      why: 'DOCKER_HOST=tcp://127.0.0.1:2375 is not a unix:// socket',
    });
    if (hasDockerCli) expect(cliHost(tcp)).toBe('tcp://127.0.0.1:2375');
    const dir = home({ current: 'remote', contexts: { remote: 'ssh://ci@build-host' } });
    expect(dockerEndpoint(envOf(dir), 'linux')).toEqual({
      kind: 'cli',
      why: 'docker context "remote"=ssh://ci@build-host is not a unix:// socket',
    });
    if (hasDockerCli) expect(cliHost(envOf(dir))).toBe('ssh://ci@build-host');
  });

  it('leaves a context it cannot read, and a config file that is not JSON, to the CLI', () => {
    const missing = dockerEndpoint(envOf(home({ current: 'gone' })), 'linux');
    expect(missing.kind).toBe('cli');
    expect(missing.kind === 'cli' && missing.why).toContain(
      'docker context "gone" could not be read',
    );
    const dir = home({});
    writeFileSync(join(dir, '.docker', 'config.json'), '{ not json');
    expect(dockerEndpoint(envOf(dir), 'linux')).toEqual({
      kind: 'cli',
      why: `${join(dir, '.docker', 'config.json')} is not valid JSON`,
    });
  });

  it('reads an empty variable only where every CLI version agrees on it', () => {
    // docker 20.10 takes DOCKER_HOST= for the default socket, later versions ignore it.
    expect(resolved(envOf(home({}), { DOCKER_HOST: '', DOCKER_CONTEXT: '' }))).toEqual({
      kind: 'socket',
      path: DEFAULT_DOCKER_SOCKET,
    });
    const dir = home({ current: 'one', contexts: { one: 'unix:///run/one.sock' } });
    expect(dockerEndpoint(envOf(dir, { DOCKER_HOST: '' }), 'linux').kind).toBe('cli');
    // docker 20.10 looks for a context named "" (and fails), later versions ignore it.
    expect(dockerEndpoint(envOf(home({}), { DOCKER_CONTEXT: '' }), 'linux').kind).toBe('cli');
  });

  it('leaves Windows (named pipes) to the CLI', () => {
    expect(dockerEndpoint(envOf(home({})), 'win32').kind).toBe('cli');
  });
});
