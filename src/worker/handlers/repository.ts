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
  /** When a relay last took an event from the outbox (epoch ms). */
  lastOutboxSentAt?: number;
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
        lastOutboxSentAt: latest((await ctx.db.outbox.where('status').equals('sent').toArray()).map((row) => row.sentAt)),
      };
    },

    async resetLoadMetrics() {
      ctx.loader.metrics.reset();
    },

    refreshPending: () => ctx.loader.refreshPending(),
  };
}

function latest(times: ReadonlyArray<number | undefined>): number | undefined {
  const known = times.filter((time): time is number => time !== undefined);
  return known.length > 0 ? Math.max(...known) : undefined;
}
