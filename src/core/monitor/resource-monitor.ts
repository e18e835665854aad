// Watches the machine and the running units on an unref'd timer: machine samples feed the threshold rule and the history, units' tree memory feeds their peaks and the per-test limit.
import { performance } from 'node:perf_hooks';
import { MachineSampler, type MachineSample, type MachineSampleSource } from './machine-sampler.js';
import { SampleHistory, type HistoryPeak, type HistoryPoint } from './sample-history.js';
import {
  initialThresholdState,
  nextThresholdState,
  resolveThresholds,
  thresholdChanged,
  type ResolvedThresholds,
  type ThresholdOptions,
  type ThresholdState,
} from './thresholds.js';
import { UnitWatch, type Exceeded, type WatchUnitOptions } from './unit-watch.js';

export type { WatchUnitOptions } from './unit-watch.js';

export interface ResourceMonitorOptions {
  /** Machine sampling period; default 1000 ms. */
  intervalMs?: number;
  /** Unit sampling period while any unit has a memory limit, so a fast allocator is caught; default 250 ms. */
  unitIntervalMs?: number;
  thresholds?: ThresholdOptions;
  /** Most points the history keeps before halving its resolution; default 500. */
  historyPoints?: number;
  /** Defaults to a MachineSampler; tests pass synthetic samples. */
  sampler?: MachineSampleSource;
  /** After each machine sample. */
  onSample?: (sample: MachineSample) => void;
  /** When admission, the set of breaches or the shutdown changes. */
  onThreshold?: (state: ThresholdState) => void;
  /** A sampling or hook failure; without this hook it is thrown (on the timer: uncaught). */
  onError?: (error: unknown) => void;
}

/** What the monitor's own sampling cost, hooks excluded (process.cpuUsage deltas around it). */
export interface MonitorCost {
  cycles: number;
  machineSamples: number;
  unitSamples: number;
  /** CPU time, user + system, in µs: machine sampling, unit sampling, and both. */
  machineCpuMicros: number;
  unitCpuMicros: number;
  cpuMicros: number;
  maxCycleCpuMicros: number;
  /** Since start() (or construction when never started). */
  elapsedMs: number;
  /** cpuMicros over elapsed time: percent of one core. */
  percentOfCore: number;
}

const cpuMicros = (since: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(since);
  return d.user + d.system;
};

export class ResourceMonitor {
  private readonly intervalMs: number;
  private readonly unitIntervalMs: number;
  private readonly thresholds: ResolvedThresholds;
  private readonly sampler: MachineSampleSource;
  private readonly samples: SampleHistory;
  private readonly units = new UnitWatch();
  private timer: NodeJS.Timeout | undefined;
  private period = 0;
  private lastMachineAt: number | undefined;
  private latest: MachineSample | undefined;
  private state: ThresholdState = initialThresholdState;
  private since = performance.now();
  private readonly spent = {
    cycles: 0,
    machineSamples: 0,
    unitSamples: 0,
    machine: 0,
    unit: 0,
    maxCycle: 0,
  };

  constructor(private readonly options: ResourceMonitorOptions = {}) {
    this.intervalMs = options.intervalMs ?? 1000;
    this.unitIntervalMs = Math.min(options.unitIntervalMs ?? 250, this.intervalMs);
    if (!(this.intervalMs > 0) || !(this.unitIntervalMs > 0)) {
      throw new RangeError(
        `monitor: expected intervals above 0 ms, got ${this.intervalMs} and ${this.unitIntervalMs}`,
      );
    }
    this.thresholds = resolveThresholds(options.thresholds);
    this.sampler = options.sampler ?? new MachineSampler();
    this.samples = new SampleHistory(options.historyPoints ?? 500);
  }

