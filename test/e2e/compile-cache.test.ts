// The CLI keeps Node's compile cache in the user's own cache folder where Node has one (≥ 22.1), and runs the same without it: Node 20, a folder it cannot create, the cache turned off.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCacheDir } from '../../src/cli/compile-cache.js';
import { noticeSkipped } from '../support/skip-notice.js';
import { tempDir } from '../support/temp-dir.js';

const CLI = join(import.meta.dirname, '../../dist/cli/index.js');
const NODE24 = process.env['TESTWARDEN_NODE24'];
if (!NODE24) noticeSkipped('the compile cache on Node 24', 'set TESTWARDEN_NODE24');

/** `testwarden config --no-config` in an empty folder: loads most of the CLI, runs nothing. */
function runCli(
  node: string,
  env: NodeJS.ProcessEnv,
): { status: number | null; stdout: string; stderr: string } {
  const cwd = tempDir('tw-cc-cwd-');
  const result = spawnSync(
    node,
    [CLI, 'config', '--no-config', '--allow-no-units', '-c', 'true', '*.none'],
    {
      cwd,
      env,
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function envWith(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NODE_COMPILE_CACHE;
  delete env.NODE_DISABLE_COMPILE_CACHE;
  return { ...env, ...extra };
}

describe('compile cache folder', () => {
  it("is in the user's own cache folder, never a shared one", () => {
    expect(compileCacheDir({ XDG_CACHE_HOME: '/home/u/.xdg' }, 'linux', '/home/u')).toBe(
      '/home/u/.xdg/testwarden/node-compile-cache',
    );
    // A relative XDG_CACHE_HOME is invalid by the XDG rules: the default is used.
    expect(compileCacheDir({ XDG_CACHE_HOME: 'rel' }, 'linux', '/home/u')).toBe(
      '/home/u/.cache/testwarden/node-compile-cache',
    );
    expect(compileCacheDir({}, 'darwin', '/Users/u')).toBe(
      '/Users/u/Library/Caches/testwarden/node-compile-cache',
    );
    expect(
      compileCacheDir({ LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, 'win32', 'C:\\Users\\u'),
    ).toMatch(/testwarden[\\/]node-compile-cache$/);
    expect(compileCacheDir({}, 'linux', '')).toBeUndefined();
  });
});

describe('compile cache in real runs', () => {
  it.runIf(NODE24)(
    'Node 24 fills the cache on the first run and the CLI answers the same after',
    () => {
      const cache = tempDir('tw-cc-');
      const env = envWith({ XDG_CACHE_HOME: cache });
      const first = runCli(NODE24!, env);
      expect(first.status, first.stderr).toBe(0);
      const folder = join(cache, 'testwarden', 'node-compile-cache');
      expect(readdirSync(folder).length).toBeGreaterThan(0);
      const second = runCli(NODE24!, env);
      expect(second.status, second.stderr).toBe(0);
      expect(second.stdout).toBe(first.stdout);
    },
  );

  it.runIf(NODE24)(
    'Node 24 runs without it where the folder cannot be made, or when it is turned off',
    () => {
      const cache = tempDir('tw-cc-');
      writeFileSync(join(cache, 'testwarden'), 'a file where the folder would go');
      const blocked = runCli(NODE24!, envWith({ XDG_CACHE_HOME: cache }));
      expect(blocked.status, blocked.stderr).toBe(0);
      expect(blocked.stderr).toBe('');
      const off = tempDir('tw-cc-');
      const disabled = runCli(
        NODE24!,
        envWith({ XDG_CACHE_HOME: off, NODE_DISABLE_COMPILE_CACHE: '1' }),
      );
      expect(disabled.status, disabled.stderr).toBe(0);
      expect(existsSync(join(off, 'testwarden'))).toBe(false);
    },
  );

  it('Node 20 (no compile cache) runs as before and writes no cache', () => {
    const cache = tempDir('tw-cc-');
    const result = runCli(process.execPath, envWith({ XDG_CACHE_HOME: cache }));
    expect(result.status, result.stderr).toBe(0);
    const hasCache =
      typeof (process as { versions: Record<string, string> }).versions.node === 'string' &&
      Number(process.versions.node.split('.')[0]) >= 23;
    expect(existsSync(join(cache, 'testwarden'))).toBe(hasCache);
  });
});
