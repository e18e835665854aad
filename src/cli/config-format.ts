// Prints the resolved run options (each with where it came from) and the units a run would get, for `testwarden config` and `run --dry-run`.
import { CONFIG_KEYS, type ConfigKey } from '../core/config/config-keys.js';
import type { ResolvedOptions } from '../core/config/resolve-options.js';
import type { UnitsPreview } from '../core/plan/preview-units.js';
import { plainLine } from '../core/text/control-chars.js';

/** What an option not given anywhere is, as `run --help` says it. */
const DEFAULT_TEXT: Partial<Record<ConfigKey, string>> = {
  shell: 'false',
  cwd: '.',
  jobs: '1',
  timeout: '10m',
  'grace-period': '5s',
  retries: '0',
  'fail-fast': 'false',
  'max-failures': 'off',
  'state-dir': '.testwarden',
  'allow-no-units': 'false',
  leaks: 'kill',
  tracking: 'auto',
  'cgroup-sudo': 'false',
  resume: 'false',
  'memory-threshold': '90',
  'cpu-threshold': 'off',
  'threshold-window': '10s',
  'max-memory-per-test': 'off',
  containers: 'track when an engine answers',
  isolation: 'process',
  'slow-timeout': '60s',
  'progress-interval': '30s',
  watchdog: 'true',
  'heartbeat-timeout': '60s',
};

export interface ConfigView {
  configFile: string | null;
  profile: string | null;
  options: Record<string, { value: unknown; source: string }>;
  units: string[];
  shard: { index: number; total: number; mode: string; units: string[] } | null;
  /** With a preset and --batch or --shard: the units that would run and the files of each. */
  batches: { id: string; files: string[] }[] | null;
  warnings: string[];
}

export function configView(
  file: { path: string; profile: string } | undefined,
  resolved: ResolvedOptions,
  preview: UnitsPreview,
): ConfigView {
  const options: ConfigView['options'] = {};
  for (const [name, { key }] of Object.entries(CONFIG_KEYS) as [
    ConfigKey,
    (typeof CONFIG_KEYS)[ConfigKey],
  ][]) {
    const value = resolved.raw[key];
    const source = resolved.sources[key];
    if (value !== undefined && source !== undefined) options[name] = { value, source };
    else if (DEFAULT_TEXT[name] !== undefined)
      options[name] = { value: DEFAULT_TEXT[name], source: 'default' };
  }
  const shard = preview.shard;
  return {
    configFile: file?.path ?? null,
    profile: file?.profile ?? null,
    options,
    units: preview.found.map((u) => u.id),
    shard: shard
      ? {
          index: shard.info.index,
          total: shard.info.total,
          mode: shard.info.mode,
          units: shard.units.map((u) => u.id),
        }
      : null,
    batches: preview.batches
      ? preview.batches.map((b) => ({ id: b.id, files: [...(b.files ?? [])] }))
      : null,
    warnings: preview.warnings,
  };
}

export function formatConfig(view: ConfigView): string {
  const lines: string[] = [];
  lines.push(
    view.configFile
      ? `Config file: ${view.configFile} (profile ${view.profile})`
      : 'Config file: none (no testwarden.toml from here up to the repository root)',
  );
  lines.push('Options:');
  const entries = Object.entries(view.options).map(
    ([name, o]) => [name, show(o.value), o.source] as const,
  );
  const nameWidth = Math.max(...entries.map(([n]) => n.length));
  const valueWidth = Math.min(40, Math.max(...entries.map(([, v]) => v.length)));
  for (const [name, value, source] of entries)
    lines.push(`  ${name.padEnd(nameWidth)}  ${value.padEnd(valueWidth)}  ${source}`);
  // With batches, what discovery found are the framework's files; the batches are the units.
  const found = view.batches ? 'files' : 'units';
  lines.push(
    view.batches
      ? `Files the framework discovered: ${view.units.length}`
      : `Units: ${view.units.length}`,
  );
  for (const id of view.units) lines.push(`  ${plainLine(id)}`);
  if (view.shard) {
    const s = view.shard;
    lines.push(
      `Shard ${s.index}/${s.total} (${s.mode}): ${s.units.length} of ${view.units.length} ${found}`,
    );
    for (const id of s.units) lines.push(`  ${plainLine(id)}`);
  }
  if (view.batches) {
    const files = view.batches.reduce((n, b) => n + b.files.length, 0);
    lines.push(`Units (batches): ${view.batches.length} (${files} files)`);
    for (const b of view.batches) {
      lines.push(
        `  ${plainLine(b.id)}: ${b.files.length} ${b.files.length === 1 ? 'file' : 'files'}`,
      );
      for (const f of b.files) lines.push(`    ${plainLine(f)}`);
    }
  }
  for (const w of view.warnings) lines.push(`warning: ${w}`);
  lines.push('Nothing was run.');
  return `${lines.join('\n')}\n`;
}

function show(value: unknown): string {
  if (Array.isArray(value)) return value.map((v) => JSON.stringify(v)).join(' ');
  return plainLine(String(value));
}
