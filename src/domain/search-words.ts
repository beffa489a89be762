/**
 * Lowercase words of a title for prefix search: "Stiff-Legged Barbell Deadlift" →
 * ["stiff", "legged", "barbell", "deadlift", "stifflegged"]. Hyphenated words are
 * also indexed joined, so "stiff-legged" and "stifflegged" both find it.
 */
export function searchWords(text: string): string[] {
  const lower = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  const words = new Set<string>();
  for (const chunk of lower.split(/\s+/)) {
    const parts = chunk.split(/[^a-z0-9]+/).filter(Boolean);
    for (const part of parts) words.add(part);
    if (parts.length > 1) words.add(parts.join(''));
  }
  return [...words];
}

/** True when every query word is a prefix of some word of the title. */
export function matchesAllWords(titleWords: readonly string[], queryWords: readonly string[]): boolean {
  return queryWords.every((q) => titleWords.some((w) => w.startsWith(q)));
}
