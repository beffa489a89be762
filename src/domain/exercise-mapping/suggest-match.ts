import { isCardioSource } from './cardio';
import { movementOf, type IndexedExercise, type LibraryExercise, type LibraryIndex } from './library-index';
import { equipmentOfName, type Equipment } from './name-equipment';
import { nameWords } from './name-words';
import { measureCounts, type SourceSet } from './set-measures';

export interface SimilarExercise {
  exercise: LibraryExercise;
  /** 0–1: 1 is the same words and equipment. */
  score: number;
  /** Close enough, and clearly closer than any other, to choose without asking. */
  confident: boolean;
}

/** A word of the library title that the name lacks costs this part of its weight (a missing word of the name costs all of it). */
const EXTRA_WORD_COST = 0.5;
/** The part of the score kept when the library exercise's equipment is another than the name's ("Curl (Dumbbell)", "Barbell Curl"). */
const OTHER_EQUIPMENT = 0.6;
/** …and when one is a cable station and the other a machine: most cable exercises are done at a machine. */
const NEAR_EQUIPMENT = 0.8;
/** …and when the library does not say its equipment ("other"). */
const UNSAID_EQUIPMENT = 0.9;
const CONFIDENT_SCORE = 0.85;
/** How far ahead of the next exercise the best must be to be chosen without asking. */
const CONFIDENT_LEAD = 0.1;

/**
 * The library exercise whose title is most like a name: the movement's words weighed by how rare
 * they are (word order, case, punctuation and plurals aside), and the equipment, from the name's
 * parentheses or, for sets with reps and never a weight, the body. Cardio meets only cardio, so
 * "Rowing (Machine)" never becomes a row with weights for sharing a word. Only titles sharing a
 * word of the movement are scored (the index's postings).
 */
export function suggestMatch(name: string, library: LibraryIndex, sets: readonly SourceSet[] = []): SimilarExercise | undefined {
  const words = movementOf(nameWords(name));
  // The weight each title shares with the name, by position; `touched` lists the titles sharing any (every weight is above 0).
  const shared = new Float64Array(library.exercises.length);
  const touched: number[] = [];
  for (const word of words) {
    const weight = library.wordWeight(word);
    for (const i of library.postings.get(word) ?? []) {
      if (shared[i] === 0) touched.push(i);
      shared[i] = (shared[i] ?? 0) + weight;
    }
  }
  const source = {
    weight: words.reduce((sum, word) => sum + library.wordWeight(word), 0),
    equipment: equipmentOfName(name) ?? equipmentOfSets(sets),
    cardio: isCardioSource(name, sets),
  };
  let best: { candidate: IndexedExercise; score: number } | undefined;
  let runnerUp = 0;
  for (const i of touched) {
    const candidate = library.exercises[i];
    if (!candidate || candidate.cardio !== source.cardio) continue;
    const score = scoreOf(source, shared[i] ?? 0, candidate, library);
    if (!best || score > best.score) {
      runnerUp = best?.score ?? 0;
      best = { candidate, score };
    } else if (score > runnerUp) {
      runnerUp = score;
    }
  }
  if (!best) return undefined;
  const confident = best.score >= CONFIDENT_SCORE && best.score - runnerUp >= CONFIDENT_LEAD;
  return { exercise: best.candidate.exercise, score: Math.round(best.score * 100) / 100, confident };
}

/**
 * The weight of what name and title share over the weight of the name's words and, at a lower
 * cost, the title's other words. The name's equipment counts as a word the title has when the
 * exercise uses it; without one, equipment the title names is one more word the name lacks
 * ("Dips" is not "Dip Machine").
 */
function scoreOf(
  source: { weight: number; equipment: Equipment | undefined },
  sharedWeight: number,
  candidate: IndexedExercise,
  library: LibraryIndex,
): number {
  const extra = candidate.weight - sharedWeight;
  if (!source.equipment) {
    return sharedWeight / (source.weight + EXTRA_WORD_COST * (extra + candidate.titleEquipmentWeight));
  }
  if (candidate.equipment.size === 1 && candidate.equipment.has('other')) {
    return (sharedWeight / (source.weight + EXTRA_WORD_COST * extra)) * UNSAID_EQUIPMENT;
  }
  const equipmentWeight = library.equipmentWeight(source.equipment);
  const same = candidate.equipment.has(source.equipment);
  const score = (sharedWeight + (same ? equipmentWeight : 0)) / (source.weight + equipmentWeight + EXTRA_WORD_COST * extra);
  if (same) return score;
  return score * (isCableOrMachine(source.equipment) && [...candidate.equipment].some(isCableOrMachine) ? NEAR_EQUIPMENT : OTHER_EQUIPMENT);
}

function isCableOrMachine(equipment: string): boolean {
  return equipment === 'cable' || equipment === 'machine';
}

/** Sets of reps that never carry a weight were done with the body as the load. */
function equipmentOfSets(sets: readonly SourceSet[]): Equipment | undefined {
  const counts = measureCounts(sets);
  return counts.reps > 0 && counts.weight === 0 ? 'bodyweight' : undefined;
}
