// A framework fixture suite (test/fixtures/<name>) as a checkout for the Action's end-to-end tests: the project's files copied into each fresh workspace, the repository's node_modules linked in for the JavaScript frameworks.
import { cpSync, existsSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { ACTION_ROOT } from '../../support/runner-emulator.js';
import { FIXTURES } from '../../support/framework-run.js';
import { tempDir } from '../../support/temp-dir.js';

export interface FrameworkSuite {
  /** Outside every workspace: the ledger the fixture tests append to, the framework's caches. */
  dir: string;
  /** The job's variables the fixture needs (ledger, caches kept out of shared folders). */
  env: Record<string, string>;
  /** Test names the fixture's tests appended to the ledger, in order. */
  ledger(): string[];
  checkout(): string;
}

export function frameworkSuite(
  name: 'jest' | 'pytest' | 'go' | 'vitest' | 'mocha' | 'node' | 'node-slow',
): FrameworkSuite {
  const dir = tempDir(`tw-${name}-suite-`);
  const ledger = join(dir, 'ledger.txt');
  return {
    dir,
    env: {
      FIXTURE_LEDGER: ledger,
      PYTHONDONTWRITEBYTECODE: '1',
      GOCACHE: join(dir, 'go-cache'),
      GOPATH: join(dir, 'go-path'),
      GOFLAGS: '-mod=mod',
      GOPROXY: 'off',
    },
    ledger: () => (existsSync(ledger) ? readFileSync(ledger, 'utf8').trim().split('\n') : []),
    checkout: () => {
      const workspace = tempDir('tw-workspace-');
      cpSync(join(FIXTURES, name), workspace, { recursive: true });
      if (!['pytest', 'go', 'node-slow'].includes(name))
        symlinkSync(join(ACTION_ROOT, 'node_modules'), join(workspace, 'node_modules'));
      return workspace;
    },
  };
}
