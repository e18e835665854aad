// Where the docker CLI connects, decided by the CLI's own rules (DOCKER_HOST, DOCKER_CONTEXT, the config file's current context), so that its API socket can be asked directly.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';

/** The socket the CLI would use, or why that is not knowable without running the CLI. */
export type DockerEndpoint = { kind: 'socket'; path: string } | { kind: 'cli'; why: string };

/** Where the CLI connects without DOCKER_HOST or a context (unix systems). */
export const DEFAULT_DOCKER_SOCKET = '/var/run/docker.sock';

const UNIX = 'unix://';

/**
 * The docker CLI's choice, in its order: `DOCKER_HOST` (the default context with that host),
 * else the context `DOCKER_CONTEXT` names, else the `currentContext` of `config.json` (in
 * `DOCKER_CONFIG`, or `~/.docker`), else the default socket. A context other than `default` is
 * read from the CLI's context store (`contexts/meta/<sha256 of its name>/meta.json`). Anything
 * that is not plainly a unix socket (tcp, ssh, a missing or unreadable context or config file,
 * a variable set but empty where CLI versions disagree on it) is left to the CLI.
 */
export function dockerEndpoint(
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform,
): DockerEndpoint {
  if (platform === 'win32') return { kind: 'cli', why: 'on Windows the CLI uses a named pipe' };
  const host = env.DOCKER_HOST;
  if (host === '') return emptyHost(env, platform);
  if (host !== undefined) return fromHost(host, 'DOCKER_HOST');
  let context = env.DOCKER_CONTEXT;
  // Docker 20.10 looks for a context named "" (and fails); later versions ignore the variable.
  if (context === '')
    return {
      kind: 'cli',
      why: 'DOCKER_CONTEXT is set but empty, which CLI versions read differently',
    };
  const configDir = resolve(env.DOCKER_CONFIG || join(env.HOME || homedir(), '.docker'));
  if (context === undefined) {
    const current = currentContext(join(configDir, 'config.json'));
    if (typeof current !== 'string') return current;
    context = current;
  }
  if (context === '' || context === 'default')
    return { kind: 'socket', path: DEFAULT_DOCKER_SOCKET };
  return contextHost(configDir, context);
}

/**
 * `DOCKER_HOST=` (set, empty): docker 20.10 takes it for the default context and its default
 * socket, later versions ignore it (and `DOCKER_CONTEXT`, when empty too). Known only where
 * both readings land on the default socket.
 */
function emptyHost(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): DockerEndpoint {
  const unset = { ...env, DOCKER_HOST: undefined, DOCKER_CONTEXT: env.DOCKER_CONTEXT || undefined };
  const later = dockerEndpoint(unset, platform);
  if (later.kind === 'socket' && later.path === DEFAULT_DOCKER_SOCKET) return later;
  return { kind: 'cli', why: 'DOCKER_HOST is set but empty, which CLI versions read differently' };
}

function fromHost(host: string, from: string): DockerEndpoint {
  if (!host.startsWith(UNIX))
    return { kind: 'cli', why: `${from}=${host} is not a unix:// socket` };
  const path = host.slice(UNIX.length);
  if (!isAbsolute(path)) return { kind: 'cli', why: `${from}=${host} is not an absolute path` };
  return { kind: 'socket', path };
}

/** The config file's `currentContext` ('' when none); a file that cannot be read is the CLI's to judge. */
function currentContext(path: string): string | DockerEndpoint {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    return { kind: 'cli', why: `${path} could not be read (${(error as Error).message})` };
  }
  let config: unknown;
  try {
    config = JSON.parse(text);
  } catch {
    return { kind: 'cli', why: `${path} is not valid JSON` };
  }
  const current = (config as { currentContext?: unknown } | null)?.currentContext;
  if (current === undefined) return '';
  if (typeof current !== 'string')
    return { kind: 'cli', why: `${path}: currentContext is not a string` };
  return current;
}

/** The docker endpoint of a named context in the CLI's context store. */
function contextHost(configDir: string, name: string): DockerEndpoint {
  const id = createHash('sha256').update(name).digest('hex');
  const path = join(configDir, 'contexts', 'meta', id, 'meta.json');
  let meta: unknown;
  try {
    meta = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return {
      kind: 'cli',
      why: `docker context "${name}" could not be read from ${path} (${(error as Error).message})`,
    };
  }
  const host = (meta as { Endpoints?: { docker?: { Host?: unknown } } } | null)?.Endpoints?.docker
    ?.Host;
  if (typeof host !== 'string')
    return { kind: 'cli', why: `docker context "${name}" names no docker host in ${path}` };
  return fromHost(host, `docker context "${name}"`);
}
