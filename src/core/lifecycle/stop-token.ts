// A run-wide stop request: the reason is recorded once; a second request can only make the stop immediate.
import type { StopReason } from '../types.js';

export type StopListener = (reason: StopReason, immediate: boolean) => void;

export class StopToken {
  #reason: StopReason | undefined;
  #immediate = false;
  /** True when the stop should terminate running units (signals, thresholds), false for fail-fast. */
  #terminate = false;
  readonly #listeners = new Set<StopListener>();

  get reason(): StopReason | undefined {
    return this.#reason;
  }
  get stopped(): boolean {
    return this.#reason !== undefined;
  }
  get immediate(): boolean {
    return this.#immediate;
  }
  get terminatesRunning(): boolean {
    return this.#terminate;
  }

  /**
   * Requests a stop. `terminate` ends running units (a graceful stop); a later request while
   * stopping makes it immediate (SIGKILL without grace), as a second Ctrl-C does.
   */
  request(reason: StopReason, options: { terminate: boolean; immediate?: boolean }): void {
    const wasTerminating = this.#terminate;
    if (this.#reason === undefined || (!this.#terminate && options.terminate))
      this.#reason = reason;
    if (options.terminate) {
      if (wasTerminating || options.immediate) this.#immediate = true;
      this.#terminate = true;
    }
    for (const listener of this.#listeners) listener(this.#reason!, this.#immediate);
  }

  onRequest(listener: StopListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
