import { KIND } from '../../domain/kinds';
import { parseRelayList, writeRelays } from '../../domain/relay-list';
import type { WorkerContext } from '../context';
import { newestReplaceable } from './newest-replaceable';

/**
 * Where an author publishes: the write relays of their stored NIP-65 list (kind 10002); when it
 * names none (or is not stored), the configured relays (`fallback` 'configured') or nothing ('none').
 */
export async function writeRelaysOf(
  ctx: Pick<WorkerContext, 'db' | 'relays'>,
  pubkey: string,
  fallback: 'configured' | 'none',
): Promise<string[]> {
  const list = await newestReplaceable(ctx.db, KIND.relayList, pubkey);
  const parsed = list ? parseRelayList(list) : undefined;
  const own = parsed?.ok ? writeRelays(parsed.value) : [];
  if (own.length > 0 || fallback === 'none') return own;
  return [...((await ctx.relays())?.relayUrls ?? [])];
}
