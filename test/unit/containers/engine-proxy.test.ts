// The per-unit engine proxy against the real docker engine: the docker CLI, curl and dockerode through it; labels stamped on creates; attach, exec, logs and a 100 MB copy each way (through the relay threads) pass intact.
import { execFile, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, createReadStream, openSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import Docker from 'dockerode';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEngineProxy, type EngineProxy } from '../../../src/core/containers/engine-proxy.js';
import { dockerSocketPath } from '../../../src/core/containers/docker-socket.js';
import { tempDir } from '../../support/temp-dir.js';
import { waitFor } from '../../support/wait-for.js';
import { useEngineLock } from '../../support/engine-lock.js';
import { ContainerLedger, ENGINES, TEST_IMAGE, testName } from './engine-fixture.js';

useEngineLock();

const docker = ENGINES.find((e) => e.kind === 'docker');
const upstreamSocket = dockerSocketPath();
const LABELS = {
  'testwarden.run': 'proxy-test',
  'testwarden.unit': 'u/1.test',
  'testwarden.attempt': '1',
};

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a client with DOCKER_HOST at the proxy; `input` goes to its stdin. */
function run(
  program: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  input?: string,
): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

function labelsOf(id: string): Promise<Record<string, string>> {
  return new Promise((resolve, reject) =>
    execFile(
      'docker',
      ['container', 'inspect', '--format', '{{json .Config.Labels}}', id],
      (error, stdout) =>
        error ? reject(error) : resolve(JSON.parse(stdout) as Record<string, string>),
    ),
  );
}

