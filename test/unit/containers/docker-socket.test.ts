// The docker API socket path for listing containers agrees with the CLI, and filters translate to the API's form.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { filtersQuery, socketFor } from '../../../src/core/containers/docker-socket.js';
import { listContainers } from '../../../src/core/containers/container-list.js';
import { detectEngine } from '../../../src/core/containers/engine.js';
import { useEngineLock } from '../../support/engine-lock.js';

useEngineLock();

const IMAGE = 'localhost/busybox:test';
const hasDocker =
  spawnSync('docker', ['image', 'inspect', IMAGE], { timeout: 10_000 }).status === 0;

describe('docker API socket', () => {
  it('turns --filter strings into the API filters JSON', () => {
    expect(
      decodeURIComponent(filtersQuery(['label=testwarden.run=a=b', 'name=^x$', 'label=k'])),
    ).toBe(JSON.stringify({ label: ['testwarden.run=a=b', 'k'], name: ['^x$'] }));
  });

  it.skipIf(!hasDocker)('lists what the CLI lists, with the same names and labels', async () => {
    const engine = (await detectEngine({ preferred: 'docker' }))!;
    expect(await socketFor(engine)).toBeDefined();
    const name = `tw-sock-${process.pid}-${Date.now().toString(36)}`;
    spawnSync('docker', [
      'run',
      '-d',
      '--network',
      'none',
      '--name',
      name,
      '--label',
      'testwarden.unit=a,b',
      IMAGE,
      'sleep',
      '300',
    ]);
    try {
      const viaApi = (await listContainers(engine, { filters: [`name=^${name}$`] }))[0];
      const cli = spawnSync('docker', ['inspect', '--format', '{{.Id}}', name], {
        encoding: 'utf8',
      }).stdout.trim();
      expect(viaApi).toMatchObject({
        id: cli,
        name,
        image: IMAGE,
        state: 'running',
        labels: { 'testwarden.unit': 'a,b' },
      });
      expect(viaApi!.createdAt).toBeGreaterThan(Date.now() - 60_000);
    } finally {
      spawnSync('docker', ['rm', '-f', name], { stdio: 'ignore' });
    }
  });
});
