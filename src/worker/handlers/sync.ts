import type { WorkerContext } from '../context';
import { WorkerFailure } from '../errors';
import { ingestAndNotify as ingestInto } from '../ingest-and-notify';
import type { IngestSource, IngestSummary } from '../pipeline/outcomes';
import { normaliseRelayUrl } from '../../domain/relay-list';
import type { RelayConnectionState, RelayFilter } from '../relay/relay-gateway';

export interface SyncHandlers {
  ingestEvents(args: { events: unknown[]; source: IngestSource }): Promise<IngestSummary>;
  setRelays(args: { urls: string[] }): Promise<string[]>;
  getRelayStatus(args?: Record<string, never>): Promise<Record<string, RelayConnectionState>>;
  syncFromRelays(args: { filters: RelayFilter[]; timeoutMs?: number }): Promise<IngestSummary>;
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

    async syncFromRelays({ filters, timeoutMs = DEFAULT_TIMEOUT_MS }) {
      const gateway = await requireRelays();
      await gateway.connect(timeoutMs);
      ctx.notifier.emit('relay-status', gateway.connectionStates());
      const { events } = await gateway.fetch(filters, { timeoutMs });
      return ingestAndNotify(events, 'relay');
    },
  };
  return handlers;
}
