// Benchmark: what a unit's labelling engine endpoint adds to `docker run --rm … true`, a 100 MB `docker cp` each way, and a 100 MB attach stream, against the engine's socket directly; and a unit's first copy, on an endpoint of its own: the run's first (its relay threads start) and a later unit's (the run's threads already run).
// Run after `npm run build:lib` with docker and localhost/busybox:test: node bench/engine-proxy.mjs [rounds]   (TESTWARDEN_LIB=dir to use another build;
// a bare python3 relay (the floor of any relay in user space) is measured in the same alternation, unless TESTWARDEN_BENCH_FLOOR=0
// (=splice: the relay moves the bytes with splice(2) through a pipe, never through user space);
// TESTWARDEN_BENCH_BEFORE=dir adds an endpoint from an earlier build, e.g. `git worktree add /tmp/old <rev> && cd /tmp/old && npm ci && npm run build:lib`, in the same alternation)
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const LIB = resolve(process.env.TESTWARDEN_LIB ?? new URL('../lib', import.meta.url).pathname);
const { startEngineProxy } = await import(
  pathToFileURL(`${LIB}/core/containers/engine-proxy.js`).href
);
const { BodyRelays } = await import(pathToFileURL(`${LIB}/core/containers/body-relay.js`).href);
const BEFORE = process.env.TESTWARDEN_BENCH_BEFORE
  ? resolve(process.env.TESTWARDEN_BENCH_BEFORE)
  : undefined;
const startBefore = BEFORE
  ? (await import(pathToFileURL(`${BEFORE}/core/containers/engine-proxy.js`).href)).startEngineProxy
  : undefined;

const IMAGE = 'localhost/busybox:test';
const ROUNDS = Number(process.argv[2] ?? 15);
const ms = (t) => Number(process.hrtime.bigint() - t) / 1e6;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function docker(args, host, stdin) {
  return new Promise((done, fail) => {
    const child = spawn('docker', args, {
      env: { ...process.env, DOCKER_HOST: host, DOCKER_CONTEXT: '' },
      stdio: [stdin ? 'pipe' : 'ignore', 'pipe', 'inherit'],
    });
    let out = '';
    let bytes = 0;
    child.stdout.on('data', (b) => {
      bytes += b.length;
      if (out.length < 200) out += b.toString();
    });
    if (stdin) stdin(child.stdin);
    child.on('exit', (code) =>
      code === 0 ? done({ out: out.trim(), bytes }) : fail(new Error(`docker ${args[0]}: ${code}`)),
    );
  });
}

const dir = mkdtempSync(join(tmpdir(), 'tw-bench-proxy-'));
// TESTWARDEN_BENCH_PROXY=pipe: a bare Node pipe in its place (no parsing, no labels, Node's
// default reads), for comparison with the endpoint's reads into a reused buffer.
const proxy =
  process.env.TESTWARDEN_BENCH_PROXY === 'pipe'
    ? await barePipe(join(dir, 'engine.sock'))
    : await startEngineProxy({
        upstream: { socketPath: '/var/run/docker.sock' },
        socketPath: join(dir, 'engine.sock'),
        labels: {
          'testwarden.run': 'bench',
          'testwarden.unit': 'bench',
          'testwarden.attempt': '1',
        },
      });
const before = await startBefore?.({
  upstream: { socketPath: '/var/run/docker.sock' },
  socketPath: join(dir, 'before.sock'),
  labels: { 'testwarden.run': 'bench', 'testwarden.unit': 'bench', 'testwarden.attempt': '1' },
});

