import type { WorkerContext } from '../context';
import type { LoadMetricsSnapshot } from '../repository/load-metrics';
import { repositoryLoaders, type RepositoryLoaders } from '../repository/loaders';
import type { RelayHealthEntry } from '../repository/relay-health';

export interface Diagnostics {
  loads: LoadMetricsSnapshot;
  relays: RelayHealthEntry[];
  /** Keys waiting for a relay to come back. */
  pendingRefreshes: number;
  openSubscriptions: number;
}

export type RepositoryHandlers = RepositoryLoaders & {
  getDiagnostics(args?: Record<string, never>): Promise<Diagnostics>;
  resetLoadMetrics(args?: Record<string, never>): Promise<void>;
  /** Refreshes the keys that went stale while offline, highest priority first; returns them in order. */
  refreshPending(args?: Record<string, never>): Promise<string[]>;
};

export function repositoryHandlers(ctx: WorkerContext): RepositoryHandlers {
  return {
    ...repositoryLoaders(ctx),

    async getDiagnostics() {
      const gateway = await ctx.relays();
      return {
        loads: ctx.loader.metrics.snapshot(),
        relays: ctx.loader.health.snapshot(),
        pendingRefreshes: await ctx.db.fetchLog.where('pendingPriority').aboveOrEqual(0).count(),
        openSubscriptions: gateway?.openSubscriptions() ?? 0,
      };
    },

    async resetLoadMetrics() {
      ctx.loader.metrics.reset();
    },

    refreshPending: () => ctx.loader.refreshPending(),
  };
}
