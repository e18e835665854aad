// Formats `testwarden status` for people.
import { formatDuration } from '../core/format.js';
import type { CheckpointStatus } from '../core/checkpoint/checkpoint-status.js';

/** Units left that are named one per line; `--json` lists them all. */
const SHOWN = 10;

/** A unit id from the file, on one line whatever it holds. */
function printable(id: string): string {
  return JSON.stringify(id).slice(1, -1);
}

export function formatStatus(s: CheckpointStatus): string {
  const lines: string[] = [];
  const attempt = s.attempt !== null ? `, attempt ${s.attempt}` : '';
  lines.push(`Checkpoint ${s.path}`);
  lines.push(`Run ${s.runId}${attempt}, last written ${s.updatedAt}`);
  const ended = s.running
    ? `running since ${s.running.since} (${formatDuration(Date.now() - Date.parse(s.running.since))}; run ${s.running.runId}, pid ${s.running.pid})`
    : s.complete
      ? 'completed: every unit passed'
      : s.reason
        ? `stopped early (reason: ${s.reason})`
        : 'not complete';
  lines.push(`State: ${ended}`);
  const total = s.totalUnits !== null ? ` of ${s.totalUnits}` : '';
  // A flaky unit passed (on a retry or a resume): one of the passed, not beside them.
  const flaky = s.flaky ? `, ${s.flaky} of them flaky` : '';
  lines.push(
    `Done: ${s.done}${total} units (${s.byOutcome.passed} passed${flaky}, ${s.byOutcome.skipped} skipped) in ${formatDuration(s.durationMs)}`,
  );
  const again = [
    [s.byOutcome.failed, 'failed'],
    [s.byOutcome['timed-out'], 'timed out'],
    [s.byOutcome['resource-exceeded'], 'over memory'],
    [s.byOutcome.interrupted, 'interrupted'],
  ]
    .filter(([n]) => (n as number) > 0)
    .map(([n, what]) => `${n} ${what}`);
  const notStarted =
    s.notStarted !== null && s.notStarted > 0 ? [`${s.notStarted} not finished`] : [];
  const left = [...again, ...notStarted];
  lines.push(`Left: ${left.length > 0 ? left.join(', ') : 'nothing'}`);
  for (const unit of s.left.slice(0, SHOWN)) {
    lines.push(`  ${printable(unit.id)}  ${unit.outcome ?? 'not finished'}`);
  }
  if (s.left.length > SHOWN) lines.push(`  … and ${s.left.length - SHOWN} more`);
  for (const w of s.warnings) lines.push(`warning: ${w}`);
  if (!s.complete && !s.running && left.length > 0)
    lines.push('Resume with the same command plus --resume.');
  return `${lines.join('\n')}\n`;
}
