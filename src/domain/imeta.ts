/** One NIP-92 media attachment. */
export interface MediaRef {
  url: string;
  mime?: string;
  sha256?: string;
  dim?: string;
  alt?: string;
}

const KNOWN_KEYS = new Set(['url', 'm', 'x', 'dim', 'alt', 'blurhash', 'thumb', 'fallback', 'size', 'ox', 'summary']);

/**
 * Reads an `imeta` tag in either dialect: one "key value" per element (NIP-92),
 * or every field packed into one string ("url … m image/jpeg dim 640x480").
 * Returns undefined when no http(s) url is present.
 */
export function parseImeta(tag: readonly string[]): MediaRef | undefined {
  const entries = tag.length === 2 && tag[1] !== undefined ? splitPacked(tag[1]) : tag.slice(1);
  const fields = new Map<string, string>();
  for (const entry of entries) {
    const space = entry.indexOf(' ');
    if (space <= 0) continue;
    const key = entry.slice(0, space);
    if (!fields.has(key)) fields.set(key, entry.slice(space + 1).trim());
  }
  const url = fields.get('url');
  if (!url || !/^https?:\/\//i.test(url)) return undefined;
  const ref: MediaRef = { url };
  const mime = fields.get('m');
  const sha256 = fields.get('x');
  const dim = fields.get('dim');
  const alt = fields.get('alt');
  if (mime) ref.mime = mime.toLowerCase();
  if (sha256 && /^[0-9a-f]{64}$/i.test(sha256)) ref.sha256 = sha256.toLowerCase();
  if (dim) ref.dim = dim;
  if (alt) ref.alt = alt;
  return ref;
}

/** Canonical multi-element form of an imeta tag. */
export function buildImeta(ref: MediaRef): string[] {
  const tag = ['imeta', `url ${ref.url}`];
  if (ref.mime) tag.push(`m ${ref.mime}`);
  if (ref.dim) tag.push(`dim ${ref.dim}`);
  if (ref.sha256) tag.push(`x ${ref.sha256}`);
  if (ref.alt) tag.push(`alt ${ref.alt}`);
  return tag;
}

/** Splits "url A m B alt some words" into ["url A", "m B", "alt some words"]. */
function splitPacked(packed: string): string[] {
  const words = packed.trim().split(/\s+/);
  const entries: string[] = [];
  for (const word of words) {
    if (KNOWN_KEYS.has(word) || entries.length === 0) entries.push(word);
    else entries[entries.length - 1] += ` ${word}`;
  }
  return entries.filter((entry) => entry.includes(' '));
}
