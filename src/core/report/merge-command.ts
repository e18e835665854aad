// `testwarden merge` without the CLI: finds the shard reports, merges them, writes the report, JUnit, step summary and timings history.
import { appendFileSync, mkdirSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { UsageError } from '../errors.js';
import { readBounded } from '../checkpoint/read-bounded.js';
import { updateTimings } from '../plan/timings.js';
import type { RunReport } from '../types.js';
import { mergeJUnit } from './junit-merge.js';
import { renderJUnit } from './junit-writer.js';
import { mergeReports, shardProblems, suiteUnits } from './merge-reports.js';
import { renderMergeSummary } from './merge-summary.js';
import { readReportFile, REPORT_MAX_BYTES, type ShardReport } from './report-schema.js';
import { writeFileAtomic } from './write-files.js';

export interface MergeOptions {
  /** Report files or globs (relative to `cwd`), such as `reports/**\/report.json`. */
  inputs: readonly string[];
  cwd?: string;
  /** Where to write the merged report JSON. */
  reportJson?: string;
  /** Where to write one JUnit file for the merged run. */
  junit?: string;
  /**
   * JUnit files or globs the shards wrote. When given, `junit` combines them (their failure log
   * tails included) instead of rendering the merged report, whose unit logs live on the shards'
   * machines.
   */
  junitInputs?: readonly string[];
  /** Markdown summary, appended (as `$GITHUB_STEP_SUMMARY` expects). */
  summaryMarkdown?: string;
  /** A timings history (timings.json) to update with the merged durations. */
  timings?: string;
}

export interface MergeOutcome {
  report: RunReport;
  /** The reports read, sorted by path. */
  inputs: { source: string; report: ShardReport }[];
  /** From `shardProblems`: empty when the shards add up to the whole suite. */
  problems: string[];
  /** Non-fatal trouble (the timings history). */
  warnings: string[];
}

/** Throws a UsageError (exit code 2) for inputs that match nothing or a report that is not one. */
export async function runMerge(options: MergeOptions): Promise<MergeOutcome> {
  const cwd = resolve(options.cwd ?? '.');
  const files = await resolveInputs('inputs', options.inputs, cwd);
  const inputs = files.map((path) => ({
    source: relative(cwd, path) || path,
    report: readReportFile(path),
  }));
  const report = mergeReports(
    inputs.map((i) => i.report),
    inputs.map((i) => i.source),
  );
  const problems = shardProblems(
    inputs.map((i) => i.report),
    suiteUnits(report.units),
  );
  const warnings: string[] = [];

  if (options.reportJson !== undefined) {
    writeFileAtomic(resolve(cwd, options.reportJson), `${JSON.stringify(report, null, 2)}\n`);
  }
  if (options.junit !== undefined) {
    const xml =
      options.junitInputs !== undefined && options.junitInputs.length > 0
        ? mergeJUnit(await readJUnitInputs(options.junitInputs, cwd))
        : renderJUnit(report);
    writeFileAtomic(resolve(cwd, options.junit), xml);
  }
  if (options.summaryMarkdown !== undefined) {
    const path = resolve(cwd, options.summaryMarkdown);
    mkdirSync(dirname(path), { recursive: true });
    appendFileSync(path, renderMergeSummary({ report, inputs, problems }));
  }
  if (options.timings !== undefined) {
    warnings.push(...updateTimings(resolve(cwd, options.timings), report.units).warnings);
  }
  return { report, inputs, problems, warnings };
}

/** Files named or matched, deduplicated and sorted; an input matching nothing is an error. */
async function resolveInputs(
  option: string,
  inputs: readonly string[],
  cwd: string,
): Promise<string[]> {
  if (inputs.length === 0) {
    throw new UsageError(`${option}: expected report files or globs, got none`);
  }
  const found = new Set<string>();
  for (const input of inputs) {
    const literal = resolve(cwd, input);
    if (isFile(literal)) {
      found.add(literal);
      continue;
    }
    const matches = await glob([input], {
      cwd,
      absolute: true,
      onlyFiles: true,
      expandDirectories: false,
    });
    if (matches.length === 0) {
      throw new UsageError(
        `${option}: expected a file or a glob matching files, got ${JSON.stringify(input)} (nothing under ${cwd})`,
      );
    }
    for (const match of matches) found.add(resolve(match));
  }
  return [...found].sort();
}

async function readJUnitInputs(inputs: readonly string[], cwd: string) {
  const files = await resolveInputs('junit inputs', inputs, cwd);
  return files.map((path) => {
    const text = readBounded(path, REPORT_MAX_BYTES);
    if (text.kind !== 'text') {
      throw new UsageError(`junit ${path}: ${text.kind === 'missing' ? 'no such file' : text.why}`);
    }
    return { xml: text.content, source: relative(cwd, path) || path };
  });
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
