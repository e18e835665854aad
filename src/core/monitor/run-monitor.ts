// The run's resource monitor: thresholds turned into admission and a graceful stop, and the machine history kept for the report.

import { formatDuration } from '../format.js';
import type { RunSuiteOptions } from '../run-config.js';
import type { StopToken } from '../lifecycle/stop-token.js';
import type { MachineRecord } from '../types.js';
import { MachineSampler } from './machine-sampler.js';
import { ResourceMonitor } from './resource-monitor.js';

export function machineRecord(monitor: ResourceMonitor, options: RunSuiteOptions): MachineRecord {
  const peak = monitor.machinePeak();
  return {
    samples: monitor.history().map((p) => ({
      at: p.at,
      memoryPercent: round1(p.memoryPercent),
      cpuPercent: p.cpuPercent === null ? null : round1(p.cpuPercent),
    })),
    peak: peak
      ? {
          memoryPercent: round1(peak.memoryPercent),
          cpuPercent: peak.cpuPercent === null ? null : round1(peak.cpuPercent),
        }
      : null,
    thresholds: {
      memoryPercent:
        options.memoryThresholdPercent === undefined ? 90 : options.memoryThresholdPercent,
      cpuPercent: options.cpuThresholdPercent ?? null,
      windowMs: options.thresholdWindowMs ?? 10_000,
    },
  };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Resolves true when a unit may start: at once while under the thresholds, else when back under or stopped. */
export async function admitted(monitor: ResourceMonitor, stop: StopToken): Promise<boolean> {
  while (!monitor.admit && !stop.stopped) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !stop.stopped;
}

export function startMonitor(
  options: RunSuiteOptions,
  stop: StopToken,
  notice: (level: 'info' | 'warning', message: string) => void,
): ResourceMonitor {
  let paused = false;
  const sampler = new MachineSampler();
  // Off Linux the only memory figure is total minus free (macOS counts its file cache as used),
  // which would trip the default threshold: there it applies only when asked for explicitly.
  const memoryPercent =
    options.memoryThresholdPercent ?? (sampler.source === 'os' ? null : undefined);
  if (memoryPercent === null) {
    notice(
      'info',
      'memory threshold off by default here (no reliable memory figure); set --memory-threshold to use it',
    );
  }
  const monitor = new ResourceMonitor({
    sampler,
    thresholds: {
      memoryPercent,
      cpuPercent: options.cpuThresholdPercent,
      windowMs: options.thresholdWindowMs,
    },
    onThreshold: (state) => {
      const breach = state.shutdown ?? state.breaches[0];
      if (state.shutdown && !stop.terminatesRunning) {
        const b = state.shutdown;
        notice(
          'warning',
          `${b.reason === 'memory' ? 'Memory' : 'CPU'} at ${b.value.toFixed(0)}%, over the ${b.threshold}% threshold for ${formatDuration(Date.now() - b.since)}: shutting down gracefully (checkpoint saved; --resume continues)`,
        );
        stop.request(b.reason, { terminate: true });
      } else if (!state.admit && !paused && breach) {
        paused = true;
        notice(
          'warning',
          `${breach.reason} at ${breach.value.toFixed(0)}% (threshold ${breach.threshold}%): no new unit starts until it drops`,
        );
      } else if (state.admit && paused) {
        paused = false;
        notice('info', 'back under the thresholds: units start again');
      }
    },
    onError: () => {
      // A failed sample is skipped; the next one decides.
    },
  });
  monitor.start();
  return monitor;
}
