import { KIND } from './kinds';
import type { NostrEvent, UnsignedEvent } from './nostr-event';
import { fail, ok, type ParseResult } from './result';

/** One relay of a NIP-65 relay list; a relay without a marker is both read and written. */
export interface RelayListEntry {
  url: string;
  read: boolean;
  write: boolean;
}

const RELAY_URL = /^(wss?):\/\/([^/?#\s]+)([^?#\s]*)(\?[^#\s]*)?(?:#\S*)?$/i;
const LABEL = '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?';
const HOST = new RegExp(`^(${LABEL}(?:\\.${LABEL})*|\\[[0-9a-f:.]+\\])(?::(\\d{1,5}))?$`);

/**
 * A ws:// or wss:// URL in one spelling, so the same relay is one key: scheme and host
 * lowercased, default port, fragment and trailing slash dropped. Anything else is
 * undefined. (The domain has no URL API: its tsconfig has no DOM lib.)
 */
export function normaliseRelayUrl(value: string): string | undefined {
  const match = RELAY_URL.exec(value.trim());
  if (!match) return undefined;
  const scheme = (match[1] ?? '').toLowerCase();
  const host = HOST.exec((match[2] ?? '').toLowerCase());
  if (!host) return undefined;
  const port = host[2] === undefined ? undefined : Number(host[2]);
  if (port !== undefined && (port < 1 || port > 65_535)) return undefined;
  const defaultPort = scheme === 'wss' ? 443 : 80;
  const portPart = port === undefined || port === defaultPort ? '' : `:${port}`;
  const path = (match[3] ?? '').replace(/\/+$/, '');
  return `${scheme}://${host[1] ?? ''}${portPart}${path}${match[4] ?? ''}`;
}

/**
 * Lenient read of a NIP-65 relay list (kind 10002). `r` tags whose URL is not ws(s) are
 * skipped; a repeated relay merges its markers. An empty list is a valid list.
 */
export function parseRelayList(event: Pick<NostrEvent, 'kind' | 'tags'>): ParseResult<RelayListEntry[]> {
  if (event.kind !== KIND.relayList) return fail(`kind ${event.kind} is not a relay list (10002)`);
  const entries = new Map<string, RelayListEntry>();
  for (const tag of event.tags) {
    if (tag[0] !== 'r' || tag[1] === undefined) continue;
    const url = normaliseRelayUrl(tag[1]);
    if (!url) continue;
    const marker = tag[2]?.trim().toLowerCase();
    // NIP-65: "read" or "write", or no marker for both; an unknown marker counts as none (both).
    const read = marker !== 'write';
    const write = marker !== 'read';
    const existing = entries.get(url);
    if (existing) {
      existing.read ||= read;
      existing.write ||= write;
    } else {
      entries.set(url, { url, read, write });
    }
  }
  return ok([...entries.values()]);
}

/** Strict build of the canonical kind 10002 event. Throws on a bad URL or a relay neither read nor written. */
export function buildRelayList(entries: readonly RelayListEntry[], createdAt: number): UnsignedEvent {
  const seen = new Set<string>();
  const tags: string[][] = [];
  for (const entry of entries) {
    const url = normaliseRelayUrl(entry.url);
    if (!url) throw new Error(`'${entry.url}' is not a ws:// or wss:// relay URL`);
    if (!entry.read && !entry.write) throw new Error(`relay ${url} is neither read nor written`);
    if (seen.has(url)) throw new Error(`relay ${url} is listed twice`);
    seen.add(url);
    if (entry.read && entry.write) tags.push(['r', url]);
    else tags.push(['r', url, entry.read ? 'read' : 'write']);
  }
  return { kind: KIND.relayList, created_at: createdAt, tags, content: '' };
}

/** Relays the user reads from (NIP-65: where others should send events that mention them). */
export function readRelays(entries: readonly RelayListEntry[]): string[] {
  return entries.filter((entry) => entry.read).map((entry) => entry.url);
}

/** Relays the user writes to (NIP-65: where others should look for the user's events). */
export function writeRelays(entries: readonly RelayListEntry[]): string[] {
  return entries.filter((entry) => entry.write).map((entry) => entry.url);
}
