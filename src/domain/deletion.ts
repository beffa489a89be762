import { formatAddress, parseAddress, replaceableKey } from './address';
import { KIND, isAddressableKind, isReplaceableKind } from './kinds';
import type { NostrEvent, UnsignedEvent } from './nostr-event';
import { fail, ok, type ParseResult } from './result';

/** A NIP-09 deletion request (kind 5). */
export interface Deletion {
  /** Ids of the events to delete (`e` tags). */
  eventIds: string[];
  /** "<kind>:<pubkey>:<d>" of replaceable/addressable events to delete (`a` tags). */
  addresses: string[];
  /** Kinds of the referenced events (`k` tags). */
  kinds: number[];
  reason: string;
}

const HEX64 = /^[0-9a-f]{64}$/;

/** Lenient read of kind 5: malformed `e`, `a` and `k` values are skipped; one that references nothing is refused. */
export function parseDeletion(event: Pick<NostrEvent, 'kind' | 'tags' | 'content'>): ParseResult<Deletion> {
  if (event.kind !== KIND.deletion) return fail(`kind ${event.kind} is not a deletion (5)`);
  const eventIds = new Set<string>();
  const addresses = new Set<string>();
  const kinds = new Set<number>();
  for (const tag of event.tags) {
    const value = tag[1]?.trim();
    if (!value) continue;
    if (tag[0] === 'e' && HEX64.test(value.toLowerCase())) eventIds.add(value.toLowerCase());
    else if (tag[0] === 'a') {
      const address = parseAddress(value);
      if (address) addresses.add(formatAddress(address));
    } else if (tag[0] === 'k' && /^\d{1,5}$/.test(value)) kinds.add(Number(value));
  }
  if (eventIds.size === 0 && addresses.size === 0) return fail('deletion has no well-formed e or a tag');
  return ok({ eventIds: [...eventIds], addresses: [...addresses], kinds: [...kinds], reason: event.content });
}

/** Whether a deletion names the target, by id or by address (the permission check is deletionApplies). */
export function deletionReferences(deletion: Deletion, target: Pick<NostrEvent, 'id' | 'kind' | 'pubkey' | 'tags'>): boolean {
  if (deletion.eventIds.includes(target.id)) return true;
  const key = replaceableKey(target);
  return key !== undefined && deletion.addresses.includes(key);
}

/**
 * NIP-09: whether a deletion may remove a target it references. Only the author's own
 * deletion counts, and a deletion cannot be deleted. For a replaceable or addressable
 * target, only versions up to the deletion's created_at go: a newer version stands.
 */
export function deletionApplies(
  deletion: Pick<NostrEvent, 'pubkey' | 'created_at'>,
  target: Pick<NostrEvent, 'pubkey' | 'created_at' | 'kind'>,
): boolean {
  if (deletion.pubkey !== target.pubkey) return false;
  if (target.kind === KIND.deletion) return false;
  if (isAddressableKind(target.kind) || isReplaceableKind(target.kind)) return target.created_at <= deletion.created_at;
  return true;
}

/** Strict build of kind 5; a `k` tag is added for every address's kind (NIP-09 asks for them). */
export function buildDeletion(deletion: Deletion, createdAt: number): UnsignedEvent {
  if (deletion.eventIds.length === 0 && deletion.addresses.length === 0) {
    throw new Error('a deletion needs at least one event id or address');
  }
  const tags: string[][] = [];
  const kinds = new Set<number>();
  for (const kind of deletion.kinds) {
    if (!Number.isInteger(kind) || kind < 0 || kind > 65_535) throw new Error(`kind ${kind} is not an integer from 0 to 65535`);
    kinds.add(kind);
  }
  for (const id of new Set(deletion.eventIds)) {
    if (!HEX64.test(id)) throw new Error(`'${id}' is not a 64-character lowercase hex event id`);
    tags.push(['e', id]);
  }
  for (const value of new Set(deletion.addresses)) {
    const address = parseAddress(value);
    if (!address) throw new Error(`'${value}' is not a <kind>:<pubkey>:<d> address`);
    tags.push(['a', formatAddress(address)]);
    kinds.add(address.kind);
  }
  for (const kind of kinds) tags.push(['k', String(kind)]);
  return { kind: KIND.deletion, created_at: createdAt, tags, content: deletion.reason };
}
