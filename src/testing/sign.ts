import { finalizeEvent, generateSecretKey, getPublicKey } from 'nostr-tools/pure';
import type { NostrEvent } from '../domain/nostr-event';

/** A throwaway author for tests: a secret key and its hex pubkey. */
export interface TestAuthor {
  secretKey: Uint8Array;
  pubkey: string;
}

export function newAuthor(): TestAuthor {
  const secretKey = generateSecretKey();
  return { secretKey, pubkey: getPublicKey(secretKey) };
}

/** A really signed event (NIP-01 id and Schnorr signature). */
export function signEvent(
  author: TestAuthor,
  draft: { kind: number; tags?: string[][]; content?: string; created_at?: number },
): NostrEvent {
  const event = finalizeEvent(
    {
      kind: draft.kind,
      tags: draft.tags ?? [],
      content: draft.content ?? '',
      created_at: draft.created_at ?? Math.floor(Date.now() / 1000),
    },
    author.secretKey,
  );
  return {
    id: event.id,
    pubkey: event.pubkey,
    created_at: event.created_at,
    kind: event.kind,
    tags: event.tags,
    content: event.content,
    sig: event.sig,
  };
}

/** Tags of a minimal valid NIP-101e exercise. */
export function exerciseTags(d: string, title = d): string[][] {
  return [
    ['d', d],
    ['title', title],
    ['format', 'weight', 'reps', 'rpe', 'set_type'],
    ['format_units', 'kg', 'count', '0-10', 'warmup|normal|drop|failure'],
    ['equipment', 'barbell'],
    ['t', 'quadriceps'],
  ];
}
