// Shared by the container tests: which real engines answer here (with the test image), and a ledger that removes, by name, only the containers a test made.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import { suiteToken } from '../../support/suite-scope.js';
import {
  forceRemoveArgs,
  probeEngine,
  runEngine,
  type ContainerEngine,
  type EngineKind,
} from '../../../src/core/containers/engine.js';
import { listContainers } from '../../../src/core/containers/container-list.js';
import { noticeSkipped } from '../../support/skip-notice.js';

export const TEST_IMAGE = process.env.TESTWARDEN_TEST_IMAGE ?? 'localhost/busybox:test';

async function hasImage(engine: ContainerEngine): Promise<boolean> {
  try {
    await runEngine(engine, ['image', 'inspect', TEST_IMAGE], { timeoutMs: 10_000 });
    return true;
  } catch {
    return false;
  }
}

const kinds: EngineKind[] = ['docker', 'podman'];
const probes = await Promise.all(kinds.map((kind) => probeEngine(kind)));
const answering = probes.flatMap((p) => (p.ok ? [p.engine] : []));
const withImage = await Promise.all(
  answering.map(async (e) => ((await hasImage(e)) ? e : undefined)),
);

/** Engines to run the suite against: answering and holding the test image. */
export const ENGINES: ContainerEngine[] = withImage.filter(
  (e): e is ContainerEngine => e !== undefined,
);

/** Skip only on a developer machine without an engine; in CI a missing engine fails. */
// CI on Linux must have an engine with the test image; other CI legs (macOS has no engine, Windows
// runs Windows containers) skip with the notice below.
const CI_ON_LINUX = Boolean(process.env.CI) && process.platform === 'linux';
export const SKIP_ENGINE_TESTS = ENGINES.length === 0 && !CI_ON_LINUX;
export const MISSING_ENGINE_IN_CI = ENGINES.length === 0 && CI_ON_LINUX;

if (SKIP_ENGINE_TESTS) {
  const why = probes
    .map((p) => (p.ok ? `${p.engine.kind}: no image ${TEST_IMAGE}` : p.reason))
    .join('; ');
  noticeSkipped('container engine tests', `no engine answers here (${why})`);
}

/** Unique per test: the ledger removes containers by these names only. */
export function testName(label: string): string {
  return `twtest-${suiteToken()}-${label}-${process.pid}-${randomBytes(4).toString('hex')}`;
}

/** Containers one test made; `cleanup` removes exactly those and asserts none is left. */
export class ContainerLedger {
  private readonly names = new Set<string>();
  constructor(readonly engine: ContainerEngine) {}

  add(name: string): string {
    this.names.add(name);
    return name;
  }

  async cleanup(): Promise<void> {
    const names = [...this.names];
    this.names.clear();
    if (names.length === 0) return;
    await new Promise<void>((resolve) =>
      execFile(this.engine.command, forceRemoveArgs(this.engine, names), () => resolve()),
    );
    const left = (await listContainers(this.engine)).filter((c) => names.includes(c.name));
    expect(left.map((c) => `${c.name} ${c.state}`)).toEqual([]);
  }
}

/** `running`, `exited`, … or undefined when the engine no longer knows the name. */
export async function stateOf(engine: ContainerEngine, name: string): Promise<string | undefined> {
  try {
    const { stdout } = await runEngine(engine, [
      'container',
      'inspect',
      '--format',
      '{{.State.Status}}',
      name,
    ]);
    return stdout.trim();
  } catch {
    return undefined;
  }
}

/** Starts a detached container named `name` that sleeps (with `--init`, so it stops promptly). */
export async function startSleeper(
  engine: ContainerEngine,
  name: string,
  flags: readonly string[] = [],
): Promise<void> {
  await runEngine(engine, [
    'run',
    '-d',
    '--init',
    '--name',
    name,
    ...flags,
    TEST_IMAGE,
    'sleep',
    '300',
  ]);
}
