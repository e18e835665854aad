// One GET on an engine's API socket with its JSON answer (or its headers): how docker is asked for its version and its containers without the CLI.
import { request, type IncomingHttpHeaders } from 'node:http';

/** GET a path on the socket and parse the JSON answer; rejects on any problem (the caller falls back to the CLI). */
export function getJson(socketPath: string, path: string, timeoutMs = 5000): Promise<unknown> {
  return get(socketPath, path, timeoutMs).then(({ body }) => JSON.parse(body.toString('utf8')));
}

/** GET a path on the socket for its headers (the body is read and dropped); rejects as getJson does. */
export function getHeaders(
  socketPath: string,
  path: string,
  timeoutMs = 5000,
): Promise<IncomingHttpHeaders> {
  return get(socketPath, path, timeoutMs).then(({ headers }) => headers);
}

function get(
  socketPath: string,
  path: string,
  timeoutMs: number,
): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    // servername '': no TLS here, and Node would otherwise test the host name for an IP address
    // with a regular expression whose first compilation costs about 15 ms of CPU.
    const options = { socketPath, path, method: 'GET', timeout: timeoutMs, servername: '' };
    const req = request(options, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        if (res.statusCode !== 200)
          return reject(new Error(`docker API ${path}: HTTP ${res.statusCode}`));
        resolve({ headers: res.headers, body: Buffer.concat(chunks) });
      });
      res.on('error', reject);
    });
    req.on('timeout', () =>
      req.destroy(new Error(`docker API ${path}: no answer in ${timeoutMs} ms`)),
    );
    req.on('error', reject);
    req.end();
  });
}