  /** Takes a first sample now, then samples on a timer that never keeps the process alive. */
  start(): void {
    if (this.timer) return;
    this.since = performance.now();
    this.tick();
    this.schedule(true);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  watchUnit(unitId: string, options: WatchUnitOptions): void {
    this.units.add(unitId, options);
    this.schedule();
  }

  /** Stops watching a unit and returns its peak memory (undefined if it was not watched). */
  unwatchUnit(unitId: string): number | undefined {
    const peak = this.units.remove(unitId);
    this.schedule();
    return peak;
  }

  /** Highest tree memory seen for a watched unit, in bytes. */
  peakFor(unitId: string): number | undefined {
    return this.units.peakFor(unitId);
  }

  /** False while a threshold is breached: start no new unit. */
  get admit(): boolean {
    return this.state.admit;
  }

  get thresholdState(): ThresholdState {
    return this.state;
  }

  get lastSample(): MachineSample | undefined {
    return this.latest;
  }

  /** Thinned machine samples for reports, oldest first. */
  history(): HistoryPoint[] {
    return this.samples.points();
  }

  /** Exact highest machine memory and CPU seen. */
  machinePeak(): HistoryPeak | undefined {
    return this.samples.peak();
  }

  cost(): MonitorCost {
    const s = this.spent;
    const elapsedMs = performance.now() - this.since;
    const total = s.machine + s.unit;
    return {
      cycles: s.cycles,
      machineSamples: s.machineSamples,
      unitSamples: s.unitSamples,
      machineCpuMicros: s.machine,
      unitCpuMicros: s.unit,
      cpuMicros: total,
      maxCycleCpuMicros: s.maxCycle,
      elapsedMs,
      percentOfCore: elapsedMs > 0 ? (total / (elapsedMs * 1000)) * 100 : 0,
    };
  }

  /**
   * One sampling cycle as the timer runs it: the machine when its interval is due at `now`, then
   * every watched unit. Public so benchmarks and tests can drive cycles without waiting.
   */
  tick(now: number = Date.now()): void {
    let sample: MachineSample | undefined;
    let changed = false;
    let exceeded: Exceeded[] = [];
    try {
      const started = process.cpuUsage();
      let machine = 0;
      if (this.machineDue(now)) {
        sample = this.sampler.sample(now);
        this.lastMachineAt = now;
        this.latest = sample;
        this.samples.add(sample);
        const next = nextThresholdState(this.state, sample, this.thresholds);
        changed = thresholdChanged(this.state, next);
        this.state = next;
        machine = cpuMicros(started);
        this.spent.machineSamples += 1;
      }
      if (this.units.size > 0) {
        exceeded = this.units.sample();
        this.spent.unitSamples += 1;
      }
      const cycle = cpuMicros(started);
      this.spent.cycles += 1;
      this.spent.machine += machine;
      this.spent.unit += cycle - machine;
      this.spent.maxCycle = Math.max(this.spent.maxCycle, cycle);
    } catch (error) {
      this.fail(error);
    }
    // Hooks run after the accounting (their cost is the caller's), each on its own.
    const current = this.state;
    if (sample) this.call(this.options.onSample, sample);
    if (changed) this.call(this.options.onThreshold, current);
    for (const { options, peakBytes } of exceeded) this.call(options.onExceeded, peakBytes);
  }

  private call<T>(hook: ((value: T) => void) | undefined, value: T): void {
    try {
      hook?.(value);
    } catch (error) {
      this.fail(error);
    }
  }

  private fail(error: unknown): void {
    if (!this.options.onError) throw error;
    this.options.onError(error);
  }

  private machineDue(now: number): boolean {
    if (this.lastMachineAt === undefined) return true;
    // Half a timer period of slack: a tick a little early still counts as the one that is due.
    return now - this.lastMachineAt >= this.intervalMs - this.currentPeriod() / 2;
  }

  private currentPeriod(): number {
    return this.units.anyLimited ? this.unitIntervalMs : this.intervalMs;
  }

  /** (Re)arms the timer when the period changed: faster while a unit has a memory limit. */
  private schedule(force = false): void {
    if (!this.timer && !force) return;
    const period = this.currentPeriod();
    if (this.timer && period === this.period) return;
    if (this.timer) clearInterval(this.timer);
    this.period = period;
    this.timer = setInterval(() => this.tick(), period);
    this.timer.unref();
  }
}
