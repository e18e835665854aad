// Passes: three small tests.
import test from 'node:test';
import assert from 'node:assert/strict';

test('adds', () => assert.equal(1 + 1, 2));
test('multiplies', () => assert.equal(6 * 7, 42));
test('divides', () => assert.equal(10 / 4, 2.5));
