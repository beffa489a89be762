import { nameKey } from './name-words';

/**
 * The person's choices of earlier imports, for the next one: each source name, as the file wrote
 * it, with the address of the exercise it was imported to (a library exercise or one made for it).
 * Stored as JSON. Names are kept as written, not as keys, so a change to how names are compared
 * does not lose them.
 */
export interface RememberedMapping {
  version: 1;
  choices: Record<string, string>;
}

export function emptyRememberedMapping(): RememberedMapping {
  return { version: 1, choices: {} };
}

/** A stored mapping read back; anything else (none yet, another version, damaged) is an empty one. */
export function readRememberedMapping(value: unknown): RememberedMapping {
  if (typeof value !== 'object' || value === null) return emptyRememberedMapping();
  const { version, choices } = value as Partial<RememberedMapping>;
  if (version !== 1 || typeof choices !== 'object' || choices === null) return emptyRememberedMapping();
  const valid = Object.entries(choices).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  return { version: 1, choices: Object.fromEntries(valid) };
}

/** The mapping with this import's choices added; a choice replaces an earlier one for the same name in any spelling. */
export function rememberChoices(mapping: RememberedMapping, chosen: ReadonlyArray<{ name: string; address: string }>): RememberedMapping {
  const replaced = new Set(chosen.map(({ name }) => nameKey(name)));
  const kept = Object.entries(mapping.choices).filter(([name]) => !replaced.has(nameKey(name)));
  return { version: 1, choices: Object.fromEntries([...kept, ...chosen.map(({ name, address }) => [name, address])]) };
}

/** The remembered addresses by name key, for looking names up in any spelling. */
export function rememberedByKey(mapping: RememberedMapping): Map<string, string> {
  return new Map(Object.entries(mapping.choices).map(([name, address]) => [nameKey(name), address]));
}
