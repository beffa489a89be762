import { formatAddress } from '../address';
import type { DistanceUnit } from '../exercise-format';
import { KIND } from '../kinds';
import { formatFit } from './format-fit';
import type { LibraryExercise, LibraryIndex } from './library-index';
import { nameKey } from './name-words';
import { newExerciseFor, type NewExercise } from './new-exercise';
import { rememberedByKey, type RememberedMapping } from './remembered-mapping';
import type { SourceSet } from './set-measures';
import { tableStarterD } from './strong-hevy-names';
import { suggestMatch } from './suggest-match';

export interface SourceExercise {
  name: string;
  sets: readonly SourceSet[];
}

export interface MatchedExercise {
  address: string;
  title: string;
  /** The person chose it in an earlier import, the name table gives it, or its title is like the name. */
  how: 'remembered' | 'table' | 'similar';
  /** For `similar`: how alike, 0–1. */
  score?: number;
  /** Whether its format holds every value of the name's sets; when not, `reason` says what would be lost. */
  fits: boolean;
  reason?: string;
}

export interface MappingEntry {
  /** The name as the file writes it (its first spelling, when it writes several). */
  name: string;
  setCount: number;
  /** The library exercise chosen for the name, for the person to confirm or change. */
  match?: MatchedExercise;
  /** A library exercise offered but not chosen: not alike enough, or its format cannot hold the sets. */
  suggestion?: MatchedExercise;
  /** The own exercise made for the name when no library exercise is chosen (always given: the person may pick it). */
  newExercise: NewExercise;
}

/**
 * One entry per distinct source name (names alike but for case, punctuation, word order or plurals
 * are one), in the order they first appear. The choice, first found: the exercise remembered from
 * an earlier import (kept even when its format does not fit, with the reason: the person chose it),
 * the name table's starter exercise, a library exercise of the same title or alike enough to
 * choose without asking;
 * the last two only when their format holds the sets, else they are offered as the suggestion and
 * a new own exercise of the sets' format is the choice.
 */
export function mapExercises(
  sources: readonly SourceExercise[],
  library: LibraryIndex,
  remembered: RememberedMapping,
  distanceUnit: DistanceUnit = 'km',
): MappingEntry[] {
  const rememberedAddresses = rememberedByKey(remembered);
  return groupByName(sources).map(({ name, key, sets }) => {
    const entry: MappingEntry = { name, setCount: sets.length, newExercise: newExerciseFor(name, sets, distanceUnit) };
    const rememberedExercise = library.byAddress.get(rememberedAddresses.get(key) ?? '');
    if (rememberedExercise) {
      entry.match = matched(rememberedExercise, 'remembered', sets);
      return entry;
    }
    const d = tableStarterD(name);
    const starter =
      d === undefined ? undefined : library.byAddress.get(formatAddress({ kind: KIND.exercise, pubkey: library.starterPubkey, d }));
    if (starter) {
      const match = matched(starter, 'table', sets);
      if (match.fits) entry.match = match;
      else entry.suggestion = match;
      return entry;
    }
    // A library title the same as the name (Plates' own CSV export read back) is chosen as it is.
    const sameTitle = library.byTitleKey.get(key);
    const similar = sameTitle ? { exercise: sameTitle, score: 1, confident: true } : suggestMatch(name, library, sets);
    if (similar) {
      const match = { ...matched(similar.exercise, 'similar', sets), score: similar.score };
      if (similar.confident && match.fits) entry.match = match;
      else entry.suggestion = match;
    }
    return entry;
  });
}

function matched(exercise: LibraryExercise, how: MatchedExercise['how'], sets: readonly SourceSet[]): MatchedExercise {
  return { address: exercise.address, title: exercise.title, how, ...formatFit(exercise, sets) };
}

/** The key of a source name's entry: names alike but for case, punctuation, word order or plurals share one. */
export function mappingKey(name: string): string {
  // A name of punctuation alone has no words: it is kept apart rather than joined to another such.
  return nameKey(name) || name.trim();
}

function groupByName(sources: readonly SourceExercise[]): Array<{ name: string; key: string; sets: SourceSet[] }> {
  const groups = new Map<string, { name: string; key: string; sets: SourceSet[] }>();
  for (const { name, sets } of sources) {
    const key = mappingKey(name);
    const group = groups.get(key);
    if (group) group.sets.push(...sets);
    else groups.set(key, { name: name.trim(), key, sets: [...sets] });
  }
  return [...groups.values()];
}
