import { searchWords } from '../search-words';

/**
 * The words of an exercise name as the matching compares them, so that spellings of one movement
 * meet: lowercase without accents or punctuation, singular ("Curls" → curl), one spelling per word
 * ("Biceps", "Flyes", "DB") and one word per compound ("Pull Up", "Pull-up" and "Pullups" → pullup).
 */

/** Little words that tell movements apart nowhere ("Calf Press On The Leg Press Machine"). */
const STOP_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'and', 'at', 'for', 'in', 'of', 'on', 'the', 'to', 'with']);

/** Spellings the apps and the starter library use for the same word. */
const SAME_WORD: ReadonlyMap<string, string> = new Map([
  ['flye', 'fly'],
  ['dumbell', 'dumbbell'],
  ['db', 'dumbbell'],
  ['bb', 'barbell'],
  ['kb', 'kettlebell'],
  ['abduction', 'abductor'],
  ['adduction', 'adductor'],
  ['calve', 'calf'],
  ['treadmil', 'treadmill'],
]);

/** Two words written as one by some and apart by others. */
const COMPOUNDS: ReadonlySet<string> = new Set([
  'chinup',
  'crossover',
  'deadlift',
  'ezbar',
  'getup',
  'hyperextension',
  'kickback',
  'muscleup',
  'pressdown',
  'pulldown',
  'pullover',
  'pullup',
  'pushdown',
  'pushup',
  'situp',
  'skullcrusher',
  'stairmaster',
  'stepup',
  'tbar',
  'vbar',
  'vup',
]);

/** The name's words in order, each once. */
export function nameWords(name: string): string[] {
  // Punctuation to spaces first, so that searchWords does not add "chinup" beside "chin" and "up" itself.
  const spaced = name.replace(/['’]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ');
  const words = searchWords(spaced)
    .filter((word) => !STOP_WORDS.has(word))
    .map((word) => {
      const singular = singularOf(word);
      return SAME_WORD.get(singular) ?? singular;
    });
  return [...new Set(joinCompounds(words))];
}

/**
 * The key a name is looked up by (the name table, earlier choices): its words in alphabetical
 * order, so "Bench Press (Barbell)", "Barbell Bench Press" and "bench press - barbell" are one.
 */
export function nameKey(name: string): string {
  return [...nameWords(name)].sort().join(' ');
}

function singularOf(word: string): string {
  if (word.length < 3 || /(ss|us|is)$/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ss|ch|sh|x)es$/.test(word)) return word.slice(0, -2);
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

function joinCompounds(words: readonly string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const pair = word + (words[i + 1] ?? '');
    if (i + 1 < words.length && COMPOUNDS.has(pair)) {
      joined.push(pair);
      i++;
    } else {
      joined.push(word);
    }
  }
  return joined;
}