async function barePipe(socketPath) {
  const server = createServer((client) => {
    const upstream = createConnection('/var/run/docker.sock');
    client.pipe(upstream).pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  await new Promise((done) => server.listen(socketPath, done));
  return {
    host: `unix://${socketPath}`,
    labelled: { container: 'none (bare pipe)' },
    close: () => new Promise((done) => server.close(done)),
  };
}
const direct = 'unix:///var/run/docker.sock';

// The floor of any relay in user space, in the same alternation: a python3 process that only
// copies bytes both ways with blocking reads into a 1 MiB buffer, a thread per direction (no
// parsing, no labels, no ownership); with TESTWARDEN_BENCH_FLOOR=splice it moves them with
// splice(2) through a pipe instead. Its CPU is read from /proc, not from this process.
const FLOOR_RELAY = `
import fcntl, os, socket, sys, threading
upstream_path, listen_path, mode = sys.argv[1], sys.argv[2], sys.argv[3]
def copy(src, dst):
    buf = bytearray(1 << 20); view = memoryview(buf)
    while True:
        n = src.recv_into(buf)
        if n == 0: return
        dst.sendall(view[:n])
def splice(src, dst):
    r, w = os.pipe()
    try:
        fcntl.fcntl(w, 1031, 1 << 20)  # F_SETPIPE_SZ
        while True:
            n = os.splice(src.fileno(), w, 1 << 20)
            if n == 0: return
            while n > 0: n -= os.splice(r, dst.fileno(), n)
    finally:
        os.close(r); os.close(w)
def pump(src, dst, done):
    try: (splice if mode == 'splice' else copy)(src, dst)
    except OSError: pass
    try: dst.shutdown(socket.SHUT_WR)
    except OSError: pass
    done()
def serve(client):
    up = socket.socket(socket.AF_UNIX); up.connect(upstream_path)
    left = [2]; lock = threading.Lock()
    def done():
        with lock:
            left[0] -= 1
            if left[0] == 0: client.close(); up.close()
    threading.Thread(target=pump, args=(client, up, done), daemon=True).start()
    threading.Thread(target=pump, args=(up, client, done), daemon=True).start()
server = socket.socket(socket.AF_UNIX); server.bind(listen_path); server.listen(64)
print('ready', flush=True)
while True:
    conn, _ = server.accept()
    serve(conn)
`;

async function floorRelay(socketPath) {
  const mode = process.env.TESTWARDEN_BENCH_FLOOR === 'splice' ? 'splice' : 'copy';
  const child = spawn('python3', ['-c', FLOOR_RELAY, '/var/run/docker.sock', socketPath, mode], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((done, fail) => {
    child.once('error', fail);
    child.once('exit', (code) => fail(new Error(`the floor relay exited with ${code}`)));
    child.stdout.once('data', () => done());
  });
  return {
    host: `unix://${socketPath}`,
    /** The relay process's CPU so far, in ms (user + system, 10 ms ticks). */
    cpuMs: () => {
      const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return (Number(fields[11]) + Number(fields[12])) * 10;
    },
    close: () => {
      child.removeAllListeners('exit');
      child.kill('SIGKILL');
    },
  };
}
const floor =
  process.env.TESTWARDEN_BENCH_FLOOR === '0'
    ? undefined
    : await floorRelay(join(dir, 'floor.sock'));

/**
 * Runs `use` on a new endpoint of the same build as the one at `host` (direct stays direct);
 * `relays`: the relay threads of the run it belongs to (an earlier build ignores them).
 */
async function onNewEndpoint(host, use, relays) {
  const start =
    host === proxy.host && !process.env.TESTWARDEN_BENCH_PROXY
      ? startEngineProxy
      : host === before?.host
        ? startBefore
        : undefined;
  if (!start) return use(host);
  const fresh = await start({
    upstream: { socketPath: '/var/run/docker.sock' },
    socketPath: join(dir, 'fresh.sock'),
    labels: { 'testwarden.run': 'bench', 'testwarden.unit': 'bench', 'testwarden.attempt': '1' },
    ...(relays ? { relays } : {}),
  });
  try {
    return await use(fresh.host);
  } finally {
    await fresh.close();
  }
}
// The relay threads a run shares between its units' endpoints.
const runRelays = new BodyRelays(2);
const made = [];
try {
  const big = join(dir, 'big.bin');
  const fd = openSync(big, 'w');
  for (let i = 0; i < 100; i++) writeSync(fd, randomBytes(1024 * 1024));
  closeSync(fd);
  const sleeper = (
    await docker(['run', '-d', '--init', '--network', 'none', IMAGE, 'sleep', '3600'], direct)
  ).out;
  made.push(sleeper);

  // Alternate direct and proxied rounds so drift in the machine's load hits both alike.
  const cases = {
    'docker run --rm true': (host) =>
      docker(['run', '--rm', '--network', 'none', IMAGE, 'true'], host),
    'docker cp 100 MB in': (host) => docker(['cp', big, `${sleeper}:/tmp/big.bin`], host),
    'docker cp 100 MB out': (host) =>
      docker(['cp', `${sleeper}:/tmp/big.bin`, join(dir, 'back.bin')], host),
    // Each unit attempt has a new endpoint: the run's first copy pays for starting a relay
    // thread, a later unit's finds the run's threads running.
    'docker cp 100 MB in, new endpoint': (host) =>
      onNewEndpoint(host, (fresh) => docker(['cp', big, `${sleeper}:/tmp/big.bin`], fresh)),
    "docker cp 100 MB in, new endpoint, the run's threads": (host) =>
      onNewEndpoint(
        host,
        (fresh) => docker(['cp', big, `${sleeper}:/tmp/big.bin`], fresh),
        runRelays,
      ),
    'attach stream 100 MB (exec cat)': (host) =>
      docker(['exec', '-i', sleeper, 'sh', '-c', 'cat > /dev/null; echo done'], host, (stdin) => {
        const block = randomBytes(1024 * 1024);
        let sent = 0;
        const pump = () => {
          while (sent < 100) {
            sent++;
            if (!stdin.write(block)) return stdin.once('drain', pump);
          }
          stdin.end();
        };
        pump();
      }),
  };
  const hosts = [
    ['direct', direct],
    ['proxy', proxy.host],
    ...(before ? [['before', before.host]] : []),
    ...(floor ? [['floor', floor.host]] : []),
  ];
  const load = [loadavg()[0]];
  const rows = [];
  for (const [name, run] of Object.entries(cases)) {
    const rounds = name.startsWith('docker run') ? ROUNDS : Math.max(3, Math.ceil(ROUNDS / 3));
    const times = Object.fromEntries(hosts.map(([which]) => [which, []]));
    const cpu = Object.fromEntries(hosts.map(([which]) => [which, []]));
    for (const [, host] of hosts) await run(host); // warm-up
    for (let i = 0; i < rounds; i++) {
      // Each round starts with the next host, so no host always follows the same one.
      for (let k = 0; k < hosts.length; k++) {
        const [which, host] = hosts[(i + k) % hosts.length];
        const t = process.hrtime.bigint();
        const usage = process.cpuUsage();
        const relayCpu = which === 'floor' ? floor.cpuMs() : 0;
        await run(host);
        const used = process.cpuUsage(usage);
        const relay = which === 'floor' ? floor.cpuMs() - relayCpu : 0;
        cpu[which].push((used.user + used.system) / 1000 + relay);
        times[which].push(ms(t));
      }
    }
    load.push(loadavg()[0]);
    const d = median(times.direct);
    const cells = (which) => {
      const p = median(times[which]);
      const added = (((p - d) / d) * 100).toFixed(1);
      return `${p.toFixed(0)} ms | ${added} % | ${(median(cpu[which]) - median(cpu.direct)).toFixed(0)} ms`;
    };
    rows.push(
      `| ${name} | ${rounds} | ${d.toFixed(0)} ms | ${cells('proxy')} |${before ? ` ${cells('before')} |` : ''}${floor ? ` ${cells('floor')} |` : ''}`,
    );
  }
  console.log(
    `| operation | rounds | direct (median) | through the endpoint (median) | added | endpoint CPU per operation |${before ? ' before: endpoint | before: added | before: CPU |' : ''}${floor ? ' bare relay (floor) | floor: added | floor: CPU |' : ''}`,
  );
  console.log(
    `| --- | --- | --- | --- | --- | --- |${before ? ' --- | --- | --- |' : ''}${floor ? ' --- | --- | --- |' : ''}`,
  );
  for (const row of rows) console.log(row);
  console.log(
    `\nload average (1 min) at the start and after each row: ${load.map((l) => l.toFixed(1)).join(', ')}`,
  );
  console.log(`labelled creates: ${proxy.labelled.container}; node ${process.version}`);
} finally {
  if (made.length) await docker(['rm', '-f', ...made], direct).catch(() => undefined);
  await proxy.close();
  await before?.close();
  floor?.close();
  await runRelays.close();
  rmSync(dir, { recursive: true, force: true });
}
