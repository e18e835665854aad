// Times out: waits forever, so testwarden ends its process group after --timeout.
import test from 'node:test';

test('waits for an event that never comes', () => new Promise(() => setInterval(() => {}, 1000)));
