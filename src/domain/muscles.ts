/** Muscle hashtags Plates recognises for the muscle filter, with display names. */
export const MUSCLES: Readonly<Record<string, string>> = {
  abdominals: 'Abs',
  abductors: 'Abductors',
  adductors: 'Adductors',
  biceps: 'Biceps',
  calves: 'Calves',
  chest: 'Chest',
  forearms: 'Forearms',
  glutes: 'Glutes',
  hamstrings: 'Hamstrings',
  lats: 'Lats',
  'lower-back': 'Lower back',
  'middle-back': 'Middle back',
  neck: 'Neck',
  quadriceps: 'Quads',
  shoulders: 'Shoulders',
  traps: 'Traps',
  triceps: 'Triceps',
};

/** Own keys only: a hashtag such as "constructor" or "__proto__" is not a muscle. */
function isMuscle(tag: string): boolean {
  return Object.hasOwn(MUSCLES, tag);
}

export function musclesOf(hashtags: readonly string[]): string[] {
  return hashtags.filter(isMuscle);
}

/** "ez-bar" → "Ez bar": a readable label for an equipment or hashtag slug. */
export function labelOf(slug: string): string {
  if (isMuscle(slug)) return MUSCLES[slug] ?? slug;
  const words = slug.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
