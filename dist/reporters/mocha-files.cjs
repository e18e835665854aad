// Lists the files Mocha would run without loading them (spec, extension, recursive, ignore as Mocha's own loader reads them), for when `mocha --dry-run` cannot list them because a file fails to load.
'use strict';
const { createRequire } = require('node:module');
const { join, relative } = require('node:path');

const mochaRequire = createRequire(join(process.cwd(), 'package.json'));
const { loadOptions } = mochaRequire('mocha/lib/cli/options');
const collectFiles = mochaRequire('mocha/lib/cli/collect-files');

const args = JSON.parse(process.env.TESTWARDEN_MOCHA_ARGS || '[]');
if (!Array.isArray(args) || !args.every((a) => typeof a === 'string'))
  throw new Error('TESTWARDEN_MOCHA_ARGS: expected a JSON list of strings');
const options = loadOptions(args);
const spec = options._ && options._.length > 0 ? options._.map(String) : ['./test'];
// `file` entries are loaded before every run; they are not the suite's files (see mocha-batch.cjs).
const collected = collectFiles({
  ignore: options.ignore || [],
  extension: options.extension || ['js', 'cjs', 'mjs'],
  file: [],
  recursive: Boolean(options.recursive),
  sort: Boolean(options.sort),
  spec,
});
// Mocha 8-10 return the list, Mocha 11 `{files, unmatchedFiles}`.
const files = Array.isArray(collected) ? collected : collected.files;
process.stdout.write(
  JSON.stringify(files.map((f) => relative(process.cwd(), f).split('\\').join('/'))),
);
