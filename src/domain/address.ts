import { isAddressableKind, isReplaceableKind } from './kinds';
import type { NostrEvent } from './nostr-event';
import { tagValue } from './tags';

/** An addressable event's coordinate, "<kind>:<pubkey>:<d>" (NIP-01). */
export interface Address {
  kind: number;
  pubkey: string;
  d: string;
}

const HEX64 = /^[0-9a-f]{64}$/;

export function formatAddress(address: Address): string {
  return `${address.kind}:${address.pubkey}:${address.d}`;
}

/** Parses "<kind>:<pubkey>:<d>"; the d part may itself contain colons. */
export function parseAddress(value: string): Address | undefined {
  const first = value.indexOf(':');
  const second = value.indexOf(':', first + 1);
  if (first <= 0 || second < 0) return undefined;
  const kind = Number(value.slice(0, first));
  const pubkey = value.slice(first + 1, second);
  if (!Number.isInteger(kind) || !HEX64.test(pubkey)) return undefined;
  return { kind, pubkey, d: value.slice(second + 1) };
}

/**
 * The key under which only the newest version of an event is kept:
 * kind:pubkey:d for addressable kinds, kind:pubkey: for replaceable ones, none otherwise.
 */
export function replaceableKey(event: Pick<NostrEvent, 'kind' | 'pubkey' | 'tags'>): string | undefined {
  if (isAddressableKind(event.kind)) {
    return formatAddress({ kind: event.kind, pubkey: event.pubkey, d: tagValue(event.tags, 'd') ?? '' });
  }
  if (isReplaceableKind(event.kind)) return formatAddress({ kind: event.kind, pubkey: event.pubkey, d: '' });
  return undefined;
}

/** NIP-01 ordering of two versions of one replaceable event: newer wins, a tie goes to the lowest id. */
export function isNewerVersion(candidate: Pick<NostrEvent, 'created_at' | 'id'>, current: Pick<NostrEvent, 'created_at' | 'id'>): boolean {
  if (candidate.created_at !== current.created_at) return candidate.created_at > current.created_at;
  return candidate.id < current.id;
}
