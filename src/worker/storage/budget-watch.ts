/**
 * Runs `check` after storage grew, at most once per `intervalMs` (a sync of thousands of
 * events asks many times; the budget is checked once after the burst), and every
 * `intervalMs` × 10 in any case, so usage by other tabs is watched too.
 */
export function watchBudget(check: () => Promise<unknown>, intervalMs = 30_000): { grew(): void; stop(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = 0;
  const run = () => {
    timer = undefined;
    last = Date.now();
    check().catch((error: unknown) => console.warn(`storage budget check failed: ${String(error)}`));
  };
  const periodic = setInterval(run, intervalMs * 10);
  // A periodic check must not keep a Node test process alive.
  (periodic as { unref?: () => void }).unref?.();
  return {
    grew() {
      if (timer) return;
      timer = setTimeout(run, Math.max(1_000, last + intervalMs - Date.now()));
      (timer as { unref?: () => void }).unref?.();
    },
    stop() {
      clearInterval(periodic);
      if (timer) clearTimeout(timer);
    },
  };
}
