import { formatAddress, parseAddress } from './address';
import { KIND } from './kinds';
import type { NostrEvent, UnsignedEvent } from './nostr-event';
import { normaliseRelayUrl } from './relay-list';
import { fail, ok, type ParseResult } from './result';
import { tagValue } from './tags';
import { canonicalAddress } from './template';

/** One `a` item of a pack: an address and where to find it. */
export interface PackItem {
  address: string;
  relayHint: string;
}

/** A shared bundle of workout templates and exercises: a NIP-51 set. */
export interface Pack {
  d: string;
  title: string;
  description: string;
  image?: string;
  templateAddresses: PackItem[];
  exerciseAddresses: PackItem[];
  /** Well-formed addresses of other kinds, kept so a rebuilt pack does not lose them. */
  otherAddresses: PackItem[];
}

// NIP-51 private items travel encrypted in content: NIP-44 base64, or NIP-04 "<base64>?iv=<base64>".
const CIPHERTEXT = /^[A-Za-z0-9+/]{40,}={0,2}(\?iv=[A-Za-z0-9+/]+={0,2})?$/;

/**
 * Lenient read of a pack: kind 30004 (curation set), or 30003 (bookmark set, used by
 * one client). Title from `title` or `name`, description from `description`, `about`
 * or a plain-text content. A set without any 33401/33402 item is not a fitness pack.
 */
export function parsePack(event: Pick<NostrEvent, 'kind' | 'tags' | 'content' | 'pubkey'>): ParseResult<Pack> {
  if (event.kind !== KIND.curationSet && event.kind !== KIND.bookmarkSet) {
    return fail(`kind ${event.kind} is not a pack (NIP-51 set 30004 or 30003)`);
  }
  const d = tagValue(event.tags, 'd');
  if (d === undefined || d === '') return fail('pack has no d tag');
  const pack: Pack = {
    d,
    title: firstText(event.tags, ['title', 'name']) ?? d,
    description: firstText(event.tags, ['description', 'about']) ?? plainContent(event.content),
    templateAddresses: [],
    exerciseAddresses: [],
    otherAddresses: [],
  };
  const seen = new Set<string>();
  for (const tag of event.tags) {
    if (tag[0] !== 'a' || tag[1] === undefined) continue;
    const template = canonicalAddress(tag[1], KIND.workoutTemplate, event.pubkey);
    const exercise = canonicalAddress(tag[1], KIND.exercise, event.pubkey);
    const other = parseAddress(tag[1]);
    const address = template ?? exercise ?? (other && formatAddress(other));
    if (!address || seen.has(address)) continue;
    seen.add(address);
    const item: PackItem = { address, relayHint: tag[2] ?? '' };
    if (template) pack.templateAddresses.push(item);
    else if (exercise) pack.exerciseAddresses.push(item);
    else pack.otherAddresses.push(item);
  }
  if (pack.templateAddresses.length === 0 && pack.exerciseAddresses.length === 0) {
    return fail('set has no 33401 or 33402 items: not a fitness pack');
  }
  const image = tagValue(event.tags, 'image')?.trim();
  if (image && /^https?:\/\/\S+$/i.test(image)) pack.image = image;
  return ok(pack);
}

/** Strict build of the canonical pack: kind 30004 with d, title, description and `a` tags. */
export function buildPack(pack: Pack, createdAt: number): UnsignedEvent {
  if (!pack.d) throw new Error('pack needs a d value');
  const title = pack.title.trim();
  if (!title) throw new Error('pack needs a title');
  if (pack.templateAddresses.length === 0 && pack.exerciseAddresses.length === 0) {
    throw new Error('pack needs at least one template or exercise');
  }
  const tags: string[][] = [
    ['d', pack.d],
    ['title', title],
  ];
  const description = pack.description.trim();
  if (description) tags.push(['description', description]);
  if (pack.image !== undefined) {
    if (!/^https?:\/\/\S+$/i.test(pack.image)) throw new Error(`pack image '${pack.image}' is not an http(s) URL`);
    tags.push(['image', pack.image]);
  }
  const groups = [
    [pack.templateAddresses, (kind: number) => kind === KIND.workoutTemplate, '33402'],
    [pack.exerciseAddresses, (kind: number) => kind === KIND.exercise, '33401'],
    [pack.otherAddresses, (kind: number) => kind !== KIND.workoutTemplate && kind !== KIND.exercise, 'another kind'],
  ] as const;
  const seen = new Set<string>();
  for (const [items, kindFits, expected] of groups) {
    for (const item of items) {
      const address = parseAddress(item.address);
      if (!address || !kindFits(address.kind)) throw new Error(`'${item.address}' is not a full address of ${expected}`);
      const canonical = formatAddress(address);
      if (seen.has(canonical)) throw new Error(`'${canonical}' is listed twice`);
      seen.add(canonical);
      if (item.relayHint === '') {
        tags.push(['a', canonical]);
        continue;
      }
      const hint = normaliseRelayUrl(item.relayHint);
      if (!hint) throw new Error(`relay hint '${item.relayHint}' is not a ws:// or wss:// URL`);
      tags.push(['a', canonical, hint]);
    }
  }
  return { kind: KIND.curationSet, created_at: createdAt, tags, content: '' };
}

function firstText(tags: readonly string[][], names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = tagValue(tags, name)?.trim();
    if (value) return value;
  }
  return undefined;
}

/** Content as a description, unless it is NIP-51 encrypted private items. */
function plainContent(content: string): string {
  const trimmed = content.trim();
  return CIPHERTEXT.test(trimmed) ? '' : trimmed;
}
