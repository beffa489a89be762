import { parseAddress } from '../../domain/address';
import type { WorkerContext } from '../context';
import { ingestAndNotify } from '../ingest-and-notify';
import type { RelayFilter } from '../relay/relay-gateway';

/** Asks the relays (and `relays`: hints) for addressable events by address and ingests what comes. */
export async function fetchByAddress(ctx: WorkerContext, addresses: string[], relays: string[], timeoutMs: number): Promise<void> {
  const gateway = await ctx.relays();
  if (!gateway || addresses.length === 0) return;
  const filters: RelayFilter[] = addresses.flatMap((value) => {
    const address = parseAddress(value);
    return address ? [{ kinds: [address.kind], authors: [address.pubkey], '#d': [address.d] }] : [];
  });
  await ingestAndNotify(ctx, (await gateway.fetch(filters, { timeoutMs, relays })).events, 'import');
}
