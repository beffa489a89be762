import { isCardioFormat } from './cardio';
import { equipmentOfWords, isEquipmentWord } from './name-equipment';
import { nameKey, nameWords } from './name-words';

/** A library exercise as the mapping reads it (the caller reads these from the database). */
export interface LibraryExercise {
  address: string;
  title: string;
  equipment: string;
  /** Format parameter names, e.g. ["weight","reps","rpe","set_type"]. */
  format: readonly string[];
}

export interface IndexedExercise {
  exercise: LibraryExercise;
  /** The title's words without equipment words: the movement. */
  words: readonly string[];
  /** The sum of the words' weights. */
  weight: number;
  /** The weight of the equipment the title names ("Leverage Shrug" is a machine), 0 when it names none. */
  titleEquipmentWeight: number;
  /** The equipment tag and the title's equipment. */
  equipment: ReadonlySet<string>;
  cardio: boolean;
}

/** The library read once for many look-ups: its words, how telling each is, and its exercises by address. */
export interface LibraryIndex {
  exercises: readonly IndexedExercise[];
  /** The positions in `exercises` of the exercises whose title has a movement word. */
  postings: ReadonlyMap<string, readonly number[]>;
  /** How telling a word is: rare words more than "press" or "curl" (inverse document frequency). */
  wordWeight(word: string): number;
  /** The same for a piece of equipment, by how many exercises use it. */
  equipmentWeight(equipment: string): number;
  byAddress: ReadonlyMap<string, LibraryExercise>;
  /** Exercises by their title's key (nameKey: case, punctuation, word order and plurals aside); the first of a title. */
  byTitleKey: ReadonlyMap<string, LibraryExercise>;
  /** The starter pack's pubkey: the name table gives a starter exercise by its d. */
  starterPubkey: string;
}

export function indexLibrary(exercises: readonly LibraryExercise[], starterPubkey: string): LibraryIndex {
  const postings = new Map<string, number[]>();
  const equipmentCounts = new Map<string, number>();
  const read = exercises.map((exercise, i) => {
    const titleWords = nameWords(exercise.title);
    const words = movementOf(titleWords);
    for (const word of words) {
      const list = postings.get(word);
      if (list) list.push(i);
      else postings.set(word, [i]);
    }
    const titleEquipment = equipmentOfWords(titleWords);
    const equipment = new Set(titleEquipment ? [exercise.equipment, titleEquipment] : [exercise.equipment]);
    for (const name of equipment) equipmentCounts.set(name, (equipmentCounts.get(name) ?? 0) + 1);
    return { exercise, words, titleEquipment, equipment, cardio: isCardioFormat(exercise.format) };
  });
  // Smoothed so that what no title has weighs the most, and nothing weighs 0 or less.
  const rarity = (count: number) => Math.log(1 + exercises.length / (1 + count));
  const wordWeights = new Map([...postings].map(([word, list]) => [word, rarity(list.length)]));
  const equipmentWeights = new Map([...equipmentCounts].map(([name, count]) => [name, rarity(count)]));
  const wordWeight = (word: string) => wordWeights.get(word) ?? rarity(0);
  const equipmentWeight = (name: string) => equipmentWeights.get(name) ?? rarity(0);
  const indexed = read.map(({ titleEquipment, ...entry }): IndexedExercise => ({
    ...entry,
    weight: entry.words.reduce((sum, word) => sum + wordWeight(word), 0),
    titleEquipmentWeight: titleEquipment ? equipmentWeight(titleEquipment) : 0,
  }));
  return {
    exercises: indexed,
    postings,
    wordWeight,
    equipmentWeight,
    byAddress: new Map(exercises.map((exercise) => [exercise.address, exercise])),
    byTitleKey: titleKeys(exercises),
    starterPubkey,
  };
}

function titleKeys(exercises: readonly LibraryExercise[]): Map<string, LibraryExercise> {
  const byKey = new Map<string, LibraryExercise>();
  for (const exercise of exercises) {
    const key = nameKey(exercise.title);
    if (key && !byKey.has(key)) byKey.set(key, exercise);
  }
  return byKey;
}

/** A name's words without its equipment words, or all of them when it is nothing but equipment. */
export function movementOf(words: readonly string[]): string[] {
  const movement = words.filter((word) => !isEquipmentWord(word));
  return movement.length > 0 ? movement : [...words];
}
