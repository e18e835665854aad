// Appends testwarden's per-test events (NDJSON, schema in docs/frameworks/README.md) to the file named by TESTWARDEN_EVENTS.
// Loaded inside the framework's own process by each shipped reporter: plain CommonJS, no dependencies.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const SCHEMA_VERSION = 1;
/** Bounds that keep one event line small whatever a test prints or throws. */
const MAX_MESSAGE = 8 * 1024;
const MAX_TITLE = 1024;
const MAX_TITLES = 32;

function clip(text, max) {
  const s = String(text ?? '');
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

/** A path relative to `base` (the working directory) with `/` separators (absolute paths outside it kept). */
function relativeFile(file, base = process.cwd()) {
  if (!file) return '';
  let f = String(file);
  if (f.startsWith('file://')) f = decodeURIComponent(new URL(f).pathname);
  if (!path.isAbsolute(f)) return f.split(path.sep).join('/');
  const rel = path.relative(base, f);
  return rel.startsWith('..') ? f : rel.split(path.sep).join('/');
}

const FRAME =
  /(?:\(|\bat\s+|@)((?:file:\/\/)?\/[^():\s]+|[A-Za-z0-9_.\-/][^():\s]*\.[cm]?[jt]sx?):(\d+)(?::(\d+))?/g;

/**
 * Where a failure happened: the first stack frame in the test's own file, else the first frame
 * outside node_modules and Node's internals.
 */
function locate(stack, testFile) {
  const wanted = testFile ? relativeFile(testFile) : undefined;
  let fallback;
  for (const match of String(stack ?? '').matchAll(FRAME)) {
    const file = relativeFile(match[1]);
    if (file.includes('node_modules/') || file.startsWith('node:')) continue;
    const at = { file, line: Number(match[2]) };
    if (match[3]) at.column = Number(match[3]);
    if (wanted && file === wanted) return at;
    fallback ??= at;
  }
  return fallback;
}

/** A failure as the events carry it: the first message line(s), the stack, where it happened. */
function failureOf(error, testFile) {
  if (error === undefined || error === null) return undefined;
  const message = typeof error === 'string' ? error : (error.message ?? String(error));
  const stack = typeof error === 'string' ? error : (error.stack ?? '');
  const failure = { message: clip(message, MAX_MESSAGE) };
  if (stack && stack !== message) failure.stack = clip(stack, MAX_MESSAGE);
  const at = locate(stack || message, testFile);
  if (at) Object.assign(failure, at);
  return failure;
}

/** A line of a stack trace (`    at fn (file:1:2)`), as Jest tells a message from its stack. */
const STACK_LINE = /\n\s*at\s.*:\d*:\d*/;

/**
 * A failure given as texts, each a message followed by its stack (Jest's `failureMessages`): the
 * message is what the framework's console shows (of each text, the lines before its first frame,
 * without a plain `Error: ` prefix), the stack the whole texts; the place is the test's own frame.
 */
function failureOfTexts(texts, testFile) {
  const whole = texts.map((t) => String(t ?? '')).join('\n\n');
  const heads = texts.map((t) => {
    const text = String(t ?? '');
    const at = text.search(STACK_LINE);
    return (at === -1 ? text : text.slice(0, at)).replace(/^Error: /, '').trim();
  });
  const head = heads.filter(Boolean).join('\n\n');
  const failure = failureOf(whole || 'failed', testFile);
  failure.message = clip(head || whole.trim() || 'failed', MAX_MESSAGE);
  if (whole && head !== whole.trim()) failure.stack = clip(whole, MAX_MESSAGE);
  return failure;
}

function createWriter(framework) {
  const target = process.env.TESTWARDEN_EVENTS;
  let fd;
  if (target) {
    try {
      fd = fs.openSync(target, 'a');
    } catch (error) {
      process.stderr.write(`testwarden: cannot write test events to ${target}: ${error.message}\n`);
    }
  }
  // Lines are built as text: every test sends two, inside the framework's own process. Each is
  // one write as it happens (a test that hangs or a kill must find its start in the file).
  const write = (line) => {
    if (fd === undefined) return;
    // One write per line with O_APPEND: lines from different processes never interleave.
    fs.writeSync(fd, line);
  };
  const emit = (event) => write(`${JSON.stringify(event)}\n`);
  // Relative to the directory the framework started in, whatever its tests later chdir to.
  const cwd = process.cwd();
  /** `"file":…` of each file the framework names (its tests name the same few files again and again). */
  const fileFields = new Map();
  const fileField = (file) => {
    let field = fileFields.get(file);
    if (field === undefined) {
      field = `"file":${JSON.stringify(clip(relativeFile(file, cwd), MAX_TITLE))}`;
      fileFields.set(file, field);
    }
    return field;
  };
  const titlesField = (titles) => {
    const kept = titles.length > MAX_TITLES ? titles.slice(0, MAX_TITLES) : titles;
    let clipped = kept;
    for (let i = 0; i < kept.length; i++) {
      const title = kept[i];
      if (typeof title !== 'string' || title.length > MAX_TITLE) {
        clipped = kept.map((t) => clip(t, MAX_TITLE));
        break;
      }
    }
    return `"titles":${JSON.stringify(clipped)}`;
  };
  /** The fields of `extra` (pytest's `nodeId`), as `,"key":value` text. */
  const extraFields = (extra) => {
    if (!extra) return '';
    const text = JSON.stringify(extra);
    return text.length > 2 ? `,${text.slice(1, -1)}` : '';
  };
  const id = (file, titles) => ({
    file: clip(relativeFile(file), MAX_TITLE),
    titles: titles.slice(0, MAX_TITLES).map((t) => clip(t, MAX_TITLE)),
  });
  return {
    enabled: fd !== undefined,
    runStart() {
      emit({ v: SCHEMA_VERSION, type: 'run-start', framework, pid: process.pid, time: Date.now() });
    },
    collected(file, titles, extra) {
      emit({ type: 'collected', ...id(file, titles), ...extra });
    },
    testStart(file, titles, extra) {
      if (fd === undefined) return;
      write(
        `{"type":"test-start",${fileField(file)},${titlesField(titles)}${extraFields(extra)},"time":${Date.now()}}\n`,
      );
    },
    testEnd(file, titles, status, durationMs, failure, extra) {
      if (fd === undefined) return;
      let line = `{"type":"test-end",${fileField(file)},${titlesField(titles)}${extraFields(extra)},"status":${JSON.stringify(status)}`;
      if (Number.isFinite(durationMs))
        line += `,"durationMs":${Math.max(0, Math.round(durationMs))}`;
      if (failure) line += `,"failure":${JSON.stringify(failure)}`;
      write(`${line},"time":${Date.now()}}\n`);
    },
    /** Closes the start of a group that is not a test (a node:test suite). */
    groupEnd(file, titles) {
      emit({ type: 'group-end', ...id(file, titles), time: Date.now() });
    },
    fileError(file, failure) {
      emit({
        type: 'file-error',
        file: clip(relativeFile(file), MAX_TITLE),
        failure,
        time: Date.now(),
      });
    },
    runEnd(summary) {
      emit({ type: 'run-end', ...(summary ? { summary } : {}), time: Date.now() });
    },
    close() {
      if (fd !== undefined) fs.closeSync(fd);
      fd = undefined;
    },
  };
}

module.exports = { createWriter, failureOf, failureOfTexts, relativeFile, locate };
