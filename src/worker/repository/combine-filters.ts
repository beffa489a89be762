import type { RelayFilter } from '../relay/relay-gateway';

/**
 * Folds filters into as few as ask for exactly the same events: filters that differ only in
 * their authors become one naming all of them; then filters that differ only in their
 * kinds become one naming all kinds. Nothing is asked for that no input filter asked for.
 */
export function combineFilters(filters: readonly RelayFilter[]): RelayFilter[] {
  return foldOn('kinds', foldOn('authors', filters));
}

function foldOn(field: 'authors' | 'kinds', filters: readonly RelayFilter[]): RelayFilter[] {
  const folded = new Map<string, RelayFilter>();
  const whole: RelayFilter[] = [];
  for (const filter of filters) {
    const values = filter[field];
    // A filter without the field matches every value of it: it cannot be folded.
    if (!values) {
      whole.push(filter);
      continue;
    }
    const key = JSON.stringify(Object.entries({ ...filter, [field]: undefined }).sort(([a], [b]) => a.localeCompare(b)));
    const existing = folded.get(key);
    if (existing) existing[field] = [...new Set([...(existing[field] as Array<string | number>), ...values])] as never;
    else folded.set(key, { ...filter, [field]: [...values] });
  }
  return [...folded.values(), ...whole];
}
