import { KIND } from './kinds';
import type { NostrEvent, UnsignedEvent } from './nostr-event';
import { fail, ok, type ParseResult } from './result';

/** The fields of a kind 0 profile (NIP-01, NIP-24) that Plates shows. */
export interface Profile {
  name?: string;
  displayName?: string;
  picture?: string;
  about?: string;
  nip05?: string;
  lud16?: string;
  banner?: string;
  website?: string;
}

/** Length caps, in characters: a profile is shown in lists, and some are hostile. */
export const PROFILE_LIMITS = {
  name: 100,
  displayName: 100,
  about: 2_000,
  identifier: 320,
  url: 2_048,
} as const;

type TextField = 'name' | 'displayName' | 'about';
type UrlField = 'picture' | 'banner' | 'website';
type IdentifierField = 'nip05' | 'lud16';

const TEXT_FIELDS: ReadonlyArray<readonly [TextField, string, number]> = [
  ['name', 'name', PROFILE_LIMITS.name],
  ['displayName', 'display_name', PROFILE_LIMITS.displayName],
  ['about', 'about', PROFILE_LIMITS.about],
];
const URL_FIELDS: ReadonlyArray<readonly [UrlField, string]> = [
  ['picture', 'picture'],
  ['banner', 'banner'],
  ['website', 'website'],
];
const IDENTIFIER_FIELDS: ReadonlyArray<readonly [IdentifierField, string]> = [
  ['nip05', 'nip05'],
  ['lud16', 'lud16'],
];
/** Keys buildProfile writes (and the older spelling of display_name it replaces). */
const MANAGED_KEYS = new Set(['displayName', ...[...TEXT_FIELDS, ...URL_FIELDS, ...IDENTIFIER_FIELDS].map((entry) => entry[1])]);

const HTTP_URL = /^https?:\/\/[^\s/?#]+[^\s]*$/i;
// NIP-05 "name@domain" or a bare "domain" (meaning _@domain); lud16 is always name@domain.
const NIP05 = /^(?:[a-z0-9._-]+@)?[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;
const LUD16 = /^[a-z0-9._+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;

/**
 * Lenient read of a kind 0 profile: JSON content; unknown and non-string fields are
 * ignored, strings trimmed and capped, URLs kept only when http(s), identifiers only
 * when well-formed. `displayName` is read where older clients wrote it.
 */
export function parseProfile(event: Pick<NostrEvent, 'kind' | 'content'>): ParseResult<Profile> {
  if (event.kind !== KIND.profile) return fail(`kind ${event.kind} is not a profile (0)`);
  const fields = parseObject(event.content);
  if (!fields.ok) return fields;
  const source = fields.value;
  const profile: Profile = {};
  for (const [field, key, cap] of TEXT_FIELDS) {
    const value = text(source[key]) ?? (field === 'displayName' ? text(source.displayName) : undefined);
    if (value) profile[field] = capped(value, cap);
  }
  for (const [field, key] of URL_FIELDS) {
    const value = text(source[key]);
    // A website is often written without a scheme; pictures must be fetchable as written.
    const url = field === 'website' && value && !/^[a-z][a-z0-9+.-]*:/i.test(value) ? `https://${value}` : value;
    if (url && url.length <= PROFILE_LIMITS.url && HTTP_URL.test(url)) profile[field] = url;
  }
  for (const [field, key] of IDENTIFIER_FIELDS) {
    const value = text(source[key])?.toLowerCase();
    if (value && value.length <= PROFILE_LIMITS.identifier && (field === 'nip05' ? NIP05 : LUD16).test(value)) profile[field] = value;
  }
  return ok(profile);
}

/**
 * Strict build of kind 0. Fields of `previousContent` that Plates does not manage are
 * carried over: kind 0 is replaceable (NIP-01), so dropping them would erase what other
 * clients wrote. Throws on a field that parseProfile would not keep as given.
 */
export function buildProfile(profile: Profile, createdAt: number, previousContent?: string): UnsignedEvent {
  const previous = previousContent === undefined ? undefined : parseObject(previousContent);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(previous?.ok ? previous.value : {})) {
    if (!MANAGED_KEYS.has(key)) out[key] = value;
  }
  for (const [field, key, cap] of TEXT_FIELDS) {
    const value = profile[field]?.trim();
    if (!value) continue;
    if ([...value].length > cap) throw new Error(`${key} is over ${cap} characters`);
    out[key] = value;
  }
  for (const [field, key] of URL_FIELDS) {
    const value = profile[field]?.trim();
    if (!value) continue;
    if (!HTTP_URL.test(value) || value.length > PROFILE_LIMITS.url) throw new Error(`${key} '${value}' is not an http(s) URL`);
    out[key] = value;
  }
  for (const [field, key] of IDENTIFIER_FIELDS) {
    const value = profile[field]?.trim();
    if (!value) continue;
    if (!(field === 'nip05' ? NIP05 : LUD16).test(value) || value.length > PROFILE_LIMITS.identifier) {
      throw new Error(`${key} '${value}' is not a lowercase name@domain identifier`);
    }
    out[key] = value;
  }
  return { kind: KIND.profile, created_at: createdAt, tags: [], content: JSON.stringify(out) };
}

function parseObject(content: string): ParseResult<Record<string, unknown>> {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch {
    return fail('profile content is not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('profile content is not a JSON object');
  return ok(value as Record<string, unknown>);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value.trim() || undefined : undefined;
}

/** Cuts at a code point boundary, so an emoji is never split in half. */
function capped(value: string, cap: number): string {
  const points = [...value];
  return points.length <= cap ? value : points.slice(0, cap).join('').trimEnd();
}
