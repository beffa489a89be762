import type { NostrEvent } from './nostr-event';
import { fail, ok, type ParseResult } from './result';

/** Caps that keep one hostile event from costing much; generous for real fitness content. */
export const EVENT_LIMITS = {
  maxContentLength: 64 * 1024,
  maxTags: 2_000,
  maxTagElements: 64,
  maxTagValueLength: 4 * 1024,
} as const;

const HEX64 = /^[0-9a-f]{64}$/;
const HEX128 = /^[0-9a-f]{128}$/;

/**
 * Checks that an unknown value has the NIP-01 event shape: lowercase hex id/pubkey/sig
 * of the right length, a non-negative integer created_at and kind, tags that are arrays
 * of strings, and sizes within EVENT_LIMITS. Cryptographic checks come after this.
 */
export function checkEventShape(value: unknown): ParseResult<NostrEvent> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('not a JSON object');
  const v = value as Record<string, unknown>;
  if (typeof v.id !== 'string' || !HEX64.test(v.id)) return fail('id is not 64 lowercase hex characters');
  if (typeof v.pubkey !== 'string' || !HEX64.test(v.pubkey)) return fail('pubkey is not 64 lowercase hex characters');
  if (typeof v.sig !== 'string' || !HEX128.test(v.sig)) return fail('sig is not 128 lowercase hex characters');
  if (!isNonNegativeInteger(v.created_at)) return fail('created_at is not a non-negative integer');
  if (!isNonNegativeInteger(v.kind) || v.kind > 65_535) return fail('kind is not an integer from 0 to 65535');
  if (typeof v.content !== 'string') return fail('content is not a string');
  if (v.content.length > EVENT_LIMITS.maxContentLength) {
    return fail(`content is ${v.content.length} characters, over the ${EVENT_LIMITS.maxContentLength} limit`);
  }
  const tagsProblem = checkTags(v.tags);
  if (tagsProblem) return fail(tagsProblem);
  return ok({
    id: v.id,
    pubkey: v.pubkey,
    created_at: v.created_at,
    kind: v.kind,
    tags: v.tags as string[][],
    content: v.content,
    sig: v.sig,
  });
}

function checkTags(tags: unknown): string | undefined {
  if (!Array.isArray(tags)) return 'tags is not an array';
  if (tags.length > EVENT_LIMITS.maxTags) return `${tags.length} tags, over the ${EVENT_LIMITS.maxTags} limit`;
  for (let i = 0; i < tags.length; i++) {
    const tag: unknown = tags[i];
    if (!Array.isArray(tag)) return `tag ${i} is not an array`;
    if (tag.length > EVENT_LIMITS.maxTagElements) return `tag ${i} has ${tag.length} elements, over the limit`;
    for (const element of tag) {
      if (typeof element !== 'string') return `tag ${i} holds a non-string element`;
      if (element.length > EVENT_LIMITS.maxTagValueLength) return `tag ${i} holds a value over the length limit`;
    }
  }
  return undefined;
}

function isNonNegativeInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
