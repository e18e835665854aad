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

/** Mocha's reading of a grep given as text: `/source/flags`, else the text is the source. */
function grepSource(grep) {
  if (grep instanceof RegExp) return { source: grep.source, flags: grep.flags };
  const match = String(grep).match(/^\/(.*)\/([gimy]{0,4})$|.*/);
  return { source: match[1] || match[0], flags: match[2] || '' };
}

const escapeRe = (text) =>
  String(text)
    .replace(/[|\\{}()[\]^$+*?.]/g, '\\$&')
    .replace(/-/g, '\\x2d');

/**
 * testwarden's choice (TESTWARDEN_MOCHA_SELECT: `{pattern, except}`, an anchored alternation of
 * full titles to run, or with `except` to leave out) joined with the project's own `grep`,
 * `fgrep` and `invert` into the one grep Mocha takes: a test runs when both choose it (Mocha's own
 * `--grep` on the command line would replace the project's, and its `invert` would turn ours).
 */
function selectGrep(project, select) {
  const ours = select.pattern.slice(1); // `(?:…)$`, anchored at the start by the lookahead below
  let source = select.except ? `^(?!${ours})` : `^(?=${ours})`;
  let flags = '';
  const own =
    project.fgrep !== undefined
      ? { source: escapeRe(project.fgrep), flags: '' }
      : project.grep !== undefined && project.grep !== ''
        ? grepSource(project.grep)
        : undefined;
  if (own) {
    source += project.invert
      ? `(?![\\s\\S]*?(?:${own.source}))`
      : `(?=[\\s\\S]*?(?:${own.source}))`;
    flags = own.flags.replace(/[gy]/g, '');
  }
  return flags ? `/${source}/${flags}` : source;
}

// `_` holds the configuration's spec and the paths given after `--`: the batch's files, named on
// Mocha's command line, replace them (TESTWARDEN_MOCHA_KEEP_SPEC: no files are named, the suite
// runs as the configuration names it). `config` and `package` were this file and --no-package.
const project = projectOptions();
const options = { ...project };
for (const key of ['_', '$0', 'spec', 'config', 'package']) delete options[key];
if (process.env.TESTWARDEN_MOCHA_KEEP_SPEC === '1' && Array.isArray(project._))
  options.spec = project._;
if (process.env.TESTWARDEN_MOCHA_SELECT) {
  options.grep = selectGrep(project, JSON.parse(process.env.TESTWARDEN_MOCHA_SELECT));
  options.invert = false;
  delete options.fgrep;
}
module.exports = options;
