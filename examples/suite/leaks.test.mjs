// Leaks: starts a background server in its own session and forgets it; the test passes, and
// testwarden reports and kills the leftover process.
import test from 'node:test';
import { spawn } from 'node:child_process';

test('starts a helper server and forgets to stop it', () => {
  const server = spawn('sleep', ['300'], { detached: true, stdio: 'ignore' });
  server.unref();
});
