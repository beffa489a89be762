// The data of the app budgets, signed like real traffic and shaped like the starter pack:
// exercises are variations of starter exercises, templates prescribe weight × reps × RPE,
// workout records follow the templates they were started from (NIP-101e).
import { addressOf, tagValue } from './signed-events.mjs';

const DAY = 86_400;
const VARIANTS = [
  'Paused',
  'Tempo',
  'Deficit',
  'Banded',
  'Close Grip',
  'Wide Grip',
  'Single Arm',
  'Isometric Hold',
  'Eccentric',
  'With Chains',
];
const FOCUS = ['Upper', 'Lower', 'Push', 'Pull', 'Legs', 'Full Body', 'Arms', 'Posterior Chain'];

/** The library the cold start opens: starter pack + the person's own exercises, templates and records up to the budget's counts. */
export function storedLibrary(signer, pack, me, counts, now) {
  const strength = pack.exercises.filter(isStrength);
  const exercises = Array.from({ length: counts.exercises - pack.exercises.length }, (_, i) =>
    exerciseVariant(signer, me, strength[(i * 5) % strength.length], VARIANTS[i % VARIANTS.length], now - 400 * DAY),
  );
  const pool = [...exercises, ...strength].map(addressOf);
  const templates = Array.from({ length: counts.templates - pack.templates.length - 1 }, (_, i) =>
    template(signer, me, {
      d: `plan-${i}`,
      title: `${FOCUS[i % FOCUS.length]} ${String.fromCharCode(65 + (i % 3))}${Math.floor(i / 3) + 1}`,
      exercises: [0, 1, 2, 3, 4].map((k) => pool[(i * 7 + k * 37) % pool.length]),
      setsEach: 3 + (i % 3),
      created_at: now - 300 * DAY + i,
    }),
  );
  // One long session for the set-logging budget: 8 exercises × 5 sets, every set prescribed.
  const logging = template(signer, me, {
    d: 'budget-40-sets',
    title: 'Budget: 40 sets',
    exercises: strength.slice(0, 8).map(addressOf),
    setsEach: 5,
    created_at: now - 300 * DAY,
  });
  const records = Array.from({ length: counts.records }, (_, i) =>
    record(signer, me, templates[i % templates.length], { start: now - Math.round((i + 1) * 1.8 * DAY), index: i }),
  );
  return { events: [...exercises, ...templates, logging, ...records], loggingTemplate: addressOf(logging) };
}

/** More exercises for the search budget: community libraries of 20 authors, variations of the starter exercises. */
export function communityExercises(signer, pack, count, now) {
  const authors = Array.from({ length: 20 }, () => signer.person());
  return Array.from({ length: count }, (_, i) =>
    exerciseVariant(
      signer,
      authors[i % authors.length],
      pack.exercises[i % pack.exercises.length],
      VARIANTS[Math.floor(i / pack.exercises.length) % VARIANTS.length],
      now - 200 * DAY,
    ),
  );
}

/**
 * What arrives in the long-task budget: the follow list of the person and the data of 50
 * people followed, 200 events each (profile, 4 exercises, a template, 194 workout records).
 */
export function followedLifters(signer, pack, me, now) {
  const strength = pack.exercises.filter(isStrength);
  const lifters = Array.from({ length: 50 }, () => signer.person());
  const events = [signer.sign(me, { kind: 3, tags: lifters.map((l) => ['p', l.pubkey]), created_at: now - 60 })];
  lifters.forEach((lifter, n) => {
    events.push(
      signer.sign(lifter, {
        kind: 0,
        tags: [],
        content: JSON.stringify({ name: `Lifter ${n + 1}`, about: 'Trains at dawn.' }),
        created_at: now - DAY,
      }),
    );
    const own = [0, 1, 2, 3].map((k) =>
      exerciseVariant(signer, lifter, strength[(n * 11 + k * 53) % strength.length], VARIANTS[(n + k) % VARIANTS.length], now - 90 * DAY),
    );
    const plan = template(signer, lifter, {
      d: 'my-split',
      title: `${FOCUS[n % FOCUS.length]} day`,
      exercises: [...own.map(addressOf), addressOf(strength[n % strength.length]), addressOf(strength[(n + 100) % strength.length])],
      setsEach: 3,
      created_at: now - 90 * DAY,
    });
    events.push(...own, plan);
    for (let i = 0; i < 194; i++) events.push(record(signer, lifter, plan, { start: now - (i + 1) * 2 * DAY - n * 600, index: i }));
  });
  return events;
}

function isStrength(exercise) {
  return exercise.tags.find((tag) => tag[0] === 'format')?.join(',') === 'format,weight,reps,rpe,set_type';
}

function exerciseVariant(signer, who, base, variant, created_at) {
  const d = `${tagValue(base, 'd')}_${variant.replace(/\s+/g, '_')}`;
  const title = `${tagValue(base, 'title')} (${variant})`;
  const tags = base.tags.map((tag) => (tag[0] === 'd' ? ['d', d] : tag[0] === 'title' ? ['title', title] : tag));
  return signer.sign(who, { kind: 33401, tags, content: base.content, created_at });
}

function template(signer, who, { d, title, exercises, setsEach, created_at }) {
  const tags = [
    ['d', d],
    ['title', title],
    ['type', 'strength'],
    ['rest_between_sets', '90'],
  ];
  let setNumber = 0;
  exercises.forEach((address, e) => {
    const weight = String(40 + ((created_at + e) % 8) * 10);
    for (let s = 0; s < setsEach; s++)
      tags.push(['exercise', address, '', weight, String(5 + (e % 4)), '8', 'normal', String(++setNumber)]);
  });
  tags.push(['t', 'strength']);
  return signer.sign(who, { kind: 33402, tags, content: `${exercises.length} lifts, ${setsEach} sets each.`, created_at });
}

/** A completed workout done from `plan`, each set at the prescription give or take a plate. */
function record(signer, who, plan, { start, index }) {
  const end = start + (45 + (index % 30)) * 60;
  const tags = [
    ['d', `${start}-${index}`],
    ['title', tagValue(plan, 'title')],
    ['type', 'strength'],
    ['start', String(start)],
    ['end', String(end)],
    ['completed', 'true'],
    ['template', addressOf(plan), ''],
  ];
  const numbers = new Map();
  for (const [, address, , weight, reps] of plan.tags.filter((tag) => tag[0] === 'exercise')) {
    const setNumber = (numbers.get(address) ?? 0) + 1;
    numbers.set(address, setNumber);
    tags.push([
      'exercise',
      address,
      '',
      String(Number(weight) + (index % 5) * 2.5),
      reps,
      String(7 + (setNumber % 3)),
      'normal',
      String(setNumber),
    ]);
  }
  return signer.sign(who, { kind: 1301, tags, content: index % 4 === 0 ? 'Felt strong today.' : '', created_at: end });
}
