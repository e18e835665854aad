// A fixture suite for the Action's end-to-end tests: units whose behaviour follows their name, writing a ledger and pid files to a folder outside the workspace.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../support/temp-dir.js';

/**
 * One script for every unit. `fail*` prints workflow commands (which must stay inert) and exits 1;
 * `leak*` and `block*` start a `setsid` daemon (a leak); `block*` then hangs while `<dir>/block`
 * exists; `hog*` holds as many bytes as `<dir>/hog` says, while it exists. Every unit appends its name to `<dir>/ledger` and records what secrets it can see.
 */
const UNIT = `
const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');
const name = path.basename(__filename, '.cjs');
const dir = process.env.FIXTURE_DIR;
fs.appendFileSync(path.join(dir, 'ledger'), name + '\\n');
fs.writeFileSync(path.join(dir, name + '.env'), JSON.stringify({
  token: process.env.ACTIONS_RUNTIME_TOKEN ?? null,
  results: process.env.ACTIONS_RESULTS_URL ?? null,
}));
if (name.includes('fail')) {
  console.log('::error::injected by a test');
  console.log('::set-output name=status::hacked');
  console.error('AssertionError: expected 1 to equal 2');
  process.exit(1);
}
if (name.includes('leak') || name.includes('block')) {
  const daemon = spawn('sleep', ['300'], { detached: true, stdio: 'ignore' });
  daemon.unref();
  fs.writeFileSync(path.join(dir, name + '.daemon'), String(daemon.pid));
}
if (name.includes('hog') && fs.existsSync(path.join(dir, 'hog'))) {
  fs.writeFileSync(path.join(dir, name + '.pid'), String(process.pid));
  const keep = [];
  for (let left = Number(fs.readFileSync(path.join(dir, 'hog'), 'utf8')); left > 0; left -= 2 ** 28)
    keep.push(Buffer.alloc(Math.min(left, 2 ** 28), 1));
  setInterval(() => keep.length, 1000);
} else if (name.includes('block') && fs.existsSync(path.join(dir, 'block'))) {
  fs.writeFileSync(path.join(dir, name + '.pid'), String(process.pid));
  setInterval(() => {}, 1000);
} else {
  console.log('1 passed, 0 failed');
}
`;

export interface FixtureSuite {
  /** The checkout: copied into each attempt's fresh workspace. */
  source: string;
  /** Outside every workspace: ledger, pid files, the block flag. */
  dir: string;
  ledger(): string[];
  pid(file: string): number;
  block(on: boolean): void;
  /** Makes `hog*` units hold this many bytes (undefined: they just pass). */
  hog(bytes: number | undefined): void;
  /** A fresh workspace with the suite's files, as actions/checkout would leave it. */
  checkout(): string;
}

export function fixtureSuite(names: readonly string[]): FixtureSuite {
  const source = tempDir('tw-checkout-');
  const dir = tempDir('tw-fixture-');
  mkdirSync(join(source, 'tests'));
  for (const name of names) writeFileSync(join(source, 'tests', `${name}.cjs`), UNIT);
  return {
    source,
    dir,
    ledger: () => {
      const path = join(dir, 'ledger');
      return existsSync(path) ? readFileSync(path, 'utf8').trim().split('\n') : [];
    },
    pid: (file) => Number(readFileSync(join(dir, file), 'utf8')),
    block: (on) => {
      if (on) writeFileSync(join(dir, 'block'), '');
      else rmSync(join(dir, 'block'), { force: true });
    },
    hog: (bytes) => {
      if (bytes === undefined) rmSync(join(dir, 'hog'), { force: true });
      else writeFileSync(join(dir, 'hog'), String(bytes));
    },
    checkout: () => {
      const workspace = tempDir('tw-workspace-');
      cpSync(source, workspace, { recursive: true });
      return workspace;
    },
  };
}
