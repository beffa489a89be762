import { formatAddress, parseAddress } from '../../domain/address';
import { KIND } from '../../domain/kinds';
import { normaliseRelayUrl } from '../../domain/relay-list';
import { tagValue } from '../../domain/tags';
import type { WorkerContext } from '../context';
import type { IncompleteTemplateRow } from '../db/rows';
import { ingestAndNotify } from '../ingest-and-notify';
import type { IngestSummary } from '../pipeline/outcomes';
import { writeRelaysOf } from '../queries/write-relays';
import type { RelayFilter } from '../relay/relay-gateway';

/** An address asked for and not found is not asked again within this time (the events freshness of the design). */
export const MISSING_RETRY_MS = 5 * 60 * 1000;

export interface MissingFetchReport {
  /** Addresses asked for this time (not fetched recently, or all of them when forced). */
  requested: string[];
  /** How many of the requested addresses arrived. */
  found: number;
  /** How many relays were asked (0: no relay connection, or nothing was due). */
  relays: number;
  summary?: IngestSummary;
}

/**
 * Fetches the exercises incomplete templates wait for: from the configured relays, each
 * template's relay hints and each author's NIP-65 write relays (outbox model). What was
 * asked is written to the fetch log, so an address nobody has is not asked for again and
 * again (`force`, the person's "Fetch again", asks all the same). The profiles of the
 * authors not stored yet are asked in the same request, so that a missing exercise can be
 * named by whose it is. Arriving exercises complete their templates through the normal pipeline.
 */
export async function fetchMissingExercises(
  ctx: WorkerContext,
  options: { templateAddresses?: string[]; timeoutMs: number; force?: boolean },
): Promise<MissingFetchReport> {
  const gateway = await ctx.relays();
  const rows = options.templateAddresses
    ? await ctx.db.incompleteTemplates.where('templateAddress').anyOf(options.templateAddresses).toArray()
    : await ctx.db.incompleteTemplates.toArray();
  const addresses = [...new Set(rows.map((row) => row.missingAddress))];
  const due = options.force ? addresses : await notAskedRecently(ctx, addresses);
  if (!gateway || due.length === 0) return { requested: [], found: 0, relays: 0 };

  const byAuthor = new Map<string, string[]>();
  for (const address of due) {
    const parsed = parseAddress(address);
    if (parsed) byAuthor.set(parsed.pubkey, [...(byAuthor.get(parsed.pubkey) ?? []), parsed.d]);
  }
  const filters: RelayFilter[] = [...byAuthor].map(([pubkey, ds]) => ({ kinds: [KIND.exercise], authors: [pubkey], '#d': ds }));
  const unnamed = await authorsWithoutProfile(ctx, [...byAuthor.keys()]);
  if (unnamed.length > 0) filters.push({ kinds: [KIND.profile], authors: unnamed });
  const authorRelays = await Promise.all([...byAuthor.keys()].map((pubkey) => writeRelaysOf(ctx, pubkey, 'none')));
  const relays = [...new Set([...hintedRelays(rows, due), ...authorRelays.flat()])];
  const { events, asked } = await gateway.fetch(filters, { timeoutMs: options.timeoutMs, relays });
  const summary = await ingestAndNotify(ctx, events, 'relay');
  const now = Date.now();
  const arrived = new Set(
    events
      .filter((e) => e.kind === KIND.exercise)
      .map((e) => formatAddress({ kind: e.kind, pubkey: e.pubkey, d: tagValue(e.tags, 'd') ?? '' })),
  );
  await ctx.db.fetchLog.bulkPut(
    due.map((address) => ({ key: fetchKey(address), lastFetched: now, resultCount: arrived.has(address) ? 1 : 0 })),
  );
  return { requested: due, found: due.filter((address) => arrived.has(address)).length, relays: asked.length, summary };
}

/** When the relays were last asked for each address (epoch ms), from the fetch log. */
export async function lastAsked(ctx: WorkerContext, addresses: string[]): Promise<Array<number | undefined>> {
  const logged = await ctx.db.fetchLog.bulkGet(addresses.map(fetchKey));
  return logged.map((row) => row?.lastFetched);
}

async function authorsWithoutProfile(ctx: WorkerContext, pubkeys: string[]): Promise<string[]> {
  const stored = await ctx.db.events
    .where('address')
    .anyOf(pubkeys.map((pubkey) => formatAddress({ kind: KIND.profile, pubkey, d: '' })))
    .toArray();
  const named = new Set(stored.map((row) => row.pubkey));
  return pubkeys.filter((pubkey) => !named.has(pubkey));
}

function fetchKey(address: string): string {
  return `address:${address}`;
}

async function notAskedRecently(ctx: WorkerContext, addresses: string[]): Promise<string[]> {
  const logged = await ctx.db.fetchLog.bulkGet(addresses.map(fetchKey));
  const cutoff = Date.now() - MISSING_RETRY_MS;
  return addresses.filter((_, i) => (logged[i]?.lastFetched ?? 0) < cutoff);
}

function hintedRelays(rows: IncompleteTemplateRow[], due: string[]): string[] {
  const wanted = new Set(due);
  return rows.filter((row) => wanted.has(row.missingAddress)).flatMap((row) => normaliseRelayUrl(row.relayHint) ?? []);
}
