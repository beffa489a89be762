// Workout template definitions → canonical NIP-101e kind 33402 drafts (unsigned).

const PRESCRIBABLE = new Set(['weight', 'reps', 'rpe', 'duration', 'distance']);

/**
 * Straight sets of one exercise: `warmups` warm-up sets (weight and RPE left to the user),
 * then `sets` working sets. Every set gets its own set number.
 */
export function straight(id, { sets, warmups = 0, ...prescription }) {
  const warmup = Object.fromEntries(Object.entries(prescription).filter(([name]) => name !== 'weight' && name !== 'rpe'));
  return [
    ...Array.from({ length: warmups }, () => [{ id, values: warmup, setType: 'warmup' }]),
    ...Array.from({ length: sets }, () => [{ id, values: prescription, setType: 'normal' }]),
  ];
}

/** Exercises done back to back (superset, circuit round): each round shares one set number. */
export function together(rounds, ...moves) {
  return Array.from({ length: rounds }, () => moves.map(({ id, ...values }) => ({ id, values, setType: 'normal' })));
}

/**
 * The unsigned event of one template definition. `formats` maps each exercise d to its
 * format parameter names; an unknown exercise or a value the format has no place for throws.
 */
export function templateDraft(definition, { pubkey, formats, createdAt }) {
  const { d, title, type, description, restBetweenSets, restBetweenRounds, hashtags, blocks } = definition;
  const tags = [
    ['d', d],
    ['title', title],
    ['type', type],
  ];
  if (restBetweenSets) tags.push(['rest_between_sets', String(restBetweenSets)]);
  if (restBetweenRounds) tags.push(['rest_between_rounds', String(restBetweenRounds)]);
  // No `rounds` tag: every set is listed, and readers multiply listed sets by `rounds` (spec EMOM example).
  let setNumber = 0;
  for (const round of blocks.flat()) {
    setNumber++;
    for (const move of round) tags.push(exerciseTag(d, move, setNumber, pubkey, formats));
  }
  for (const hashtag of hashtags) tags.push(['t', hashtag]);
  return { kind: 33402, created_at: createdAt, tags, content: description };
}

function exerciseTag(templateD, { id, values, setType }, setNumber, pubkey, formats) {
  const format = formats.get(id);
  if (!format) throw new Error(`template '${templateD}': exercise '${id}' is not in the dataset`);
  for (const name of Object.keys(values)) {
    if (!PRESCRIBABLE.has(name) || !format.includes(name)) {
      throw new Error(`template '${templateD}': '${name}' is not a parameter of ${id} (${format.join(', ')})`);
    }
  }
  const params = format.map((name) => (name === 'set_type' ? setType : String(values[name] ?? '')));
  return ['exercise', `33401:${pubkey}:${id}`, '', ...params, String(setNumber)];
}
