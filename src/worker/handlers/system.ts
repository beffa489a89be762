import type { WorkerContext } from '../context';
import type { WorkerListener } from '../events';
import { restoreQueuedEvents } from '../repository/outbox-queue';

export interface WorkerStatus {
  databaseVersion: number;
  exerciseCount: number;
  relayUrls: string[];
}

export interface SystemHandlers {
  /** Opens the database; the app shows an error screen if this fails. */
  startWorker(args?: { relayUrls?: string[] }): Promise<WorkerStatus>;
  /** Registers a comlink-proxied listener for worker events; returns nothing, lives as long as the page. */
  subscribeEvents(args: { listener: WorkerListener }): Promise<void>;
}

export function systemHandlers(ctx: WorkerContext): SystemHandlers {
  return {
    async startWorker({ relayUrls } = {}) {
      await ctx.db.open();
      if (relayUrls && relayUrls.length > 0) await ctx.setRelayUrls(relayUrls);
      // The signature checker (wasm) and the relays (NDK) are loaded by whatever needs them first
      // (an ingest, loadStartup right after the first screen): the first screen needs neither.
      const [exerciseCount, urls] = await Promise.all([ctx.db.exercises.count(), ctx.relayUrls()]);
      await restoreQueuedEvents(ctx);
      ctx.outboxQueued();
      // An import a killed tab left carries on behind the first screen (or says why it cannot: a locked key).
      ctx.trainingImport.resume();
      return { databaseVersion: ctx.db.verno, exerciseCount, relayUrls: urls };
    },
    async subscribeEvents({ listener }) {
      ctx.notifier.add(listener);
    },
  };
}
