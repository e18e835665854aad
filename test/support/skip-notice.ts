// How a test file says it skips tests for want of something on this machine: one NOTICE line naming what is skipped and what would let it run.
export function noticeSkipped(what: string, why: string): void {
  console.warn(`NOTICE: ${what} skipped: ${why}`);
}