describe.skipIf(!docker || !upstreamSocket)('engine proxy (docker)', () => {
  let proxy: EngineProxy;
  let env: NodeJS.ProcessEnv;
  let ledger: ContainerLedger;

  beforeEach(async () => {
    const dir = tempDir('tw-proxy-');
    proxy = await startEngineProxy({
      upstream: { socketPath: upstreamSocket! },
      socketPath: join(dir, 'engine.sock'),
      labels: LABELS,
    });
    env = { DOCKER_HOST: proxy.host, DOCKER_CONTEXT: '' };
    ledger = new ContainerLedger(docker!);
  });

  afterEach(async () => {
    await proxy.close();
    await ledger.cleanup();
  });

  it('stamps the labels on docker run, keeps the client’s own, and overrides a claimed testwarden label', async () => {
    const name = ledger.add(testName('proxy-run'));
    const r = await run(
      'docker',
      [
        'run',
        '-d',
        '--name',
        name,
        '--label',
        'mine=yes',
        '--label',
        'testwarden.run=someone-else',
        TEST_IMAGE,
        'sleep',
        '300',
      ],
      env,
    );
    expect(r.code, r.stderr).toBe(0);
    const id = r.stdout.trim();
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    expect(await labelsOf(id)).toMatchObject({ ...LABELS, mine: 'yes' });
    expect(proxy.labelled.container).toBe(1);
  });

  it('passes an attached run with stdin, exec -i, and logs -f both ways', async () => {
    const attached = await run(
      'docker',
      ['run', '-i', '--rm', TEST_IMAGE, 'sh', '-c', 'cat; echo done'],
      env,
      'hello through the proxy\n',
    );
    expect(attached.code, attached.stderr).toBe(0);
    expect(attached.stdout).toBe('hello through the proxy\ndone\n');

    const name = ledger.add(testName('proxy-exec'));
    const started = await run(
      'docker',
      [
        'run',
        '-d',
        '--init',
        '--name',
        name,
        TEST_IMAGE,
        'sh',
        '-c',
        'echo line1; sleep 0.3; echo line2; sleep 300',
      ],
      env,
    );
    expect(started.code, started.stderr).toBe(0);
    const exec = await run(
      'docker',
      ['exec', '-i', name, 'sh', '-c', 'tr a-z A-Z'],
      env,
      'shout\n',
    );
    expect(exec.code, exec.stderr).toBe(0);
    expect(exec.stdout).toBe('SHOUT\n');
    const detached = await run('docker', ['exec', '-d', name, 'touch', '/tmp/detached'], env);
    expect(detached.code, detached.stderr).toBe(0);
    // A follow stream stays open: it ends when the container is killed.
    const follow = run('docker', ['logs', '-f', name], env);
    const first = Date.now();
    for (;;) {
      const logs = await run('docker', ['logs', name], env);
      if (logs.stdout.includes('line2')) break;
      if (Date.now() - first > 15_000) throw new Error('no line2 in the logs');
    }
    const kill = await run('docker', ['kill', name], env);
    expect(kill.code, kill.stderr).toBe(0);
    expect((await follow).stdout).toBe('line1\nline2\n');
  });

  it('copies 100 MB in and out of a container intact', async () => {
    const dir = tempDir('tw-proxy-cp-');
    const source = join(dir, 'big.bin');
    const fd = openSync(source, 'w');
    for (let i = 0; i < 100; i++) writeSync(fd, randomBytes(1024 * 1024));
    closeSync(fd);
    const size = statSync(source).size;
    expect(size).toBe(100 * 1024 * 1024);
    const name = ledger.add(testName('proxy-cp'));
    expect(
      (
        await run(
          'docker',
          ['run', '-d', '--init', '--name', name, TEST_IMAGE, 'sleep', '300'],
          env,
        )
      ).code,
    ).toBe(0);
    const into = await run('docker', ['cp', source, `${name}:/tmp/big.bin`], env);
    expect(into.code, into.stderr).toBe(0);
    // A relay thread starts when the body is 1 MiB in and carries it from when it runs.
    expect(proxy.relayed.bytes).toBeGreaterThan(10 * 1024 * 1024);
    const back = join(dir, 'back.bin');
    const out = await run('docker', ['cp', `${name}:/tmp/big.bin`, back], env);
    expect(out.code, out.stderr).toBe(0);
    // It gives the connection back once the engine has been quiet for about 1 ms, and counts
    // what it carried then: the answer, from its second MiB (the thread runs by now).
    await waitFor(
      'the relay thread to give the connection back',
      () => proxy.relayed.running === 0,
    );
    expect(proxy.relayed.responseBytes).toBeGreaterThan(90 * 1024 * 1024);
    const digest = (path: string) =>
      new Promise<string>((resolve) => {
        const hash = createHash('sha256');
        createReadStream(path)
          .on('data', (c) => hash.update(c))
          .on('end', () => resolve(hash.digest('hex')));
      });
    expect(await digest(back)).toBe(await digest(source));
  }, 120_000);

  it('labels a chunked create sent with Expect: 100-continue, and two creates on one kept-alive connection', async () => {
    const first = ledger.add(testName('proxy-curl-a'));
    const second = ledger.add(testName('proxy-curl-b'));
    const body = JSON.stringify({ Image: TEST_IMAGE, Cmd: ['true'], Labels: { from: 'curl' } });
    const r = await run(
      'curl',
      [
        '-sS',
        '--unix-socket',
        proxy.socketPath,
        '-H',
        'Content-Type: application/json',
        '-H',
        'Transfer-Encoding: chunked',
        '-H',
        'Expect: 100-continue',
        '--data-binary',
        body,
        `http://engine/v1.41/containers/create?name=${first}`,
        '--next',
        '-sS',
        '--unix-socket',
        proxy.socketPath,
        '-H',
        'Content-Type: application/json',
        '--data-binary',
        body,
        `http://engine/v1.41/containers/create?name=${second}`,
      ],
      {},
    );
    expect(r.code, r.stderr).toBe(0);
    const ids = [...r.stdout.matchAll(/"Id":"([0-9a-f]{64})"/g)].map((m) => m[1]!);
    expect(ids, r.stdout).toHaveLength(2);
    for (const id of ids) expect(await labelsOf(id)).toMatchObject({ ...LABELS, from: 'curl' });
  });

  it('reads the next head after large archive bodies on one kept-alive connection (Content-Length, then chunked), and labels the create that follows', async () => {
    const dir = tempDir('tw-proxy-keepalive-');
    const payload = join(dir, 'payload.bin');
    const fd = openSync(payload, 'w');
    for (let i = 0; i < 24; i++) writeSync(fd, randomBytes(1024 * 1024));
    closeSync(fd);
    const tarFile = join(dir, 'payload.tar');
    const tarred = await run('tar', ['-cf', tarFile, '-C', dir, 'payload.bin'], {});
    expect(tarred.code, tarred.stderr).toBe(0);
    const name = ledger.add(testName('proxy-keepalive'));
    const made = ledger.add(testName('proxy-keepalive-made'));
    const started = await run(
      'docker',
      ['run', '-d', '--init', '--name', name, TEST_IMAGE, 'sleep', '300'],
      env,
    );
    expect(started.code, started.stderr).toBe(0);
    const archive = (path: string) =>
      `http://engine/v1.41/containers/${name}/archive?path=${encodeURIComponent(path)}`;
    const common = ['-sSv', '-w', '%{http_code}\\n', '--unix-socket', proxy.socketPath];
    const r = await run(
      'curl',
      [
        ...common,
        '-T',
        tarFile,
        archive('/tmp'),
        '--next',
        ...common,
        '-H',
        'Transfer-Encoding: chunked',
        '-T',
        tarFile,
        archive('/root'),
        '--next',
        ...common,
        '-H',
        'Content-Type: application/json',
        '--data-binary',
        JSON.stringify({ Image: TEST_IMAGE, Cmd: ['true'] }),
        `http://engine/v1.41/containers/create?name=${made}`,
      ],
      {},
    );
    expect(r.code, r.stderr).toBe(0);
    // One connection for all three, each answered.
    expect(r.stderr.match(/Re-?using existing connection/gi), r.stderr).toHaveLength(2);
    const lines = r.stdout.split('\n');
    expect(lines[0], r.stdout).toBe('200');
    expect(lines[1], r.stdout).toBe('200');
    const created = /"Id":"([0-9a-f]{64})"/.exec(r.stdout);
    expect(created, r.stdout).not.toBeNull();
    expect(await labelsOf(created![1]!)).toMatchObject(LABELS);
    const sums = await run(
      'docker',
      ['exec', name, 'sha256sum', '/tmp/payload.bin', '/root/payload.bin'],
      env,
    );
    expect(sums.code, sums.stderr).toBe(0);
    const local = createHash('sha256');
    await new Promise<void>((resolve) =>
      createReadStream(payload)
        .on('data', (c) => local.update(c))
        .on('end', resolve),
    );
    const want = local.digest('hex');
    expect(sums.stdout).toBe(`${want}  /tmp/payload.bin\n${want}  /root/payload.bin\n`);
  }, 120_000);

  it('labels what dockerode creates through DOCKER_HOST, and lets its attach stream through', async () => {
    const client = new Docker({ socketPath: proxy.socketPath });
    const name = ledger.add(testName('proxy-dockerode'));
    const container = await client.createContainer({
      Image: TEST_IMAGE,
      name,
      Cmd: ['sh', '-c', 'read line; echo "got $line"'],
      OpenStdin: true,
      StdinOnce: true,
    });
    expect(await labelsOf(container.id)).toMatchObject(LABELS);
    const stream = await container.attach({
      stream: true,
      stdin: true,
      stdout: true,
      hijack: true,
    });
    let output = '';
    stream.on('data', (c: Buffer) => (output += c.toString('latin1')));
    await container.start();
    stream.end('dockerode\n');
    await container.wait();
    // dockerode also sends its attach options as a request body; an engine that hijacks the
    // connection before reading it hands those bytes to the container's stdin too (directly or
    // through the endpoint, depending on timing), so the line read may start with them.
    expect(output).toMatch(/got (\{[^\n]*\})?dockerode/);
  });

  it('gives the engine no way around its labels: label keys in another case, JSON the engine reads and the proxy cannot, a create path percent-encoded', async () => {
    const claim = { 'testwarden.run': 'someone-else', 'testwarden.unit': 'x', mine: 'yes' };
    const base = { Image: TEST_IMAGE, Cmd: ['true'] };
    // The engine matches JSON keys to its fields in any case (Unicode folding: ſ is s), and
    // reads the first JSON value of a body, ignoring what follows it.
    const labelled = JSON.stringify({ ...base, Labels: claim });
    const create = '/v1.41/containers/create';
    const bodies: [string, string, string][] = [
      ['after-labels', create, JSON.stringify({ ...base, Labels: {}, labels: claim })],
      ['upper', create, JSON.stringify({ ...base, LABELS: claim })],
      ['long-s', create, JSON.stringify({ ...base, Labels: {}, ['Label\u017f']: claim })],
      ['trailing', create, `${labelled} trailing`],
      // The engine's router matches the decoded path.
      ['encoded', '/v1.41/containers/%63reate', labelled],
      ['encoded-slash', '/v1.41/containers%2Fcreate', labelled],
      ['double-slash', '//v1.41/containers/create', labelled],
      ['dot-segment', '/v1.41/./containers/create', labelled],
      ['trailing-slash', '/v1.41/containers/create/', labelled],
    ];
    const dir = tempDir('tw-proxy-keys-');
    const claimed: Record<string, string | undefined> = {};
    for (const [what, path, body] of bodies) {
      const name = ledger.add(testName(`proxy-keys-${what}`));
      const file = join(dir, `${what}.json`);
      writeFileSync(file, body);
      await run(
        'curl',
        [
          '-sS',
          '--unix-socket',
          proxy.socketPath,
          '-H',
          'Content-Type: application/json',
          '--path-as-is',
          '--data-binary',
          `@${file}`,
          `http://engine${path}?name=${name}`,
        ],
        {},
      );
      // Created or refused; if created, with this endpoint's labels only.
      const labels = await labelsOf(name).catch(() => undefined);
      claimed[what] = labels === undefined ? 'refused' : labels['testwarden.run'];
    }
    expect(claimed).toEqual({
      'after-labels': 'proxy-test',
      upper: 'proxy-test',
      'long-s': 'proxy-test',
      trailing: 'refused',
      encoded: 'proxy-test',
      'encoded-slash': 'proxy-test',
      // Paths the engine redirects (its router cleans them) rather than serves; labelled if served.
      'double-slash': expect.stringMatching(/^(refused|proxy-test)$/),
      'dot-segment': expect.stringMatching(/^(refused|proxy-test)$/),
      'trailing-slash': expect.stringMatching(/^(refused|proxy-test)$/),
    });
  });

  it('lets no create past its labels inside the body of another request (the engine frames requests the same way or refuses them)', async () => {
    const claim = { 'testwarden.run': 'someone-else', 'testwarden.unit': 'x' };
    const smuggled = (name: string) => {
      const body = JSON.stringify({ Image: TEST_IMAGE, Cmd: ['true'], Labels: claim });
      return (
        `POST /v1.41/containers/create?name=${name} HTTP/1.1\r\nHost: engine\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`
      );
    };
    /** A request whose body, as the proxy frames it, is the create; the engine may frame it otherwise. */
    const attempts: [string, (inner: string) => string][] = [
      // The control: sent as itself, the create is labelled.
      ['plain', (inner) => inner],
      [
        'space-before-colon',
        (inner) =>
          `POST /v1.41/containers/prune HTTP/1.1\r\nHost: engine\r\nTransfer-Encoding : chunked\r\n` +
          `Content-Length: ${inner.length + 5}\r\n\r\n0\r\n\r\n${inner}`,
      ],
      [
        'http-1.0-chunked',
        (inner) =>
          `POST /v1.41/containers/prune HTTP/1.0\r\nHost: engine\r\nConnection: keep-alive\r\n` +
          `Transfer-Encoding: chunked\r\n\r\n${inner.length.toString(16)}\r\n${inner}\r\n0\r\n\r\n`,
      ],
      [
        'two-lengths',
        (inner) =>
          `POST /v1.41/containers/prune HTTP/1.1\r\nHost: engine\r\nContent-Length: ${inner.length}\r\n` +
          `Content-Length: 0\r\n\r\n${inner}`,
      ],
    ];
    const claimed: Record<string, string | undefined> = {};
    for (const [what, wrap] of attempts) {
      const name = ledger.add(testName(`proxy-smuggle-${what}`));
      await new Promise<void>((resolve) => {
        const socket = connect(proxy.socketPath);
        socket.on('error', () => resolve());
        socket.on('close', () => resolve());
        socket.on('data', () => {});
        socket.write(wrap(smuggled(name)));
        // The engine answers each request it read; the connection is ended once it had time to.
        setTimeout(() => socket.end(), 1500).unref();
      });
      const labels = await labelsOf(name).catch(() => undefined);
      claimed[what] = labels === undefined ? 'not created' : labels['testwarden.run'];
    }
    expect(claimed['plain']).toBe('proxy-test');
    for (const [what, run] of Object.entries(claimed))
      expect(run, what).toMatch(/^(not created|proxy-test)$/);
  });

  it('answers 502 when the engine socket is not there', async () => {
    const dir = tempDir('tw-proxy-none-');
    const lonely = await startEngineProxy({
      upstream: { socketPath: join(dir, 'missing.sock') },
      socketPath: join(dir, 'p.sock'),
      labels: LABELS,
    });
    try {
      const r = await run(
        'curl',
        [
          '-sS',
          '-o',
          '/dev/null',
          '-w',
          '%{http_code}',
          '--unix-socket',
          lonely.socketPath,
          'http://engine/_ping',
        ],
        {},
      );
      expect(r.stdout).toBe('502');
    } finally {
      await lonely.close();
    }
  });
});
