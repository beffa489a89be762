import { KIND } from '../../domain/kinds';
import type { NostrEvent } from '../../domain/nostr-event';
import type { WorkerContext } from '../context';
import { WorkerFailure } from '../errors';
import { ingestAndNotify as ingestInto } from '../ingest-and-notify';
import type { IngestSource, IngestSummary } from '../pipeline/outcomes';
import { normaliseRelayUrl } from '../../domain/relay-list';
import type { PublishResult, RelayConnectionState, RelayFilter } from '../relay/relay-gateway';

export interface SyncHandlers {
  ingestEvents(args: { events: unknown[]; source: IngestSource }): Promise<IngestSummary>;
  setRelays(args: { urls: string[] }): Promise<string[]>;
  getRelayStatus(args?: Record<string, never>): Promise<Record<string, RelayConnectionState>>;
  publishEvent(args: { event: NostrEvent; timeoutMs?: number }): Promise<{ ingest: IngestSummary; relays: PublishResult[] }>;
  syncFromRelays(args: { filters: RelayFilter[]; timeoutMs?: number }): Promise<IngestSummary>;
  refreshLibrary(args?: Record<string, never>): Promise<IngestSummary | undefined>;
}

const DEFAULT_TIMEOUT_MS = 4_000;

export function syncHandlers(ctx: WorkerContext): SyncHandlers {
  const ingestAndNotify = (events: unknown[], source: IngestSource) => ingestInto(ctx, events, source);

  async function requireRelays() {
    const gateway = await ctx.relays();
    if (!gateway) throw new WorkerFailure('no-relays', 'no relays are configured');
    return gateway;
  }

  const handlers: SyncHandlers = {
    ingestEvents: ({ events, source }) => ingestAndNotify(events, source),

    async setRelays({ urls }) {
      const valid = urls.map(normaliseRelayUrl);
      const bad = urls.filter((_, i) => !valid[i]);
      if (bad.length > 0) throw new WorkerFailure('invalid-relay', `not a ws:// or wss:// relay address: ${bad.join(', ')}`);
      const unique = [...new Set(valid as string[])];
      await ctx.setRelayUrls(unique);
      return unique;
    },

    async getRelayStatus() {
      return (await ctx.relays())?.connectionStates() ?? {};
    },

    /** The event is stored locally first, so it is visible even when no relay takes it. */
    async publishEvent({ event, timeoutMs = DEFAULT_TIMEOUT_MS }) {
      const ingest = await ingestAndNotify([event], 'user');
      const outcome = ingest.outcomes[0];
      if (outcome?.status === 'rejected') throw new WorkerFailure('invalid-event', outcome.reason);
      const gateway = await requireRelays();
      await gateway.connect(timeoutMs);
      return { ingest, relays: await gateway.publish(event, { timeoutMs }) };
    },

    async syncFromRelays({ filters, timeoutMs = DEFAULT_TIMEOUT_MS }) {
      const gateway = await requireRelays();
      await gateway.connect(timeoutMs);
      ctx.notifier.emit('relay-status', gateway.connectionStates());
      const events = await gateway.fetch(filters, { timeoutMs });
      return ingestAndNotify(events, 'relay');
    },

    /** Asks the relays for exercises and templates of the starter library's author newer than what is stored. */
    async refreshLibrary() {
      const pubkey = (await ctx.db.settings.get('starterPackPubkey'))?.value;
      if (typeof pubkey !== 'string' || !(await ctx.relays())) return undefined;
      const key = `library:${pubkey}`;
      const last = await ctx.db.fetchLog.get(key);
      const filter: RelayFilter = { kinds: [KIND.exercise, KIND.workoutTemplate], authors: [pubkey] };
      if (last) filter.since = Math.floor(last.lastFetched / 1000) - 60;
      const startedAt = Date.now();
      const summary = await handlers.syncFromRelays({ filters: [filter] });
      await ctx.db.fetchLog.put({ key, lastFetched: startedAt, resultCount: summary.outcomes.length });
      return summary;
    },
  };
  return handlers;
}
