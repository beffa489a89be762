import { KIND } from './kinds';
import type { NostrEvent, UnsignedEvent } from './nostr-event';
import { fail, ok, type ParseResult } from './result';

/** The public items of a NIP-51 mute list (kind 10000). */
export interface MuteList {
  pubkeys: string[];
  hashtags: string[];
  words: string[];
  eventIds: string[];
  /**
   * NIP-51 private items, encrypted to the author (NIP-44, older lists NIP-04). The
   * domain holds no keys, so they are kept as written and written back unchanged:
   * rebuilding the list must not erase the private mutes.
   */
  encryptedContent: string;
}

const HEX64 = /^[0-9a-f]{64}$/;

/** Lenient read of kind 10000: public `p`, `t`, `word` and `e` tags; malformed values are skipped. */
export function parseMuteList(event: Pick<NostrEvent, 'kind' | 'tags' | 'content'>): ParseResult<MuteList> {
  if (event.kind !== KIND.muteList) return fail(`kind ${event.kind} is not a mute list (10000)`);
  const pubkeys = new Set<string>();
  const hashtags = new Set<string>();
  const words = new Set<string>();
  const eventIds = new Set<string>();
  for (const tag of event.tags) {
    const value = tag[1]?.trim();
    if (!value) continue;
    if (tag[0] === 'p' && HEX64.test(value.toLowerCase())) pubkeys.add(value.toLowerCase());
    else if (tag[0] === 'e' && HEX64.test(value.toLowerCase())) eventIds.add(value.toLowerCase());
    // NIP-51: hashtags and words are matched case-insensitively, so they are kept lowercase.
    else if (tag[0] === 't') hashtags.add(value.replace(/^#/, '').toLowerCase());
    else if (tag[0] === 'word') words.add(value.toLowerCase());
  }
  return ok({
    pubkeys: [...pubkeys],
    hashtags: [...hashtags].filter(Boolean),
    words: [...words],
    eventIds: [...eventIds],
    encryptedContent: event.content,
  });
}

/** Strict build of kind 10000 with the private items carried over as they were. */
export function buildMuteList(list: MuteList, createdAt: number): UnsignedEvent {
  const tags: string[][] = [];
  for (const pubkey of unique(list.pubkeys)) {
    if (!HEX64.test(pubkey)) throw new Error(`'${pubkey}' is not a 64-character lowercase hex pubkey`);
    tags.push(['p', pubkey]);
  }
  for (const hashtag of unique(list.hashtags.map((t) => t.trim().replace(/^#/, '').toLowerCase()))) {
    if (!hashtag) throw new Error('a muted hashtag is empty');
    tags.push(['t', hashtag]);
  }
  for (const word of unique(list.words.map((w) => w.trim().toLowerCase()))) {
    if (!word) throw new Error('a muted word is empty');
    tags.push(['word', word]);
  }
  for (const id of unique(list.eventIds)) {
    if (!HEX64.test(id)) throw new Error(`'${id}' is not a 64-character lowercase hex event id`);
    tags.push(['e', id]);
  }
  return { kind: KIND.muteList, created_at: createdAt, tags, content: list.encryptedContent };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
