/** Values longer than this are not indexed (they are text, not references). */
export const MAX_INDEXED_TAG_VALUE = 256;

/**
 * "name:value" of every single-letter tag (the ones NIP-01 makes queryable: d, e, p, a,
 * t, …), wherever it stands in the event, deduplicated: the keys of the events table's
 * multiEntry index, one index entry per key instead of a row per tag. NIP-101e references
 * (exercise, template) are indexed by the read models that query them instead, so each
 * is written once.
 */
export function tagKeys(tags: readonly string[][]): string[] {
  const keys = new Set<string>();
  for (const tag of tags) {
    const [name, value] = tag;
    if (name?.length === 1 && value !== undefined && value.length <= MAX_INDEXED_TAG_VALUE) keys.add(`${name}:${value}`);
  }
  return [...keys];
}
