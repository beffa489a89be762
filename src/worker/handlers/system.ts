import type { WorkerContext } from '../context';
import type { WorkerListener } from '../events';
import { restoreQueuedEvents } from '../repository/outbox-queue';

export interface WorkerStatus {
  databaseVersion: number;
  verifier: string;
  exerciseCount: number;
  relayUrls: string[];
}

export interface SystemHandlers {
  /** Opens the database and loads the verifier; the app shows an error screen if this fails. */
  startWorker(args?: { relayUrls?: string[] }): Promise<WorkerStatus>;
  /** Registers a comlink-proxied listener for worker events; returns nothing, lives as long as the page. */
  subscribeEvents(args: { listener: WorkerListener }): Promise<void>;
}

export function systemHandlers(ctx: WorkerContext): SystemHandlers {
  return {
    async startWorker({ relayUrls } = {}) {
      await ctx.db.open();
      if (relayUrls && relayUrls.length > 0) await ctx.setRelayUrls(relayUrls);
      const [verifier, exerciseCount, gateway] = await Promise.all([ctx.verifier(), ctx.db.exercises.count(), ctx.relays()]);
      await restoreQueuedEvents(ctx);
      ctx.outboxQueued();
      return { databaseVersion: ctx.db.verno, verifier: verifier.name, exerciseCount, relayUrls: [...(gateway?.relayUrls ?? [])] };
    },
    async subscribeEvents({ listener }) {
      ctx.notifier.add(listener);
    },
  };
}
