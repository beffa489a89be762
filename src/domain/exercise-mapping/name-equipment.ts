import type { EQUIPMENT } from '../exercise-draft';
import { nameWords } from './name-words';

export type Equipment = (typeof EQUIPMENT)[number];

/**
 * Words (as nameWords gives them) that name a piece of equipment, by the editor's equipment word.
 * "Leverage" is the starter library's word for a plate-loaded machine.
 */
const EQUIPMENT_WORDS: ReadonlyMap<string, Equipment> = new Map([
  ['barbell', 'barbell'],
  ['dumbbell', 'dumbbell'],
  ['machine', 'machine'],
  ['leverage', 'machine'],
  ['cable', 'cable'],
  ['kettlebell', 'kettlebell'],
  ['band', 'bands'],
  ['ezbar', 'ez-bar'],
  ['bodyweight', 'bodyweight'],
]);

/** In parentheses, "(Assisted)" is Strong's assisted-bodyweight category (outside, "Band Assisted Pull-Up" is a band's). */
const PARENTHESES_WORDS: ReadonlyMap<string, Equipment> = new Map([...EQUIPMENT_WORDS, ['assisted', 'bodyweight']]);

/** Whether a word of a name is an equipment word (matching compares the movement without them). */
export function isEquipmentWord(word: string): boolean {
  return EQUIPMENT_WORDS.has(word);
}

/**
 * The equipment a name says: its parentheses first, as Strong and Hevy write it ("Curl (Dumbbell)",
 * "Pull Up (Assisted)"), else an equipment word in it ("Kettlebell Swing"); undefined when it says none.
 */
export function equipmentOfName(name: string): Equipment | undefined {
  for (const [, inside = ''] of name.matchAll(/\(([^)]*)\)/g)) {
    const equipment = equipmentOfWords(nameWords(inside), PARENTHESES_WORDS);
    if (equipment) return equipment;
  }
  return equipmentOfWords(nameWords(name));
}

/** The equipment the first equipment word of `words` names. */
export function equipmentOfWords(words: readonly string[], table = EQUIPMENT_WORDS): Equipment | undefined {
  for (const word of words) {
    const equipment = table.get(word);
    if (equipment) return equipment;
  }
  return undefined;
}
