import { KIND } from './kinds';
import type { NostrEvent, UnsignedEvent } from './nostr-event';
import { normaliseRelayUrl } from './relay-list';
import { fail, ok, type ParseResult } from './result';

/** One followed key of a NIP-02 contact list. */
export interface Follow {
  pubkey: string;
  relay?: string;
  petname?: string;
}

const HEX64 = /^[0-9a-f]{64}$/;
const PETNAME_LIMIT = 100;

/**
 * Lenient read of a contact list (kind 3, NIP-02): `p` tags whose key is 64 hex
 * characters, each key once (the first tag wins); a relay hint is kept only when it is a
 * ws(s) URL. The legacy relay JSON in content is ignored (NIP-65 replaced it). An empty
 * follow list is a valid list.
 */
export function parseContacts(event: Pick<NostrEvent, 'kind' | 'tags'>): ParseResult<Follow[]> {
  if (event.kind !== KIND.contacts) return fail(`kind ${event.kind} is not a contact list (3)`);
  const follows = new Map<string, Follow>();
  for (const tag of event.tags) {
    if (tag[0] !== 'p' || tag[1] === undefined) continue;
    const pubkey = tag[1].trim().toLowerCase();
    if (!HEX64.test(pubkey) || follows.has(pubkey)) continue;
    const follow: Follow = { pubkey };
    const relay = tag[2] ? normaliseRelayUrl(tag[2]) : undefined;
    if (relay) follow.relay = relay;
    const petname = tag[3]?.trim();
    if (petname) follow.petname = [...petname].slice(0, PETNAME_LIMIT).join('');
    follows.set(pubkey, follow);
  }
  return ok([...follows.values()]);
}

/**
 * Strict build of kind 3. It replaces the whole list (NIP-01 replaceable), so build it
 * from the newest list the user published, never from a partial copy.
 */
export function buildContacts(follows: readonly Follow[], createdAt: number): UnsignedEvent {
  const seen = new Set<string>();
  const tags: string[][] = [];
  for (const follow of follows) {
    if (!HEX64.test(follow.pubkey)) throw new Error(`'${follow.pubkey}' is not a 64-character lowercase hex pubkey`);
    if (seen.has(follow.pubkey)) throw new Error(`${follow.pubkey} is followed twice`);
    seen.add(follow.pubkey);
    const relay = follow.relay ? normaliseRelayUrl(follow.relay) : '';
    if (relay === undefined) throw new Error(`relay '${follow.relay ?? ''}' is not a ws:// or wss:// URL`);
    const petname = follow.petname?.trim() ?? '';
    // NIP-02: ["p", <pubkey>, <relay>, <petname>]; trailing empty elements are left off.
    if (petname) tags.push(['p', follow.pubkey, relay, petname]);
    else if (relay) tags.push(['p', follow.pubkey, relay]);
    else tags.push(['p', follow.pubkey]);
  }
  return { kind: KIND.contacts, created_at: createdAt, tags, content: '' };
}
