// Node 22.1+ can keep the V8 code it compiles for the CLI's bundle on disk (module.enableCompileCache): later runs skip compiling it. Used when this Node has it; never fails a run.
import module from 'node:module';
import { homedir } from 'node:os';
import path from 'node:path';

/** What Node's `module.enableCompileCache` answers (Node ≥ 22.1); absent on Node 20. */
interface CompileCacheResult {
  status: number;
  message?: string;
  directory?: string;
}

type EnableCompileCache = (directory?: string) => CompileCacheResult;

export type CompileCacheOutcome =
  | {
      kind: 'enabled' | 'already-on' | 'failed';
      directory?: string | undefined;
      message?: string | undefined;
    }
  /** This Node has no compile cache (Node 20), or the user turned it off. */
  | { kind: 'unsupported' | 'disabled' };

/**
 * The cache folder: this user's own cache folder (`$XDG_CACHE_HOME`, else `~/.cache`; macOS
 * `~/Library/Caches`; Windows `%LOCALAPPDATA%`), never a folder shared with other users such
 * as the temp dir, where another user could plant compiled code. Undefined without a home.
 */
export function compileCacheDir(
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string | undefined {
  const { isAbsolute, join } = platform === 'win32' ? path.win32 : path.posix;
  const base =
    platform === 'win32'
      ? env.LOCALAPPDATA
      : platform === 'darwin'
        ? home && join(home, 'Library', 'Caches')
        : env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME)
          ? env.XDG_CACHE_HOME
          : home && join(home, '.cache');
  return base !== undefined && base !== '' && isAbsolute(base)
    ? join(base, 'testwarden', 'node-compile-cache')
    : undefined;
}

/**
 * Turns the cache on for what this process loads from now on. `NODE_COMPILE_CACHE` (Node turned
 * it on already, in the folder the user chose) and `NODE_DISABLE_COMPILE_CACHE` are the user's
 * choice and left alone. A cache that cannot be used (no home, a read-only folder) only means
 * the code is compiled as before.
 */
export function enableCompileCache(
  env: NodeJS.ProcessEnv,
  enable: EnableCompileCache | undefined = (module as { enableCompileCache?: EnableCompileCache })
    .enableCompileCache,
): CompileCacheOutcome {
  if (typeof enable !== 'function') return { kind: 'unsupported' };
  if (env.NODE_DISABLE_COMPILE_CACHE) return { kind: 'disabled' };
  if (env.NODE_COMPILE_CACHE) return { kind: 'already-on', directory: env.NODE_COMPILE_CACHE };
  const directory = compileCacheDir(env);
  if (directory === undefined) return { kind: 'failed', message: 'no home folder' };
  try {
    const result = enable.call(module, directory);
    const { ENABLED, ALREADY_ENABLED } = statuses();
    const kind =
      result.status === ENABLED
        ? 'enabled'
        : result.status === ALREADY_ENABLED
          ? 'already-on'
          : 'failed';
    return { kind, directory: result.directory ?? directory, message: result.message };
  } catch (error) {
    return { kind: 'failed', directory, message: (error as Error).message };
  }
}

/** `module.constants.compileCacheStatus` (Node ≥ 22.1). */
function statuses(): { ENABLED?: number; ALREADY_ENABLED?: number } {
  const constants = (module as { constants?: { compileCacheStatus?: Record<string, number> } })
    .constants;
  return constants?.compileCacheStatus ?? {};
}
