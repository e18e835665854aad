// Fails: one test has a wrong expectation, so testwarden shows this unit's log tail.
import test from 'node:test';
import assert from 'node:assert/strict';

test('upper-cases', () => assert.equal('warden'.toUpperCase(), 'WARDEN'));
test('pads', () => assert.equal('7'.padStart(3, '0'), '0007'));
