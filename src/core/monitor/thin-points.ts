// Thins a machine history to a bounded number of points for pictures and the checkpoint: neighbours merge, keeping the start time and the highest memory and CPU.
import type { MachinePoint } from '../types.js';

function maxOrNull(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.max(a, b);
}

/**
 * At most `max` points, oldest first. Points are merged in runs of equal length, so a spike is
 * never averaged away (a threshold breach stays visible however far the history is thinned).
 */
export function thinMachinePoints(points: readonly MachinePoint[], max: number): MachinePoint[] {
  if (!Number.isInteger(max) || max < 1) {
    throw new RangeError(
      `thinMachinePoints: expected a positive whole number of points, got ${max}`,
    );
  }
  if (points.length <= max) return points.map((p) => ({ ...p }));
  const stride = Math.ceil(points.length / max);
  const thinned: MachinePoint[] = [];
  for (let i = 0; i < points.length; i += stride) {
    const first = points[i] as MachinePoint;
    const merged: MachinePoint = { ...first };
    for (let j = i + 1; j < Math.min(i + stride, points.length); j++) {
      const p = points[j] as MachinePoint;
      merged.memoryPercent = Math.max(merged.memoryPercent, p.memoryPercent);
      merged.cpuPercent = maxOrNull(merged.cpuPercent, p.cpuPercent);
    }
    thinned.push(merged);
  }
  return thinned;
}
