// Mocha configuration for a batch (`--config <this file>`): the project's own options, read by Mocha's own loader, without their spec, so that Mocha runs exactly the files named on its command line.
'use strict';
const { createRequire } = require('node:module');
const { join } = require('node:path');

/**
 * Mocha's option loader: the copy the running Mocha has loaded (it is reading this file through
 * it), else the project's own.
 */
function mochaOptions() {
  const loaded = Object.keys(require.cache).find((id) =>
    /[\\/]mocha[\\/]lib[\\/]cli[\\/]options\.js$/.test(id),
  );
  if (loaded) return require(loaded);
  return createRequire(join(process.cwd(), 'package.json'))('mocha/lib/cli/options');
}

/**
 * The arguments the user gave after `--` (TESTWARDEN_MOCHA_ARGS, a JSON list) and the user's
 * MOCHA_OPTIONS (TESTWARDEN_MOCHA_OPTIONS: testwarden clears MOCHA_OPTIONS for the batch, so that
 * Mocha does not add a spec from it again) are read with the configuration files
 * (.mocharc.*, package.json "mocha", or those the arguments name) exactly as Mocha reads them.
 */
function projectOptions() {
  const args = JSON.parse(process.env.TESTWARDEN_MOCHA_ARGS || '[]');
  if (!Array.isArray(args) || !args.every((a) => typeof a === 'string'))
    throw new Error('TESTWARDEN_MOCHA_ARGS: expected a JSON list of strings');
  const saved = process.env.MOCHA_OPTIONS;
  process.env.MOCHA_OPTIONS = process.env.TESTWARDEN_MOCHA_OPTIONS || '';
  try {
    return mochaOptions().loadOptions(args);
  } finally {
    if (saved === undefined) delete process.env.MOCHA_OPTIONS;
    else process.env.MOCHA_OPTIONS = saved;
  }
}

// `_` holds the configuration's spec and the paths given after `--`: the batch's files, named on
// Mocha's command line, replace them. `config` and `package` were this file and --no-package.
const options = { ...projectOptions() };
for (const key of ['_', '$0', 'spec', 'config', 'package']) delete options[key];
module.exports = options;
