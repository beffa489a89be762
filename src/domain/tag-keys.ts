/** Values longer than this are not indexed (they are text, not references). */
export const MAX_INDEXED_TAG_VALUE = 256;

/** NIP-101e tags whose values are references a query follows (records by exercise, by template). */
const REFERENCE_TAGS = new Set(['exercise', 'template']);

/**
 * "name:value" for the tags queries look up, wherever they stand in the event: every
 * single-letter tag (the ones NIP-01 makes queryable: d, e, p, a, t, …) and the NIP-101e
 * references. Deduplicated. They are the keys of the events table's multiEntry index,
 * which costs one index entry per key instead of a row per tag.
 */
export function tagKeys(tags: readonly string[][]): string[] {
  const keys = new Set<string>();
  for (const tag of tags) {
    const [name, value] = tag;
    if (!name || value === undefined || value.length > MAX_INDEXED_TAG_VALUE) continue;
    if (name.length === 1 || REFERENCE_TAGS.has(name)) keys.add(`${name}:${value}`);
  }
  return [...keys];
}
