/**
 * The set numbers of an imported workout's sets, exercise by exercise. NIP-101e reads equal
 * numbers as sets done together, so sets are numbered through the workout in order, and
 * the exercises of one superset (Hevy's superset_id) share theirs round by round (A1 B1,
 * A2 B2), as Plates' templates write a superset.
 */
export function workoutSetNumbers(exercises: ReadonlyArray<{ supersetId?: string; sets: readonly unknown[] }>): number[][] {
  const rounds = new Map<string, number>();
  for (const { supersetId, sets } of exercises) {
    if (supersetId !== undefined) rounds.set(supersetId, Math.max(rounds.get(supersetId) ?? 0, sets.length));
  }
  const firstOf = new Map<string, number>();
  let next = 1;
  return exercises.map(({ supersetId, sets }) => {
    let first = next;
    if (supersetId === undefined) next += sets.length;
    else if (firstOf.has(supersetId)) first = firstOf.get(supersetId) ?? first;
    else {
      firstOf.set(supersetId, first);
      next += rounds.get(supersetId) ?? 0;
    }
    return sets.map((_, i) => first + i);
  });
}
